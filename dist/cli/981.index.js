"use strict";
exports.id = 981;
exports.ids = [981];
exports.modules = {

/***/ 9801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ hashStream),
/* harmony export */   W: () => (/* binding */ hashingTap),
/* harmony export */   hashFile: () => (/* binding */ hashFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);



async function hashStream(stream) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of stream) {
        h.update(chunk);
        size += chunk.byteLength;
    }
    return { sha256: h.digest('hex'), size };
}
const hashFile = (file) => hashStream((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { highWaterMark: 64 * 1024 }));
function hashingTap() {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
        transform(chunk, _enc, done) {
            h.update(chunk);
            size += chunk.length;
            done(null, chunk);
        }
    });
    return { tap, result: () => ({ sha256: h.digest('hex'), size }) };
}


/***/ }),

/***/ 6186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ LayoutImageStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(104);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7428);
/* harmony import */ var _core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4933);
/* harmony import */ var _core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4449);
/* harmony import */ var _core_oci_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(488);
/* harmony import */ var _fs_hash_stream_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9801);
/* harmony import */ var _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5188);










const LAYOUT_FILE = 'oci-layout';
const LayoutFileSchema = zod__WEBPACK_IMPORTED_MODULE_9__/* .looseObject */ ._H3({ imageLayoutVersion: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP() });
class LayoutImageStore {
    dir;
    label;
    constructor(dir) {
        this.dir = dir;
        this.label = `oci:${dir}`;
    }
    async init() {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'blobs', 'sha256'), { recursive: true });
        const existing = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, LAYOUT_FILE), 'utf8').catch((err) => {
            if (err.code === 'ENOENT')
                return null;
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(this.label, `cannot read ${LAYOUT_FILE}: ${err.message}`);
        });
        if (existing === null) {
            await writeFileAtomic(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, LAYOUT_FILE), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
        }
        else {
            this.checkLayoutFile(existing);
        }
        if ((await this.readIndexFile()) === null)
            await this.writeIndex({ schemaVersion: 2, mediaType: _core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .MEDIA_TYPES */ .Z2.ociIndex, manifests: [] });
        return this;
    }
    async resolve(tag) {
        this.checkTag(tag);
        return this.descriptorOf(tag, await this.readIndex())?.digest ?? null;
    }
    async getManifest(reference) {
        const index = await this.readIndex();
        const where = this.where(reference);
        const desc = (0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(reference) ? index.manifests.find((d) => d.digest === reference) : this.descriptorOf(this.checkTag(reference), index);
        const digest = (0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(reference) ? reference : desc?.digest;
        if (!digest)
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(where, 'no such tag', undefined, 'MANIFEST_UNKNOWN');
        const bytes = await this.readBlob(digest, where);
        if (!bytes)
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(where, `no blob ${digest}`, undefined, 'MANIFEST_UNKNOWN');
        try {
            return { bytes, mediaType: (0,_core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifest */ .Ng)(bytes, desc?.mediaType).mediaType, digest };
        }
        catch (err) {
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(where, err.message, undefined, 'MANIFEST_INVALID');
        }
    }
    async putManifest(tag, bytes, mediaType) {
        const where = this.where((0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(tag) ? tag : this.checkTag(tag));
        if (bytes.byteLength > _core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_MANIFEST_BYTES */ .ZJ)
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(where, `manifest of ${bytes.byteLength} bytes is over the ${_core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_MANIFEST_BYTES */ .ZJ}-byte limit`, undefined, 'MANIFEST_INVALID');
        let refs;
        try {
            refs = (0,_core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifest */ .Ng)(bytes, mediaType);
        }
        catch (err) {
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(where, err.message, undefined, 'MANIFEST_INVALID');
        }
        for (const d of [...refs.blobs, ...refs.children]) {
            if (!(await this.hasBlob(d.digest)))
                throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(where, `references ${d.digest}, which is not in the layout`, undefined, refs.kind === 'index' ? 'MANIFEST_UNKNOWN' : 'MANIFEST_BLOB_UNKNOWN');
        }
        if ((0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(tag) && tag !== (0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(bytes))
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(where, `manifest hashes to ${(0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(bytes)}`, undefined, 'DIGEST_INVALID');
        const digest = await this.putBlob(bytes);
        if (!(0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(tag))
            await this.setTag(tag, { mediaType, digest, size: bytes.byteLength });
        return digest;
    }
    async tag(source, newTag) {
        this.checkTag(newTag);
        const m = await this.getManifest(source);
        await this.setTag(newTag, { mediaType: m.mediaType, digest: m.digest, size: m.bytes.byteLength });
        return m.digest;
    }
    async exists(digest) {
        if (!(0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(digest))
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(this.label, `${JSON.stringify(digest)} is not a digest`);
        return this.hasBlob(digest);
    }
    async listTags() {
        const names = (await this.readIndex()).manifests.map((d) => d.annotations?.[_core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .REF_NAME_ANNOTATION */ .EP]).filter((t) => t !== undefined);
        return [...new Set(names)].sort();
    }
    async deleteTag(tag) {
        this.checkTag(tag);
        const index = await this.readIndex();
        const kept = index.manifests.filter((d) => d.annotations?.[_core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .REF_NAME_ANNOTATION */ .EP] !== tag);
        if (kept.length === index.manifests.length)
            return false;
        await this.writeIndex({ ...index, manifests: kept });
        return true;
    }
    async deleteManifest(digest) {
        if (!(0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(digest))
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(this.label, `${JSON.stringify(digest)} is not a digest`);
        const index = await this.readIndex();
        const kept = index.manifests.filter((d) => d.digest !== digest);
        const had = kept.length !== index.manifests.length || (await this.hasBlob(digest));
        if (kept.length !== index.manifests.length)
            await this.writeIndex({ ...index, manifests: kept });
        if (!kept.some((d) => d.mediaType === _core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .MEDIA_TYPES */ .Z2.ociIndex || d.mediaType === _core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .MEDIA_TYPES */ .Z2.dockerManifestList))
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(this.blobPath(digest), { force: true });
        return had;
    }
    async putBlob(bytes) {
        const digest = (0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(bytes);
        if (!(await this.hasBlob(digest)))
            await writeFileAtomic(this.blobPath(digest), bytes);
        return digest;
    }
    async putBlobFile(digest, size, file, _options = {}) {
        const where = `${this.label}@${digest}`;
        if (!(0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(digest) || !digest.startsWith('sha256:'))
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(this.label, `${JSON.stringify(digest)} is not a sha256 digest`);
        if (await this.hasBlob(digest))
            return 'present';
        const target = this.blobPath(digest);
        const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
        const { tap, result } = (0,_fs_hash_stream_js__WEBPACK_IMPORTED_MODULE_7__/* .hashingTap */ .W)();
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file), tap, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(tmp, { flags: 'wx', mode: 0o644 }));
            const { sha256, size: seen } = result();
            const got = `sha256:${sha256}`;
            if (seen !== size || got !== digest)
                throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(where, `${file}: ${seen} bytes hashing to ${got}; the descriptor says ${size} bytes, ${digest}`, undefined, 'DIGEST_INVALID');
            const h = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(tmp, 'r');
            try {
                await h.sync();
            }
            finally {
                await h.close();
            }
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, target);
        }
        catch (err) {
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
            if (err instanceof _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M)
                throw err;
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(where, `cannot copy ${file}: ${err.message}`);
        }
        return 'uploaded';
    }
    async setTag(tag, desc) {
        const index = await this.readIndex();
        const manifests = index.manifests.filter((d) => d.annotations?.[_core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .REF_NAME_ANNOTATION */ .EP] !== tag);
        manifests.push({ mediaType: desc.mediaType, digest: desc.digest, size: desc.size, annotations: { [_core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .REF_NAME_ANNOTATION */ .EP]: tag } });
        await this.writeIndex({ ...index, manifests });
    }
    descriptorOf(tag, index) {
        return index.manifests.findLast((d) => d.annotations?.[_core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .REF_NAME_ANNOTATION */ .EP] === tag);
    }
    async readIndexOnly() {
        return this.readIndex();
    }
    async readIndex() {
        const index = await this.readIndexFile();
        if (index === null)
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(this.label, 'not an OCI image layout: no index.json');
        return index;
    }
    async readIndexFile() {
        let text;
        try {
            text = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'index.json'), 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return null;
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(this.label, `cannot read index.json: ${err.message}`);
        }
        let data;
        try {
            data = JSON.parse(text);
        }
        catch (err) {
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(this.label, `index.json is not JSON: ${err.message}`);
        }
        const r = _core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .IndexSchema */ .ui.safeParse(data);
        if (!r.success)
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(this.label, `index.json is not an image index: ${zod__WEBPACK_IMPORTED_MODULE_10__/* .prettifyError */ .S1(r.error)}`);
        return r.data;
    }
    async writeIndex(index) {
        await writeFileAtomic(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'index.json'), JSON.stringify(index));
    }
    checkLayoutFile(text) {
        let ok = false;
        try {
            ok = LayoutFileSchema.safeParse(JSON.parse(text)).success;
        }
        catch {
            ok = false;
        }
        if (!ok)
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(this.label, `${LAYOUT_FILE} is not {"imageLayoutVersion": \u2026}`);
    }
    blobPath(digest) {
        const [algorithm, hex] = digest.split(':');
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'blobs', algorithm, hex);
    }
    async hasBlob(digest) {
        if (!(0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(digest))
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(this.label, `${JSON.stringify(digest)} is not a digest`);
        return node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(this.blobPath(digest)).then((s) => s.isFile(), () => false);
    }
    async readBlob(digest, where) {
        const file = this.blobPath(digest);
        const stat = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(file).catch(() => null);
        if (!stat)
            return null;
        if (stat.size > _core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_MANIFEST_BYTES */ .ZJ)
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(where, `manifest blob of ${stat.size} bytes is over the ${_core_oci_media_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_MANIFEST_BYTES */ .ZJ}-byte limit`, undefined, 'MANIFEST_INVALID');
        const bytes = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file);
        try {
            (0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyDigest */ .Ub)(bytes, digest, `blob ${digest}`);
        }
        catch (err) {
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(where, err.message, undefined, 'DIGEST_INVALID');
        }
        return bytes;
    }
    checkTag(tag) {
        if (!(0,_core_oci_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .isTag */ .dz)(tag))
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_8__/* .OciError */ .M(this.label, `${JSON.stringify(tag)} is not a tag`);
        return tag;
    }
    where(reference) {
        return `${this.label}${(0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .isDigest */ .Bc)(reference) ? '@' : ':'}${reference}`;
    }
}
async function writeFileAtomic(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(tmp, 'wx', 0o644);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, file);
    }
    catch (err) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
        throw err;
    }
    const d = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(dir, 'r');
    try {
        await d.sync();
    }
    finally {
        await d.close();
    }
}


