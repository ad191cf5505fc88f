// The release side of the GitHub API double, through the project's Octokit client: the tag lock,
// draft releases, asset upload (to the upload_url the double hands out) and download round-trip,
// publication with make_latest, draft visibility, deletion, and the immutable-releases switch.
// Every request and answer is checked against GitHub's OpenAPI description (violations stay empty).
import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { createOctokit, type Octokit } from '../src/adapters/github/client.js'
import { start, type GitHubDouble } from './github-double/server.js'

const doubles: GitHubDouble[] = []
afterEach(async () => {
  while (doubles.length) await doubles.pop()!.close()
})
async function double(opts: Parameters<typeof start>[0] = {}) {
  const d = await start({ users: { alice: 'admin', rita: 'read' }, ...opts })
  doubles.push(d)
  return d
}
const client = (d: GitHubDouble, login = 'alice', access: 'read' | 'write' = 'write') => createOctokit({ token: d.tokenFor(login, access), baseUrl: d.url, throttle: false, retryAfterBaseValue: 1 })
const repo = { owner: 'acme', repo: 'platform' }
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

/** Uploads through the release's upload_url, as a publisher does (the double is the uploads host too). */
async function upload(octokit: Octokit, uploadUrl: string, name: string, data: Buffer, contentType = 'application/octet-stream') {
  return octokit.request({ method: 'POST', url: uploadUrl, name, data, headers: { 'content-type': contentType, 'content-length': data.length } } as never) as Promise<{
    status: number
    data: { id: number; name: string; size: number; digest: string | null; state: string; browser_download_url: string }
  }>
}
async function download(octokit: Octokit, assetId: number): Promise<Buffer> {
  const r = await octokit.rest.repos.getReleaseAsset({ ...repo, asset_id: assetId, headers: { accept: 'application/octet-stream' } })
  return Buffer.from(r.data as unknown as ArrayBuffer)
}

