"use strict";
exports.id = 423;
exports.ids = [423];
exports.modules = {

/***/ 5423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_API_URL: () => (/* binding */ DEFAULT_API_URL),
/* harmony export */   USER_AGENT: () => (/* binding */ USER_AGENT),
/* harmony export */   apiUrl: () => (/* binding */ apiUrl),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   isAlreadyExists: () => (/* binding */ isAlreadyExists)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);




const DEFAULT_API_URL = 'https://api.github.com';
const USER_AGENT = `modules-rebuild/${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}`;
function apiUrl(env = process.env) {
    return (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
}
function createOctokit(o) {
    if (!o.token)
        throw new Error('a GitHub token is required');
    const baseUrl = (o.baseUrl ?? apiUrl()).replace(/\/+$/, '');
    const log = o.log ?? (() => { });
    const limit = o.rateLimitRetries ?? 2;
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const again = retryCount < limit;
        log(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}`);
        return again;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(o.token, {
        baseUrl,
        userAgent: o.userAgent ?? USER_AGENT,
        ...(baseUrl === apiUrl() ? {} : { request: { fetch: globalThis.fetch } }),
        throttle: o.throttle === false ? { enabled: false } : { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
        retry: { retries: o.retries ?? 3, ...(o.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: o.retryAfterBaseValue } : {}) }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}
function httpStatus(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
function isAlreadyExists(err) {
    if (httpStatus(err) !== 422)
        return false;
    const e = err;
    const data = e.response?.data;
    if (/already exists/i.test(String(data?.message ?? e.message ?? '')))
        return true;
    return Array.isArray(data?.errors) && data.errors.some((x) => x?.code === 'already_exists');
}


/***/ })

};
;