/***/ }),

/***/ 5936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ pushImage),
/* harmony export */   _: () => (/* binding */ layoutImageDigest)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4933);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6186);
/* harmony import */ var _core_oci_media_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4449);
/* harmony import */ var _core_oci_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5188);





async function layoutImageDigest(dir) {
    const store = new _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .LayoutImageStore */ .D(dir);
    const { manifests } = await store.readIndexOnly();
    const digests = [...new Set(manifests.map((d) => d.digest))];
    if (digests.length !== 1)
        throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_4__/* .OciError */ .M(store.label, `index.json lists ${digests.length === 0 ? 'no image' : `${digests.length} images (${digests.join(', ')})`}; a build's layout holds exactly one`);
    return { digest: digests[0], mediaType: manifests[0].mediaType };
}
async function pushImage(sourceDir, digest, dest, tag, options = {}) {
    if (!(0,_core_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
        throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_4__/* .OciError */ .M(dest.label, `${JSON.stringify(digest)} is not a digest`);
    const source = new _layout_js__WEBPACK_IMPORTED_MODULE_2__/* .LayoutImageStore */ .D(sourceDir);
    const current = await dest.resolve(tag);
    const result = { digest, mediaType: '', outcome: 'pushed', blobs: { present: 0, mounted: 0, uploaded: 0 }, uploadedBytes: 0 };
    if (current !== null && current !== digest)
        throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_4__/* .OciError */ .M(`${dest.label}:${tag}`, `already points at ${current}, not ${digest}: a release tag is never moved`);
    if (current === digest) {
        result.mediaType = (await dest.getManifest(digest)).mediaType;
        return { ...result, outcome: 'present' };
    }
    const blobFile = (d) => node_path__WEBPACK_IMPORTED_MODULE_0___default().join(sourceDir, 'blobs', ...d.split(':'));
    const blob = async (d) => {
        const from = options.mounts?.get(d.digest);
        const outcome = await dest.putBlobFile(d.digest, d.size, blobFile(d.digest), from ? { mountFrom: from } : {});
        result.blobs[outcome]++;
        if (outcome === 'uploaded')
            result.uploadedBytes += d.size;
        if (options.repository && options.mounts && !options.mounts.has(d.digest))
            options.mounts.set(d.digest, options.repository);
    };
    const manifest = async (d, depth) => {
        if (depth > 2)
            throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_4__/* .OciError */ .M(`${source.label}@${d}`, 'image indexes nested deeper than two levels');
        const m = await source.getManifest(d);
        const refs = (0,_core_oci_media_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(m.bytes, m.mediaType);
        for (const b of refs.blobs)
            await blob(b);
        for (const child of refs.children) {
            const c = await manifest(child.digest, depth + 1);
            await dest.putManifest(child.digest, c.bytes, c.mediaType);
        }
        return { bytes: m.bytes, mediaType: m.mediaType };
    };
    const top = await manifest(digest, 0);
    result.mediaType = top.mediaType;
    const byDigest = await dest.putManifest(digest, top.bytes, top.mediaType);
    const tagged = await dest.putManifest(tag, top.bytes, top.mediaType);
    if (byDigest !== digest || tagged !== digest)
        throw new _core_oci_store_js__WEBPACK_IMPORTED_MODULE_4__/* .OciError */ .M(`${dest.label}:${tag}`, `stored ${tagged}, expected ${digest}`, undefined, 'DIGEST_INVALID');
    return result;
}


/***/ }),

/***/ 4933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* reexport safe */ _digest_format_js__WEBPACK_IMPORTED_MODULE_1__.B),
/* harmony export */   Ub: () => (/* binding */ verifyDigest),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* unused harmony export digestWith */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _digest_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5733);



