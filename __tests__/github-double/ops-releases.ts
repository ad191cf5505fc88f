/**
 * Releases and release assets of the GitHub API double, as GitHub behaves:
 *   - a draft is visible only to tokens with write access (list, get by id, its assets) and never
 *     by tag; publishing a release (or renaming a published one's tag) creates the tag at
 *     target_commitish when it is missing;
 *   - two drafts may share a tag, but a second published release of a tag is 422 already_exists;
 *   - an asset upload is the raw body (Content-Type = the asset's type; the server streams it to a
 *     file, never holding it in memory), a duplicate name is 422
 *     already_exists, the answer carries size and `digest` (sha256:…);
 *   - `Accept: application/octet-stream` on an asset answers 302 to its storage URL (GitHub's
 *     signed objects URL, which needs no token), so fetch-based clients follow it;
 *   - immutable releases (the repository setting, `state.immutableReleases`): a release published
 *     while it is on is `immutable`: no asset may be uploaded or deleted, it cannot go back to
 *     draft, its tag cannot move or be deleted; deleting the release is allowed, but its tag name
 *     can never be used again (GitHub's documented rules).
 *   - make_latest (default "true") makes a published, non-prerelease release the latest; "legacy"
 *     picks the newest by creation date.
 */
import { rmSync } from 'node:fs'
import type { Views } from './json.js'
import { apiUrl, fail, NOW, page, type Ctx, type Handler, type Release, type ReleaseAsset, type World } from './model.js'

const ALREADY_EXISTS = (resource: string, field: string) => [{ resource, code: 'already_exists', field }]

