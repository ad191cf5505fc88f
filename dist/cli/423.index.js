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
/**
 * The one way modules-rebuild talks to the GitHub REST API: @actions/github's Octokit (REST
 * endpoint methods, pagination) plus
 *   - @octokit/plugin-throttling: GitHub's documented pacing — writes one at a time at least a
 *     second apart, content-creating requests (pull requests) further apart — and waiting out
 *     primary and secondary rate limits (retry-after / x-ratelimit-reset) up to `rateLimitRetries`
 *     times;
 *   - @octokit/plugin-retry: retries server errors (5xx, and other statuses not in its
 *     do-not-retry list: 400, 401, 403, 404, 410, 422, 451) with quadratic back-off.
 * The base URL is `GITHUB_API_URL` (GitHub Enterprise Server, or a test double), the user agent
 * `modules-rebuild/<version>`. The token is never logged; the caller masks it (core.setSecret).
 */




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
        // @actions/github's default fetch goes through the runner's proxy settings for
        // GITHUB_API_URL; any other base URL gets Node's own fetch.
        ...(baseUrl === apiUrl() ? {} : { request: { fetch: globalThis.fetch } }),
        throttle: o.throttle === false ? { enabled: false } : { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
        retry: { retries: o.retries ?? 3, ...(o.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: o.retryAfterBaseValue } : {}) }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}
/** The HTTP status of an Octokit RequestError (undefined for other errors). */
function httpStatus(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
/**
 * A 422 that says the thing being created is already there: `Reference already exists` (git refs)
 * or a Validation Failed with `code: already_exists` (a release asset's name, a published release's
 * tag). For a publisher it means "adopt what is there" after checking it, never "fail".
 */
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