describe('the publish transaction', () => {
  it('tag lock, draft, multi-MiB upload and download round-trip (sha256), list and verify, publish as latest', async () => {
    const d = await double()
    const octokit = client(d)
    const head = (await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha
    const tag = 'shop-headless-0123456789ab'
    // The tag is the lock: the second publisher gets "Reference already exists".
    expect((await octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha: head })).status).toBe(201)
    await expect(octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha: head })).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/Reference already exists/) })
    expect((await octokit.rest.git.getRef({ ...repo, ref: `tags/${tag}` })).data.object.sha).toBe(head)

    const draft = (await octokit.rest.repos.createRelease({ ...repo, tag_name: tag, name: tag, body: 'notes', draft: true })).data
    expect(draft).toMatchObject({ draft: true, published_at: null, immutable: false })
    expect(draft.upload_url).toBe(`${d.url}/repos/acme/platform/releases/${draft.id}/assets{?name,label}`)
    // A draft is not found by tag, nor is it the latest.
    await expect(octokit.rest.repos.getReleaseByTag({ ...repo, tag })).rejects.toMatchObject({ status: 404 })
    await expect(octokit.rest.repos.getLatestRelease(repo)).rejects.toMatchObject({ status: 404 })

    const big = randomBytes(5 * 1024 * 1024 + 123)
    const up = await upload(octokit, draft.upload_url, 'server-x86_64.tar.zst', big)
    expect(up.status).toBe(201)
    expect(up.data).toMatchObject({ name: 'server-x86_64.tar.zst', size: big.length, digest: `sha256:${sha256(big)}`, state: 'uploaded' })
    const manifest = Buffer.from(JSON.stringify({ schema: 1, release_id: tag }))
    await upload(octokit, draft.upload_url, 'release-manifest.json', manifest, 'application/json')
    // The same name twice: 422 already_exists (the publisher then compares size and digest).
    await expect(upload(octokit, draft.upload_url, 'release-manifest.json', manifest, 'application/json')).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] } }
    })

    const listed = (await octokit.rest.repos.listReleaseAssets({ ...repo, release_id: draft.id })).data
    expect(listed.map((a) => [a.name, a.size, a.digest])).toEqual([
      ['server-x86_64.tar.zst', big.length, `sha256:${sha256(big)}`],
      ['release-manifest.json', manifest.length, `sha256:${sha256(manifest)}`]
    ])
    // Download: 302 to the storage URL, which fetch follows; the bytes come back whole.
    expect(sha256(await download(octokit, up.data.id))).toBe(sha256(big))
    expect(d.state.requests.filter((r) => r.operationId === 'repos/get-release-asset').map((r) => r.status)).toEqual([302])
    expect((await octokit.rest.repos.getReleaseAsset({ ...repo, asset_id: up.data.id })).data.browser_download_url).toBe(`${d.url}/acme/platform/releases/download/${tag}/server-x86_64.tar.zst`)

    const published = (await octokit.rest.repos.updateRelease({ ...repo, release_id: draft.id, draft: false, make_latest: 'true' })).data
    expect(published).toMatchObject({ draft: false, tag_name: tag, published_at: expect.any(String) })
    expect((await octokit.rest.repos.getReleaseByTag({ ...repo, tag })).data.assets).toHaveLength(2)
    expect((await octokit.rest.repos.getLatestRelease(repo)).data.id).toBe(draft.id)
    // browser_download_url of a published release redirects to the bytes too.
    const viaBrowser = await fetch(`${d.url}/acme/platform/releases/download/${tag}/release-manifest.json`)
    expect(Buffer.from(await viaBrowser.arrayBuffer()).equals(manifest)).toBe(true)
    expect(d.violations).toEqual([])
  }, 60_000)

  it('publishing creates a missing tag at target_commitish; a second published release of a tag is already_exists; make_latest', async () => {
    const d = await double()
    const octokit = client(d)
    const head = d.state.git.refs.get('heads/main')!
    const a = (await octokit.rest.repos.createRelease({ ...repo, tag_name: 'r-a', draft: true })).data
    expect(d.state.git.refs.has('tags/r-a')).toBe(false)
    await octokit.rest.repos.updateRelease({ ...repo, release_id: a.id, draft: false })
    expect(d.state.git.refs.get('tags/r-a')).toBe(head)
    expect((await octokit.rest.repos.getLatestRelease(repo)).data.tag_name).toBe('r-a')
    // Two drafts may share a tag; only one can be published.
    const dup = (await octokit.rest.repos.createRelease({ ...repo, tag_name: 'r-a', draft: true })).data
    await expect(octokit.rest.repos.updateRelease({ ...repo, release_id: dup.id, draft: false })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] } }
    })
    expect((await octokit.rest.repos.getRelease({ ...repo, release_id: dup.id })).data.draft).toBe(true)
    await expect(octokit.rest.repos.createRelease({ ...repo, tag_name: 'r-a' })).rejects.toMatchObject({ status: 422 })
    await expect(octokit.rest.repos.createRelease({ ...repo, tag_name: 'r-x', target_commitish: 'no-such-branch' })).rejects.toMatchObject({ status: 422 })
    // make_latest "false" leaves the latest alone; the body can be edited after publishing.
    const b = (await octokit.rest.repos.createRelease({ ...repo, tag_name: 'r-b', make_latest: 'false' })).data
    expect((await octokit.rest.repos.getLatestRelease(repo)).data.tag_name).toBe('r-a')
    await octokit.rest.repos.updateRelease({ ...repo, release_id: b.id, body: 'edited', make_latest: 'true' })
    expect((await octokit.rest.repos.getLatestRelease(repo)).data).toMatchObject({ tag_name: 'r-b', body: 'edited' })
    // Deleting the latest falls back to the newest published one; deleting keeps the tag.
    expect((await octokit.rest.repos.deleteRelease({ ...repo, release_id: b.id })).status).toBe(204)
    expect((await octokit.rest.repos.getLatestRelease(repo)).data.tag_name).toBe('r-a')
    expect(d.state.git.refs.has('tags/r-b')).toBe(true)
    expect((await octokit.rest.git.deleteRef({ ...repo, ref: 'tags/r-b' })).status).toBe(204)
    await expect(octokit.rest.repos.getRelease({ ...repo, release_id: b.id })).rejects.toMatchObject({ status: 404 })
    // Renaming a published (mutable) release's tag creates the new tag.
    expect((await octokit.rest.repos.updateRelease({ ...repo, release_id: a.id, tag_name: 'r-a2' })).data.tag_name).toBe('r-a2')
    expect(d.state.git.refs.get('tags/r-a2')).toBe(head)
    expect(d.violations).toEqual([])
  })

  it('drafts are visible to writers only; read-only tokens cannot write', async () => {
    const d = await double()
    const writer = client(d)
    const reader = client(d, 'rita', 'read')
    const draft = (await writer.rest.repos.createRelease({ ...repo, tag_name: 'r-draft', draft: true })).data
    await writer.rest.repos.createRelease({ ...repo, tag_name: 'r-pub' })
    expect((await writer.rest.repos.listReleases(repo)).data.map((r) => r.tag_name)).toEqual(['r-pub', 'r-draft'])
    expect((await reader.rest.repos.listReleases(repo)).data.map((r) => r.tag_name)).toEqual(['r-pub'])
    await expect(reader.rest.repos.getRelease({ ...repo, release_id: draft.id })).rejects.toMatchObject({ status: 404 })
    await expect(reader.rest.repos.listReleaseAssets({ ...repo, release_id: draft.id })).rejects.toMatchObject({ status: 404 })
    await expect(reader.rest.repos.createRelease({ ...repo, tag_name: 'r-no' })).rejects.toMatchObject({ status: 403 })
    // GitHub's description documents no 403 for create-release: the double says so.
    expect(d.violations).toEqual([expect.stringMatching(/status 403 is not documented for repos\/create-release/)])
  })
})

