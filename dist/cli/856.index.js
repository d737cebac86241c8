export const id = 856;
export const ids = [856];
export const modules = {

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeAnnotations: () => (/* binding */ writeAnnotations)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);


/**
 * Writes each finding as a workflow-command annotation (`::error file=…,line=…::…`) through
 * @actions/core, which escapes the message and properties the way the runner expects.
 */
function writeAnnotations(results) {
    for (const { findings } of results) {
        for (const finding of findings) {
            const properties = {
                title: finding.rule,
                file: finding.file,
                startLine: finding.line,
                startColumn: finding.column,
            };
            const message = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeAnnotationText */ .gF)(finding.waiver
                ? `Waived until ${finding.waiver.until}: ${finding.message}`
                : finding.message);
            if (finding.severity === 'error')
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, properties);
            else if (finding.severity === 'warning')
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, properties);
            else
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message, properties);
        }
    }
}


/***/ })

};