export function releaseOps(w: World, v: Views): Record<string, Handler> {
  const s = w.state
  const git = s.git

  const visible = (r: Release, c: Ctx) => !r.draft || c.token.access === 'write'
  const release = (c: Ctx, status = 404) => {
    const r = s.releases.find((x) => x.id === Number(c.params.release_id))
    if (!r || !visible(r, c)) fail(status, 'Not Found')
    return r!
  }
  const assetOf = (id: number) => {
    for (const r of s.releases) {
      const a = r.assets.find((x) => x.id === id)
      if (a) return { r, a }
    }
    return null
  }

  /** The commit a target_commitish names: a branch or a full commit sha. */
  const resolve = (target: string): string | null => git.refs.get(`heads/${target}`) ?? (git.commits.has(target) ? target : null)

  /** Checks a tag name for a release about to be published (or created published). */
  const checkTag = (tag: string, self: Release | null) => {
    if (s.burnedTags.has(tag)) fail(422, 'Validation Failed', [{ resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name was used by an immutable release' }])
    if (s.releases.some((r) => r !== self && !r.draft && r.tag_name === tag)) fail(422, 'Validation Failed', ALREADY_EXISTS('Release', 'tag_name'))
  }

  /** Publishes: the tag at target_commitish when it is missing, the publication time, immutability. */
  const ensureTag = (r: Release) => {
    if (git.refs.has(`tags/${r.tag_name}`)) return
    const sha = resolve(r.target_commitish)
    if (!sha) fail(422, 'Validation Failed', [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }])
    git.refs.set(`tags/${r.tag_name}`, sha!)
  }
  const publish = (r: Release) => {
    checkTag(r.tag_name, r)
    ensureTag(r)
    r.draft = false
    r.published_at = NOW()
    r.immutable = s.immutableReleases
  }

  const legacyLatest = () => {
    const published = s.releases.filter((r) => !r.draft && !r.prerelease)
    s.latestReleaseId = published.length ? published.reduce((a, b) => (b.created_at >= a.created_at ? b : a)).id : null
  }
  const makeLatest = (r: Release, how: unknown) => {
    if (r.draft || r.prerelease || how === 'false') return
    if (how === 'legacy') legacyLatest()
    else s.latestReleaseId = r.id
  }

  return {
    'repos/list-releases': (c) => ({ status: 200, body: page([...s.releases].reverse().filter((r) => visible(r, c)), c.query).map(v.releaseJson) }),

    'repos/get-release': (c) => ({ status: 200, body: v.releaseJson(release(c)) }),

    'repos/get-release-by-tag': ({ params }) => {
      const r = s.releases.find((x) => x.tag_name === String(params.tag) && !x.draft)
      if (!r) fail(404, 'Not Found')
      return { status: 200, body: v.releaseJson(r!) }
    },

    'repos/get-latest-release': () => {
      const r = s.releases.find((x) => x.id === s.latestReleaseId)
      if (!r) fail(404, 'Not Found')
      return { status: 200, body: v.releaseJson(r!) }
    },

    'repos/create-release': ({ body, token }) => {
      const tag = String(body.tag_name)
      if (tag === '' || /\s|\.\.|[~^:?*[\\]/.test(tag)) fail(422, 'Validation Failed', [{ resource: 'Release', code: 'invalid', field: 'tag_name' }])
      const target = typeof body.target_commitish === 'string' ? body.target_commitish : s.defaultBranch
      if (!git.refs.has(`tags/${tag}`) && !resolve(target)) fail(422, 'Validation Failed', [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }])
      const now = NOW()
      const r: Release = {
        id: w.nextId(),
        tag_name: tag,
        target_commitish: target,
        name: typeof body.name === 'string' ? body.name : null,
        body: typeof body.body === 'string' ? body.body : null,
        draft: true,
        prerelease: body.prerelease === true,
        immutable: false,
        author: token.login,
        created_at: now,
        updated_at: now,
        published_at: null,
        assets: []
      }
      if (body.draft !== true) publish(r)
      else if (s.burnedTags.has(tag)) checkTag(tag, r)
      s.releases.push(r)
      makeLatest(r, body.make_latest)
      return { status: 201, body: v.releaseJson(r), headers: { location: `${apiUrl(w)}/releases/${r.id}` } }
    },

    'repos/update-release': (c) => {
      const r = release(c)
      const { body } = c
      if (r.immutable) {
        if (body.draft === true) fail(422, 'Validation Failed', [{ resource: 'Release', code: 'custom', field: 'draft', message: 'state cannot be changed when release is immutable' }])
        if ((body.tag_name !== undefined && body.tag_name !== r.tag_name) || (body.target_commitish !== undefined && body.target_commitish !== r.target_commitish)) {
          fail(422, 'Validation Failed', [{ resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name cannot be changed when release is immutable' }])
        }
      }
      const wasDraft = r.draft
      const before = { ...r }
      try {
        if (typeof body.tag_name === 'string') r.tag_name = body.tag_name
        if (typeof body.target_commitish === 'string') r.target_commitish = body.target_commitish
        if (typeof body.name === 'string') r.name = body.name
        if (typeof body.body === 'string') r.body = body.body
        if (typeof body.prerelease === 'boolean') r.prerelease = body.prerelease
        if (!r.draft && r.tag_name !== before.tag_name) {
          checkTag(r.tag_name, r)
          ensureTag(r)
        }
        if (wasDraft && body.draft === false) publish(r)
        if (!wasDraft && body.draft === true) Object.assign(r, { draft: true, published_at: null })
      } catch (err) {
        Object.assign(r, before)
        throw err
      }
      r.updated_at = NOW()
      if (body.make_latest !== undefined || (wasDraft && !r.draft)) makeLatest(r, body.make_latest)
      if (s.latestReleaseId === r.id && (r.draft || r.prerelease)) legacyLatest()
      return { status: 200, body: v.releaseJson(r) }
    },

    'repos/delete-release': (c) => {
      const r = release(c)
      s.releases.splice(s.releases.indexOf(r), 1)
      for (const a of r.assets) rmSync(a.file, { force: true })
      if (r.immutable) s.burnedTags.add(r.tag_name)
      if (s.latestReleaseId === r.id) legacyLatest()
      return { status: 204 }
    },

    'repos/list-release-assets': (c) => ({ status: 200, body: page(release(c).assets, c.query).map(v.assetJson) }),

    'repos/upload-release-asset': (c) => {
      const r = release(c)
      if (r.immutable) fail(422, 'Cannot upload assets to an immutable release.')
      const name = String(c.query.name)
      const type = c.headers['content-type']
      if (typeof type !== 'string' || type === '') fail(422, 'Validation Failed', [{ resource: 'ReleaseAsset', code: 'missing_field', field: 'content_type' }])
      if (r.assets.some((a) => a.name === name)) fail(422, 'Validation Failed', ALREADY_EXISTS('ReleaseAsset', 'name'))
      const now = NOW()
      const a: ReleaseAsset = {
        id: w.nextId(),
        name,
        label: typeof c.query.label === 'string' ? c.query.label : null,
        content_type: String(type),
        file: c.upload!.file,
        size: c.upload!.size,
        digest: c.upload!.digest,
        uploader: c.token.login,
        created_at: now,
        updated_at: now
      }
      r.assets.push(a)
      return { status: 201, body: v.assetJson(a) }
    },

    'repos/get-release-asset': (c) => {
      const found = assetOf(Number(c.params.asset_id))
      if (!found || !visible(found.r, c)) fail(404, 'Not Found')
      const a = found!.a
      if (/application\/octet-stream/.test(c.accept)) return { status: 302, headers: { location: storageUrl(w, a) } }
      return { status: 200, body: v.assetJson(a) }
    },

    'repos/delete-release-asset': (c) => {
      const found = assetOf(Number(c.params.asset_id))
      if (!found || !visible(found.r, c)) fail(404, 'Not Found')
      if (found!.r.immutable) fail(422, 'Cannot delete assets from an immutable release.')
      found!.r.assets.splice(found!.r.assets.indexOf(found!.a), 1)
      rmSync(found!.a.file, { force: true })
      return { status: 204 }
    }
  }
}

/** Where the bytes of an asset live (GitHub: a signed objects.githubusercontent.com URL; no token needed). */
export const storageUrl = (w: World, a: ReleaseAsset) => `${w.base}/_storage/assets/${a.id}`

/** The asset a non-API download path names: `/_storage/assets/<id>` or browser_download_url. */
export function downloadTarget(w: World, pathname: string): { asset: ReleaseAsset | null; redirect: boolean } | null {
  const storage = /^\/_storage\/assets\/(\d+)$/.exec(pathname)
  if (storage) return { asset: w.state.releases.flatMap((r) => r.assets).find((a) => a.id === Number(storage[1])) ?? null, redirect: false }
  const prefix = `/${w.state.owner}/${w.state.repo}/releases/download/`
  if (!pathname.startsWith(prefix)) return null
  const [tag, name, ...rest] = pathname.slice(prefix.length).split('/').map(decodeURIComponent)
  const r = rest.length ? undefined : w.state.releases.find((x) => !x.draft && x.tag_name === tag)
  return { asset: r?.assets.find((a) => a.name === name) ?? null, redirect: true }
}
