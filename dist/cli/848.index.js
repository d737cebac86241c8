export const id = 848;
export const ids = [848];
export const modules = {

/***/ 8848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeAnnotations: () => (/* binding */ writeAnnotations)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);

/**
 * Writes annotations as workflow commands through @actions/core, which escapes the message and
 * properties the way the runner expects.
 */
function writeAnnotations(annotations) {
    for (const { level, message, properties } of annotations) {
        if (level === 'error')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, properties);
        else if (level === 'warning')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, properties);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message, properties);
    }
}


/***/ })

};
