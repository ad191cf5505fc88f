export const id = 224;
export const ids = [224];
export const modules = {

/***/ 4224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubReleaseStore: () => (/* binding */ githubReleaseStore)
});

// UNUSED EXPORTS: GitHubReleaseStore

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/plan/release-id.ts
var release_id = __webpack_require__(238);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/release/manifest.ts
/**
 * release-manifest.json, schema 1: the asset of every release that lists its artifacts with their
 * build keys, so a later plan can find an artifact by build key instead of building it again.
 * Readers ignore unknown fields.
 */

const RELEASE_MANIFEST = 'release-manifest.json';
const ReleaseArtifactSchema = schemas/* looseObject */._H3({
    target: schemas/* string */.YjP().describe('The target the artifact was built for: `server`, `admin` or `storefront`.'),
    build_key: schemas/* string */.YjP().meta({ pattern: '^sha256:[0-9a-f]{64}$', description: 'Build key of the build that produced it (release-plan.json targets.<target>.build_key).' }),
    name: schemas/* string */.YjP().describe('Artifact name (release-plan.json targets.<target>.artifact.name).'),
    file: schemas/* string */.YjP().optional().describe('Release asset file holding it, when it differs from `name`.'),
    sha256: schemas/* string */.YjP().optional().describe('SHA-256 (hex) of that file.')
})
    .describe('One artifact of the release.');
const ReleaseManifestSchema = schemas/* looseObject */._H3({
    schema: schemas/* literal */.euz(1).describe('Format version.'),
    release_id: schemas/* string */.YjP().describe('The release_id, equal to the git tag of the release.'),
    manifest_hash: schemas/* string */.YjP().optional().describe('manifest_hash the release was built from.'),
    source_commit: schemas/* string */.YjP().nullable().optional().describe('Commit the release was built from.'),
    profile: schemas/* string */.YjP().optional().describe('Profile of the plan that built it.'),
    artifacts: schemas/* array */.YOg(ReleaseArtifactSchema).describe('The artifacts, by target.')
})
    .meta({ title: 'release-manifest.json', description: 'Artifacts of one release and the build keys they were built with (schema 1).' });
/** Parses the text of a release-manifest.json; throws an Error naming `where` when it is not one. */
function parseReleaseManifest(text, where) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`${where}: not JSON: ${err.message}`);
    }
    const r = ReleaseManifestSchema.safeParse(data);
    if (!r.success)
        throw new Error(`${where}: not a release-manifest.json: ${r.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
    return r.data;
}

;// CONCATENATED MODULE: ./src/release/github.ts
/**
 * GitHub releases as the release store: the release whose tag is the release_id, and its
 * `release-manifest.json` asset. Drafts are invisible to the tag lookup, so a release counts only
 * once it is published (publishing is transactional). `findBuild` scans the newest releases
 * (`scan`, default 100: one API page) for an asset whose name carries the build key's 16-hex short
 * form, then confirms the full key in that release's manifest.
 *
 * Not tested against the network: a later issue adds the GitHub API double.
 */



const github_status = (err) => (typeof err?.status === 'number' ? err.status : undefined);
class GitHubReleaseStore {
    kind = 'github';
    label;
    owner;
    repo;
    octokit;
    scan;
    constructor(o) {
        const [owner, repo, ...rest] = o.repository.split('/');
        if (!owner || !repo || rest.length)
            throw new Error(`repository must be owner/repo, got '${o.repository}'`);
        this.owner = owner;
        this.repo = repo;
        this.octokit = o.octokit;
        this.scan = o.scan ?? 100;
        this.label = o.repository;
    }
    async find(releaseId) {
        let release;
        try {
            release = (await this.octokit.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag: releaseId })).data;
        }
        catch (err) {
            if (github_status(err) === 404)
                return null;
            throw new Error(`GitHub ${this.label}: cannot read the release '${releaseId}': ${err.message}`);
        }
        if (release.draft)
            return null;
        const asset = release.assets.find((a) => a.name === RELEASE_MANIFEST);
        if (!asset)
            return { release_id: releaseId, artifacts: [] };
        const text = await this.download(asset.id, `${releaseId}/${RELEASE_MANIFEST}`);
        return { release_id: releaseId, artifacts: parseReleaseManifest(text, `${this.label} release ${releaseId}: ${RELEASE_MANIFEST}`).artifacts };
    }
    async findBuild(buildKey) {
        const short = (0,release_id/* shortKey */.qU)(buildKey);
        let releases;
        try {
            releases = (await this.octokit.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: Math.min(this.scan, 100) })).data;
        }
        catch (err) {
            throw new Error(`GitHub ${this.label}: cannot list releases: ${err.message}`);
        }
        for (const r of releases) {
            if (r.draft || !r.assets.some((a) => a.name.includes(short)))
                continue;
            const found = await this.find(r.tag_name);
            const artifact = found?.artifacts.find((a) => a.build_key === buildKey);
            if (found && artifact)
                return { release_id: found.release_id, artifact };
        }
        return null;
    }
    async download(assetId, what) {
        try {
            const r = await this.octokit.rest.repos.getReleaseAsset({ owner: this.owner, repo: this.repo, asset_id: assetId, headers: { accept: 'application/octet-stream' } });
            const data = r.data;
            if (typeof data === 'string')
                return data;
            if (data instanceof ArrayBuffer)
                return Buffer.from(data).toString('utf8');
            if (ArrayBuffer.isView(data))
                return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
            return JSON.stringify(data); // a JSON body already decoded
        }
        catch (err) {
            throw new Error(`GitHub ${this.label}: cannot download ${what}: ${err.message}`);
        }
    }
}
/** The store of `repository` (owner/repo) with a token; `baseUrl` for GitHub Enterprise or an API double. */
function githubReleaseStore(token, repository, baseUrl) {
    return new GitHubReleaseStore({ octokit: (0,github/* getOctokit */.Q)(token, baseUrl ? { baseUrl } : {}), repository });
}


/***/ })

};