function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
function digestWith(expected, bytes) {
    if (!(0,_digest_format_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .B)(expected))
        throw new Error(`not a digest: ${JSON.stringify(expected)}`);
    const algorithm = expected.slice(0, expected.indexOf(':'));
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
function verifyDigest(bytes, expected, what) {
    const actual = digestWith(expected, bytes);
    if (actual !== expected)
        throw new Error(`${what}: digest mismatch: expected ${expected}, content hashes to ${actual}`);
}


/***/ }),

/***/ 4449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   EP: () => (/* binding */ REF_NAME_ANNOTATION),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   ui: () => (/* binding */ IndexSchema)
/* harmony export */ });
/* unused harmony exports DescriptorSchema, isIndexType */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(104);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7428);
/* harmony import */ var _digest_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5733);


const MEDIA_TYPES = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip'
};
const MANIFEST_MEDIA_TYPES = [MEDIA_TYPES.ociManifest, MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifest, MEDIA_TYPES.dockerManifestList];
const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';
const DescriptorSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    mediaType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(_digest_format_js__WEBPACK_IMPORTED_MODULE_1__/* .DIGEST_PATTERN */ .W),
    size: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    annotations: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    platform: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ architecture: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), os: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), variant: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).optional()
});
const ImageManifestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(2),
    mediaType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    config: DescriptorSchema,
    layers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(DescriptorSchema)
});
const IndexSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(2),
    mediaType: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    manifests: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(DescriptorSchema)
});
function isIndexType(mediaType) {
    return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerManifestList;
}
function parseManifest(bytes, mediaType) {
    let data;
    try {
        data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (err) {
        throw new Error(`manifest is not JSON: ${err.message}`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new Error('manifest is not a JSON object');
    const own = data.mediaType;
    if (own !== undefined && typeof own !== 'string')
        throw new Error('manifest mediaType is not a string');
    if (mediaType && own && own !== mediaType)
        throw new Error(`manifest says mediaType ${own}, but was served as ${mediaType}`);
    const type = mediaType || own || ('manifests' in data ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest);
    if (!MANIFEST_MEDIA_TYPES.includes(type))
        throw new Error(`unsupported manifest media type ${type}`);
    if (isIndexType(type)) {
        const r = IndexSchema.safeParse(data);
        if (!r.success)
            throw new Error(`not an image index: ${zod__WEBPACK_IMPORTED_MODULE_2__/* .prettifyError */ .S1(r.error)}`);
        return { mediaType: type, kind: 'index', blobs: [], children: r.data.manifests };
    }
    const r = ImageManifestSchema.safeParse(data);
    if (!r.success)
        throw new Error(`not an image manifest: ${zod__WEBPACK_IMPORTED_MODULE_2__/* .prettifyError */ .S1(r.error)}`);
    return { mediaType: type, kind: 'image', blobs: [r.data.config, ...r.data.layers], children: [] };
}


/***/ }),

/***/ 5188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ OciError)
/* harmony export */ });
/* harmony import */ var _diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9213);