describe('immutable releases', () => {
  it('lock the assets, the draft state and the tag of a release published while on; deleting burns the tag name', async () => {
    const d = await double()
    const octokit = client(d)
    // Published before the switch: stays mutable.
    const before = (await octokit.rest.repos.createRelease({ ...repo, tag_name: 'r-old' })).data
    d.setImmutableReleases(true)
    const draft = (await octokit.rest.repos.createRelease({ ...repo, tag_name: 'r-imm', draft: true })).data
    // A draft is not immutable yet: assets come and go.
    const a = await upload(octokit, draft.upload_url, 'a.bin', Buffer.from('a'))
    expect((await octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: a.data.id })).status).toBe(204)
    const kept = await upload(octokit, draft.upload_url, 'a.bin', Buffer.from('a'))
    const pub = (await octokit.rest.repos.updateRelease({ ...repo, release_id: draft.id, draft: false })).data
    expect(pub.immutable).toBe(true)

    await expect(upload(octokit, pub.upload_url, 'b.bin', Buffer.from('b'))).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/Cannot upload assets to an immutable release/) })
    await expect(octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: kept.data.id })).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/immutable release/) })
    await expect(octokit.rest.repos.updateRelease({ ...repo, release_id: pub.id, draft: true })).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/state cannot be changed when release is immutable/) })
    await expect(octokit.rest.repos.updateRelease({ ...repo, release_id: pub.id, tag_name: 'r-moved' })).rejects.toMatchObject({ status: 422 })
    const other = d.state.git.commits.get(d.state.git.refs.get('heads/main')!)!
    await expect(octokit.rest.git.updateRef({ ...repo, ref: 'tags/r-imm', sha: other.sha, force: true })).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/immutable release/) })
    await expect(octokit.rest.git.deleteRef({ ...repo, ref: 'tags/r-imm' })).rejects.toMatchObject({ status: 422 })
    // Title and notes stay editable.
    expect((await octokit.rest.repos.updateRelease({ ...repo, release_id: pub.id, name: 'Renamed', body: 'new notes' })).data).toMatchObject({ name: 'Renamed', immutable: true })
    // The release published before the switch is not locked.
    expect((await upload(octokit, before.upload_url, 'late.bin', Buffer.from('late'))).status).toBe(201)

    // Deleting an immutable release is allowed; its tag then may go, but the name never comes back.
    expect((await octokit.rest.repos.deleteRelease({ ...repo, release_id: pub.id })).status).toBe(204)
    expect((await octokit.rest.git.deleteRef({ ...repo, ref: 'tags/r-imm' })).status).toBe(204)
    await expect(octokit.rest.repos.createRelease({ ...repo, tag_name: 'r-imm' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [expect.objectContaining({ field: 'tag_name', message: 'tag_name was used by an immutable release' })] } }
    })
    await expect(octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/r-imm', sha: other.sha })).rejects.toMatchObject({ status: 422 })
    expect(d.violations).toEqual([])
  })
})
