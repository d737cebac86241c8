export const id = 607;
export const ids = [607];
export const modules = {

/***/ 9607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   newCommand: () => (/* binding */ newCommand)
/* harmony export */ });
/* harmony import */ var _adapters_fs_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(869);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_dates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(194);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2889);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4031);
/* harmony import */ var _new_group_run_new_group_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(832);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(776);
/* harmony import */ var _registry_root_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3084);








/** `tgr new SLUG`: argv → options → runNewGroup → exit code. */
function newCommand(args, io) {
    const { values, positionals } = (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .parse */ .qg)(args, {
        name: { type: 'string' },
        city: { type: 'string' },
        country: { type: 'string' },
        timezone: { type: 'string' },
        language: { type: 'string' },
        website: { type: 'string' },
    });
    const [slug, ...extra] = positionals;
    if (slug === undefined || extra.length > 0)
        throw new _options_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('tgr new takes exactly one SLUG');
    if (!_core_names_js__WEBPACK_IMPORTED_MODULE_3__/* .SLUG */ .OZ.test(slug)) {
        throw new _options_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`the short name (slug) ${JSON.stringify(slug)} may only hold lowercase letters, digits and single hyphens, such as utrecht-azure`);
    }
    const root = (0,_registry_root_js__WEBPACK_IMPORTED_MODULE_6__/* .findRegistryRoot */ .te)(io.cwd);
    const written = (0,_new_group_run_new_group_js__WEBPACK_IMPORTED_MODULE_4__.runNewGroup)({ ...values, slug, root, today: (0,_core_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .todayUtc */ .O2)(io.now()) }, _adapters_fs_files_js__WEBPACK_IMPORTED_MODULE_0__/* .createFile */ .x3);
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(io.cwd, written);
    io.stdout(`Created ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeLogText */ .dD)(shown)}. Fill in every empty field, then run: npx tgr validate ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeLogText */ .dD)(shown)}${(0,_new_group_run_new_group_js__WEBPACK_IMPORTED_MODULE_4__.langOption)(values.language)}\n`);
    return _options_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
}


/***/ })

};