class OciError extends _diagnostics_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolError */ .v4 {
    where;
    status;
    code;
    name = 'OciError';
    constructor(where, message, status, code) {
        super('oci-error', `${where}: ${status !== undefined ? `HTTP ${status}${code ? ` ${code}` : ''}: ` : code ? `${code}: ` : ''}${message}`);
        this.where = where;
        this.status = status;
        this.code = code;
    }
}


/***/ }),

/***/ 2777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ digestJson)
/* harmony export */ });
/* unused harmony export stableJson */
/* harmony import */ var _hash_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9976);

function stableJson(value) {
    if (value === null || typeof value !== 'object') {
        if (typeof value === 'number' && !Number.isFinite(value))
            throw new Error('stableJson: non-finite number');
        return JSON.stringify(value);
    }
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
}
function digestJson(value) {
    return (0,_hash_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)(stableJson(value));
}


/***/ }),

/***/ 5050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ releaseId),
/* harmony export */   Mq: () => (/* binding */ defaultPrefix),
/* harmony export */   Sz: () => (/* binding */ sanitizePrefix),
/* harmony export */   ZT: () => (/* binding */ RELEASE_ID_PATTERN),
/* harmony export */   qU: () => (/* binding */ shortKey)
/* harmony export */ });
/* unused harmony exports SHORT_HASH, MAX_PREFIX, DEFAULT_PREFIX */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2777);

const RELEASE_ID_PATTERN = /^(?!.*\.\.)(?!.*\.lock$)[A-Za-z0-9][A-Za-z0-9_.-]{0,127}(?<!\.)$/;
const SHORT_HASH = 12;
const MAX_PREFIX = 64;
const DEFAULT_PREFIX = 'release';
function sanitizePrefix(raw) {
    let p = raw.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/\.{2,}/g, '.').replace(/^[^A-Za-z0-9]+/, '');
    p = p.slice(0, MAX_PREFIX).replace(/\.+$/, '');
    return p === '' ? DEFAULT_PREFIX : p;
}
function defaultPrefix(app) {
    return sanitizePrefix(app.replace(/[-_]server$/, '') || app);
}
function releaseId(prefix, label, parts) {
    return `${sanitizePrefix(prefix)}-${sanitizePrefix(label)}-${(0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .digestJson */ .t)(parts).slice(0, SHORT_HASH)}`;
}
function shortKey(buildKey, length = 16) {
    return buildKey.replace(/^sha256:/, '').slice(0, length);
}


/***/ })

};
;