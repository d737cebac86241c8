export const id = 81;
export const ids = [81];
export const modules = {

/***/ 7859:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;
exports.TF = removeDiacritics;

var replacementList = [
  {
    base: ' ',
    chars: "\u00A0",
  }, {
    base: '0',
    chars: "\u07C0",
  }, {
    base: 'A',
    chars: "\u24B6\uFF21\u00C0\u00C1\u00C2\u1EA6\u1EA4\u1EAA\u1EA8\u00C3\u0100\u0102\u1EB0\u1EAE\u1EB4\u1EB2\u0226\u01E0\u00C4\u01DE\u1EA2\u00C5\u01FA\u01CD\u0200\u0202\u1EA0\u1EAC\u1EB6\u1E00\u0104\u023A\u2C6F",
  }, {
    base: 'AA',
    chars: "\uA732",
  }, {
    base: 'AE',
    chars: "\u00C6\u01FC\u01E2",
  }, {
    base: 'AO',
    chars: "\uA734",
  }, {
    base: 'AU',
    chars: "\uA736",
  }, {
    base: 'AV',
    chars: "\uA738\uA73A",
  }, {
    base: 'AY',
    chars: "\uA73C",
  }, {
    base: 'B',
    chars: "\u24B7\uFF22\u1E02\u1E04\u1E06\u0243\u0181",
  }, {
    base: 'C',
    chars: "\u24b8\uff23\uA73E\u1E08\u0106\u0043\u0108\u010A\u010C\u00C7\u0187\u023B",
  }, {
    base: 'D',
    chars: "\u24B9\uFF24\u1E0A\u010E\u1E0C\u1E10\u1E12\u1E0E\u0110\u018A\u0189\u1D05\uA779",
  }, {
    base: 'Dh',
    chars: "\u00D0",
  }, {
    base: 'DZ',
    chars: "\u01F1\u01C4",
  }, {
    base: 'Dz',
    chars: "\u01F2\u01C5",
  }, {
    base: 'E',
    chars: "\u025B\u24BA\uFF25\u00C8\u00C9\u00CA\u1EC0\u1EBE\u1EC4\u1EC2\u1EBC\u0112\u1E14\u1E16\u0114\u0116\u00CB\u1EBA\u011A\u0204\u0206\u1EB8\u1EC6\u0228\u1E1C\u0118\u1E18\u1E1A\u0190\u018E\u1D07",
  }, {
    base: 'F',
    chars: "\uA77C\u24BB\uFF26\u1E1E\u0191\uA77B",
  }, {
    base: 'G',
    chars: "\u24BC\uFF27\u01F4\u011C\u1E20\u011E\u0120\u01E6\u0122\u01E4\u0193\uA7A0\uA77D\uA77E\u0262",
  }, {
    base: 'H',
    chars: "\u24BD\uFF28\u0124\u1E22\u1E26\u021E\u1E24\u1E28\u1E2A\u0126\u2C67\u2C75\uA78D",
  }, {
    base: 'I',
    chars: "\u24BE\uFF29\xCC\xCD\xCE\u0128\u012A\u012C\u0130\xCF\u1E2E\u1EC8\u01CF\u0208\u020A\u1ECA\u012E\u1E2C\u0197",
  }, {
    base: 'J',
    chars: "\u24BF\uFF2A\u0134\u0248\u0237",
  }, {
    base: 'K',
    chars: "\u24C0\uFF2B\u1E30\u01E8\u1E32\u0136\u1E34\u0198\u2C69\uA740\uA742\uA744\uA7A2",
  }, {
    base: 'L',
    chars: "\u24C1\uFF2C\u013F\u0139\u013D\u1E36\u1E38\u013B\u1E3C\u1E3A\u0141\u023D\u2C62\u2C60\uA748\uA746\uA780",
  }, {
    base: 'LJ',
    chars: "\u01C7",
  }, {
    base: 'Lj',
    chars: "\u01C8",
  }, {
    base: 'M',
    chars: "\u24C2\uFF2D\u1E3E\u1E40\u1E42\u2C6E\u019C\u03FB",
  }, {
    base: 'N',
    chars: "\uA7A4\u0220\u24C3\uFF2E\u01F8\u0143\xD1\u1E44\u0147\u1E46\u0145\u1E4A\u1E48\u019D\uA790\u1D0E",
  }, {
    base: 'NJ',
    chars: "\u01CA",
  }, {
    base: 'Nj',
    chars: "\u01CB",
  }, {
    base: 'O',
    chars: "\u24C4\uFF2F\xD2\xD3\xD4\u1ED2\u1ED0\u1ED6\u1ED4\xD5\u1E4C\u022C\u1E4E\u014C\u1E50\u1E52\u014E\u022E\u0230\xD6\u022A\u1ECE\u0150\u01D1\u020C\u020E\u01A0\u1EDC\u1EDA\u1EE0\u1EDE\u1EE2\u1ECC\u1ED8\u01EA\u01EC\xD8\u01FE\u0186\u019F\uA74A\uA74C",
  }, {
    base: 'OE',
    chars: "\u0152",
  }, {
    base: 'OI',
    chars: "\u01A2",
  }, {
    base: 'OO',
    chars: "\uA74E",
  }, {
    base: 'OU',
    chars: "\u0222",
  }, {
    base: 'P',
    chars: "\u24C5\uFF30\u1E54\u1E56\u01A4\u2C63\uA750\uA752\uA754",
  }, {
    base: 'Q',
    chars: "\u24C6\uFF31\uA756\uA758\u024A",
  }, {
    base: 'R',
    chars: "\u24C7\uFF32\u0154\u1E58\u0158\u0210\u0212\u1E5A\u1E5C\u0156\u1E5E\u024C\u2C64\uA75A\uA7A6\uA782",
  }, {
    base: 'S',
    chars: "\u24C8\uFF33\u1E9E\u015A\u1E64\u015C\u1E60\u0160\u1E66\u1E62\u1E68\u0218\u015E\u2C7E\uA7A8\uA784",
  }, {
    base: 'T',
    chars: "\u24C9\uFF34\u1E6A\u0164\u1E6C\u021A\u0162\u1E70\u1E6E\u0166\u01AC\u01AE\u023E\uA786",
  }, {
    base: 'Th',
    chars: "\u00DE",
  }, {
    base: 'TZ',
    chars: "\uA728",
  }, {
    base: 'U',
    chars: "\u24CA\uFF35\xD9\xDA\xDB\u0168\u1E78\u016A\u1E7A\u016C\xDC\u01DB\u01D7\u01D5\u01D9\u1EE6\u016E\u0170\u01D3\u0214\u0216\u01AF\u1EEA\u1EE8\u1EEE\u1EEC\u1EF0\u1EE4\u1E72\u0172\u1E76\u1E74\u0244",
  }, {
    base: 'V',
    chars: "\u24CB\uFF36\u1E7C\u1E7E\u01B2\uA75E\u0245",
  }, {
    base: 'VY',
    chars: "\uA760",
  }, {
    base: 'W',
    chars: "\u24CC\uFF37\u1E80\u1E82\u0174\u1E86\u1E84\u1E88\u2C72",
  }, {
    base: 'X',
    chars: "\u24CD\uFF38\u1E8A\u1E8C",
  }, {
    base: 'Y',
    chars: "\u24CE\uFF39\u1EF2\xDD\u0176\u1EF8\u0232\u1E8E\u0178\u1EF6\u1EF4\u01B3\u024E\u1EFE",
  }, {
    base: 'Z',
    chars: "\u24CF\uFF3A\u0179\u1E90\u017B\u017D\u1E92\u1E94\u01B5\u0224\u2C7F\u2C6B\uA762",
  }, {
    base: 'a',
    chars: "\u24D0\uFF41\u1E9A\u00E0\u00E1\u00E2\u1EA7\u1EA5\u1EAB\u1EA9\u00E3\u0101\u0103\u1EB1\u1EAF\u1EB5\u1EB3\u0227\u01E1\u00E4\u01DF\u1EA3\u00E5\u01FB\u01CE\u0201\u0203\u1EA1\u1EAD\u1EB7\u1E01\u0105\u2C65\u0250\u0251",
  }, {
    base: 'aa',
    chars: "\uA733",
  }, {
    base: 'ae',
    chars: "\u00E6\u01FD\u01E3",
  }, {
    base: 'ao',
    chars: "\uA735",
  }, {
    base: 'au',
    chars: "\uA737",
  }, {
    base: 'av',
    chars: "\uA739\uA73B",
  }, {
    base: 'ay',
    chars: "\uA73D",
  }, {
    base: 'b',
    chars: "\u24D1\uFF42\u1E03\u1E05\u1E07\u0180\u0183\u0253\u0182",
  }, {
    base: 'c',
    chars: "\uFF43\u24D2\u0107\u0109\u010B\u010D\u00E7\u1E09\u0188\u023C\uA73F\u2184",
  }, {
    base: 'd',
    chars: "\u24D3\uFF44\u1E0B\u010F\u1E0D\u1E11\u1E13\u1E0F\u0111\u018C\u0256\u0257\u018B\u13E7\u0501\uA7AA",
  }, {
    base: 'dh',
    chars: "\u00F0",
  }, {
    base: 'dz',
    chars: "\u01F3\u01C6",
  }, {
    base: 'e',
    chars: "\u24D4\uFF45\u00E8\u00E9\u00EA\u1EC1\u1EBF\u1EC5\u1EC3\u1EBD\u0113\u1E15\u1E17\u0115\u0117\u00EB\u1EBB\u011B\u0205\u0207\u1EB9\u1EC7\u0229\u1E1D\u0119\u1E19\u1E1B\u0247\u01DD",
  }, {
    base: 'f',
    chars: "\u24D5\uFF46\u1E1F\u0192",
  }, {
    base: 'ff',
    chars: "\uFB00",
  }, {
    base: 'fi',
    chars: "\uFB01",
  }, {
    base: 'fl',
    chars: "\uFB02",
  }, {
    base: 'ffi',
    chars: "\uFB03",
  }, {
    base: 'ffl',
    chars: "\uFB04",
  }, {
    base: 'g',
    chars: "\u24D6\uFF47\u01F5\u011D\u1E21\u011F\u0121\u01E7\u0123\u01E5\u0260\uA7A1\uA77F\u1D79",
  }, {
    base: 'h',
    chars: "\u24D7\uFF48\u0125\u1E23\u1E27\u021F\u1E25\u1E29\u1E2B\u1E96\u0127\u2C68\u2C76\u0265",
  }, {
    base: 'hv',
    chars: "\u0195",
  }, {
    base: 'i',
    chars: "\u24D8\uFF49\xEC\xED\xEE\u0129\u012B\u012D\xEF\u1E2F\u1EC9\u01D0\u0209\u020B\u1ECB\u012F\u1E2D\u0268\u0131",
  }, {
    base: 'j',
    chars: "\u24D9\uFF4A\u0135\u01F0\u0249",
  }, {
    base: 'k',
    chars: "\u24DA\uFF4B\u1E31\u01E9\u1E33\u0137\u1E35\u0199\u2C6A\uA741\uA743\uA745\uA7A3",
  }, {
    base: 'l',
    chars: "\u24DB\uFF4C\u0140\u013A\u013E\u1E37\u1E39\u013C\u1E3D\u1E3B\u017F\u0142\u019A\u026B\u2C61\uA749\uA781\uA747\u026D",
  }, {
    base: 'lj',
    chars: "\u01C9",
  }, {
    base: 'm',
    chars: "\u24DC\uFF4D\u1E3F\u1E41\u1E43\u0271\u026F",
  }, {
    base: 'n',
    chars: "\u24DD\uFF4E\u01F9\u0144\xF1\u1E45\u0148\u1E47\u0146\u1E4B\u1E49\u019E\u0272\u0149\uA791\uA7A5\u043B\u0509",
  }, {
    base: 'nj',
    chars: "\u01CC",
  }, {
    base: 'o',
    chars: "\u24DE\uFF4F\xF2\xF3\xF4\u1ED3\u1ED1\u1ED7\u1ED5\xF5\u1E4D\u022D\u1E4F\u014D\u1E51\u1E53\u014F\u022F\u0231\xF6\u022B\u1ECF\u0151\u01D2\u020D\u020F\u01A1\u1EDD\u1EDB\u1EE1\u1EDF\u1EE3\u1ECD\u1ED9\u01EB\u01ED\xF8\u01FF\uA74B\uA74D\u0275\u0254\u1D11",
  }, {
    base: 'oe',
    chars: "\u0153",
  }, {
    base: 'oi',
    chars: "\u01A3",
  }, {
    base: 'oo',
    chars: "\uA74F",
  }, {
    base: 'ou',
    chars: "\u0223",
  }, {
    base: 'p',
    chars: "\u24DF\uFF50\u1E55\u1E57\u01A5\u1D7D\uA751\uA753\uA755\u03C1",
  }, {
    base: 'q',
    chars: "\u24E0\uFF51\u024B\uA757\uA759",
  }, {
    base: 'r',
    chars: "\u24E1\uFF52\u0155\u1E59\u0159\u0211\u0213\u1E5B\u1E5D\u0157\u1E5F\u024D\u027D\uA75B\uA7A7\uA783",
  }, {
    base: 's',
    chars: "\u24E2\uFF53\u015B\u1E65\u015D\u1E61\u0161\u1E67\u1E63\u1E69\u0219\u015F\u023F\uA7A9\uA785\u1E9B\u0282",
  }, {
    base: 'ss',
    chars: "\xDF",
  }, {
    base: 't',
    chars: "\u24E3\uFF54\u1E6B\u1E97\u0165\u1E6D\u021B\u0163\u1E71\u1E6F\u0167\u01AD\u0288\u2C66\uA787",
  }, {
    base: 'th',
    chars: "\u00FE",
  }, {
    base: 'tz',
    chars: "\uA729",
  }, {
    base: 'u',
    chars: "\u24E4\uFF55\xF9\xFA\xFB\u0169\u1E79\u016B\u1E7B\u016D\xFC\u01DC\u01D8\u01D6\u01DA\u1EE7\u016F\u0171\u01D4\u0215\u0217\u01B0\u1EEB\u1EE9\u1EEF\u1EED\u1EF1\u1EE5\u1E73\u0173\u1E77\u1E75\u0289",
  }, {
    base: 'v',
    chars: "\u24E5\uFF56\u1E7D\u1E7F\u028B\uA75F\u028C",
  }, {
    base: 'vy',
    chars: "\uA761",
  }, {
    base: 'w',
    chars: "\u24E6\uFF57\u1E81\u1E83\u0175\u1E87\u1E85\u1E98\u1E89\u2C73",
  }, {
    base: 'x',
    chars: "\u24E7\uFF58\u1E8B\u1E8D",
  }, {
    base: 'y',
    chars: "\u24E8\uFF59\u1EF3\xFD\u0177\u1EF9\u0233\u1E8F\xFF\u1EF7\u1E99\u1EF5\u01B4\u024F\u1EFF",
  }, {
    base: 'z',
    chars: "\u24E9\uFF5A\u017A\u1E91\u017C\u017E\u1E93\u1E95\u01B6\u0225\u0240\u2C6C\uA763",
  }
];

var diacriticsMap = {};
for (var i = 0; i < replacementList.length; i += 1) {
  var chars = replacementList[i].chars;
  for (var j = 0; j < chars.length; j += 1) {
    diacriticsMap[chars[j]] = replacementList[i].base;
  }
}

function removeDiacritics(str) {
  return str.replace(/[^\u0000-\u007e]/g, function(c) {
    return diacriticsMap[c] || c;
  });
}

__webpack_unused_export__ = replacementList;
__webpack_unused_export__ = diacriticsMap;


/***/ }),

/***/ 204:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

function __ncc_wildcard$0 (arg) {
  if (arg === "af") return __webpack_require__(8514);
  else if (arg === "am") return __webpack_require__(1627);
  else if (arg === "ar") return __webpack_require__(2478);
  else if (arg === "az") return __webpack_require__(6054);
  else if (arg === "be") return __webpack_require__(7768);
  else if (arg === "bg") return __webpack_require__(5818);
  else if (arg === "bn") return __webpack_require__(205);
  else if (arg === "br") return __webpack_require__(5313);
  else if (arg === "bs") return __webpack_require__(5526);
  else if (arg === "ca") return __webpack_require__(4029);
  else if (arg === "cs") return __webpack_require__(467);
  else if (arg === "cy") return __webpack_require__(3669);
  else if (arg === "da") return __webpack_require__(1370);
  else if (arg === "de") return __webpack_require__(2870);
  else if (arg === "dv") return __webpack_require__(5767);
  else if (arg === "el") return __webpack_require__(716);
  else if (arg === "en") return __webpack_require__(1038);
  else if (arg === "es") return __webpack_require__(8789);
  else if (arg === "et") return __webpack_require__(6964);
  else if (arg === "eu") return __webpack_require__(4999);
  else if (arg === "fa") return __webpack_require__(4144);
  else if (arg === "fi") return __webpack_require__(872);
  else if (arg === "fr") return __webpack_require__(4477);
  else if (arg === "ga") return __webpack_require__(4537);
  else if (arg === "gl") return __webpack_require__(3898);
  else if (arg === "ha") return __webpack_require__(7974);
  else if (arg === "he") return __webpack_require__(1994);
  else if (arg === "hi") return __webpack_require__(1070);
  else if (arg === "hr") return __webpack_require__(311);
  else if (arg === "hu") return __webpack_require__(8266);
  else if (arg === "hy") return __webpack_require__(8942);
  else if (arg === "id") return __webpack_require__(7048);
  else if (arg === "is") return __webpack_require__(193);
  else if (arg === "it") return __webpack_require__(6536);
  else if (arg === "ja") return __webpack_require__(4668);
  else if (arg === "ka") return __webpack_require__(7445);
  else if (arg === "kk") return __webpack_require__(4243);
  else if (arg === "km") return __webpack_require__(4441);
  else if (arg === "ko") return __webpack_require__(8975);
  else if (arg === "ku") return __webpack_require__(3425);
  else if (arg === "ky") return __webpack_require__(7805);
  else if (arg === "lt") return __webpack_require__(5305);
  else if (arg === "lv") return __webpack_require__(4575);
  else if (arg === "mk") return __webpack_require__(6709);
  else if (arg === "ml") return __webpack_require__(8100);
  else if (arg === "mn") return __webpack_require__(6806);
  else if (arg === "mr") return __webpack_require__(8658);
  else if (arg === "ms") return __webpack_require__(2637);
  else if (arg === "mt") return __webpack_require__(8732);
  else if (arg === "nb") return __webpack_require__(21);
  else if (arg === "nl") return __webpack_require__(8255);
  else if (arg === "nn") return __webpack_require__(729);
  else if (arg === "no") return __webpack_require__(4366);
  else if (arg === "pl") return __webpack_require__(2565);
  else if (arg === "ps") return __webpack_require__(7116);
  else if (arg === "pt") return __webpack_require__(653);
  else if (arg === "ro") return __webpack_require__(1906);
  else if (arg === "ru") return __webpack_require__(7512);
  else if (arg === "sd") return __webpack_require__(2382);
  else if (arg === "sk") return __webpack_require__(8395);
  else if (arg === "sl") return __webpack_require__(9782);
  else if (arg === "so") return __webpack_require__(1223);
  else if (arg === "sq") return __webpack_require__(4797);
  else if (arg === "sr") return __webpack_require__(3680);
  else if (arg === "sv") return __webpack_require__(6940);
  else if (arg === "sw") return __webpack_require__(4079);
  else if (arg === "ta") return __webpack_require__(2682);
  else if (arg === "tg") return __webpack_require__(2292);
  else if (arg === "th") return __webpack_require__(5885);
  else if (arg === "tk") return __webpack_require__(368);
  else if (arg === "tr") return __webpack_require__(6955);
  else if (arg === "tt") return __webpack_require__(4222);
  else if (arg === "ug") return __webpack_require__(6289);
  else if (arg === "uk") return __webpack_require__(6413);
  else if (arg === "ur") return __webpack_require__(778);
  else if (arg === "uz") return __webpack_require__(7570);
  else if (arg === "vi") return __webpack_require__(6440);
  else if (arg === "zh") return __webpack_require__(5463);
}
var library = __webpack_require__(2127);

var supportedLocales = library.getSupportedLanguages();

for (var i = 0; i < supportedLocales.length; i++) {
  var locale = __ncc_wildcard$0(supportedLocales[i]);
  library.registerLocale(locale);
}

module.exports = library;


/***/ }),

/***/ 2127:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



const codes = __webpack_require__(587);
const supportedLocales = __webpack_require__(7194);
const removeDiacritics = (__webpack_require__(7859)/* .remove */ .TF);
const registeredLocales = {};

/*
 * All codes map to ISO 3166-1 alpha-2
 */
const alpha2 = {},
  alpha3 = {},
  numeric = {},
  invertedNumeric = {};

codes.forEach(function (codeInformation) {
  const s = codeInformation;
  alpha2[s[0]] = s[1];
  alpha3[s[1]] = s[0];
  numeric[s[2]] = s[0];
  invertedNumeric[s[0]] = s[2];
});

/**
 * @private
 * @param {number} code
 */
function formatNumericCode(code) {
  return String("000" + (code ? code : "")).slice(-3);
}

/**
 * @private
 * Avoid using obj.hasOwnProperty directly as `hasOwnProperty` could be a
 * property in itself ({ hasOwnProperty: 1 }) and cause weird bugs
 * https://eslint.org/docs/rules/no-prototype-builtins
 */
function hasOwnProperty(object, property) {
  return Object.prototype.hasOwnProperty.call(object, property);
}

/**
 * @private
 * Pass localeList through a filter and return a newLocaleList obj
 * with the same structure of the old localeList.
 *
 * @param {LocalizedCountryNames} localeList  Local List in raw
 * @param {Function} filter    callback to set filter rule
 * @return {String | String[]} new filtered Local List
 */
function localeFilter(localeList, filter) {
  return Object.keys(localeList).reduce(function (newLocaleList, alpha2) {
    const nameList = localeList[alpha2];
    newLocaleList[alpha2] = filter(nameList, alpha2);
    return newLocaleList;
  }, {});
}

/**
 * @private
 * Preserve for getName & getNames
 *
 * @param {GetNameOptions.select} type all | official | alias
 * @param countryNameList  string array of country's
 *                         official name and alias
 * @return {String | String[]} of a country name
 */
function filterNameBy(type, countryNameList) {
  switch (type) {
    case "official":
      return Array.isArray(countryNameList)
        ? countryNameList[0]
        : countryNameList;

    case "all":
      return typeof countryNameList === "string"
        ? [countryNameList]
        : countryNameList;

    case "alias":
      return Array.isArray(countryNameList)
        ? countryNameList[1] || countryNameList[0]
        : countryNameList;

    default:
      throw new TypeError(
        "LocaleNameType must be one of these: all, official, alias!"
      );
  }
}

/**
 * Register countries in browsers' environment:
 * @param {object} localeData
 * @example countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
 * @return void
 */
exports.registerLocale = function (localeData) {
  if (!localeData.locale) {
    throw new TypeError("Missing localeData.locale");
  }

  if (!localeData.countries) {
    throw new TypeError("Missing localeData.countries");
  }

  registeredLocales[localeData.locale] = localeData.countries;
};

/*
 * @param code Alpha-3 code
 * @return Alpha-2 code or undefined
 */
function alpha3ToAlpha2(code) {
  return alpha3[code];
}
exports.alpha3ToAlpha2 = alpha3ToAlpha2;

/*
 * @param code Alpha-2 code
 * @return Alpha-3 code or undefined
 */
function alpha2ToAlpha3(code) {
  return alpha2[code];
}
exports.alpha2ToAlpha3 = alpha2ToAlpha3;

/*
 * @param code Alpha-3 code
 * @return Numeric code or undefined
 */
function alpha3ToNumeric(code) {
  return invertedNumeric[alpha3ToAlpha2(code)];
}
exports.alpha3ToNumeric = alpha3ToNumeric;

/*
 * @param code Alpha-2 code
 * @return Numeric code or undefined
 */
function alpha2ToNumeric(code) {
  return invertedNumeric[code];
}
exports.alpha2ToNumeric = alpha2ToNumeric;

/*
 * @param code Numeric code
 * @return Alpha-3 code or undefined
 */
function numericToAlpha3(code) {
  const padded = formatNumericCode(code);
  return alpha2ToAlpha3(numeric[padded]);
}
exports.numericToAlpha3 = numericToAlpha3;

/*
 * @param code Numeric code
 * @return Alpha-2 code or undefined
 */
function numericToAlpha2(code) {
  const padded = formatNumericCode(code);
  return numeric[padded];
}
exports.numericToAlpha2 = numericToAlpha2;

/*
 * @param code ISO 3166-1 alpha-2, alpha-3 or numeric code
 * @return ISO 3166-1 alpha-3
 */
function toAlpha3(code) {
  if (typeof code === "string") {
    if (/^[0-9]*$/.test(code)) {
      return numericToAlpha3(code);
    }
    if (code.length === 2) {
      return alpha2ToAlpha3(code.toUpperCase());
    }
    if (code.length === 3) {
      return code.toUpperCase();
    }
  }
  if (typeof code === "number") {
    return numericToAlpha3(code);
  }
  return undefined;
}
exports.toAlpha3 = toAlpha3;

/*
 * @param code ISO 3166-1 alpha-2, alpha-3 or numeric code
 * @return ISO 3166-1 alpha-2
 */
function toAlpha2(code) {
  if (typeof code === "string") {
    if (/^[0-9]*$/.test(code)) {
      return numericToAlpha2(code);
    }
    if (code.length === 2) {
      return code.toUpperCase();
    }
    if (code.length === 3) {
      return alpha3ToAlpha2(code.toUpperCase());
    }
  }
  if (typeof code === "number") {
    return numericToAlpha2(code);
  }
  return undefined;
}
exports.toAlpha2 = toAlpha2;

/**
 * @param {string | number | Alpha2Code | Alpha3Code} code
 * @param {String} lang          language for country name
 * @param {GetNameOptions} options
 * @return {String | String[] | undefined}  name
 */
exports.getName = function (code, lang, options = {}) {
  if (!("select" in options)) {
    options.select = "official";
  }
  try {
    const codeMaps = registeredLocales[lang.toLowerCase()];
    const nameList = codeMaps[toAlpha2(code)];
    return filterNameBy(options.select, nameList);
  } catch (err) {
    return undefined;
  }
};

/**
 * @param {String} lang             language for country names
 * @param {GetNameOptions} options   getNames Options
 * @return {LocalizedCountryNames}  country code
 *                                  mapped to county name
 */
exports.getNames = function (lang, options = {}) {
  if (!("select" in options)) {
    options.select = "official";
  }
  const localeList = registeredLocales[lang.toLowerCase()];
  if (localeList === undefined) return {};
  return localeFilter(localeList, function (nameList) {
    return filterNameBy(options.select, nameList);
  });
};

/*
 * @param name name
 * @param lang language for country name
 * @return ISO 3166-1 alpha-2 or undefined
 */
exports.getAlpha2Code = function (name, lang) {
  const normalizeString = (string) => string.toLowerCase();
  const areSimilar = (a, b) => normalizeString(a) === normalizeString(b);

  try {
    const codenames = registeredLocales[lang.toLowerCase()];
    for (const p in codenames) {
      if (!hasOwnProperty(codenames, p)) {
        continue;
      }
      if (typeof codenames[p] === "string") {
        if (areSimilar(codenames[p], name)) {
          return p;
        }
      }
      if (Array.isArray(codenames[p])) {
        for (const mappedName of codenames[p]) {
          if (areSimilar(mappedName, name)) {
            return p;
          }
        }
      }
    }
    return undefined;
  } catch (err) {
    return undefined;
  }
};

/*
 * @param name name
 * @param lang language for country name
 * @return ISO 3166-1 alpha-2 or undefined
 */
exports.getSimpleAlpha2Code = function (name, lang) {
  const normalizeString = (string) => removeDiacritics(string.toLowerCase());
  const areSimilar = (a, b) => normalizeString(a) === normalizeString(b);

  try {
    const codenames = registeredLocales[lang.toLowerCase()];
    for (const p in codenames) {
      if (!hasOwnProperty(codenames, p)) {
        continue;
      }
      if (typeof codenames[p] === "string") {
        if (areSimilar(codenames[p], name)) {
          return p;
        }
      }
      if (Array.isArray(codenames[p])) {
        for (const mappedName of codenames[p]) {
          if (areSimilar(mappedName, name)) {
            return p;
          }
        }
      }
    }
    return undefined;
  } catch (err) {
    return undefined;
  }
};

/*
 * @return Object of alpha-2 codes mapped to alpha-3 codes
 */
exports.getAlpha2Codes = function () {
  return alpha2;
};

/*
 * @param name name
 * @param lang language for country name
 * @return ISO 3166-1 alpha-3 or undefined
 */
exports.getAlpha3Code = function (name, lang) {
  const alpha2 = exports.getAlpha2Code(name, lang);
  if (alpha2) {
    return exports.toAlpha3(alpha2);
  } else {
    return undefined;
  }
};

/*
 * @param name name
 * @param lang language for country name
 * @return ISO 3166-1 alpha-3 or undefined
 */
exports.getSimpleAlpha3Code = function (name, lang) {
  const alpha2 = exports.getSimpleAlpha2Code(name, lang);
  if (alpha2) {
    return exports.toAlpha3(alpha2);
  } else {
    return undefined;
  }
};

/*
 * @return Object of alpha-3 codes mapped to alpha-2 codes
 */
exports.getAlpha3Codes = function () {
  return alpha3;
};

/*
 * @return Object of numeric codes mapped to alpha-2 codes
 */
exports.getNumericCodes = function () {
  return numeric;
};

/*
 * @return Array of registered languages
 */
exports.langs = function () {
  return Object.keys(registeredLocales);
};

/*
 * @return Array of supported languages
 */
exports.getSupportedLanguages = function () {
  return supportedLocales;
};

/*
 * @param code ISO 3166-1 alpha-2, alpha-3 or numeric code
 * @return Boolean
 */
exports.isValid = function (code) {
  if (!code) {
    return false;
  }

  const coerced = code.toString().toUpperCase();
  return (
    hasOwnProperty(alpha3, coerced) ||
    hasOwnProperty(alpha2, coerced) ||
    hasOwnProperty(numeric, coerced)
  );
};


/***/ }),

/***/ 6361:
/***/ (function(__unused_webpack_module, exports) {

// https://github.com/topojson/topojson-client v3.1.0 Copyright 2019 Mike Bostock
(function (global, factory) {
 true ? factory(exports) :
0;
}(this, function (exports) { 'use strict';

function identity(x) {
  return x;
}

function transform(transform) {
  if (transform == null) return identity;
  var x0,
      y0,
      kx = transform.scale[0],
      ky = transform.scale[1],
      dx = transform.translate[0],
      dy = transform.translate[1];
  return function(input, i) {
    if (!i) x0 = y0 = 0;
    var j = 2, n = input.length, output = new Array(n);
    output[0] = (x0 += input[0]) * kx + dx;
    output[1] = (y0 += input[1]) * ky + dy;
    while (j < n) output[j] = input[j], ++j;
    return output;
  };
}

function bbox(topology) {
  var t = transform(topology.transform), key,
      x0 = Infinity, y0 = x0, x1 = -x0, y1 = -x0;

  function bboxPoint(p) {
    p = t(p);
    if (p[0] < x0) x0 = p[0];
    if (p[0] > x1) x1 = p[0];
    if (p[1] < y0) y0 = p[1];
    if (p[1] > y1) y1 = p[1];
  }

  function bboxGeometry(o) {
    switch (o.type) {
      case "GeometryCollection": o.geometries.forEach(bboxGeometry); break;
      case "Point": bboxPoint(o.coordinates); break;
      case "MultiPoint": o.coordinates.forEach(bboxPoint); break;
    }
  }

  topology.arcs.forEach(function(arc) {
    var i = -1, n = arc.length, p;
    while (++i < n) {
      p = t(arc[i], i);
      if (p[0] < x0) x0 = p[0];
      if (p[0] > x1) x1 = p[0];
      if (p[1] < y0) y0 = p[1];
      if (p[1] > y1) y1 = p[1];
    }
  });

  for (key in topology.objects) {
    bboxGeometry(topology.objects[key]);
  }

  return [x0, y0, x1, y1];
}

function reverse(array, n) {
  var t, j = array.length, i = j - n;
  while (i < --j) t = array[i], array[i++] = array[j], array[j] = t;
}

function feature(topology, o) {
  if (typeof o === "string") o = topology.objects[o];
  return o.type === "GeometryCollection"
      ? {type: "FeatureCollection", features: o.geometries.map(function(o) { return feature$1(topology, o); })}
      : feature$1(topology, o);
}

function feature$1(topology, o) {
  var id = o.id,
      bbox = o.bbox,
      properties = o.properties == null ? {} : o.properties,
      geometry = object(topology, o);
  return id == null && bbox == null ? {type: "Feature", properties: properties, geometry: geometry}
      : bbox == null ? {type: "Feature", id: id, properties: properties, geometry: geometry}
      : {type: "Feature", id: id, bbox: bbox, properties: properties, geometry: geometry};
}

function object(topology, o) {
  var transformPoint = transform(topology.transform),
      arcs = topology.arcs;

  function arc(i, points) {
    if (points.length) points.pop();
    for (var a = arcs[i < 0 ? ~i : i], k = 0, n = a.length; k < n; ++k) {
      points.push(transformPoint(a[k], k));
    }
    if (i < 0) reverse(points, n);
  }

  function point(p) {
    return transformPoint(p);
  }

  function line(arcs) {
    var points = [];
    for (var i = 0, n = arcs.length; i < n; ++i) arc(arcs[i], points);
    if (points.length < 2) points.push(points[0]); // This should never happen per the specification.
    return points;
  }

  function ring(arcs) {
    var points = line(arcs);
    while (points.length < 4) points.push(points[0]); // This may happen if an arc has only two points.
    return points;
  }

  function polygon(arcs) {
    return arcs.map(ring);
  }

  function geometry(o) {
    var type = o.type, coordinates;
    switch (type) {
      case "GeometryCollection": return {type: type, geometries: o.geometries.map(geometry)};
      case "Point": coordinates = point(o.coordinates); break;
      case "MultiPoint": coordinates = o.coordinates.map(point); break;
      case "LineString": coordinates = line(o.arcs); break;
      case "MultiLineString": coordinates = o.arcs.map(line); break;
      case "Polygon": coordinates = polygon(o.arcs); break;
      case "MultiPolygon": coordinates = o.arcs.map(polygon); break;
      default: return null;
    }
    return {type: type, coordinates: coordinates};
  }

  return geometry(o);
}

function stitch(topology, arcs) {
  var stitchedArcs = {},
      fragmentByStart = {},
      fragmentByEnd = {},
      fragments = [],
      emptyIndex = -1;

  // Stitch empty arcs first, since they may be subsumed by other arcs.
  arcs.forEach(function(i, j) {
    var arc = topology.arcs[i < 0 ? ~i : i], t;
    if (arc.length < 3 && !arc[1][0] && !arc[1][1]) {
      t = arcs[++emptyIndex], arcs[emptyIndex] = i, arcs[j] = t;
    }
  });

  arcs.forEach(function(i) {
    var e = ends(i),
        start = e[0],
        end = e[1],
        f, g;

    if (f = fragmentByEnd[start]) {
      delete fragmentByEnd[f.end];
      f.push(i);
      f.end = end;
      if (g = fragmentByStart[end]) {
        delete fragmentByStart[g.start];
        var fg = g === f ? f : f.concat(g);
        fragmentByStart[fg.start = f.start] = fragmentByEnd[fg.end = g.end] = fg;
      } else {
        fragmentByStart[f.start] = fragmentByEnd[f.end] = f;
      }
    } else if (f = fragmentByStart[end]) {
      delete fragmentByStart[f.start];
      f.unshift(i);
      f.start = start;
      if (g = fragmentByEnd[start]) {
        delete fragmentByEnd[g.end];
        var gf = g === f ? f : g.concat(f);
        fragmentByStart[gf.start = g.start] = fragmentByEnd[gf.end = f.end] = gf;
      } else {
        fragmentByStart[f.start] = fragmentByEnd[f.end] = f;
      }
    } else {
      f = [i];
      fragmentByStart[f.start = start] = fragmentByEnd[f.end = end] = f;
    }
  });

  function ends(i) {
    var arc = topology.arcs[i < 0 ? ~i : i], p0 = arc[0], p1;
    if (topology.transform) p1 = [0, 0], arc.forEach(function(dp) { p1[0] += dp[0], p1[1] += dp[1]; });
    else p1 = arc[arc.length - 1];
    return i < 0 ? [p1, p0] : [p0, p1];
  }

  function flush(fragmentByEnd, fragmentByStart) {
    for (var k in fragmentByEnd) {
      var f = fragmentByEnd[k];
      delete fragmentByStart[f.start];
      delete f.start;
      delete f.end;
      f.forEach(function(i) { stitchedArcs[i < 0 ? ~i : i] = 1; });
      fragments.push(f);
    }
  }

  flush(fragmentByEnd, fragmentByStart);
  flush(fragmentByStart, fragmentByEnd);
  arcs.forEach(function(i) { if (!stitchedArcs[i < 0 ? ~i : i]) fragments.push([i]); });

  return fragments;
}

function mesh(topology) {
  return object(topology, meshArcs.apply(this, arguments));
}

function meshArcs(topology, object, filter) {
  var arcs, i, n;
  if (arguments.length > 1) arcs = extractArcs(topology, object, filter);
  else for (i = 0, arcs = new Array(n = topology.arcs.length); i < n; ++i) arcs[i] = i;
  return {type: "MultiLineString", arcs: stitch(topology, arcs)};
}

function extractArcs(topology, object, filter) {
  var arcs = [],
      geomsByArc = [],
      geom;

  function extract0(i) {
    var j = i < 0 ? ~i : i;
    (geomsByArc[j] || (geomsByArc[j] = [])).push({i: i, g: geom});
  }

  function extract1(arcs) {
    arcs.forEach(extract0);
  }

  function extract2(arcs) {
    arcs.forEach(extract1);
  }

  function extract3(arcs) {
    arcs.forEach(extract2);
  }

  function geometry(o) {
    switch (geom = o, o.type) {
      case "GeometryCollection": o.geometries.forEach(geometry); break;
      case "LineString": extract1(o.arcs); break;
      case "MultiLineString": case "Polygon": extract2(o.arcs); break;
      case "MultiPolygon": extract3(o.arcs); break;
    }
  }

  geometry(object);

  geomsByArc.forEach(filter == null
      ? function(geoms) { arcs.push(geoms[0].i); }
      : function(geoms) { if (filter(geoms[0].g, geoms[geoms.length - 1].g)) arcs.push(geoms[0].i); });

  return arcs;
}

function planarRingArea(ring) {
  var i = -1, n = ring.length, a, b = ring[n - 1], area = 0;
  while (++i < n) a = b, b = ring[i], area += a[0] * b[1] - a[1] * b[0];
  return Math.abs(area); // Note: doubled area!
}

function merge(topology) {
  return object(topology, mergeArcs.apply(this, arguments));
}

function mergeArcs(topology, objects) {
  var polygonsByArc = {},
      polygons = [],
      groups = [];

  objects.forEach(geometry);

  function geometry(o) {
    switch (o.type) {
      case "GeometryCollection": o.geometries.forEach(geometry); break;
      case "Polygon": extract(o.arcs); break;
      case "MultiPolygon": o.arcs.forEach(extract); break;
    }
  }

  function extract(polygon) {
    polygon.forEach(function(ring) {
      ring.forEach(function(arc) {
        (polygonsByArc[arc = arc < 0 ? ~arc : arc] || (polygonsByArc[arc] = [])).push(polygon);
      });
    });
    polygons.push(polygon);
  }

  function area(ring) {
    return planarRingArea(object(topology, {type: "Polygon", arcs: [ring]}).coordinates[0]);
  }

  polygons.forEach(function(polygon) {
    if (!polygon._) {
      var group = [],
          neighbors = [polygon];
      polygon._ = 1;
      groups.push(group);
      while (polygon = neighbors.pop()) {
        group.push(polygon);
        polygon.forEach(function(ring) {
          ring.forEach(function(arc) {
            polygonsByArc[arc < 0 ? ~arc : arc].forEach(function(polygon) {
              if (!polygon._) {
                polygon._ = 1;
                neighbors.push(polygon);
              }
            });
          });
        });
      }
    }
  });

  polygons.forEach(function(polygon) {
    delete polygon._;
  });

  return {
    type: "MultiPolygon",
    arcs: groups.map(function(polygons) {
      var arcs = [], n;

      // Extract the exterior (unique) arcs.
      polygons.forEach(function(polygon) {
        polygon.forEach(function(ring) {
          ring.forEach(function(arc) {
            if (polygonsByArc[arc < 0 ? ~arc : arc].length < 2) {
              arcs.push(arc);
            }
          });
        });
      });

      // Stitch the arcs into one or more rings.
      arcs = stitch(topology, arcs);

      // If more than one ring is returned,
      // at most one of these rings can be the exterior;
      // choose the one with the greatest absolute area.
      if ((n = arcs.length) > 1) {
        for (var i = 1, k = area(arcs[0]), ki, t; i < n; ++i) {
          if ((ki = area(arcs[i])) > k) {
            t = arcs[0], arcs[0] = arcs[i], arcs[i] = t, k = ki;
          }
        }
      }

      return arcs;
    }).filter(function(arcs) {
      return arcs.length > 0;
    })
  };
}

function bisect(a, x) {
  var lo = 0, hi = a.length;
  while (lo < hi) {
    var mid = lo + hi >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function neighbors(objects) {
  var indexesByArc = {}, // arc index -> array of object indexes
      neighbors = objects.map(function() { return []; });

  function line(arcs, i) {
    arcs.forEach(function(a) {
      if (a < 0) a = ~a;
      var o = indexesByArc[a];
      if (o) o.push(i);
      else indexesByArc[a] = [i];
    });
  }

  function polygon(arcs, i) {
    arcs.forEach(function(arc) { line(arc, i); });
  }

  function geometry(o, i) {
    if (o.type === "GeometryCollection") o.geometries.forEach(function(o) { geometry(o, i); });
    else if (o.type in geometryType) geometryType[o.type](o.arcs, i);
  }

  var geometryType = {
    LineString: line,
    MultiLineString: polygon,
    Polygon: polygon,
    MultiPolygon: function(arcs, i) { arcs.forEach(function(arc) { polygon(arc, i); }); }
  };

  objects.forEach(geometry);

  for (var i in indexesByArc) {
    for (var indexes = indexesByArc[i], m = indexes.length, j = 0; j < m; ++j) {
      for (var k = j + 1; k < m; ++k) {
        var ij = indexes[j], ik = indexes[k], n;
        if ((n = neighbors[ij])[i = bisect(n, ik)] !== ik) n.splice(i, 0, ik);
        if ((n = neighbors[ik])[i = bisect(n, ij)] !== ij) n.splice(i, 0, ij);
      }
    }
  }

  return neighbors;
}

function untransform(transform) {
  if (transform == null) return identity;
  var x0,
      y0,
      kx = transform.scale[0],
      ky = transform.scale[1],
      dx = transform.translate[0],
      dy = transform.translate[1];
  return function(input, i) {
    if (!i) x0 = y0 = 0;
    var j = 2,
        n = input.length,
        output = new Array(n),
        x1 = Math.round((input[0] - dx) / kx),
        y1 = Math.round((input[1] - dy) / ky);
    output[0] = x1 - x0, x0 = x1;
    output[1] = y1 - y0, y0 = y1;
    while (j < n) output[j] = input[j], ++j;
    return output;
  };
}

function quantize(topology, transform) {
  if (topology.transform) throw new Error("already quantized");

  if (!transform || !transform.scale) {
    if (!((n = Math.floor(transform)) >= 2)) throw new Error("n must be ≥2");
    box = topology.bbox || bbox(topology);
    var x0 = box[0], y0 = box[1], x1 = box[2], y1 = box[3], n;
    transform = {scale: [x1 - x0 ? (x1 - x0) / (n - 1) : 1, y1 - y0 ? (y1 - y0) / (n - 1) : 1], translate: [x0, y0]};
  } else {
    box = topology.bbox;
  }

  var t = untransform(transform), box, key, inputs = topology.objects, outputs = {};

  function quantizePoint(point) {
    return t(point);
  }

  function quantizeGeometry(input) {
    var output;
    switch (input.type) {
      case "GeometryCollection": output = {type: "GeometryCollection", geometries: input.geometries.map(quantizeGeometry)}; break;
      case "Point": output = {type: "Point", coordinates: quantizePoint(input.coordinates)}; break;
      case "MultiPoint": output = {type: "MultiPoint", coordinates: input.coordinates.map(quantizePoint)}; break;
      default: return input;
    }
    if (input.id != null) output.id = input.id;
    if (input.bbox != null) output.bbox = input.bbox;
    if (input.properties != null) output.properties = input.properties;
    return output;
  }

  function quantizeArc(input) {
    var i = 0, j = 1, n = input.length, p, output = new Array(n); // pessimistic
    output[0] = t(input[0], 0);
    while (++i < n) if ((p = t(input[i], i))[0] || p[1]) output[j++] = p; // non-coincident points
    if (j === 1) output[j++] = [0, 0]; // an arc must have at least two points
    output.length = j;
    return output;
  }

  for (key in inputs) outputs[key] = quantizeGeometry(inputs[key]);

  return {
    type: "Topology",
    bbox: box,
    transform: transform,
    objects: outputs,
    arcs: topology.arcs.map(quantizeArc)
  };
}

exports.bbox = bbox;
exports.feature = feature;
exports.merge = merge;
exports.mergeArcs = mergeArcs;
exports.mesh = mesh;
exports.meshArcs = meshArcs;
exports.neighbors = neighbors;
exports.quantize = quantize;
exports.transform = transform;
exports.untransform = untransform;

Object.defineProperty(exports, '__esModule', { value: true });

}));


/***/ }),

/***/ 970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  om: () => (/* binding */ equalEarth),
  zF: () => (/* binding */ d3_geo_index)
});

// UNUSED EXPORTS: geoAlbers, geoAlbersUsa, geoArea, geoAzimuthalEqualArea, geoAzimuthalEqualAreaRaw, geoAzimuthalEquidistant, geoAzimuthalEquidistantRaw, geoBounds, geoCentroid, geoCircle, geoClipAntimeridian, geoClipCircle, geoClipExtent, geoClipRectangle, geoConicConformal, geoConicConformalRaw, geoConicEqualArea, geoConicEqualAreaRaw, geoConicEquidistant, geoConicEquidistantRaw, geoContains, geoDistance, geoEqualEarthRaw, geoEquirectangular, geoEquirectangularRaw, geoGnomonic, geoGnomonicRaw, geoGraticule, geoGraticule10, geoIdentity, geoInterpolate, geoLength, geoMercator, geoMercatorRaw, geoNaturalEarth1, geoNaturalEarth1Raw, geoOrthographic, geoOrthographicRaw, geoProjection, geoProjectionMutator, geoRotation, geoStereographic, geoStereographicRaw, geoStream, geoTransform, geoTransverseMercator, geoTransverseMercatorRaw

;// CONCATENATED MODULE: ./node_modules/d3-array/dist/d3-array.mjs
// https://d3js.org/d3-array/ v3.2.5 Copyright 2010-2026 Mike Bostock
function ascending(a, b) {
  return a == null || b == null ? NaN : a < b ? -1 : a > b ? 1 : a >= b ? 0 : NaN;
}

function descending(a, b) {
  return a == null || b == null ? NaN
    : b < a ? -1
    : b > a ? 1
    : b >= a ? 0
    : NaN;
}

function bisector(f) {
  let compare1, compare2, delta;

  // If an accessor is specified, promote it to a comparator. In this case we
  // can test whether the search value is (self-) comparable. We can’t do this
  // for a comparator (except for specific, known comparators) because we can’t
  // tell if the comparator is symmetric, and an asymmetric comparator can’t be
  // used to test whether a single value is comparable.
  if (f.length !== 2) {
    compare1 = ascending;
    compare2 = (d, x) => ascending(f(d), x);
    delta = (d, x) => f(d) - x;
  } else {
    compare1 = f === ascending || f === descending ? f : zero;
    compare2 = f;
    delta = f;
  }

  function left(a, x, lo = 0, hi = a.length) {
    if (lo < hi) {
      if (compare1(x, x) !== 0) return hi;
      do {
        const mid = (lo + hi) >>> 1;
        if (compare2(a[mid], x) < 0) lo = mid + 1;
        else hi = mid;
      } while (lo < hi);
    }
    return lo;
  }

  function right(a, x, lo = 0, hi = a.length) {
    if (lo < hi) {
      if (compare1(x, x) !== 0) return hi;
      do {
        const mid = (lo + hi) >>> 1;
        if (compare2(a[mid], x) <= 0) lo = mid + 1;
        else hi = mid;
      } while (lo < hi);
    }
    return lo;
  }

  function center(a, x, lo = 0, hi = a.length) {
    const i = left(a, x, lo, hi - 1);
    return i > lo && delta(a[i - 1], x) > -delta(a[i], x) ? i - 1 : i;
  }

  return {left, center, right};
}

function zero() {
  return 0;
}

function number(x) {
  return x === null ? NaN : +x;
}

function* numbers(values, valueof) {
  if (valueof === undefined) {
    for (let value of values) {
      if (value != null && (value = +value) >= value) {
        yield value;
      }
    }
  } else {
    let index = -1;
    for (let value of values) {
      if ((value = valueof(value, ++index, values)) != null && (value = +value) >= value) {
        yield value;
      }
    }
  }
}

const ascendingBisect = bisector(ascending);
const bisectRight = ascendingBisect.right;
const bisectLeft = ascendingBisect.left;
const bisectCenter = bisector(number).center;

function d3_array_blur(values, r) {
  if (!((r = +r) >= 0)) throw new RangeError("invalid r");
  let length = values.length;
  if (!((length = Math.floor(length)) >= 0)) throw new RangeError("invalid length");
  if (!length || !r) return values;
  const blur = blurf(r);
  const temp = values.slice();
  blur(values, temp, 0, length, 1);
  blur(temp, values, 0, length, 1);
  blur(values, temp, 0, length, 1);
  return values;
}

const blur2 = Blur2(blurf);

const blurImage = Blur2(blurfImage);

function Blur2(blur) {
  return function(data, rx, ry = rx) {
    if (!((rx = +rx) >= 0)) throw new RangeError("invalid rx");
    if (!((ry = +ry) >= 0)) throw new RangeError("invalid ry");
    let {data: values, width, height} = data;
    if (!((width = Math.floor(width)) >= 0)) throw new RangeError("invalid width");
    if (!((height = Math.floor(height !== undefined ? height : values.length / width)) >= 0)) throw new RangeError("invalid height");
    if (!width || !height || (!rx && !ry)) return data;
    const blurx = rx && blur(rx);
    const blury = ry && blur(ry);
    const temp = values.slice();
    if (blurx && blury) {
      blurh(blurx, temp, values, width, height);
      blurh(blurx, values, temp, width, height);
      blurh(blurx, temp, values, width, height);
      blurv(blury, values, temp, width, height);
      blurv(blury, temp, values, width, height);
      blurv(blury, values, temp, width, height);
    } else if (blurx) {
      blurh(blurx, values, temp, width, height);
      blurh(blurx, temp, values, width, height);
      blurh(blurx, values, temp, width, height);
    } else if (blury) {
      blurv(blury, values, temp, width, height);
      blurv(blury, temp, values, width, height);
      blurv(blury, values, temp, width, height);
    }
    return data;
  };
}

function blurh(blur, T, S, w, h) {
  for (let y = 0, n = w * h; y < n;) {
    blur(T, S, y, y += w, 1);
  }
}

function blurv(blur, T, S, w, h) {
  for (let x = 0, n = w * h; x < w; ++x) {
    blur(T, S, x, x + n, w);
  }
}

function blurfImage(radius) {
  const blur = blurf(radius);
  return (T, S, start, stop, step) => {
    start <<= 2, stop <<= 2, step <<= 2;
    blur(T, S, start + 0, stop + 0, step);
    blur(T, S, start + 1, stop + 1, step);
    blur(T, S, start + 2, stop + 2, step);
    blur(T, S, start + 3, stop + 3, step);
  };
}

// Given a target array T, a source array S, sets each value T[i] to the average
// of {S[i - r], …, S[i], …, S[i + r]}, where r = ⌊radius⌋, start <= i < stop,
// for each i, i + step, i + 2 * step, etc., and where S[j] is clamped between
// S[start] (inclusive) and S[stop] (exclusive). If the given radius is not an
// integer, S[i - r - 1] and S[i + r + 1] are added to the sum, each weighted
// according to r - ⌊radius⌋.
function blurf(radius) {
  const radius0 = Math.floor(radius);
  if (radius0 === radius) return bluri(radius);
  const t = radius - radius0;
  const w = 2 * radius + 1;
  return (T, S, start, stop, step) => { // stop must be aligned!
    if (!((stop -= step) >= start)) return; // inclusive stop
    let sum = radius0 * S[start];
    const s0 = step * radius0;
    const s1 = s0 + step;
    for (let i = start, j = start + s0; i < j; i += step) {
      sum += S[Math.min(stop, i)];
    }
    for (let i = start, j = stop; i <= j; i += step) {
      sum += S[Math.min(stop, i + s0)];
      T[i] = (sum + t * (S[Math.max(start, i - s1)] + S[Math.min(stop, i + s1)])) / w;
      sum -= S[Math.max(start, i - s0)];
    }
  };
}

// Like blurf, but optimized for integer radius.
function bluri(radius) {
  const w = 2 * radius + 1;
  return (T, S, start, stop, step) => { // stop must be aligned!
    if (!((stop -= step) >= start)) return; // inclusive stop
    let sum = radius * S[start];
    const s = step * radius;
    for (let i = start, j = start + s; i < j; i += step) {
      sum += S[Math.min(stop, i)];
    }
    for (let i = start, j = stop; i <= j; i += step) {
      sum += S[Math.min(stop, i + s)];
      T[i] = sum / w;
      sum -= S[Math.max(start, i - s)];
    }
  };
}

function count(values, valueof) {
  let count = 0;
  if (valueof === undefined) {
    for (let value of values) {
      if (value != null && (value = +value) >= value) {
        ++count;
      }
    }
  } else {
    let index = -1;
    for (let value of values) {
      if ((value = valueof(value, ++index, values)) != null && (value = +value) >= value) {
        ++count;
      }
    }
  }
  return count;
}

function length$1(array) {
  return array.length | 0;
}

function empty(length) {
  return !(length > 0);
}

function arrayify(values) {
  return typeof values !== "object" || "length" in values ? values : Array.from(values);
}

function reducer(reduce) {
  return values => reduce(...values);
}

function cross(...values) {
  const reduce = typeof values[values.length - 1] === "function" && reducer(values.pop());
  values = values.map(arrayify);
  const lengths = values.map(length$1);
  const j = values.length - 1;
  const index = new Array(j + 1).fill(0);
  const product = [];
  if (j < 0 || lengths.some(empty)) return product;
  while (true) {
    product.push(index.map((j, i) => values[i][j]));
    let i = j;
    while (++index[i] === lengths[i]) {
      if (i === 0) return reduce ? product.map(reduce) : product;
      index[i--] = 0;
    }
  }
}

function cumsum(values, valueof) {
  var sum = 0, index = 0;
  return Float64Array.from(values, valueof === undefined
    ? v => (sum += +v || 0)
    : v => (sum += +valueof(v, index++, values) || 0));
}

function variance(values, valueof) {
  let count = 0;
  let delta;
  let mean = 0;
  let sum = 0;
  if (valueof === undefined) {
    for (let value of values) {
      if (value != null && (value = +value) >= value) {
        delta = value - mean;
        mean += delta / ++count;
        sum += delta * (value - mean);
      }
    }
  } else {
    let index = -1;
    for (let value of values) {
      if ((value = valueof(value, ++index, values)) != null && (value = +value) >= value) {
        delta = value - mean;
        mean += delta / ++count;
        sum += delta * (value - mean);
      }
    }
  }
  if (count > 1) return sum / (count - 1);
}

function deviation(values, valueof) {
  const v = variance(values, valueof);
  return v ? Math.sqrt(v) : v;
}

function extent(values, valueof) {
  let min;
  let max;
  if (valueof === undefined) {
    for (const value of values) {
      if (value != null) {
        if (min === undefined) {
          if (value >= value) min = max = value;
        } else {
          if (min > value) min = value;
          if (max < value) max = value;
        }
      }
    }
  } else {
    let index = -1;
    for (let value of values) {
      if ((value = valueof(value, ++index, values)) != null) {
        if (min === undefined) {
          if (value >= value) min = max = value;
        } else {
          if (min > value) min = value;
          if (max < value) max = value;
        }
      }
    }
  }
  return [min, max];
}

// https://github.com/python/cpython/blob/a74eea238f5baba15797e2e8b570d153bc8690a7/Modules/mathmodule.c#L1423
class d3_array_Adder {
  constructor() {
    this._partials = new Float64Array(32);
    this._n = 0;
  }
  add(x) {
    const p = this._partials;
    let i = 0;
    for (let j = 0; j < this._n && j < 32; j++) {
      const y = p[j],
        hi = x + y,
        lo = Math.abs(x) < Math.abs(y) ? x - (hi - y) : y - (hi - x);
      if (lo) p[i++] = lo;
      x = hi;
    }
    p[i] = x;
    this._n = i + 1;
    return this;
  }
  valueOf() {
    const p = this._partials;
    let n = this._n, x, y, lo, hi = 0;
    if (n > 0) {
      hi = p[--n];
      while (n > 0) {
        x = hi;
        y = p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo) break;
      }
      if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
        y = lo * 2;
        x = hi + y;
        if (y == x - hi) hi = x;
      }
    }
    return hi;
  }
}

function fsum(values, valueof) {
  const adder = new d3_array_Adder();
  if (valueof === undefined) {
    for (let value of values) {
      if (value = +value) {
        adder.add(value);
      }
    }
  } else {
    let index = -1;
    for (let value of values) {
      if (value = +valueof(value, ++index, values)) {
        adder.add(value);
      }
    }
  }
  return +adder;
}

function fcumsum(values, valueof) {
  const adder = new d3_array_Adder();
  let index = -1;
  return Float64Array.from(values, valueof === undefined
      ? v => adder.add(+v || 0)
      : v => adder.add(+valueof(v, ++index, values) || 0)
  );
}

class InternMap extends Map {
  constructor(entries, key = keyof) {
    super();
    Object.defineProperties(this, {_intern: {value: new Map()}, _key: {value: key}});
    if (entries != null) for (const [key, value] of entries) this.set(key, value);
  }
  get(key) {
    return super.get(intern_get(this, key));
  }
  has(key) {
    return super.has(intern_get(this, key));
  }
  set(key, value) {
    return super.set(intern_set(this, key), value);
  }
  delete(key) {
    return super.delete(intern_delete(this, key));
  }
}

class InternSet extends Set {
  constructor(values, key = keyof) {
    super();
    Object.defineProperties(this, {_intern: {value: new Map()}, _key: {value: key}});
    if (values != null) for (const value of values) this.add(value);
  }
  has(value) {
    return super.has(intern_get(this, value));
  }
  add(value) {
    return super.add(intern_set(this, value));
  }
  delete(value) {
    return super.delete(intern_delete(this, value));
  }
}

function intern_get({_intern, _key}, value) {
  const key = _key(value);
  return _intern.has(key) ? _intern.get(key) : value;
}

function intern_set({_intern, _key}, value) {
  const key = _key(value);
  if (_intern.has(key)) return _intern.get(key);
  _intern.set(key, value);
  return value;
}

function intern_delete({_intern, _key}, value) {
  const key = _key(value);
  if (_intern.has(key)) {
    value = _intern.get(key);
    _intern.delete(key);
  }
  return value;
}

function keyof(value) {
  return value !== null && typeof value === "object" ? value.valueOf() : value;
}

function identity(x) {
  return x;
}

function group(values, ...keys) {
  return nest(values, identity, identity, keys);
}

function groups(values, ...keys) {
  return nest(values, Array.from, identity, keys);
}

function flatten$1(groups, keys) {
  for (let i = 1, n = keys.length; i < n; ++i) {
    groups = groups.flatMap(g => g.pop().map(([key, value]) => [...g, key, value]));
  }
  return groups;
}

function flatGroup(values, ...keys) {
  return flatten$1(groups(values, ...keys), keys);
}

function flatRollup(values, reduce, ...keys) {
  return flatten$1(rollups(values, reduce, ...keys), keys);
}

function rollup(values, reduce, ...keys) {
  return nest(values, identity, reduce, keys);
}

function rollups(values, reduce, ...keys) {
  return nest(values, Array.from, reduce, keys);
}

function index(values, ...keys) {
  return nest(values, identity, unique, keys);
}

function indexes(values, ...keys) {
  return nest(values, Array.from, unique, keys);
}

function unique(values) {
  if (values.length !== 1) throw new Error("duplicate key");
  return values[0];
}

function nest(values, map, reduce, keys) {
  return (function regroup(values, i) {
    if (i >= keys.length) return reduce(values);
    const groups = new InternMap();
    const keyof = keys[i++];
    let index = -1;
    for (const value of values) {
      const key = keyof(value, ++index, values);
      const group = groups.get(key);
      if (group) group.push(value);
      else groups.set(key, [value]);
    }
    for (const [key, values] of groups) {
      groups.set(key, regroup(values, i));
    }
    return map(groups);
  })(values, 0);
}

function permute(source, keys) {
  return Array.from(keys, key => source[key]);
}

function sort(values, ...F) {
  if (typeof values[Symbol.iterator] !== "function") throw new TypeError("values is not iterable");
  values = Array.from(values);
  let [f] = F;
  if ((f && f.length !== 2) || F.length > 1) {
    const index = Uint32Array.from(values, (d, i) => i);
    if (F.length > 1) {
      F = F.map(f => values.map(f));
      index.sort((i, j) => {
        for (const f of F) {
          const c = ascendingDefined(f[i], f[j]);
          if (c) return c;
        }
      });
    } else {
      f = values.map(f);
      index.sort((i, j) => ascendingDefined(f[i], f[j]));
    }
    return permute(values, index);
  }
  return values.sort(compareDefined(f));
}

function compareDefined(compare = ascending) {
  if (compare === ascending) return ascendingDefined;
  if (typeof compare !== "function") throw new TypeError("compare is not a function");
  return (a, b) => {
    const x = compare(a, b);
    if (x || x === 0) return x;
    return (compare(b, b) === 0) - (compare(a, a) === 0);
  };
}

function ascendingDefined(a, b) {
  return (a == null || !(a >= a)) - (b == null || !(b >= b)) || (a < b ? -1 : a > b ? 1 : 0);
}

function groupSort(values, reduce, key) {
  return (reduce.length !== 2
    ? sort(rollup(values, reduce, key), (([ak, av], [bk, bv]) => ascending(av, bv) || ascending(ak, bk)))
    : sort(group(values, key), (([ak, av], [bk, bv]) => reduce(av, bv) || ascending(ak, bk))))
    .map(([key]) => key);
}

var array = Array.prototype;

var slice = array.slice;

function constant(x) {
  return () => x;
}

const e10 = Math.sqrt(50),
    e5 = Math.sqrt(10),
    e2 = Math.sqrt(2);

function tickSpec(start, stop, count) {
  const step = (stop - start) / Math.max(0, count),
      power = Math.floor(Math.log10(step)),
      error = step / Math.pow(10, power),
      factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
  let i1, i2, inc;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

function ticks(start, stop, count) {
  stop = +stop, start = +start, count = +count;
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start, [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1, ticks = new Array(n);
  if (reverse) {
    if (inc < 0) for (let i = 0; i < n; ++i) ticks[i] = (i2 - i) / -inc;
    else for (let i = 0; i < n; ++i) ticks[i] = (i2 - i) * inc;
  } else {
    if (inc < 0) for (let i = 0; i < n; ++i) ticks[i] = (i1 + i) / -inc;
    else for (let i = 0; i < n; ++i) ticks[i] = (i1 + i) * inc;
  }
  return ticks;
}

function tickIncrement(start, stop, count) {
  stop = +stop, start = +start, count = +count;
  return tickSpec(start, stop, count)[2];
}

function tickStep(start, stop, count) {
  stop = +stop, start = +start, count = +count;
  const reverse = stop < start, inc = reverse ? tickIncrement(stop, start, count) : tickIncrement(start, stop, count);
  return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc);
}

function nice(start, stop, count) {
  let prestep;
  while (true) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep || step === 0 || !isFinite(step)) {
      return [start, stop];
    } else if (step > 0) {
      const i = Math.ceil(start / step);
      const j = Math.floor(stop / step);
      start = (i - (i * step > start)) * step;
      stop = (j + (j * step < stop)) * step;
    } else if (step < 0) {
      const s = -step;
      const i = Math.ceil(start * s);
      const j = Math.floor(stop * s);
      start = (i - (i / s > start)) / s;
      stop = (j + (j / s < stop)) / s;
    }
    prestep = step;
  }
}

function thresholdSturges(values) {
  return Math.max(1, Math.ceil(Math.log(count(values)) / Math.LN2) + 1);
}

function bin() {
  var value = identity,
      domain = extent,
      threshold = thresholdSturges;

  function histogram(data) {
    if (!Array.isArray(data)) data = Array.from(data);

    var i,
        n = data.length,
        x,
        step,
        values = new Array(n);

    for (i = 0; i < n; ++i) {
      values[i] = value(data[i], i, data);
    }

    var xz = domain(values),
        x0 = xz[0],
        x1 = xz[1],
        tz = threshold(values, x0, x1);

    // Convert number of thresholds into uniform thresholds, and nice the
    // default domain accordingly.
    if (!Array.isArray(tz)) {
      const max = x1, tn = +tz;
      if (domain === extent) [x0, x1] = nice(x0, x1, tn);
      tz = ticks(x0, x1, tn);

      // If the domain is aligned with the first tick (which it will by
      // default), then we can use quantization rather than bisection to bin
      // values, which is substantially faster.
      if (tz[0] <= x0) step = tickIncrement(x0, x1, tn);

      // If the last threshold is coincident with the domain’s upper bound, the
      // last bin will be zero-width. If the default domain is used, and this
      // last threshold is coincident with the maximum input value, we can
      // extend the niced upper bound by one tick to ensure uniform bin widths;
      // otherwise, we simply remove the last threshold. Note that we don’t
      // coerce values or the domain to numbers, and thus must be careful to
      // compare order (>=) rather than strict equality (===)!
      if (tz[tz.length - 1] >= x1) {
        if (max >= x1 && domain === extent) {
          const step = tickIncrement(x0, x1, tn);
          if (isFinite(step)) {
            if (step > 0) {
              x1 = (Math.floor(x1 / step) + 1) * step;
            } else if (step < 0) {
              x1 = (Math.ceil(x1 * -step) + 1) / -step;
            }
          }
        } else {
          tz.pop();
        }
      }
    }

    // Remove any thresholds outside the domain.
    // Be careful not to mutate an array owned by the user!
    var m = tz.length, a = 0, b = m;
    while (tz[a] <= x0) ++a;
    while (tz[b - 1] > x1) --b;
    if (a || b < m) tz = tz.slice(a, b), m = b - a;

    var bins = new Array(m + 1),
        bin;

    // Initialize bins.
    for (i = 0; i <= m; ++i) {
      bin = bins[i] = [];
      bin.x0 = i > 0 ? tz[i - 1] : x0;
      bin.x1 = i < m ? tz[i] : x1;
    }

    // Assign data to bins by value, ignoring any outside the domain.
    if (isFinite(step)) {
      if (step > 0) {
        for (i = 0; i < n; ++i) {
          if ((x = values[i]) != null && x0 <= x && x <= x1) {
            bins[Math.min(m, Math.floor((x - x0) / step))].push(data[i]);
          }
        }
      } else if (step < 0) {
        for (i = 0; i < n; ++i) {
          if ((x = values[i]) != null && x0 <= x && x <= x1) {
            const j = Math.floor((x0 - x) * step);
            bins[Math.min(m, j + (tz[j] <= x))].push(data[i]); // handle off-by-one due to rounding
          }
        }
      }
    } else {
      for (i = 0; i < n; ++i) {
        if ((x = values[i]) != null && x0 <= x && x <= x1) {
          bins[bisectRight(tz, x, 0, m)].push(data[i]);
        }
      }
    }

    return bins;
  }

  histogram.value = function(_) {
    return arguments.length ? (value = typeof _ === "function" ? _ : constant(_), histogram) : value;
  };

  histogram.domain = function(_) {
    return arguments.length ? (domain = typeof _ === "function" ? _ : constant([_[0], _[1]]), histogram) : domain;
  };

  histogram.thresholds = function(_) {
    return arguments.length ? (threshold = typeof _ === "function" ? _ : constant(Array.isArray(_) ? slice.call(_) : _), histogram) : threshold;
  };

  return histogram;
}

function max(values, valueof) {
  let max;
  if (valueof === undefined) {
    for (const value of values) {
      if (value != null
          && (max < value || (max === undefined && value >= value))) {
        max = value;
      }
    }
  } else {
    let index = -1;
    for (let value of values) {
      if ((value = valueof(value, ++index, values)) != null
          && (max < value || (max === undefined && value >= value))) {
        max = value;
      }
    }
  }
  return max;
}

function maxIndex(values, valueof) {
  let max;
  let maxIndex = -1;
  let index = -1;
  if (valueof === undefined) {
    for (const value of values) {
      ++index;
      if (value != null
          && (max < value || (max === undefined && value >= value))) {
        max = value, maxIndex = index;
      }
    }
  } else {
    for (let value of values) {
      if ((value = valueof(value, ++index, values)) != null
          && (max < value || (max === undefined && value >= value))) {
        max = value, maxIndex = index;
      }
    }
  }
  return maxIndex;
}

function min(values, valueof) {
  let min;
  if (valueof === undefined) {
    for (const value of values) {
      if (value != null
          && (min > value || (min === undefined && value >= value))) {
        min = value;
      }
    }
  } else {
    let index = -1;
    for (let value of values) {
      if ((value = valueof(value, ++index, values)) != null
          && (min > value || (min === undefined && value >= value))) {
        min = value;
      }
    }
  }
  return min;
}

function minIndex(values, valueof) {
  let min;
  let minIndex = -1;
  let index = -1;
  if (valueof === undefined) {
    for (const value of values) {
      ++index;
      if (value != null
          && (min > value || (min === undefined && value >= value))) {
        min = value, minIndex = index;
      }
    }
  } else {
    for (let value of values) {
      if ((value = valueof(value, ++index, values)) != null
          && (min > value || (min === undefined && value >= value))) {
        min = value, minIndex = index;
      }
    }
  }
  return minIndex;
}

// Based on https://github.com/mourner/quickselect
// ISC license, Copyright 2018 Vladimir Agafonkin.
function quickselect(array, k, left = 0, right = Infinity, compare) {
  k = Math.floor(k);
  left = Math.floor(Math.max(0, left));
  right = Math.floor(Math.min(array.length - 1, right));

  if (!(left <= k && k <= right)) return array;

  compare = compare === undefined ? ascendingDefined : compareDefined(compare);

  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp(2 * z / 3);
      const sd = 0.5 * Math.sqrt(z * s * (n - s) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - m * s / n + sd));
      const newRight = Math.min(right, Math.floor(k + (n - m) * s / n + sd));
      quickselect(array, k, newLeft, newRight, compare);
    }

    const t = array[k];
    let i = left;
    let j = right;

    swap(array, left, k);
    if (compare(array[right], t) > 0) swap(array, left, right);

    while (i < j) {
      swap(array, i, j), ++i, --j;
      while (compare(array[i], t) < 0) ++i;
      while (compare(array[j], t) > 0) --j;
    }

    if (compare(array[left], t) === 0) swap(array, left, j);
    else ++j, swap(array, j, right);

    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }

  return array;
}

function swap(array, i, j) {
  const t = array[i];
  array[i] = array[j];
  array[j] = t;
}

function greatest(values, compare = ascending) {
  let max;
  let defined = false;
  if (compare.length === 1) {
    let maxValue;
    for (const element of values) {
      const value = compare(element);
      if (defined
          ? ascending(value, maxValue) > 0
          : ascending(value, value) === 0) {
        max = element;
        maxValue = value;
        defined = true;
      }
    }
  } else {
    for (const value of values) {
      if (defined
          ? compare(value, max) > 0
          : compare(value, value) === 0) {
        max = value;
        defined = true;
      }
    }
  }
  return max;
}

function quantile(values, p, valueof) {
  values = Float64Array.from(numbers(values, valueof));
  if (!(n = values.length) || isNaN(p = +p)) return;
  if (p <= 0 || n < 2) return min(values);
  if (p >= 1) return max(values);
  var n,
      i = (n - 1) * p,
      i0 = Math.floor(i),
      value0 = max(quickselect(values, i0).subarray(0, i0 + 1)),
      value1 = min(values.subarray(i0 + 1));
  return value0 + (value1 - value0) * (i - i0);
}

function quantileSorted(values, p, valueof = number) {
  if (!(n = values.length) || isNaN(p = +p)) return;
  if (p <= 0 || n < 2) return +valueof(values[0], 0, values);
  if (p >= 1) return +valueof(values[n - 1], n - 1, values);
  var n,
      i = (n - 1) * p,
      i0 = Math.floor(i),
      value0 = +valueof(values[i0], i0, values),
      value1 = +valueof(values[i0 + 1], i0 + 1, values);
  return value0 + (value1 - value0) * (i - i0);
}

function quantileIndex(values, p, valueof = number) {
  if (isNaN(p = +p)) return;
  numbers = Float64Array.from(values, (_, i) => number(valueof(values[i], i, values)));
  if (p <= 0) return minIndex(numbers);
  if (p >= 1) return maxIndex(numbers);
  var numbers,
      index = Uint32Array.from(values, (_, i) => i),
      j = numbers.length - 1,
      i = Math.floor(j * p);
  quickselect(index, i, 0, j, (i, j) => ascendingDefined(numbers[i], numbers[j]));
  i = greatest(index.subarray(0, i + 1), (i) => numbers[i]);
  return i >= 0 ? i : -1;
}

function thresholdFreedmanDiaconis(values, min, max) {
  const c = count(values), d = quantile(values, 0.75) - quantile(values, 0.25);
  return c && d ? Math.ceil((max - min) / (2 * d * Math.pow(c, -1 / 3))) : 1;
}

function thresholdScott(values, min, max) {
  const c = count(values), d = deviation(values);
  return c && d ? Math.ceil((max - min) * Math.cbrt(c) / (3.49 * d)) : 1;
}

function mean(values, valueof) {
  let count = 0;
  let sum = 0;
  if (valueof === undefined) {
    for (let value of values) {
      if (value != null && (value = +value) >= value) {
        ++count, sum += value;
      }
    }
  } else {
    let index = -1;
    for (let value of values) {
      if ((value = valueof(value, ++index, values)) != null && (value = +value) >= value) {
        ++count, sum += value;
      }
    }
  }
  if (count) return sum / count;
}

function median(values, valueof) {
  return quantile(values, 0.5, valueof);
}

function medianIndex(values, valueof) {
  return quantileIndex(values, 0.5, valueof);
}

function* flatten(arrays) {
  for (const array of arrays) {
    yield* array;
  }
}

function merge(arrays) {
  return Array.from(flatten(arrays));
}

function mode(values, valueof) {
  const counts = new InternMap();
  if (valueof === undefined) {
    for (let value of values) {
      if (value != null && value >= value) {
        counts.set(value, (counts.get(value) || 0) + 1);
      }
    }
  } else {
    let index = -1;
    for (let value of values) {
      if ((value = valueof(value, ++index, values)) != null && value >= value) {
        counts.set(value, (counts.get(value) || 0) + 1);
      }
    }
  }
  let modeValue;
  let modeCount = 0;
  for (const [value, count] of counts) {
    if (count > modeCount) {
      modeCount = count;
      modeValue = value;
    }
  }
  return modeValue;
}

function pairs(values, pairof = pair) {
  const pairs = [];
  let previous;
  let first = false;
  for (const value of values) {
    if (first) pairs.push(pairof(previous, value));
    previous = value;
    first = true;
  }
  return pairs;
}

function pair(a, b) {
  return [a, b];
}

function range(start, stop, step) {
  start = +start, stop = +stop, step = (n = arguments.length) < 2 ? (stop = start, start = 0, 1) : n < 3 ? 1 : +step;

  var i = -1,
      n = Math.max(0, Math.ceil((stop - start) / step)) | 0,
      range = new Array(n);

  while (++i < n) {
    range[i] = start + i * step;
  }

  return range;
}

function rank(values, valueof = ascending) {
  if (typeof values[Symbol.iterator] !== "function") throw new TypeError("values is not iterable");
  let V = Array.from(values);
  const R = new Float64Array(V.length);
  if (valueof.length !== 2) V = V.map(valueof), valueof = ascending;
  const compareIndex = (i, j) => valueof(V[i], V[j]);
  let k, r;
  values = Uint32Array.from(V, (_, i) => i);
  // Risky chaining due to Safari 14 https://github.com/d3/d3-array/issues/123
  values.sort(valueof === ascending ? (i, j) => ascendingDefined(V[i], V[j]) : compareDefined(compareIndex));
  values.forEach((j, i) => {
      const c = compareIndex(j, k === undefined ? j : k);
      if (c >= 0) {
        if (k === undefined || c > 0) k = j, r = i;
        R[j] = r;
      } else {
        R[j] = NaN;
      }
    });
  return R;
}

function least(values, compare = ascending) {
  let min;
  let defined = false;
  if (compare.length === 1) {
    let minValue;
    for (const element of values) {
      const value = compare(element);
      if (defined
          ? ascending(value, minValue) < 0
          : ascending(value, value) === 0) {
        min = element;
        minValue = value;
        defined = true;
      }
    }
  } else {
    for (const value of values) {
      if (defined
          ? compare(value, min) < 0
          : compare(value, value) === 0) {
        min = value;
        defined = true;
      }
    }
  }
  return min;
}

function leastIndex(values, compare = ascending) {
  if (compare.length === 1) return minIndex(values, compare);
  let minValue;
  let min = -1;
  let index = -1;
  for (const value of values) {
    ++index;
    if (min < 0
        ? compare(value, value) === 0
        : compare(value, minValue) < 0) {
      minValue = value;
      min = index;
    }
  }
  return min;
}

function greatestIndex(values, compare = ascending) {
  if (compare.length === 1) return maxIndex(values, compare);
  let maxValue;
  let max = -1;
  let index = -1;
  for (const value of values) {
    ++index;
    if (max < 0
        ? compare(value, value) === 0
        : compare(value, maxValue) > 0) {
      maxValue = value;
      max = index;
    }
  }
  return max;
}

function scan(values, compare) {
  const index = leastIndex(values, compare);
  return index < 0 ? undefined : index;
}

var shuffle = shuffler(Math.random);

function shuffler(random) {
  return function shuffle(array, i0 = 0, i1 = array.length) {
    let m = i1 - (i0 = +i0);
    while (m) {
      const i = random() * m-- | 0, t = array[m + i0];
      array[m + i0] = array[i + i0];
      array[i + i0] = t;
    }
    return array;
  };
}

function sum(values, valueof) {
  let sum = 0;
  if (valueof === undefined) {
    for (let value of values) {
      if (value = +value) {
        sum += value;
      }
    }
  } else {
    let index = -1;
    for (let value of values) {
      if (value = +valueof(value, ++index, values)) {
        sum += value;
      }
    }
  }
  return sum;
}

function transpose(matrix) {
  if (!(n = matrix.length)) return [];
  for (var i = -1, m = min(matrix, d3_array_length), transpose = new Array(m); ++i < m;) {
    for (var j = -1, n, row = transpose[i] = new Array(n); ++j < n;) {
      row[j] = matrix[j][i];
    }
  }
  return transpose;
}

function d3_array_length(d) {
  return d.length;
}

function zip() {
  return transpose(arguments);
}

function every(values, test) {
  if (typeof test !== "function") throw new TypeError("test is not a function");
  let index = -1;
  for (const value of values) {
    if (!test(value, ++index, values)) {
      return false;
    }
  }
  return true;
}

function some(values, test) {
  if (typeof test !== "function") throw new TypeError("test is not a function");
  let index = -1;
  for (const value of values) {
    if (test(value, ++index, values)) {
      return true;
    }
  }
  return false;
}

function filter(values, test) {
  if (typeof test !== "function") throw new TypeError("test is not a function");
  const array = [];
  let index = -1;
  for (const value of values) {
    if (test(value, ++index, values)) {
      array.push(value);
    }
  }
  return array;
}

function map(values, mapper) {
  if (typeof values[Symbol.iterator] !== "function") throw new TypeError("values is not iterable");
  if (typeof mapper !== "function") throw new TypeError("mapper is not a function");
  return Array.from(values, (value, index) => mapper(value, index, values));
}

function reduce(values, reducer, value) {
  if (typeof reducer !== "function") throw new TypeError("reducer is not a function");
  const iterator = values[Symbol.iterator]();
  let done, next, index = -1;
  if (arguments.length < 3) {
    ({done, value} = iterator.next());
    if (done) return;
    ++index;
  }
  while (({done, value: next} = iterator.next()), !done) {
    value = reducer(value, next, ++index, values);
  }
  return value;
}

function reverse(values) {
  if (typeof values[Symbol.iterator] !== "function") throw new TypeError("values is not iterable");
  return Array.from(values).reverse();
}

function difference(values, ...others) {
  values = new InternSet(values);
  for (const other of others) {
    for (const value of other) {
      values.delete(value);
    }
  }
  return values;
}

function disjoint(values, other) {
  const iterator = other[Symbol.iterator](), set = new InternSet();
  for (const v of values) {
    if (set.has(v)) return false;
    let value, done;
    while (({value, done} = iterator.next())) {
      if (done) break;
      if (Object.is(v, value)) return false;
      set.add(value);
    }
  }
  return true;
}

function intersection(values, ...others) {
  values = new InternSet(values);
  others = others.map(set);
  out: for (const value of values) {
    for (const other of others) {
      if (!other.has(value)) {
        values.delete(value);
        continue out;
      }
    }
  }
  return values;
}

function set(values) {
  return values instanceof InternSet ? values : new InternSet(values);
}

function superset(values, other) {
  const iterator = values[Symbol.iterator](), set = new Set();
  for (const o of other) {
    const io = intern(o);
    if (set.has(io)) continue;
    let value, done;
    while (({value, done} = iterator.next())) {
      if (done) return false;
      const ivalue = intern(value);
      set.add(ivalue);
      if (Object.is(io, ivalue)) break;
    }
  }
  return true;
}

function intern(value) {
  return value !== null && typeof value === "object" ? value.valueOf() : value;
}

function subset(values, other) {
  return superset(other, values);
}

function union(...others) {
  const set = new InternSet();
  for (const other of others) {
    for (const o of other) {
      set.add(o);
    }
  }
  return set;
}



;// CONCATENATED MODULE: ./node_modules/d3-geo/dist/d3-geo.mjs
// https://d3js.org/d3-geo/ v3.1.2 Copyright 2010-2026 Mike Bostock, 2008-2012 Charles Karney, HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER


var epsilon = 1e-6;
var epsilon2 = 1e-12;
var pi = Math.PI;
var halfPi = pi / 2;
var quarterPi = pi / 4;
var tau = pi * 2;

var degrees = 180 / pi;
var radians = pi / 180;

var abs = Math.abs;
var atan = Math.atan;
var atan2 = Math.atan2;
var cos = Math.cos;
var ceil = Math.ceil;
var exp = Math.exp;
var hypot = Math.hypot;
var log = Math.log;
var pow = Math.pow;
var sin = Math.sin;
var sign = Math.sign || function(x) { return x > 0 ? 1 : x < 0 ? -1 : 0; };
var sqrt = Math.sqrt;
var tan = Math.tan;

function acos(x) {
  return x > 1 ? 0 : x < -1 ? pi : Math.acos(x);
}

function asin(x) {
  return x > 1 ? halfPi : x < -1 ? -halfPi : Math.asin(x);
}

function haversin(x) {
  return (x = sin(x / 2)) * x;
}

function noop() {}

function streamGeometry(geometry, stream) {
  if (geometry && streamGeometryType.hasOwnProperty(geometry.type)) {
    streamGeometryType[geometry.type](geometry, stream);
  }
}

var streamObjectType = {
  Feature: function(object, stream) {
    streamGeometry(object.geometry, stream);
  },
  FeatureCollection: function(object, stream) {
    var features = object.features, i = -1, n = features.length;
    while (++i < n) streamGeometry(features[i].geometry, stream);
  }
};

var streamGeometryType = {
  Sphere: function(object, stream) {
    stream.sphere();
  },
  Point: function(object, stream) {
    object = object.coordinates;
    stream.point(object[0], object[1], object[2]);
  },
  MultiPoint: function(object, stream) {
    var coordinates = object.coordinates, i = -1, n = coordinates.length;
    while (++i < n) object = coordinates[i], stream.point(object[0], object[1], object[2]);
  },
  LineString: function(object, stream) {
    streamLine(object.coordinates, stream, 0);
  },
  MultiLineString: function(object, stream) {
    var coordinates = object.coordinates, i = -1, n = coordinates.length;
    while (++i < n) streamLine(coordinates[i], stream, 0);
  },
  Polygon: function(object, stream) {
    streamPolygon(object.coordinates, stream);
  },
  MultiPolygon: function(object, stream) {
    var coordinates = object.coordinates, i = -1, n = coordinates.length;
    while (++i < n) streamPolygon(coordinates[i], stream);
  },
  GeometryCollection: function(object, stream) {
    var geometries = object.geometries, i = -1, n = geometries.length;
    while (++i < n) streamGeometry(geometries[i], stream);
  }
};

function streamLine(coordinates, stream, closed) {
  var i = -1, n = coordinates.length - closed, coordinate;
  stream.lineStart();
  while (++i < n) coordinate = coordinates[i], stream.point(coordinate[0], coordinate[1], coordinate[2]);
  stream.lineEnd();
}

function streamPolygon(coordinates, stream) {
  var i = -1, n = coordinates.length;
  stream.polygonStart();
  while (++i < n) streamLine(coordinates[i], stream, 1);
  stream.polygonEnd();
}

function geoStream(object, stream) {
  if (object && streamObjectType.hasOwnProperty(object.type)) {
    streamObjectType[object.type](object, stream);
  } else {
    streamGeometry(object, stream);
  }
}

var areaRingSum$1 = new d3_array_Adder();

// hello?

var areaSum$1 = new d3_array_Adder(),
    lambda00$2,
    phi00$2,
    lambda0$2,
    cosPhi0$1,
    sinPhi0$1;

var areaStream$1 = {
  point: noop,
  lineStart: noop,
  lineEnd: noop,
  polygonStart: function() {
    areaRingSum$1 = new d3_array_Adder();
    areaStream$1.lineStart = areaRingStart$1;
    areaStream$1.lineEnd = areaRingEnd$1;
  },
  polygonEnd: function() {
    var areaRing = +areaRingSum$1;
    areaSum$1.add(areaRing < 0 ? tau + areaRing : areaRing);
    this.lineStart = this.lineEnd = this.point = noop;
  },
  sphere: function() {
    areaSum$1.add(tau);
  }
};

function areaRingStart$1() {
  areaStream$1.point = areaPointFirst$1;
}

function areaRingEnd$1() {
  areaPoint$1(lambda00$2, phi00$2);
}

function areaPointFirst$1(lambda, phi) {
  areaStream$1.point = areaPoint$1;
  lambda00$2 = lambda, phi00$2 = phi;
  lambda *= radians, phi *= radians;
  lambda0$2 = lambda, cosPhi0$1 = cos(phi = phi / 2 + quarterPi), sinPhi0$1 = sin(phi);
}

function areaPoint$1(lambda, phi) {
  lambda *= radians, phi *= radians;
  phi = phi / 2 + quarterPi; // half the angular distance from south pole

  // Spherical excess E for a spherical triangle with vertices: south pole,
  // previous point, current point.  Uses a formula derived from Cagnoli’s
  // theorem.  See Todhunter, Spherical Trig. (1871), Sec. 103, Eq. (2).
  var dLambda = lambda - lambda0$2,
      sdLambda = dLambda >= 0 ? 1 : -1,
      adLambda = sdLambda * dLambda,
      cosPhi = cos(phi),
      sinPhi = sin(phi),
      k = sinPhi0$1 * sinPhi,
      u = cosPhi0$1 * cosPhi + k * cos(adLambda),
      v = k * sdLambda * sin(adLambda);
  areaRingSum$1.add(atan2(v, u));

  // Advance the previous points.
  lambda0$2 = lambda, cosPhi0$1 = cosPhi, sinPhi0$1 = sinPhi;
}

function d3_geo_area(object) {
  areaSum$1 = new Adder();
  geoStream(object, areaStream$1);
  return areaSum$1 * 2;
}

function spherical(cartesian) {
  return [atan2(cartesian[1], cartesian[0]), asin(cartesian[2])];
}

function cartesian(spherical) {
  var lambda = spherical[0], phi = spherical[1], cosPhi = cos(phi);
  return [cosPhi * cos(lambda), cosPhi * sin(lambda), sin(phi)];
}

function cartesianDot(a, b) {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

function cartesianCross(a, b) {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

// TODO return a
function cartesianAddInPlace(a, b) {
  a[0] += b[0], a[1] += b[1], a[2] += b[2];
}

function cartesianScale(vector, k) {
  return [vector[0] * k, vector[1] * k, vector[2] * k];
}

// TODO return d
function cartesianNormalizeInPlace(d) {
  var l = sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
  d[0] /= l, d[1] /= l, d[2] /= l;
}

var lambda0$1, phi0, lambda1, phi1, // bounds
    lambda2, // previous lambda-coordinate
    lambda00$1, phi00$1, // first point
    p0, // previous 3D point
    deltaSum,
    ranges,
    d3_geo_range;

var boundsStream$1 = {
  point: boundsPoint$1,
  lineStart: boundsLineStart,
  lineEnd: boundsLineEnd,
  polygonStart: function() {
    boundsStream$1.point = boundsRingPoint;
    boundsStream$1.lineStart = boundsRingStart;
    boundsStream$1.lineEnd = boundsRingEnd;
    deltaSum = new d3_array_Adder();
    areaStream$1.polygonStart();
  },
  polygonEnd: function() {
    areaStream$1.polygonEnd();
    boundsStream$1.point = boundsPoint$1;
    boundsStream$1.lineStart = boundsLineStart;
    boundsStream$1.lineEnd = boundsLineEnd;
    if (areaRingSum$1 < 0) lambda0$1 = -(lambda1 = 180), phi0 = -(phi1 = 90);
    else if (deltaSum > epsilon) phi1 = 90;
    else if (deltaSum < -epsilon) phi0 = -90;
    d3_geo_range[0] = lambda0$1, d3_geo_range[1] = lambda1;
  },
  sphere: function() {
    lambda0$1 = -(lambda1 = 180), phi0 = -(phi1 = 90);
  }
};

function boundsPoint$1(lambda, phi) {
  ranges.push(d3_geo_range = [lambda0$1 = lambda, lambda1 = lambda]);
  if (phi < phi0) phi0 = phi;
  if (phi > phi1) phi1 = phi;
}

function linePoint(lambda, phi) {
  var p = cartesian([lambda * radians, phi * radians]);
  if (p0) {
    var normal = cartesianCross(p0, p),
        equatorial = [normal[1], -normal[0], 0],
        inflection = cartesianCross(equatorial, normal);
    cartesianNormalizeInPlace(inflection);
    inflection = spherical(inflection);
    var delta = lambda - lambda2,
        sign = delta > 0 ? 1 : -1,
        lambdai = inflection[0] * degrees * sign,
        phii,
        antimeridian = abs(delta) > 180;
    if (antimeridian ^ (sign * lambda2 < lambdai && lambdai < sign * lambda)) {
      phii = inflection[1] * degrees;
      if (phii > phi1) phi1 = phii;
    } else if (lambdai = (lambdai + 360) % 360 - 180, antimeridian ^ (sign * lambda2 < lambdai && lambdai < sign * lambda)) {
      phii = -inflection[1] * degrees;
      if (phii < phi0) phi0 = phii;
    } else {
      if (phi < phi0) phi0 = phi;
      if (phi > phi1) phi1 = phi;
    }
    if (antimeridian) {
      if (lambda < lambda2) {
        if (angle(lambda0$1, lambda) > angle(lambda0$1, lambda1)) lambda1 = lambda;
      } else {
        if (angle(lambda, lambda1) > angle(lambda0$1, lambda1)) lambda0$1 = lambda;
      }
    } else {
      if (lambda1 >= lambda0$1) {
        if (lambda < lambda0$1) lambda0$1 = lambda;
        if (lambda > lambda1) lambda1 = lambda;
      } else {
        if (lambda > lambda2) {
          if (angle(lambda0$1, lambda) > angle(lambda0$1, lambda1)) lambda1 = lambda;
        } else {
          if (angle(lambda, lambda1) > angle(lambda0$1, lambda1)) lambda0$1 = lambda;
        }
      }
    }
  } else {
    ranges.push(d3_geo_range = [lambda0$1 = lambda, lambda1 = lambda]);
  }
  if (phi < phi0) phi0 = phi;
  if (phi > phi1) phi1 = phi;
  p0 = p, lambda2 = lambda;
}

function boundsLineStart() {
  boundsStream$1.point = linePoint;
}

function boundsLineEnd() {
  d3_geo_range[0] = lambda0$1, d3_geo_range[1] = lambda1;
  boundsStream$1.point = boundsPoint$1;
  p0 = null;
}

function boundsRingPoint(lambda, phi) {
  if (p0) {
    var delta = lambda - lambda2;
    deltaSum.add(abs(delta) > 180 ? delta + (delta > 0 ? 360 : -360) : delta);
  } else {
    lambda00$1 = lambda, phi00$1 = phi;
  }
  areaStream$1.point(lambda, phi);
  linePoint(lambda, phi);
}

function boundsRingStart() {
  areaStream$1.lineStart();
}

function boundsRingEnd() {
  boundsRingPoint(lambda00$1, phi00$1);
  areaStream$1.lineEnd();
  if (abs(deltaSum) > epsilon) lambda0$1 = -(lambda1 = 180);
  d3_geo_range[0] = lambda0$1, d3_geo_range[1] = lambda1;
  p0 = null;
}

// Finds the left-right distance between two longitudes.
// This is almost the same as (lambda1 - lambda0 + 360°) % 360°, except that we want
// the distance between ±180° to be 360°.
function angle(lambda0, lambda1) {
  return (lambda1 -= lambda0) < 0 ? lambda1 + 360 : lambda1;
}

function rangeCompare(a, b) {
  return a[0] - b[0];
}

function rangeContains(range, x) {
  return range[0] <= range[1] ? range[0] <= x && x <= range[1] : x < range[0] || range[1] < x;
}

function bounds(feature) {
  var i, n, a, b, merged, deltaMax, delta;

  phi1 = lambda1 = -(lambda0$1 = phi0 = Infinity);
  ranges = [];
  geoStream(feature, boundsStream$1);

  // First, sort ranges by their minimum longitudes.
  if (n = ranges.length) {
    ranges.sort(rangeCompare);

    // Then, merge any ranges that overlap.
    for (i = 1, a = ranges[0], merged = [a]; i < n; ++i) {
      b = ranges[i];
      if (rangeContains(a, b[0]) || rangeContains(a, b[1])) {
        if (angle(a[0], b[1]) > angle(a[0], a[1])) a[1] = b[1];
        if (angle(b[0], a[1]) > angle(a[0], a[1])) a[0] = b[0];
      } else {
        merged.push(a = b);
      }
    }

    // Finally, find the largest gap between the merged ranges.
    // The final bounding box will be the inverse of this gap.
    for (deltaMax = -Infinity, n = merged.length - 1, i = 0, a = merged[n]; i <= n; a = b, ++i) {
      b = merged[i];
      if ((delta = angle(a[1], b[0])) > deltaMax) deltaMax = delta, lambda0$1 = b[0], lambda1 = a[1];
    }
  }

  ranges = d3_geo_range = null;

  return lambda0$1 === Infinity || phi0 === Infinity
      ? [[NaN, NaN], [NaN, NaN]]
      : [[lambda0$1, phi0], [lambda1, phi1]];
}

var W0, W1,
    X0$1, Y0$1, Z0$1,
    X1$1, Y1$1, Z1$1,
    X2$1, Y2$1, Z2$1,
    lambda00, phi00, // first point
    x0$4, y0$4, z0; // previous point

var centroidStream$1 = {
  sphere: noop,
  point: centroidPoint$1,
  lineStart: centroidLineStart$1,
  lineEnd: centroidLineEnd$1,
  polygonStart: function() {
    centroidStream$1.lineStart = centroidRingStart$1;
    centroidStream$1.lineEnd = centroidRingEnd$1;
  },
  polygonEnd: function() {
    centroidStream$1.lineStart = centroidLineStart$1;
    centroidStream$1.lineEnd = centroidLineEnd$1;
  }
};

// Arithmetic mean of Cartesian vectors.
function centroidPoint$1(lambda, phi) {
  lambda *= radians, phi *= radians;
  var cosPhi = cos(phi);
  centroidPointCartesian(cosPhi * cos(lambda), cosPhi * sin(lambda), sin(phi));
}

function centroidPointCartesian(x, y, z) {
  ++W0;
  X0$1 += (x - X0$1) / W0;
  Y0$1 += (y - Y0$1) / W0;
  Z0$1 += (z - Z0$1) / W0;
}

function centroidLineStart$1() {
  centroidStream$1.point = centroidLinePointFirst;
}

function centroidLinePointFirst(lambda, phi) {
  lambda *= radians, phi *= radians;
  var cosPhi = cos(phi);
  x0$4 = cosPhi * cos(lambda);
  y0$4 = cosPhi * sin(lambda);
  z0 = sin(phi);
  centroidStream$1.point = centroidLinePoint;
  centroidPointCartesian(x0$4, y0$4, z0);
}

function centroidLinePoint(lambda, phi) {
  lambda *= radians, phi *= radians;
  var cosPhi = cos(phi),
      x = cosPhi * cos(lambda),
      y = cosPhi * sin(lambda),
      z = sin(phi),
      w = atan2(sqrt((w = y0$4 * z - z0 * y) * w + (w = z0 * x - x0$4 * z) * w + (w = x0$4 * y - y0$4 * x) * w), x0$4 * x + y0$4 * y + z0 * z);
  W1 += w;
  X1$1 += w * (x0$4 + (x0$4 = x));
  Y1$1 += w * (y0$4 + (y0$4 = y));
  Z1$1 += w * (z0 + (z0 = z));
  centroidPointCartesian(x0$4, y0$4, z0);
}

function centroidLineEnd$1() {
  centroidStream$1.point = centroidPoint$1;
}

// See J. E. Brock, The Inertia Tensor for a Spherical Triangle,
// J. Applied Mechanics 42, 239 (1975).
function centroidRingStart$1() {
  centroidStream$1.point = centroidRingPointFirst;
}

function centroidRingEnd$1() {
  centroidRingPoint(lambda00, phi00);
  centroidStream$1.point = centroidPoint$1;
}

function centroidRingPointFirst(lambda, phi) {
  lambda00 = lambda, phi00 = phi;
  lambda *= radians, phi *= radians;
  centroidStream$1.point = centroidRingPoint;
  var cosPhi = cos(phi);
  x0$4 = cosPhi * cos(lambda);
  y0$4 = cosPhi * sin(lambda);
  z0 = sin(phi);
  centroidPointCartesian(x0$4, y0$4, z0);
}

function centroidRingPoint(lambda, phi) {
  lambda *= radians, phi *= radians;
  var cosPhi = cos(phi),
      x = cosPhi * cos(lambda),
      y = cosPhi * sin(lambda),
      z = sin(phi),
      cx = y0$4 * z - z0 * y,
      cy = z0 * x - x0$4 * z,
      cz = x0$4 * y - y0$4 * x,
      m = hypot(cx, cy, cz),
      w = asin(m), // line weight = angle
      v = m && -w / m; // area weight multiplier
  X2$1.add(v * cx);
  Y2$1.add(v * cy);
  Z2$1.add(v * cz);
  W1 += w;
  X1$1 += w * (x0$4 + (x0$4 = x));
  Y1$1 += w * (y0$4 + (y0$4 = y));
  Z1$1 += w * (z0 + (z0 = z));
  centroidPointCartesian(x0$4, y0$4, z0);
}

function centroid(object) {
  W0 = W1 =
  X0$1 = Y0$1 = Z0$1 =
  X1$1 = Y1$1 = Z1$1 = 0;
  X2$1 = new Adder();
  Y2$1 = new Adder();
  Z2$1 = new Adder();
  geoStream(object, centroidStream$1);

  var x = +X2$1,
      y = +Y2$1,
      z = +Z2$1,
      m = hypot(x, y, z);

  // If the area-weighted ccentroid is undefined, fall back to length-weighted ccentroid.
  if (m < epsilon2) {
    x = X1$1, y = Y1$1, z = Z1$1;
    // If the feature has zero length, fall back to arithmetic mean of point vectors.
    if (W1 < epsilon) x = X0$1, y = Y0$1, z = Z0$1;
    m = hypot(x, y, z);
    // If the feature still has an undefined ccentroid, then return.
    if (m < epsilon2) return [NaN, NaN];
  }

  return [atan2(y, x) * degrees, asin(z / m) * degrees];
}

function d3_geo_constant(x) {
  return function() {
    return x;
  };
}

function compose(a, b) {

  function compose(x, y) {
    return x = a(x, y), b(x[0], x[1]);
  }

  if (a.invert && b.invert) compose.invert = function(x, y) {
    return x = b.invert(x, y), x && a.invert(x[0], x[1]);
  };

  return compose;
}

function rotationIdentity(lambda, phi) {
  if (abs(lambda) > pi) lambda -= Math.round(lambda / tau) * tau;
  return [lambda, phi];
}

rotationIdentity.invert = rotationIdentity;

function rotateRadians(deltaLambda, deltaPhi, deltaGamma) {
  return (deltaLambda %= tau) ? (deltaPhi || deltaGamma ? compose(rotationLambda(deltaLambda), rotationPhiGamma(deltaPhi, deltaGamma))
    : rotationLambda(deltaLambda))
    : (deltaPhi || deltaGamma ? rotationPhiGamma(deltaPhi, deltaGamma)
    : rotationIdentity);
}

function forwardRotationLambda(deltaLambda) {
  return function(lambda, phi) {
    lambda += deltaLambda;
    if (abs(lambda) > pi) lambda -= Math.round(lambda / tau) * tau;
    return [lambda, phi];
  };
}

function rotationLambda(deltaLambda) {
  var rotation = forwardRotationLambda(deltaLambda);
  rotation.invert = forwardRotationLambda(-deltaLambda);
  return rotation;
}

function rotationPhiGamma(deltaPhi, deltaGamma) {
  var cosDeltaPhi = cos(deltaPhi),
      sinDeltaPhi = sin(deltaPhi),
      cosDeltaGamma = cos(deltaGamma),
      sinDeltaGamma = sin(deltaGamma);

  function rotation(lambda, phi) {
    var cosPhi = cos(phi),
        x = cos(lambda) * cosPhi,
        y = sin(lambda) * cosPhi,
        z = sin(phi),
        k = z * cosDeltaPhi + x * sinDeltaPhi;
    return [
      atan2(y * cosDeltaGamma - k * sinDeltaGamma, x * cosDeltaPhi - z * sinDeltaPhi),
      asin(k * cosDeltaGamma + y * sinDeltaGamma)
    ];
  }

  rotation.invert = function(lambda, phi) {
    var cosPhi = cos(phi),
        x = cos(lambda) * cosPhi,
        y = sin(lambda) * cosPhi,
        z = sin(phi),
        k = z * cosDeltaGamma - y * sinDeltaGamma;
    return [
      atan2(y * cosDeltaGamma + z * sinDeltaGamma, x * cosDeltaPhi + k * sinDeltaPhi),
      asin(k * cosDeltaPhi - x * sinDeltaPhi)
    ];
  };

  return rotation;
}

function rotation(rotate) {
  rotate = rotateRadians(rotate[0] * radians, rotate[1] * radians, rotate.length > 2 ? rotate[2] * radians : 0);

  function forward(coordinates) {
    coordinates = rotate(coordinates[0] * radians, coordinates[1] * radians);
    return coordinates[0] *= degrees, coordinates[1] *= degrees, coordinates;
  }

  forward.invert = function(coordinates) {
    coordinates = rotate.invert(coordinates[0] * radians, coordinates[1] * radians);
    return coordinates[0] *= degrees, coordinates[1] *= degrees, coordinates;
  };

  return forward;
}

// Generates a circle centered at [0°, 0°], with a given radius and precision.
function circleStream(stream, radius, delta, direction, t0, t1) {
  if (!delta) return;
  var cosRadius = cos(radius),
      sinRadius = sin(radius),
      step = direction * delta;
  if (t0 == null) {
    t0 = radius + direction * tau;
    t1 = radius - step / 2;
  } else {
    t0 = circleRadius(cosRadius, t0);
    t1 = circleRadius(cosRadius, t1);
    if (direction > 0 ? t0 < t1 : t0 > t1) t0 += direction * tau;
  }
  for (var point, t = t0; direction > 0 ? t > t1 : t < t1; t -= step) {
    point = spherical([cosRadius, -sinRadius * cos(t), -sinRadius * sin(t)]);
    stream.point(point[0], point[1]);
  }
}

// Returns the signed angle of a cartesian point relative to [cosRadius, 0, 0].
function circleRadius(cosRadius, point) {
  point = cartesian(point), point[0] -= cosRadius;
  cartesianNormalizeInPlace(point);
  var radius = acos(-point[1]);
  return ((-point[2] < 0 ? -radius : radius) + tau - epsilon) % tau;
}

function circle() {
  var center = d3_geo_constant([0, 0]),
      radius = d3_geo_constant(90),
      precision = d3_geo_constant(2),
      ring,
      rotate,
      stream = {point: point};

  function point(x, y) {
    ring.push(x = rotate(x, y));
    x[0] *= degrees, x[1] *= degrees;
  }

  function circle() {
    var c = center.apply(this, arguments),
        r = radius.apply(this, arguments) * radians,
        p = precision.apply(this, arguments) * radians;
    ring = [];
    rotate = rotateRadians(-c[0] * radians, -c[1] * radians, 0).invert;
    circleStream(stream, r, p, 1);
    c = {type: "Polygon", coordinates: [ring]};
    ring = rotate = null;
    return c;
  }

  circle.center = function(_) {
    return arguments.length ? (center = typeof _ === "function" ? _ : d3_geo_constant([+_[0], +_[1]]), circle) : center;
  };

  circle.radius = function(_) {
    return arguments.length ? (radius = typeof _ === "function" ? _ : d3_geo_constant(+_), circle) : radius;
  };

  circle.precision = function(_) {
    return arguments.length ? (precision = typeof _ === "function" ? _ : d3_geo_constant(+_), circle) : precision;
  };

  return circle;
}

function clipBuffer() {
  var lines = [],
      line;
  return {
    point: function(x, y, m) {
      line.push([x, y, m]);
    },
    lineStart: function() {
      lines.push(line = []);
    },
    lineEnd: noop,
    rejoin: function() {
      if (lines.length > 1) lines.push(lines.pop().concat(lines.shift()));
    },
    result: function() {
      var result = lines;
      lines = [];
      line = null;
      return result;
    }
  };
}

function pointEqual(a, b) {
  return abs(a[0] - b[0]) < epsilon && abs(a[1] - b[1]) < epsilon;
}

function Intersection(point, points, other, entry) {
  this.x = point;
  this.z = points;
  this.o = other; // another intersection
  this.e = entry; // is an entry?
  this.v = false; // visited
  this.n = this.p = null; // next & previous
}

// A generalized polygon clipping algorithm: given a polygon that has been cut
// into its visible line segments, and rejoins the segments by interpolating
// along the clip edge.
function clipRejoin(segments, compareIntersection, startInside, interpolate, stream) {
  var subject = [],
      clip = [],
      i,
      n;

  segments.forEach(function(segment) {
    if ((n = segment.length - 1) <= 0) return;
    var n, p0 = segment[0], p1 = segment[n], x;

    if (pointEqual(p0, p1)) {
      if (!p0[2] && !p1[2]) {
        stream.lineStart();
        for (i = 0; i < n; ++i) stream.point((p0 = segment[i])[0], p0[1]);
        stream.lineEnd();
        return;
      }
      // handle degenerate cases by moving the point
      p1[0] += 2 * epsilon;
    }

    subject.push(x = new Intersection(p0, segment, null, true));
    clip.push(x.o = new Intersection(p0, null, x, false));
    subject.push(x = new Intersection(p1, segment, null, false));
    clip.push(x.o = new Intersection(p1, null, x, true));
  });

  if (!subject.length) return;

  clip.sort(compareIntersection);
  d3_geo_link(subject);
  d3_geo_link(clip);

  for (i = 0, n = clip.length; i < n; ++i) {
    clip[i].e = startInside = !startInside;
  }

  var start = subject[0],
      points,
      point;

  while (1) {
    // Find first unvisited intersection.
    var current = start,
        isSubject = true;
    while (current.v) if ((current = current.n) === start) return;
    points = current.z;
    stream.lineStart();
    do {
      current.v = current.o.v = true;
      if (current.e) {
        if (isSubject) {
          for (i = 0, n = points.length; i < n; ++i) stream.point((point = points[i])[0], point[1]);
        } else {
          interpolate(current.x, current.n.x, 1, stream);
        }
        current = current.n;
      } else {
        if (isSubject) {
          points = current.p.z;
          for (i = points.length - 1; i >= 0; --i) stream.point((point = points[i])[0], point[1]);
        } else {
          interpolate(current.x, current.p.x, -1, stream);
        }
        current = current.p;
      }
      current = current.o;
      points = current.z;
      isSubject = !isSubject;
    } while (!current.v);
    stream.lineEnd();
  }
}

function d3_geo_link(array) {
  if (!(n = array.length)) return;
  var n,
      i = 0,
      a = array[0],
      b;
  while (++i < n) {
    a.n = b = array[i];
    b.p = a;
    a = b;
  }
  a.n = b = array[0];
  b.p = a;
}

function longitude(point) {
  return abs(point[0]) <= pi ? point[0] : sign(point[0]) * ((abs(point[0]) + pi) % tau - pi);
}

function polygonContains(polygon, point) {
  var lambda = longitude(point),
      phi = point[1],
      sinPhi = sin(phi),
      normal = [sin(lambda), -cos(lambda), 0],
      angle = 0,
      winding = 0;

  var sum = new d3_array_Adder();

  if (sinPhi === 1) phi = halfPi + epsilon;
  else if (sinPhi === -1) phi = -halfPi - epsilon;

  for (var i = 0, n = polygon.length; i < n; ++i) {
    if (!(m = (ring = polygon[i]).length)) continue;
    var ring,
        m,
        point0 = ring[m - 1],
        lambda0 = longitude(point0),
        phi0 = point0[1] / 2 + quarterPi,
        sinPhi0 = sin(phi0),
        cosPhi0 = cos(phi0);

    for (var j = 0; j < m; ++j, lambda0 = lambda1, sinPhi0 = sinPhi1, cosPhi0 = cosPhi1, point0 = point1) {
      var point1 = ring[j],
          lambda1 = longitude(point1),
          phi1 = point1[1] / 2 + quarterPi,
          sinPhi1 = sin(phi1),
          cosPhi1 = cos(phi1),
          delta = lambda1 - lambda0,
          sign = delta >= 0 ? 1 : -1,
          absDelta = sign * delta,
          antimeridian = absDelta > pi,
          k = sinPhi0 * sinPhi1;

      sum.add(atan2(k * sign * sin(absDelta), cosPhi0 * cosPhi1 + k * cos(absDelta)));
      angle += antimeridian ? delta + sign * tau : delta;

      // Are the longitudes either side of the point’s meridian (lambda),
      // and are the latitudes smaller than the parallel (phi)?
      if (antimeridian ^ lambda0 >= lambda ^ lambda1 >= lambda) {
        var arc = cartesianCross(cartesian(point0), cartesian(point1));
        cartesianNormalizeInPlace(arc);
        var intersection = cartesianCross(normal, arc);
        cartesianNormalizeInPlace(intersection);
        var phiArc = (antimeridian ^ delta >= 0 ? -1 : 1) * asin(intersection[2]);
        if (phi > phiArc || phi === phiArc && (arc[0] || arc[1])) {
          winding += antimeridian ^ delta >= 0 ? 1 : -1;
        }
      }
    }
  }

  // First, determine whether the South pole is inside or outside:
  //
  // It is inside if:
  // * the polygon winds around it in a clockwise direction.
  // * the polygon does not (cumulatively) wind around it, but has a negative
  //   (counter-clockwise) area.
  //
  // Second, count the (signed) number of times a segment crosses a lambda
  // from the point to the South pole.  If it is zero, then the point is the
  // same side as the South pole.

  return (angle < -epsilon || angle < epsilon && sum < -epsilon2) ^ (winding & 1);
}

function clip(pointVisible, clipLine, interpolate, start) {
  return function(sink) {
    var line = clipLine(sink),
        ringBuffer = clipBuffer(),
        ringSink = clipLine(ringBuffer),
        polygonStarted = false,
        polygon,
        segments,
        ring;

    var clip = {
      point: point,
      lineStart: lineStart,
      lineEnd: lineEnd,
      polygonStart: function() {
        clip.point = pointRing;
        clip.lineStart = ringStart;
        clip.lineEnd = ringEnd;
        segments = [];
        polygon = [];
      },
      polygonEnd: function() {
        clip.point = point;
        clip.lineStart = lineStart;
        clip.lineEnd = lineEnd;
        segments = merge(segments);
        var startInside = polygonContains(polygon, start);
        if (segments.length) {
          if (!polygonStarted) sink.polygonStart(), polygonStarted = true;
          clipRejoin(segments, compareIntersection, startInside, interpolate, sink);
        } else if (startInside) {
          if (!polygonStarted) sink.polygonStart(), polygonStarted = true;
          sink.lineStart();
          interpolate(null, null, 1, sink);
          sink.lineEnd();
        }
        if (polygonStarted) sink.polygonEnd(), polygonStarted = false;
        segments = polygon = null;
      },
      sphere: function() {
        sink.polygonStart();
        sink.lineStart();
        interpolate(null, null, 1, sink);
        sink.lineEnd();
        sink.polygonEnd();
      }
    };

    function point(lambda, phi) {
      if (pointVisible(lambda, phi)) sink.point(lambda, phi);
    }

    function pointLine(lambda, phi) {
      line.point(lambda, phi);
    }

    function lineStart() {
      clip.point = pointLine;
      line.lineStart();
    }

    function lineEnd() {
      clip.point = point;
      line.lineEnd();
    }

    function pointRing(lambda, phi) {
      ring.push([lambda, phi]);
      ringSink.point(lambda, phi);
    }

    function ringStart() {
      ringSink.lineStart();
      ring = [];
    }

    function ringEnd() {
      pointRing(ring[0][0], ring[0][1]);
      ringSink.lineEnd();

      var clean = ringSink.clean(),
          ringSegments = ringBuffer.result(),
          i, n = ringSegments.length, m,
          segment,
          point;

      ring.pop();
      polygon.push(ring);
      ring = null;

      if (!n) return;

      // No intersections.
      if (clean & 1) {
        segment = ringSegments[0];
        if ((m = segment.length - 1) > 0) {
          if (!polygonStarted) sink.polygonStart(), polygonStarted = true;
          sink.lineStart();
          for (i = 0; i < m; ++i) sink.point((point = segment[i])[0], point[1]);
          sink.lineEnd();
        }
        return;
      }

      // Rejoin connected segments.
      // TODO reuse ringBuffer.rejoin()?
      if (n > 1 && clean & 2) ringSegments.push(ringSegments.pop().concat(ringSegments.shift()));

      segments.push(ringSegments.filter(validSegment));
    }

    return clip;
  };
}

function validSegment(segment) {
  return segment.length > 1;
}

// Intersections are sorted along the clip edge. For both antimeridian cutting
// and circle clipping, the same comparison is used.
function compareIntersection(a, b) {
  return ((a = a.x)[0] < 0 ? a[1] - halfPi - epsilon : halfPi - a[1])
       - ((b = b.x)[0] < 0 ? b[1] - halfPi - epsilon : halfPi - b[1]);
}

var clipAntimeridian = clip(
  function() { return true; },
  clipAntimeridianLine,
  clipAntimeridianInterpolate,
  [-pi, -halfPi]
);

// Takes a line and cuts into visible segments. Return values: 0 - there were
// intersections or the line was empty; 1 - no intersections; 2 - there were
// intersections, and the first and last segments should be rejoined.
function clipAntimeridianLine(stream) {
  var lambda0 = NaN,
      phi0 = NaN,
      sign0 = NaN,
      clean; // no intersections

  return {
    lineStart: function() {
      stream.lineStart();
      clean = 1;
    },
    point: function(lambda1, phi1) {
      var sign1 = lambda1 > 0 ? pi : -pi,
          delta = abs(lambda1 - lambda0);
      if (abs(delta - pi) < epsilon) { // line crosses a pole
        stream.point(lambda0, phi0 = (phi0 + phi1) / 2 > 0 ? halfPi : -halfPi);
        stream.point(sign0, phi0);
        stream.lineEnd();
        stream.lineStart();
        stream.point(sign1, phi0);
        stream.point(lambda1, phi0);
        clean = 0;
      } else if (sign0 !== sign1 && delta >= pi) { // line crosses antimeridian
        if (abs(lambda0 - sign0) < epsilon) lambda0 -= sign0 * epsilon; // handle degeneracies
        if (abs(lambda1 - sign1) < epsilon) lambda1 -= sign1 * epsilon;
        phi0 = clipAntimeridianIntersect(lambda0, phi0, lambda1, phi1);
        stream.point(sign0, phi0);
        stream.lineEnd();
        stream.lineStart();
        stream.point(sign1, phi0);
        clean = 0;
      }
      stream.point(lambda0 = lambda1, phi0 = phi1);
      sign0 = sign1;
    },
    lineEnd: function() {
      stream.lineEnd();
      lambda0 = phi0 = NaN;
    },
    clean: function() {
      return 2 - clean; // if intersections, rejoin first and last segments
    }
  };
}

function clipAntimeridianIntersect(lambda0, phi0, lambda1, phi1) {
  var cosPhi0,
      cosPhi1,
      sinLambda0Lambda1 = sin(lambda0 - lambda1);
  return abs(sinLambda0Lambda1) > epsilon
      ? atan((sin(phi0) * (cosPhi1 = cos(phi1)) * sin(lambda1)
          - sin(phi1) * (cosPhi0 = cos(phi0)) * sin(lambda0))
          / (cosPhi0 * cosPhi1 * sinLambda0Lambda1))
      : (phi0 + phi1) / 2;
}

function clipAntimeridianInterpolate(from, to, direction, stream) {
  var phi;
  if (from == null) {
    phi = direction * halfPi;
    stream.point(-pi, phi);
    stream.point(0, phi);
    stream.point(pi, phi);
    stream.point(pi, 0);
    stream.point(pi, -phi);
    stream.point(0, -phi);
    stream.point(-pi, -phi);
    stream.point(-pi, 0);
    stream.point(-pi, phi);
  } else if (abs(from[0] - to[0]) > epsilon) {
    var lambda = from[0] < to[0] ? pi : -pi;
    phi = direction * lambda / 2;
    stream.point(-lambda, phi);
    stream.point(0, phi);
    stream.point(lambda, phi);
  } else {
    stream.point(to[0], to[1]);
  }
}

function clipCircle(radius) {
  var cr = cos(radius),
      delta = 2 * radians,
      smallRadius = cr > 0,
      notHemisphere = abs(cr) > epsilon; // TODO optimise for this common case

  function interpolate(from, to, direction, stream) {
    circleStream(stream, radius, delta, direction, from, to);
  }

  function visible(lambda, phi) {
    return cos(lambda) * cos(phi) > cr;
  }

  // Takes a line and cuts into visible segments. Return values used for polygon
  // clipping: 0 - there were intersections or the line was empty; 1 - no
  // intersections 2 - there were intersections, and the first and last segments
  // should be rejoined.
  function clipLine(stream) {
    var point0, // previous point
        c0, // code for previous point
        v0, // visibility of previous point
        v00, // visibility of first point
        clean; // no intersections
    return {
      lineStart: function() {
        v00 = v0 = false;
        clean = 1;
      },
      point: function(lambda, phi) {
        var point1 = [lambda, phi],
            point2,
            v = visible(lambda, phi),
            c = smallRadius
              ? v ? 0 : code(lambda, phi)
              : v ? code(lambda + (lambda < 0 ? pi : -pi), phi) : 0;
        if (!point0 && (v00 = v0 = v)) stream.lineStart();
        if (v !== v0) {
          point2 = intersect(point0, point1);
          if (!point2 || pointEqual(point0, point2) || pointEqual(point1, point2))
            point1[2] = 1;
        }
        if (v !== v0) {
          clean = 0;
          if (v) {
            // outside going in
            stream.lineStart();
            point2 = intersect(point1, point0);
            stream.point(point2[0], point2[1]);
          } else {
            // inside going out
            point2 = intersect(point0, point1);
            stream.point(point2[0], point2[1], 2);
            stream.lineEnd();
          }
          point0 = point2;
        } else if (notHemisphere && point0 && smallRadius ^ v) {
          var t;
          // If the codes for two points are different, or are both zero,
          // and there this segment intersects with the small circle.
          if (!(c & c0) && (t = intersect(point1, point0, true))) {
            clean = 0;
            if (smallRadius) {
              stream.lineStart();
              stream.point(t[0][0], t[0][1]);
              stream.point(t[1][0], t[1][1]);
              stream.lineEnd();
            } else {
              stream.point(t[1][0], t[1][1]);
              stream.lineEnd();
              stream.lineStart();
              stream.point(t[0][0], t[0][1], 3);
            }
          }
        }
        if (v && (!point0 || !pointEqual(point0, point1))) {
          stream.point(point1[0], point1[1]);
        }
        point0 = point1, v0 = v, c0 = c;
      },
      lineEnd: function() {
        if (v0) stream.lineEnd();
        point0 = null;
      },
      // Rejoin first and last segments if there were intersections and the first
      // and last points were visible.
      clean: function() {
        return clean | ((v00 && v0) << 1);
      }
    };
  }

  // Intersects the great circle between a and b with the clip circle.
  function intersect(a, b, two) {
    var pa = cartesian(a),
        pb = cartesian(b);

    // We have two planes, n1.p = d1 and n2.p = d2.
    // Find intersection line p(t) = c1 n1 + c2 n2 + t (n1 ⨯ n2).
    var n1 = [1, 0, 0], // normal
        n2 = cartesianCross(pa, pb),
        n2n2 = cartesianDot(n2, n2),
        n1n2 = n2[0], // cartesianDot(n1, n2),
        determinant = n2n2 - n1n2 * n1n2;

    // Two polar points.
    if (!determinant) return !two && a;

    var c1 =  cr * n2n2 / determinant,
        c2 = -cr * n1n2 / determinant,
        n1xn2 = cartesianCross(n1, n2),
        A = cartesianScale(n1, c1),
        B = cartesianScale(n2, c2);
    cartesianAddInPlace(A, B);

    // Solve |p(t)|^2 = 1.
    var u = n1xn2,
        w = cartesianDot(A, u),
        uu = cartesianDot(u, u),
        t2 = w * w - uu * (cartesianDot(A, A) - 1);

    if (t2 < 0) return;

    var t = sqrt(t2),
        q = cartesianScale(u, (-w - t) / uu);
    cartesianAddInPlace(q, A);
    q = spherical(q);

    if (!two) return q;

    // Two intersection points.
    var lambda0 = a[0],
        lambda1 = b[0],
        phi0 = a[1],
        phi1 = b[1],
        z;

    if (lambda1 < lambda0) z = lambda0, lambda0 = lambda1, lambda1 = z;

    var delta = lambda1 - lambda0,
        polar = abs(delta - pi) < epsilon,
        meridian = polar || delta < epsilon;

    if (!polar && phi1 < phi0) z = phi0, phi0 = phi1, phi1 = z;

    // Check that the first point is between a and b.
    if (meridian
        ? polar
          ? phi0 + phi1 > 0 ^ q[1] < (abs(q[0] - lambda0) < epsilon ? phi0 : phi1)
          : phi0 <= q[1] && q[1] <= phi1
        : delta > pi ^ (lambda0 <= q[0] && q[0] <= lambda1)) {
      var q1 = cartesianScale(u, (-w + t) / uu);
      cartesianAddInPlace(q1, A);
      return [q, spherical(q1)];
    }
  }

  // Generates a 4-bit vector representing the location of a point relative to
  // the small circle's bounding box.
  function code(lambda, phi) {
    var r = smallRadius ? radius : pi - radius,
        code = 0;
    if (lambda < -r) code |= 1; // left
    else if (lambda > r) code |= 2; // right
    if (phi < -r) code |= 4; // below
    else if (phi > r) code |= 8; // above
    return code;
  }

  return clip(visible, clipLine, interpolate, smallRadius ? [0, -radius] : [-pi, radius - pi]);
}

function clipLine(a, b, x0, y0, x1, y1) {
  var ax = a[0],
      ay = a[1],
      bx = b[0],
      by = b[1],
      t0 = 0,
      t1 = 1,
      dx = bx - ax,
      dy = by - ay,
      r;

  r = x0 - ax;
  if (!dx && r > 0) return;
  r /= dx;
  if (dx < 0) {
    if (r < t0) return;
    if (r < t1) t1 = r;
  } else if (dx > 0) {
    if (r > t1) return;
    if (r > t0) t0 = r;
  }

  r = x1 - ax;
  if (!dx && r < 0) return;
  r /= dx;
  if (dx < 0) {
    if (r > t1) return;
    if (r > t0) t0 = r;
  } else if (dx > 0) {
    if (r < t0) return;
    if (r < t1) t1 = r;
  }

  r = y0 - ay;
  if (!dy && r > 0) return;
  r /= dy;
  if (dy < 0) {
    if (r < t0) return;
    if (r < t1) t1 = r;
  } else if (dy > 0) {
    if (r > t1) return;
    if (r > t0) t0 = r;
  }

  r = y1 - ay;
  if (!dy && r < 0) return;
  r /= dy;
  if (dy < 0) {
    if (r > t1) return;
    if (r > t0) t0 = r;
  } else if (dy > 0) {
    if (r < t0) return;
    if (r < t1) t1 = r;
  }

  if (t0 > 0) a[0] = ax + t0 * dx, a[1] = ay + t0 * dy;
  if (t1 < 1) b[0] = ax + t1 * dx, b[1] = ay + t1 * dy;
  return true;
}

var clipMax = 1e9, clipMin = -clipMax;

// TODO Use d3-polygon’s polygonContains here for the ring check?
// TODO Eliminate duplicate buffering in clipBuffer and polygon.push?

function clipRectangle(x0, y0, x1, y1) {

  function visible(x, y) {
    return x0 <= x && x <= x1 && y0 <= y && y <= y1;
  }

  function interpolate(from, to, direction, stream) {
    var a = 0, a1 = 0;
    if (from == null
        || (a = corner(from, direction)) !== (a1 = corner(to, direction))
        || comparePoint(from, to) < 0 ^ direction > 0) {
      do stream.point(a === 0 || a === 3 ? x0 : x1, a > 1 ? y1 : y0);
      while ((a = (a + direction + 4) % 4) !== a1);
    } else {
      stream.point(to[0], to[1]);
    }
  }

  function corner(p, direction) {
    return abs(p[0] - x0) < epsilon ? direction > 0 ? 0 : 3
        : abs(p[0] - x1) < epsilon ? direction > 0 ? 2 : 1
        : abs(p[1] - y0) < epsilon ? direction > 0 ? 1 : 0
        : direction > 0 ? 3 : 2; // abs(p[1] - y1) < epsilon
  }

  function compareIntersection(a, b) {
    return comparePoint(a.x, b.x);
  }

  function comparePoint(a, b) {
    var ca = corner(a, 1),
        cb = corner(b, 1);
    return ca !== cb ? ca - cb
        : ca === 0 ? b[1] - a[1]
        : ca === 1 ? a[0] - b[0]
        : ca === 2 ? a[1] - b[1]
        : b[0] - a[0];
  }

  return function(stream) {
    var activeStream = stream,
        bufferStream = clipBuffer(),
        segments,
        polygon,
        ring,
        x__, y__, v__, // first point
        x_, y_, v_, // previous point
        first,
        clean;

    var clipStream = {
      point: point,
      lineStart: lineStart,
      lineEnd: lineEnd,
      polygonStart: polygonStart,
      polygonEnd: polygonEnd
    };

    function point(x, y) {
      if (visible(x, y)) activeStream.point(x, y);
    }

    function polygonInside() {
      var winding = 0;

      for (var i = 0, n = polygon.length; i < n; ++i) {
        for (var ring = polygon[i], j = 1, m = ring.length, point = ring[0], a0, a1, b0 = point[0], b1 = point[1]; j < m; ++j) {
          a0 = b0, a1 = b1, point = ring[j], b0 = point[0], b1 = point[1];
          if (a1 <= y1) { if (b1 > y1 && (b0 - a0) * (y1 - a1) > (b1 - a1) * (x0 - a0)) ++winding; }
          else { if (b1 <= y1 && (b0 - a0) * (y1 - a1) < (b1 - a1) * (x0 - a0)) --winding; }
        }
      }

      return winding;
    }

    // Buffer geometry within a polygon and then clip it en masse.
    function polygonStart() {
      activeStream = bufferStream, segments = [], polygon = [], clean = true;
    }

    function polygonEnd() {
      var startInside = polygonInside(),
          cleanInside = clean && startInside,
          visible = (segments = merge(segments)).length;
      if (cleanInside || visible) {
        stream.polygonStart();
        if (cleanInside) {
          stream.lineStart();
          interpolate(null, null, 1, stream);
          stream.lineEnd();
        }
        if (visible) {
          clipRejoin(segments, compareIntersection, startInside, interpolate, stream);
        }
        stream.polygonEnd();
      }
      activeStream = stream, segments = polygon = ring = null;
    }

    function lineStart() {
      clipStream.point = linePoint;
      if (polygon) polygon.push(ring = []);
      first = true;
      v_ = false;
      x_ = y_ = NaN;
    }

    // TODO rather than special-case polygons, simply handle them separately.
    // Ideally, coincident intersection points should be jittered to avoid
    // clipping issues.
    function lineEnd() {
      if (segments) {
        linePoint(x__, y__);
        if (v__ && v_) bufferStream.rejoin();
        segments.push(bufferStream.result());
      }
      clipStream.point = point;
      if (v_) activeStream.lineEnd();
    }

    function linePoint(x, y) {
      var v = visible(x, y);
      if (polygon) ring.push([x, y]);
      if (first) {
        x__ = x, y__ = y, v__ = v;
        first = false;
        if (v) {
          activeStream.lineStart();
          activeStream.point(x, y);
        }
      } else {
        if (v && v_) activeStream.point(x, y);
        else {
          var a = [x_ = Math.max(clipMin, Math.min(clipMax, x_)), y_ = Math.max(clipMin, Math.min(clipMax, y_))],
              b = [x = Math.max(clipMin, Math.min(clipMax, x)), y = Math.max(clipMin, Math.min(clipMax, y))];
          if (clipLine(a, b, x0, y0, x1, y1)) {
            if (!v_) {
              activeStream.lineStart();
              activeStream.point(a[0], a[1]);
            }
            activeStream.point(b[0], b[1]);
            if (!v) activeStream.lineEnd();
            clean = false;
          } else if (v) {
            activeStream.lineStart();
            activeStream.point(x, y);
            clean = false;
          }
        }
      }
      x_ = x, y_ = y, v_ = v;
    }

    return clipStream;
  };
}

function d3_geo_extent() {
  var x0 = 0,
      y0 = 0,
      x1 = 960,
      y1 = 500,
      cache,
      cacheStream,
      clip;

  return clip = {
    stream: function(stream) {
      return cache && cacheStream === stream ? cache : cache = clipRectangle(x0, y0, x1, y1)(cacheStream = stream);
    },
    extent: function(_) {
      return arguments.length ? (x0 = +_[0][0], y0 = +_[0][1], x1 = +_[1][0], y1 = +_[1][1], cache = cacheStream = null, clip) : [[x0, y0], [x1, y1]];
    }
  };
}

var lengthSum$1,
    lambda0,
    sinPhi0,
    cosPhi0;

var lengthStream$1 = {
  sphere: noop,
  point: noop,
  lineStart: lengthLineStart,
  lineEnd: noop,
  polygonStart: noop,
  polygonEnd: noop
};

function lengthLineStart() {
  lengthStream$1.point = lengthPointFirst$1;
  lengthStream$1.lineEnd = lengthLineEnd;
}

function lengthLineEnd() {
  lengthStream$1.point = lengthStream$1.lineEnd = noop;
}

function lengthPointFirst$1(lambda, phi) {
  lambda *= radians, phi *= radians;
  lambda0 = lambda, sinPhi0 = sin(phi), cosPhi0 = cos(phi);
  lengthStream$1.point = lengthPoint$1;
}

function lengthPoint$1(lambda, phi) {
  lambda *= radians, phi *= radians;
  var sinPhi = sin(phi),
      cosPhi = cos(phi),
      delta = abs(lambda - lambda0),
      cosDelta = cos(delta),
      sinDelta = sin(delta),
      x = cosPhi * sinDelta,
      y = cosPhi0 * sinPhi - sinPhi0 * cosPhi * cosDelta,
      z = sinPhi0 * sinPhi + cosPhi0 * cosPhi * cosDelta;
  lengthSum$1.add(atan2(sqrt(x * x + y * y), z));
  lambda0 = lambda, sinPhi0 = sinPhi, cosPhi0 = cosPhi;
}

function d3_geo_length(object) {
  lengthSum$1 = new d3_array_Adder();
  geoStream(object, lengthStream$1);
  return +lengthSum$1;
}

var coordinates = [null, null],
    object = {type: "LineString", coordinates: coordinates};

function distance(a, b) {
  coordinates[0] = a;
  coordinates[1] = b;
  return d3_geo_length(object);
}

var containsObjectType = {
  Feature: function(object, point) {
    return containsGeometry(object.geometry, point);
  },
  FeatureCollection: function(object, point) {
    var features = object.features, i = -1, n = features.length;
    while (++i < n) if (containsGeometry(features[i].geometry, point)) return true;
    return false;
  }
};

var containsGeometryType = {
  Sphere: function() {
    return true;
  },
  Point: function(object, point) {
    return containsPoint(object.coordinates, point);
  },
  MultiPoint: function(object, point) {
    var coordinates = object.coordinates, i = -1, n = coordinates.length;
    while (++i < n) if (containsPoint(coordinates[i], point)) return true;
    return false;
  },
  LineString: function(object, point) {
    return containsLine(object.coordinates, point);
  },
  MultiLineString: function(object, point) {
    var coordinates = object.coordinates, i = -1, n = coordinates.length;
    while (++i < n) if (containsLine(coordinates[i], point)) return true;
    return false;
  },
  Polygon: function(object, point) {
    return containsPolygon(object.coordinates, point);
  },
  MultiPolygon: function(object, point) {
    var coordinates = object.coordinates, i = -1, n = coordinates.length;
    while (++i < n) if (containsPolygon(coordinates[i], point)) return true;
    return false;
  },
  GeometryCollection: function(object, point) {
    var geometries = object.geometries, i = -1, n = geometries.length;
    while (++i < n) if (containsGeometry(geometries[i], point)) return true;
    return false;
  }
};

function containsGeometry(geometry, point) {
  return geometry && containsGeometryType.hasOwnProperty(geometry.type)
      ? containsGeometryType[geometry.type](geometry, point)
      : false;
}

function containsPoint(coordinates, point) {
  return distance(coordinates, point) === 0;
}

function containsLine(coordinates, point) {
  var ao, bo, ab;
  for (var i = 0, n = coordinates.length; i < n; i++) {
    bo = distance(coordinates[i], point);
    if (bo === 0) return true;
    if (i > 0) {
      ab = distance(coordinates[i], coordinates[i - 1]);
      if (
        ab > 0 &&
        ao <= ab &&
        bo <= ab &&
        (ao + bo - ab) * (1 - Math.pow((ao - bo) / ab, 2)) < epsilon2 * ab
      )
        return true;
    }
    ao = bo;
  }
  return false;
}

function containsPolygon(coordinates, point) {
  return !!polygonContains(coordinates.map(ringRadians), pointRadians(point));
}

function ringRadians(ring) {
  return ring = ring.map(pointRadians), ring.pop(), ring;
}

function pointRadians(point) {
  return [point[0] * radians, point[1] * radians];
}

function contains(object, point) {
  return (object && containsObjectType.hasOwnProperty(object.type)
      ? containsObjectType[object.type]
      : containsGeometry)(object, point);
}

function graticuleX(y0, y1, dy) {
  var y = range$1(y0, y1 - epsilon, dy).concat(y1);
  return function(x) { return y.map(function(y) { return [x, y]; }); };
}

function graticuleY(x0, x1, dx) {
  var x = range$1(x0, x1 - epsilon, dx).concat(x1);
  return function(y) { return x.map(function(x) { return [x, y]; }); };
}

function graticule() {
  var x1, x0, X1, X0,
      y1, y0, Y1, Y0,
      dx = 10, dy = dx, DX = 90, DY = 360,
      x, y, X, Y,
      precision = 2.5;

  function graticule() {
    return {type: "MultiLineString", coordinates: lines()};
  }

  function lines() {
    return range$1(ceil(X0 / DX) * DX, X1, DX).map(X)
        .concat(range$1(ceil(Y0 / DY) * DY, Y1, DY).map(Y))
        .concat(range$1(ceil(x0 / dx) * dx, x1, dx).filter(function(x) { return abs(x % DX) > epsilon; }).map(x))
        .concat(range$1(ceil(y0 / dy) * dy, y1, dy).filter(function(y) { return abs(y % DY) > epsilon; }).map(y));
  }

  graticule.lines = function() {
    return lines().map(function(coordinates) { return {type: "LineString", coordinates: coordinates}; });
  };

  graticule.outline = function() {
    return {
      type: "Polygon",
      coordinates: [
        X(X0).concat(
        Y(Y1).slice(1),
        X(X1).reverse().slice(1),
        Y(Y0).reverse().slice(1))
      ]
    };
  };

  graticule.extent = function(_) {
    if (!arguments.length) return graticule.extentMinor();
    return graticule.extentMajor(_).extentMinor(_);
  };

  graticule.extentMajor = function(_) {
    if (!arguments.length) return [[X0, Y0], [X1, Y1]];
    X0 = +_[0][0], X1 = +_[1][0];
    Y0 = +_[0][1], Y1 = +_[1][1];
    if (X0 > X1) _ = X0, X0 = X1, X1 = _;
    if (Y0 > Y1) _ = Y0, Y0 = Y1, Y1 = _;
    return graticule.precision(precision);
  };

  graticule.extentMinor = function(_) {
    if (!arguments.length) return [[x0, y0], [x1, y1]];
    x0 = +_[0][0], x1 = +_[1][0];
    y0 = +_[0][1], y1 = +_[1][1];
    if (x0 > x1) _ = x0, x0 = x1, x1 = _;
    if (y0 > y1) _ = y0, y0 = y1, y1 = _;
    return graticule.precision(precision);
  };

  graticule.step = function(_) {
    if (!arguments.length) return graticule.stepMinor();
    return graticule.stepMajor(_).stepMinor(_);
  };

  graticule.stepMajor = function(_) {
    if (!arguments.length) return [DX, DY];
    DX = +_[0], DY = +_[1];
    return graticule;
  };

  graticule.stepMinor = function(_) {
    if (!arguments.length) return [dx, dy];
    dx = +_[0], dy = +_[1];
    return graticule;
  };

  graticule.precision = function(_) {
    if (!arguments.length) return precision;
    precision = +_;
    x = graticuleX(y0, y1, 90);
    y = graticuleY(x0, x1, precision);
    X = graticuleX(Y0, Y1, 90);
    Y = graticuleY(X0, X1, precision);
    return graticule;
  };

  return graticule
      .extentMajor([[-180, -90 + epsilon], [180, 90 - epsilon]])
      .extentMinor([[-180, -80 - epsilon], [180, 80 + epsilon]]);
}

function graticule10() {
  return graticule()();
}

function interpolate(a, b) {
  var x0 = a[0] * radians,
      y0 = a[1] * radians,
      x1 = b[0] * radians,
      y1 = b[1] * radians,
      cy0 = cos(y0),
      sy0 = sin(y0),
      cy1 = cos(y1),
      sy1 = sin(y1),
      kx0 = cy0 * cos(x0),
      ky0 = cy0 * sin(x0),
      kx1 = cy1 * cos(x1),
      ky1 = cy1 * sin(x1),
      d = 2 * asin(sqrt(haversin(y1 - y0) + cy0 * cy1 * haversin(x1 - x0))),
      k = sin(d);

  var interpolate = d ? function(t) {
    var B = sin(t *= d) / k,
        A = sin(d - t) / k,
        x = A * kx0 + B * kx1,
        y = A * ky0 + B * ky1,
        z = A * sy0 + B * sy1;
    return [
      atan2(y, x) * degrees,
      atan2(z, sqrt(x * x + y * y)) * degrees
    ];
  } : function() {
    return [x0 * degrees, y0 * degrees];
  };

  interpolate.distance = d;

  return interpolate;
}

var identity$1 = x => x;

var areaSum = new d3_array_Adder(),
    areaRingSum = new d3_array_Adder(),
    x00$2,
    y00$2,
    x0$3,
    y0$3;

var areaStream = {
  point: noop,
  lineStart: noop,
  lineEnd: noop,
  polygonStart: function() {
    areaStream.lineStart = areaRingStart;
    areaStream.lineEnd = areaRingEnd;
  },
  polygonEnd: function() {
    areaStream.lineStart = areaStream.lineEnd = areaStream.point = noop;
    areaSum.add(abs(areaRingSum));
    areaRingSum = new d3_array_Adder();
  },
  result: function() {
    var area = areaSum / 2;
    areaSum = new d3_array_Adder();
    return area;
  }
};

function areaRingStart() {
  areaStream.point = areaPointFirst;
}

function areaPointFirst(x, y) {
  areaStream.point = areaPoint;
  x00$2 = x0$3 = x, y00$2 = y0$3 = y;
}

function areaPoint(x, y) {
  areaRingSum.add(y0$3 * x - x0$3 * y);
  x0$3 = x, y0$3 = y;
}

function areaRingEnd() {
  areaPoint(x00$2, y00$2);
}

var x0$2 = Infinity,
    y0$2 = x0$2,
    x1 = -x0$2,
    y1 = x1;

var boundsStream = {
  point: boundsPoint,
  lineStart: noop,
  lineEnd: noop,
  polygonStart: noop,
  polygonEnd: noop,
  result: function() {
    var bounds = [[x0$2, y0$2], [x1, y1]];
    x1 = y1 = -(y0$2 = x0$2 = Infinity);
    return bounds;
  }
};

function boundsPoint(x, y) {
  if (x < x0$2) x0$2 = x;
  if (x > x1) x1 = x;
  if (y < y0$2) y0$2 = y;
  if (y > y1) y1 = y;
}

// TODO Enforce positive area for exterior, negative area for interior?

var X0 = 0,
    Y0 = 0,
    Z0 = 0,
    X1 = 0,
    Y1 = 0,
    Z1 = 0,
    X2 = 0,
    Y2 = 0,
    Z2 = 0,
    x00$1,
    y00$1,
    x0$1,
    y0$1;

var centroidStream = {
  point: centroidPoint,
  lineStart: centroidLineStart,
  lineEnd: centroidLineEnd,
  polygonStart: function() {
    centroidStream.lineStart = centroidRingStart;
    centroidStream.lineEnd = centroidRingEnd;
  },
  polygonEnd: function() {
    centroidStream.point = centroidPoint;
    centroidStream.lineStart = centroidLineStart;
    centroidStream.lineEnd = centroidLineEnd;
  },
  result: function() {
    var centroid = Z2 ? [X2 / Z2, Y2 / Z2]
        : Z1 ? [X1 / Z1, Y1 / Z1]
        : Z0 ? [X0 / Z0, Y0 / Z0]
        : [NaN, NaN];
    X0 = Y0 = Z0 =
    X1 = Y1 = Z1 =
    X2 = Y2 = Z2 = 0;
    return centroid;
  }
};

function centroidPoint(x, y) {
  X0 += x;
  Y0 += y;
  ++Z0;
}

function centroidLineStart() {
  centroidStream.point = centroidPointFirstLine;
}

function centroidPointFirstLine(x, y) {
  centroidStream.point = centroidPointLine;
  centroidPoint(x0$1 = x, y0$1 = y);
}

function centroidPointLine(x, y) {
  var dx = x - x0$1, dy = y - y0$1, z = sqrt(dx * dx + dy * dy);
  X1 += z * (x0$1 + x) / 2;
  Y1 += z * (y0$1 + y) / 2;
  Z1 += z;
  centroidPoint(x0$1 = x, y0$1 = y);
}

function centroidLineEnd() {
  centroidStream.point = centroidPoint;
}

function centroidRingStart() {
  centroidStream.point = centroidPointFirstRing;
}

function centroidRingEnd() {
  centroidPointRing(x00$1, y00$1);
}

function centroidPointFirstRing(x, y) {
  centroidStream.point = centroidPointRing;
  centroidPoint(x00$1 = x0$1 = x, y00$1 = y0$1 = y);
}

function centroidPointRing(x, y) {
  var dx = x - x0$1,
      dy = y - y0$1,
      z = sqrt(dx * dx + dy * dy);

  X1 += z * (x0$1 + x) / 2;
  Y1 += z * (y0$1 + y) / 2;
  Z1 += z;

  z = y0$1 * x - x0$1 * y;
  X2 += z * (x0$1 + x);
  Y2 += z * (y0$1 + y);
  Z2 += z * 3;
  centroidPoint(x0$1 = x, y0$1 = y);
}

function PathContext(context) {
  this._context = context;
}

PathContext.prototype = {
  _radius: 4.5,
  pointRadius: function(_) {
    return this._radius = _, this;
  },
  polygonStart: function() {
    this._line = 0;
  },
  polygonEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._point = 0;
  },
  lineEnd: function() {
    if (this._line === 0) this._context.closePath();
    this._point = NaN;
  },
  point: function(x, y) {
    switch (this._point) {
      case 0: {
        this._context.moveTo(x, y);
        this._point = 1;
        break;
      }
      case 1: {
        this._context.lineTo(x, y);
        break;
      }
      default: {
        this._context.moveTo(x + this._radius, y);
        this._context.arc(x, y, this._radius, 0, tau);
        break;
      }
    }
  },
  result: noop
};

var lengthSum = new d3_array_Adder(),
    lengthRing,
    x00,
    y00,
    x0,
    y0;

var lengthStream = {
  point: noop,
  lineStart: function() {
    lengthStream.point = lengthPointFirst;
  },
  lineEnd: function() {
    if (lengthRing) lengthPoint(x00, y00);
    lengthStream.point = noop;
  },
  polygonStart: function() {
    lengthRing = true;
  },
  polygonEnd: function() {
    lengthRing = null;
  },
  result: function() {
    var length = +lengthSum;
    lengthSum = new d3_array_Adder();
    return length;
  }
};

function lengthPointFirst(x, y) {
  lengthStream.point = lengthPoint;
  x00 = x0 = x, y00 = y0 = y;
}

function lengthPoint(x, y) {
  x0 -= x, y0 -= y;
  lengthSum.add(sqrt(x0 * x0 + y0 * y0));
  x0 = x, y0 = y;
}

// Simple caching for constant-radius points.
let cacheDigits, cacheAppend, cacheRadius, cacheCircle;

class PathString {
  constructor(digits) {
    this._append = digits == null ? append : appendRound(digits);
    this._radius = 4.5;
    this._ = "";
  }
  pointRadius(_) {
    this._radius = +_;
    return this;
  }
  polygonStart() {
    this._line = 0;
  }
  polygonEnd() {
    this._line = NaN;
  }
  lineStart() {
    this._point = 0;
  }
  lineEnd() {
    if (this._line === 0) this._ += "Z";
    this._point = NaN;
  }
  point(x, y) {
    switch (this._point) {
      case 0: {
        this._append`M${x},${y}`;
        this._point = 1;
        break;
      }
      case 1: {
        this._append`L${x},${y}`;
        break;
      }
      default: {
        this._append`M${x},${y}`;
        if (this._radius !== cacheRadius || this._append !== cacheAppend) {
          const r = this._radius;
          const s = this._;
          this._ = ""; // stash the old string so we can cache the circle path fragment
          this._append`m0,${r}a${r},${r} 0 1,1 0,${ -2 * r}a${r},${r} 0 1,1 0,${2 * r}z`;
          cacheRadius = r;
          cacheAppend = this._append;
          cacheCircle = this._;
          this._ = s;
        }
        this._ += cacheCircle;
        break;
      }
    }
  }
  result() {
    const result = this._;
    this._ = "";
    return result.length ? result : null;
  }
}

function append(strings) {
  let i = 1;
  this._ += strings[0];
  for (const j = strings.length; i < j; ++i) {
    this._ += arguments[i] + strings[i];
  }
}

function appendRound(digits) {
  const d = Math.floor(digits);
  if (!(d >= 0)) throw new RangeError(`invalid digits: ${digits}`);
  if (d > 15) return append;
  if (d !== cacheDigits) {
    const k = 10 ** d;
    cacheDigits = d;
    cacheAppend = function append(strings) {
      let i = 1;
      this._ += strings[0];
      for (const j = strings.length; i < j; ++i) {
        this._ += Math.round(arguments[i] * k) / k + strings[i];
      }
    };
  }
  return cacheAppend;
}

function d3_geo_index(projection, context) {
  let digits = 3,
      pointRadius = 4.5,
      projectionStream,
      contextStream;

  function path(object) {
    if (object) {
      if (typeof pointRadius === "function") contextStream.pointRadius(+pointRadius.apply(this, arguments));
      geoStream(object, projectionStream(contextStream));
    }
    return contextStream.result();
  }

  path.area = function(object) {
    geoStream(object, projectionStream(areaStream));
    return areaStream.result();
  };

  path.measure = function(object) {
    geoStream(object, projectionStream(lengthStream));
    return lengthStream.result();
  };

  path.bounds = function(object) {
    geoStream(object, projectionStream(boundsStream));
    return boundsStream.result();
  };

  path.centroid = function(object) {
    geoStream(object, projectionStream(centroidStream));
    return centroidStream.result();
  };

  path.projection = function(_) {
    if (!arguments.length) return projection;
    projectionStream = _ == null ? (projection = null, identity$1) : (projection = _).stream;
    return path;
  };

  path.context = function(_) {
    if (!arguments.length) return context;
    contextStream = _ == null ? (context = null, new PathString(digits)) : new PathContext(context = _);
    if (typeof pointRadius !== "function") contextStream.pointRadius(pointRadius);
    return path;
  };

  path.pointRadius = function(_) {
    if (!arguments.length) return pointRadius;
    pointRadius = typeof _ === "function" ? _ : (contextStream.pointRadius(+_), +_);
    return path;
  };

  path.digits = function(_) {
    if (!arguments.length) return digits;
    if (_ == null) digits = null;
    else {
      const d = Math.floor(_);
      if (!(d >= 0)) throw new RangeError(`invalid digits: ${_}`);
      digits = d;
    }
    if (context === null) contextStream = new PathString(digits);
    return path;
  };

  return path.projection(projection).digits(digits).context(context);
}

function transform(methods) {
  return {
    stream: transformer(methods)
  };
}

function transformer(methods) {
  return function(stream) {
    var s = new TransformStream;
    for (var key in methods) s[key] = methods[key];
    s.stream = stream;
    return s;
  };
}

function TransformStream() {}

TransformStream.prototype = {
  constructor: TransformStream,
  point: function(x, y) { this.stream.point(x, y); },
  sphere: function() { this.stream.sphere(); },
  lineStart: function() { this.stream.lineStart(); },
  lineEnd: function() { this.stream.lineEnd(); },
  polygonStart: function() { this.stream.polygonStart(); },
  polygonEnd: function() { this.stream.polygonEnd(); }
};

function fit(projection, fitBounds, object) {
  var clip = projection.clipExtent && projection.clipExtent();
  projection.scale(150).translate([0, 0]);
  if (clip != null) projection.clipExtent(null);
  geoStream(object, projection.stream(boundsStream));
  fitBounds(boundsStream.result());
  if (clip != null) projection.clipExtent(clip);
  return projection;
}

function fitExtent(projection, extent, object) {
  return fit(projection, function(b) {
    var w = extent[1][0] - extent[0][0],
        h = extent[1][1] - extent[0][1],
        k = Math.min(w / (b[1][0] - b[0][0]), h / (b[1][1] - b[0][1])),
        x = +extent[0][0] + (w - k * (b[1][0] + b[0][0])) / 2,
        y = +extent[0][1] + (h - k * (b[1][1] + b[0][1])) / 2;
    projection.scale(150 * k).translate([x, y]);
  }, object);
}

function fitSize(projection, size, object) {
  return fitExtent(projection, [[0, 0], size], object);
}

function fitWidth(projection, width, object) {
  return fit(projection, function(b) {
    var w = +width,
        k = w / (b[1][0] - b[0][0]),
        x = (w - k * (b[1][0] + b[0][0])) / 2,
        y = -k * b[0][1];
    projection.scale(150 * k).translate([x, y]);
  }, object);
}

function fitHeight(projection, height, object) {
  return fit(projection, function(b) {
    var h = +height,
        k = h / (b[1][1] - b[0][1]),
        x = -k * b[0][0],
        y = (h - k * (b[1][1] + b[0][1])) / 2;
    projection.scale(150 * k).translate([x, y]);
  }, object);
}

var maxDepth = 16, // maximum depth of subdivision
    cosMinDistance = cos(30 * radians); // cos(minimum angular distance)

function resample(project, delta2) {
  return +delta2 ? resample$1(project, delta2) : resampleNone(project);
}

function resampleNone(project) {
  return transformer({
    point: function(x, y) {
      x = project(x, y);
      this.stream.point(x[0], x[1]);
    }
  });
}

function resample$1(project, delta2) {

  function resampleLineTo(x0, y0, lambda0, a0, b0, c0, x1, y1, lambda1, a1, b1, c1, depth, stream) {
    var dx = x1 - x0,
        dy = y1 - y0,
        d2 = dx * dx + dy * dy;
    if (d2 > 4 * delta2 && depth--) {
      var a = a0 + a1,
          b = b0 + b1,
          c = c0 + c1,
          m = sqrt(a * a + b * b + c * c),
          phi2 = asin(c /= m),
          lambda2 = abs(abs(c) - 1) < epsilon || abs(lambda0 - lambda1) < epsilon ? (lambda0 + lambda1) / 2 : atan2(b, a),
          p = project(lambda2, phi2),
          x2 = p[0],
          y2 = p[1],
          dx2 = x2 - x0,
          dy2 = y2 - y0,
          dz = dy * dx2 - dx * dy2;
      if (dz * dz / d2 > delta2 // perpendicular projected distance
          || abs((dx * dx2 + dy * dy2) / d2 - 0.5) > 0.3 // midpoint close to an end
          || a0 * a1 + b0 * b1 + c0 * c1 < cosMinDistance) { // angular distance
        resampleLineTo(x0, y0, lambda0, a0, b0, c0, x2, y2, lambda2, a /= m, b /= m, c, depth, stream);
        stream.point(x2, y2);
        resampleLineTo(x2, y2, lambda2, a, b, c, x1, y1, lambda1, a1, b1, c1, depth, stream);
      }
    }
  }
  return function(stream) {
    var lambda00, x00, y00, a00, b00, c00, // first point
        lambda0, x0, y0, a0, b0, c0; // previous point

    var resampleStream = {
      point: point,
      lineStart: lineStart,
      lineEnd: lineEnd,
      polygonStart: function() { stream.polygonStart(); resampleStream.lineStart = ringStart; },
      polygonEnd: function() { stream.polygonEnd(); resampleStream.lineStart = lineStart; }
    };

    function point(x, y) {
      x = project(x, y);
      stream.point(x[0], x[1]);
    }

    function lineStart() {
      x0 = NaN;
      resampleStream.point = linePoint;
      stream.lineStart();
    }

    function linePoint(lambda, phi) {
      var c = cartesian([lambda, phi]), p = project(lambda, phi);
      resampleLineTo(x0, y0, lambda0, a0, b0, c0, x0 = p[0], y0 = p[1], lambda0 = lambda, a0 = c[0], b0 = c[1], c0 = c[2], maxDepth, stream);
      stream.point(x0, y0);
    }

    function lineEnd() {
      resampleStream.point = point;
      stream.lineEnd();
    }

    function ringStart() {
      lineStart();
      resampleStream.point = ringPoint;
      resampleStream.lineEnd = ringEnd;
    }

    function ringPoint(lambda, phi) {
      linePoint(lambda00 = lambda, phi), x00 = x0, y00 = y0, a00 = a0, b00 = b0, c00 = c0;
      resampleStream.point = linePoint;
    }

    function ringEnd() {
      resampleLineTo(x0, y0, lambda0, a0, b0, c0, x00, y00, lambda00, a00, b00, c00, maxDepth, stream);
      resampleStream.lineEnd = lineEnd;
      lineEnd();
    }

    return resampleStream;
  };
}

var transformRadians = transformer({
  point: function(x, y) {
    this.stream.point(x * radians, y * radians);
  }
});

function transformRotate(rotate) {
  return transformer({
    point: function(x, y) {
      var r = rotate(x, y);
      return this.stream.point(r[0], r[1]);
    }
  });
}

function scaleTranslate(k, dx, dy, sx, sy) {
  function transform(x, y) {
    x *= sx; y *= sy;
    return [dx + k * x, dy - k * y];
  }
  transform.invert = function(x, y) {
    return [(x - dx) / k * sx, (dy - y) / k * sy];
  };
  return transform;
}

function scaleTranslateRotate(k, dx, dy, sx, sy, alpha) {
  if (!alpha) return scaleTranslate(k, dx, dy, sx, sy);
  var cosAlpha = cos(alpha),
      sinAlpha = sin(alpha),
      a = cosAlpha * k,
      b = sinAlpha * k,
      ai = cosAlpha / k,
      bi = sinAlpha / k,
      ci = (sinAlpha * dy - cosAlpha * dx) / k,
      fi = (sinAlpha * dx + cosAlpha * dy) / k;
  function transform(x, y) {
    x *= sx; y *= sy;
    return [a * x - b * y + dx, dy - b * x - a * y];
  }
  transform.invert = function(x, y) {
    return [sx * (ai * x - bi * y + ci), sy * (fi - bi * x - ai * y)];
  };
  return transform;
}

function projection(project) {
  return projectionMutator(function() { return project; })();
}

function projectionMutator(projectAt) {
  var project,
      k = 150, // scale
      x = 480, y = 250, // translate
      lambda = 0, phi = 0, // center
      deltaLambda = 0, deltaPhi = 0, deltaGamma = 0, rotate, // pre-rotate
      alpha = 0, // post-rotate angle
      sx = 1, // reflectX
      sy = 1, // reflectX
      theta = null, preclip = clipAntimeridian, // pre-clip angle
      x0 = null, y0, x1, y1, postclip = identity$1, // post-clip extent
      delta2 = 0.5, // precision
      projectResample,
      projectTransform,
      projectRotateTransform,
      cache,
      cacheStream;

  function projection(point) {
    return projectRotateTransform(point[0] * radians, point[1] * radians);
  }

  function invert(point) {
    point = projectRotateTransform.invert(point[0], point[1]);
    return point && [point[0] * degrees, point[1] * degrees];
  }

  projection.stream = function(stream) {
    return cache && cacheStream === stream ? cache : cache = transformRadians(transformRotate(rotate)(preclip(projectResample(postclip(cacheStream = stream)))));
  };

  projection.preclip = function(_) {
    return arguments.length ? (preclip = _, theta = undefined, reset()) : preclip;
  };

  projection.postclip = function(_) {
    return arguments.length ? (postclip = _, x0 = y0 = x1 = y1 = null, reset()) : postclip;
  };

  projection.clipAngle = function(_) {
    return arguments.length ? (preclip = +_ ? clipCircle(theta = _ * radians) : (theta = null, clipAntimeridian), reset()) : theta * degrees;
  };

  projection.clipExtent = function(_) {
    return arguments.length ? (postclip = _ == null ? (x0 = y0 = x1 = y1 = null, identity$1) : clipRectangle(x0 = +_[0][0], y0 = +_[0][1], x1 = +_[1][0], y1 = +_[1][1]), reset()) : x0 == null ? null : [[x0, y0], [x1, y1]];
  };

  projection.scale = function(_) {
    return arguments.length ? (k = +_, recenter()) : k;
  };

  projection.translate = function(_) {
    return arguments.length ? (x = +_[0], y = +_[1], recenter()) : [x, y];
  };

  projection.center = function(_) {
    return arguments.length ? (lambda = _[0] % 360 * radians, phi = _[1] % 360 * radians, recenter()) : [lambda * degrees, phi * degrees];
  };

  projection.rotate = function(_) {
    return arguments.length ? (deltaLambda = _[0] % 360 * radians, deltaPhi = _[1] % 360 * radians, deltaGamma = _.length > 2 ? _[2] % 360 * radians : 0, recenter()) : [deltaLambda * degrees, deltaPhi * degrees, deltaGamma * degrees];
  };

  projection.angle = function(_) {
    return arguments.length ? (alpha = _ % 360 * radians, recenter()) : alpha * degrees;
  };

  projection.reflectX = function(_) {
    return arguments.length ? (sx = _ ? -1 : 1, recenter()) : sx < 0;
  };

  projection.reflectY = function(_) {
    return arguments.length ? (sy = _ ? -1 : 1, recenter()) : sy < 0;
  };

  projection.precision = function(_) {
    return arguments.length ? (projectResample = resample(projectTransform, delta2 = _ * _), reset()) : sqrt(delta2);
  };

  projection.fitExtent = function(extent, object) {
    return fitExtent(projection, extent, object);
  };

  projection.fitSize = function(size, object) {
    return fitSize(projection, size, object);
  };

  projection.fitWidth = function(width, object) {
    return fitWidth(projection, width, object);
  };

  projection.fitHeight = function(height, object) {
    return fitHeight(projection, height, object);
  };

  function recenter() {
    var center = scaleTranslateRotate(k, 0, 0, sx, sy, alpha).apply(null, project(lambda, phi)),
        transform = scaleTranslateRotate(k, x - center[0], y - center[1], sx, sy, alpha);
    rotate = rotateRadians(deltaLambda, deltaPhi, deltaGamma);
    projectTransform = compose(project, transform);
    projectRotateTransform = compose(rotate, projectTransform);
    projectResample = resample(projectTransform, delta2);
    return reset();
  }

  function reset() {
    cache = cacheStream = null;
    return projection;
  }

  return function() {
    project = projectAt.apply(this, arguments);
    projection.invert = project.invert && invert;
    return recenter();
  };
}

function conicProjection(projectAt) {
  var phi0 = 0,
      phi1 = pi / 3,
      m = projectionMutator(projectAt),
      p = m(phi0, phi1);

  p.parallels = function(_) {
    return arguments.length ? m(phi0 = _[0] * radians, phi1 = _[1] * radians) : [phi0 * degrees, phi1 * degrees];
  };

  return p;
}

function cylindricalEqualAreaRaw(phi0) {
  var cosPhi0 = cos(phi0);

  function forward(lambda, phi) {
    return [lambda * cosPhi0, sin(phi) / cosPhi0];
  }

  forward.invert = function(x, y) {
    return [x / cosPhi0, asin(y * cosPhi0)];
  };

  return forward;
}

function conicEqualAreaRaw(y0, y1) {
  var sy0 = sin(y0), n = (sy0 + sin(y1)) / 2;

  // Are the parallels symmetrical around the Equator?
  if (abs(n) < epsilon) return cylindricalEqualAreaRaw(y0);

  var c = 1 + sy0 * (2 * n - sy0), r0 = sqrt(c) / n;

  function project(x, y) {
    var r = sqrt(c - 2 * n * sin(y)) / n;
    return [r * sin(x *= n), r0 - r * cos(x)];
  }

  project.invert = function(x, y) {
    var r0y = r0 - y,
        l = atan2(x, abs(r0y)) * sign(r0y);
    if (r0y * n < 0)
      l -= pi * sign(x) * sign(r0y);
    return [l / n, asin((c - (x * x + r0y * r0y) * n * n) / (2 * n))];
  };

  return project;
}

function conicEqualArea() {
  return conicProjection(conicEqualAreaRaw)
      .scale(155.424)
      .center([0, 33.6442]);
}

function albers() {
  return conicEqualArea()
      .parallels([29.5, 45.5])
      .scale(1070)
      .translate([480, 250])
      .rotate([96, 0])
      .center([-0.6, 38.7]);
}

// The projections must have mutually exclusive clip regions on the sphere,
// as this will avoid emitting interleaving lines and polygons.
function multiplex(streams) {
  var n = streams.length;
  return {
    point: function(x, y) { var i = -1; while (++i < n) streams[i].point(x, y); },
    sphere: function() { var i = -1; while (++i < n) streams[i].sphere(); },
    lineStart: function() { var i = -1; while (++i < n) streams[i].lineStart(); },
    lineEnd: function() { var i = -1; while (++i < n) streams[i].lineEnd(); },
    polygonStart: function() { var i = -1; while (++i < n) streams[i].polygonStart(); },
    polygonEnd: function() { var i = -1; while (++i < n) streams[i].polygonEnd(); }
  };
}

// A composite projection for the United States, configured by default for
// 960×500. The projection also works quite well at 960×600 if you change the
// scale to 1285 and adjust the translate accordingly. The set of standard
// parallels for each region comes from USGS, which is published here:
// http://egsc.usgs.gov/isb/pubs/MapProjections/projections.html#albers
function albersUsa() {
  var cache,
      cacheStream,
      lower48 = albers(), lower48Point,
      alaska = conicEqualArea().rotate([154, 0]).center([-2, 58.5]).parallels([55, 65]), alaskaPoint, // EPSG:3338
      hawaii = conicEqualArea().rotate([157, 0]).center([-3, 19.9]).parallels([8, 18]), hawaiiPoint, // ESRI:102007
      point, pointStream = {point: function(x, y) { point = [x, y]; }};

  function albersUsa(coordinates) {
    var x = coordinates[0], y = coordinates[1];
    return point = null,
        (lower48Point.point(x, y), point)
        || (alaskaPoint.point(x, y), point)
        || (hawaiiPoint.point(x, y), point);
  }

  albersUsa.invert = function(coordinates) {
    var k = lower48.scale(),
        t = lower48.translate(),
        x = (coordinates[0] - t[0]) / k,
        y = (coordinates[1] - t[1]) / k;
    return (y >= 0.120 && y < 0.234 && x >= -0.425 && x < -0.214 ? alaska
        : y >= 0.166 && y < 0.234 && x >= -0.214 && x < -0.115 ? hawaii
        : lower48).invert(coordinates);
  };

  albersUsa.stream = function(stream) {
    return cache && cacheStream === stream ? cache : cache = multiplex([lower48.stream(cacheStream = stream), alaska.stream(stream), hawaii.stream(stream)]);
  };

  albersUsa.precision = function(_) {
    if (!arguments.length) return lower48.precision();
    lower48.precision(_), alaska.precision(_), hawaii.precision(_);
    return reset();
  };

  albersUsa.scale = function(_) {
    if (!arguments.length) return lower48.scale();
    lower48.scale(_), alaska.scale(_ * 0.35), hawaii.scale(_);
    return albersUsa.translate(lower48.translate());
  };

  albersUsa.translate = function(_) {
    if (!arguments.length) return lower48.translate();
    var k = lower48.scale(), x = +_[0], y = +_[1];

    lower48Point = lower48
        .translate(_)
        .clipExtent([[x - 0.455 * k, y - 0.238 * k], [x + 0.455 * k, y + 0.238 * k]])
        .stream(pointStream);

    alaskaPoint = alaska
        .translate([x - 0.307 * k, y + 0.201 * k])
        .clipExtent([[x - 0.425 * k + epsilon, y + 0.120 * k + epsilon], [x - 0.214 * k - epsilon, y + 0.234 * k - epsilon]])
        .stream(pointStream);

    hawaiiPoint = hawaii
        .translate([x - 0.205 * k, y + 0.212 * k])
        .clipExtent([[x - 0.214 * k + epsilon, y + 0.166 * k + epsilon], [x - 0.115 * k - epsilon, y + 0.234 * k - epsilon]])
        .stream(pointStream);

    return reset();
  };

  albersUsa.fitExtent = function(extent, object) {
    return fitExtent(albersUsa, extent, object);
  };

  albersUsa.fitSize = function(size, object) {
    return fitSize(albersUsa, size, object);
  };

  albersUsa.fitWidth = function(width, object) {
    return fitWidth(albersUsa, width, object);
  };

  albersUsa.fitHeight = function(height, object) {
    return fitHeight(albersUsa, height, object);
  };

  function reset() {
    cache = cacheStream = null;
    return albersUsa;
  }

  return albersUsa.scale(1070);
}

function azimuthalRaw(scale) {
  return function(x, y) {
    var cx = cos(x),
        cy = cos(y),
        k = scale(cx * cy);
        if (k === Infinity) return [2, 0];
    return [
      k * cy * sin(x),
      k * sin(y)
    ];
  }
}

function azimuthalInvert(angle) {
  return function(x, y) {
    var z = sqrt(x * x + y * y),
        c = angle(z),
        sc = sin(c),
        cc = cos(c);
    return [
      atan2(x * sc, z * cc),
      asin(z && y * sc / z)
    ];
  }
}

var azimuthalEqualAreaRaw = azimuthalRaw(function(cxcy) {
  return sqrt(2 / (1 + cxcy));
});

azimuthalEqualAreaRaw.invert = azimuthalInvert(function(z) {
  return 2 * asin(z / 2);
});

function azimuthalEqualArea() {
  return projection(azimuthalEqualAreaRaw)
      .scale(124.75)
      .clipAngle(180 - 1e-3);
}

var azimuthalEquidistantRaw = azimuthalRaw(function(c) {
  return (c = acos(c)) && c / sin(c);
});

azimuthalEquidistantRaw.invert = azimuthalInvert(function(z) {
  return z;
});

function azimuthalEquidistant() {
  return projection(azimuthalEquidistantRaw)
      .scale(79.4188)
      .clipAngle(180 - 1e-3);
}

function mercatorRaw(lambda, phi) {
  return [lambda, log(tan((halfPi + phi) / 2))];
}

mercatorRaw.invert = function(x, y) {
  return [x, 2 * atan(exp(y)) - halfPi];
};

function mercator() {
  return mercatorProjection(mercatorRaw)
      .scale(961 / tau);
}

function mercatorProjection(project) {
  var m = projection(project),
      center = m.center,
      scale = m.scale,
      translate = m.translate,
      clipExtent = m.clipExtent,
      x0 = null, y0, x1, y1; // clip extent

  m.scale = function(_) {
    return arguments.length ? (scale(_), reclip()) : scale();
  };

  m.translate = function(_) {
    return arguments.length ? (translate(_), reclip()) : translate();
  };

  m.center = function(_) {
    return arguments.length ? (center(_), reclip()) : center();
  };

  m.clipExtent = function(_) {
    return arguments.length ? ((_ == null ? x0 = y0 = x1 = y1 = null : (x0 = +_[0][0], y0 = +_[0][1], x1 = +_[1][0], y1 = +_[1][1])), reclip()) : x0 == null ? null : [[x0, y0], [x1, y1]];
  };

  function reclip() {
    var k = pi * scale(),
        t = m(rotation(m.rotate()).invert([0, 0]));
    return clipExtent(x0 == null
        ? [[t[0] - k, t[1] - k], [t[0] + k, t[1] + k]] : project === mercatorRaw
        ? [[Math.max(t[0] - k, x0), y0], [Math.min(t[0] + k, x1), y1]]
        : [[x0, Math.max(t[1] - k, y0)], [x1, Math.min(t[1] + k, y1)]]);
  }

  return reclip();
}

function tany(y) {
  return tan((halfPi + y) / 2);
}

function conicConformalRaw(y0, y1) {
  var cy0 = cos(y0),
      n = y0 === y1 ? sin(y0) : log(cy0 / cos(y1)) / log(tany(y1) / tany(y0)),
      f = cy0 * pow(tany(y0), n) / n;

  if (!n) return mercatorRaw;

  function project(x, y) {
    if (f > 0) { if (y < -halfPi + epsilon) y = -halfPi + epsilon; }
    else { if (y > halfPi - epsilon) y = halfPi - epsilon; }
    var r = f / pow(tany(y), n);
    return [r * sin(n * x), f - r * cos(n * x)];
  }

  project.invert = function(x, y) {
    var fy = f - y, r = sign(n) * sqrt(x * x + fy * fy),
      l = atan2(x, abs(fy)) * sign(fy);
    if (fy * n < 0)
      l -= pi * sign(x) * sign(fy);
    return [l / n, 2 * atan(pow(f / r, 1 / n)) - halfPi];
  };

  return project;
}

function conicConformal() {
  return conicProjection(conicConformalRaw)
      .scale(109.5)
      .parallels([30, 30]);
}

function equirectangularRaw(lambda, phi) {
  return [lambda, phi];
}

equirectangularRaw.invert = equirectangularRaw;

function equirectangular() {
  return projection(equirectangularRaw)
      .scale(152.63);
}

function conicEquidistantRaw(y0, y1) {
  var cy0 = cos(y0),
      n = y0 === y1 ? sin(y0) : (cy0 - cos(y1)) / (y1 - y0),
      g = cy0 / n + y0;

  if (abs(n) < epsilon) return equirectangularRaw;

  function project(x, y) {
    var gy = g - y, nx = n * x;
    return [gy * sin(nx), g - gy * cos(nx)];
  }

  project.invert = function(x, y) {
    var gy = g - y,
        l = atan2(x, abs(gy)) * sign(gy);
    if (gy * n < 0)
      l -= pi * sign(x) * sign(gy);
    return [l / n, g - sign(n) * sqrt(x * x + gy * gy)];
  };

  return project;
}

function conicEquidistant() {
  return conicProjection(conicEquidistantRaw)
      .scale(131.154)
      .center([0, 13.9389]);
}

var A1 = 1.340264,
    A2 = -0.081106,
    A3 = 0.000893,
    A4 = 0.003796,
    M = sqrt(3) / 2,
    iterations = 12;

function equalEarthRaw(lambda, phi) {
  var l = asin(M * sin(phi)), l2 = l * l, l6 = l2 * l2 * l2;
  return [
    lambda * cos(l) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2))),
    l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2))
  ];
}

equalEarthRaw.invert = function(x, y) {
  var l = y, l2 = l * l, l6 = l2 * l2 * l2;
  for (var i = 0, delta, fy, fpy; i < iterations; ++i) {
    fy = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2)) - y;
    fpy = A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2);
    l -= delta = fy / fpy, l2 = l * l, l6 = l2 * l2 * l2;
    if (abs(delta) < epsilon2) break;
  }
  return [
    M * x * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2)) / cos(l),
    asin(sin(l) / M)
  ];
};

function equalEarth() {
  return projection(equalEarthRaw)
      .scale(177.158);
}

function gnomonicRaw(x, y) {
  var cy = cos(y), k = cos(x) * cy;
  return [cy * sin(x) / k, sin(y) / k];
}

gnomonicRaw.invert = azimuthalInvert(atan);

function gnomonic() {
  return projection(gnomonicRaw)
      .scale(144.049)
      .clipAngle(60);
}

function d3_geo_identity() {
  var k = 1, tx = 0, ty = 0, sx = 1, sy = 1, // scale, translate and reflect
      alpha = 0, ca, sa, // angle
      x0 = null, y0, x1, y1, // clip extent
      kx = 1, ky = 1,
      transform = transformer({
        point: function(x, y) {
          var p = projection([x, y]);
          this.stream.point(p[0], p[1]);
        }
      }),
      postclip = identity$1,
      cache,
      cacheStream;

  function reset() {
    kx = k * sx;
    ky = k * sy;
    cache = cacheStream = null;
    return projection;
  }

  function projection (p) {
    var x = p[0] * kx, y = p[1] * ky;
    if (alpha) {
      var t = y * ca - x * sa;
      x = x * ca + y * sa;
      y = t;
    }    
    return [x + tx, y + ty];
  }
  projection.invert = function(p) {
    var x = p[0] - tx, y = p[1] - ty;
    if (alpha) {
      var t = y * ca + x * sa;
      x = x * ca - y * sa;
      y = t;
    }
    return [x / kx, y / ky];
  };
  projection.stream = function(stream) {
    return cache && cacheStream === stream ? cache : cache = transform(postclip(cacheStream = stream));
  };
  projection.postclip = function(_) {
    return arguments.length ? (postclip = _, x0 = y0 = x1 = y1 = null, reset()) : postclip;
  };
  projection.clipExtent = function(_) {
    return arguments.length ? (postclip = _ == null ? (x0 = y0 = x1 = y1 = null, identity$1) : clipRectangle(x0 = +_[0][0], y0 = +_[0][1], x1 = +_[1][0], y1 = +_[1][1]), reset()) : x0 == null ? null : [[x0, y0], [x1, y1]];
  };
  projection.scale = function(_) {
    return arguments.length ? (k = +_, reset()) : k;
  };
  projection.translate = function(_) {
    return arguments.length ? (tx = +_[0], ty = +_[1], reset()) : [tx, ty];
  };
  projection.angle = function(_) {
    return arguments.length ? (alpha = _ % 360 * radians, sa = sin(alpha), ca = cos(alpha), reset()) : alpha * degrees;
  };
  projection.reflectX = function(_) {
    return arguments.length ? (sx = _ ? -1 : 1, reset()) : sx < 0;
  };
  projection.reflectY = function(_) {
    return arguments.length ? (sy = _ ? -1 : 1, reset()) : sy < 0;
  };
  projection.fitExtent = function(extent, object) {
    return fitExtent(projection, extent, object);
  };
  projection.fitSize = function(size, object) {
    return fitSize(projection, size, object);
  };
  projection.fitWidth = function(width, object) {
    return fitWidth(projection, width, object);
  };
  projection.fitHeight = function(height, object) {
    return fitHeight(projection, height, object);
  };

  return projection;
}

function naturalEarth1Raw(lambda, phi) {
  var phi2 = phi * phi, phi4 = phi2 * phi2;
  return [
    lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4))),
    phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)))
  ];
}

naturalEarth1Raw.invert = function(x, y) {
  var phi = y, i = 25, delta;
  do {
    var phi2 = phi * phi, phi4 = phi2 * phi2;
    phi -= delta = (phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))) - y) /
        (1.007226 + phi2 * (0.015085 * 3 + phi4 * (-0.044475 * 7 + 0.028874 * 9 * phi2 - 0.005916 * 11 * phi4)));
  } while (abs(delta) > epsilon && --i > 0);
  return [
    x / (0.8707 + (phi2 = phi * phi) * (-0.131979 + phi2 * (-0.013791 + phi2 * phi2 * phi2 * (0.003971 - 0.001529 * phi2)))),
    phi
  ];
};

function naturalEarth1() {
  return projection(naturalEarth1Raw)
      .scale(175.295);
}

function orthographicRaw(x, y) {
  return [cos(y) * sin(x), sin(y)];
}

orthographicRaw.invert = azimuthalInvert(asin);

function orthographic() {
  return projection(orthographicRaw)
      .scale(249.5)
      .clipAngle(90 + epsilon);
}

function stereographicRaw(x, y) {
  var cy = cos(y), k = 1 + cos(x) * cy;
  return [cy * sin(x) / k, sin(y) / k];
}

stereographicRaw.invert = azimuthalInvert(function(z) {
  return 2 * atan(z);
});

function stereographic() {
  return projection(stereographicRaw)
      .scale(250)
      .clipAngle(142);
}

function transverseMercatorRaw(lambda, phi) {
  return [log(tan((halfPi + phi) / 2)), -lambda];
}

transverseMercatorRaw.invert = function(x, y) {
  return [-y, 2 * atan(exp(x)) - halfPi];
};

function transverseMercator() {
  var m = mercatorProjection(transverseMercatorRaw),
      center = m.center,
      rotate = m.rotate;

  m.center = function(_) {
    return arguments.length ? center([-_[1], _[0]]) : (_ = center(), [_[1], -_[0]]);
  };

  m.rotate = function(_) {
    return arguments.length ? rotate([_[0], _[1], _.length > 2 ? _[2] + 90 : 90]) : (_ = rotate(), [_[0], _[1], _[2] - 90]);
  };

  return rotate([0, 0, 90])
      .scale(159.155);
}




/***/ }),

/***/ 6182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ W)
/* harmony export */ });
/* unused harmony exports ICalAlarm, ICalAlarmRelatesTo, ICalAlarmType, ICalAttendee, ICalAttendeeRole, ICalAttendeeStatus, ICalAttendeeType, ICalCalendar, ICalCalendarMethod, ICalCategory, ICalEvent, ICalEventBusyStatus, ICalEventClass, ICalEventRepeatingFreq, ICalEventStatus, ICalEventTransparency, ICalEventTravelTimeSuggestion, ICalEventTravelTimeTransportation, ICalWeekday, escape, foldLines, formatDate, formatDateTZ */
let e=function(e){return e.DAILY=`DAILY`,e.HOURLY=`HOURLY`,e.MINUTELY=`MINUTELY`,e.MONTHLY=`MONTHLY`,e.SECONDLY=`SECONDLY`,e.WEEKLY=`WEEKLY`,e.YEARLY=`YEARLY`,e}({}),t=function(e){return e.AUTOMATIC=`AUTOMATIC`,e.DISABLED=`DISABLED`,e.ENABLED=`ENABLED`,e}({}),n=function(e){return e.BICYCLE=`BICYCLE`,e.CAR=`CAR`,e.TRANSIT=`TRANSIT`,e.WALKING=`WALKING`,e}({}),r=function(e){return e.FR=`FR`,e.MO=`MO`,e.SA=`SA`,e.SU=`SU`,e.TH=`TH`,e.TU=`TU`,e.WE=`WE`,e}({});function i(e,t,n){if(Array.isArray(t))e.x=t.map(e=>{if(Array.isArray(e))return e;if(typeof e.key!=`string`||typeof e.value!=`string`)throw Error(`Either key or value is not a string!`);if(e.key.substr(0,2)!==`X-`)throw Error("Key has to start with `X-`!");return[e.key,e.value]});else if(typeof t==`object`)e.x=Object.entries(t).map(([e,t])=>{if(typeof e!=`string`||typeof t!=`string`)throw Error(`Either key or value is not a string!`);if(e.substr(0,2)!==`X-`)throw Error("Key has to start with `X-`!");return[e,t]});else if(typeof t==`string`&&typeof n==`string`){if(t.substr(0,2)!==`X-`)throw Error("Key has to start with `X-`!");e.x.push([t,n])}else return e.x.map(e=>({key:e[0],value:e[1]}))}function a(e,t){if(e instanceof Date&&isNaN(e.getTime())||typeof e==`string`&&isNaN(new Date(e).getTime()))throw Error(`\`${t}\` has to be a valid date!`);if(e instanceof Date||typeof e==`string`||typeof e==`object`&&e&&(C(e)||S(e)||x(e)||b(e))||m(e)&&e.isValid===!0||(h(e)||p(e))&&e.isValid())return e;throw Error(`\`${t}\` has to be a valid date!`)}function o(e,t){let n=Object.values(e),r=String(t).toUpperCase();if(!r||!n.includes(r))throw Error(`Input must be one of the following: ${n.join(`, `)}`);return r}function s(e,t){let n=null;if(typeof t==`string`){let e=t.match(/^(.+) ?<([^>]+)>$/);e?n={email:e[2].trim(),name:e[1].trim()}:t.includes(`@`)&&(n={email:t.trim(),name:t.trim()})}else typeof t==`object`&&(n={email:t.email,mailto:t.mailto,name:t.name,sentBy:t.sentBy});if(!n&&typeof t==`string`)throw Error("`"+e+"` isn't formated correctly. See https://sebbo2002.github.io/ical-generator/develop/reference/interfaces/ICalOrganizer.html");if(!n)throw Error("`"+e+"` needs to be a valid formed string or an object. See https://sebbo2002.github.io/ical-generator/develop/reference/interfaces/ICalOrganizer.html");if(!n.name)throw Error("`"+e+".name` is empty!");if(!n.email)throw Error("`"+e+".email` is empty!");return n}function c(e,t){return String(e).replace(t?/[\\"]/g:/[\\;,]/g,function(e){return`\\`+e}).replace(/(?:\r\n|\r|\n)/g,`\\n`)}function l(e){return e.split(`\r
`).map(function(e){let t=``,n=0;for(let r=0;r<e.length;r++){let i=e.charAt(r);i>=`\ud800`&&i<=`\udbff`&&(i+=e.charAt(++r));let a=new TextEncoder().encode(i).length;n+=a,n>74&&(t+=`\r
 `,n=a),t+=i}return t}).join(`\r
`)}function u(e,t,n,r){if(e?.startsWith(`/`)&&(e=e.substr(1)),typeof t==`string`||t instanceof Date){let i=w(t)?t.withTimeZone(e):new Date(t),a=i.getUTCFullYear().toString().padStart(4,`0`)+String(i.getUTCMonth()+1).padStart(2,`0`)+i.getUTCDate().toString().padStart(2,`0`);return e&&(a=i.getFullYear().toString().padStart(2,`0`)+String(i.getMonth()+1).padStart(2,`0`)+i.getDate().toString().padStart(2,`0`)),n?a:e?(a+=`T`+i.getHours().toString().padStart(2,`0`)+i.getMinutes().toString().padStart(2,`0`)+i.getSeconds().toString().padStart(2,`0`),a):(a+=`T`+i.getUTCHours().toString().padStart(2,`0`)+i.getUTCMinutes().toString().padStart(2,`0`)+i.getUTCSeconds().toString().padStart(2,`0`)+(r?``:`Z`),a)}else if(h(t)){let i=e?_(t)&&!t.tz()?t.clone().tz(e):t:r||n&&_(t)&&t.tz()?t:t.utc();return i.format(`YYYYMMDD`)+(n?``:`T`+i.format(`HHmmss`)+(r||e?``:`Z`))}else if(m(t)){let i=e?t.setZone(e):r||n&&t.zone.type!==`system`?t:t.setZone(`utc`);return i.toFormat(`yyyyLLdd`)+(n?``:`T`+i.toFormat(`HHmmss`)+(r||e?``:`Z`))}else if(C(t)){let i=t;return e&&(i=t.withTimeZone(t.timeZoneId)),!e&&t.timeZoneId!==`UTC`&&(i=t.withTimeZone(`UTC`)),u(null,i.toPlainDateTime(),n,r||!!e)}else if(S(t)){if(n)return t.year.toString().padStart(4,`0`)+t.month.toString().padStart(2,`0`)+t.day.toString().padStart(2,`0`);if(e){let i=t.toZonedDateTime(e);return u(e,i,n,r)}return t.year.toString().padStart(4,`0`)+t.month.toString().padStart(2,`0`)+t.day.toString().padStart(2,`0`)+`T`+t.hour.toString().padStart(2,`0`)+t.minute.toString().padStart(2,`0`)+t.second.toString().padStart(2,`0`)+(r||e?``:`Z`)}else if(x(t))return t.year.toString().padStart(4,`0`)+t.month.toString().padStart(2,`0`)+t.day.toString().padStart(2,`0`)+(n?``:`T000000`+(r||e?``:`Z`));else if(b(t)){let i=e||`UTC`,a=t.toZonedDateTimeISO(i);return u(e,a,n,r)}else{let i=t;if(e)i=typeof t.tz==`function`?t.tz(e):t;else if(!r)if(typeof t.utc==`function`)i=t.utc();else throw Error(`Unable to convert dayjs object to UTC value: UTC plugin is not available!`);return i.format(`YYYYMMDD`)+(n?``:`T`+i.format(`HHmmss`)+(r||e?``:`Z`))}}function d(e,t,n,r){let i=``,a=r?.floating||!1;return r?.timezone&&(i=`;TZID=`+r.timezone,a=!0),t+i+`:`+u(e,n,!1,a)}function f(e){let t=e.x.map(([e,t])=>e.toUpperCase()+`:`+c(t,!1)).join(`\r
`);return t.length?t+`\r
`:``}function p(e){return typeof e==`object`&&!!e&&!(e instanceof Date)&&!h(e)&&!m(e)&&!y(e)}function m(e){return typeof e==`object`&&!!e&&`toJSDate`in e&&typeof e.toJSDate==`function`&&!y(e)}function h(e){return e!=null&&e._isAMomentObject!=null&&!y(e)}function g(e){return typeof e==`object`&&!!e&&`asSeconds`in e&&typeof e.asSeconds==`function`}function _(e){return h(e)&&`tz`in e&&typeof e.tz==`function`}function v(e){return typeof e==`object`&&!!e&&`between`in e&&typeof e.between==`function`&&typeof e.toString==`function`}function y(e){return C(e)||S(e)||x(e)||b(e)}function b(e){return typeof e==`object`&&!!e&&!C(e)&&!S(e)&&!x(e)&&`toZonedDateTimeISO`in e&&typeof e.toZonedDateTimeISO==`function`&&!(`year`in e)&&!(`timeZoneId`in e)}function x(e){return typeof e==`object`&&!!e&&!C(e)&&!S(e)&&`toPlainDateTime`in e&&typeof e.toPlainDateTime==`function`&&`year`in e&&typeof e.year==`number`&&`month`in e&&typeof e.month==`number`&&`day`in e&&typeof e.day==`number`&&!(`hour`in e)&&!(`timeZoneId`in e)&&!(`epochSeconds`in e)}function S(e){return typeof e==`object`&&!!e&&!C(e)&&`toZonedDateTime`in e&&typeof e.toZonedDateTime==`function`&&`toPlainDate`in e&&typeof e.toPlainDate==`function`&&`year`in e&&typeof e.year==`number`&&`month`in e&&typeof e.month==`number`&&`day`in e&&typeof e.day==`number`&&`hour`in e&&typeof e.hour==`number`&&`minute`in e&&typeof e.minute==`number`&&`second`in e&&typeof e.second==`number`&&!(`timeZone`in e)}function C(e){return typeof e==`object`&&!!e&&`timeZoneId`in e&&typeof e.timeZoneId==`string`&&`toPlainDateTime`in e&&typeof e.toPlainDateTime==`function`&&`year`in e&&typeof e.year==`number`&&`month`in e&&typeof e.month==`number`&&`day`in e&&typeof e.day==`number`&&`hour`in e&&typeof e.hour==`number`&&`minute`in e&&typeof e.minute==`number`&&`second`in e&&typeof e.second==`number`}function w(e){return e instanceof Date&&`internal`in e&&e.internal instanceof Date&&`withTimeZone`in e&&typeof e.withTimeZone==`function`&&`tzComponents`in e&&typeof e.tzComponents==`function`}function T(e){if(typeof e==`string`||e instanceof Date)return new Date(e);if(C(e)){let t=e.toInstant();return new Date(t.epochMilliseconds)}return S(e)?new Date(Date.UTC(e.year,e.month-1,e.day,e.hour,e.minute,e.second)):x(e)?new Date(Date.UTC(e.year,e.month-1,e.day)):b(e)?new Date(e.epochMilliseconds):m(e)?e.toJSDate():e.toDate()}function E(e){let t=``;return e<0&&(t=`-`,e*=-1),t+=`P`,e>=86400&&(t+=Math.floor(e/86400)+`D`,e%=86400),!e&&t.length>1?t:(t+=`T`,e>=3600&&(t+=Math.floor(e/3600)+`H`,e%=3600),e>=60&&(t+=Math.floor(e/60)+`M`,e%=60),e>0?t+=e+`S`:t.length<=2&&(t+=`0S`),t)}function D(e){return e?typeof e==`string`?e:C(e)?D(e.withTimeZone(`UTC`).toPlainDateTime()):(y(e),e.toJSON()):null}let O=function(e){return e.CHAIR=`CHAIR`,e.NON=`NON-PARTICIPANT`,e.OPT=`OPT-PARTICIPANT`,e.REQ=`REQ-PARTICIPANT`,e}({}),k=function(e){return e.CLIENT=`CLIENT`,e.NONE=`NONE`,e.SERVER=`SERVER`,e}({}),A=function(e){return e.ACCEPTED=`ACCEPTED`,e.DECLINED=`DECLINED`,e.DELEGATED=`DELEGATED`,e.NEEDSACTION=`NEEDS-ACTION`,e.TENTATIVE=`TENTATIVE`,e}({}),j=function(e){return e.GROUP=`GROUP`,e.INDIVIDUAL=`INDIVIDUAL`,e.RESOURCE=`RESOURCE`,e.ROOM=`ROOM`,e.UNKNOWN=`UNKNOWN`,e}({});var M=class e{data;parent;constructor(e,t){if(this.data={delegatedFrom:null,delegatedTo:null,email:``,mailto:null,name:null,role:O.REQ,rsvp:null,scheduleAgent:null,sentBy:null,status:null,type:null,x:[]},this.parent=t,!this.parent)throw Error("`event` option required!");if(!e.email)throw Error("No value for `email` in ICalAttendee given!");e.name!==void 0&&this.name(e.name),e.email!==void 0&&this.email(e.email),e.mailto!==void 0&&this.mailto(e.mailto),e.sentBy!==void 0&&this.sentBy(e.sentBy),e.status!==void 0&&this.status(e.status),e.role!==void 0&&this.role(e.role),e.rsvp!==void 0&&this.rsvp(e.rsvp),e.type!==void 0&&this.type(e.type),e.delegatedTo!==void 0&&this.delegatedTo(e.delegatedTo),e.delegatedFrom!==void 0&&this.delegatedFrom(e.delegatedFrom),e.delegatesTo&&this.delegatesTo(e.delegatesTo),e.delegatesFrom&&this.delegatesFrom(e.delegatesFrom),e.scheduleAgent!==void 0&&this.scheduleAgent(e.scheduleAgent),e.x!==void 0&&this.x(e.x)}delegatedFrom(t){return t===void 0?this.data.delegatedFrom:(t?typeof t==`string`?this.data.delegatedFrom=new e(s(`delegatedFrom`,t),this.parent):t instanceof e?this.data.delegatedFrom=t:this.data.delegatedFrom=new e(t,this.parent):this.data.delegatedFrom=null,this)}delegatedTo(t){return t===void 0?this.data.delegatedTo:t?(typeof t==`string`?this.data.delegatedTo=new e(s(`delegatedTo`,t),this.parent):t instanceof e?this.data.delegatedTo=t:this.data.delegatedTo=new e(t,this.parent),this.data.status=A.DELEGATED,this):(this.data.delegatedTo=null,this.data.status===A.DELEGATED&&(this.data.status=null),this)}delegatesFrom(t){let n=t instanceof e?t:this.parent.createAttendee(t);return this.delegatedFrom(n),n.delegatedTo(this),n}delegatesTo(t){let n=t instanceof e?t:this.parent.createAttendee(t);return this.delegatedTo(n),n.delegatedFrom(this),n}email(e){return e?(this.data.email=e,this):this.data.email}mailto(e){return e===void 0?this.data.mailto:(this.data.mailto=e||null,this)}name(e){return e===void 0?this.data.name:(this.data.name=e||null,this)}role(e){return e===void 0?this.data.role:(this.data.role=o(O,e),this)}rsvp(e){return e===void 0?this.data.rsvp:e===null?(this.data.rsvp=null,this):(this.data.rsvp=!!e,this)}scheduleAgent(e){return e===void 0?this.data.scheduleAgent:e?typeof e==`string`&&e.toUpperCase().startsWith(`X-`)?(this.data.scheduleAgent=e,this):(this.data.scheduleAgent=o(k,e),this):(this.data.scheduleAgent=null,this)}sentBy(e){return e?(this.data.sentBy=e,this):this.data.sentBy}status(e){return e===void 0?this.data.status:e?(this.data.status=o(A,e),this):(this.data.status=null,this)}toJSON(){return Object.assign({},this.data,{delegatedFrom:this.data.delegatedFrom?.email()||null,delegatedTo:this.data.delegatedTo?.email()||null,x:this.x()})}toString(){let e=`ATTENDEE`;if(!this.data.email)throw Error("No value for `email` in ICalAttendee given!");return e+=`;ROLE=`+this.data.role,this.data.type&&(e+=`;CUTYPE=`+this.data.type),this.data.status&&(e+=`;PARTSTAT=`+this.data.status),this.data.rsvp!==null&&(e+=`;RSVP=`+this.data.rsvp.toString().toUpperCase()),this.data.sentBy!==null&&(e+=`;SENT-BY="mailto:`+this.data.sentBy+`"`),this.data.delegatedTo&&(e+=`;DELEGATED-TO="`+this.data.delegatedTo.email()+`"`),this.data.delegatedFrom&&(e+=`;DELEGATED-FROM="`+this.data.delegatedFrom.email()+`"`),this.data.name&&(e+=`;CN="`+c(this.data.name,!0)+`"`),this.data.email&&this.data.mailto&&(e+=`;EMAIL=`+c(this.data.email,!1)),this.data.scheduleAgent&&(e+=`;SCHEDULE-AGENT=`+this.data.scheduleAgent),this.data.x.length&&(e+=`;`+this.data.x.map(([e,t])=>e.toUpperCase()+`=`+c(t,!1)).join(`;`)),e+=`:MAILTO:`+c(this.data.mailto||this.data.email,!1)+`\r
`,e}type(e){return e===void 0?this.data.type:e?(this.data.type=o(j,e),this):(this.data.type=null,this)}x(e,t){if(e===void 0)return i(this.data);if(typeof e==`string`&&typeof t==`string`)i(this.data,e,t);else if(typeof e==`object`)i(this.data,e);else throw Error(`Either key or value is not a string!`);return this}};let N=function(e){return e.audio=`audio`,e.display=`display`,e.email=`email`,e}({});const P={end:`END`,start:`START`};var F=class{data;event;constructor(e,t){if(this.data={attach:null,attendees:[],description:null,interval:null,relatesTo:null,repeat:null,summary:null,trigger:-600,type:N.display,x:[]},this.event=t,!t)throw Error("`event` option required!");e.type!==void 0&&this.type(e.type),`trigger`in e&&e.trigger!==void 0&&this.trigger(e.trigger),`triggerBefore`in e&&e.triggerBefore!==void 0&&this.triggerBefore(e.triggerBefore),`triggerAfter`in e&&e.triggerAfter!==void 0&&this.triggerAfter(e.triggerAfter),e.repeat&&this.repeat(e.repeat),e.attach!==void 0&&this.attach(e.attach),e.description!==void 0&&this.description(e.description),e.summary!==void 0&&this.summary(e.summary),e.attendees!==void 0&&this.attendees(e.attendees),e.x!==void 0&&this.x(e.x)}attach(e){if(e===void 0)return this.data.attach;if(!e)return this.data.attach=null,this;let t;if(typeof e==`string`)t={mime:null,uri:e};else if(typeof e==`object`)t={mime:e.mime||null,uri:e.uri};else throw Error("`attachment` needs to be a valid formed string or an object. See https://sebbo2002.github.io/ical-generator/develop/reference/classes/ICalAlarm.html#attach");if(!t.uri)throw Error("`attach.uri` is empty!");return this.data.attach={mime:t.mime,uri:t.uri},this}attendees(e){return e?(e.forEach(e=>this.createAttendee(e)),this):this.data.attendees}createAttendee(e){if(e instanceof M)return this.data.attendees.push(e),e;typeof e==`string`&&(e=s(`data`,e));let t=new M(e,this);return this.data.attendees.push(t),t}description(e){return e===void 0?this.data.description:e?(this.data.description=e,this):(this.data.description=null,this)}relatesTo(e){if(e===void 0)return this.data.relatesTo;if(!e)return this.data.relatesTo=null,this;if(!Object.values(P).includes(e))throw Error("`relatesTo` is not correct, must be either `START` or `END`!");return this.data.relatesTo=e,this}repeat(e){if(e===void 0)return this.data.repeat;if(!e)return this.data.repeat=null,this;if(typeof e!=`object`)throw Error("`repeat` is not correct, must be an object!");if(typeof e.times!=`number`||!isFinite(e.times))throw Error("`repeat.times` is not correct, must be numeric!");if(typeof e.interval!=`number`||!isFinite(e.interval))throw Error("`repeat.interval` is not correct, must be numeric!");return this.data.repeat=e,this}summary(e){return e===void 0?this.data.summary:e?(this.data.summary=e,this):(this.data.summary=null,this)}toJSON(){let e=this.trigger();return Object.assign({},this.data,{trigger:typeof e==`number`?e:D(e),x:this.x()})}toString(){let e=`BEGIN:VALARM\r
`;if(e+=`ACTION:`+this.data.type.toUpperCase()+`\r
`,typeof this.data.trigger==`number`&&this.data.relatesTo===null?this.data.trigger>0?e+=`TRIGGER;RELATED=END:`+E(this.data.trigger)+`\r
`:e+=`TRIGGER:`+E(this.data.trigger)+`\r
`:typeof this.data.trigger==`number`?e+=`TRIGGER;RELATED=`+this.data.relatesTo?.toUpperCase()+`:`+E(this.data.trigger)+`\r
`:e+=`TRIGGER;VALUE=DATE-TIME:`+u(this.event.timezone(),this.data.trigger)+`\r
`,this.data.repeat){if(!this.data.repeat.times)throw Error("No value for `repeat.times` in ICalAlarm given, but required for `interval`!");if(!this.data.repeat.interval)throw Error("No value for `repeat.interval` in ICalAlarm given, but required for `repeat`!");e+=`REPEAT:`+this.data.repeat.times+`\r
`,e+=`DURATION:`+E(this.data.repeat.interval)+`\r
`}return this.data.type===`audio`&&this.data.attach&&this.data.attach.mime?e+=`ATTACH;FMTTYPE=`+c(this.data.attach.mime,!1)+`:`+c(this.data.attach.uri,!1)+`\r
`:this.data.type===`audio`&&this.data.attach?e+=`ATTACH;VALUE=URI:`+c(this.data.attach.uri,!1)+`\r
`:this.data.type===`audio`&&(e+=`ATTACH;VALUE=URI:Basso\r
`),this.data.type!==`audio`&&this.data.description?e+=`DESCRIPTION:`+c(this.data.description,!1)+`\r
`:this.data.type!==`audio`&&(e+=`DESCRIPTION:`+c(this.event.summary(),!1)+`\r
`),this.data.type===`email`&&this.data.summary?e+=`SUMMARY:`+c(this.data.summary,!1)+`\r
`:this.data.type===`email`&&(e+=`SUMMARY:`+c(this.event.summary(),!1)+`\r
`),this.data.type===`email`&&this.data.attendees.forEach(t=>{e+=t.toString()}),e+=f(this.data),e+=`END:VALARM\r
`,e}trigger(e){if(e===void 0&&typeof this.data.trigger==`number`)return-1*this.data.trigger;if(e===void 0)return this.data.trigger;if(typeof e==`number`&&isFinite(e))this.data.trigger=-1*e;else if(!e||typeof e==`number`)throw Error("`trigger` is not correct, must be a finite number or a supported date!");else this.data.trigger=a(e,`trigger`);return this}triggerAfter(e){return e===void 0?this.data.trigger:this.trigger(typeof e==`number`?-1*e:e)}triggerBefore(e){return e===void 0?this.trigger():this.trigger(e)}type(e){if(e===void 0)return this.data.type;if(!e||!Object.keys(N).includes(e))throw Error("`type` is not correct, must be either `display` or `audio`!");return this.data.type=e,this}x(e,t){if(e===void 0)return i(this.data);if(typeof e==`string`&&typeof t==`string`)i(this.data,e,t);else if(typeof e==`object`)i(this.data,e);else throw Error(`Either key or value is not a string!`);return this}},I=class{data;constructor(e){if(this.data={name:``},!e.name)throw Error("No value for `name` in ICalCategory given!");this.name(e.name)}name(e){return e===void 0?this.data.name:(this.data.name=e,this)}toJSON(){return Object.assign({},this.data)}toString(){return c(this.data.name,!1)}};let L=function(e){return e.BUSY=`BUSY`,e.FREE=`FREE`,e.OOF=`OOF`,e.TENTATIVE=`TENTATIVE`,e}({}),R=function(e){return e.CONFIDENTIAL=`CONFIDENTIAL`,e.PRIVATE=`PRIVATE`,e.PUBLIC=`PUBLIC`,e}({}),z=function(e){return e.CANCELLED=`CANCELLED`,e.CONFIRMED=`CONFIRMED`,e.TENTATIVE=`TENTATIVE`,e}({}),B=function(e){return e.OPAQUE=`OPAQUE`,e.TRANSPARENT=`TRANSPARENT`,e}({});var V=class{calendar;data;constructor(e,t){if(this.data={alarms:[],allDay:!1,attachments:[],attendees:[],busystatus:null,categories:[],class:null,created:null,description:null,end:null,floating:!1,id:crypto.randomUUID(),lastModified:null,location:null,organizer:null,priority:null,recurrenceId:null,repeating:null,sequence:0,stamp:new Date,start:new Date,status:null,summary:``,timezone:null,transparency:null,travelTime:null,url:null,x:[]},this.calendar=t,!t)throw Error("`calendar` option required!");e.id&&this.id(e.id),e.sequence!==void 0&&this.sequence(e.sequence),e.start&&this.start(e.start),e.end!==void 0&&this.end(e.end),e.recurrenceId!==void 0&&this.recurrenceId(e.recurrenceId),e.timezone!==void 0&&this.timezone(e.timezone),e.stamp!==void 0&&this.stamp(e.stamp),e.allDay!==void 0&&this.allDay(e.allDay),e.floating!==void 0&&this.floating(e.floating),e.repeating!==void 0&&this.repeating(e.repeating),e.summary!==void 0&&this.summary(e.summary),e.location!==void 0&&this.location(e.location),e.description!==void 0&&this.description(e.description),e.organizer!==void 0&&this.organizer(e.organizer),e.attendees!==void 0&&this.attendees(e.attendees),e.alarms!==void 0&&this.alarms(e.alarms),e.categories!==void 0&&this.categories(e.categories),e.status!==void 0&&this.status(e.status),e.busystatus!==void 0&&this.busystatus(e.busystatus),e.priority!==void 0&&this.priority(e.priority),e.url!==void 0&&this.url(e.url),e.attachments!==void 0&&this.attachments(e.attachments),e.transparency!==void 0&&this.transparency(e.transparency),e.travelTime!==void 0&&this.travelTime(e.travelTime),e.created!==void 0&&this.created(e.created),e.lastModified!==void 0&&this.lastModified(e.lastModified),e.class!==void 0&&this.class(e.class),e.x!==void 0&&this.x(e.x)}alarms(e){return e?(e.forEach(e=>this.createAlarm(e)),this):this.data.alarms}allDay(e){return e===void 0?this.data.allDay:(this.data.allDay=!!e,this)}attachments(e){return e?(e.forEach(e=>this.createAttachment(e)),this):this.data.attachments}attendees(e){return e?(e.forEach(e=>this.createAttendee(e)),this):this.data.attendees}busystatus(e){return e===void 0?this.data.busystatus:e===null?(this.data.busystatus=null,this):(this.data.busystatus=o(L,e),this)}categories(e){return e?(e.forEach(e=>this.createCategory(e)),this):this.data.categories}class(e){return e===void 0?this.data.class:e===null?(this.data.class=null,this):(this.data.class=o(R,e),this)}createAlarm(e){let t=e instanceof F?e:new F(e,this);return this.data.alarms.push(t),t}createAttachment(e){return this.data.attachments.push(e),this}createAttendee(e){if(e instanceof M)return this.data.attendees.push(e),e;typeof e==`string`&&(e=s(`data`,e));let t=new M(e,this);return this.data.attendees.push(t),t}createCategory(e){let t=e instanceof I?e:new I(e);return this.data.categories.push(t),t}created(e){return e===void 0?this.data.created:e===null?(this.data.created=null,this):(this.data.created=a(e,`created`),this)}description(e){return e===void 0?this.data.description:e===null?(this.data.description=null,this):(typeof e==`string`?this.data.description={plain:e}:this.data.description=e,this)}end(e){return e===void 0?(this.swapStartAndEndIfRequired(),this.data.end):e===null?(this.data.end=null,this):(this.data.end=a(e,`end`),this)}floating(e){return e===void 0?this.data.floating:(this.data.floating=!!e,this.data.floating&&(this.data.timezone=null),this)}id(e){return e===void 0?this.data.id:(this.data.id=String(e),this)}lastModified(e){return e===void 0?this.data.lastModified:e===null?(this.data.lastModified=null,this):(this.data.lastModified=a(e,`lastModified`),this)}location(e){if(e===void 0)return this.data.location;if(typeof e==`string`)return this.data.location={title:e},this;if(e&&(`title`in e&&!e.title||e?.geo&&(typeof e.geo.lat!=`number`||!isFinite(e.geo.lat)||typeof e.geo.lon!=`number`||!isFinite(e.geo.lon))||!(`title`in e)&&!e?.geo))throw Error("`location` isn't formatted correctly. See https://sebbo2002.github.io/ical-generator/develop/reference/classes/ICalEvent.html#location");return this.data.location=e||null,this}organizer(e){return e===void 0?this.data.organizer:e===null?(this.data.organizer=null,this):(this.data.organizer=s(`organizer`,e),this)}priority(e){if(e===void 0)return this.data.priority;if(e===null)return this.data.priority=null,this;if(e<0||e>9)throw Error("`priority` is invalid, musst be 0 ≤ priority ≤ 9.");return this.data.priority=Math.round(e),this}recurrenceId(e){return e===void 0?this.data.recurrenceId:e===null?(this.data.recurrenceId=null,this):(this.data.recurrenceId=a(e,`recurrenceId`),this)}repeating(t){if(t===void 0)return this.data.repeating;if(!t)return this.data.repeating=null,this;if(v(t)||typeof t==`string`)return this.data.repeating=t,this;if(this.data.repeating={freq:o(e,t.freq)},t.count){if(!isFinite(t.count))throw Error("`repeating.count` must be a finite number!");this.data.repeating.count=t.count}if(t.interval){if(!isFinite(t.interval))throw Error("`repeating.interval` must be a finite number!");this.data.repeating.interval=t.interval}if(t.until!==void 0&&(this.data.repeating.until=a(t.until,`repeating.until`)),t.byDay){let e=Array.isArray(t.byDay)?t.byDay:[t.byDay];this.data.repeating.byDay=e.map(e=>o(r,e))}if(t.byMonth){let e=Array.isArray(t.byMonth)?t.byMonth:[t.byMonth];this.data.repeating.byMonth=e.map(e=>{if(typeof e!=`number`||e<1||e>12)throw Error("`repeating.byMonth` contains invalid value `"+e+"`!");return e})}if(t.byMonthDay){let e=Array.isArray(t.byMonthDay)?t.byMonthDay:[t.byMonthDay];this.data.repeating.byMonthDay=e.map(e=>{if(typeof e!=`number`||e<-31||e>31||e===0)throw Error("`repeating.byMonthDay` contains invalid value `"+e+"`!");return e})}if(t.bySetPos){if(!this.data.repeating.byDay)throw"`repeating.bySetPos` must be used along with `repeating.byDay`!";let e=Array.isArray(t.bySetPos)?t.bySetPos:[t.bySetPos];this.data.repeating.bySetPos=e.map(e=>{if(typeof e!=`number`||e<-366||e>366||e===0)throw"`repeating.bySetPos` contains invalid value `"+e+"`!";return e})}if(t.exclude){let e=Array.isArray(t.exclude)?t.exclude:[t.exclude];this.data.repeating.exclude=e.map((e,t)=>a(e,`repeating.exclude[${t}]`))}return t.startOfWeek&&(this.data.repeating.startOfWeek=o(r,t.startOfWeek)),this}sequence(e){if(e===void 0)return this.data.sequence;if(isNaN(parseInt(String(e),10)))throw Error("`sequence` must be a number!");return this.data.sequence=e,this}stamp(e){return e===void 0?this.data.stamp:(this.data.stamp=a(e,`stamp`),this)}start(e){return e===void 0?(this.swapStartAndEndIfRequired(),this.data.start):(this.data.start=a(e,`start`),this)}status(e){return e===void 0?this.data.status:e===null?(this.data.status=null,this):(this.data.status=o(z,e),this)}summary(e){return e===void 0?this.data.summary:(this.data.summary=e?String(e):``,this)}timestamp(e){return e===void 0?this.stamp():this.stamp(e)}timezone(e){return e===void 0&&this.data.timezone!==null?this.data.timezone:e===void 0?this.calendar.timezone():(this.data.timezone=e&&e!==`UTC`?e.toString():null,this.data.timezone&&(this.data.floating=!1),this)}toJSON(){let e=null;return v(this.data.repeating)||typeof this.data.repeating==`string`?e=this.data.repeating.toString():this.data.repeating&&(e=Object.assign({},this.data.repeating,{exclude:this.data.repeating.exclude?.map(e=>D(e)),until:D(this.data.repeating.until)||void 0})),this.swapStartAndEndIfRequired(),Object.assign({},this.data,{created:D(this.data.created)||null,end:D(this.data.end)||null,lastModified:D(this.data.lastModified)||null,recurrenceId:D(this.data.recurrenceId)||null,repeating:e,stamp:D(this.data.stamp)||null,start:D(this.data.start)||null,x:this.x()})}toString(){let e=``;if(e+=`BEGIN:VEVENT\r
`,e+=`UID:`+this.data.id+`\r
`,e+=`SEQUENCE:`+this.data.sequence+`\r
`,this.swapStartAndEndIfRequired(),e+=`DTSTAMP:`+u(this.calendar.timezone(),this.data.stamp)+`\r
`,this.data.allDay?(e+=`DTSTART;VALUE=DATE:`+u(this.timezone(),this.data.start,!0)+`\r
`,this.data.end&&(e+=`DTEND;VALUE=DATE:`+u(this.timezone(),this.data.end,!0)+`\r
`),e+=`X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r
`,e+=`X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE\r
`):(e+=d(this.timezone(),`DTSTART`,this.data.start,this.data)+`\r
`,this.data.end&&(e+=d(this.timezone(),`DTEND`,this.data.end,this.data)+`\r
`)),v(this.data.repeating)||typeof this.data.repeating==`string`){let t=this.data.repeating.toString().replace(/\r\n/g,`
`).split(`
`).filter(e=>e&&!e.startsWith(`DTSTART:`)).join(`\r
`);!t.includes(`\r
`)&&!t.startsWith(`RRULE:`)&&(t=`RRULE:`+t),e+=t.trim()+`\r
`}else this.data.repeating&&(e+=`RRULE:FREQ=`+this.data.repeating.freq,this.data.repeating.count&&(e+=`;COUNT=`+this.data.repeating.count),this.data.repeating.interval&&(e+=`;INTERVAL=`+this.data.repeating.interval),this.data.repeating.until&&(e+=`;UNTIL=`+u(this.calendar.timezone(),this.data.repeating.until,!1,this.floating())),this.data.repeating.byDay&&(e+=`;BYDAY=`+this.data.repeating.byDay.join(`,`)),this.data.repeating.byMonth&&(e+=`;BYMONTH=`+this.data.repeating.byMonth.join(`,`)),this.data.repeating.byMonthDay&&(e+=`;BYMONTHDAY=`+this.data.repeating.byMonthDay.join(`,`)),this.data.repeating.bySetPos&&(e+=`;BYSETPOS=`+this.data.repeating.bySetPos.join(`,`)),this.data.repeating.startOfWeek&&(e+=`;WKST=`+this.data.repeating.startOfWeek),e+=`\r
`,this.data.repeating.exclude&&(this.data.allDay?e+=`EXDATE;VALUE=DATE:`+this.data.repeating.exclude.map(e=>u(this.calendar.timezone(),e,!0)).join(`,`)+`\r
`:(e+=`EXDATE`,this.timezone()?e+=`;TZID=`+this.timezone()+`:`+this.data.repeating.exclude.map(e=>u(this.timezone(),e,!1,!0)).join(`,`)+`\r
`:e+=`:`+this.data.repeating.exclude.map(e=>u(this.timezone(),e,!1,this.floating())).join(`,`)+`\r
`)));if(this.data.recurrenceId&&(e+=d(this.timezone(),`RECURRENCE-ID`,this.data.recurrenceId,this.data)+`\r
`),e+=`SUMMARY:`+c(this.data.summary,!1)+`\r
`,this.data.transparency&&(e+=`TRANSP:`+c(this.data.transparency,!1)+`\r
`),this.data.location&&`title`in this.data.location&&this.data.location.title&&(e+=`LOCATION:`+c(this.data.location.title+(this.data.location.address?`
`+this.data.location.address:``),!1)+`\r
`,this.data.location.radius&&this.data.location.geo&&(e+=`X-APPLE-STRUCTURED-LOCATION;VALUE=URI;`+(this.data.location.address?`X-ADDRESS=`+c(this.data.location.address,!1)+`;`:``)+`X-APPLE-RADIUS=`+c(this.data.location.radius,!1)+`;X-TITLE=`+c(this.data.location.title,!1)+`:geo:`+c(this.data.location.geo?.lat,!1)+`,`+c(this.data.location.geo?.lon,!1)+`\r
`)),this.data.location?.geo?.lat&&this.data.location.geo.lon&&(e+=`GEO:`+c(this.data.location.geo.lat,!1)+`;`+c(this.data.location.geo.lon,!1)+`\r
`),this.data.travelTime&&(e+=`X-APPLE-TRAVEL-DURATION;VALUE=DURATION:`+E(this.data.travelTime.seconds)+`\r
`,this.data.location&&(this.data.travelTime.suggestionBehavior&&(e+=`X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:`+this.data.travelTime.suggestionBehavior+`\r
`),this.data.travelTime.startFrom))){e+=`X-APPLE-TRAVEL-START;`;let t=[];t.push(`ROUTING=`+this.data.travelTime.startFrom.transportation),t.push(`VALUE=URI`),`address`in this.data.travelTime.startFrom.location&&this.data.travelTime.startFrom.location.address&&t.push(`X-ADDRESS=`+c(this.data.travelTime.startFrom.location.address,!1)),`radius`in this.data.travelTime.startFrom.location&&this.data.travelTime.startFrom.location.radius&&t.push(`X-APPLE-RADIUS=`+c(this.data.travelTime.startFrom.location.radius,!1)),`title`in this.data.travelTime.startFrom.location&&this.data.travelTime.startFrom.location.title&&t.push(`X-TITLE=`+c(this.data.travelTime.startFrom.location.title,!1)),e+=t.join(`;`),`geo`in this.data.travelTime.startFrom.location&&this.data.travelTime.startFrom.location.geo&&(e+=`:geo:`+c(this.data.travelTime.startFrom.location.geo?.lat,!1)+`,`+c(this.data.travelTime.startFrom.location.geo?.lon,!1)),e+=`\r
`}return this.data.description&&(e+=`DESCRIPTION:`+c(this.data.description.plain,!1)+`\r
`,this.data.description.html&&(e+=`X-ALT-DESC;FMTTYPE=text/html:`+c(this.data.description.html,!1)+`\r
`)),this.data.organizer&&(e+=`ORGANIZER;CN="`+c(this.data.organizer.name,!0)+`"`,this.data.organizer.sentBy&&(e+=`;SENT-BY="mailto:`+c(this.data.organizer.sentBy,!0)+`"`),this.data.organizer.email&&this.data.organizer.mailto&&(e+=`;EMAIL=`+c(this.data.organizer.email,!1)),e+=`:`,this.data.organizer.email&&(e+=`mailto:`+c(this.data.organizer.mailto||this.data.organizer.email,!1)),e+=`\r
`),this.data.attendees.forEach(function(t){e+=t.toString()}),this.data.alarms.forEach(function(t){e+=t.toString()}),this.data.categories.length>0&&(e+=`CATEGORIES:`+this.data.categories.map(e=>e.toString()).join()+`\r
`),this.data.url&&(e+=`URL;VALUE=URI:`+c(this.data.url,!1)+`\r
`),this.data.attachments.length>0&&this.data.attachments.forEach(t=>{e+=`ATTACH:`+c(t,!1)+`\r
`}),this.data.status&&(e+=`STATUS:`+this.data.status.toUpperCase()+`\r
`),this.data.busystatus&&(e+=`X-MICROSOFT-CDO-BUSYSTATUS:`+this.data.busystatus.toUpperCase()+`\r
`),this.data.priority!==null&&(e+=`PRIORITY:`+this.data.priority+`\r
`),e+=f(this.data),this.data.created&&(e+=`CREATED:`+u(this.calendar.timezone(),this.data.created)+`\r
`),this.data.lastModified&&(e+=`LAST-MODIFIED:`+u(this.calendar.timezone(),this.data.lastModified)+`\r
`),this.data.class&&(e+=`CLASS:`+this.data.class.toUpperCase()+`\r
`),e+=`END:VEVENT\r
`,e}transparency(e){return e===void 0?this.data.transparency:e?(this.data.transparency=o(B,e),this):(this.data.transparency=null,this)}travelTime(e){if(e===void 0)return this.data.travelTime;if(typeof e==`number`&&e<=0)throw Error("`travelTime` has to be more than 0!");if(e&&typeof e==`object`&&`seconds`in e&&e.seconds<=0)throw Error("`travelTime.seconds` has to be more than 0!");return typeof e==`number`?(this.data.travelTime={seconds:e},this):(this.data.travelTime=e,this)}uid(e){return e===void 0?this.id():this.id(e)}url(e){return e===void 0?this.data.url:(this.data.url=e?String(e):null,this)}x(e,t){return e===void 0?i(this.data):(typeof e==`string`&&typeof t==`string`&&i(this.data,e,t),typeof e==`object`&&i(this.data,e),this)}swapStartAndEndIfRequired(){if(this.data.start&&this.data.end&&T(this.data.start).getTime()>T(this.data.end).getTime()){let e=this.data.start;this.data.start=this.data.end,this.data.end=e}}};let H=function(e){return e.ADD=`ADD`,e.CANCEL=`CANCEL`,e.COUNTER=`COUNTER`,e.DECLINECOUNTER=`DECLINECOUNTER`,e.PUBLISH=`PUBLISH`,e.REFRESH=`REFRESH`,e.REPLY=`REPLY`,e.REQUEST=`REQUEST`,e}({});var U=class{data;constructor(e={}){this.data={color:null,description:null,events:[],method:null,name:null,prodId:`//sebbo.net//ical-generator//EN`,scale:null,source:null,timezone:null,ttl:null,url:null,x:[]},e.prodId!==void 0&&this.prodId(e.prodId),e.method!==void 0&&this.method(e.method),e.name!==void 0&&this.name(e.name),e.description!==void 0&&this.description(e.description),e.timezone!==void 0&&this.timezone(e.timezone),e.source!==void 0&&this.source(e.source),e.url!==void 0&&this.url(e.url),e.scale!==void 0&&this.scale(e.scale),e.ttl!==void 0&&this.ttl(e.ttl),e.color!==void 0&&this.color(e.color),e.events!==void 0&&this.events(e.events),e.x!==void 0&&this.x(e.x)}clear(){return this.data.events=[],this}color(e){if(e===void 0)return this.data.color;if(typeof e==`string`&&!/^#[A-F0-9]{6}$/gi.test(e))throw Error("`color` is malformed!");return this.data.color=e?String(e).toUpperCase():null,this}createEvent(e){let t=e instanceof V?e:new V(e,this);return this.data.events.push(t),t}description(e){return e===void 0?this.data.description:(this.data.description=e?String(e):null,this)}events(e){return e?(e.forEach(e=>this.createEvent(e)),this):this.data.events}length(){return this.data.events.length}method(e){return e===void 0?this.data.method:e?(this.data.method=o(H,e),this):(this.data.method=null,this)}name(e){return e===void 0?this.data.name:(this.data.name=e?String(e):null,this)}prodId(e){if(!e)return this.data.prodId;if(typeof e==`string`)return this.data.prodId=e,this;if(typeof e!=`object`)throw Error("`prodid` needs to be a string or an object!");if(!e.company)throw Error("`prodid.company` is a mandatory item!");if(!e.product)throw Error("`prodid.product` is a mandatory item!");let t=(e.language||`EN`).toUpperCase();return this.data.prodId=`//`+e.company+`//`+e.product+`//`+t,this}scale(e){return e===void 0?this.data.scale:(e===null?this.data.scale=null:this.data.scale=e.toUpperCase(),this)}source(e){return e===void 0?this.data.source:(this.data.source=e||null,this)}timezone(e){return e===void 0?this.data.timezone?.name||null:(e===`UTC`?this.data.timezone=null:typeof e==`string`?this.data.timezone={name:e}:e===null?this.data.timezone=null:this.data.timezone=e,this)}toJSON(){return Object.assign({},this.data,{events:this.data.events.map(e=>e.toJSON()),timezone:this.timezone(),x:this.x()})}toString(){let e=``;return e=`BEGIN:VCALENDAR\r
VERSION:2.0\r
`,e+=`PRODID:-`+this.data.prodId+`\r
`,this.data.url&&(e+=`URL:`+this.data.url+`\r
`),this.data.source&&(e+=`SOURCE;VALUE=URI:`+this.data.source+`\r
`),this.data.scale&&(e+=`CALSCALE:`+this.data.scale+`\r
`),this.data.method&&(e+=`METHOD:`+this.data.method+`\r
`),this.data.name&&(e+=`NAME:`+this.data.name+`\r
`,e+=`X-WR-CALNAME:`+this.data.name+`\r
`),this.data.description&&(e+=`X-WR-CALDESC:`+this.data.description+`\r
`),this.data.timezone?.generator&&[...new Set([this.timezone(),...this.data.events.map(e=>e.timezone())])].filter(e=>e!==null&&!e.startsWith(`/`)).forEach(t=>{if(!this.data.timezone?.generator)return;let n=this.data.timezone.generator(t);n&&(e+=n.replace(/\r\n/g,`
`).replace(/\n/g,`\r
`).trim()+`\r
`)}),this.data.timezone?.name&&(e+=`TIMEZONE-ID:`+this.data.timezone.name+`\r
`,e+=`X-WR-TIMEZONE:`+this.data.timezone.name+`\r
`),this.data.ttl&&(e+=`REFRESH-INTERVAL;VALUE=DURATION:`+E(this.data.ttl)+`\r
`,e+=`X-PUBLISHED-TTL:`+E(this.data.ttl)+`\r
`),this.data.color&&(e+=`X-APPLE-CALENDAR-COLOR:`+this.data.color+`\r
`),this.data.events.forEach(t=>e+=t.toString()),e+=f(this.data),e+=`END:VCALENDAR`,l(e)}ttl(e){return e===void 0?this.data.ttl:(g(e)?this.data.ttl=e.asSeconds():e&&e>0?this.data.ttl=e:this.data.ttl=null,this)}url(e){return e===void 0?this.data.url:(this.data.url=e||null,this)}x(e,t){if(e===void 0)return i(this.data);if(typeof e==`string`&&typeof t==`string`)i(this.data,e,t);else if(typeof e==`object`)i(this.data,e);else throw Error(`Either key or value is not a string!`);return this}};function W(e){return new U(e)}
//# sourceMappingURL=index.mjs.map

/***/ }),

/***/ 587:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('[["AF","AFG","004","ISO 3166-2:AF"],["AL","ALB","008","ISO 3166-2:AL"],["DZ","DZA","012","ISO 3166-2:DZ"],["AS","ASM","016","ISO 3166-2:AS"],["AD","AND","020","ISO 3166-2:AD"],["AO","AGO","024","ISO 3166-2:AO"],["AI","AIA","660","ISO 3166-2:AI"],["AQ","ATA","010","ISO 3166-2:AQ"],["AG","ATG","028","ISO 3166-2:AG"],["AR","ARG","032","ISO 3166-2:AR"],["AM","ARM","051","ISO 3166-2:AM"],["AW","ABW","533","ISO 3166-2:AW"],["AU","AUS","036","ISO 3166-2:AU"],["AT","AUT","040","ISO 3166-2:AT"],["AZ","AZE","031","ISO 3166-2:AZ"],["BS","BHS","044","ISO 3166-2:BS"],["BH","BHR","048","ISO 3166-2:BH"],["BD","BGD","050","ISO 3166-2:BD"],["BB","BRB","052","ISO 3166-2:BB"],["BY","BLR","112","ISO 3166-2:BY"],["BE","BEL","056","ISO 3166-2:BE"],["BZ","BLZ","084","ISO 3166-2:BZ"],["BJ","BEN","204","ISO 3166-2:BJ"],["BM","BMU","060","ISO 3166-2:BM"],["BT","BTN","064","ISO 3166-2:BT"],["BO","BOL","068","ISO 3166-2:BO"],["BA","BIH","070","ISO 3166-2:BA"],["BW","BWA","072","ISO 3166-2:BW"],["BV","BVT","074","ISO 3166-2:BV"],["BR","BRA","076","ISO 3166-2:BR"],["IO","IOT","086","ISO 3166-2:IO"],["BN","BRN","096","ISO 3166-2:BN"],["BG","BGR","100","ISO 3166-2:BG"],["BF","BFA","854","ISO 3166-2:BF"],["BI","BDI","108","ISO 3166-2:BI"],["KH","KHM","116","ISO 3166-2:KH"],["CM","CMR","120","ISO 3166-2:CM"],["CA","CAN","124","ISO 3166-2:CA"],["CV","CPV","132","ISO 3166-2:CV"],["KY","CYM","136","ISO 3166-2:KY"],["CF","CAF","140","ISO 3166-2:CF"],["TD","TCD","148","ISO 3166-2:TD"],["CL","CHL","152","ISO 3166-2:CL"],["CN","CHN","156","ISO 3166-2:CN"],["CX","CXR","162","ISO 3166-2:CX"],["CC","CCK","166","ISO 3166-2:CC"],["CO","COL","170","ISO 3166-2:CO"],["KM","COM","174","ISO 3166-2:KM"],["CG","COG","178","ISO 3166-2:CG"],["CD","COD","180","ISO 3166-2:CD"],["CK","COK","184","ISO 3166-2:CK"],["CR","CRI","188","ISO 3166-2:CR"],["CI","CIV","384","ISO 3166-2:CI"],["HR","HRV","191","ISO 3166-2:HR"],["CU","CUB","192","ISO 3166-2:CU"],["CY","CYP","196","ISO 3166-2:CY"],["CZ","CZE","203","ISO 3166-2:CZ"],["DK","DNK","208","ISO 3166-2:DK"],["DJ","DJI","262","ISO 3166-2:DJ"],["DM","DMA","212","ISO 3166-2:DM"],["DO","DOM","214","ISO 3166-2:DO"],["EC","ECU","218","ISO 3166-2:EC"],["EG","EGY","818","ISO 3166-2:EG"],["SV","SLV","222","ISO 3166-2:SV"],["GQ","GNQ","226","ISO 3166-2:GQ"],["ER","ERI","232","ISO 3166-2:ER"],["EE","EST","233","ISO 3166-2:EE"],["ET","ETH","231","ISO 3166-2:ET"],["FK","FLK","238","ISO 3166-2:FK"],["FO","FRO","234","ISO 3166-2:FO"],["FJ","FJI","242","ISO 3166-2:FJ"],["FI","FIN","246","ISO 3166-2:FI"],["FR","FRA","250","ISO 3166-2:FR"],["GF","GUF","254","ISO 3166-2:GF"],["PF","PYF","258","ISO 3166-2:PF"],["TF","ATF","260","ISO 3166-2:TF"],["GA","GAB","266","ISO 3166-2:GA"],["GM","GMB","270","ISO 3166-2:GM"],["GE","GEO","268","ISO 3166-2:GE"],["DE","DEU","276","ISO 3166-2:DE"],["GH","GHA","288","ISO 3166-2:GH"],["GI","GIB","292","ISO 3166-2:GI"],["GR","GRC","300","ISO 3166-2:GR"],["GL","GRL","304","ISO 3166-2:GL"],["GD","GRD","308","ISO 3166-2:GD"],["GP","GLP","312","ISO 3166-2:GP"],["GU","GUM","316","ISO 3166-2:GU"],["GT","GTM","320","ISO 3166-2:GT"],["GN","GIN","324","ISO 3166-2:GN"],["GW","GNB","624","ISO 3166-2:GW"],["GY","GUY","328","ISO 3166-2:GY"],["HT","HTI","332","ISO 3166-2:HT"],["HM","HMD","334","ISO 3166-2:HM"],["VA","VAT","336","ISO 3166-2:VA"],["HN","HND","340","ISO 3166-2:HN"],["HK","HKG","344","ISO 3166-2:HK"],["HU","HUN","348","ISO 3166-2:HU"],["IS","ISL","352","ISO 3166-2:IS"],["IN","IND","356","ISO 3166-2:IN"],["ID","IDN","360","ISO 3166-2:ID"],["IR","IRN","364","ISO 3166-2:IR"],["IQ","IRQ","368","ISO 3166-2:IQ"],["IE","IRL","372","ISO 3166-2:IE"],["IL","ISR","376","ISO 3166-2:IL"],["IT","ITA","380","ISO 3166-2:IT"],["JM","JAM","388","ISO 3166-2:JM"],["JP","JPN","392","ISO 3166-2:JP"],["JO","JOR","400","ISO 3166-2:JO"],["KZ","KAZ","398","ISO 3166-2:KZ"],["KE","KEN","404","ISO 3166-2:KE"],["KI","KIR","296","ISO 3166-2:KI"],["KP","PRK","408","ISO 3166-2:KP"],["KR","KOR","410","ISO 3166-2:KR"],["KW","KWT","414","ISO 3166-2:KW"],["KG","KGZ","417","ISO 3166-2:KG"],["LA","LAO","418","ISO 3166-2:LA"],["LV","LVA","428","ISO 3166-2:LV"],["LB","LBN","422","ISO 3166-2:LB"],["LS","LSO","426","ISO 3166-2:LS"],["LR","LBR","430","ISO 3166-2:LR"],["LY","LBY","434","ISO 3166-2:LY"],["LI","LIE","438","ISO 3166-2:LI"],["LT","LTU","440","ISO 3166-2:LT"],["LU","LUX","442","ISO 3166-2:LU"],["MO","MAC","446","ISO 3166-2:MO"],["MG","MDG","450","ISO 3166-2:MG"],["MW","MWI","454","ISO 3166-2:MW"],["MY","MYS","458","ISO 3166-2:MY"],["MV","MDV","462","ISO 3166-2:MV"],["ML","MLI","466","ISO 3166-2:ML"],["MT","MLT","470","ISO 3166-2:MT"],["MH","MHL","584","ISO 3166-2:MH"],["MQ","MTQ","474","ISO 3166-2:MQ"],["MR","MRT","478","ISO 3166-2:MR"],["MU","MUS","480","ISO 3166-2:MU"],["YT","MYT","175","ISO 3166-2:YT"],["MX","MEX","484","ISO 3166-2:MX"],["FM","FSM","583","ISO 3166-2:FM"],["MD","MDA","498","ISO 3166-2:MD"],["MC","MCO","492","ISO 3166-2:MC"],["MN","MNG","496","ISO 3166-2:MN"],["MS","MSR","500","ISO 3166-2:MS"],["MA","MAR","504","ISO 3166-2:MA"],["MZ","MOZ","508","ISO 3166-2:MZ"],["MM","MMR","104","ISO 3166-2:MM"],["NA","NAM","516","ISO 3166-2:NA"],["NR","NRU","520","ISO 3166-2:NR"],["NP","NPL","524","ISO 3166-2:NP"],["NL","NLD","528","ISO 3166-2:NL"],["NC","NCL","540","ISO 3166-2:NC"],["NZ","NZL","554","ISO 3166-2:NZ"],["NI","NIC","558","ISO 3166-2:NI"],["NE","NER","562","ISO 3166-2:NE"],["NG","NGA","566","ISO 3166-2:NG"],["NU","NIU","570","ISO 3166-2:NU"],["NF","NFK","574","ISO 3166-2:NF"],["MP","MNP","580","ISO 3166-2:MP"],["MK","MKD","807","ISO 3166-2:MK"],["NO","NOR","578","ISO 3166-2:NO"],["OM","OMN","512","ISO 3166-2:OM"],["PK","PAK","586","ISO 3166-2:PK"],["PW","PLW","585","ISO 3166-2:PW"],["PS","PSE","275","ISO 3166-2:PS"],["PA","PAN","591","ISO 3166-2:PA"],["PG","PNG","598","ISO 3166-2:PG"],["PY","PRY","600","ISO 3166-2:PY"],["PE","PER","604","ISO 3166-2:PE"],["PH","PHL","608","ISO 3166-2:PH"],["PN","PCN","612","ISO 3166-2:PN"],["PL","POL","616","ISO 3166-2:PL"],["PT","PRT","620","ISO 3166-2:PT"],["PR","PRI","630","ISO 3166-2:PR"],["QA","QAT","634","ISO 3166-2:QA"],["RE","REU","638","ISO 3166-2:RE"],["RO","ROU","642","ISO 3166-2:RO"],["RU","RUS","643","ISO 3166-2:RU"],["RW","RWA","646","ISO 3166-2:RW"],["SH","SHN","654","ISO 3166-2:SH"],["KN","KNA","659","ISO 3166-2:KN"],["LC","LCA","662","ISO 3166-2:LC"],["PM","SPM","666","ISO 3166-2:PM"],["VC","VCT","670","ISO 3166-2:VC"],["WS","WSM","882","ISO 3166-2:WS"],["SM","SMR","674","ISO 3166-2:SM"],["ST","STP","678","ISO 3166-2:ST"],["SA","SAU","682","ISO 3166-2:SA"],["SN","SEN","686","ISO 3166-2:SN"],["SC","SYC","690","ISO 3166-2:SC"],["SL","SLE","694","ISO 3166-2:SL"],["SG","SGP","702","ISO 3166-2:SG"],["SK","SVK","703","ISO 3166-2:SK"],["SI","SVN","705","ISO 3166-2:SI"],["SB","SLB","090","ISO 3166-2:SB"],["SO","SOM","706","ISO 3166-2:SO"],["ZA","ZAF","710","ISO 3166-2:ZA"],["GS","SGS","239","ISO 3166-2:GS"],["ES","ESP","724","ISO 3166-2:ES"],["LK","LKA","144","ISO 3166-2:LK"],["SD","SDN","729","ISO 3166-2:SD"],["SR","SUR","740","ISO 3166-2:SR"],["SJ","SJM","744","ISO 3166-2:SJ"],["SZ","SWZ","748","ISO 3166-2:SZ"],["SE","SWE","752","ISO 3166-2:SE"],["CH","CHE","756","ISO 3166-2:CH"],["SY","SYR","760","ISO 3166-2:SY"],["TW","TWN","158","ISO 3166-2:TW"],["TJ","TJK","762","ISO 3166-2:TJ"],["TZ","TZA","834","ISO 3166-2:TZ"],["TH","THA","764","ISO 3166-2:TH"],["TL","TLS","626","ISO 3166-2:TL"],["TG","TGO","768","ISO 3166-2:TG"],["TK","TKL","772","ISO 3166-2:TK"],["TO","TON","776","ISO 3166-2:TO"],["TT","TTO","780","ISO 3166-2:TT"],["TN","TUN","788","ISO 3166-2:TN"],["TR","TUR","792","ISO 3166-2:TR"],["TM","TKM","795","ISO 3166-2:TM"],["TC","TCA","796","ISO 3166-2:TC"],["TV","TUV","798","ISO 3166-2:TV"],["UG","UGA","800","ISO 3166-2:UG"],["UA","UKR","804","ISO 3166-2:UA"],["AE","ARE","784","ISO 3166-2:AE"],["GB","GBR","826","ISO 3166-2:GB"],["US","USA","840","ISO 3166-2:US"],["UM","UMI","581","ISO 3166-2:UM"],["UY","URY","858","ISO 3166-2:UY"],["UZ","UZB","860","ISO 3166-2:UZ"],["VU","VUT","548","ISO 3166-2:VU"],["VE","VEN","862","ISO 3166-2:VE"],["VN","VNM","704","ISO 3166-2:VN"],["VG","VGB","092","ISO 3166-2:VG"],["VI","VIR","850","ISO 3166-2:VI"],["WF","WLF","876","ISO 3166-2:WF"],["EH","ESH","732","ISO 3166-2:EH"],["YE","YEM","887","ISO 3166-2:YE"],["ZM","ZMB","894","ISO 3166-2:ZM"],["ZW","ZWE","716","ISO 3166-2:ZW"],["AX","ALA","248","ISO 3166-2:AX"],["BQ","BES","535","ISO 3166-2:BQ"],["CW","CUW","531","ISO 3166-2:CW"],["GG","GGY","831","ISO 3166-2:GG"],["IM","IMN","833","ISO 3166-2:IM"],["JE","JEY","832","ISO 3166-2:JE"],["ME","MNE","499","ISO 3166-2:ME"],["BL","BLM","652","ISO 3166-2:BL"],["MF","MAF","663","ISO 3166-2:MF"],["RS","SRB","688","ISO 3166-2:RS"],["SX","SXM","534","ISO 3166-2:SX"],["SS","SSD","728","ISO 3166-2:SS"],["XK","XKK","983","ISO 3166-2:XK"]]');

/***/ }),

/***/ 8514:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"af","countries":{"AF":"Afganistan","AL":"Albanië","DZ":"Algerië","AS":"Amerikaans-Samoa","AD":"Andorra","AO":"Angola","AI":"Anguilla","AQ":"Antarktika","AG":"Antigua en Barbuda","AR":"Argentinië","AM":"Armenië","AW":"Aruba","AU":"Australië","AT":"Oostenryk","AZ":"Azerbeidjan","BS":"Bahamas","BH":"Bahrein","BD":"Bangladesj","BB":"Barbados","BY":"Belarus","BE":"België","BZ":"Belize","BJ":"Benin","BM":"Bermuda","BT":"Bhoetan","BO":"Bolivië","BA":"Bosnië en Herzegowina","BW":"Botswana","BV":"Bouveteiland","BR":"Brasilië","IO":"Britse Indiese Oseaangebied","BN":"Broenei","BG":"Bulgarye","BF":"Burkina Faso","BI":"Burundi","KH":"Kambodja","CM":"Kameroen","CA":"Kanada","CV":"Kaap Verde","KY":"Kaaimanseilande","CF":"Sentraal-Afrikaanse Republiek","TD":"Tsjad","CL":"Chili","CN":"Sjina","CX":"Kerseiland","CC":"Cocos- (Keeling) eilande","CO":"Colombië","KM":"Comore","CG":"Republiek van die Kongo","CD":"Demokratiese Republiek van die Kongo","CK":"Cookeilande","CR":"Costa Rica","CI":"Ivoorkus","HR":"Kroasië","CU":"Kuba","CY":"Siprus","CZ":"Tjeggiese Republiek","DK":"Denemarke","DJ":"Djiboeti","DM":"Dominica","DO":"Dominikaanse Republiek","EC":"Ecuador","EG":"Egipte","SV":"El Salvador","GQ":"Ekwatoriaal-Guinee","ER":"Eritrea","EE":"Estland","ET":"Ethiopië","FK":"Falklandeilande","FO":"Faroëreilande","FJ":"Fidji","FI":"Finland","FR":"Frankryk","GF":"Frans-Guyana","PF":"Frans-Polinesië","TF":"Franse Suidelike Gebiede","GA":"Gaboen","GM":"Gambië","GE":"Georgië","DE":"Duitsland","GH":"Ghana","GI":"Gibraltar","GR":"Griekeland","GL":"Groenland","GD":"Grenada","GP":"Guadeloupe","GU":"Guam","GT":"Guatemala","GN":"Guinee","GW":"Guinee-Bissau","GY":"Guyana","HT":"Haïti","HM":"Heard en McDonaldeilande","VA":"Vatikaanstad","HN":"Honduras","HK":"Hongkong SAS Sjina","HU":"Hongarye","IS":"Ysland","IN":"Indië","ID":"Indonesië","IR":"Iran","IQ":"Irak","IE":"Ierland","IL":"Israel","IT":"Italië","JM":"Jamaika","JP":"Japan","JO":"Jordanië","KZ":"Kazakstan","KE":"Kenia","KI":"Kiribati","KP":"Noord-Korea","KR":"Suid-Korea","KW":"Koeweit","KG":"Kirgisië","LA":"Laos","LV":"Letland","LB":"Libanon","LS":"Lesotho","LR":"Liberië","LY":"Libië","LI":"Liechtenstein","LT":"Litaue","LU":"Luxemburg","MO":"Macau SAS Sjina","MG":"Madagaskar","MW":"Malawi","MY":"Maleisië","MV":"Maledive","ML":"Mali","MT":"Malta","MH":"Marshalleilande","MQ":"Martinique","MR":"Mauritanië","MU":"Mauritius","YT":"Mayotte","MX":"Meksiko","FM":"Mikronesië","MD":"Moldowa","MC":"Monaco","MN":"Mongolië","MS":"Montserrat","MA":"Marokko","MZ":"Mosambiek","MM":"Mianmar (Birma)","NA":"Namibië","NR":"Nauru","NP":"Nepal","NL":"Nederland","NC":"Nieu-Kaledonië","NZ":"Nieu-Seeland","NI":"Nicaragua","NE":"Niger","NG":"Nigerië","NU":"Niue","NF":"Norfolkeiland","MK":"Macedonië","MP":"Noordelike Mariana-eilande","NO":"Noorweë","OM":"Oman","PK":"Pakistan","PW":"Palau","PS":"Palestynse gebiede","PA":"Panama","PG":"Papoea-Nieu-Guinee","PY":"Paraguay","PE":"Peru","PH":"Filippyne","PN":"Pitcairneilande","PL":"Pole","PT":"Portugal","PR":"Puerto Rico","QA":"Katar","RE":"Réunion","RO":"Roemenië","RU":"Rusland","RW":"Rwanda","SH":"Sint Helena","KN":"Sint Kitts en Nevis","LC":"Sint Lucia","PM":"Sint Pierre en Miquelon","VC":"Sint Vincent en die Grenadine","WS":"Samoa","SM":"San Marino","ST":"Sao Tome en Principe","SA":"Saoedi-Arabië","SN":"Senegal","SC":"Seychelle","SL":"Sierra Leone","SG":"Singapoer","SK":"Slowakye","SI":"Slowenië","SB":"Solomoneilande","SO":"Somalië","ZA":"Suid-Afrika","GS":"Suid-Georgië en die Suidelike Sandwicheilande","ES":"Spanje","LK":"Sri Lanka","SD":"Soedan","SR":"Suriname","SJ":"Svalbard en Jan Mayen","SZ":"Swaziland","SE":"Swede","CH":"Switserland","SY":"Sirië","TW":"Taiwan","TJ":"Tadjikistan","TZ":"Tanzanië","TH":"Thailand","TL":"Oos-Timor","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad en Tobago","TN":"Tunisië","TR":"Turkye","TM":"Turkmenië","TC":"Turks- en Caicoseilande","TV":"Tuvalu","UG":"Uganda","UA":"Oekraïne","AE":"Verenigde Arabiese Emirate","GB":"Verenigde Koninkryk","US":"Verenigde State van Amerika","UM":"VS klein omliggende eilande","UY":"Uruguay","UZ":"Oesbekistan","VU":"Vanuatu","VE":"Venezuela","VN":"Viëtnam","VG":"Britse Maagde-eilande","VI":"Amerikaanse Maagde-eilande","WF":"Wallis en Futuna","EH":"Wes-Sahara","YE":"Jemen","ZM":"Zambië","ZW":"Zimbabwe","AX":"Ålandeilande","BQ":"Karibiese Nederland","CW":"Curaçao","GG":"Guernsey","IM":"Eiland Man","JE":"Jersey","ME":"Montenegro","BL":"Sint Barthélemy","MF":"Sint Martin","RS":"Serwië","SX":"Sint Maarten","SS":"Suid-Soedan","XK":"Kosovo"}}');

/***/ }),

/***/ 1627:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"am","countries":{"AF":"አፍጋኒስታን","AL":"አልባኒያ","DZ":"አልጄሪያ","AS":"የአሜሪካ ሳሞአ","AD":"አንዶራ","AO":"አንጐላ","AI":"አንጉኢላ","AQ":"አንታርክቲካ","AG":"አንቲጓ እና ባሩዳ","AR":"አርጀንቲና","AM":"አርሜኒያ","AW":"አሩባ","AU":"አውስትራልያ","AT":"ኦስትሪያ","AZ":"አዘርባጃን","BS":"ባሃማስ","BH":"ባህሬን","BD":"ባንግላዲሽ","BB":"ባርቤዶስ","BY":"ቤላሩስ","BE":"ቤልጄም","BZ":"ቤሊዘ","BJ":"ቤኒን","BM":"ቤርሙዳ","BT":"ቡህታን","BO":"ቦሊቪያ","BA":"ቦስኒያ እና ሄርዞጎቪኒያ","BW":"ቦትስዋና","BV":"ቡቬት ደሴት","BR":"ብራዚል","IO":"የብሪታኒያ ህንድ ውቂያኖስ ግዛት","BN":"ብሩኒ","BG":"ቡልጌሪያ","BF":"ቡርኪና ፋሶ","BI":"ብሩንዲ","KH":"ካምቦዲያ","CM":"ካሜሩን","CA":"ካናዳ","CV":"ኬፕ ቬርዴ","KY":"ካይማን ደሴቶች","CF":"የመካከለኛው አፍሪካ ሪፐብሊክ","TD":"ቻድ","CL":"ቺሊ","CN":"ቻይና","CX":"የገና ደሴት","CC":"ኮኮስ(ኬሊንግ) ደሴቶች","CO":"ኮሎምቢያ","KM":"ኮሞሮስ","CG":"ኮንጎ ብራዛቪል","CD":"ኮንጎ-ኪንሻሳ","CK":"ኩክ ደሴቶች","CR":"ኮስታ ሪካ","CI":"ኮት ዲቯር","HR":"ክሮኤሽያ","CU":"ኩባ","CY":"ሳይፕረስ","CZ":"ቼክ ሪፑብሊክ","DK":"ዴንማርክ","DJ":"ጂቡቲ","DM":"ዶሚኒካ","DO":"ዶሚኒክ ሪፑብሊክ","EC":"ኢኳዶር","EG":"ግብጽ","SV":"ኤል ሳልቫዶር","GQ":"ኢኳቶሪያል ጊኒ","ER":"ኤርትራ","EE":"ኤስቶኒያ","ET":"ኢትዮጵያ","FK":"የፎክላንድ ደሴቶች","FO":"የፋሮ ደሴቶች","FJ":"ፊጂ","FI":"ፊንላንድ","FR":"ፈረንሳይ","GF":"የፈረንሳይ ጉዊአና","PF":"የፈረንሳይ ፖሊኔዢያ","TF":"የፈረንሳይ ደቡባዊ ግዛቶች","GA":"ጋቦን","GM":"ጋምቢያ","GE":"ጆርጂያ","DE":"ጀርመን","GH":"ጋና","GI":"ጂብራልተር","GR":"ግሪክ","GL":"ግሪንላንድ","GD":"ግሬናዳ","GP":"ጉዋደሉፕ","GU":"ጉዋም","GT":"ጉዋቲማላ","GN":"ጊኒ","GW":"ጊኒ ቢሳኦ","GY":"ጉያና","HT":"ሀይቲ","HM":"ኽርድ ደሴቶችና ማክዶናልድ ደሴቶች","VA":"ቫቲካን ከተማ","HN":"ሆንዱራስ","HK":"ሆንግ ኮንግ SAR ቻይና","HU":"ሀንጋሪ","IS":"አይስላንድ","IN":"ህንድ","ID":"ኢንዶኔዢያ","IR":"ኢራን","IQ":"ኢራቅ","IE":"አየርላንድ","IL":"እስራኤል","IT":"ጣሊያን","JM":"ጃማይካ","JP":"ጃፓን","JO":"ጆርዳን","KZ":"ካዛኪስታን","KE":"ኬንያ","KI":"ኪሪባቲ","KP":"ሰሜን ኮሪያ","KR":"ደቡብ ኮሪያ","KW":"ክዌት","KG":"ኪርጊስታን","LA":"ላኦስ","LV":"ላትቪያ","LB":"ሊባኖስ","LS":"ሌሶቶ","LR":"ላይቤሪያ","LY":"ሊቢያ","LI":"ሊችተንስታይን","LT":"ሊቱዌኒያ","LU":"ሉክሰምበርግ","MO":"ማካኡ ልዩ የአስተዳደር ክልል ቻይና","MG":"ማዳጋስካር","MW":"ማላዊ","MY":"ማሌዢያ","MV":"ማልዲቭስ","ML":"ማሊ","MT":"ማልታ","MH":"ማርሻል አይላንድ","MQ":"ማርቲኒክ","MR":"ሞሪቴኒያ","MU":"ሞሪሸስ","YT":"ሜይኦቴ","MX":"ሜክሲኮ","FM":"ሚክሮኔዢያ","MD":"ሞልዶቫ","MC":"ሞናኮ","MN":"ሞንጎሊያ","MS":"ሞንትሴራት","MA":"ሞሮኮ","MZ":"ሞዛምቢክ","MM":"ማይናማር(በርማ)","NA":"ናሚቢያ","NR":"ናኡሩ","NP":"ኔፓል","NL":"ኔዘርላንድ","NC":"ኒው ካሌዶኒያ","NZ":"ኒው ዚላንድ","NI":"ኒካራጓ","NE":"ኒጀር","NG":"ናይጄሪያ","NU":"ኒኡይ","NF":"ኖርፎልክ ደሴት","MK":"መቄዶንያ","MP":"የሰሜናዊ ማሪያና ደሴቶች","NO":"ኖርዌ","OM":"ኦማን","PK":"ፓኪስታን","PW":"ፓላው","PS":"የፍልስጤም ግዛት","PA":"ፓናማ","PG":"ፓፑዋ ኒው ጊኒ","PY":"ፓራጓይ","PE":"ፔሩ","PH":"ፊሊፒንስ","PN":"ፒትካኢርን አይስላንድ","PL":"ፖላንድ","PT":"ፖርቱጋል","PR":"ፖርታ ሪኮ","QA":"ኳታር","RE":"ሪዩኒየን","RO":"ሮሜኒያ","RU":"ራሺያ","RW":"ሩዋንዳ","SH":"ሴንት ሄለና","KN":"ቅዱስ ኪትስ እና ኔቪስ","LC":"ሴንት ሉቺያ","PM":"ቅዱስ ፒዬር እና ሚኩኤሎን","VC":"ቅዱስ ቪንሴንት እና ግሬናዲንስ","WS":"ሳሞአ","SM":"ሳን ማሪኖ","ST":"ሳኦ ቶሜ እና ፕሪንሲፔ","SA":"ሳውድአረቢያ","SN":"ሴኔጋል","SC":"ሲሼልስ","SL":"ሴራሊዮን","SG":"ሲንጋፖር","SK":"ስሎቫኪያ","SI":"ስሎቬኒያ","SB":"ሰሎሞን ደሴት","SO":"ሱማሌ","ZA":"ደቡብ አፍሪካ","GS":"ደቡብ ጆርጂያ እና የደቡብ ሳንድዊች ደሴቶች","ES":"ስፔን","LK":"ሲሪላንካ","SD":"ሱዳን","SR":"ሱሪናም","SJ":"ስቫልባርድ እና ጃን ማየን","SZ":"ሱዋዚላንድ","SE":"ስዊድን","CH":"ስዊዘርላንድ","SY":"ሲሪያ","TW":"ታይዋን","TJ":"ታጃኪስታን","TZ":"ታንዛኒያ","TH":"ታይላንድ","TL":"ምስራቅ ሌስት","TG":"ቶጐ","TK":"ቶክላው","TO":"ቶንጋ","TT":"ትሪናዳድ እና ቶቤጎ","TN":"ቱኒዚያ","TR":"ቱርክ","TM":"ቱርክሜኒስታን","TC":"የቱርኮችና የካኢኮስ ደሴቶች","TV":"ቱቫሉ","UG":"ዩጋንዳ","UA":"ዩክሬን","AE":"የተባበሩት አረብ ኤምሬትስ","GB":"እንግሊዝ","US":"ዩናይትድ ስቴትስ","UM":"የዩ ኤስ ጠረፍ ላይ ያሉ ደሴቶች","UY":"ኡራጓይ","UZ":"ኡዝቤኪስታን","VU":"ቫኑአቱ","VE":"ቬንዙዌላ","VN":"ቬትናም","VG":"የእንግሊዝ ቨርጂን ደሴቶች","VI":"የአሜሪካ ቨርጂን ደሴቶች","WF":"ዋሊስ እና ፉቱና ደሴቶች","EH":"ምዕራባዊ ሳህራ","YE":"የመን","ZM":"ዛምቢያ","ZW":"ዚምቧቤ","AX":"የአላንድ ደሴቶች","BQ":"የካሪቢያን ኔዘርላንድስ","CW":"ኩራሳዎ","GG":"ጉርነሲ","IM":"አይል ኦፍ ማን","JE":"ጀርሲ","ME":"ሞንተኔግሮ","BL":"ቅዱስ በርቴሎሜ","MF":"ሴንት ማርቲን","RS":"ሰርብያ","SX":"ሲንት ማርተን","SS":"ደቡብ ሱዳን","XK":"ኮሶቮ"}}');

/***/ }),

/***/ 2478:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ar","countries":{"AF":"أفغانستان","AL":"ألبانيا","DZ":"الجزائر","AS":"ساموا الأمريكية","AD":"أندورا","AO":"أنغولا","AI":"أنغويلا","AQ":"القارة القطبية الجنوبية","AG":"أنتيغوا وباربودا","AR":"الأرجنتين","AM":"أرمينيا","AW":"أروبا","AU":"أستراليا","AT":"النمسا","AZ":"أذربيجان","BS":"باهاماس","BH":"البحرين","BD":"بنغلاديش","BB":"باربادوس","BY":"روسيا البيضاء","BE":"بلجيكا","BZ":"بليز","BJ":"بنين","BM":"برمودا","BT":"بوتان","BO":"بوليفيا","BA":"البوسنة والهرسك","BW":"بوتسوانا","BV":"جزيرة بوفيه","BR":"البرازيل","IO":"إقليم المحيط الهندي البريطاني","BN":"بروناي","BG":"بلغاريا","BF":"بوركينا فاسو","BI":"بوروندي","KH":"كمبوديا","CM":"الكاميرون","CA":"كندا","CV":"الرأس الأخضر","KY":"جزر كايمان","CF":"جمهورية أفريقيا الوسطى","TD":"تشاد","CL":"تشيلي","CN":"الصين","CX":"جزيرة عيد الميلاد","CC":"جزر كوكوس","CO":"كولومبيا","KM":"جزر القمر","CG":"جمهورية الكونغو","CD":"جمهورية الكونغو الديمقراطية","CK":"جزر كوك","CR":"كوستاريكا","CI":"ساحل العاج","HR":"كرواتيا","CU":"كوبا","CY":"قبرص","CZ":"جمهورية التشيك","DK":"الدنمارك","DJ":"جيبوتي","DM":"دومينيكا","DO":"جمهورية الدومينيكان","EC":"الإكوادور","EG":"مصر","SV":"السلفادور","GQ":"غينيا الاستوائية","ER":"إريتريا","EE":"إستونيا","ET":"إثيوبيا","FK":"جزر فوكلاند","FO":"جزر فارو","FJ":"فيجي","FI":"فنلندا","FR":"فرنسا","GF":"غويانا الفرنسية","PF":"بولينزيا الفرنسية","TF":"أراض فرنسية جنوبية وأنتارتيكية","GA":"الغابون","GM":"غامبيا","GE":"جورجيا","DE":"ألمانيا","GH":"غانا","GI":"جبل طارق","GR":"اليونان","GL":"جرينلاند","GD":"غرينادا","GP":"غوادلوب","GU":"غوام","GT":"غواتيمالا","GN":"غينيا","GW":"غينيا بيساو","GY":"غيانا","HT":"هايتي","HM":"جزيرة هيرد وجزر ماكدونالد","VA":"الفاتيكان","HN":"هندوراس","HK":"هونغ كونغ","HU":"المجر","IS":"آيسلندا","IN":"الهند","ID":"إندونيسيا","IR":"إيران","IQ":"العراق","IE":"أيرلندا","IL":"إسرائيل","IT":"إيطاليا","JM":"جامايكا","JP":"اليابان","JO":"الأردن","KZ":"كازاخستان","KE":"كينيا","KI":"كيريباتي","KP":"كوريا الشمالية","KR":"كوريا الجنوبية","KW":"الكويت","KG":"قيرغيزستان","LA":"لاوس","LV":"لاتفيا","LB":"لبنان","LS":"ليسوتو","LR":"ليبيريا","LY":"ليبيا","LI":"ليختنشتاين","LT":"ليتوانيا","LU":"لوكسمبورغ","MO":"ماكاو","MK":"مقدونيا الشمالية","MG":"مدغشقر","MW":"مالاوي","MY":"ماليزيا","MV":"جزر المالديف","ML":"مالي","MT":"مالطا","MH":"جزر مارشال","MQ":"مارتينيك","MR":"موريتانيا","MU":"موريشيوس","YT":"مايوت","MX":"المكسيك","FM":"ولايات ميكرونيسيا المتحدة","MD":"مولدوفا","MC":"موناكو","MN":"منغوليا","MS":"مونتسرات","MA":"المغرب","MZ":"موزمبيق","MM":"بورما","NA":"ناميبيا","NR":"ناورو","NP":"نيبال","NL":"هولندا","NC":"كاليدونيا الجديدة","NZ":"نيوزيلندا","NI":"نيكاراغوا","NE":"النيجر","NG":"نيجيريا","NU":"نييوي","NF":"جزيرة نورفولك","MP":"جزر ماريانا الشمالية","NO":"النرويج","OM":"عمان","PK":"باكستان","PW":"بالاو","PS":"فلسطين","PA":"بنما","PG":"بابوا غينيا الجديدة","PY":"باراغواي","PE":"بيرو","PH":"الفلبين","PN":"جزر بيتكيرن","PL":"بولندا","PT":"البرتغال","PR":"بورتوريكو","QA":"قطر","RE":"لا ريونيون","RO":"رومانيا","RU":"روسيا","RW":"رواندا","SH":"سانت هيلينا وأسينشين وتريستان دا كونا","KN":"سانت كيتس ونيفيس","LC":"سانت لوسيا","PM":"سان بيير وميكلون","VC":"سانت فينسنت والغرينادين","WS":"ساموا","SM":"سان مارينو","ST":"ساو تومي وبرينسيب","SA":"السعودية","SN":"السنغال","SC":"سيشل","SL":"سيراليون","SG":"سنغافورة","SK":"سلوفاكيا","SI":"سلوفينيا","SB":"جزر سليمان","SO":"الصومال","ZA":"جنوب أفريقيا","GS":"جورجيا الجنوبية وجزر ساندويتش الجنوبية","ES":"إسبانيا","LK":"سريلانكا","SD":"السودان","SR":"سورينام","SJ":"سفالبارد ويان ماين","SZ":"سوازيلاند","SE":"السويد","CH":"سويسرا","SY":"سوريا","TW":"تايوان","TJ":"طاجيكستان","TZ":"تانزانيا","TH":"تايلاند","TL":"تيمور الشرقية","TG":"توغو","TK":"توكيلاو","TO":"تونغا","TT":"ترينيداد وتوباغو","TN":"تونس","TR":"تركيا","TM":"تركمانستان","TC":"جزر توركس وكايكوس","TV":"توفالو","UG":"أوغندا","UA":"أوكرانيا","AE":"الإمارات العربية المتحدة","GB":"المملكة المتحدة","US":"الولايات المتحدة","UM":"جزر الولايات المتحدة","UY":"الأوروغواي","UZ":"أوزبكستان","VU":"فانواتو","VE":"فنزويلا","VN":"فيتنام","VG":"جزر العذراء البريطانية","VI":"جزر العذراء الأمريكية","WF":"والس وفوتونا","EH":"الصحراء الغربية","YE":"اليمن","ZM":"زامبيا","ZW":"زيمبابوي","AX":"جزر أولاند","BQ":"الجزر الكاريبية الهولندية","CW":"كوراساو","GG":"غيرنزي","IM":"جزيرة مان","JE":"جيرزي","ME":"الجبل الأسود","BL":"سان بارتيلمي","MF":"سانت مارتن (الجزء الفرنسي)","RS":"صربيا","SX":"سانت مارتن (الجزء الهولندي)","SS":"جنوب السودان","XK":"كوسوفو"}}');

/***/ }),

/***/ 6054:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"az","countries":{"AD":"Andorra","AE":"Birləşmiş Ərəb Əmirlikləri","AF":"Əfqanıstan","AG":"Antiqua və Barbuda","AI":"Angilya","AL":"Albaniya","AM":"Ermənistan","AO":"Anqola","AQ":"Antarktika","AR":"Argentina","AS":"Amerika Samoası","AT":"Avstriya","AU":"Avstraliya","AW":"Aruba","AX":"Aland adaları","AZ":"Azərbaycan","BA":"Bosniya və Herseqovina","BB":"Barbados","BD":"Banqladeş","BE":"Belçika","BF":"Burkina Faso","BG":"Bolqarıstan","BH":"Bəhreyn","BI":"Burundi","BJ":"Benin","BL":"Sent-Bartelemi","BM":"Bermud adaları","BN":"Bruney","BO":"Boliviya","BQ":"Karib Niderlandı","BR":"Braziliya","BS":"Baham adaları","BT":"Butan","BV":"Buve adası","BW":"Botsvana","BY":"Belarus","BZ":"Beliz","CA":"Kanada","CC":"Kokos (Kilinq) adaları","CD":"Konqo - Kinşasa","CF":"Mərkəzi Afrika Respublikası","CG":"Konqo - Brazzavil","CH":"İsveçrə","CI":"Kotd’ivuar","CK":"Kuk adaları","CL":"Çili","CM":"Kamerun","CN":"Çin","CO":"Kolumbiya","CR":"Kosta Rika","CU":"Kuba","CV":"Kabo-Verde","CW":"Kurasao","CX":"Milad adası","CY":"Kipr","CZ":"Çex Respublikası","DE":"Almaniya","DJ":"Cibuti","DK":"Danimarka","DM":"Dominika","DO":"Dominikan Respublikası","DZ":"Əlcəzair","EC":"Ekvador","EE":"Estoniya","EG":"Misir","EH":"Qərbi Saxara","ER":"Eritreya","ES":"İspaniya","ET":"Efiopiya","FI":"Finlandiya","FJ":"Fici","FK":"Folklend adaları","FM":"Mikroneziya","FO":"Farer adaları","FR":"Fransa","GA":"Qabon","GB":"Birləşmiş Krallıq","GD":"Qrenada","GE":"Gürcüstan","GF":"Fransa Qvianası","GG":"Gernsi","GH":"Qana","GI":"Cəbəllütariq","GL":"Qrenlandiya","GM":"Qambiya","GN":"Qvineya","GP":"Qvadelupa","GQ":"Ekvatorial Qvineya","GR":"Yunanıstan","GS":"Cənubi Corciya və Cənubi Sendviç adaları","GT":"Qvatemala","GU":"Quam","GW":"Qvineya-Bisau","GY":"Qayana","HK":"Honq Konq","HM":"Herd və Makdonald adaları","HN":"Honduras","HR":"Xorvatiya","HT":"Haiti","HU":"Macarıstan","ID":"İndoneziya","IE":"İrlandiya","IL":"İsrail","IM":"Men adası","IN":"Hindistan","IO":"Britaniyanın Hind Okeanı Ərazisi","IQ":"İraq","IR":"İran","IS":"İslandiya","IT":"İtaliya","JE":"Cersi","JM":"Yamayka","JO":"İordaniya","JP":"Yaponiya","KE":"Keniya","KG":"Qırğızıstan","KH":"Kamboca","KI":"Kiribati","KM":"Komor adaları","KN":"Sent-Kits və Nevis","KP":"Şimali Koreya","KR":"Cənubi Koreya","KW":"Küveyt","KY":"Kayman adaları","KZ":"Qazaxıstan","LA":"Laos","LB":"Livan","LC":"Sent-Lusiya","LI":"Lixtenşteyn","LK":"Şri-Lanka","LR":"Liberiya","LS":"Lesoto","LT":"Litva","LU":"Lüksemburq","LV":"Latviya","LY":"Liviya","MA":"Mərakeş","MC":"Monako","MD":"Moldova","ME":"Monteneqro","MF":"Sent Martin","MG":"Madaqaskar","MH":"Marşal adaları","MK":"Şimali Makedoniya","ML":"Mali","MM":"Myanma","MN":"Monqolustan","MO":"Makao","MP":"Şimali Marian adaları","MQ":"Martinik","MR":"Mavritaniya","MS":"Monserat","MT":"Malta","MU":"Mavriki","MV":"Maldiv adaları","MW":"Malavi","MX":"Meksika","MY":"Malayziya","MZ":"Mozambik","NA":"Namibiya","NC":"Yeni Kaledoniya","NE":"Niger","NF":"Norfolk adası","NG":"Nigeriya","NI":"Nikaraqua","NL":"Niderland","NO":"Norveç","NP":"Nepal","NR":"Nauru","NU":"Niue","NZ":"Yeni Zelandiya","OM":"Oman","PA":"Panama","PE":"Peru","PF":"Fransa Polineziyası","PG":"Papua-Yeni Qvineya","PH":"Filippin","PK":"Pakistan","PL":"Polşa","PM":"Müqəddəs Pyer və Mikelon","PN":"Pitkern adaları","PR":"Puerto Riko","PS":"Fələstin Əraziləri","PT":"Portuqaliya","PW":"Palau","PY":"Paraqvay","QA":"Qətər","RE":"Reyunyon","RO":"Rumıniya","RS":"Serbiya","RU":"Rusiya","RW":"Ruanda","SA":"Səudiyyə Ərəbistanı","SB":"Solomon adaları","SC":"Seyşel adaları","SD":"Sudan","SE":"İsveç","SG":"Sinqapur","SH":"Müqəddəs Yelena","SI":"Sloveniya","SJ":"Svalbard və Yan-Mayen","SK":"Slovakiya","SL":"Syerra-Leone","SM":"San-Marino","SN":"Seneqal","SO":"Somali","SR":"Surinam","SS":"Cənubi Sudan","ST":"San-Tome və Prinsipi","SV":"Salvador","SX":"Sint-Marten","SY":"Suriya","SZ":"Svazilend","TC":"Törks və Kaykos adaları","TD":"Çad","TF":"Fransanın Cənub Əraziləri","TG":"Toqo","TH":"Tailand","TJ":"Tacikistan","TK":"Tokelau","TL":"Şərqi Timor","TM":"Türkmənistan","TN":"Tunis","TO":"Tonqa","TR":"Türkiyə","TT":"Trinidad və Tobaqo","TV":"Tuvalu","TW":"Tayvan","TZ":"Tanzaniya","UA":"Ukrayna","UG":"Uqanda","UM":"ABŞ-a bağlı kiçik adacıqlar","US":"Amerika Birləşmiş Ştatları","UY":"Uruqvay","UZ":"Özbəkistan","VA":"Vatikan","VC":"Sent-Vinsent və Qrenadinlər","VE":"Venesuela","VG":"Britaniyanın Virgin adaları","VI":"ABŞ Virgin adaları","VN":"Vyetnam","VU":"Vanuatu","WF":"Uollis və Futuna","WS":"Samoa","XK":"Kosovo","YE":"Yəmən","YT":"Mayot","ZA":"Cənub Afrika","ZM":"Zambiya","ZW":"Zimbabve"}}');

/***/ }),

/***/ 7768:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"be","countries":{"AD":"Андора","AE":"Аб’яднаныя Арабскія Эміраты","AF":"Афганістан","AG":"Антыгуа і Барбуда","AI":"Ангілья","AL":"Албанія","AM":"Арменія","AO":"Ангола","AQ":"Антарктыка","AR":"Аргенціна","AS":"Амерыканскае Самоа","AT":"Аўстрыя","AU":"Аўстралія","AW":"Аруба","AX":"Аландскія астравы","AZ":"Азербайджан","BA":"Боснія і Герцагавіна","BB":"Барбадас","BD":"Бангладэш","BE":"Бельгія","BF":"Буркіна-Фасо","BG":"Балгарыя","BH":"Бахрэйн","BI":"Бурундзі","BJ":"Бенін","BL":"Сен-Бартэльмі","BM":"Бермудскія астравы","BN":"Бруней","BO":"Балівія","BQ":"Карыбскія Нідэрланды","BR":"Бразілія","BS":"Багамы","BT":"Бутан","BV":"Востраў Бувэ","BW":"Батсвана","BY":"Беларусь","BZ":"Беліз","CA":"Канада","CC":"Какосавыя (Кілінг) астравы","CD":"Конга (Кіншаса)","CF":"Цэнтральнаафрыканская Рэспубліка","CG":"Конга - Бразавіль","CH":"Швейцарыя","CI":"Кот-д’Івуар","CK":"Астравы Кука","CL":"Чылі","CM":"Камерун","CN":"Кітай","CO":"Калумбія","CR":"Коста-Рыка","CU":"Куба","CV":"Каба-Вердэ","CW":"Кюрасаа","CX":"Востраў Каляд","CY":"Кіпр","CZ":"Чэхія","DE":"Германія","DJ":"Джыбуці","DK":"Данія","DM":"Дамініка","DO":"Дамініканская Рэспубліка","DZ":"Алжыр","EC":"Эквадор","EE":"Эстонія","EG":"Егіпет","EH":"Заходняя Сахара","ER":"Эрытрэя","ES":"Іспанія","ET":"Эфіопія","FI":"Фінляндыя","FJ":"Фіджы","FK":"Фалклендскія астравы","FM":"Мікранезія","FO":"Фарэрскія астравы","FR":"Францыя","GA":"Габон","GB":"Вялікабрытанія","GD":"Грэнада","GE":"Грузія","GF":"Французская Гвіяна","GG":"Гернсі","GH":"Гана","GI":"Гібралтар","GL":"Грэнландыя","GM":"Гамбія","GN":"Гвінея","GP":"Гвадэлупа","GQ":"Экватарыяльная Гвінея","GR":"Грэцыя","GS":"Паўднёвая Джорджыя і Паўднёвыя Сандвічавы астравы","GT":"Гватэмала","GU":"Гуам","GW":"Гвінея-Бісау","GY":"Гаяна","HK":"Ганконг, САР (Кітай)","HM":"Астравы Херд і Макдональд","HN":"Гандурас","HR":"Харватыя","HT":"Гаіці","HU":"Венгрыя","ID":"Інданезія","IE":"Ірландыя","IL":"Ізраіль","IM":"Востраў Мэн","IN":"Індыя","IO":"Брытанская тэрыторыя ў Індыйскім акіяне","IQ":"Ірак","IR":"Іран","IS":"Ісландыя","IT":"Італія","JE":"Джэрсі","JM":"Ямайка","JO":"Іарданія","JP":"Японія","KE":"Кенія","KG":"Кыргызстан","KH":"Камбоджа","KI":"Кірыбаці","KM":"Каморскія Астравы","KN":"Сент-Кітс і Невіс","KP":"Паўночная Карэя","KR":"Паўднёвая Карэя","KW":"Кувейт","KY":"Кайманавы астравы","KZ":"Казахстан","LA":"Лаос","LB":"Ліван","LC":"Сент-Люсія","LI":"Ліхтэнштэйн","LK":"Шры-Ланка","LR":"Ліберыя","LS":"Лесота","LT":"Літва","LU":"Люксембург","LV":"Латвія","LY":"Лівія","MA":"Марока","MC":"Манака","MD":"Малдова","ME":"Чарнагорыя","MF":"Сен-Мартэн","MG":"Мадагаскар","MH":"Маршалавы Астравы","MK":"Рэспубліка Македонія","ML":"Малі","MM":"М’янма (Бірма)","MN":"Манголія","MO":"Макаа, САР (Кітай)","MP":"Паўночныя Марыянскія астравы","MQ":"Марцініка","MR":"Маўрытанія","MS":"Мантсерат","MT":"Мальта","MU":"Маўрыкій","MV":"Мальдывы","MW":"Малаві","MX":"Мексіка","MY":"Малайзія","MZ":"Мазамбік","NA":"Намібія","NC":"Новая Каледонія","NE":"Нігер","NF":"Востраў Норфалк","NG":"Нігерыя","NI":"Нікарагуа","NL":"Нідэрланды","NO":"Нарвегія","NP":"Непал","NR":"Науру","NU":"Ніуэ","NZ":"Новая Зеландыя","OM":"Аман","PA":"Панама","PE":"Перу","PF":"Французская Палінезія","PG":"Папуа-Новая Гвінея","PH":"Філіпіны","PK":"Пакістан","PL":"Польшча","PM":"Сен-П’ер і Мікелон","PN":"Астравы Піткэрн","PR":"Пуэрта-Рыка","PS":"Палесцінскія Тэрыторыі","PT":"Партугалія","PW":"Палау","PY":"Парагвай","QA":"Катар","RE":"Рэюньён","RO":"Румынія","RS":"Сербія","RU":"Расія","RW":"Руанда","SA":"Саудаўская Аравія","SB":"Саламонавы Астравы","SC":"Сейшэльскія Астравы","SD":"Судан","SE":"Швецыя","SG":"Сінгапур","SH":"Востраў Святой Алены","SI":"Славенія","SJ":"Шпіцберген і Ян-Маен","SK":"Славакія","SL":"Сьера-Леонэ","SM":"Сан-Марына","SN":"Сенегал","SO":"Самалі","SR":"Сурынам","SS":"Паўднёвы Судан","ST":"Сан-Тамэ і Прынсіпі","SV":"Сальвадор","SX":"Сінт-Мартэн","SY":"Сірыя","SZ":"Свазіленд","TC":"Цёркс і Кайкас","TD":"Чад","TF":"Французскія Паўднёвыя тэрыторыі","TG":"Тога","TH":"Тайланд","TJ":"Таджыкістан","TK":"Такелау","TL":"Тымор-Лешці","TM":"Туркменістан","TN":"Туніс","TO":"Тонга","TR":"Турцыя","TT":"Трынідад і Табага","TV":"Тувалу","TW":"Тайвань","TZ":"Танзанія","UA":"Украіна","UG":"Уганда","UM":"Малыя Аддаленыя астравы ЗША","US":"Злучаныя Штаты Амерыкі","UY":"Уругвай","UZ":"Узбекістан","VA":"Ватыкан","VC":"Сент-Вінсент і Грэнадзіны","VE":"Венесуэла","VG":"Брытанскія Віргінскія астравы","VI":"Амерыканскія Віргінскія астравы","VN":"В’етнам","VU":"Вануату","WF":"Уоліс і Футуна","WS":"Самоа","XK":"Косава","YE":"Емен","YT":"Маёта","ZA":"Паўднёваафрыканская Рэспубліка","ZM":"Замбія","ZW":"Зімбабвэ"}}');

/***/ }),

/***/ 5818:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"bg","countries":{"AD":"Андора","AE":"Обединени арабски емирства","AF":"Афганистан","AG":"Антигуа и Барбуда","AI":"Ангуила","AL":"Албания","AM":"Армения","AO":"Ангола","AQ":"Антарктика","AR":"Аржентина","AS":"Американска Самоа","AT":"Австрия","AU":"Австралия","AW":"Аруба","AX":"Оландски острови","AZ":"Азербайджан","BA":"Босна и Херцеговина","BB":"Барбадос","BD":"Бангладеш","BE":"Белгия","BF":"Буркина Фасо","BG":"България","BH":"Бахрейн","BI":"Бурунди","BJ":"Бенин","BL":"Сен Бартелеми","BM":"Бермуда","BN":"Бруней Даруссалам","BO":"Боливия","BQ":"Карибска Нидерландия","BR":"Бразилия","BS":"Бахами","BT":"Бутан","BV":"остров Буве","BW":"Ботсвана","BY":"Беларус","BZ":"Белиз","CA":"Канада","CC":"Кокосови острови (острови Кийлинг)","CD":"Конго (Киншаса)","CF":"Централноафриканска република","CG":"Конго (Бразавил)","CH":"Швейцария","CI":"Кот д’Ивоар","CK":"острови Кук","CL":"Чили","CM":"Камерун","CN":"Китай","CO":"Колумбия","CR":"Коста Рика","CU":"Куба","CV":"Кабо Верде","CW":"Кюрасао","CX":"остров Рождество","CY":"Кипър","CZ":"Чехия","DE":"Германия","DJ":"Джибути","DK":"Дания","DM":"Доминика","DO":"Доминиканска република","DZ":"Алжир","EC":"Еквадор","EE":"Естония","EG":"Египет","EH":"Западна Сахара","ER":"Еритрея","ES":"Испания","ET":"Етиопия","FI":"Финландия","FJ":"Фиджи","FK":"Фолклендски острови","FM":"Микронезия","FO":"Фарьорски острови","FR":"Франция","GA":"Габон","GB":"Обединеното кралство","GD":"Гренада","GE":"Грузия","GF":"Френска Гвиана","GG":"Гърнзи","GH":"Гана","GI":"Гибралтар","GL":"Гренландия","GM":"Гамбия","GN":"Гвинея","GP":"Гваделупа","GQ":"Екваториална Гвинея","GR":"Гърция","GS":"Южна Джорджия и Южни Сандвичеви острови","GT":"Гватемала","GU":"Гуам","GW":"Гвинея-Бисау","GY":"Гаяна","HK":"Хонконг, САР на Китай","HM":"остров Хърд и острови Макдоналд","HN":"Хондурас","HR":"Хърватия","HT":"Хаити","HU":"Унгария","ID":"Индонезия","IE":"Ирландия","IL":"Израел","IM":"остров Ман","IN":"Индия","IO":"Британска територия в Индийския океан","IQ":"Ирак","IR":"Иран","IS":"Исландия","IT":"Италия","JE":"Джърси","JM":"Ямайка","JO":"Йордания","JP":"Япония","KE":"Кения","KG":"Киргизстан","KH":"Камбоджа","KI":"Кирибати","KM":"Коморски острови","KN":"Сейнт Китс и Невис","KP":"Северна Корея","KR":"Южна Корея","KW":"Кувейт","KY":"Кайманови острови","KZ":"Казахстан","LA":"Лаос","LB":"Ливан","LC":"Сейнт Лусия","LI":"Лихтенщайн","LK":"Шри Ланка","LR":"Либерия","LS":"Лесото","LT":"Литва","LU":"Люксембург","LV":"Латвия","LY":"Либия","MA":"Мароко","MC":"Монако","MD":"Молдова","ME":"Черна гора","MF":"Сен Мартен","MG":"Мадагаскар","MH":"Маршалови острови","MK":"Северна Македония","ML":"Мали","MM":"Мианмар (Бирма)","MN":"Монголия","MO":"Макао, САР на Китай","MP":"Северни Мариански острови","MQ":"Мартиника","MR":"Мавритания","MS":"Монтсерат","MT":"Малта","MU":"Мавриций","MV":"Малдиви","MW":"Малави","MX":"Мексико","MY":"Малайзия","MZ":"Мозамбик","NA":"Намибия","NC":"Нова Каледония","NE":"Нигер","NF":"остров Норфолк","NG":"Нигерия","NI":"Никарагуа","NL":"Нидерландия","NO":"Норвегия","NP":"Непал","NR":"Науру","NU":"Ниуе","NZ":"Нова Зеландия","OM":"Оман","PA":"Панама","PE":"Перу","PF":"Френска Полинезия","PG":"Папуа-Нова Гвинея","PH":"Филипини","PK":"Пакистан","PL":"Полша","PM":"Сен Пиер и Микелон","PN":"Острови Питкерн","PR":"Пуерто Рико","PS":"Палестински територии","PT":"Португалия","PW":"Палау","PY":"Парагвай","QA":"Катар","RE":"Реюнион","RO":"Румъния","RS":"Сърбия","RU":"Русия","RW":"Руанда","SA":"Саудитска Арабия","SB":"Соломонови острови","SC":"Сейшели","SD":"Судан","SE":"Швеция","SG":"Сингапур","SH":"Света Елена","SI":"Словения","SJ":"Свалбард и Ян Майен","SK":"Словакия","SL":"Сиера Леоне","SM":"Сан Марино","SN":"Сенегал","SO":"Сомалия","SR":"Суринам","SS":"Южен Судан","ST":"Сао Томе и Принсипи","SV":"Салвадор","SX":"Синт Мартен","SY":"Сирия","SZ":"Свазиленд","TC":"острови Търкс и Кайкос","TD":"Чад","TF":"Френски южни територии","TG":"Того","TH":"Тайланд","TJ":"Таджикистан","TK":"Токелау","TL":"Източен Тимор","TM":"Туркменистан","TN":"Тунис","TO":"Тонга","TR":"Турция","TT":"Тринидад и Тобаго","TV":"Тувалу","TW":"Тайван","TZ":"Танзания","UA":"Украйна","UG":"Уганда","UM":"Отдалечени острови на САЩ","US":"Съединени щати","UY":"Уругвай","UZ":"Узбекистан","VA":"Ватикан","VC":"Сейнт Винсънт и Гренадини","VE":"Венецуела","VG":"Британски Вирджински острови","VI":"Американски Вирджински острови","VN":"Виетнам","VU":"Вануату","WF":"Уолис и Футуна","WS":"Самоа","XK":"Косово","YE":"Йемен","YT":"Майот","ZA":"Южна Африка","ZM":"Замбия","ZW":"Зимбабве"}}');

/***/ }),

/***/ 205:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"bn","countries":{"AD":"অ্যান্ডোরা","AE":"সংযুক্ত আরব আমিরাত","AF":"আফগানিস্তান","AG":"অ্যান্টিগুয়া ও বার্বুডা","AI":"এ্যাঙ্গুইলা","AL":"আলবেনিয়া","AM":"আর্মেনিয়া","AO":"অ্যাঙ্গোলা","AQ":"অ্যান্টার্কটিকা","AR":"আর্জেন্টিনা","AS":"আমেরিকান সামোয়া","AT":"অস্ট্রিয়া","AU":"অস্ট্রেলিয়া","AW":"আরুবা","AX":"অলান্দ দ্বীপপুঞ্জ","AZ":"আজারবাইজান","BA":"বসনিয়া ও হার্জেগোভিনা","BB":"বার্বাডোস","BD":"বাংলাদেশ","BE":"বেলজিয়াম","BF":"বুর্কিনা ফাসো","BG":"বুলগেরিয়া","BH":"বাহরাইন","BI":"বুরুন্ডি","BJ":"বেনিন","BL":"সেন্ট বার্থলেমি","BM":"বারমুডা","BN":"ব্রুনাই দারুসালাম","BO":"বলিভিয়া, বহুজাতিক রাষ্ট্র","BQ":"ক্যারিবীয় নেদারল্যান্ডস","BR":"ব্রাজিল","BS":"বাহামা দ্বীপপুঞ্জ","BT":"ভূটান","BV":"বোভেট দ্বীপ","BW":"বতসোয়ানা","BY":"বেলারুশ","BZ":"বেলিজ","CA":"কানাডা","CC":"কোকোস (কিলিং) দ্বীপপুঞ্জ","CD":"গণতান্ত্রিক কঙ্গো প্রজাতন্ত্র","CF":"মধ্য আফ্রিকান প্রজাতন্ত্র","CG":"কঙ্গো প্রজাতন্ত্র","CH":"সুইজারল্যান্ড","CI":"কোত দিভোয়ার","CK":"কুক দ্বীপপুঞ্জ","CL":"চিলি","CM":"ক্যামেরুন","CN":"গণচীন","CO":"কলম্বিয়া","CR":"কোস্টা রিকা","CU":"কিউবা","CV":"কেপ ভার্দ","CW":"কিউরাসাও","CX":"ক্রিস্টমাস দ্বীপ","CY":"সাইপ্রাস","CZ":"চেক প্রজাতন্ত্র","DE":"জার্মানি","DJ":"জিবুতি","DK":"ডেনমার্ক","DM":"ডোমিনিকা","DO":"ডোমিনিকান প্রজাতন্ত্র","DZ":"আলজেরিয়া","EC":"ইকুয়েডর","EE":"এস্তোনিয়া","EG":"মিশর","EH":"পশ্চিম সাহারা","ER":"ইরিত্রিয়া","ES":"স্পেন","ET":"ইথিওপিয়া","FI":"ফিনল্যান্ড","FJ":"ফিজি","FK":"ফক্‌ল্যান্ড দ্বীপপুঞ্জ (মালভিনাস)","FM":"মাইক্রোনেশিয়া যুক্তরাজ্য","FO":"ফারো দ্বীপপুঞ্জ","FR":"ফ্রান্স","GA":"গাবন","GB":"যুক্তরাজ্য এবং উত্তর আয়ারল্যান্ড","GD":"গ্রানাডা","GE":"জর্জিয়া","GF":"ফরাসি গায়ানা","GG":"Guernsey","GH":"ঘানা","GI":"জিব্রাল্টার","GL":"গ্রিনল্যান্ড","GM":"গাম্বিয়া","GN":"গিনি","GP":"গুয়াদলুপ","GQ":"বিষুবীয় গিনি","GR":"গ্রিস","GS":"দক্ষিণ জর্জিয়া ও দক্ষিণ স্যান্ডউইচ দ্বীপপুঞ্জ","GT":"গুয়াতেমালা","GU":"গুয়াম","GW":"গিনি-বিসাউ","GY":"গায়ানা","HK":"হংকং","HM":"হার্ড দ্বীপ এবং ম্যাকডোনাল্ড দ্বীপপুঞ্জ","HN":"হন্ডুরাস","HR":"ক্রোয়েশিয়া","HT":"হাইতি","HU":"হাঙ্গেরি","ID":"ইন্দোনেশিয়া","IE":"প্রজাতন্ত্রী আয়ারল্যান্ড","IL":"ইসরায়েল","IM":"আইল অব ম্যান","IN":"ভারত","IO":"ব্রিটিশ ভারত মহাসাগরীয় এলাকা","IQ":"ইরাক","IR":"ইরান","IS":"আইসল্যান্ড","IT":"ইতালি","JE":"Jersey","JM":"জামাইকা","JO":"জর্দান","JP":"জাপান","KE":"কেনিয়া","KG":"কির্গিজস্তান","KH":"কম্বোডিয়া","KI":"কিরিবাস","KM":"কোমোরোস","KN":"সেন্ট কিট্‌স ও নেভিস","KP":"কোরিয়া গণতান্ত্রিক গণপ্রজাতন্ত্রী","KR":"কোরিয়া প্রজাতন্ত্র","KW":"কুয়েত","KY":"কেইম্যান দ্বীপপুঞ্জ","KZ":"কাজাখস্তান","LA":"গণতান্ত্রিক গণপ্রজাতন্ত্রী লাওস","LB":"লেবানন","LC":"সেন্ট লুসিয়া","LI":"লিশটেনস্টাইন","LK":"শ্রীলঙ্কা","LR":"লাইবেরিয়া","LS":"লেসোথো","LT":"লিথুয়ানিয়া","LU":"লুক্সেমবুর্গ","LV":"লাতভিয়া","LY":"লিবিয়া","MA":"মরোক্কো","MC":"মোনাকো","MD":"মলদোভা প্রজাতন্ত্র","ME":"মন্টিনিগ্রো","MF":"সেন্ট মার্টিন (ফরাসি অংশ)","MG":"মাদাগাস্কার","MH":"মার্শাল দ্বীপপুঞ্জ","MK":"ম্যাসেডোনিয়ার প্রাক্তন যুগোস্লাভ প্রজাতন্ত্র","ML":"মালি","MM":"মায়ানমার","MN":"মঙ্গোলিয়া","MO":"মাকাও","MP":"উত্তর মারিয়ানা দ্বীপপুঞ্জ","MQ":"মার্তিনিক","MR":"মৌরিতানিয়া","MS":"মন্টসেরাট","MT":"মাল্টা","MU":"মরিশাস","MV":"মালদ্বীপ","MW":"মালাউই","MX":"মেক্সিকো","MY":"মালয়েশিয়া","MZ":"মোজাম্বিক","NA":"নামিবিয়া","NC":"নিউ ক্যালিডোনিয়া","NE":"নাইজার","NF":"নরফোক দ্বীপ","NG":"নাইজেরিয়া","NI":"নিকারাগুয়া","NL":"নেদারল্যান্ডস","NO":"নরওয়ে","NP":"নেপাল","NR":"নাউরু","NU":"নিউয়ে","NZ":"নিউজিল্যান্ড","OM":"ওমান","PA":"পানামা","PE":"পেরু","PF":"ফরাসি পলিনেশিয়া","PG":"পাপুয়া নিউগিনি","PH":"ফিলিপাইন","PK":"পাকিস্তান","PL":"পোল্যান্ড","PM":"সাঁ পিয়ের ও মিক‌লোঁ","PN":"পিটকেয়ার্ন","PR":"পুয়ের্তো রিকো","PS":"ফিলিস্তিন রাষ্ট্র","PT":"পর্তুগাল","PW":"পালাউ","PY":"প্যারাগুয়ে","QA":"কাতার","RE":"রেউনিওঁ","RO":"রোমানিয়া","RS":"সার্বিয়া","RU":"রাশিয়া","RW":"রুয়ান্ডা","SA":"সৌদি আরব","SB":"সলোমন দ্বীপপুঞ্জ","SC":"সেশেল","SD":"সুদান","SE":"সুইডেন","SG":"সিঙ্গাপুর","SH":"সেন্ট হেলেনা, অ্যাসেনশন ও ত্রিস্তান দা কুনহা","SI":"স্লোভেনিয়া","SJ":"স্বালবার্ড ও জান মায়েন","SK":"স্লোভাকিয়া","SL":"সিয়েরা লিওন","SM":"সান মারিনো","SN":"সেনেগাল","SO":"সোমালিয়া","SR":"সুরিনাম","SS":"দক্ষিণ সুদান","ST":"সাঁউ তুমি ও প্রিন্সিপি","SV":"এল সালভাদোর","SX":"সিন্ট মার্টেন (ওলন্দাজ অংশ)","SY":"আরব প্রজাতন্ত্র সিরিয়া","SZ":"সোয়াজিল্যান্ড","TC":"টার্কস্‌ ও কেইকোস দ্বীপপুঞ্জ","TD":"চাদ","TF":"ফরাসি সাউদার্ন টেরিটোরিজ","TG":"টোগো","TH":"থাইল্যান্ড","TJ":"তাজিকিস্তান","TK":"টোকেলাউ","TL":"তিমোর্‌ ল্যেশ্ত্যি","TM":"তুর্কমেনিস্তান","TN":"তিউনিসিয়া","TO":"টোঙ্গা","TR":"তুরস্ক","TT":"ত্রিনিদাদ ও টোবাগো","TV":"টুভালু","TW":"তাইওয়ান, চীনের প্রদেশ","TZ":"তানজানিয়া যুক্তপ্রজাতন্ত্র","UA":"ইউক্রেন","UG":"উগান্ডা","UM":"মার্কিন যুক্তরাষ্ট্রের ক্ষুদ্র পার্শ্ববর্তী দ্বীপপুঞ্জ","US":"মার্কিন যুক্তরাষ্ট্র","UY":"উরুগুয়ে","UZ":"উজবেকিস্তান","VA":"ভ্যাটিকান সিটি","VC":"সেন্ট ভিনসেন্ট ও গ্রেনাডাইন দ্বীপপুঞ্জ","VE":"ভেনেজুয়েলার বোলিভিয় প্রজাতন্ত্র","VG":"ব্রিটিশ ভার্জিন দ্বীপপুঞ্জ","VI":"মার্কিন ভার্জিন দ্বীপপুঞ্জ ","VN":"ভিয়েত নাম","VU":"ভানুয়াটু","WF":"ওয়ালিম ও ফুটুনা দ্বীপপুঞ্জের","WS":"সামোয়া","XK":"কসোভো","YE":"ইয়েমেন","YT":"মায়োত","ZA":"দক্ষিণ আফ্রিকা","ZM":"জাম্বিয়া","ZW":"জিম্বাবুয়ে"}}');

/***/ }),

/***/ 5313:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"br","countries":{"AD":"Andorra","AE":"Emirelezhioù Arab Unanet","AF":"Afghanistan","AG":"Antigua ha Barbuda","AI":"Anguilla","AL":"Albania","AM":"Armenia","AO":"Angola","AQ":"Antarktika","AR":"Arc\'hantina","AS":"Samoa Amerikan","AT":"Aostria","AU":"Aostralia","AW":"Aruba","AX":"Åland","AZ":"Azerbaidjan","BA":"Bosnia ha Herzegovina","BB":"Barbados","BD":"Bangladesh","BE":"Belgia","BF":"Burkina Faso","BG":"Bulgaria","BH":"Bahrein","BI":"Burundi","BJ":"Benin","BL":"Saint-Barthélemy","BM":"Bermuda","BN":"Brunei","BO":"Bolivia","BQ":"Bonaire, Sint Eustatius ha Saba","BR":"Brazil","BS":"Bahamas","BT":"Bhoutan","BV":"Enez Bouvet","BW":"Botswana","BY":"Belarus","BZ":"Belize","CA":"Kanada","CC":"Inizi Cocos (Keeling)","CD":"Kongo-Kinshasa","CF":"Republik Kreizafrikan","CG":"Kongo-Brazzaville","CH":"Suis","CI":"Aod an Olifant","CK":"Inizi Cook","CL":"Chile","CM":"Kameroun","CN":"Sina","CO":"Kolombia","CR":"Costa Rica","CU":"Kuba","CV":"Kab Glas","CW":"Curaçao","CX":"Enez Christmas","CY":"Kiprenez","CZ":"Tchekia","DE":"Alamagn","DJ":"Djibouti","DK":"Danmark","DM":"Dominica","DO":"Republik Dominikan","DZ":"Aljeria","EC":"Ecuador","EE":"Estonia","EG":"Egipt","EH":"Sahara ar C\'hornôg","ER":"Eritrea","ES":"Spagn","ET":"Etiopia","FI":"Finland","FJ":"Fidji","FK":"Inizi Maloù","FM":"Mikronezia","FO":"Inizi Faero","FR":"Frañs","GA":"Gabon","GB":"Rouantelezh-Unanet","GD":"Grenada","GE":"Jorjia","GF":"Gwiana C\'hall","GG":"Gwernenez","GH":"Ghana","GI":"Jibraltar","GL":"Greunland","GM":"Gambia","GN":"Ginea","GP":"Gwadeloup","GQ":"Ginea ar C\'heheder","GR":"Gres","GS":"Georgia ar Su hag Inizi Sandwich ar Su","GT":"Guatemala","GU":"Guam","GW":"Ginea-Bissau","GY":"Guyana","HK":"Hong Kong","HM":"Inizi Heard ha McDonald","HN":"Honduras","HR":"Kroatia","HT":"Haiti","HU":"Hungaria","ID":"Indonezia","IE":"Iwerzhon","IL":"Israel","IM":"Enez Vanav","IN":"India","IO":"Tiriad breizhveurat Meurvor Indez","IQ":"Irak","IR":"Iran","IS":"Island","IT":"Italia","JE":"Jerzenez","JM":"Jamaika","JO":"Jordania","JP":"Japan","KE":"Kenya","KG":"Kirgizstan","KH":"Kambodja","KI":"Kiribati","KM":"Komorez","KN":"Saint Kitts ha Nevis","KP":"Korea an Norzh","KR":"Korea ar Su","KW":"Koweit","KY":"Inizi Cayman","KZ":"Kazakstan","LA":"Laos","LB":"Liban","LC":"Santez-Lusia","LI":"Liechtenstein","LK":"Sri Lanka","LR":"Liberia","LS":"Lesotho","LT":"Lituania","LU":"Luksembourg","LV":"Latvia","LY":"Libia","MA":"Maroko","MC":"Monaco","MD":"Moldova","ME":"Montenegro","MF":"Saint-Martin","MG":"Madagaskar","MH":"Inizi Marshall","MK":"Makedonia an Norzh","ML":"Mali","MM":"Myanmar","MN":"Mongolia","MO":"Makao","MP":"Inizi Mariana an Norzh","MQ":"Martinik","MR":"Maouritania","MS":"Montserrat","MT":"Malta","MU":"Moris","MV":"Maldivez","MW":"Malawi","MX":"Mec\'hiko","MY":"Malaysia","MZ":"Mozambik","NA":"Namibia","NC":"Kaledonia-Nevez","NE":"Niger","NF":"Enez Norfolk","NG":"Nigeria","NI":"Nicaragua","NL":"Izelvroioù","NO":"Norvegia","NP":"Nepal","NR":"Nauru","NU":"Niue","NZ":"Zeland-Nevez","OM":"Oman","PA":"Panama","PE":"Perou","PF":"Polinezia C\'hall","PG":"Papoua-Ginea Nevez","PH":"Filipinez","PK":"Pakistan","PL":"Polonia","PM":"Sant-Pêr-ha-Mikelon","PN":"Inizi Pitcairn","PR":"Puerto Rico","PS":"Palestina","PT":"Portugal","PW":"Palau","PY":"Paraguay","QA":"Katar","RE":"Reünion","RO":"Roumania","RS":"Serbia","RU":"Rusia","RW":"Rwanda","SA":"Arabia Saoudat","SB":"Inizi Salomon","SC":"Sechelez","SD":"Soudan","SE":"Sveden","SG":"Singapour","SH":"Saint Helena, Ascension, ha Tristan da Cunha","SI":"Slovenia","SJ":"Svalbard ha Jan Mayen","SK":"Slovakia","SL":"Sierra Leone","SM":"San Marino","SN":"Senegal","SO":"Somalia","SR":"Surinam","SS":"Soudan ar Su","ST":"São Tomé ha Príncipe","SV":"El Salvador","SX":"Sint Maarten","SY":"Siria","SZ":"Eswatini","TC":"Inizi Turks ha Caicos","TD":"Tchad","TF":"Douaroù Aostral hag Antarktikel Frañs","TG":"Togo","TH":"Thailand","TJ":"Tadjikistan","TK":"Tokelau","TL":"Timor ar Reter","TM":"Turkmenistan","TN":"Tunizia","TO":"Tonga","TR":"Turkia","TT":"Trinidad ha Tobago","TV":"Tuvalu","TW":"Taiwan","TZ":"Tanzania","UA":"Ukraina","UG":"Ouganda","UM":"Inizi Minor A-bell Stadoù-Unanet","US":"Stadoù-Unanet","UY":"Uruguay","UZ":"Ouzbekistan","VA":"Vatikan","VC":"Sant Visant hag ar Grenadinez","VE":"Venezuela","VG":"Inizi Gwerc\'h Breizhveurat","VI":"Inizi Gwerc\'h ar Stadoù Unanet","VN":"Viêt Nam","VU":"Vanuatu","WF":"Wallis ha Futuna","WS":"Samoa","XK":"Kosovo","YE":"Yemen","YT":"Mayotte","ZA":"Suafrika","ZM":"Zambia","ZW":"Zimbabwe"}}');

/***/ }),

/***/ 5526:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"bs","countries":{"AD":"Andora","AE":"Ujedinjeni Arapski Emirati","AF":"Afganistan","AG":"Antigva i Barbuda","AI":"Angvila","AL":"Albanija","AM":"Armenija","AO":"Angola","AQ":"Antarktika","AR":"Argentina","AS":"Američka Samoa","AT":"Austrija","AU":"Australija","AW":"Aruba","AX":"Olandska Ostrva","AZ":"Azerbejdžan","BA":"Bosna i Hercegovina","BB":"Barbados","BD":"Bangladeš","BE":"Belgija","BF":"Burkina Faso","BG":"Bugarska","BH":"Bahrein","BI":"Burundi","BJ":"Benin","BL":"Sveti Bartolomej","BM":"Bermuda","BN":"Brunej","BO":"Bolivija","BQ":"Karipska Holandija","BR":"Brazil","BS":"Bahami","BT":"Butan","BV":"Ostrvo Buve","BW":"Bocvana","BY":"Bjelorusija","BZ":"Belize","CA":"Kanada","CC":"Kokosova (Kilingova) Ostrva","CD":"Demokratska Republika Kongo","CF":"Centralnoafrička Republika","CG":"Kongo","CH":"Švicarska","CI":"Obala Slonovače","CK":"Kukova Ostrva","CL":"Čile","CM":"Kamerun","CN":"Kina","CO":"Kolumbija","CR":"Kostarika","CU":"Kuba","CV":"Kape Verde","CW":"Kurasao","CX":"Božićna Ostrva","CY":"Kipar","CZ":"Češka","DE":"Njemačka","DJ":"Džibuti","DK":"Danska","DM":"Dominika","DO":"Dominikanska Republika","DZ":"Alžir","EC":"Ekvador","EE":"Estonija","EG":"Egipat","EH":"Zapadna Sahara","ER":"Eritreja","ES":"Španija","ET":"Etiopija","FI":"Finska","FJ":"Fidži","FK":"Folklandska Ostrva","FM":"Mikronezija","FO":"Farska Ostrva","FR":"Francuska","GA":"Gabon","GB":"Velika Britanija","GD":"Grenada","GE":"Gruzija","GF":"Francuska Gvajana","GG":"Gernzi","GH":"Gana","GI":"Gibraltar","GL":"Grenland","GM":"Gambija","GN":"Gvineja","GP":"Gvadalupe","GQ":"Ekvatorijalna Gvineja","GR":"Grčka","GS":"Južna Džordžija i Južna Sendvička Ostrva","GT":"Gvatemala","GU":"Guam","GW":"Gvineja-Bisao","GY":"Gvajana","HK":"Hong Kong (SAR Kina)","HM":"Herd i arhipelag MekDonald","HN":"Honduras","HR":"Hrvatska","HT":"Haiti","HU":"Mađarska","ID":"Indonezija","IE":"Irska","IL":"Izrael","IM":"Ostrvo Man","IN":"Indija","IO":"Britanska Teritorija u Indijskom Okeanu","IQ":"Irak","IR":"Iran","IS":"Island","IT":"Italija","JE":"Džerzi","JM":"Jamajka","JO":"Jordan","JP":"Japan","KE":"Kenija","KG":"Kirgistan","KH":"Kambodža","KI":"Kiribati","KM":"Komorska Ostrva","KN":"Sveti Kits i Nevis","KP":"Sjeverna Koreja","KR":"Južna Koreja","KW":"Kuvajt","KY":"Kajmanska Ostrva","KZ":"Kazahstan","LA":"Laos","LB":"Liban","LC":"Sveta Lucija","LI":"Lihtenštajn","LK":"Šri Lanka","LR":"Liberija","LS":"Lesoto","LT":"Litvanija","LU":"Luksemburg","LV":"Latvija","LY":"Libija","MA":"Maroko","MC":"Monako","MD":"Moldavija","ME":"Crna Gora","MF":"Sv. Martin","MG":"Madagaskar","MH":"Maršalova Ostrva","MK":"Sjeverna Makedonija","ML":"Mali","MM":"Mijanmar","MN":"Mongolija","MO":"Makao (SAR Kina)","MP":"Sjeverna Marijanska Ostrva","MQ":"Martinik","MR":"Mauritanija","MS":"Monserat","MT":"Malta","MU":"Mauricijus","MV":"Maldivi","MW":"Malavi","MX":"Meksiko","MY":"Malezija","MZ":"Mozambik","NA":"Namibija","NC":"Nova Kaledonija","NE":"Niger","NF":"Ostrvo Norfolk","NG":"Nigerija","NI":"Nikaragva","NL":"Holandija","NO":"Norveška","NP":"Nepal","NR":"Nauru","NU":"Niue","NZ":"Novi Zeland","OM":"Oman","PA":"Panama","PE":"Peru","PF":"Francuska Polinezija","PG":"Papua Nova Gvineja","PH":"Filipini","PK":"Pakistan","PL":"Poljska","PM":"Sveti Petar i Mikelon","PN":"Pitkernska Ostrva","PR":"Porto Riko","PS":"Palestinska Teritorija","PT":"Portugal","PW":"Palau","PY":"Paragvaj","QA":"Katar","RE":"Reunion","RO":"Rumunija","RS":"Srbija","RU":"Rusija","RW":"Ruanda","SA":"Saudijska Arabija","SB":"Solomonska Ostrva","SC":"Sejšeli","SD":"Sudan","SE":"Švedska","SG":"Singapur","SH":"Sveta Helena","SI":"Slovenija","SJ":"Svalbard i Jan Majen","SK":"Slovačka","SL":"Sijera Leone","SM":"San Marino","SN":"Senegal","SO":"Somalija","SR":"Surinam","SS":"Južni Sudan","ST":"Sao Tome i Principe","SV":"Salvador","SX":"Sint Marten","SY":"Sirija","SZ":"Svazilend","TC":"Ostrva Turks i Kaikos","TD":"Čad","TF":"Francuske Južne Teritorije","TG":"Togo","TH":"Tajland","TJ":"Tadžikistan","TK":"Tokelau","TL":"Istočni Timor","TM":"Turkmenistan","TN":"Tunis","TO":"Tonga","TR":"Turska","TT":"Trinidad i Tobago","TV":"Tuvalu","TW":"Tajvan","TZ":"Tanzanija","UA":"Ukrajina","UG":"Uganda","UM":"Američka Vanjska Ostrva","US":"Sjedinjene Američke Države","UY":"Urugvaj","UZ":"Uzbekistan","VA":"Vatikan","VC":"Sveti Vinsent i Grenadin","VE":"Venecuela","VG":"Britanska Djevičanska Ostrva","VI":"Američka Djevičanska Ostrva","VN":"Vijetnam","VU":"Vanuatu","WF":"Ostrva Valis i Futuna","WS":"Samoa","XK":"Kosovo","YE":"Jemen","YT":"Majote","ZA":"Južnoafrička Republika","ZM":"Zambija","ZW":"Zimbabve"}}');

/***/ }),

/***/ 4029:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ca","countries":{"AF":"Afganistan","AX":"Åland, illes","AL":"Albània","DE":"Alemanya","DZ":"Algèria","AD":"Andorra","AO":"Angola","AI":"Anguilla","AQ":"Antàrtida","AG":"Antigua i Barbuda","SA":"Aràbia Saudita","AR":"Argentina","AM":"Armènia","AW":"Aruba","AU":"Austràlia","AT":"Àustria","AZ":"Azerbaidjan","BS":"Bahames","BH":"Bahrain","BD":"Bangla Desh","BB":"Barbados","BE":"Bèlgica","BZ":"Belize","BJ":"Benín","BM":"Bermudes","BT":"Bhutan","BY":"Bielorússia","BO":"Bolívia","BQ":"Bonaire, Sint Eustatius i Saba","BA":"Bòsnia i Hercegovina","BW":"Botswana","BV":"Bouvet","BR":"Brasil","BN":"Brunei","BG":"Bulgària","BF":"Burkina Faso","BI":"Burundi","KY":"Caiman, illes","KH":"Cambodja","CM":"Camerun","CA":"Canadà","CV":"Cap Verd","CF":"Centreafricana, República","CX":"Christmas, illa","CC":"Cocos, illes","CO":"Colòmbia","KM":"Comores","CG":"Congo, República del","CD":"Congo, República Democràtica del","CK":"Cook, illes","KP":"Corea del Nord","KR":"Corea del Sud","CI":"Costa d\'Ivori","CR":"Costa Rica","HR":"Croàcia","CU":"Cuba","CW":"Curaçao","DK":"Dinamarca","DJ":"Djibouti","DM":"Dominica","DO":"Dominicana, República","EG":"Egipte","EC":"Equador","AE":"Emirats Àrabs Units","ER":"Eritrea","SK":"Eslovàquia","SI":"Eslovènia","ES":"Espanya","US":"Estats Units (EUA)","EE":"Estònia","ET":"Etiòpia","FO":"Fèroe, illes","FJ":"Fiji","PH":"Filipines","FI":"Finlàndia","FR":"França","GA":"Gabon","GM":"Gàmbia","GE":"Geòrgia","GS":"Geòrgia del Sud i Sandwich del Sud, illes","GH":"Ghana","GI":"Gibraltar","GR":"Grècia","GD":"Grenada","GL":"Groenlàndia","GP":"Guadeloupe","GF":"Guaiana Francesa","GU":"Guam","GT":"Guatemala","GG":"Guernsey","GN":"República de Guinea","GW":"Guinea Bissau","GQ":"Guinea Equatorial","GY":"Guyana","HT":"Haití","HM":"Heard, illa i McDonald, illes","HN":"Hondures","HK":"Hong Kong","HU":"Hongria","YE":"Iemen","IM":"Illa de Man","UM":"Illes Perifèriques Menors dels EUA","IN":"Índia","ID":"Indonèsia","IR":"Iran","IQ":"Iraq","IE":"Irlanda","IS":"Islàndia","IL":"Israel","IT":"Itàlia","JM":"Jamaica","JP":"Japó","JE":"Jersey","JO":"Jordània","KZ":"Kazakhstan","KE":"Kenya","KG":"Kirguizistan","KI":"Kiribati","KW":"Kuwait","LA":"Laos","LS":"Lesotho","LV":"Letònia","LB":"Líban","LR":"Libèria","LY":"Líbia","LI":"Liechtenstein","LT":"Lituània","LU":"Luxemburg","MO":"Macau","MK":"Macedònia del Nord","MG":"Madagascar","MY":"Malàisia","MW":"Malawi","MV":"Maldives","ML":"Mali","MT":"Malta","FK":"Malvines, illes","MP":"Mariannes Septentrionals, illes","MA":"Marroc","MH":"Marshall, illes","MQ":"Martinica","MU":"Maurici","MR":"Mauritània","YT":"Mayotte","MX":"Mèxic","FM":"Micronèsia, Estats Federats de","MZ":"Moçambic","MD":"Moldàvia","MC":"Mònaco","MN":"Mongòlia","ME":"Montenegro","MS":"Montserrat","MM":"Myanmar","NA":"Namíbia","NR":"Nauru","NP":"Nepal","NI":"Nicaragua","NE":"Níger","NG":"Nigèria","NU":"Niue","NF":"Norfolk, illa","NO":"Noruega","NC":"Nova Caledònia","NZ":"Nova Zelanda","OM":"Oman","NL":"Països Baixos","PK":"Pakistan","PW":"Palau","PS":"Palestina","PA":"Panamà","PG":"Papua Nova Guinea","PY":"Paraguai","PE":"Perú","PN":"Pitcairn, illes","PF":"Polinèsia Francesa","PL":"Polònia","PT":"Portugal","PR":"Puerto Rico","QA":"Qatar","GB":"Regne Unit","RE":"Reunió, illa de la","RO":"Romania","RU":"Rússia","RW":"Ruanda","EH":"Sàhara Occidental","KN":"Saint Kitts i Nevis","LC":"Saint Lucia","PM":"Saint-Pierre i Miquelon","VC":"Saint Vincent i les Grenadines","BL":"Saint-Barthélemy","MF":"Saint-Martin","SB":"Salomó","SV":"Salvador, El","WS":"Samoa","AS":"Samoa Nord-americana","SM":"San Marino","SH":"Santa Helena","ST":"São Tomé i Príncipe","SN":"Senegal","RS":"Sèrbia","SC":"Seychelles","SL":"Sierra Leone","SG":"Singapur","SX":"Sint Maarten","SY":"Síria","SO":"Somàlia","LK":"Sri Lanka","ZA":"Sud-àfrica","SD":"Sudan","SS":"Sudan del Sud","SE":"Suècia","CH":"Suïssa","SR":"Surinam","SJ":"Svalbard i Jan Mayen","SZ":"Swazilàndia","TJ":"Tadjikistan","TH":"Tailàndia","TW":"Taiwan","TZ":"Tanzània","IO":"Territori Britànic de l\'Oceà Índic","TF":"Territoris Francesos del Sud","TL":"Timor Oriental","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinitat i Tobago","TN":"Tunísia","TM":"Turkmenistan","TC":"Turks i Caicos, illes","TR":"Turquia","TV":"Tuvalu","TD":"Txad","CZ":"Txèquia","UA":"Ucraïna","UG":"Uganda","UY":"Uruguai","UZ":"Uzbekistan","VU":"Vanuatu","VA":"Vaticà, Ciutat del","VE":"Veneçuela","VG":"Verges Britàniques, illes","VI":"Verges Nord-americanes, illes","VN":"Vietnam","WF":"Wallis i Futuna","CL":"Xile","CN":"Xina","CY":"Xipre","ZM":"Zàmbia","ZW":"Zimbabwe","XK":"Kosovo"}}');

/***/ }),

/***/ 467:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"cs","countries":{"AF":"Afghánistán","AX":"Ålandy","AL":"Albánie","DZ":"Alžírsko","AS":"Americká Samoa","VI":"Americké Panenské ostrovy","AD":"Andorra","AO":"Angola","AI":"Anguilla","AQ":"Antarktida","AG":"Antigua a Barbuda","AR":"Argentina","AM":"Arménie","AW":"Aruba","AU":"Austrálie","AZ":"Ázerbájdžán","BS":"Bahamy","BH":"Bahrajn","BD":"Bangladéš","BB":"Barbados","BE":"Belgie","BZ":"Belize","BY":"Bělorusko","BJ":"Benin","BM":"Bermudy","BT":"Bhútán","BO":"Bolívie","BQ":"Bonaire, Svatý Eustach a Saba","BA":"Bosna a Hercegovina","BW":"Botswana","BV":"Bouvetův ostrov","BR":"Brazílie","IO":"Britské indickooceánské území","VG":"Britské Panenské ostrovy","BN":"Brunej","BG":"Bulharsko","BF":"Burkina Faso","BI":"Burundi","CK":"Cookovy ostrovy","CW":"Curaçao","TD":"Čad","ME":"Černá Hora","CZ":"Česká republika","CN":"Čína","DK":"Dánsko","CD":"Demokratická republika Kongo","DM":"Dominika","DO":"Dominikánská republika","DJ":"Džibutsko","EG":"Egypt","EC":"Ekvádor","ER":"Eritrea","EE":"Estonsko","ET":"Etiopie","FO":"Faerské ostrovy","FK":"Falklandy (Malvíny)","FJ":"Fidži","PH":"Filipíny","FI":"Finsko","FR":"Francie","GF":"Francouzská Guyana","TF":"Francouzská jižní a antarktická území","PF":"Francouzská Polynésie","GA":"Gabon","GM":"Gambie","GH":"Ghana","GI":"Gibraltar","GD":"Grenada","GL":"Grónsko","GE":"Gruzie","GP":"Guadeloupe","GU":"Guam","GT":"Guatemala","GN":"Guinea","GW":"Guinea-Bissau","GG":"Guernsey","GY":"Guyana","HT":"Haiti","HM":"Heardův ostrov a McDonaldovy ostrovy","HN":"Honduras","HK":"Hongkong","CL":"Chile","HR":"Chorvatsko","IN":"Indie","ID":"Indonésie","IQ":"Irák","IR":"Írán","IE":"Irsko","IS":"Island","IT":"Itálie","IL":"Izrael","JM":"Jamajka","JP":"Japonsko","YE":"Jemen","JE":"Jersey","ZA":"Jihoafrická republika","GS":"Jižní Georgie a Jižní Sandwichovy ostrovy","KR":"Jižní Korea","SS":"Jižní Súdán","JO":"Jordánsko","KY":"Kajmanské ostrovy","KH":"Kambodža","CM":"Kamerun","CA":"Kanada","CV":"Kapverdy","QA":"Katar","KZ":"Kazachstán","KE":"Keňa","KI":"Kiribati","CC":"Kokosové ostrovy","CO":"Kolumbie","KM":"Komory","CG":"Kongo","CR":"Kostarika","CU":"Kuba","KW":"Kuvajt","CY":"Kypr","KG":"Kyrgyzstán","LA":"Laos","LS":"Lesotho","LB":"Libanon","LR":"Libérie","LY":"Libye","LI":"Lichtenštejnsko","LT":"Litva","LV":"Lotyšsko","LU":"Lucembursko","MO":"Macao","MG":"Madagaskar","HU":"Maďarsko","MY":"Malajsie","MW":"Malawi","MV":"Maledivy","ML":"Mali","MT":"Malta","IM":"Ostrov Man","MA":"Maroko","MH":"Marshallovy ostrovy","MQ":"Martinik","MU":"Mauricius","MR":"Mauritánie","YT":"Mayotte","UM":"Menší odlehlé ostrovy USA","MX":"Mexiko","FM":"Mikronésie","MD":"Moldavsko","MC":"Monako","MN":"Mongolsko","MS":"Montserrat","MZ":"Mosambik","MM":"Myanmar","NA":"Namibie","NR":"Nauru","DE":"Německo","NP":"Nepál","NE":"Niger","NG":"Nigérie","NI":"Nikaragua","NU":"Niue","NL":"Nizozemsko","NF":"Norfolk","NO":"Norsko","NC":"Nová Kaledonie","NZ":"Nový Zéland","OM":"Omán","PK":"Pákistán","PW":"Palau","PS":"Palestinská autonomie","PA":"Panama","PG":"Papua-Nová Guinea","PY":"Paraguay","PE":"Peru","PN":"Pitcairnovy ostrovy","CI":"Pobřeží slonoviny","PL":"Polsko","PR":"Portoriko","PT":"Portugalsko","AT":"Rakousko","RE":"Réunion","GQ":"Rovníková Guinea","RO":"Rumunsko","RU":"Rusko","RW":"Rwanda","GR":"Řecko","PM":"Saint-Pierre a Miquelon","SV":"Salvador","WS":"Samoa","SM":"San Marino","SA":"Saúdská Arábie","SN":"Senegal","KP":"Severní Korea","MK":"Severní Makedonie","MP":"Severní Mariany","SC":"Seychely","SL":"Sierra Leone","SG":"Singapur","SK":"Slovensko","SI":"Slovinsko","SO":"Somálsko","AE":"Spojené arabské emiráty","GB":"Spojené království","US":"Spojené státy americké","RS":"Srbsko","CF":"Středoafrická republika","SD":"Súdán","SR":"Surinam","SH":"Svatá Helena, Ascension a Tristan da Cunha","LC":"Svatá Lucie","BL":"Svatý Bartoloměj","KN":"Svatý Kryštof a Nevis","MF":"Svatý Martin (francouzská část)","SX":"Svatý Martin (nizozemská část)","ST":"Svatý Tomáš a Princův ostrov","VC":"Svatý Vincenc a Grenadiny","SZ":"Svazijsko","SY":"Sýrie","SB":"Šalamounovy ostrovy","ES":"Španělsko","SJ":"Špicberky a Jan Mayen","LK":"Šrí Lanka","SE":"Švédsko","CH":"Švýcarsko","TJ":"Tádžikistán","TZ":"Tanzanie","TH":"Thajsko","TW":"Tchaj-wan","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad a Tobago","TN":"Tunisko","TR":"Turecko","TM":"Turkmenistán","TC":"Turks a Caicos","TV":"Tuvalu","UG":"Uganda","UA":"Ukrajina","UY":"Uruguay","UZ":"Uzbekistán","CX":"Vánoční ostrov","VU":"Vanuatu","VA":"Vatikán","VE":"Venezuela","VN":"Vietnam","TL":"Východní Timor","WF":"Wallis a Futuna","ZM":"Zambie","EH":"Západní Sahara","ZW":"Zimbabwe","XK":"Kosovo"}}');

/***/ }),

/***/ 3669:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"cy","countries":{"AF":"Afghanistan","AL":"Albania","DZ":"Algeria","AS":"Samoa Americanaidd","AD":"Andorra","AO":"Angola","AI":"Anguilla","AQ":"Antarctica","AG":"Antigua a Barbuda","AR":"Yr Ariannin","AM":"Armenia","AW":"Aruba","AU":"Awstralia","AT":"Awstria","AZ":"Azerbaijan","BS":"Bahamas","BH":"Bahrain","BD":"Bangladesh","BB":"Barbados","BY":"Belarus","BE":"Gwlad Belg","BZ":"Belize","BJ":"Benin","BM":"Bermuda","BT":"Bhutan","BO":"Bolifia","BA":"Bosnia a Herzegovina","BW":"Botswana","BV":"Ynys Bouvet","BR":"Brasil","IO":"Tiriogaeth Cefnfor India Prydain","BN":"Brunei Darussalam","BG":"Bwlgaria","BF":"Burkina Faso","BI":"Burundi","KH":"Cambodia","CM":"Camerŵn","CA":"Canada","CV":"Cape Verde","KY":"Ynysoedd Cayman","CF":"Gweriniaeth Canolbarth Affrica","TD":"Chad","CL":"Chile","CN":"China","CX":"Ynys y Nadolig","CC":"Ynysoedd Cocos (Keeling)","CO":"Colombia","KM":"Comoros","CG":"Congo","CD":"Congo, Gweriniaeth Ddemocrataidd y","CK":"Ynysoedd Cook","CR":"Costa Rica","CI":["Cote d\'Ivoire","Côte d\'Ivoire"],"HR":"Croatia","CU":"Cuba","CY":"Cyprus","CZ":"Gweriniaeth Tsiec","DK":"Denmarc","DJ":"Djibouti","DM":"Dominica","DO":"Gweriniaeth Ddominicaidd","EC":"Ecwador","EG":"Yr Aifft","SV":"El Salvador","GQ":"Gini Cyhydeddol","ER":"Eritrea","EE":"Estonia","ET":"Ethiopia","FK":"Ynysoedd y Falkland (Malvinas)","FO":"Ynysoedd Ffaro","FJ":"Ffiji","FI":"Y Ffindir","FR":"Ffrainc","GF":"Guiana Ffrengig","PF":"Polynesia Ffrainc","TF":"Tiriogaethau De Ffrainc","GA":"Gabon","GM":"Gambia","GE":"Georgia","DE":"Yr Almaen","GH":"Ghana","GI":"Gibraltar","GR":"Gwlad Groeg","GL":"Yr Ynys Las","GD":"Grenada","GP":"Guadeloupe","GU":"Guam","GT":"Guatemala","GN":"Gini","GW":"Guinea-Bissau","GY":"Guyana","HT":"Haiti","HM":"Ynys Heard ac Ynysoedd McDonald","VA":"Holy See (Dinas-wladwriaeth y Fatican)","HN":"Honduras","HK":"Hong Kong","HU":"Hwngari","IS":"Gwlad yr Iâ","IN":"India","ID":"Indonesia","IR":"Iran, Gweriniaeth Islamaidd","IQ":"Irac","IE":"Iwerddon","IL":"Israel","IT":"Yr Eidal","JM":"Jamaica","JP":"Japan","JO":"Jordan","KZ":"Kazakhstan","KE":"Kenya","KI":"Kiribati","KP":"Gogledd Corea","KR":"De Korea","KW":"Kuwait","KG":"Kyrgyzstan","LA":"Gweriniaeth Ddemocrataidd Pobl Lao","LV":"Latfia","LB":"Libanus","LS":"Lesotho","LR":"Liberia","LY":"Libya","LI":"Liechtenstein","LT":"Lithwania","LU":"Lwcsembwrg","MO":"Macao","MG":"Madagascar","MW":"Malawi","MY":"Malaysia","MV":"Maldives","ML":"Mali","MT":"Malta","MH":"Ynysoedd Marshall","MQ":"Martinique","MR":"Mauritania","MU":"Mauritius","YT":"Mayotte","MX":"Mecsico","FM":"Micronesia, Gwladwriaethau Ffederal o","MD":"Moldofa, Gweriniaeth","MC":"Monaco","MN":"Mongolia","MS":"Montserrat","MA":"Moroco","MZ":"Mozambique","MM":"Myanmar","NA":"Namibia","NR":"Nauru","NP":"Nepal","NL":"Yr Iseldiroedd","NC":"Caledonia Newydd","NZ":"Seland Newydd","NI":"Nicaragua","NE":"Niger","NG":"Nigeria","NU":"Niue","NF":"Ynys Norfolk","MK":"Gogledd Macedonia, Gweriniaeth","MP":"Ynysoedd Gogledd Mariana","NO":"Norwy","OM":"Oman","PK":"Pacistan","PW":"Palau","PS":["Cyflwr Palestina","Palestina"],"PA":"Panama","PG":"Gini Newydd Papua","PY":"Paraguay","PE":"Periw","PH":"Philippines","PN":"Pitcairn","PL":"Gwlad Pwyl","PT":"Portiwgal","PR":"Puerto Rico","QA":"Qatar","RE":"Aduniad","RO":"Rwmania","RU":["Ffederasiwn Rwseg","Rwsia"],"RW":"Rwanda","SH":"Saint Helena","KN":"Saint Kitts a Nevis","LC":"Saint Lucia","PM":"Saint Pierre a Miquelon","VC":"Saint Vincent and the Grenadines","WS":"Samoa","SM":"San Marino","ST":"Sao Tome a Principe","SA":"Saudi Arabia","SN":"Senegal","SC":"Seychelles","SL":"Sierra Leone","SG":"Singapore","SK":"Slofacia","SI":"Slofenia","SB":"Ynysoedd Solomon","SO":"Somalia","ZA":"De Affrica","GS":"De Georgia ac Ynysoedd De Sandwich","ES":"Sbaen","LK":"Sri Lanka","SD":"Sudan","SR":"Swrinam","SJ":"Svalbard a Jan Mayen","SZ":"Eswatini","SE":"Sweden","CH":"Y Swistir","SY":"Gweriniaeth Arabaidd Syria","TW":["Taiwan, Talaith China","Taiwan"],"TJ":"Tajikistan","TZ":"Tanzania, Gweriniaeth Unedig","TH":"Gwlad Thai","TL":"Timor-Leste","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad a Tobago","TN":"Tiwnisia","TR":"Twrci","TM":"Turkmenistan","TC":"Ynysoedd y Twrciaid ac Ynysoedd Caicos","TV":"Tuvalu","UG":"Uganda","UA":"Wcráin","AE":"Emiradau Arabaidd Unedig","GB":["Y Deyrnas Unedig","DU","Prydain Fawr"],"US":["Unol Daleithiau America","UDA"],"UM":"Mân Ynysoedd Allanol yr Unol Daleithiau","UY":"Uruguay","UZ":"Uzbekistan","VU":"Vanuatu","VE":"Venezuela","VN":"Fietnam","VG":"Ynysoedd Virgin, Prydeinig","VI":"Ynysoedd Virgin, U.S.","WF":"Wallis a Futuna","EH":"Sahara Gorllewinol","YE":"Yemen","ZM":"Zambia","ZW":"Zimbabwe","AX":"Ynysoedd Åland","BQ":"Bonaire, Sint Eustatius a Saba","CW":"Curaçao","GG":"Guernsey","IM":"Ynys Manaw","JE":"Jersey","ME":"Montenegro","BL":"Saint Barthélemy","MF":"Saint Martin (rhan Ffrangeg)","RS":"Serbia","SX":"Sint Maarten (rhan Iseldireg)","SS":"De Swdan","XK":"Kosovo"}}');

/***/ }),

/***/ 1370:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"da","countries":{"AF":"Afghanistan","AL":"Albanien","DZ":"Algeriet","AS":"Amerikansk Samoa","AD":"Andorra","AO":"Angola","AI":"Anguilla","AQ":"Antarktis","AG":"Antigua og Barbuda","AR":"Argentina","AM":"Armenien","AW":"Aruba","AU":"Australien","AT":"Østrig","AZ":"Aserbajdsjan","BS":"Bahamas","BH":"Bahrain","BD":"Bangladesh","BB":"Barbados","BY":"Hviderusland","BE":"Belgien","BZ":"Belize","BJ":"Benin","BM":"Bermuda","BT":"Bhutan","BO":"Bolivia","BA":"Bosnien-Hercegovina","BW":"Botswana","BV":"Bouvet Island","BR":"Brasilien","IO":"British Indian Ocean Territory","BN":"Brunei Darussalam","BG":"Bulgarien","BF":"Burkina Faso","BI":"Burundi","KH":"Cambodja","CM":"Cameroun","CA":"Canada","CV":"Kap Verde","KY":"Caymanøerne","CF":"Den Centralafrikanske Republik","TD":"Tchad","CL":"Chile","CN":"Kina","CX":"Juløen","CC":"Cocosøerne","CO":"Colombia","KM":"Comorerne","CG":"Congo","CD":"Demokratiske Republik Congo","CK":"Cookøerne","CR":"Costa Rica","CI":"Elfenbenskysten","HR":"Kroatien","CU":"Cuba","CY":"Cypern","CZ":"Tjekkiet","DK":"Danmark","DJ":"Djibouti","DM":"Dominica","DO":"Dominikanske Republik","EC":"Ecuador","EG":"Egypten","SV":"El Salvador","GQ":"Ækvatorialguinea","ER":"Eritrea","EE":"Estland","ET":"Etiopien","FK":"Falklandsøerne","FO":"Færøerne","FJ":"Fiji","FI":"Finland","FR":"Frankrig","GF":"Fransk Guiana","PF":"Fransk Polynesien","TF":"Franske Sydterritorier","GA":"Gabon","GM":"Gambia","GE":"Georgien","DE":"Tyskland","GH":"Ghana","GI":"Gibraltar","GR":"Grækenland","GL":"Grønland","GD":"Grenada","GP":"Guadeloupe","GU":"Guam","GT":"Guatemala","GN":"Guinea","GW":"Guinea-Bissau","GY":"Guyana","HT":"Haiti","HM":"Heard-øen og McDonald-øerne","VA":"Vatikanstaten","HN":"Honduras","HK":"Hong Kong","HU":"Ungarn","IS":"Island","IN":"Indien","ID":"Indonesien","IR":"Iran","IQ":"Irak","IE":"Irland","IL":"Israel","IT":"Italien","JM":"Jamaica","JP":"Japan","JO":"Jordan","KZ":"Kazakhstan","KE":"Kenya","KI":"Kiribati","KP":"Nordkorea","KR":"Sydkorea","KW":"Kuwait","KG":"Kirgisistan","LA":"Laos","LV":"Letland","LB":"Libanon","LS":"Lesotho","LR":"Liberia","LY":"Libyen","LI":"Liechtenstein","LT":"Litauen","LU":"Luxembourg","MO":"Macao","MK":"Nordmakedonien","MG":"Madagaskar","MW":"Malawi","MY":"Malaysia","MV":"Maldiverne","ML":"Mali","MT":"Malta","MH":"Marshalløerne","MQ":"Martinique","MR":"Mauretanien","MU":"Mauritius","YT":"Mayotte","MX":"Mexico","FM":"Mikronesien","MD":"Moldova","MC":"Monaco","MN":"Mongoliet","MS":"Montserrat","MA":"Marokko","MZ":"Mozambique","MM":"Myanmar (Burma)","NA":"Namibia","NR":"Nauru","NP":"Nepal","NL":"Holland","NC":"Ny Kaledonien","NZ":"New Zealand","NI":"Nicaragua","NE":"Niger","NG":"Nigeria","NU":"Niue","NF":"Norfolk Island","MP":"Nordmarianerne","NO":"Norge","OM":"Oman","PK":"Pakistan","PW":"Palau","PS":"Palæstina","PA":"Panama","PG":"Papua Ny Guinea","PY":"Paraguay","PE":"Peru","PH":"Filippinerne","PN":"Pitcairn","PL":"Polen","PT":"Portugal","PR":"Puerto Rico","QA":"Qatar","RE":"Réunion","RO":"Rumænien","RU":"Rusland","RW":"Rwanda","SH":"Sankt Helena","KN":"Saint Kitts og Nevis","LC":"Saint Lucia","PM":"Saint-Pierre og Miquelon","VC":"Saint Vincent og Grenadinerne","WS":"Samoa","SM":"San Marino","ST":"São Tomé og Príncipe","SA":"Saudi-Arabien","SN":"Senegal","SC":"Seychellerne","SL":"Sierra Leone","SG":"Singapore","SK":"Slovakiet","SI":"Slovenien","SB":"Salomonøerne","SO":"Somalia","ZA":"Sydafrika","GS":"South Georgia og South Sandwich Islands","ES":"Spanien","LK":"Sri Lanka","SD":"Sudan","SR":"Surinam","SJ":"Norge Svalbard og Jan Mayen","SZ":"Eswatini","SE":"Sverige","CH":"Schweiz","SY":"Syrien","TW":"Republikken Kina Taiwan","TJ":"Tadsjikistan","TZ":"Tanzania","TH":"Thailand","TL":"Østtimor","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad og Tobago","TN":"Tunesien","TR":"Tyrkiet","TM":"Turkmenistan","TC":"Turks- og Caicosøerne","TV":"Tuvalu","UG":"Uganda","UA":"Ukraine","AE":"Forenede Arabiske Emirater","GB":"Storbritannien","US":"USA","UM":"USA\'s ydre småøer","UY":"Uruguay","UZ":"Usbekistan","VU":"Vanuatu","VE":"Venezuela","VN":"Vietnam","VG":"Britiske Jomfruøer","VI":"Amerikanske Jomfruøer","WF":"Wallis og Futuna","EH":"Vestsahara","YE":"Yemen","ZM":"Zambia","ZW":"Zimbabwe","AX":"Ålandsøerne","BQ":"Nederlandske Antiller","CW":"Curaçao","GG":"Guernsey","IM":"Isle of Man","JE":"Jersey","ME":"Montenegro","BL":"Saint-Barthélemy","MF":"Saint Martin (fransk side)","RS":"Serbien","SX":"Saint Martin (hollandsk side)","SS":"Sydsudan","XK":"Kosovo"}}');

/***/ }),

/***/ 2870:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"de","countries":{"AF":"Afghanistan","EG":"Ägypten","AX":"Åland","AL":"Albanien","DZ":"Algerien","AS":"Amerikanisch-Samoa","VI":"Amerikanische Jungferninseln","AD":"Andorra","AO":"Angola","AI":"Anguilla","AQ":"Antarktis","AG":"Antigua und Barbuda","GQ":"Äquatorialguinea","AR":"Argentinien","AM":"Armenien","AW":"Aruba","AZ":"Aserbaidschan","ET":"Äthiopien","AU":"Australien","BS":"Bahamas","BH":"Bahrain","BD":"Bangladesch","BB":"Barbados","BY":"Belarus","BE":"Belgien","BZ":"Belize","BJ":"Benin","BM":"Bermuda","BT":"Bhutan","BO":"Bolivien","BQ":"Bonaire","BA":"Bosnien und Herzegowina","BW":"Botswana","BV":"Bouvetinsel","BR":"Brasilien","VG":"Britische Jungferninseln","IO":"Britisches Territorium im Indischen Ozean","BN":"Brunei Darussalam","BG":"Bulgarien","BF":"Burkina Faso","BI":"Burundi","CL":"Chile","CN":"China","CK":"Cookinseln","CR":"Costa Rica","CI":"Elfenbeinküste","CW":"Curaçao","DK":"Dänemark","DE":"Deutschland","DM":"Dominica","DO":"Dominikanische Republik","DJ":"Dschibuti","EC":"Ecuador","SV":"El Salvador","ER":"Eritrea","EE":"Estland","FK":"Falklandinseln","FO":"Färöer","FJ":"Fidschi","FI":"Finnland","FR":"Frankreich","GF":"Französisch-Guayana","PF":"Französisch-Polynesien","TF":"Französische Süd- und Antarktisgebiete","GA":"Gabun","GM":"Gambia","GE":"Georgien","GH":"Ghana","GI":"Gibraltar","GD":"Grenada","GR":"Griechenland","GL":"Grönland","GP":"Guadeloupe","GU":"Guam","GT":"Guatemala","GG":"Guernsey","GN":"Guinea","GW":"Guinea-Bissau","GY":"Guyana","HT":"Haiti","HM":"Heard und McDonaldinseln","HN":"Honduras","HK":["Hongkong","Hong Kong"],"IN":"Indien","ID":"Indonesien","IM":"Insel Man","IQ":"Irak","IR":"Iran","IE":"Irland","IS":"Island","IL":"Israel","IT":"Italien","JM":"Jamaika","JP":"Japan","YE":"Jemen","JE":"Jersey","JO":"Jordanien","KY":"Kaimaninseln","KH":"Kambodscha","CM":"Kamerun","CA":"Kanada","CV":"Kap Verde","KZ":"Kasachstan","QA":"Katar","KE":"Kenia","KG":"Kirgisistan","KI":"Kiribati","CC":"Kokosinseln","CO":"Kolumbien","KM":"Komoren","CD":"Kongo","KP":"Nordkorea","KR":"Südkorea","HR":"Kroatien","CU":"Kuba","KW":"Kuwait","LA":"Laos","LS":"Lesotho","LV":"Lettland","LB":"Libanon","LR":"Liberia","LY":"Libyen","LI":"Liechtenstein","LT":"Litauen","LU":"Luxemburg","MO":"Macao","MG":"Madagaskar","MW":"Malawi","MY":"Malaysia","MV":"Malediven","ML":"Mali","MT":"Malta","MA":"Marokko","MH":"Marshallinseln","MQ":"Martinique","MR":"Mauretanien","MU":"Mauritius","YT":"Mayotte","MX":"Mexiko","FM":"Mikronesien","MD":"Moldawien","MC":"Monaco","MN":"Mongolei","ME":"Montenegro","MS":"Montserrat","MZ":"Mosambik","MM":"Myanmar","NA":"Namibia","NR":"Nauru","NP":"Nepal","NC":"Neukaledonien","NZ":"Neuseeland","NI":"Nicaragua","NL":"Niederlande","NE":"Niger","NG":"Nigeria","NU":"Niue","MK":"Nordmazedonien","MP":"Nördliche Marianen","NF":"Norfolkinsel","NO":"Norwegen","OM":"Oman","AT":"Österreich","TL":"Osttimor","PK":"Pakistan","PS":"Staat Palästina","PW":"Palau","PA":"Panama","PG":"Papua-Neuguinea","PY":"Paraguay","PE":"Peru","PH":"Philippinen","PN":"Pitcairninseln","PL":"Polen","PT":"Portugal","PR":"Puerto Rico","TW":"Taiwan","CG":"Republik Kongo","RE":"Réunion","RW":"Ruanda","RO":"Rumänien","RU":["Russische Föderation","Russland"],"BL":"Saint-Barthélemy","MF":"Saint-Martin","SB":"Salomonen","ZM":"Sambia","WS":"Samoa","SM":"San Marino","ST":"São Tomé und Príncipe","SA":"Saudi-Arabien","SE":"Schweden","CH":"Schweiz","SN":"Senegal","RS":"Serbien","SC":"Seychellen","SL":"Sierra Leone","ZW":"Simbabwe","SG":"Singapur","SX":"Sint Maarten","SK":"Slowakei","SI":"Slowenien","SO":"Somalia","ES":"Spanien","LK":"Sri Lanka","SH":"St. Helena","KN":"St. Kitts und Nevis","LC":"St. Lucia","PM":"Saint-Pierre und Miquelon","VC":"St. Vincent und die Grenadinen","ZA":"Südafrika","SD":"Sudan","GS":"Südgeorgien und die Südlichen Sandwichinseln","SS":"Südsudan","SR":"Suriname","SJ":"Svalbard und Jan Mayen","SZ":"Eswatini","SY":"Syrien, Arabische Republik","TJ":"Tadschikistan","TZ":["Tansania, Vereinigte Republik","Tansania"],"TH":"Thailand","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad und Tobago","TD":"Tschad","CZ":["Tschechische Republik","Tschechien"],"TN":"Tunesien","TR":"Türkei","TM":"Turkmenistan","TC":"Turks- und Caicosinseln","TV":"Tuvalu","UG":"Uganda","UA":"Ukraine","HU":"Ungarn","UM":"United States Minor Outlying Islands","UY":"Uruguay","UZ":"Usbekistan","VU":"Vanuatu","VA":"Vatikanstadt","VE":"Venezuela","AE":"Vereinigte Arabische Emirate","US":["Vereinigte Staaten von Amerika","Vereinigte Staaten","USA"],"GB":["Vereinigtes Königreich","Großbritannien"],"VN":"Vietnam","WF":"Wallis und Futuna","CX":"Weihnachtsinsel","EH":"Westsahara","CF":"Zentralafrikanische Republik","CY":"Zypern","XK":"Kosovo"}}');

/***/ }),

/***/ 5767:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"dv","countries":{"AF":"އަފްޣާނިސްތާން","AL":"އަލްބޭނިއާ","DZ":"އަލްޖީރިއާ","AS":"އެމެރިކަން ސަމޯއާ","AD":"އެންޑޯރާ","AO":"އެންގޯލާ","AI":"އެންގުއިލާ","AQ":"އެންޓަރްޓިކަ","AG":"އެންޓިގުއާ އެންޑް ބަރބުޑާ","AR":"އާޖެންޓީނާ","AM":"އަރްމީނިއާ","AW":"އަރޫބާ (ހޮލެންޑު)","AU":"އޮސްޓްރޭލިއާ","AT":"އޮސްޓްރިއާ","AZ":"އަޒަރުބައިޖާން","BS":"ބަހާމަސް","BH":"ބަޙްރައިން","BD":"ބަންގާޅު","BB":"ބާބަޑޮސް","BY":"ބެލަރޫސް","BE":"ބެލްޖިއަމް","BZ":"ބެލީޒު","BJ":"ބެނިން","BM":"ބާމިއުޑާ (ޔުނައިޓެޑް ކިންގްޑަމް)","BT":"ބޫޓާން","BO":"ބޮލީވިއާ","BA":"ބޮސްނިއާ އެންޑް ހާޒެގޮވީނާ","BW":"ބޮސްވާނާ","BV":"ބުވި ޖަޒީރާ","BR":"ބްރެޒިލް","IO":"ބްރިޓިޝް ހިންދު ކަނޑު ބިން","BN":"ބުރުނައީ","BG":"ބަލްގޭރިއާ","BF":"ބުރުކީނާ ފާސޯ","BI":"ބުރުންޑީ","KH":"ކެމްބޯޑިއާ","CM":"ކެމަރޫން","CA":"ކެނެޑާ","CV":"ކޭޕް ވާޑޭ","KY":"ކޭމަން އައިލެންޑްސް","CF":"ސެންޓްރަލް އެފްރިކަން ރިޕަބްލިކް","TD":"ޗާޑް","CL":"ޗިލީ","CN":"ޗައިނާ","CX":"ކްރިސްޓްމަސް ޖަޒީރާ","CC":"ކުކް ޖަޒީރާ","CO":"ކޮލަންބިއާ","KM":"ކޮމޮރޯސް","CG":"ކޮންގޯ (ޖުމްހޫރިއްޔާ)","CD":"ކޮންގޯ (ދިމިޤްރާޠީ ޖުމްހޫރިއްޔާ)","CK":"ކޫކް އައިލަންޑްސް","CR":"ކޮސްޓަ ރީކާ","CI":"ކޯޓް ޑްލްވޮއަރ","HR":"ކްރޮއޭޝިއާ","CU":"ކިޔުބާ","CY":"ސައިޕްރަސް","CZ":"ޗެޗް ރިޕަބްލިކް","DK":"ޑެންމާކު","DJ":"ޑްޖިބޯޓި","DM":"ޑޮމިނިކާ","DO":"ޑޮމިނިކަން ރިޕަބްލިކް","EC":"އީކުއެޑޯ","EG":"މިޞްރު","SV":"އެލް ސަލްވަޑޯރ","GQ":"އީކުއޭޓޯރިއަލް ގުއީނިއާ","ER":"އެރިޓްރިއާ","EE":"އެސްޓޯނިއާ","ET":"އެތިއޯޕިއާ","FK":"ފޯކްލޭންޑް އައިލޭންޑްސް","FO":"ފަރޯ އައިލެންޑްސް","FJ":"ފިޖީ","FI":"ފިންލޭންޑް","FR":"ފަރަނސޭސިވިލާތް، ފަރަންސާ","GF":"ފަރަންސޭސީ ގިޔާނާ","PF":"ފްރެންޗް ޕޮލިނީސިއާ","TF":"ފްރެންތް ސަދާން ޓެރިޓޮރީސް","GA":"ގެބޮން","GM":"ގެމްބިއާ","GE":"ޖޯޖިއާ","DE":"ޖަރުމަނުވިލާތް","GH":"ގާނާ","GI":"ގިބްރަލްޓަރ","GR":"ގްރީސް","GL":"ގުރީންލޭންޑު (ޑެންމާކު)","GD":"ގްރެނަޑާ","GP":"ގުވަދެލޫޕު","GU":"ގުއާމު","GT":"ގުއަޓެމާލާ","GN":"ގުއީނިއާ","GW":"ގުއީނިއާ ބިއްސައު","GY":"ގުޔާނާ","HT":"ހެއިޓީ","HM":"ާހޑް އައިލެންޑްސް މެކްޑޮނާލްޑް އައިފެންޑްސް","VA":"ހޮލީ ސީ","HN":"ހޮންޑިއުރާސް","HK":"ހޮންކޮންގު","HU":"ހަންގޭރީ","IS":"އައިސްލޭންޑް","IN":"ހިންދުސްތާން","ID":"އިންޑޮނީޝިޔާ","IR":"އީރާން","IQ":"ޢިރާޤު","IE":"އަޔަލޭންޑުގެ ޖުމްހޫރިއްޔާ","IL":"އިސްރާއީލު","IT":"އިޓަލީ","JM":"ޖެމޭއިކާ","JP":" ޖަޕާނު ","JO":"ޖޯޑަން","KZ":"ކަޒަކިސްތާން","KE":"ކެންޔާ","KI":"ކިރިބަޓި","KP":"ޑިމޮކްރޭޓތިކް ޕީޕަލްސް ރިޕަބްލިކް އޮފް ކޮރެއާ","KR":"ރިޕަބްލިކް އޮފް ކޮރެއާ","KW":"ކުވެއިތު","KG":"ކިރިގިސްތާން","LA":"ޕީޕަލްސް ޑިމޮކްރޭޓިކް ރިޕަބްލިކް އޮފް ލާއޯ","LV":"ލަޓްވިއާ","LB":"ލުބުނާން","LS":"ލެސޯތޯ","LR":"ލައިބީރިއާ","LY":"ލީބިޔަން އަރަބް ޖަމާހިރިއްޔާ","LI":"ލިއެޗެންސްޓެއިން","LT":"ލިތުއޭނިއާ","LU":"ލަގްޒެމްބާގް","MO":"މަކާއޯ","MK":"ޔޫގޮސްލާވިއާ","MG":"މަޑަގަސްކަރ","MW":"މެލޭޝިޔާ","MY":"މެލޭޝިޔާ","MV":"މާލީ","ML":"މޯލްޓާ","MT":"މަލްޓާ","MH":"މާޝަލް އައިލެންޑްސް","MQ":"މަރުތިނީކު","MR":"މައުރިޓޭނިއާ","MU":"މައުރިޓިއަސް","YT":"މެކްސިކޯ","MX":"މައިކްރޮނޭޝިއާ","FM":"މޮލްޑޯވާ","MD":"މޮނާކޯ","MC":"މޮންގޯލިއާ","MN":"މޮންގޯލިއާ","MS":"މޮރޮކޯ","MA":"މޮރޮކޯ","MZ":"މޮޒަންބީކް","MM":"މިޔަންމާ","NA":"ނައުރޫ","NR":"ނޭޕާލް","NP":"ނެދަލޭންޑު","NL":"ނެދަލޭންޑްސް","NC":"ނިއު ކެލިޑޯނިއާ","NZ":"ނިކަރާގުއާ","NI":"ނިޖަރު","NE":"ނައިޖީރިއާ","NG":"ނީއު","NU":"ނިއޫ","NF":"ނޯފޯކް އައިލެންޑް","MP":"ނޮދާން މަރިއާނާ އައިލަންޑްސް","NO":"ނޫރުވޭޖިއާ","OM":"އޯމާން","PK":"ޕާކިސްތާން","PW":"ޕަލާއޫ","PS":"ފަލަސްޠީނުގެ ދައުލަތް","PA":"ޕެނަމާ","PG":"ޕައުޕާ ނިއުގީނިއާ","PY":"ޕަރަގުއޭއީ","PE":"ޕެރޫ","PH":"ފިލިޕީންސް","PN":"ޕިޓްކެއާން","PL":"ޕޮލޭންޑް","PT":"ޕޯޗުގަލް","PR":"ޕުއަރޓޯ ރީކޯ","QA":"ޤަޠަރު","RE":"ރިޔޫނިއަން (ފަރަންސޭސިވިލާތް)","RO":"ރޮމޭނިއާ","RU":"ރަޝިއަން ފެޑޭރޭޝަން","RW":"ރުވާންޑާ","SH":"ސަންތި ހެލީނާ (ޔުނައިޓެޑް ކިންގްޑަމް)","KN":"ސައިންޓް ކިޓްސް އެންޑް ނެވީސް","LC":"ސައިންޓް ލޫސިއާ","PM":"ސަންތި ޕިއޭރޭ އާއި މިކުއެލޯން (ފަރަންސޭސިވިލާތް)","VC":"ސައިންޓް ވިންސެންޓް އެންޑް ދަ ގޮރެނޭޑިންސް","WS":"ސަމޯއާ","SM":"ސަން މެރީނޯ","ST":"ސައޯ ޓޯމީ އެންޑް ޕްރިންސިޕީ","SA":"ސައުދީ އެރޭބިއާ","SN":"ސެނެގާލް","SC":"ސީޝެލްސް","SL":"ސެރެލިއޯން","SG":"ސިންގަޕޯރ","SK":"ސްލޮވާކިއާ","SI":"ސްލޮވީނިއާ","SB":"ސޮލޮމޮން އައިލަންޑްސް","SO":"ސޯމާލިއާ","ZA":"ސައުތު އެފްރިކާ","GS":"ސައުތު ޖޯޖިއާ އަންޑް ދަ ސައުތު ސޭންޑްވިޗް އައިލެންޑްސް","ES":"ސްޕެއިން","LK":"އޮޅުދޫކަރަ","SD":"ސޫދާން","SR":"ސުރިނާމް","SJ":"ސްވަ ލްބަރްޑް އެންޑް ޖަން މަޔިން","SZ":"ސުވާޒިލޭންޑު","SE":"ސްވީޑަން","CH":"ސްވިޒަރލޭންޑް","SY":"ސީރިއަން އަރަބް ރިޕަބްލިކް","TW":"ޓައިވާން","TJ":"ޓަޖިކިސްތާން","TZ":"ޓާންޒޭނިއާ","TH":"ތައިލެންޑް","TL":"ޓީމޯ ލެސްޓޭ","TG":"ޓޯގޯ","TK":"ތޮކެލާއު","TO":"ޓޮންގާ","TT":"ޓްރިނިޑެޑް އެންޑް ޓޮބޭގޯ","TN":"ޓިއުނީޝިއާ","TR":"ތުރުކީވިލާތް","TM":"ތުރުކުމެނިސްތާން","TC":"ޓާކްސް އެންޑް ކެއިކޯސް އައިލެންޑްސް","TV":"ތުވާލޫ","UG":"ޔުގެންޑާ","UA":"ޔޫކްރޭން","AE":"އެކުވެރި ޢަރަބި އިމާރާތ","GB":"ޔުނައިޓަޑް ކިންގްޑޮމް","US":"ޔުނައިޓަޑް ސްޓޭޓްސް","UM":"ޔުނައިޓަޑް ސްޓޭޓްސް ކުޑާ ދެރެން އައިލޭންޑްސް","UY":"އުރުގުއޭއީ","UZ":"އުޒްބެކިސްތާން","VU":"ވަނުއާޓޫ","VE":"ވެނެޒުއޭލާ","VN":"ވިއެޓުނާމު","VG":"ވާރޖިން އައިލޭންޑްސް ބްރިޓިޝް","VI":"ވާރޖިން އައިލޭންޑްސް ޔޫއެސް","WF":"ވޯލިސް އެންޑް ފުޓުނަ","EH":"ހުޅަނގު ސަހަރާ","YE":"ޔަމަން","ZM":"ޒެމްބިއާ","ZW":"ޒިމްބާބުވޭ","AX":"އަލޭންޑް އައިލެންޑްސް","BQ":"ބުނިރް، ސިންޓް ޔުސްޓަޒިއުސ އެންޑް ސަބަ","CW":"ކުރަކާއޯ","GG":"ގުއާންސޭ (ބިރިޓިޝް ތާޖުގެ ހިޔާވަހިކަމުގައި)","IM":"އައިޒަލް އޮފް މޭން (ބިރިޓިޝް ތާޖުގެ ހިޔާވަހިކަމުގައި)","JE":"ޖާސޭ (ބިރިޓިޝް ތާޖުގެ ހިޔާވަހިކަމުގައި)","ME":"ކަޅުފަރުބަދަ","BL":"ސެއިންޓް ބާތެލެމީ","MF":"ސެއިންޓް މާޓީން","RS":"ސިރިބިއާ، ސިރިބިސްތާން، ސިރިބިވިލާތް","SX":"ސިންޓް މާޓީން","SS":"ސައުތު ސޫދާން","XK":"ކޮސޮވާ"}}');

/***/ }),

/***/ 716:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"el","countries":{"AF":"Αφγανιστάν","AL":"Αλβανία","DZ":"Αλγερία","AS":"Αμερικανική Σαμόα","AD":"Ανδόρρα","AO":"Ανγκόλα","AI":"Ανγκουίλα","AQ":"Ανταρκτική","AG":"Αντίγκουα και Μπαρμπούντα","AR":"Αργεντινή","AM":"Αρμενία","AW":"Αρούμπα","AU":"Αυστραλία","AT":"Αυστρία","AZ":"Αζερμπαϊτζάν","BS":"Μπαχάμες","BH":"Μπαχρέιν","BD":"Μπανγκλαντές","BB":"Μπαρμπάντος","BY":"Λευκορωσία","BE":"Βέλγιο","BZ":"Μπελίζ","BJ":"Μπενίν","BM":"Βερμούδες","BT":"Μπουτάν","BO":"Βολιβία","BA":"Βοσνία και Ερζεγοβίνη","BW":"Μποτσουάνα","BV":"Μπουβέ","BR":"Βραζιλία","IO":"Βρετανικό Έδαφος Ινδικού Ωκεανού","BN":"Σουλτανάτο του Μπρουνέι","BG":"Βουλγαρία","BF":"Μπουρκίνα Φάσο","BI":"Μπουρουντί","KH":"Καμπότζη","CM":"Καμερούν","CA":"Καναδάς","CV":["Δημοκρατία του Πράσινου Ακρωτηρίου","Πράσινο Ακρωτήριο"],"KY":"Κέιμαν Νήσοι","CF":"Κεντροαφρικανική Δημοκρατία","TD":"Τσάντ","CL":"Χιλή","CN":"Κίνα","CX":"Νήσος των Χριστουγέννων","CC":"Νησιά Κόκος","CO":"Κολομβία","KM":"Ένωση των Κομορών","CG":["Δημοκρατία του Κονγκό","Κονγκό"],"CD":"Λαϊκή Δημοκρατία του Κονγκό","CK":"Νήσοι Κουκ","CR":"Κόστα Ρίκα","CI":"Ακτή Ελεφαντοστού","HR":"Κροατία","CU":"Κούβα","CY":"Κύπρος","CZ":["Τσεχική Δημοκρατία","Τσεχία"],"DK":"Δανία","DJ":"Τζιμπουτί","DM":["Κοινοπολιτεία της Δομινίκας","Ντομίνικα"],"DO":"Δομινικανή Δημοκρατία","EC":"Εκουαδόρ","EG":"Αίγυπτος","SV":"Ελ Σαλβαδόρ","GQ":"Ισημερινή-Γουινέα","ER":["Κράτος της Ερυθραίας","Ερυθραία"],"EE":"Εσθονία","ET":"Αιθιοπία","FK":"Νήσοι Φώκλαντ (Μαλβίνας)","FO":"Νήσοι Φερόες","FJ":"Δημοκρατία των Φίτζι","FI":"Φινλανδία","FR":"Γαλλία","GF":"Γαλλική Γουιάνα","PF":"Γαλλική Πολυνησία","TF":"Γαλλικά Νότια και Ανταρκτικά Εδάφη","GA":"Γκαμπόν","GM":"Γκάμπια","GE":"Γεωργία","DE":"Γερμανία","GH":"Γκάνα","GI":"Γιβραλτάρ","GR":"Ελλάδα","GL":"Γροιλανδία","GD":"Γρενάδα","GP":"Γουαδελούπη","GU":"Γκουάμ","GT":"Γουατεμάλα","GN":"Γουινέα","GW":"Γουινέα-Μπισσάου","GY":"Γουιάνα","HT":"Αϊτη","HM":"Νήσοι Χερντ και Μακντόναλντ","VA":["Κράτος της Πόλης του Βατικανού","Βατικανό"],"HN":"Ονδούρα","HK":"Χονγκ Κόνγκ","HU":"Ουγγαρία","IS":"Ισλανδία","IN":"Ινδία","ID":"Ινδονησία","IR":["Ισλαμική Δημοκρατία του Ιράν","Ιράν"],"IQ":"Ιράκ","IE":"Ιρλανδία","IL":"Ισραήλ","IT":"Ιταλία","JM":"Τζαμάικα","JP":"Ιαπωνία","JO":"Ιορδανία","KZ":"Καζακστάν","KE":"Κένυα","KI":"Κιριμπάτι","KP":["Λαοκρατική Δημοκρατία της Κορέας","Βόρεια Κορέα"],"KR":["Δημοκρατία της Κορέας","Νότια Κορέα"],"KW":"Κουβέιτ","KG":"Κιργιζία","LA":["Λαϊκή Δημοκρατία του Λάος","Λάος"],"LV":"Λετονία","LB":"Λίβανο","LS":["Βασίλειο του Λεσότο","Λεσότο"],"LR":"Λιβερία","LY":["Κράτος της Λιβύης","Λιβύη"],"LI":["Πριγκιπάτο του Λίχτενσταϊν","Λίχτενσταϊν"],"LT":"Λιθουανία","LU":"Λουξεμβούργο","MO":"Μακάου","MK":["Δημοκρατία της Βόρειας Μακεδονίας","Βόρεια Μακεδονία"],"MG":"Μαδαγασκάρη","MW":"Μαλάουι","MY":"Μαλαισία","MV":"Μαλβίδες","ML":"Μαλί","MT":"Μάλτα","MH":"Νήσοι Μάρσαλ","MQ":"Μαρτινίκα","MR":"Μαυριτανία","MU":"Μαυρίκιος","YT":"Μαγιότ","MX":"Μεξικό","FM":["Ομόσπονδες Πολιτείες της Μικρονησίας","Μικρονησία"],"MD":["Δημοκρατία της Μολδαβίας","Μολδαβία"],"MC":["Πριγκιπάτο του Μονακό","Μονακό"],"MN":"Μογγολία","MS":"Μοντσερράτ","MA":"Μαρόκο","MZ":"Μοζαμβίκη","MM":"Μιανμάρ","NA":"Ναμίμπια","NR":"Ναουρού","NP":"Νεπάλ","NL":"Ολλανδία","NC":"Νέα Καληδονία","NZ":"Νέα Ζηλανδία","NI":"Νικαράγουα","NE":"Νίγηρας","NG":"Νιγηρία","NU":"Νιούε","NF":"Νησί Νόρφολκ","MP":"Βόρειες Μαριάνες Νήσοι","NO":"Νορβηγία","OM":"Ομάν","PK":"Πακιστάν","PW":"Παλάου","PS":["Κράτος της Παλαιστίνης","Παλαιστίνη"],"PA":"Παναμάς","PG":"Παπούα Νέα Γουινέα","PY":"Παραγουάη","PE":"Περού","PH":"Φιλιππίνες","PN":"Νήσοι Πίτκαιρν","PL":"Πολωνία","PT":"Πορτογαλία","PR":"Πουέρτο Ρίκο","QA":"Κατάρ","RE":"Ρεϋνιόν","RO":"Ρουμανία","RU":["Ρωσική Ομοσπονδία","Ρωσία"],"RW":"Ρουάντα","SH":"Νήσος Αγίας Ελένης","KN":"Ομοσπονδία Αγίου Χριστόφορου και Νέβις","LC":"Αγία Λουκία","PM":"Σαιν Πιερ και Μικελόν","VC":"Άγιος Βικέντιος και Γρεναδίνες","WS":"Σαμόα","SM":"Άγιος Μαρίνος","ST":"Σάο Τομέ και Πρίνσιπε","SA":"Σαουδική Αραβία","SN":"Σενεγάλη","SC":"Σεϋχέλλες","SL":"Σιέρα Λεόνε","SG":"Σιγκαπούρη","SK":"Σλοβακία","SI":"Σλοβενία","SB":"Νήσοι Σολομώντα","SO":"Σομαλία","ZA":"Νότια Αφρική","GS":"Νότιος Γεωργία και Νότιοι Σάντουιτς Νήσοι","ES":"Ισπανία","LK":"Σρι Λάνκα","SD":"Σουδάν","SR":"Σουρινάμ","SJ":"Σβάλμπαρντ και Γιαν Μαγιέν","SZ":"Σουαζιλάνδη","SE":"Σουηδία","CH":"Ελβετία","SY":["Αραβική Δημοκρατία της Συρίας","Συρία"],"TW":"Δημοκρατία της Κίνας","TJ":"Τατζικιστάν","TZ":["Ενωμένη Δημοκρατία της Τανζανίας","Τανζανία"],"TH":"Ταϊλάνδη","TL":"Ανατολικό Τιμόρ","TG":"Τογκό","TK":"Τοκελάου","TO":"Τόνγκα","TT":"Τρινιντάντ και Τομπάγκο","TN":"Τυνησία","TR":"Τουρκία","TM":"Τουρκμενιστάν","TC":"Τερκς και Κέικος","TV":"Τουβαλού","UG":"Ουγκάντα","UA":"Ουκρανια","AE":"Ηνωμένα Αραβικά Εμιράτα","GB":"Ηνωμένο Βασίλειο","US":["Ηνωμένες Πολιτείες Αμερικής","Αμερική","ΗΠΑ"],"UM":"Απομακρυσμένες Νησίδες των Ηνωμένων Πολιτειών","UY":"Ουρουγουάη","UZ":"Ουζμπεκιστάν","VU":"Βανουάτου","VE":"Βενεζουέλα","VN":"Βιετνάμ","VG":"Βρετανικές Παρθένοι Νήσοι","VI":"Αμερικανικές Παρθένοι Νήσοι","WF":"Ουαλίς και Φουτουνά","EH":"Δυτική Σαχάρα","YE":"Υεμένη","ZM":"Ζάμπια","ZW":"Ζιμπάμπουε","AX":"Νήσοι Ώλαντ","BQ":"Μποναίρ, Άγιος Ευστάθιος και Σάμπα","CW":"Κουρασάο","GG":"Γκουέρνσεϊ","IM":"Νήσος του Μαν","JE":"Βαϊλάτο του Τζέρσεϊ","ME":"Μαυροβούνιο","BL":"Άγιος Βαρθολομαίος","MF":"Άγιος Μαρτίνος (Γαλλία)","RS":"Σερβία","SX":"Άγιος Μαρτίνος (Ολλανδία)","SS":"Νότιο Σουδάν","XK":"Κόσοβο"}}');

/***/ }),

/***/ 1038:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"en","countries":{"AF":"Afghanistan","AL":"Albania","DZ":"Algeria","AS":"American Samoa","AD":"Andorra","AO":"Angola","AI":"Anguilla","AQ":"Antarctica","AG":"Antigua and Barbuda","AR":"Argentina","AM":"Armenia","AW":"Aruba","AU":"Australia","AT":"Austria","AZ":"Azerbaijan","BS":"Bahamas","BH":"Bahrain","BD":"Bangladesh","BB":"Barbados","BY":"Belarus","BE":"Belgium","BZ":"Belize","BJ":"Benin","BM":"Bermuda","BT":"Bhutan","BO":"Bolivia","BA":"Bosnia and Herzegovina","BW":"Botswana","BV":"Bouvet Island","BR":"Brazil","IO":"British Indian Ocean Territory","BN":"Brunei Darussalam","BG":"Bulgaria","BF":"Burkina Faso","BI":"Burundi","KH":"Cambodia","CM":"Cameroon","CA":"Canada","CV":"Cape Verde","KY":"Cayman Islands","CF":"Central African Republic","TD":"Chad","CL":"Chile","CN":["People\'s Republic of China","China"],"CX":"Christmas Island","CC":"Cocos (Keeling) Islands","CO":"Colombia","KM":"Comoros","CG":["Republic of the Congo","Congo"],"CD":["Democratic Republic of the Congo","Congo"],"CK":"Cook Islands","CR":"Costa Rica","CI":["Cote d\'Ivoire","Côte d\'Ivoire","Ivory Coast"],"HR":"Croatia","CU":"Cuba","CY":"Cyprus","CZ":["Czech Republic","Czechia"],"DK":"Denmark","DJ":"Djibouti","DM":"Dominica","DO":"Dominican Republic","EC":"Ecuador","EG":"Egypt","SV":"El Salvador","GQ":"Equatorial Guinea","ER":"Eritrea","EE":"Estonia","ET":"Ethiopia","FK":"Falkland Islands (Malvinas)","FO":"Faroe Islands","FJ":"Fiji","FI":"Finland","FR":"France","GF":"French Guiana","PF":"French Polynesia","TF":"French Southern Territories","GA":"Gabon","GM":["Republic of The Gambia","The Gambia","Gambia"],"GE":"Georgia","DE":"Germany","GH":"Ghana","GI":"Gibraltar","GR":"Greece","GL":"Greenland","GD":"Grenada","GP":"Guadeloupe","GU":"Guam","GT":"Guatemala","GN":"Guinea","GW":"Guinea-Bissau","GY":"Guyana","HT":"Haiti","HM":"Heard Island and McDonald Islands","VA":"Holy See (Vatican City State)","HN":"Honduras","HK":"Hong Kong","HU":"Hungary","IS":"Iceland","IN":"India","ID":"Indonesia","IR":["Islamic Republic of Iran","Iran"],"IQ":"Iraq","IE":"Ireland","IL":"Israel","IT":"Italy","JM":"Jamaica","JP":"Japan","JO":"Jordan","KZ":"Kazakhstan","KE":"Kenya","KI":"Kiribati","KP":"North Korea","KR":["South Korea","Korea, Republic of","Republic of Korea"],"KW":"Kuwait","KG":"Kyrgyzstan","LA":"Lao People\'s Democratic Republic","LV":"Latvia","LB":"Lebanon","LS":"Lesotho","LR":"Liberia","LY":"Libya","LI":"Liechtenstein","LT":"Lithuania","LU":"Luxembourg","MO":"Macao","MG":"Madagascar","MW":"Malawi","MY":"Malaysia","MV":"Maldives","ML":"Mali","MT":"Malta","MH":"Marshall Islands","MQ":"Martinique","MR":"Mauritania","MU":"Mauritius","YT":"Mayotte","MX":"Mexico","FM":"Micronesia, Federated States of","MD":"Moldova, Republic of","MC":"Monaco","MN":"Mongolia","MS":"Montserrat","MA":"Morocco","MZ":"Mozambique","MM":"Myanmar","NA":"Namibia","NR":"Nauru","NP":"Nepal","NL":["Netherlands","The Netherlands","Netherlands (Kingdom of the)"],"NC":"New Caledonia","NZ":"New Zealand","NI":"Nicaragua","NE":"Niger","NG":"Nigeria","NU":"Niue","NF":"Norfolk Island","MK":["The Republic of North Macedonia","North Macedonia"],"MP":"Northern Mariana Islands","NO":"Norway","OM":"Oman","PK":"Pakistan","PW":"Palau","PS":["State of Palestine","Palestine"],"PA":"Panama","PG":"Papua New Guinea","PY":"Paraguay","PE":"Peru","PH":"Philippines","PN":["Pitcairn","Pitcairn Islands"],"PL":"Poland","PT":"Portugal","PR":"Puerto Rico","QA":"Qatar","RE":"Reunion","RO":"Romania","RU":["Russian Federation","Russia"],"RW":"Rwanda","SH":"Saint Helena","KN":"Saint Kitts and Nevis","LC":"Saint Lucia","PM":"Saint Pierre and Miquelon","VC":"Saint Vincent and the Grenadines","WS":"Samoa","SM":"San Marino","ST":"Sao Tome and Principe","SA":"Saudi Arabia","SN":"Senegal","SC":"Seychelles","SL":"Sierra Leone","SG":"Singapore","SK":"Slovakia","SI":"Slovenia","SB":"Solomon Islands","SO":"Somalia","ZA":"South Africa","GS":"South Georgia and the South Sandwich Islands","ES":"Spain","LK":"Sri Lanka","SD":"Sudan","SR":"Suriname","SJ":"Svalbard and Jan Mayen","SZ":"Eswatini","SE":"Sweden","CH":"Switzerland","SY":"Syrian Arab Republic","TW":["Taiwan, Province of China","Taiwan"],"TJ":"Tajikistan","TZ":["United Republic of Tanzania","Tanzania"],"TH":"Thailand","TL":"Timor-Leste","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad and Tobago","TN":"Tunisia","TR":["Türkiye","Turkey"],"TM":"Turkmenistan","TC":"Turks and Caicos Islands","TV":"Tuvalu","UG":"Uganda","UA":"Ukraine","AE":["United Arab Emirates","UAE"],"GB":["United Kingdom","UK","Great Britain"],"US":["United States of America","United States","USA","U.S.A.","US","U.S."],"UM":"United States Minor Outlying Islands","UY":"Uruguay","UZ":"Uzbekistan","VU":"Vanuatu","VE":"Venezuela","VN":"Vietnam","VG":"Virgin Islands, British","VI":"Virgin Islands, U.S.","WF":"Wallis and Futuna","EH":"Western Sahara","YE":"Yemen","ZM":"Zambia","ZW":"Zimbabwe","AX":["Åland Islands","Aland Islands"],"BQ":"Bonaire, Sint Eustatius and Saba","CW":"Curaçao","GG":"Guernsey","IM":"Isle of Man","JE":"Jersey","ME":"Montenegro","BL":"Saint Barthélemy","MF":"Saint Martin (French part)","RS":"Serbia","SX":"Sint Maarten (Dutch part)","SS":"South Sudan","XK":"Kosovo"}}');

/***/ }),

/***/ 8789:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"es","countries":{"AF":"Afganistán","AL":"Albania","DZ":"Argelia","AS":"Samoa Americana","AD":"Andorra","AO":"Angola","AI":"Anguila","AQ":"Antártida","AG":"Antigua y Barbuda","AR":"Argentina","AM":"Armenia","AW":"Aruba","AU":"Australia","AT":"Austria","AZ":"Azerbaiyán","BS":"Bahamas","BH":"Bahrein","BD":"Bangladesh","BB":"Barbados","BY":"Bielorrusia","BE":"Bélgica","BZ":"Belice","BJ":"Benin","BM":"Bermudas","BT":"Bután","BO":"Bolivia","BA":"Bosnia y Herzegovina","BW":"Botswana","BV":"Isla Bouvet","BR":"Brasil","IO":"Territorio Británico del Océano Índico","BN":"Brunei Darussalam","BG":"Bulgaria","BF":"Burkina Faso","BI":"Burundi","KH":"Camboya","CM":"Camerún","CA":"Canadá","CV":"Cabo Verde","KY":"Islas Caimán","CF":"República Centroafricana","TD":"Chad","CL":"Chile","CN":"China","CX":"Isla de Navidad","CC":"Islas Cocos (Keeling)","CO":"Colombia","KM":"Comoras","CG":"Congo","CD":"Congo (República Democrática del)","CK":"Islas Cook","CR":"Costa Rica","CI":"Costa de Marfil","HR":"Croacia","CU":"Cuba","CY":"Chipre","CZ":"República Checa","DK":"Dinamarca","DJ":"Yibuti","DM":"Dominica","DO":"República Dominicana","EC":"Ecuador","EG":"Egipto","SV":"El Salvador","GQ":"Guinea Ecuatorial","ER":"Eritrea","EE":"Estonia","ET":"Etiopía","FK":"Islas Malvinas","FO":"Islas Feroe","FJ":"Fiji","FI":"Finlandia","FR":"Francia","GF":"Guayana Francesa","PF":"Polinesia Francesa","TF":"Tierras Australes Francesas","GA":"Gabón","GM":"Gambia","GE":"Georgia","DE":"Alemania","GH":"Ghana","GI":"Gibraltar","GR":"Grecia","GL":"Groenlandia","GD":"Granada","GP":"Guadalupe","GU":"Guam","GT":"Guatemala","GN":"Guinea","GW":"Guinea Bissau","GY":"Guyana","HT":"Haití","HM":"Heard e Islas McDonald","VA":"Santa Sede","HN":"Honduras","HK":"Hong Kong","HU":"Hungría","IS":"Islandia","IN":"India","ID":"Indonesia","IR":["Irán","República Islámica de Irán"],"IQ":"Iraq","IE":"Irlanda","IL":"Israel","IT":"Italia","JM":"Jamaica","JP":"Japón","JO":"Jordania","KZ":"Kazajistán","KE":"Kenia","KI":"Kiribati","KP":"República Popular Democrática de Corea","KR":"República de Corea","KW":"Kuwait","KG":"Kirguistán","LA":"República Democrática Popular de Lao","LV":"Letonia","LB":"Líbano","LS":"Lesoto","LR":"Liberia","LY":"Libia","LI":"Liechtenstein","LT":"Lituania","LU":"Luxemburgo","MO":"Macao","MK":"Macedonia del Norte","MG":"Madagascar","MW":"Malaui","MY":"Malasia","MV":"Maldivas","ML":"Malí","MT":"Malta","MH":"Islas Marshall","MQ":"Martinica","MR":"Mauritania","MU":"Mauricio","YT":"Mayotte","MX":"México","FM":"Micronesia","MD":"Moldavia","MC":"Mónaco","MN":"Mongolia","MS":"Montserrat","MA":"Marruecos","MZ":"Mozambique","MM":"Myanmar","NA":"Namibia","NR":"Nauru","NP":"Nepal","NL":"Países Bajos","NC":"Nueva Caledonia","NZ":"Nueva Zelanda","NI":"Nicaragua","NE":"Níger","NG":"Nigeria","NU":"Niue","NF":"Isla Norfolk","MP":"Islas Marianas del Norte","NO":"Noruega","OM":"Omán","PK":"Pakistán","PW":"Palau","PS":"Palestina","PA":"Panamá","PG":"Papua Nueva Guinea","PY":"Paraguay","PE":"Perú","PH":"Filipinas","PN":"Pitcairn","PL":"Polonia","PT":"Portugal","PR":"Puerto Rico","QA":"Catar","RE":"Reunión","RO":"Rumanía","RU":"Rusia","RW":"Ruanda","SH":"Santa Helena, Ascensión y Tristán de Acuña","KN":"Saint Kitts y Nevis","LC":"Santa Lucía","PM":"San Pedro y Miquelón","VC":"San Vicente y las Granadinas","WS":"Samoa","SM":"San Marino","ST":"Santo Tomé y Príncipe","SA":"Arabia Saudita","SN":"Senegal","SC":"Seychelles","SL":"Sierra Leona","SG":"Singapur","SK":"Eslovaquia","SI":"Eslovenia","SB":"Islas Salomón","SO":"Somalia","ZA":"Sudáfrica","GS":"Georgia del Sur y las Islas Sandwich del Sur","ES":"España","LK":"Sri Lanka","SD":"Sudán","SR":"Suriname","SJ":"Svalbard y Jan Mayen","SZ":"Esuatini","SE":"Suecia","CH":"Suiza","SY":"República Árabe Siria","TW":"Taiwán","TJ":"Tayikistán","TZ":"Tanzania","TH":"Tailandia","TL":"Timor-Leste","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad y Tobago","TN":"Túnez","TR":"Turquía","TM":"Turkmenistán","TC":"Islas Turcas y Caicos","TV":"Tuvalu","UG":"Uganda","UA":"Ucrania","AE":"Emiratos Árabes Unidos","GB":"Reino Unido","US":"Estados Unidos","UM":"Islas Ultramarinas Menores de los Estados Unidos","UY":"Uruguay","UZ":"Uzbekistán","VU":"Vanuatu","VE":"Venezuela","VN":"Vietnam","VG":"Islas Vírgenes británicas","VI":"Islas Vírgenes de los Estados Unidos","WF":"Wallis y Futuna","EH":"Sahara Occidental","YE":"Yemen","ZM":"Zambia","ZW":"Zimbabue","AX":"Islas Åland","BQ":"Bonaire, San Eustaquio y Saba","CW":"Curaçao","GG":"Guernsey","IM":"Isla de Man","JE":"Jersey","ME":"Montenegro","BL":"Saint Barthélemy","MF":"Saint Martin (francesa)","RS":"Serbia","SX":"Sint Maarten (neerlandesa)","SS":"Sudán del Sur","XK":"Kosovo"}}');

/***/ }),

/***/ 6964:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"et","countries":{"AF":"Afganistan","AX":"Ahvenamaa","AL":"Albaania","DZ":"Alžeeria","AS":"Ameerika Samoa","US":"Ameerika Ühendriigid","AD":"Andorra","AO":"Angola","AI":"Anguilla","AQ":"Antarktis","AG":"Antigua ja Barbuda","MO":"Aomen - Hiina erihalduspiirkond","AE":"Araabia Ühendemiraadid","AR":"Argentina","AM":"Armeenia","AW":"Aruba","AZ":"Aserbaidžaan","AU":"Austraalia","AT":"Austria","BS":"Bahama","BH":"Bahrein","BD":"Bangladesh","BB":"Barbados","PW":"Belau","BE":"Belgia","BZ":"Belize","BJ":"Benin","BM":"Bermuda","BT":"Bhutan","BO":"Boliivia","BA":"Bosnia ja Hertsegoviina","BW":"Botswana","BV":"Bouvet’i saar","BR":"Brasiilia","BQ":"Bonaire, Sint Eustatius ja Saba","IO":"Briti India ookeani ala","VG":"Briti Neitsisaared","BN":"Brunei","BG":"Bulgaaria","BF":"Burkina Faso","BI":"Burundi","CO":"Colombia","CK":"Cooki saared","CR":"Costa Rica","CI":"Côte d\'Ivoire","CW":"Curaçao","DJ":"Djibouti","DM":"Dominica","DO":"Dominikaani Vabariik","EC":"Ecuador","EE":"Eesti","EG":"Egiptus","GQ":"Ekvatoriaal-Guinea","SV":"El Salvador","ER":"Eritrea","ET":"Etioopia","FK":"Falklandi saared","FJ":"Fidži","PH":"Filipiinid","FO":"Fääri saared","GA":"Gabon","GM":"Gambia","GH":"Ghana","GI":"Gibraltar","GD":"Grenada","GE":"Gruusia","GL":"Gröönimaa","GP":"Guadeloupe","GU":"Guam","GT":"Guatemala","GG":"Guernsey","GN":"Guinea","GW":"Guinea-Bissau","GY":"Guyana","HT":"Haiti","HM":"Heard ja McDonald saared","CN":"Hiina","ES":"Hispaania","NL":"Holland","HN":"Honduras","HK":"Hongkong - Hiina erihalduspiirkond","HR":"Horvaatia","TL":"Ida-Timor","IE":"Iirimaa","IL":"Iisrael","IN":"India","ID":"Indoneesia","IQ":"Iraak","IR":"Iraan","IS":"Island","IT":"Itaalia","JP":"Jaapan","JM":"Jamaica","YE":"Jeemen","JE":"Jersey","JO":"Jordaania","CX":"Jõulusaar","KY":"Kaimanisaared","KH":"Kambodža","CM":"Kamerun","CA":"Kanada","KZ":"Kasahstan","QA":"Katar","KE":"Kenya","CF":"Kesk-Aafrika Vabariik","KI":"Kiribati","KM":"Komoorid","CD":"Kongo DV","CG":"Kongo-Brazzaville","CC":"Kookossaared","GR":"Kreeka","CU":"Kuuba","KW":"Kuveit","KG":"Kõrgõzstan","CY":"Küpros","LA":"Laos","LT":"Leedu","LS":"Lesotho","LR":"Libeeria","LI":"Liechtenstein","LB":"Liibanon","LY":"Liibüa","LU":"Luksemburg","ZA":"Lõuna-Aafrika Vabariik","GS":"Lõuna-Georgia ja Lõuna-Sandwichi saared","KR":"Lõuna-Korea","LV":"Läti","EH":"Lääne-Sahara","MG":"Madagaskar","MY":"Malaisia","MW":"Malawi","MV":"Maldiivid","ML":"Mali","MT":"Malta","IM":"Mani saar","MA":"Maroko","MH":"Marshalli saared","MQ":"Martinique","MR":"Mauritaania","MU":"Mauritius","YT":"Mayotte","MX":"Mehhiko","FM":"Mikroneesia Liiduriigid","MD":"Moldova","MC":"Monaco","MN":"Mongoolia","ME":"Montenegro","MS":"Montserrat","MZ":"Mosambiik","MM":"Myanmar","NA":"Namiibia","NR":"Nauru","NP":"Nepal","NI":"Nicaragua","NG":"Nigeeria","NE":"Niger","NU":"Niue","NF":"Norfolk","NO":"Norra","OM":"Omaan","PG":"Paapua Uus-Guinea","PK":"Pakistan","PS":"Palestiina ala","PA":"Panama","PY":"Paraguay","PE":"Peruu","PN":"Pitcairn","PL":"Poola","PT":"Portugal","GF":"Prantsuse Guajaana","TF":"Prantsuse Lõunaalad","PF":"Prantsuse Polüneesia","FR":"Prantsusmaa","PR":"Puerto Rico","KP":"Põhja-Korea","MK":"Põhja-Makedoonia","MP":"Põhja-Mariaanid","RE":"Réunion","CV":"Roheneemesaared","SE":"Rootsi","SX":"Sint Maarten","RO":"Rumeenia","RW":"Rwanda","SB":"Saalomoni Saared","BL":"Saint Barthélemy","SH":"Saint Helena","KN":"Saint Kitts ja Nevis","LC":"Saint Lucia","MF":"Saint Martin","PM":"Saint Pierre ja Miquelon","VC":"Saint Vincent ja Grenadiinid","DE":"Saksamaa","ZM":"Sambia","WS":"Samoa","SM":"San Marino","ST":"São Tomé ja Príncipe","SA":"Saudi Araabia","SC":"Seišellid","SN":"Senegal","RS":"Serbia","SL":"Sierra Leone","SG":"Singapur","SK":"Slovakkia","SI":"Sloveenia","SO":"Somaalia","FI":"Soome","LK":"Sri Lanka","SD":"Sudaan","SS":"Lõuna-Sudaan","SR":"Suriname","GB":"Suurbritannia","SZ":"Svaasimaa","SJ":"Svalbard ja Jan Mayen","SY":"Süüria","CH":"Šveits","ZW":"Zimbabwe","DK":"Taani","TJ":"Tadžikistan","TH":"Tai","TW":"Taiwan","TZ":"Tansaania","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad ja Tobago","TD":"Tšaad","CZ":"Tšehhi","CL":"Tšiili","TN":"Tuneesia","TC":"Turks ja Caicos","TV":"Tuvalu","TR":"Türgi","TM":"Türkmenistan","UG":"Uganda","UA":"Ukraina","HU":"Ungari","UY":"Uruguay","VI":"USA Neitsisaared","UZ":"Usbekistan","NC":"Uus-Kaledoonia","NZ":"Uus-Meremaa","BY":"Valgevene","WF":"Wallis ja Futuna","VU":"Vanuatu","VA":"Vatikan","RU":"Venemaa","VE":"Venezuela","VN":"Vietnam","UM":"Ühendriikide hajasaared","XK":"Kosovo"}}');

/***/ }),

/***/ 4999:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"eu","countries":{"AF":"Afganistan","AL":"Albania","DZ":"Aljeria","AS":"Samoa Estatubatuarra","AD":"Andorra","AO":"Angola","AI":"Aingira","AQ":"Antartika","AG":"Antigua eta Barbuda","AR":"Argentina","AM":"Armenia","AW":"Aruba","AU":"Australia","AT":"Austria","AZ":"Azerbaijan","BS":"Bahamak","BH":"Bahrain","BD":"Bangladesh","BB":"Barbados","BY":"Bielorrusia","BE":"Belgika","BZ":"Belize","BJ":"Benin","BM":"Bermudas","BT":"Bhutan","BO":"Bolivia","BA":"Bosnia-Herzegovina","BW":"Botswana","BV":"Bouvet uhartea","BR":"Brasil","IO":"Indiako Ozeanoko Britainiar Lurraldea","BN":"Brunei Darussalam","BG":"Bulgaria","BF":"Burkina Faso","BI":"Burundi","KH":"Kanbodia","CM":"Kamerun","CA":"Kanada","CV":"Cabo Verde","KY":"Kaiman uharteak","CF":"Afrika Erdiko Errepublika","TD":"Txad","CL":"Txile","CN":"Txina","CX":"Christmas uhartea","CC":"Cocosak (Keeling uharteak)","CO":"Kolonbia","KM":"Komoreak","CG":"Kongo","CD":"Kongoko Errepublika Demokratikoa","CK":"Cook uharteak","CR":"Costa Rica","CI":"Boli Kosta","HR":"Kroazia","CU":"Kuba","CY":"Zipre","CZ":"Txekia","DK":"Danimarka","DJ":"Djibuti","DM":"Dominika","DO":"Dominikar Errepublika","EC":"Ekuador","EG":"Egipto","SV":"El Salvador","GQ":"Ekuatore Ginea","ER":"Eritrea","EE":"Estonia","ET":"Etiopia","FK":"Malvinak","FO":"Faroe uharteak","FJ":"Fiji","FI":"Finlandia","FR":"Frantzia","GF":"Guyana Frantsesa","PF":"Polinesia Frantsesa","TF":"Frantziaren Lurralde Australak","GA":"Gabon","GM":"Gambia","GE":"Georgia","DE":"Alemania","GH":"Ghana","GI":"Gibraltar","GR":"Grezia","GL":"Groenlandia","GD":"Grenada","GP":"Guadalupe","GU":"Guam","GT":"Guatemala","GN":"Ginea","GW":"Ginea Bissau","GY":"Guyana","HT":"Haiti","HM":"Heard eta McDonald uharteak","VA":"Vatikanoa (Egoitza Santua)","HN":"Honduras","HK":"Hong Kong","HU":"Hungaria","IS":"Islandia","IN":"India","ID":"Indonesia","IR":"Iran","IQ":"Irak","IE":"Irlanda","IL":"Israel","IT":"Italia","JM":"Jamaika","JP":"Japonia","JO":"Jordania","KZ":"Kazakhstan","KE":"Kenya","KI":"Kiribati","KP":"Ipar Korea","KR":"Hego Korea","KW":"Kuwait","KG":"Kirgizistan","LA":"Laos","LV":"Letonia","LB":"Libano","LS":"Lesotho","LR":"Liberia","LY":"Libia","LI":"Liechtenstein","LT":"Lituania","LU":"Luxenburgo","MO":"Macao","MK":"Ipar Mazedonia","MG":"Madagaskar","MW":"Malawi","MY":"Malaysia","MV":"Maldivak","ML":"Mali","MT":"Malta","MH":"Marshall Uharteak","MQ":"Martinika","MR":"Mauritania","MU":"Maurizio","YT":"Mayotte","MX":"Mexico","FM":"Mikronesia","MD":"Moldavia","MC":"Monako","MN":"Mongolia","MS":"Montserrat","MA":"Maroko","MZ":"Mozambike","MM":"Myanmar","NA":"Namibia","NR":"Nauru","NP":"Nepal","NL":"Herbehereak","NC":"Kaledonia Berria","NZ":"Zeelanda Berria","NI":"Nikaragua","NE":"Niger","NG":"Nigeria","NU":"Niue","NF":"Norfolk uhartea","MP":"Ipar Marianak","NO":"Norvegia","OM":"Oman","PK":"Pakistan","PW":"Palau","PS":"Palestina","PA":"Panama","PG":"Papua Ginea Berria","PY":"Paraguai","PE":"Peru","PH":"Filipinak","PN":"Pitcairn uharteak","PL":"Polonia","PT":"Portugal","PR":"Puerto Rico","QA":"Qatar","RE":"Réunion","RO":"Errumania","RU":"Errusia","RW":"Ruanda","SH":"Santa Helena, Ascension eta Tristan da Cunha","KN":"Saint Kitts eta Nevis","LC":"Santa Luzia","PM":"Saint-Pierre eta Mikelune","VC":"Saint Vincent eta Grenadinak","WS":"Samoa","SM":"San Marino","ST":"Sao Tome eta Principe","SA":"Saudi Arabia","SN":"Senegal","SC":"Seychelleak","SL":"Sierra Leona","SG":"Singapur","SK":"Eslovakia","SI":"Eslovenia","SB":"Salomon Uharteak","SO":"Somalia","ZA":"Hegoafrika","GS":"Hegoaldeko Georgiak eta Hegoaldeko Sandwichak","ES":"Espainia","LK":"Sri Lanka","SD":"Sudan","SR":"Surinam","SJ":"Svalbard eta Jan Mayen","SZ":"Swazilandia","SE":"Suedia","CH":"Suitza","SY":"Siriako Arabiar Errepublika","TW":"Taiwan","TJ":"Tajikistan","TZ":"Tanzania","TH":"Thailandia","TL":"Ekialdeko Timor","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad eta Tobago","TN":"Tunisia","TR":"Turkia","TM":"Turkmenistan","TC":"Turkak eta Caicoak","TV":"Tuvalu","UG":"Uganda","UA":"Ukraina","AE":"Arabiar Emirerri Batuak","GB":"Erresuma Batua","US":"Estatu Batuak","UM":"Ameriketako Estatu Batuetako itsasoz haraindiko uharteak","UY":"Uruguai","UZ":"Uzbekistan","VU":"Vanuatu","VE":"Venezuela","VN":"Vietnam","VG":"Birjina britainiar uharteak","VI":"Birjina Uharte Estatubatuarrak","WF":"Wallis eta Futuna","EH":"Mendebaldeko Sahara","YE":"Yemen","ZM":"Zambia","ZW":"Zimbabwe","AX":"Åland uharteak","BQ":"Bonaire, San Eustakio eta Saba","CW":"Curaçao","GG":"Guernsey","IM":"Man uhartea","JE":"Jersey","ME":"Montenegro","BL":"San Bartolome","MF":"San Martin (frantsesa)","RS":"Serbia","SX":"San Martin (herbeheretarra)","SS":"Hego Sudan","XK":"Kosovo"}}');

/***/ }),

/***/ 4144:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"fa","countries":{"AD":"آندورا","AE":"امارات متحدهٔ عربی","AF":"افغانستان","AG":"آنتیگوا و باربودا","AI":"آنگویلا","AL":"آلبانی","AM":"ارمنستان","AO":"آنگولا","AQ":"جنوبگان","AR":"آرژانتین","AS":"ساموآی امریکا","AT":"اتریش","AU":"استرالیا","AW":"آروبا","AX":"جزایر آلاند","AZ":"جمهوری آذربایجان","BA":"بوسنی و هرزگوین","BB":"باربادوس","BD":"بنگلادش","BE":"بلژیک","BF":"بورکینافاسو","BG":"بلغارستان","BH":"بحرین","BI":"بوروندی","BJ":"بنین","BL":"سن بارتلمی","BM":"برمودا","BN":"برونئی","BO":"بولیوی","BQ":"جزایر کارائیب هلند","BR":"برزیل","BS":"باهاما","BT":"بوتان","BV":"جزیرهٔ بووه","BW":"بوتسوانا","BY":"بلاروس","BZ":"بلیز","CA":"کانادا","CC":"جزایر کوکوس","CD":"کنگو - کینشاسا","CF":"جمهوری افریقای مرکزی","CG":"کنگو - برازویل","CH":"سوئیس","CI":"ساحل عاج","CK":"جزایر کوک","CL":"شیلی","CM":"کامرون","CN":"چین","CO":"کلمبیا","CR":"کاستاریکا","CU":"کوبا","CV":"کیپ‌ورد","CW":"کوراسائو","CX":"جزیرهٔ کریسمس","CY":"قبرس","CZ":"جمهوری چک","DE":"آلمان","DJ":"جیبوتی","DK":"دانمارک","DM":"دومینیکا","DO":"جمهوری دومینیکن","DZ":"الجزایر","EC":"اکوادور","EE":"استونی","EG":"مصر","EH":"صحرای غربی","ER":"اریتره","ES":"اسپانیا","ET":"اتیوپی","FI":"فنلاند","FJ":"فیجی","FK":"جزایر فالکلند","FM":"میکرونزی","FO":"جزایر فارو","FR":"فرانسه","GA":"گابن","GB":"بریتانیا","GD":"گرنادا","GE":"گرجستان","GF":"گویان فرانسه","GG":"گرنزی","GH":"غنا","GI":"جبل‌الطارق","GL":"گرینلند","GM":"گامبیا","GN":"گینه","GP":"گوادلوپ","GQ":"گینهٔ استوایی","GR":"یونان","GS":"جزایر جورجیای جنوبی و ساندویچ جنوبی","GT":"گواتمالا","GU":"گوام","GW":"گینهٔ بیسائو","GY":"گویان","HK":"هنگ‌کنگ","HM":"جزیرهٔ هرد و جزایر مک‌دونالد","HN":"هندوراس","HR":"کرواسی","HT":"هائیتی","HU":"مجارستان","ID":"اندونزی","IE":"ایرلند","IL":"اسرائیل","IM":"جزیرهٔ من","IN":"هند","IO":"قلمرو بریتانیا در اقیانوس هند","IQ":"عراق","IR":"ایران","IS":"ایسلند","IT":"ایتالیا","JE":"جرزی","JM":"جامائیکا","JO":"اردن","JP":"ژاپن","KE":"کنیا","KG":"قرقیزستان","KH":"کامبوج","KI":"کیریباتی","KM":"کومورو","KN":"سنت کیتس و نویس","KP":"کرهٔ شمالی","KR":"کرهٔ جنوبی","KW":"کویت","KY":"جزایر کِیمن","KZ":"قزاقستان","LA":"لائوس","LB":"لبنان","LC":"سنت لوسیا","LI":"لیختن‌اشتاین","LK":"سری‌لانکا","LR":"لیبریا","LS":"لسوتو","LT":"لیتوانی","LU":"لوکزامبورگ","LV":"لتونی","LY":"لیبی","MA":"مراکش","MC":"موناکو","MD":"مولداوی","ME":"مونته‌نگرو","MF":"سنت مارتین","MG":"ماداگاسکار","MH":"جزایر مارشال","MK":"مقدونیه شمالی","ML":"مالی","MM":"میانمار (برمه)","MN":"مغولستان","MO":"ماکائو","MP":"جزایر ماریانای شمالی","MQ":"مارتینیک","MR":"موریتانی","MS":"مونت‌سرات","MT":"مالت","MU":"موریس","MV":"مالدیو","MW":"مالاوی","MX":"مکزیک","MY":"مالزی","MZ":"موزامبیک","NA":"نامیبیا","NC":"کالدونیای جدید","NE":"نیجر","NF":"جزیرهٔ نورفولک","NG":"نیجریه","NI":"نیکاراگوئه","NL":"هلند","NO":"نروژ","NP":"نپال","NR":"نائورو","NU":"نیوئه","NZ":"نیوزیلند","OM":"عمان","PA":"پاناما","PE":"پرو","PF":"پلی‌نزی فرانسه","PG":"پاپوا گینهٔ نو","PH":"فیلیپین","PK":"پاکستان","PL":"لهستان","PM":"سن پیر و میکلن","PN":"جزایر پیت‌کرن","PR":"پورتوریکو","PS":"سرزمین‌های فلسطینی","PT":"پرتغال","PW":"پالائو","PY":"پاراگوئه","QA":"قطر","RE":"رئونیون","RO":"رومانی","RS":"صربستان","RU":"روسیه","RW":"رواندا","SA":"عربستان سعودی","SB":"جزایر سلیمان","SC":"سیشل","SD":"سودان","SE":"سوئد","SG":"سنگاپور","SH":"سنت هلن","SI":"اسلوونی","SJ":"اسوالبارد و جان‌ماین","SK":"اسلواکی","SL":"سیرالئون","SM":"سان‌مارینو","SN":"سنگال","SO":"سومالی","SR":"سورینام","SS":"سودان جنوبی","ST":"سائوتومه و پرینسیپ","SV":"السالوادور","SX":"سنت مارتن","SY":"سوریه","SZ":"سوازیلند","TC":"جزایر تورکس و کایکوس","TD":"چاد","TF":"قلمروهای جنوبی فرانسه","TG":"توگو","TH":"تایلند","TJ":"تاجیکستان","TK":"توکلائو","TL":"تیمور-لسته","TM":"ترکمنستان","TN":"تونس","TO":"تونگا","TR":"ترکیه","TT":"ترینیداد و توباگو","TV":"تووالو","TW":"تایوان","TZ":"تانزانیا","UA":"اوکراین","UG":"اوگاندا","UM":"جزایر دورافتادهٔ ایالات متحده","US":"ایالات متحده","UY":"اروگوئه","UZ":"ازبکستان","VA":"واتیکان","VC":"سنت وینسنت و گرنادین","VE":"ونزوئلا","VG":"جزایر ویرجین بریتانیا","VI":"جزایر ویرجین ایالات متحده","VN":"ویتنام","VU":"وانواتو","WF":"والیس و فوتونا","WS":"ساموآ","XK":"کوزوو","YE":"یمن","YT":"مایوت","ZA":"افریقای جنوبی","ZM":"زامبیا","ZW":"زیمبابوه"}}');

/***/ }),

/***/ 872:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"fi","countries":{"AF":"Afganistan","AX":"Ahvenanmaa","NL":"Alankomaat","AL":"Albania","DZ":"Algeria","AS":"Amerikan Samoa","AD":"Andorra","AO":"Angola","AI":"Anguilla","AQ":"Antarktis","AG":"Antigua ja Barbuda","AE":"Arabiemiirikunnat","AR":"Argentiina","AM":"Armenia","AW":"Aruba","AU":"Australia","AZ":"Azerbaidžan","BS":"Bahama","BH":"Bahrain","BD":"Bangladesh","BB":"Barbados","BE":"Belgia","BZ":"Belize","BJ":"Benin","BM":"Bermuda","BT":"Bhutan","BO":"Bolivia","BQ":"Bonaire, Sint Eustatius ja Saba","BA":"Bosnia ja Hertsegovina","BW":"Botswana","BV":"Bouvet’nsaari","BR":"Brasilia","IO":"Brittiläinen Intian valtameren alue","VG":"Brittiläiset Neitsytsaaret","BN":"Brunei","BG":"Bulgaria","BF":"Burkina Faso","BI":"Burundi","KY":"Caymansaaret","CL":"Chile","CK":"Cookinsaaret","CR":"Costa Rica","CW":"Curaçao","DJ":"Djibouti","DM":"Dominica","DO":"Dominikaaninen tasavalta","EC":"Ecuador","EG":"Egypti","SV":"El Salvador","ER":"Eritrea","ES":"Espanja","ET":"Etiopia","ZA":"Etelä-Afrikka","GS":"Etelä-Georgia ja Eteläiset Sandwichsaaret","SS":"Etelä-Sudan","FK":"Falklandinsaaret","FO":"Färsaaret","FJ":"Fidži","PH":"Filippiinit","GA":"Gabon","GM":"Gambia","GE":"Georgia","GH":"Ghana","GI":"Gibraltar","GD":"Grenada","GL":"Grönlanti","GP":"Guadeloupe","GU":"Guam","GT":"Guatemala","GG":"Guernsey","GN":"Guinea","GW":"Guinea-Bissau","GY":"Guyana","HT":"Haiti","HM":"Heard ja McDonaldinsaaret","HN":"Honduras","HK":"Hongkong","ID":"Indonesia","IN":"Intia","IQ":"Irak","IR":"Iran","IE":"Irlanti","IS":"Islanti","IL":"Israel","IT":"Italia","TL":"Itä-Timor","AT":"Itävalta","JM":"Jamaika","JP":"Japani","YE":"Jemen","JE":"Jersey","JO":"Jordania","CX":"Joulusaari","KH":"Kambodža","CM":"Kamerun","CA":"Kanada","CV":"Kap Verde","KZ":"Kazakstan","KE":"Kenia","CF":"Keski-Afrikan tasavalta","CN":"Kiina","KG":"Kirgisia","KI":"Kiribati","CO":"Kolumbia","KM":"Komorit","CD":"Kongon demokraattinen tasavalta","CG":"Kongon tasavalta","CC":"Kookossaaret","KP":"Korean demokraattinen kansantasavalta","KR":"Korean tasavalta","GR":"Kreikka","HR":"Kroatia","CU":"Kuuba","KW":"Kuwait","CY":"Kypros","LA":"Laos","LV":"Latvia","LS":"Lesotho","LB":"Libanon","LR":"Liberia","LY":"Libya","LI":"Liechtenstein","LT":"Liettua","LU":"Luxemburg","EH":"Länsi-Sahara","MO":"Macao","MG":"Madagaskar","MW":"Malawi","MV":"Malediivit","MY":"Malesia","ML":"Mali","MT":"Malta","IM":"Mansaari","MA":"Marokko","MH":"Marshallinsaaret","MQ":"Martinique","MR":"Mauritania","MU":"Mauritius","YT":"Mayotte","MX":"Meksiko","FM":"Mikronesian liittovaltio","MD":"Moldova","MC":"Monaco","MN":"Mongolia","ME":"Montenegro","MS":"Montserrat","MZ":"Mosambik","MM":"Myanmar","NA":"Namibia","NR":"Nauru","NP":"Nepal","NI":"Nicaragua","NE":"Niger","NG":"Nigeria","NU":"Niue","NF":"Norfolkinsaari","NO":"Norja","CI":"Norsunluurannikko","OM":"Oman","PK":"Pakistan","PW":"Palau","PS":"Palestiina","PA":"Panama","PG":"Papua-Uusi-Guinea","PY":"Paraguay","PE":"Peru","MK":"Pohjois-Makedonia","MP":"Pohjois-Mariaanit","PN":"Pitcairn","PT":"Portugali","PR":"Puerto Rico","PL":"Puola","GQ":"Päiväntasaajan Guinea","QA":"Qatar","FR":"Ranska","TF":"Ranskan eteläiset alueet","GF":"Ranskan Guayana","PF":"Ranskan Polynesia","RE":"Réunion","RO":"Romania","RW":"Ruanda","SE":"Ruotsi","BL":"Saint-Barthélemy","SH":"Saint Helena","KN":"Saint Kitts ja Nevis","LC":"Saint Lucia","MF":"Saint-Martin","PM":"Saint-Pierre ja Miquelon","VC":"Saint Vincent ja Grenadiinit","DE":"Saksa","SB":"Salomonsaaret","ZM":"Sambia","WS":"Samoa","SM":"San Marino","ST":"São Tomé ja Príncipe","SA":"Saudi-Arabia","SN":"Senegal","RS":"Serbia","SC":"Seychellit","SL":"Sierra Leone","SG":"Singapore","SX":"Sint Maarten","SK":"Slovakia","SI":"Slovenia","SO":"Somalia","LK":"Sri Lanka","SD":"Sudan","FI":"Suomi","SR":"Suriname","SJ":"Svalbard ja Jan Mayen","SZ":"Swazimaa","CH":"Sveitsi","SY":"Syyria","TJ":"Tadžikistan","TW":"Taiwan","TZ":"Tansania","DK":"Tanska","TH":"Thaimaa","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad ja Tobago","TD":"Tšad","CZ":"Tšekki","TN":"Tunisia","TR":"Turkki","TM":"Turkmenistan","TC":"Turks- ja Caicossaaret","TV":"Tuvalu","UG":"Uganda","UA":"Ukraina","HU":"Unkari","UY":"Uruguay","NC":"Uusi-Kaledonia","NZ":"Uusi-Seelanti","UZ":"Uzbekistan","BY":"Valko-Venäjä","VU":"Vanuatu","VA":"Vatikaanivaltio","VE":"Venezuela","RU":"Venäjä","VN":"Vietnam","EE":"Viro","WF":"Wallis ja Futunasaaret","GB":"Yhdistynyt kuningaskunta","US":"Yhdysvallat","VI":"Yhdysvaltain Neitsytsaaret","UM":"Yhdysvaltain pienet erillissaaret","ZW":"Zimbabwe","XK":"Kosovo"}}');

/***/ }),

/***/ 4477:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"fr","countries":{"AF":"Afghanistan","AL":"Albanie","DZ":"Algérie","AS":"Samoa américaines","AD":"Andorre","AO":"Angola","AI":"Anguilla","AQ":"Antarctique","AG":"Antigua-et-Barbuda","AR":"Argentine","AM":"Arménie","AW":"Aruba","AU":"Australie","AT":"Autriche","AZ":"Azerbaïdjan","BS":"Bahamas","BH":"Bahreïn","BD":"Bangladesh","BB":"Barbade","BY":"Biélorussie","BE":"Belgique","BZ":"Belize","BJ":"Bénin","BM":"Bermudes","BT":"Bhoutan","BO":"Bolivie","BA":"Bosnie-Herzégovine","BW":"Botswana","BV":"Île Bouvet","BR":"Brésil","IO":"Océan Indien Britannique","BN":"Brunei Darussalam","BG":"Bulgarie","BF":"Burkina Faso","BI":"Burundi","KH":"Cambodge","CM":"Cameroun","CA":"Canada","CV":"Cap-Vert","KY":"Îles Caïmans","CF":"République Centrafricaine","TD":"Tchad","CL":"Chili","CN":"Chine","CX":"Île Christmas","CC":"Îles Cocos","CO":"Colombie","KM":"Comores","CG":"République du Congo","CD":"République démocratique du Congo","CK":"Îles Cook","CR":"Costa Rica","CI":"Côte-d\'Ivoire","HR":"Croatie","CU":"Cuba","CY":"Chypre","CZ":"République Tchèque","DK":"Danemark","DJ":"Djibouti","DM":"Dominique","DO":"République Dominicaine","EC":"Équateur","EG":"Égypte","SV":"El Salvador","GQ":"Guinée équatoriale","ER":"Érythrée","EE":"Estonie","ET":"Éthiopie","FK":"Îles Malouines","FO":"Îles Féroé","FJ":"Fidji","FI":"Finlande","FR":"France","GF":"Guyane française","PF":"Polynésie française","TF":"Terres australes françaises","GA":"Gabon","GM":"Gambie","GE":"Géorgie","DE":"Allemagne","GH":"Ghana","GI":"Gibraltar","GR":"Grèce","GL":"Groenland","GD":"Grenade","GP":"Guadeloupe","GU":"Guam","GT":"Guatemala","GN":"Guinée","GW":"Guinée-Bissau","GY":"Guyana","HT":"Haïti","HM":"Îles Heard-et-MacDonald","VA":"Saint-Siège (Vatican)","HN":"Honduras","HK":"Hong Kong","HU":"Hongrie","IS":"Islande","IN":"Inde","ID":"Indonésie","IR":"Iran","IQ":"Irak","IE":"Irlande","IL":"Israël","IT":"Italie","JM":"Jamaïque","JP":"Japon","JO":"Jordanie","KZ":"Kazakhstan","KE":"Kenya","KI":"Kiribati","KP":"Corée du Nord","KR":"Corée du Sud","KW":"Koweït","KG":"Kirghizistan","LA":"Laos","LV":"Lettonie","LB":"Liban","LS":"Lesotho","LR":"Libéria","LY":"Libye","LI":"Liechtenstein","LT":"Lituanie","LU":"Luxembourg","MO":"Macao","MK":"Macédoine du Nord","MG":"Madagascar","MW":"Malawi","MY":"Malaisie","MV":"Maldives","ML":"Mali","MT":"Malte","MH":"Îles Marshall","MQ":"Martinique","MR":"Mauritanie","MU":"Maurice","YT":"Mayotte","MX":"Mexique","FM":"Micronésie","MD":"Moldavie","MC":"Monaco","MN":"Mongolie","MS":"Montserrat","MA":"Maroc","MZ":"Mozambique","MM":"Myanmar","NA":"Namibie","NR":"Nauru","NP":"Népal","NL":"Pays-Bas","NC":"Nouvelle-Calédonie","NZ":"Nouvelle-Zélande","NI":"Nicaragua","NE":"Niger","NG":"Nigéria","NU":"Niué","NF":"Île Norfolk","MP":"Îles Mariannes du Nord","NO":"Norvège","OM":"Oman","PK":"Pakistan","PW":"Palaos","PS":"Palestine","PA":"Panama","PG":"Papouasie-Nouvelle-Guinée","PY":"Paraguay","PE":"Pérou","PH":"Philippines","PN":"Îles Pitcairn","PL":"Pologne","PT":"Portugal","PR":"Porto Rico","QA":"Qatar","RE":"Réunion","RO":"Roumanie","RU":"Russie","RW":"Rwanda","SH":"Sainte-Hélène","KN":"Saint-Christophe-et-Niévès","LC":"Sainte-Lucie","PM":"Saint-Pierre-et-Miquelon","VC":"Saint-Vincent-et-les-Grenadines","WS":"Samoa","SM":"Saint-Marin","ST":"São Tomé-et-Principe","SA":"Arabie Saoudite","SN":"Sénégal","SC":"Seychelles","SL":"Sierra Leone","SG":"Singapour","SK":"Slovaquie","SI":"Slovénie","SB":"Îles Salomon","SO":"Somalie","ZA":"Afrique du Sud","GS":"Géorgie du Sud-et-les Îles Sandwich du Sud","ES":"Espagne","LK":"Sri Lanka","SD":"Soudan","SR":"Suriname","SJ":"Svalbard et Île Jan Mayen","SZ":"Royaume d\'Eswatini","SE":"Suède","CH":"Suisse","SY":"Syrie","TW":"Taïwan","TJ":"Tadjikistan","TZ":"République unie de Tanzanie","TH":"Thaïlande","TL":"Timor-Leste","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinité-et-Tobago","TN":"Tunisie","TR":"Turquie","TM":"Turkménistan","TC":"Îles Turques-et-Caïques","TV":"Tuvalu","UG":"Ouganda","UA":"Ukraine","AE":"Émirats Arabes Unis","GB":"Royaume-Uni","US":"États-Unis d\'Amérique","UM":"Îles mineures éloignées des États-Unis","UY":"Uruguay","UZ":"Ouzbékistan","VU":"Vanuatu","VE":"Venezuela","VN":"Vietnam","VG":"Îles vierges britanniques","VI":"Îles vierges américaines","WF":"Wallis-et-Futuna","EH":"Sahara occidental","YE":"Yémen","ZM":"Zambie","ZW":"Zimbabwe","AX":"Åland","BQ":"Bonaire, Saint-Eustache et Saba","CW":"Curaçao","GG":"Guernesey","IM":"Île de Man","JE":"Jersey","ME":"Monténégro","BL":"Saint-Barthélemy","MF":"Saint-Martin (partie française)","RS":"Serbie","SX":"Saint-Martin (partie néerlandaise)","SS":"Soudan du Sud","XK":"Kosovo"}}');

/***/ }),

/***/ 4537:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ga","countries":{"AF":"An Afganastáin","AL":"An Albáin","DZ":"An Ailgéir","AS":"Samó Meiriceánach","AD":"Andóra","AO":"Angóla","AI":"Anguilla","AQ":"An Antartaice","AG":"Antigua agus Barbúda","AR":"An Airgintín","AM":"An Airméin","AW":"Arúba","AU":"An Astráil","AT":"An Ostair","AZ":"An Asarbaiseáin","BS":"Na Bahámaí","BH":"Bairéin","BD":"An Bhanglaidéis","BB":"Barbadós","BY":"An Bhealarúis","BE":"An Bheilg","BZ":"An Bheilís","BJ":"Beinin","BM":"Beirmiúda","BT":"An Bhútáin","BO":"An Bholaiv","BA":"An Bhoisnia agus An Heirseagaivéin","BW":"An Bhotsuáin","BV":"Oileán Bouvet","BR":"An Bhrasaíl","IO":"Críoch Aigéan Indiach na Breataine","BN":"Brúiné","BG":"An Bhulgáir","BF":"Buircíne Fasó","BI":"An Bhurúin","KH":"An Chambóid","CM":"Camarún","CA":"Ceanada","CV":"Rinn Verde","KY":"Oileáin Cayman","CF":"Poblacht na hAfraice Láir","TD":"Sead","CL":"An tSile","CN":["Poblacht na Síne","An tSín"],"CX":"Oileán na Nollag","CC":"Oileáin Cocos (Keeling)","CO":"An Cholóim","KM":"Oileáin Chomóra","CG":["Poblacht an Chongó","An Congó"],"CD":["Poblacht Dhaonlathach an Chongó","An Congó"],"CK":"Oileáin Cook","CR":"Cósta Ríce","CI":["Cósta Eabhair","An Cósta Eabhair","Côte d\'Ivoire"],"HR":"An Chróit","CU":"Cúba","CY":"An Chipir","CZ":["Poblacht na Seice","An tSeicia"],"DK":"An Danmhairg","DJ":"Djibouti","DM":"Doiminice","DO":"Poblacht Dhoiminiceach","EC":"Eacuadór","EG":"An Éigipt","SV":"An tSalvadóir","GQ":"An Ghuine Mheánchiorclach","ER":"An Eiritré","EE":"An Eastóin","ET":"An Aetóip","FK":"Oileáin Fháclainne (Malvinas)","FO":"Oileáin Fharó","FJ":"Fidsí","FI":"An Fhionlainn","FR":"An Fhrainc","GF":"Guáin na Fraince","PF":"Polainéis na Fraince","TF":"Críocha Deisceartacha na Fraince","GA":"An Ghabúin","GM":["Poblacht na Gaimbia","An Ghaimbia"],"GE":"An tSeoirsia","DE":"An Ghearmáin","GH":"Gána","GI":"Giobráltar","GR":"An Ghréig","GL":"An Ghraonlainn","GD":"Greanáda","GP":"Guadalúip","GU":"Guam","GT":"Guatamala","GN":"An Ghuine","GW":"Guine Bissau","GY":"An Ghuáin","HT":"Háití","HM":"Oileán Heard agus Oileáin McDonald","VA":"Cathair na Vatacáine","HN":"Hondúras","HK":"Hong Cong","HU":"An Ungáir","IS":"An Íoslainn","IN":"An India","ID":"An Indinéis","IR":["Poblacht Ioslamach na hIaráine","An Iaráin"],"IQ":"An Iaráic","IE":"Éire","IL":"Iosrael","IT":"An Iodáil","JM":"Iamáice","JP":"An tSeapáin","JO":"An Iordáin","KZ":"An Chasacstáin","KE":"An Chéinia","KI":"Cireabaití","KP":"An Chóiré Thuaidh","KR":["An Chóiré Theas","Poblacht na Cóiré","An Chóiré"],"KW":"Cuáit","KG":"An Chirgeastáin","LA":"Poblacht Dhaonlathach na Laoise","LV":"An Laitvia","LB":"An Liobáin","LS":"Leosóta","LR":"An Libéir","LY":"An Libia","LI":"Lichtinstéin","LT":"An Liotuáin","LU":"Lucsamburg","MO":"Macao","MG":"Madagascar","MW":"An Mhaláiv","MY":"An Mhalaeisia","MV":"Oileáin Mhaildíve","ML":"Mailí","MT":"Málta","MH":"Oileáin Marshall","MQ":"Martinique","MR":"An Mháratáin","MU":"Oileán Mhuirís","YT":"Mayotte","MX":"Meicsiceo","FM":"Micrinéis, Stáit Chónaidhme","MD":"An Mholdóiv","MC":"Monacó","MN":"An Mhongóil","MS":"Montsarat","MA":"Maracó","MZ":"Mósaimbíc","MM":"Maenmar (Burma)","NA":"An Namaib","NR":"Nárú","NP":"Neipeal","NL":"An Ísiltír","NC":"An Nua-Chaladóin","NZ":"An Nua-Shéalainn","NI":"Nicearagua","NE":"An Nígir","NG":"An Nigéir","NU":"Niue","NF":"Oileán Norfolk","MK":["Poblacht Iarthar na Macadóine","An Mhacadóin Thuaidh"],"MP":"Oileáin Mariana Thuaidh","NO":"An Iorua","OM":"Óman","PK":"An Phacastáin","PW":"Palau","PS":["Stát na Palaistíne","An Phalaistín"],"PA":"Panama","PG":"Nua-Ghuine Phapua","PY":"Paragua","PE":"Peiriú","PH":"Na hOileáin Fhilipíneacha","PN":["Oileáin Pitcairn","Pitcairn"],"PL":"An Pholainn","PT":"An Phortaingéil","PR":"Pórtó Ríce","QA":"Catar","RE":"Réunion","RO":"An Rómáin","RU":["An Rúis","Cónaidhm na Rúise"],"RW":"Ruanda","SH":"Saint Helena","KN":"Saint Kitts agus Nevis","LC":"Saint Lucia","PM":"Saint Pierre agus Miquelon","VC":"Saint Vincent agus na Greanáidíní","WS":"Samó","SM":"San Mairíne","ST":"São Tomé agus Príncipe","SA":"An Araib Shádach","SN":"An tSeineagáil","SC":"Na Séiséil","SL":"Siarra Leon","SG":"Singeapór","SK":"An tSlóvaic","SI":"An tSlóivéin","SB":"Oileáin Sholamón","SO":"An tSomáil","ZA":"An Afraic Theas","GS":"An tSeoirsia Theas agus Oileáin Sandwich Theas","ES":"An Spáinn","LK":"Srí Lanca","SD":"An tSúdáin","SR":"Suranam","SJ":"Svalbard agus Jan Mayen","SZ":"An tSuasalainn","SE":"An tSualainn","CH":"An Eilvéis","SY":"Poblacht Arabach na Siria","TW":["Taiwan, Cúige na Síne","Taiwan"],"TJ":"An Táidsíceastáin","TZ":["Poblacht Aontaithe na Tansáine","An Tansáin"],"TH":"An Téalainn","TL":"Tíomór-Leste","TG":"Tóga","TK":"Tokelau","TO":"Tonga","TT":"Oileáin na Tríonóide agus Tobága","TN":"An Túinéis","TR":["An Tuirc","Tuirc"],"TM":"An Tuircméanastáin","TC":"Oileáin na dTurcach agus Caicos","TV":"Tuvalu","UG":"Uganda","UA":"An Úcráin","AE":"Aontas na nÉimíríochtaí Arabacha","GB":["An Ríocht Aontaithe","An Bhreatain Mhór","An Ríocht Aontaithe"],"US":["Stáit Aontaithe Mheiriceá","Stáit Aontaithe","SAM","S.A.M.","US","S.A."],"UM":"Oileáin Imeallacha Stáit Aontaithe","UY":"Uragua","UZ":"An Úisbéiceastáin","VU":"Vanuatú","VE":"Veiniséala","VN":"Vítneam","VG":"Oileáin Bhriotanacha na Maighdean","VI":"Oileáin Mheiriceánacha na Maighdean","WF":"Wallis agus Futuna","EH":"An Sahára Thiar","YE":"Éimin","ZM":"An tSaimbia","ZW":"An tSiombáib","AX":["Oileáin Åland","Oileáin Aland"],"BQ":"Bonaire, Sint Eustatius agus Saba","CW":"Curaçao","GG":"Geansaí","IM":"Oileán Mhanann","JE":"Geirsí","ME":"Montainéagró","BL":"Saint Barthélemy","MF":"Saint Martin (cuid na Fraince)","RS":"An tSeirbia","SX":"Sint Maarten (cuid na hÍsiltíre)","SS":"An tSúdáin Theas","XK":"An Chosaiv"}}');

/***/ }),

/***/ 3898:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"gl","countries":{"AF":"Afganistán","AL":"Albania","DZ":"Alxeria","AS":"Samoa Americana","AD":"Andorra","AO":"Angola","AI":"Anguila","AQ":"Antártida","AG":"Antiga e Barbuda","AR":"Arxentina","AM":"Armenia","AW":"Aruba","AU":"Australia","AT":"Austria","AZ":"Acerbaixán","BS":"Bahamas","BH":"Bahrain","BD":"Bangladesh","BB":"Barbados","BY":"Belarús","BE":"Bélxica","BZ":"Belize","BJ":"Benín","BM":"Bermudas","BT":"Bhután","BO":"Bolivia","BA":"Bosnia e Hercegovina","BW":"Botswana","BV":"Illa Bouvet","BR":"Brasil","IO":"Territorio Británico do Océano Índico","BN":"Brunei","BG":"Bulgaria","BF":"Burkina Faso","BI":"Burundi","KH":"Camboxa","CM":"Camerún","CA":"Canadá","CV":"Cabo Verde","KY":"Illas Caimán","CF":"República Centroafricana","TD":"Chad","CL":"Chile","CN":"China","CX":"Territorio da Illa de Nadal","CC":"Illas Cocos (Keeling)","CO":"Colombia","KM":"Comores","CG":"Congo","CD":"Congo (República Democrática do)","CK":"Illas Cook","CR":"Costa Rica","CI":"Costa do Marfil","HR":"Croacia","CU":"Cuba","CY":"Chipre","CZ":"República Checa","DK":"Dinamarca","DJ":"Djibuti","DM":"Mancomunidade de Dominica","DO":"República Dominicana","EC":"Ecuador","EG":"Exipto","SV":"O Salvador","GQ":"Guinea Ecuatorial","ER":"Eritrea","EE":"Estonia","ET":"Etiopía","FK":"Illas Malvinas","FO":"Illas Feroe","FJ":"Fidxi","FI":"Finlandia","FR":"Francia","GF":"Güiana Francesa","PF":"Polinesia Francesa","TF":"Territorios Austrais Franceses","GA":"Gabón","GM":"Gambia","GE":"Xeorxia","DE":"Alemaña","GH":"Ghana","GI":"Xibraltar","GR":"Grecia","GL":"Groenlandia","GD":"Granada","GP":"Guadalupe","GU":"Territorio de Guam","GT":"Guatemala","GN":"Guinea","GW":"Guinea-Bissau","GY":"Güiana","HT":"República de Haití","HM":"Illas Heard e McDonald","VA":"Santa Sé","HN":"Honduras","HK":"Hong Kong","HU":"Hungría","IS":"Islandia","IN":"India","ID":"Indonesia","IR":"Irán (República Islámica de)","IQ":"Iraq","IE":"Irlanda","IL":"Israel","IT":"Italia","JM":"Xamaica","JP":"Xapón","JO":"Xordania","KZ":"Casaquistán","KE":"Kenya","KI":"Kiribati","KP":"República Popular e Democrática de Corea","KR":"Corea do Sur","KW":"Kuwait","KG":"Kirguizistán","LA":"República Democrática Popular Lao","LV":"Letonia","LB":"Líbano","LS":"Lesoto","LR":"Liberia","LY":"Libia","LI":"Liechtenstein","LT":"Lituania","LU":"Luxemburgo","MO":"Macau","MK":"Macedonia do Norte","MG":"Madagascar","MW":"Malawi","MY":"Malaisia","MV":"República das Maldivas","ML":"Malí","MT":"Malta","MH":"República das Illas Marshall","MQ":"Martinica","MR":"Mauritania","MU":"Mauricio","YT":"Mayotte","MX":"México","FM":"Estados Federados de Micronesia","MD":"Moldova","MC":"Mónaco","MN":"Mongolia","MS":"Montserrat","MA":"Marrocos","MZ":"Mozambique","MM":"Myanmar","NA":"Namibia","NR":"Nauru","NP":"Nepal","NL":"Países Baixos","NC":"Nova Caledonia","NZ":"Nova Zelandia","NI":"Nicaragua","NE":"Níxer","NG":"Nixeria","NU":"Niue","NF":"Illa Norfolk","MP":"Marianas do Norte","NO":"Noruega","OM":"Omán","PK":"Paquistán","PW":"Palau","PS":"Palestina","PA":"Panamá","PG":"Papúa Nova Guinea","PY":"Paraguai","PE":"Perú","PH":"Filipinas","PN":"Illas Pitcairn","PL":"Polonia","PT":"Portugal","PR":"Porto Rico","QA":"Qatar","RE":"Reunión","RO":"Romanía","RU":"Rusia","RW":"Ruanda","SH":"Santa Helena, Ascensión e Tristan da Cunha","KN":"Saint Kitts e Nevis","LC":"Santa Lucía","PM":"San Pedro e Miquelón","VC":"San Vicente e as Granadinas","WS":"Samoa","SM":"San Marino","ST":"San Tomé e Príncipe","SA":"Arabia Saudita","SN":"Senegal","SC":"Seychelles","SL":"Serra Leoa","SG":"Singapur","SK":"Eslovaquia","SI":"Eslovenia","SB":"Illas Salomón","SO":"Somalia","ZA":"Suráfrica","GS":"Illas Xeorxia do Sur e Sandwich do Sur","ES":"España","LK":"Sri Lanka","SD":"Sudán","SR":"Suriname","SJ":"Svalbard e Jan Mayen","SZ":"Swazilandia","SE":"Suecia","CH":"Suiza","SY":"República Árabe Siria","TW":"Taiwán","TJ":"Taxicon","TZ":"Tanzania","TH":"Tailandia","TL":"Timor Leste","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad e Tobago","TN":"Tunisia","TR":"Turquía","TM":"Turkmenistán","TC":"Illas Turks e Caicos","TV":"Tuvalu","UG":"Uganda","UA":"Ucraína","AE":"Emiratos Árabes Unidos","GB":"Reino Unido","US":"Estados Unidos","UM":"Illas Ultramarinas Menores dos Estados Unidos","UY":"Uruguai","UZ":"Uzbekistán","VU":"Vanuatu","VE":"Venezuela","VN":"Vietnam","VG":"Illas Virxes Británicas","VI":"Illas Virxes dos Estados Unidos","WF":"Wallis e Futuna","EH":"Sáhara Occidental","YE":"Iemen","ZM":"Zambia","ZW":"Zimbabwe","AX":"Illas Åland","BQ":"Bonaire, San Eustaquio e Saba","CW":"Curaçao","GG":"Guernsey","IM":"Illa de Man","JE":"Jersey","ME":"Montenegro","BL":"Saint Barthélemy","MF":"San Martiño (francesa)","RS":"Serbia","SX":"Sint Maarten (neerlandesa)","SS":"Sudán do Sur","XK":"Kosovo"}}');

/***/ }),

/***/ 7974:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ha","countries":{"AF":"Afaganistan","AL":"Albaniya","DZ":"Aljeriya","AS":"Samowa Ta Amurka","AD":"Andora","AO":"Angola","AI":"Angila","AQ":"Antarctica","AG":"Antigwa da Barbuba","AR":"Arjantiniya","AM":"Armeniya","AW":"Aruba","AU":"Ostareliya","AT":"Ostiriya","AZ":"Azarbaijan","BS":"Bahamas","BH":"Baharan","BD":"Bangiladas","BB":"Barbadas","BY":"Belarus","BE":"Belgiyom","BZ":"Beliz","BJ":"Binin","BM":"Barmuda","BT":"Butan","BO":"Bolibiya","BA":"Bosniya Harzagobina","BW":"Baswana","BV":"Tsibirin Bouvet","BR":"Birazil","IO":"Yankin Birtaniya Na Tekun Indiya","BN":"Burune","BG":"Bulgariya","BF":"Burkina Faso","BI":"Burundi","KH":"Kambodiya","CM":"Kamaru","CA":"Kanada","CV":"Tsibiran Kap Barde","KY":"Tsibiran Kaiman","CF":"Jamhuriyar Afirka Ta Tsakiya","TD":"Cadi","CL":"Cayile","CN":"Caina, Sin","CX":"Tsibirin Kirsimeti","CC":"Tsibiran Cocos (Keeling)","CO":"Kolambiya","KM":"Kwamoras","CG":"Kongo","CD":"Jamhuriyar Dimokuraɗiyyar Kongo","CK":"Tsibiran Kuku","CR":"Kwasta Rika","CI":"Aibari Kwas","HR":"Kurowaishiya","CU":"Kyuba","CY":"Sifurus","CZ":"Jamhuriyar Cak","DK":"Danmark","DJ":"Jibuti","DM":"Dominika","DO":"Jamhuriyar Dominika","EC":"Ekwador","EG":"Masar, Misira","SV":"El Salbador","GQ":"Gini Ta Ikwaita","ER":"Eritireya","EE":"Estoniya","ET":"Habasha","FK":"Tsibiran Falkilan","FO":"Tsibirin Faroe","FJ":"Fiji","FI":"Finlan","FR":"Faransa","GF":"Gini Ta Faransa","PF":"Folinesiya Ta Faransa","TF":"Southernasashen Kudancin Faransa","GA":"Gabon","GM":"Gambiya","GE":"Jiwarjiya","DE":"Jamus","GH":"Gana","GI":"Jibaraltar","GR":"Girka","GL":"Grinlan","GD":"Girnada","GP":"Gwadaluf","GU":"Gwam","GT":"Gwatamala","GN":"Gini","GW":"Gini Bisau","GY":"Guyana","HT":"Haiti","HM":"Tsibirin Heard da McDonald","VA":"Batikan","HN":"Honduras","HK":"Hong Kong","HU":"Hungari","IS":"Aisalan","IN":"Indiya","ID":"Indunusiya","IR":"Iran","IQ":"Iraƙi","IE":"Ayalan","IL":"Iziraʼila","IT":"Italiya","JM":"Jamaika","JP":"Japan","JO":"Jordan","KZ":"Kazakistan","KE":"Kenya","KI":"Kiribati","KP":"Koreya Ta Arewa","KR":"Koreya Ta Kudu","KW":"Kwiyat","KG":"Kirgizistan","LA":"Lawas","LV":"latibiya","LB":"Labanan","LS":"Lesoto","LR":"Laberiya","LY":"Libiya","LI":"Licansitan","LT":"Lituweniya","LU":"Lukusambur","MO":"Macao","MG":"Madagaskar","MW":"Malawi","MY":"Malaisiya","MV":"Maldibi","ML":"Mali","MT":"Malta","MH":"Tsibiran Marshal","MQ":"Martinik","MR":"Moritaniya","MU":"Moritus","YT":"Mayoti","MX":"Makasiko","FM":"Mikuronesiya","MD":"Maldoba","MC":"Monako","MN":"Mangoliya","MS":"Manserati","MA":"Maroko","MZ":"Mozambik","MM":"Burma, Miyamar","NA":"Namibiya","NR":"Nauru","NP":"Nefal","NL":"Holan","NC":"Kaledoniya Sabuwa","NZ":"Nuzilan","NI":"Nikaraguwa","NE":"Nijar","NG":"Najeriya","NU":"Niyu","NF":"Tsibirin Narfalk","MK":"Masedoniya","MP":"Tsibiran Mariyana Na Arewa","NO":"Norwe","OM":"Oman","PK":"Pakistan","PW":"Palau","PS":"Palasɗinu","PA":"Panama","PG":"Papuwa Nugini","PY":"Paragai","PE":"Peru","PH":"Filipin","PN":"Pitakarin","PL":"Polan","PT":"Portugal","PR":"Porto Riko","QA":"Kwatar","RE":"Rawuniyan","RO":"Romaniya","RU":"Rasha","RW":"Ruwanda","SH":"San Helena","KN":"San Kiti Da Nebis","LC":"San Lusiya","PM":"San Piyar Da Mikelan","VC":"San Binsan Da Girnadin","WS":"Samowa","SM":"San Marino","ST":"Sawo Tome Da Paransip","SA":"Ƙasar Makka","SN":"Sinigal","SC":"Saishal","SL":"Salewo","SG":"Singapur","SK":"Sulobakiya","SI":"Sulobeniya","SB":"Tsibiran Salaman","SO":"Somaliya","ZA":"Afirka Ta Kudu","GS":"Kudancin Georgia da Kudancin Sandwich Island","ES":"Sipen","LK":"Siri Lanka","SD":"Sudan","SR":"Suriname","SJ":"Svalbard da Jan Mayen","SZ":"Suwazilan","SE":"Suwedan","CH":"Suwizalan","SY":"Sham, Siriya","TW":"Taiwan","TJ":"Tajikistan","TZ":"Tanzaniya","TH":"Tailan","TL":"Timor Ta Gabas","TG":"Togo","TK":"Takelau","TO":"Tanga","TT":"Tirinidad Da Tobago","TN":"Tunisiya","TR":"Turkiyya","TM":"Turkumenistan","TC":"Turkis Da Tsibiran Kaikwas","TV":"Tubalu","UG":"Yuganda","UA":"Yukaran","AE":"Haɗaɗɗiyar Daular Larabawa","GB":"Birtaniya","US":"Amurka","UM":"Kananan Tsibiran Amurka","UY":"Yurugai","UZ":"Uzubekistan","VU":"Banuwatu","VE":"Benezuwela","VN":"Biyetinam","VG":"Tsibirin Birjin Na Birtaniya","VI":"Tsibiran Birjin Ta Amurka","WF":"Walis Da Futuna","EH":"Yammacin Sahara","YE":"Yamal","ZM":"Zambiya","ZW":"Zimbabuwe","AX":"Tsibirin Åland","BQ":"Bonaire, Sint Eustatius da Saba","CW":"Curaçao","GG":"Guernsey","IM":"Isle na Man","JE":"Jersey","ME":"Montenegro","BL":"Saint Barthélemy","MF":"Saint Martin (Bangaren Faransa)","RS":"Sabiya","SX":"Sint Maarten (Sashin Yaren mutanen Holland)","SS":"Sudan ta Kudu","XK":"Kosovo"}}');

/***/ }),

/***/ 1994:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"he","countries":{"AF":"אפגניסטן","AX":"איי אולנד","AL":"אלבניה","DZ":"אלג׳יריה","AS":"סמואה האמריקנית","AD":"אנדורה","AO":"אנגולה","AI":"אנגילה","AQ":"אנטארקטיקה","AG":"אנטיגואה וברבודה","AR":"ארגנטינה","AM":"ארמניה","AW":"ארובה","AU":"אוסטרליה","AT":"אוסטריה","AZ":"אזרבייג׳ן","BS":"איי בהאמה","BH":"בחריין","BD":"בנגלדש","BB":"ברבדוס","BY":"בלארוס","BE":"בלגיה","BZ":"בליז","BJ":"בנין","BM":"ברמודה","BT":"בהוטן","BO":"בוליביה","BQ":"האיים הקריביים ההולנדיים","BA":"בוסניה והרצגובינה","BW":"בוצוואנה","BV":"איי בובה","BR":"ברזיל","IO":"הטריטוריה הבריטית באוקיינוס ההודי","BN":"ברוניי","BG":"בולגריה","BF":"בורקינה פאסו","BI":"בורונדי","KH":"קמבודיה","CM":"קמרון","CA":"קנדה","CV":"כף ורדה","KY":"איי קיימן","CF":"הרפובליקה של מרכז אפריקה","TD":"צ׳אד","CL":"צ׳ילה","CN":"סין","CX":"האי כריסטמס","CC":"איי קוקוס (קילינג)","CO":"קולומביה","KM":"קומורו","CG":"קונגו - ברזאויל","CD":"קונגו - קינשאסה","CK":"איי קוק","CR":"קוסטה ריקה","CI":"חוף השנהב","HR":"קרואטיה","CU":"קובה","CW":"קוראסאו","CY":"קפריסין","CZ":"צ׳כיה","DK":"דנמרק","DJ":"ג׳יבוטי","DM":"דומיניקה","DO":"הרפובליקה הדומיניקנית","EC":"אקוודור","EG":"מצרים","SV":"אל סלבדור","GQ":"גינאה המשוונית","ER":"אריתריאה","EE":"אסטוניה","ET":"אתיופיה","FK":"איי פוקלנד","FO":"איי פארו","FJ":"פיג׳י","FI":"פינלנד","FR":"צרפת","GF":"גיאנה הצרפתית","PF":"פולינזיה הצרפתית","TF":"הטריטוריות הדרומיות של צרפת","GA":"גבון","GM":"גמביה","GE":"גאורגיה","DE":"גרמניה","GH":"גאנה","GI":"גיברלטר","GR":"יוון","GL":"גרינלנד","GD":"גרנדה","GP":"גוואדלופ","GU":"גואם","GT":"גואטמלה","GG":"גרנסי","GN":"גינאה","GW":"גינאה ביסאו","GY":"גיאנה","HT":"האיטי","HM":"איי הרד ומקדונלד","VA":"הוותיקן","HN":"הונדורס","HK":"הונג קונג (מחוז מנהלי מיוחד של סין)","HU":"הונגריה","IS":"איסלנד","IN":"הודו","ID":"אינדונזיה","IR":"איראן","IQ":"עיראק","IE":"אירלנד","IM":"האי מאן","IL":"ישראל","IT":"איטליה","JM":"ג׳מייקה","JP":"יפן","JE":"ג׳רסי","JO":"ירדן","KZ":"קזחסטן","KE":"קניה","KI":"קיריבאטי","KP":"קוריאה הצפונית","KR":"קוריאה הדרומית","KW":"כווית","KG":"קירגיזסטן","LA":"לאוס","LV":"לטביה","LB":"לבנון","LS":"לסוטו","LR":"ליבריה","LY":"לוב","LI":"ליכטנשטיין","LT":"ליטא","LU":"לוקסמבורג","MO":"מקאו (מחוז מנהלי מיוחד של סין)","MK":"מקדוניה הצפונית","MG":"מדגסקר","MW":"מלאווי","MY":"מלזיה","MV":"האיים המלדיביים","ML":"מאלי","MT":"מלטה","MH":"איי מרשל","MQ":"מרטיניק","MR":"מאוריטניה","MU":"מאוריציוס","YT":"מאיוט","MX":"מקסיקו","FM":"מיקרונזיה","MD":"מולדובה","MC":"מונקו","MN":"מונגוליה","ME":"מונטנגרו","MS":"מונסראט","MA":"מרוקו","MZ":"מוזמביק","MM":"מיאנמר (בורמה)","NA":"נמיביה","NR":"נאורו","NP":"נפאל","NL":"הולנד","NC":"קלדוניה החדשה","NZ":"ניו זילנד","NI":"ניקרגואה","NE":"ניז׳ר","NG":"ניגריה","NU":"ניווה","NF":"איי נורפוק","MP":"איי מריאנה הצפוניים","NO":"נורווגיה","OM":"עומאן","PK":"פקיסטן","PW":"פלאו","PS":"השטחים הפלסטיניים","PA":"פנמה","PG":"פפואה גינאה החדשה","PY":"פרגוואי","PE":"פרו","PH":"הפיליפינים","PN":"איי פיטקרן","PL":"פולין","PT":"פורטוגל","PR":"פוארטו ריקו","QA":"קטאר","RE":"ראוניון","RO":"רומניה","RU":"רוסיה","RW":"רואנדה","BL":"סנט ברתולומיאו","SH":"סנט הלנה","KN":"סנט קיטס ונוויס","LC":"סנט לוסיה","MF":"סן מרטן","PM":"סנט פייר ומיקלון","VC":"סנט וינסנט והגרנדינים","WS":"סמואה","SM":"סן מרינו","ST":"סאו טומה ופרינסיפה","SA":"ערב הסעודית","SN":"סנגל","RS":"סרביה","SC":"איי סיישל","SL":"סיירה לאונה","SG":"סינגפור","SX":"סנט מארטן","SK":"סלובקיה","SI":"סלובניה","SB":"איי שלמה","SO":"סומליה","ZA":"דרום אפריקה","GS":"ג׳ורג׳יה הדרומית ואיי סנדוויץ׳ הדרומיים","SS":"דרום סודן","ES":"ספרד","LK":"סרי לנקה","SD":"סודן","SR":"סורינם","SJ":"סוולבארד ויאן מאיין","SZ":"סווזילנד","SE":"שוודיה","CH":"שווייץ","SY":"סוריה","TW":"טייוואן","TJ":"טג׳יקיסטן","TZ":"טנזניה","TH":"תאילנד","TL":"טימור לסטה","TG":"טוגו","TK":"טוקלאו","TO":"טונגה","TT":"טרינידד וטובגו","TN":"טוניסיה","TR":"טורקיה","TM":"טורקמניסטן","TC":"איי טורקס וקאיקוס","TV":"טובאלו","UG":"אוגנדה","UA":"אוקראינה","AE":["איחוד האמירויות הערביות","איחוד האמירויות"],"GB":"הממלכה המאוחדת","US":["ארצות הברית","ארהב","ארה״ב"],"UM":"האיים המרוחקים הקטנים של ארה״ב","UY":"אורוגוואי","UZ":"אוזבקיסטן","VU":"ונואטו","VE":"ונצואלה","VN":"וייטנאם","VG":"איי הבתולה הבריטיים","VI":"איי הבתולה של ארצות הברית","WF":"איי ווליס ופוטונה","EH":"סהרה המערבית","YE":"תימן","ZM":"זמביה","ZW":"זימבבואה","XK":"קוסובו"}}');

/***/ }),

/***/ 1070:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"hi","countries":{"AD":"अंडोरा","AE":"संयुक्त अरब अमीरात","AF":"अफगानिस्तान","AG":"एंटीगुआ और बारबूडा","AI":"अंग्विला","AL":"अल्बानिया","AM":"अर्मेनिया","AO":"अंगोला","AQ":"अंटार्टिका","AR":"अर्जेंटिना","AS":"अमेरिकान सामोआ","AT":"आस्ट्रिया","AU":"आस्ट्रेलिया","AW":"अरुबा","AX":"ऑलैण्ड द्वीपसमूह","AZ":"अजरबेजान","BA":"बोस्निया हर्जेगोविना","BB":"बार्बाडोस","BD":"बांग्लादेश","BE":"बेल्जियम","BF":"बुर्किना फासो","BG":"बल्गारिया","BH":"बहरीन","BI":"बुरुंडी","BJ":"बानिन","BL":"सेंट_बार्थेलेमी","BM":"बर्मूडा","BN":"ब्रुनेई","BO":"बोलिविया","BQ":"कैरिबियन नीदरलैंड","BR":"ब्राजील","BS":"बहामास","BT":"भूटान","BV":"बाउवेट","BW":"बोत्सवाना","BY":"बेलारुस","BZ":"बेलिजे","CA":"कनाडा","CC":"कोकोस (कीलिंग) द्वीप","CD":"कांगो लोकतान्त्रिक गणराज्य","CF":"सेंट्रल अफ्रीका गणतंत्र","CG":"कांगो","CH":"स्विट्जरलैंड","CI":"आइवरी कोस्ट","CK":"कुक द्वीप","CL":"चिली","CM":"कैमरून","CN":"चीन","CO":"कोलंबिया","CR":"कोस्टा रिका","CU":"क्यूबा","CV":"केप वर्दे","CW":"कुराकाओ","CX":"क्रिसमस द्वीप","CY":"साइप्रस","CZ":"चेक","DE":"जर्मनी","DJ":"जिबॉती","DK":"डैनमार्क","DM":"डोमिनिक","DO":"डोमिनिक गणतंत्र","DZ":"अल्जीरिया","EC":"इक्वाडोर","EE":"एस्तोनिया","EG":"मिस्र","EH":"पश्चिमी सहारा","ER":"एरिट्रेया","ES":"स्पेन","ET":"इथियोपिया","FI":"फिनलैंड","FJ":"फिजी","FK":"फाकलैंड द्वीप समूह (मालविनास)","FM":"माइक्रोनेशिया","FO":"फराओ द्वीप समूह","FR":"फ्रांस","GA":"गैबोन","GB":"ग्रेट ब्रिटेन","GD":"ग्रेनेडा","GE":"जॉर्जिया","GF":"फ्रेंच गुआना","GG":"ग्वेर्नसे","GH":"घाना","GI":"जिब्राल्टर","GL":"ग्रीनलैंड","GM":"गाम्बिया","GN":"गिनी","GP":"ग्वाडेलोप","GQ":"एक्वेटोरियल गिनी","GR":"यूनान","GS":"दक्षिण जॉर्जिया और दक्षिण सैंडविच द्वीप समूह","GT":"ग्वाटेमाला","GU":"ग्वाम","GW":"गिनी-बिसाउ","GY":"गुआना","HK":"हांग कांग","HM":"हर्ड एंड मैकडोनाल्ड द्वीपसमूह","HN":"होंडुरास","HR":"क्रोएशिया","HT":"हैती","HU":"हंगरी","ID":"इंडोनेशिया","IE":"आयरलैंड","IL":"इजराइल","IM":"आइसल ऑफ मैन","IN":"भारत","IO":"ब्रितानी हिंद महासागरीय क्षेत्र","IQ":"इराक","IR":"ईरान","IS":"आइसलैंड","IT":"इटली","JE":"जर्सी","JM":"जमैका","JO":"जॉर्डन","JP":"जापान","KE":"केन्या","KG":"किर्जिस्तान","KH":"कंबोडिया","KI":"किरिबिती","KM":"कोमोरोस","KN":"सेंट किट्स एंड नेविस","KP":"उत्तर कोरिया","KR":"दक्षिण कोरिया","KW":"कुवैत","KY":"केमैन आइसलैंड्स","KZ":"कज़ाखिस्तान","LA":"लाओस","LB":"लेबनान","LC":"सेंट लुसिया","LI":"लिक्टेनिस्टीन","LK":"श्री लंका","LR":"लाइबेरिया","LS":"लेसोथो","LT":"लिथुआनिया","LU":"लक्जमबर्ग","LV":"लात्विया","LY":"लीबिया","MA":"मोरक्को","MC":"मोनाको","MD":"मोलदोवा","ME":"मोंटेनेग्रो","MF":"सेंट मार्टिन की सामूहिकता","MG":"मैडागास्कर","MH":"मार्शल द्वीपसमूह","MK":"मकदूनिया","ML":"माली","MM":"म्यामांर (बर्मा)","MN":"मंगोलिया","MO":"मकाओ","MP":"उत्तर मैरिना द्वीपसमूह","MQ":"मार्टिनिक","MR":"मॉरितानिया","MS":"मोंटसेराट","MT":"माल्टा","MU":"मारीशस","MV":"मालदीव","MW":"मालावी","MX":"मेक्सिको","MY":"मलयेशिया","MZ":"मोजांबिक","NA":"नामीबिया","NC":"न्यू कैलेडोनिया","NE":"नाइजर","NF":"नोरफॉक द्वीप","NG":"नाइजीरिया","NI":"निकारागुआ","NL":"नीदरलैंड्स","NO":"नॉर्वे","NP":"नेपाल","NR":"नाउरू","NU":"नियू","NZ":"न्यूजीलैंड","OM":"ओमान","PA":"पनामा","PE":"पेरू","PF":"फ्रैंच गुआना","PG":"पापुआ न्यू गिनी","PH":"फिलीपींस","PK":"पाकिस्तान","PL":"पोलैंड","PM":"सेंट पिएरे एंड मिक्वेलॉन","PN":"पिटकैर्न द्वीपसमूह","PR":"पुएर्तो रिको","PS":"फिलिस्तीन राज्य","PT":"पुर्तगाल","PW":"पलाउ","PY":"पराग्वे","QA":"क़तार","RE":"रीयूनियन","RO":"रोमानिया","RS":"सर्बिया","RU":"रूस","RW":"रवांडा","SA":"सऊदी अरब","SB":"सोलोमन द्वीपसमूह","SC":"सेशेल्स","SD":"सूडान","SE":"स्वीडन","SG":"सिंगापुर","SH":"सेंट हेलेना","SI":"स्लोवानिया","SJ":"स्यालबार्ड (स्यालबार्ड एंड जन मावेम)","SK":"स्लोवाकिया","SL":"सियारा लिओन","SM":"सैन मारिनो","SN":"सेनेगल","SO":"सोमालिया","SR":"सूरीनाम","SS":"दक्षिण सूडान","ST":"साओ टॉम एंड प्रिंसिपी","SV":"सल्वाडोर","SX":"सिण्ट मार्टेन","SY":"सीरिया","SZ":"स्वाजीलैंड","TC":"तुर्क एंड कैकोस द्वीपसमूह","TD":"चाड","TF":"फ्रांसीसी दक्षिणी क्षेत्र","TG":"टोगो","TH":"थाईलैंड","TJ":"तज़ाकिस्तान","TK":"टोकेलू","TL":"पूर्वी तिमोर","TM":"तुर्कमेनिस्तान","TN":"ट्यूनीशिया","TO":"टोंगा","TR":"तुर्की","TT":"ट्रिनिडाड एंड टोबैगो","TV":"तुवालू","TW":"ताइवान","TZ":"तंजानिया","UA":"उक्रेन","UG":"उगांडा","UM":"यूएस माइनर आउटलाइंग द्वीपसमूह","US":"यूएसए (संयुक्त राज्य अमेरिका)","UY":"उरुग्वे","UZ":"उजबेकिस्तान","VA":"वेटिकन","VC":"सेंट विंसेंट एंड द ग्रेनेंडाइन्स","VE":"वेनेजुएला","VG":"ब्रितानी वर्जिन द्वीपसमूह","VI":"अमेरिकी वर्जिन द्वीपसमूह","VN":"विएतनाम","VU":"वनातू","WF":"वालीज एंड फुटुना","WS":"पश्चिमी सामोआ","XK":"कोसोवो","YE":"यमन","YT":"मायोते","ZA":"दक्षिण अफ्रीका","ZM":"जाम्बिया","ZW":"जिंबावे"}}');

/***/ }),

/***/ 311:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"hr","countries":{"AD":"Andora","AE":"Ujedinjeni Arapski Emirati","AF":"Afganistan","AG":"Antigva i Barbuda","AI":"Angvila","AL":"Albanija","AM":"Armenija","AO":"Angola","AQ":"Antarktika","AR":"Argentina","AS":"Američka Samoa","AT":"Austrija","AU":"Australija","AW":"Aruba","AX":"Ålandski otoci","AZ":"Azerbajdžan","BA":"Bosna i Hercegovina","BB":"Barbados","BD":"Bangladeš","BE":"Belgija","BF":"Burkina Faso","BG":"Bugarska","BH":"Bahrein","BI":"Burundi","BJ":"Benin","BL":"Saint Barthélemy","BM":"Bermudi","BN":"Brunej","BO":"Bolivija","BQ":"Karipski otoci Nizozemske","BR":"Brazil","BS":"Bahami","BT":"Butan","BV":"Otok Bouvet","BW":"Bocvana","BY":"Bjelorusija","BZ":"Belize","CA":"Kanada","CC":"Kokosovi (Keelingovi) otoci","CD":"Kongo - Kinshasa","CF":"Srednjoafrička Republika","CG":"Kongo - Brazzaville","CH":"Švicarska","CI":"Obala Bjelokosti","CK":"Cookovi Otoci","CL":"Čile","CM":"Kamerun","CN":"Kina","CO":"Kolumbija","CR":"Kostarika","CU":"Kuba","CV":"Zelenortska Republika","CW":"Curaçao","CX":"Božićni otok","CY":"Cipar","CZ":"Češka","DE":"Njemačka","DJ":"Džibuti","DK":"Danska","DM":"Dominika","DO":"Dominikanska Republika","DZ":"Alžir","EC":"Ekvador","EE":"Estonija","EG":"Egipat","EH":"Zapadna Sahara","ER":"Eritreja","ES":"Španjolska","ET":"Etiopija","FI":"Finska","FJ":"Fidži","FK":"Falklandski otoci","FM":"Mikronezija","FO":"Farski otoci","FR":"Francuska","GA":"Gabon","GB":"Ujedinjeno Kraljevstvo","GD":"Grenada","GE":"Gruzija","GF":"Francuska Gijana","GG":"Guernsey","GH":"Gana","GI":"Gibraltar","GL":"Grenland","GM":"Gambija","GN":"Gvineja","GP":"Guadalupe","GQ":"Ekvatorska Gvineja","GR":"Grčka","GS":"Južna Georgija i Južni Sendvički Otoci","GT":"Gvatemala","GU":"Guam","GW":"Gvineja Bisau","GY":"Gvajana","HK":"PUP Hong Kong Kina","HM":"Otoci Heard i McDonald","HN":"Honduras","HR":"Hrvatska","HT":"Haiti","HU":"Mađarska","ID":"Indonezija","IE":"Irska","IL":"Izrael","IM":"Otok Man","IN":"Indija","IO":"Britanski Indijskooceanski teritorij","IQ":"Irak","IR":"Iran","IS":"Island","IT":"Italija","JE":"Jersey","JM":"Jamajka","JO":"Jordan","JP":"Japan","KE":"Kenija","KG":"Kirgistan","KH":"Kambodža","KI":"Kiribati","KM":"Komori","KN":"Sveti Kristofor i Nevis","KP":"Sjeverna Koreja","KR":"Južna Koreja","KW":"Kuvajt","KY":"Kajmanski otoci","KZ":"Kazahstan","LA":"Laos","LB":"Libanon","LC":"Sveta Lucija","LI":"Lihtenštajn","LK":"Šri Lanka","LR":"Liberija","LS":"Lesoto","LT":"Litva","LU":"Luksemburg","LV":"Latvija","LY":"Libija","MA":"Maroko","MC":"Monako","MD":"Moldavija","ME":"Crna Gora","MF":"Saint Martin","MG":"Madagaskar","MH":"Maršalovi Otoci","MK":"Sjeverna Makedonija","ML":"Mali","MM":"Mjanmar (Burma)","MN":"Mongolija","MO":"PUP Makao Kina","MP":"Sjevernomarijanski otoci","MQ":"Martinique","MR":"Mauretanija","MS":"Montserrat","MT":"Malta","MU":"Mauricijus","MV":"Maldivi","MW":"Malavi","MX":"Meksiko","MY":"Malezija","MZ":"Mozambik","NA":"Namibija","NC":"Nova Kaledonija","NE":"Niger","NF":"Otok Norfolk","NG":"Nigerija","NI":"Nikaragva","NL":"Nizozemska","NO":"Norveška","NP":"Nepal","NR":"Nauru","NU":"Niue","NZ":"Novi Zeland","OM":"Oman","PA":"Panama","PE":"Peru","PF":"Francuska Polinezija","PG":"Papua Nova Gvineja","PH":"Filipini","PK":"Pakistan","PL":"Poljska","PM":"Saint-Pierre-et-Miquelon","PN":"Otoci Pitcairn","PR":"Portoriko","PS":"Palestinsko Područje","PT":"Portugal","PW":"Palau","PY":"Paragvaj","QA":"Katar","RE":"Réunion","RO":"Rumunjska","RS":"Srbija","RU":"Rusija","RW":"Ruanda","SA":"Saudijska Arabija","SB":"Salomonski Otoci","SC":"Sejšeli","SD":"Sudan","SE":"Švedska","SG":"Singapur","SH":"Sveta Helena","SI":"Slovenija","SJ":"Svalbard i Jan Mayen","SK":"Slovačka","SL":"Sijera Leone","SM":"San Marino","SN":"Senegal","SO":"Somalija","SR":"Surinam","SS":"Južni Sudan","ST":"Sveti Toma i Princip","SV":"Salvador","SX":"Sint Maarten","SY":"Sirija","SZ":"Svazi","TC":"Otoci Turks i Caicos","TD":"Čad","TF":"Francuski južni i antarktički teritoriji","TG":"Togo","TH":"Tajland","TJ":"Tadžikistan","TK":"Tokelau","TL":"Timor-Leste","TM":"Turkmenistan","TN":"Tunis","TO":"Tonga","TR":"Turska","TT":"Trinidad i Tobago","TV":"Tuvalu","TW":"Tajvan","TZ":"Tanzanija","UA":"Ukrajina","UG":"Uganda","UM":"Mali udaljeni otoci SAD-a","US":"Sjedinjene Američke Države","UY":"Urugvaj","UZ":"Uzbekistan","VA":"Vatikanski Grad","VC":"Sveti Vincent i Grenadini","VE":"Venezuela","VG":"Britanski Djevičanski otoci","VI":"Američki Djevičanski otoci","VN":"Vijetnam","VU":"Vanuatu","WF":"Wallis i Futuna","WS":"Samoa","XK":"Kosovo","YE":"Jemen","YT":"Mayotte","ZA":"Južnoafrička Republika","ZM":"Zambija","ZW":"Zimbabve"}}');

/***/ }),

/***/ 8266:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"hu","countries":{"AF":"Afganisztán","AL":"Albánia","DZ":"Algéria","AS":"Amerikai Szamoa","AD":"Andorra","AO":"Angola","AI":"Anguilla","AQ":"Antarktisz","AG":"Antigua és Barbuda","AR":"Argentína","AM":"Örményország","AW":"Aruba","AU":"Ausztrália","AT":"Ausztria","AZ":"Azerbajdzsán","BS":"Bahama-szigetek","BH":"Bahrein","BD":"Banglades","BB":"Barbados","BY":"Fehéroroszország","BE":"Belgium","BZ":"Belize","BJ":"Benin","BM":"Bermuda","BT":"Bhután","BO":"Bolívia","BA":"Bosznia-Hercegovina","BW":"Botswana","BV":"Bouvet-sziget","BR":"Brazília","IO":"Brit Indiai-óceáni Terület","BN":"Brunei","BG":"Bulgária","BF":"Burkina Faso","BI":"Burundi","KH":"Kambodzsa","CM":"Kamerun","CA":"Kanada","CV":"Zöld-foki Köztársaság","KY":"Kajmán-szigetek","CF":"Közép-afrikai Köztársaság","TD":"Csád","CL":"Chile","CN":"Kína","CX":"Karácsony-sziget","CC":"Kókusz (Keeling)-szigetek","CO":"Kolumbia","KM":"Comore-szigetek","CG":"Kongói Köztársaság","CD":"Kongói Demokratikus Köztársaság","CK":"Cook-szigetek","CR":"Costa Rica","CI":"Elefántcsontpart","HR":"Horvátország","CU":"Kuba","CY":"Ciprus","CZ":"Csehország","DK":"Dánia","DJ":"Dzsibuti","DM":"Dominikai Közösség","DO":"Dominikai Köztársaság","EC":"Ecuador","EG":"Egyiptom","SV":"Salvador","GQ":"Egyenlítői-Guinea","ER":"Eritrea","EE":"Észtország","ET":"Etiópia","FK":"Falkland-szigetek","FO":"Feröer","FJ":"Fidzsi-szigetek","FI":"Finnország","FR":"Franciaország","GF":"Francia Guyana","PF":"Francia Polinézia","TF":"Francia déli területek","GA":"Gabon","GM":"Gambia","GE":"Grúzia","DE":"Németország","GH":"Ghána","GI":"Gibraltár","GR":"Görögország","GL":"Grönland","GD":"Grenada","GP":"Guadeloupe","GU":"Guam","GT":"Guatemala","GN":"Guinea","GW":"Bissau-Guinea","GY":"Guyana","HT":"Haiti","HM":"Heard-sziget és McDonald-szigetek","VA":"Vatikán","HN":"Honduras","HK":"Hong Kong","HU":"Magyarország","IS":"Izland","IN":"India","ID":"Indonézia","IR":"Irán","IQ":"Irak","IE":"Írország","IL":"Izrael","IT":"Olaszország","JM":"Jamaica","JP":"Japán","JO":"Jordánia","KZ":"Kazahsztán","KE":"Kenya","KI":"Kiribati","KP":"Észak-Korea","KR":"Dél-Korea","KW":"Kuvait","KG":"Kirgizisztán","LA":"Laosz","LV":"Lettország","LB":"Libanon","LS":"Lesotho","LR":"Libéria","LY":"Líbia","LI":"Liechtenstein","LT":"Litvánia","LU":"Luxemburg","MO":"Makao","MK":"Észak-Macedónia","MG":"Madagaszkár","MW":"Malawi","MY":"Malajzia","MV":"Maldív-szigetek","ML":"Mali","MT":"Málta","MH":"Marshall-szigetek","MQ":"Martinique","MR":"Mauritánia","MU":"Mauritius","YT":"Mayotte","MX":"Mexikó","FM":"Mikronéziai Szövetségi Államok","MD":"Moldova","MC":"Monaco","MN":"Mongólia","MS":"Montserrat","MA":"Marokkó","MZ":"Mozambik","MM":"Mianmar","NA":"Namíbia","NR":"Nauru","NP":"Nepál","NL":"Hollandia","NC":"Új-Kaledónia","NZ":"Új-Zéland","NI":"Nicaragua","NE":"Niger","NG":"Nigéria","NU":"Niue","NF":"Norfolk-sziget","MP":"Északi-Mariana-szigetek","NO":"Norvégia","OM":"Omán","PK":"Pakisztán","PW":"Palau","PS":"Palesztina","PA":"Panama","PG":"Pápua Új-Guinea","PY":"Paraguay","PE":"Peru","PH":"Fülöp-szigetek","PN":"Pitcairn-szigetek","PL":"Lengyelország","PT":"Portugália","PR":"Puerto Rico","QA":"Katar","RE":"Réunion","RO":"Románia","RU":"Oroszország","RW":"Ruanda","SH":"Saint Helena","KN":"Saint Kitts és Nevis","LC":"Saint Lucia","PM":"Saint Pierre and Miquelon","VC":"Saint Vincent és a Grenadine-szigetek","WS":"Szamoa","SM":"San Marino","ST":"São Tomé és Príncipe","SA":"Szaudi-Arábia","SN":"Szenegál","SC":"Seychelle-szigetek","SL":"Sierra Leone","SG":"Szingapúr","SK":"Szlovákia","SI":"Szlovénia","SB":"Salamon-szigetek","SO":"Szomália","ZA":"Dél-Afrika","GS":"Déli-Georgia és Déli-Sandwich-szigetek","ES":"Spanyolország","LK":"Sri Lanka","SD":"Szudán","SR":"Suriname","SJ":"Spitzbergák és Jan Mayen","SZ":"Szváziföld","SE":"Svédország","CH":"Svájc","SY":"Szíria","TW":"Tajvan","TJ":"Tádzsikisztán","TZ":"Tanzánia","TH":"Thaiföld","TL":"Kelet-Timor","TG":"Togo","TK":"Tokelau-szigetek","TO":"Tonga","TT":"Trinidad és Tobago","TN":"Tunézia","TR":"Törökország","TM":"Türkmenisztán","TC":"Turks- és Caicos-szigetek","TV":"Tuvalu","UG":"Uganda","UA":"Ukrajna","AE":"Egyesült Arab Emírségek","GB":"Egyesült Királyság","US":"Amerikai Egyesült Államok","UM":"Az Amerikai Egyesült Államok lakatlan külbirtokai","UY":"Uruguay","UZ":"Üzbegisztán","VU":"Vanuatu","VE":"Venezuela","VN":"Vietnam","VG":"Brit Virgin-szigetek","VI":"Amerikai Virgin-szigetek","WF":"Wallis és Futuna","EH":"Nyugat-Szahara","YE":"Jemen","ZM":"Zambia","ZW":"Zimbabwe","AX":"Åland","BQ":"Karibi Hollandia","CW":"Curaçao","GG":"Guernsey","IM":"Man-sziget","JE":"Jersey","ME":"Montenegró","BL":"Saint Barthélemy","MF":"Szent Márton-sziget (francia rész)","RS":"Szerbia","SX":"Szent Márton-sziget (holland rész)","SS":"Dél-Szudán","XK":"Koszovó"}}');

/***/ }),

/***/ 8942:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"hy","countries":{"AD":"Անդորրա","AE":"Արաբական Միացյալ Էմիրություններ","AF":"Աֆղանստան","AG":"Անտիգուա և Բարբուդա","AI":"Անգուիլա","AL":"Ալբանիա","AM":"Հայաստան","AO":"Անգոլա","AQ":"Անտարկտիդա","AR":"Արգենտինա","AS":"Ամերիկյան Սամոա","AT":"Ավստրիա","AU":"Ավստրալիա","AW":"Արուբա","AX":"Ալանդյան կղզիներ","AZ":"Ադրբեջան","BA":"Բոսնիա և Հերցեգովինա","BB":"Բարբադոս","BD":"Բանգլադեշ","BE":"Բելգիա","BF":"Բուրկինա Ֆասո","BG":"Բուլղարիա","BH":"Բահրեյն","BI":"Բուրունդի","BJ":"Բենին","BL":"Սեն Բարտելմի","BM":"Բերմուդներ","BN":"Բրունեյ","BO":"Բոլիվիա","BQ":"Կարիբյան Նիդեռլանդներ","BR":"Բրազիլիա","BS":"Բահամաներ","BT":"Բութան","BV":"Բուվե կղզի","BW":"Բոթսվանա","BY":"Բելառուս","BZ":"Բելիզ","CA":"Կանադա","CC":"Կոկոսյան (Քիլինգ) կղզիներ","CD":"Կոնգո - Կինշասա","CF":"Կենտրոնական Աֆրիկյան Հանրապետություն","CG":"Կոնգո - Բրազավիլ","CH":"Շվեյցարիա","CI":"Կոտ դ’Իվուար","CK":"Կուկի կղզիներ","CL":"Չիլի","CM":"Կամերուն","CN":"Չինաստան","CO":"Կոլումբիա","CR":"Կոստա Ռիկա","CU":"Կուբա","CV":"Կաբո Վերդե","CW":"Կյուրասաո","CX":"Սուրբ Ծննդյան կղզի","CY":"Կիպրոս","CZ":"Չեխիա","DE":"Գերմանիա","DJ":"Ջիբութի","DK":"Դանիա","DM":"Դոմինիկա","DO":"Դոմինիկյան Հանրապետություն","DZ":"Ալժիր","EC":"Էկվադոր","EE":"Էստոնիա","EG":"Եգիպտոս","EH":"Արևմտյան Սահարա","ER":"Էրիթրեա","ES":"Իսպանիա","ET":"Եթովպիա","FI":"Ֆինլանդիա","FJ":"Ֆիջի","FK":"Ֆոլքլենդյան կղզիներ","FM":"Միկրոնեզիա","FO":"Ֆարերյան կղզիներ","FR":"Ֆրանսիա","GA":"Գաբոն","GB":"Միացյալ Թագավորություն","GD":"Գրենադա","GE":"Վրաստան","GF":"Ֆրանսիական Գվիանա","GG":"Գերնսի","GH":"Գանա","GI":"Ջիբրալթար","GL":"Գրենլանդիա","GM":"Գամբիա","GN":"Գվինեա","GP":"Գվադելուպա","GQ":"Հասարակածային Գվինեա","GR":"Հունաստան","GS":"Հարավային Ջորջիա և Հարավային Սենդվիչյան կղզիներ","GT":"Գվատեմալա","GU":"Գուամ","GW":"Գվինեա-Բիսսաու","GY":"Գայանա","HK":"Հոնկոնգի ՀՎՇ","HM":"Հերդ կղզի և ՄակԴոնալդի կղզիներ","HN":"Հոնդուրաս","HR":"Խորվաթիա","HT":"Հայիթի","HU":"Հունգարիա","ID":"Ինդոնեզիա","IE":"Իռլանդիա","IL":"Իսրայել","IM":"Մեն կղզի","IN":"Հնդկաստան","IO":"Բրիտանական Տարածք Հնդկական Օվկիանոսում","IQ":"Իրաք","IR":"Իրան","IS":"Իսլանդիա","IT":"Իտալիա","JE":"Ջերսի","JM":"Ճամայկա","JO":"Հորդանան","JP":"Ճապոնիա","KE":"Քենիա","KG":"Ղրղզստան","KH":"Կամբոջա","KI":"Կիրիբատի","KM":"Կոմորյան կղզիներ","KN":"Սենտ Քիտս և Նևիս","KP":"Հյուսիսային Կորեա","KR":"Հարավային Կորեա","KW":"Քուվեյթ","KY":"Կայմանյան կղզիներ","KZ":"Ղազախստան","LA":"Լաոս","LB":"Լիբանան","LC":"Սենթ Լյուսիա","LI":"Լիխտենշտեյն","LK":"Շրի Լանկա","LR":"Լիբերիա","LS":"Լեսոտո","LT":"Լիտվա","LU":"Լյուքսեմբուրգ","LV":"Լատվիա","LY":"Լիբիա","MA":"Մարոկկո","MC":"Մոնակո","MD":"Մոլդովա","ME":"Չեռնոգորիա","MF":"Սեն Մարտեն","MG":"Մադագասկար","MH":"Մարշալյան կղզիներ","MK":"Հյուսիսային Մակեդոնիա","ML":"Մալի","MM":"Մյանմա (Բիրմա)","MN":"Մոնղոլիա","MO":"Չինաստանի Մակաո ՀՎՇ","MP":"Հյուսիսային Մարիանյան կղզիներ","MQ":"Մարտինիկա","MR":"Մավրիտանիա","MS":"Մոնսեռատ","MT":"Մալթա","MU":"Մավրիկիոս","MV":"Մալդիվներ","MW":"Մալավի","MX":"Մեքսիկա","MY":"Մալայզիա","MZ":"Մոզամբիկ","NA":"Նամիբիա","NC":"Նոր Կալեդոնիա","NE":"Նիգեր","NF":"Նորֆոլկ կղզի","NG":"Նիգերիա","NI":"Նիկարագուա","NL":"Նիդեռլանդներ","NO":"Նորվեգիա","NP":"Նեպալ","NR":"Նաուրու","NU":"Նիուե","NZ":"Նոր Զելանդիա","OM":"Օման","PA":"Պանամա","PE":"Պերու","PF":"Ֆրանսիական Պոլինեզիա","PG":"Պապուա Նոր Գվինեա","PH":"Ֆիլիպիններ","PK":"Պակիստան","PL":"Լեհաստան","PM":"Սեն Պիեռ և Միքելոն","PN":"Պիտկեռն կղզիներ","PR":"Պուերտո Ռիկո","PS":"Պաղեստինյան տարածքներ","PT":"Պորտուգալիա","PW":"Պալաու","PY":"Պարագվայ","QA":"Կատար","RE":"Ռեյունիոն","RO":"Ռումինիա","RS":"Սերբիա","RU":"Ռուսաստան","RW":"Ռուանդա","SA":"Սաուդյան Արաբիա","SB":"Սողոմոնյան կղզիներ","SC":"Սեյշելներ","SD":"Սուդան","SE":"Շվեդիա","SG":"Սինգապուր","SH":"Սուրբ Հեղինեի կղզի","SI":"Սլովենիա","SJ":"Սվալբարդ և Յան Մայեն","SK":"Սլովակիա","SL":"Սիեռա Լեոնե","SM":"Սան Մարինո","SN":"Սենեգալ","SO":"Սոմալի","SR":"Սուրինամ","SS":"Հարավային Սուդան","ST":"Սան Տոմե և Փրինսիպի","SV":"Սալվադոր","SX":"Սինտ Մարտեն","SY":"Սիրիա","SZ":"Սվազիլենդ","TC":"Թըրքս և Կայկոս կղզիներ","TD":"Չադ","TF":"Ֆրանսիական Հարավային Տարածքներ","TG":"Տոգո","TH":"Թայլանդ","TJ":"Տաջիկստան","TK":"Տոկելաու","TL":"Թիմոր Լեշտի","TM":"Թուրքմենստան","TN":"Թունիս","TO":"Տոնգա","TR":"Թուրքիա","TT":"Տրինիդադ և Տոբագո","TV":"Տուվալու","TW":"Թայվան","TZ":"Տանզանիա","UA":"Ուկրաինա","UG":"Ուգանդա","UM":"Արտաքին կղզիներ (ԱՄՆ)","US":"Միացյալ Նահանգներ","UY":"Ուրուգվայ","UZ":"Ուզբեկստան","VA":"Վատիկան","VC":"Սենթ Վինսենթ և Գրենադիններ","VE":"Վենեսուելա","VG":"Բրիտանական Վիրջինյան կղզիներ","VI":"ԱՄՆ Վիրջինյան կղզիներ","VN":"Վիետնամ","VU":"Վանուատու","WF":"Ուոլիս և Ֆուտունա","WS":"Սամոա","XK":"Կոսովո","YE":"Եմեն","YT":"Մայոտ","ZA":"Հարավաֆրիկյան Հանրապետություն","ZM":"Զամբիա","ZW":"Զիմբաբվե"}}');

/***/ }),

/***/ 7048:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"id","countries":{"AF":"Afghanistan","AL":"Albania","DZ":"Algeria","AS":"Samoa Amerika","AD":"Andorra","AO":"Angola","AI":"Anguilla","AQ":"Antarctica","AG":"Antigua dan Barbuda","AR":"Argentina","AM":"Armenia","AW":"Aruba","AU":"Australia","AT":"Austria","AZ":"Azerbaijan","BS":"Bahama","BH":"Bahrain","BD":"Bangladesh","BB":"Barbados","BY":"Belarusia","BE":"Belgia","BZ":"Belize","BJ":"Benin","BM":"Bermuda","BT":"Bhutan","BO":"Bolivia","BA":"Bosnia dan Herzegovina","BW":"Botswana","BV":"Kepulauan Bouvet","BR":"Brasil","IO":"Teritori Samudra Hindia Britania","BN":"Brunei Darussalam","BG":"Bulgaria","BF":"Burkina Faso","BI":"Burundi","KH":"Kamboja","CM":"Kamerun","CA":"Kanada","CV":"Tanjung Verde","KY":"Kepulauan Cayman","CF":"Afrika Tengah","TD":"Chad","CL":"Chile","CN":"China","CX":"Pulau Natal","CC":"Kepulauan Cocos (Keeling)","CO":"Kolombia","KM":"Komoro","CG":"Kongo","CD":"Republik Demokratik Kongo","CK":"Kepulauan Cook","CR":"Kosta Rika","CI":"Pantai Gading","HR":"Kroasia","CU":"Kuba","CY":"Siprus","CZ":"Republik Ceko","DK":"Denmark","DJ":"Djibouti","DM":"Dominika","DO":"Republik Dominika","EC":"Ekuador","EG":"Mesir","SV":"El Salvador","GQ":"Guinea Khatulistiwa","ER":"Eritrea","EE":"Estonia","ET":"Ethiopia","FK":"Kepulauan Falkland(Malvinas)","FO":"Kepulauan Faroe","FJ":"Fiji","FI":"Finlandia","FR":"Perancis","GF":"Guyana Perancis","PF":"Polinesia Perancis","TF":"Antartika Perancis","GA":"Gabon","GM":"Gambia","GE":"Georgia","DE":"Jerman","GH":"Ghana","GI":"Gibraltar","GR":"Yunani","GL":"Greenland","GD":"Grenada","GP":"Guadeloupe","GU":"Guam","GT":"Guatamala","GN":"Guinea","GW":"Guinea-Bissau","GY":"Guyana","HT":"Haiti","HM":"Pulau Heard dan Kepulauan McDonald","VA":"Vatikan","HN":"Honduras","HK":"Hong Kong","HU":"Hungaria","IS":"Islandia","IN":"India","ID":"Indonesia","IR":"Iran","IQ":"Irak","IE":"Irlandia","IL":"Israel","IT":"Italia","JM":"Jamaika","JP":"Jepang","JO":"Yordania","KZ":"Kazakhstan","KE":"Kenya","KI":"Kiribati","KP":"Korea Utara","KR":"Korea Selatan","KW":"Kuwait","KG":"Kyrgyzstan","LA":"Laos","LV":"Latvia","LB":"Lebanon","LS":"Lesotho","LR":"Liberia","LY":"Libya","LI":"Liechtenstein","LT":"Lithuania","LU":"Luxemburg","MO":"Makau","MK":"Makedonia Utara","MG":"Madagaskar","MW":"Malawi","MY":"Malaysia","MV":"Maldives","ML":"Mali","MT":"Malta","MH":"Kepulauan Marshall","MQ":"Martinik","MR":"Mauritania","MU":"Mauritius","YT":"Mayotte","MX":"Meksiko","FM":"Federasi Mikronesia","MD":"Moldova","MC":"Monako","MN":"Mongolia","MS":"Montserrat","MA":"Moroko","MZ":"Mozambik","MM":"Myanmar","NA":"Namibia","NR":"Nauru","NP":"Nepal","NL":"Belanda","NC":"Kaledonia Baru","NZ":"Selandia Baru","NI":"Nikaragua","NE":"Niger","NG":"Nigeria","NU":"Niue","NF":"Kepulauan Norfolk","MP":"Kepulauan Mariana Utara","NO":"Norwegia","OM":"Oman","PK":"Pakistan","PW":"Palau","PS":"Palestina","PA":"Panama","PG":"Papua Nugini","PY":"Paraguay","PE":"Peru","PH":"Filipina","PN":"Pitcairn","PL":"Polandia","PT":"Portugal","PR":"Puerto Riko","QA":"Qatar","RE":"Reunion","RO":"Rumania","RU":"Rusia","RW":"Rwanda","SH":"Saint Helena","KN":"Saint Kitts dan Nevis","LC":"Saint Lucia","PM":"Saint Pierre dan Miquelon","VC":"Saint Vincent dan the Grenadines","WS":"Samoa","SM":"San Marino","ST":"Sao Tome dan Principe","SA":"Arab Saudi","SN":"Senegal","SC":"Seychelles","SL":"Sierra Leone","SG":"Singapura","SK":"Slovakia","SI":"Slovenia","SB":"Kepulauan Solomon","SO":"Somalia","ZA":"Afrika Selatan","GS":"Georgia Selatan dan Kepulauan Sandwich Selatan","ES":"Spanyol","LK":"Sri Lanka","SD":"Sudan","SR":"Suriname","SJ":"Svalbard dan Jan Mayen","SZ":"Eswatini","SE":"Sweden","CH":"Swiss","SY":"Suriah","TW":"Taiwan","TJ":"Tajikistan","TZ":"Tanzania","TH":"Thailand","TL":"Timor-Leste","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad dan Tobago","TN":"Tunisia","TR":"Turki","TM":"Turkmenistan","TC":"Turks dan Caicos Islands","TV":"Tuvalu","UG":"Uganda","UA":"Ukraina","AE":"Uni Emirat Arab","GB":"Britania Raya","US":"Amerika Serikat","UM":"United States Minor Outlying Islands","UY":"Uruguay","UZ":"Uzbekistan","VU":"Vanuatu","VE":"Venezuela","VN":"Viet Nam","VG":"Virgin Islands, British","VI":"Virgin Islands, U.S.","WF":"Wallis and Futuna","EH":"Sahara Barat","YE":"Yaman","ZM":"Zambia","ZW":"Zimbabwe","AX":"Åland Islands","BQ":"Bonaire, Sint Eustatius and Saba","CW":"Curaçao","GG":"Guernsey","IM":"Isle of Man","JE":"Jersey","ME":"Montenegro","BL":"Saint Barthélemy","MF":"Saint Martin (French part)","RS":"Serbia","SX":"Sint Maarten (Dutch part)","SS":"Sudan Selatan","XK":"Kosovo"}}');

/***/ }),

/***/ 193:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"is","countries":{"AD":"Andorra","AE":"Sameinuðu arabísku furstadæmin","AF":"Afganistan","AG":"Antígva og Barbúda","AI":"Angvilla","AL":"Albanía","AM":"Armenía","AO":"Angóla","AQ":"Suðurskautslandið","AR":"Argentína","AS":"Bandaríska Samóa","AT":"Austurríki","AU":"Ástralía","AW":"Arúba","AX":"Álandseyjar","AZ":"Aserbaísjan","BA":"Bosnía og Hersegóvína","BB":"Barbados","BD":"Bangladess","BE":"Belgía","BF":"Búrkína Fasó","BG":"Búlgaría","BH":"Barein","BI":"Búrúndí","BJ":"Benín","BL":"Saint-Barthélemy","BM":"Bermúda","BN":"Brúnei","BO":"Bólivía","BQ":"Bonaire","BR":"Brasilía","BS":"Bahamas","BT":"Bútan","BV":"Bouveteyja","BW":"Botsvana","BY":"Hvíta-Rússland","BZ":"Belís","CA":"Kanada","CC":"Kókoseyjar","CD":"Lýðstjórnarlýðveldið Kongó","CF":"Mið-Afríkulýðveldið","CG":"Kongó","CH":"Sviss","CI":"Fílabeinsströndin","CK":"Cooks-eyjar","CL":"Síle","CM":"Kamerún","CN":"Kína","CO":"Kólumbía","CR":"Kosta Ríka","CU":"Kúba","CV":"Grænhöfðaeyjar","CW":"Curaçao","CX":"Jólaeyja","CY":"Kípur","CZ":"Tékkland","DE":"Þýskaland","DJ":"Djibútí","DK":"Danmörk","DM":"Dóminíka","DO":"Dóminíska lýðveldið","DZ":"Alsír","EC":"Ekvador","EE":"Eistland","EG":"Egyptaland","EH":"Vestur-Sahara","ER":"Eritrea","ES":"Spánn","ET":"Eþíópía","FI":"Finnland","FJ":"Fídjíeyjar","FK":"Falklandseyjar","FM":"Míkrónesía","FO":"Færeyjar","FR":"Frakkland","GA":"Gabon","GB":"Bretland","GD":"Grenada","GE":"Georgía","GF":"Franska Gvæjana","GG":"Guernsey","GH":"Gana","GI":"Gíbraltar","GL":"Grænland","GM":"Gambía","GN":"Gínea","GP":"Gvadelúpeyjar","GQ":"Miðbaugs-Gínea","GR":"Grikkland","GS":"Suður-Georgía og Suður-Sandvíkureyjar","GT":"Gvatemala","GU":"Gvam","GW":"Gínea-Bissá","GY":"Gvæjana","HK":"Hong Kong","HM":"Heard og McDonaldseyjar","HN":"Hondúras","HR":"Króatía","HT":"Haítí","HU":"Ungverjaland","ID":"Indónesía","IE":"Írland","IL":"Ísrael","IM":"Mön","IN":"Indland","IO":"Bresku Indlandshafseyjar","IQ":"Írak","IR":"Íran","IS":"Ísland","IT":"Ítalía","JE":"Jersey","JM":"Jamaíka","JO":"Jórdanía","JP":"Japan","KE":"Kenía","KG":"Kirgistan","KH":"Kambódía","KI":"Kíribatí","KM":"Kómoreyjar","KN":"Sankti Kristófer og Nevis","KP":"Norður-Kórea","KR":"Suður-Kórea","KW":"Kúveit","KY":"Cayman-eyjar","KZ":"Kasakstan","LA":"Laos","LB":"Líbanon","LC":"Sankti Lúsía","LI":"Liechtenstein","LK":"Srí Lanka","LR":"Líbería","LS":"Lesótó","LT":"Litháen","LU":"Lúxemborg","LV":"Lettland","LY":"Líbía","MA":"Marokkó","MC":"Mónakó","MD":"Moldóva","ME":"Svartfjallaland","MF":"Saint-Martin","MG":"Madagaskar","MH":"Marshalleyjar","MK":"Norður-Makedónía","ML":"Malí","MM":"Mjanmar","MN":"Mongólía","MO":"Makaó","MP":"Norður-Maríanaeyjar","MQ":"Martinique","MR":"Máritanía","MS":"Montserrat","MT":"Malta","MU":"Máritíus","MV":"Maldívur","MW":"Malaví","MX":"Mexíkó","MY":"Malasía","MZ":"Mósambík","NA":"Namibía","NC":"Nýja-Kaledónía","NE":"Níger","NF":"Norfolkeyja","NG":"Nígería","NI":"Níkaragva","NL":"Holland","NO":"Noregur","NP":"Nepal","NR":"Naúrú","NU":"Niue","NZ":"Nýja-Sjáland","OM":"Óman","PA":"Panama","PE":"Perú","PF":"Franska Pólýnesía","PG":"Papúa Nýja-Gínea","PH":"Filippseyjar","PK":"Pakistan","PL":"Pólland","PM":"Sankti Pierre og Miquelon","PN":"Pitcairn","PR":"Púertó Ríkó","PS":"Palestína","PT":"Portúgal","PW":"Palá","PY":"Paragvæ","QA":"Katar","RE":"Réunion","RO":"Rúmenía","RS":"Serbía","RU":"Rússland","RW":"Rúanda","SA":"Sádi-Arabía","SB":"Salómonseyjar","SC":"Seychelles-eyjar","SD":"Súdan","SE":"Svíþjóð","SG":"Singapúr","SH":"Sankti Helena","SI":"Slóvenía","SJ":"Svalbarði","SK":"Slóvakía","SL":"Síerra Leóne","SM":"San Marínó","SN":"Senegal","SO":"Sómalía","SR":"Súrínam","SS":"Suður-Súdan","ST":"Saó Tóme og Prinsípe","SV":"El Salvador","SX":"Sint Maarten","SY":"Sýrland","SZ":"Esvatíní","TC":"Turks- og Caicoseyjar","TD":"Tjad","TF":"Frönsku suðlægu landsvæðin","TG":"Tógó","TH":"Taíland","TJ":"Tadsíkistan","TK":"Tókelá","TL":"Austur-Tímor","TM":"Túrkmenistan","TN":"Túnis","TO":"Tonga","TR":"Tyrkland","TT":"Trínidad og Tóbagó","TV":"Túvalú","TW":"Taívan","TZ":"Tansanía","UA":"Úkraína","UG":"Úganda","UM":"Smáeyjar Bandaríkjanna","US":"Bandaríkin","UY":"Úrúgvæ","UZ":"Úsbekistan","VA":"Vatíkanið","VC":"Sankti Vinsent og Grenadínur","VE":"Venesúela","VG":"Bresku Jómfrúaeyjar","VI":"Bandarísku Jómfrúaeyjar","VN":"Víetnam","VU":"Vanúatú","WF":"Wallis- og Fútúnaeyjar","WS":"Samóa","XK":"Kósovó","YE":"Jemen","YT":"Mayotte","ZA":"Suður-Afríka","ZM":"Sambía","ZW":"Simbabve"}}');

/***/ }),

/***/ 6536:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"it","countries":{"AD":"Andorra","AE":"Emirati Arabi Uniti","AF":"Afghanistan","AG":"Antigua e Barbuda","AI":"Anguilla","AL":"Albania","AM":"Armenia","AO":"Angola","AQ":"Antartide","AR":"Argentina","AS":"Samoa Americane","AT":"Austria","AU":"Australia","AW":"Aruba","AX":"Isole Åland","AZ":"Azerbaigian","BA":"Bosnia ed Erzegovina","BB":"Barbados","BD":"Bangladesh","BE":"Belgio","BF":"Burkina Faso","BG":"Bulgaria","BH":"Bahrain","BI":"Burundi","BJ":"Benin","BL":"Saint-Barthélemy","BM":"Bermuda","BN":"Brunei","BO":"Bolivia","BQ":"Isole BES","BR":"Brasile","BS":"Bahamas","BT":"Bhutan","BV":"Isola Bouvet","BW":"Botswana","BY":"Bielorussia","BZ":"Belize","CA":"Canada","CC":"Isole Cocos e Keeling","CD":"Repubblica Democratica del Congo","CF":"Repubblica Centrafricana","CG":"Repubblica del Congo","CH":"Svizzera","CI":"Costa d\'Avorio","CK":"Isole Cook","CL":"Cile","CM":"Camerun","CN":"Cina","CO":"Colombia","CR":"Costa Rica","CU":"Cuba","CV":"Capo Verde","CW":"Curaçao","CX":"Isola del Natale","CY":"Cipro","CZ":"Repubblica Ceca","DE":"Germania","DJ":"Gibuti","DK":"Danimarca","DM":"Dominica","DO":"Repubblica Dominicana","DZ":"Algeria","EC":"Ecuador","EE":"Estonia","EG":"Egitto","EH":"Sahara Occidentale","ER":"Eritrea","ES":"Spagna","ET":"Etiopia","FI":"Finlandia","FJ":"Figi","FK":"Isole Falkland","FM":"Stati Federati di Micronesia","FO":"Isole Fær Øer","FR":"Francia","GA":"Gabon","GB":"Regno Unito","GD":"Grenada","GE":"Georgia","GF":"Guyana Francese","GG":"Guernsey","GH":"Ghana","GI":"Gibilterra","GL":"Groenlandia","GM":"Gambia","GN":"Guinea","GP":"Guadalupa","GQ":"Guinea Equatoriale","GR":"Grecia","GS":"Georgia del Sud e isole Sandwich meridionali","GT":"Guatemala","GU":"Guam","GW":"Guinea-Bissau","GY":"Guyana","HK":"Hong Kong","HM":"Isole Heard e McDonald","HN":"Honduras","HR":"Croazia","HT":"Haiti","HU":"Ungheria","ID":"Indonesia","IE":"Irlanda","IL":"Israele","IM":"Isola di Man","IN":"India","IO":"Territori Britannici dell\'Oceano Indiano","IQ":"Iraq","IR":"Iran","IS":"Islanda","IT":"Italia","JE":"Jersey","JM":"Giamaica","JO":"Giordania","JP":"Giappone","KE":"Kenya","KG":"Kirghizistan","KH":"Cambogia","KI":"Kiribati","KM":"Comore","KN":"Saint Kitts e Nevis","KP":"Corea del Nord","KR":"Corea del Sud","KW":"Kuwait","KY":"Isole Cayman","KZ":"Kazakistan","LA":"Laos","LB":"Libano","LC":"Santa Lucia","LI":"Liechtenstein","LK":"Sri Lanka","LR":"Liberia","LS":"Lesotho","LT":"Lituania","LU":"Lussemburgo","LV":"Lettonia","LY":"Libia","MA":"Marocco","MC":"Monaco","MD":"Moldavia","ME":"Montenegro","MF":"Saint-Martin","MG":"Madagascar","MH":"Isole Marshall","MK":"Macedonia del Nord","ML":"Mali","MM":"Birmania  Myanmar","MN":"Mongolia","MO":"Macao","MP":"Isole Marianne Settentrionali","MQ":"Martinica","MR":"Mauritania","MS":"Montserrat","MT":"Malta","MU":"Mauritius","MV":"Maldive","MW":"Malawi","MX":"Messico","MY":"Malesia","MZ":"Mozambico","NA":"Namibia","NC":"Nuova Caledonia","NE":"Niger","NF":"Isola Norfolk","NG":"Nigeria","NI":"Nicaragua","NL":"Paesi Bassi","NO":"Norvegia","NP":"Nepal","NR":"Nauru","NU":"Niue","NZ":"Nuova Zelanda","OM":"Oman","PA":"Panamá","PE":"Perù","PF":"Polinesia Francese","PG":"Papua Nuova Guinea","PH":"Filippine","PK":"Pakistan","PL":"Polonia","PM":"Saint Pierre e Miquelon","PN":"Isole Pitcairn","PR":"Porto Rico","PS":"Stato di Palestina","PT":"Portogallo","PW":"Palau","PY":"Paraguay","QA":"Qatar","RE":"Réunion","RO":"Romania","RS":"Serbia","RU":"Russia","RW":"Ruanda","SA":"Arabia Saudita","SB":"Isole Salomone","SC":"Seychelles","SD":"Sudan","SE":"Svezia","SG":"Singapore","SH":"Sant\'Elena, Isola di Ascensione e Tristan da Cunha","SI":"Slovenia","SJ":"Svalbard e Jan Mayen","SK":"Slovacchia","SL":"Sierra Leone","SM":"San Marino","SN":"Senegal","SO":"Somalia","SR":"Suriname","SS":"Sudan del Sud","ST":"São Tomé e Príncipe","SV":"El Salvador","SX":"Sint Maarten","SY":"Siria","SZ":"Eswatini","TC":"Isole Turks e Caicos","TD":"Ciad","TF":"Territori Francesi del Sud","TG":"Togo","TH":"Thailandia","TJ":"Tagikistan","TK":"Tokelau","TL":"Timor Est","TM":"Turkmenistan","TN":"Tunisia","TO":"Tonga","TR":"Turchia","TT":"Trinidad e Tobago","TV":"Tuvalu","TW":["Repubblica di Cina","Taiwan"],"TZ":"Tanzania","UA":"Ucraina","UG":"Uganda","UM":"Isole minori esterne degli Stati Uniti","US":"Stati Uniti d\'America","UY":"Uruguay","UZ":"Uzbekistan","VA":"Città del Vaticano","VC":"Saint Vincent e Grenadine","VE":"Venezuela","VG":"Isole Vergini Britanniche","VI":"Isole Vergini Americane","VN":"Vietnam","VU":"Vanuatu","WF":"Wallis e Futuna","WS":"Samoa","YE":"Yemen","YT":"Mayotte","ZA":"Sudafrica","ZM":"Zambia","ZW":"Zimbabwe","XK":"Kosovo"}}');

/***/ }),

/***/ 4668:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ja","countries":{"AF":"アフガニスタン","AL":"アルバニア","DZ":"アルジェリア","AS":"アメリカ領サモア","AD":"アンドラ","AO":"アンゴラ","AI":"アンギラ","AQ":"南極","AG":"アンティグア・バーブーダ","AR":"アルゼンチン","AM":"アルメニア","AW":"アルバ","AU":"オーストラリア","AT":"オーストリア","AZ":"アゼルバイジャン","BS":"バハマ","BH":"バーレーン","BD":"バングラデシュ","BB":"バルバドス","BY":"ベラルーシ","BE":"ベルギー","BZ":"ベリーズ","BJ":"ベナン","BM":"バミューダ","BT":"ブータン","BO":"ボリビア多民族国","BA":"ボスニア・ヘルツェゴビナ","BW":"ボツワナ","BV":"ブーベ島","BR":"ブラジル","IO":"イギリス領インド洋地域","BN":"ブルネイ・ダルサラーム","BG":"ブルガリア","BF":"ブルキナファソ","BI":"ブルンジ","KH":"カンボジア","CM":"カメルーン","CA":"カナダ","CV":"カーボベルデ","KY":"ケイマン諸島","CF":"中央アフリカ共和国","TD":"チャド","CL":"チリ","CN":"中華人民共和国","CX":"クリスマス島","CC":"ココス（キーリング）諸島","CO":"コロンビア","KM":"コモロ","CG":"コンゴ共和国","CD":"コンゴ民主共和国","CK":"クック諸島","CR":"コスタリカ","CI":"コートジボワール","HR":"クロアチア","CU":"キューバ","CY":"キプロス","CZ":"チェコ","DK":"デンマーク","DJ":"ジブチ","DM":"ドミニカ国","DO":"ドミニカ共和国","EC":"エクアドル","EG":"エジプト","SV":"エルサルバドル","GQ":"赤道ギニア","ER":"エリトリア","EE":"エストニア","ET":"エチオピア","FK":"フォークランド（マルビナス）諸島","FO":"フェロー諸島","FJ":"フィジー","FI":"フィンランド","FR":"フランス","GF":"フランス領ギアナ","PF":"フランス領ポリネシア","TF":"フランス領南方・南極地域","GA":"ガボン","GM":"ガンビア","GE":"ジョージア","DE":"ドイツ","GH":"ガーナ","GI":"ジブラルタル","GR":"ギリシャ","GL":"グリーンランド","GD":"グレナダ","GP":"グアドループ","GU":"グアム","GT":"グアテマラ","GN":"ギニア","GW":"ギニアビサウ","GY":"ガイアナ","HT":"ハイチ","HM":"ハード島とマクドナルド諸島","VA":"バチカン市国","HN":"ホンジュラス","HK":"香港","HU":"ハンガリー","IS":"アイスランド","IN":"インド","ID":"インドネシア","IR":"イラン・イスラム共和国","IQ":"イラク","IE":"アイルランド","IL":"イスラエル","IT":"イタリア","JM":"ジャマイカ","JP":"日本","JO":"ヨルダン","KZ":"カザフスタン","KE":"ケニア","KI":"キリバス","KP":"朝鮮民主主義人民共和国","KR":"大韓民国","KW":"クウェート","KG":"キルギス","LA":"ラオス人民民主共和国","LV":"ラトビア","LB":"レバノン","LS":"レソト","LR":"リベリア","LY":"リビア","LI":"リヒテンシュタイン","LT":"リトアニア","LU":"ルクセンブルク","MO":"マカオ","MG":"マダガスカル","MW":"マラウイ","MY":"マレーシア","MV":"モルディブ","ML":"マリ","MT":"マルタ","MH":"マーシャル諸島","MQ":"マルティニーク","MR":"モーリタニア","MU":"モーリシャス","YT":"マヨット","MX":"メキシコ","FM":"ミクロネシア連邦","MD":"モルドバ共和国","MC":"モナコ","MN":"モンゴル","MS":"モントセラト","MA":"モロッコ","MZ":"モザンビーク","MM":"ミャンマー","NA":"ナミビア","NR":"ナウル","NP":"ネパール","NL":"オランダ","NC":"ニューカレドニア","NZ":"ニュージーランド","NI":"ニカラグア","NE":"ニジェール","NG":"ナイジェリア","NU":"ニウエ","NF":"ノーフォーク島","MK":"北マケドニア","MP":"北マリアナ諸島","NO":"ノルウェー","OM":"オマーン","PK":"パキスタン","PW":"パラオ","PS":"パレスチナ","PA":"パナマ","PG":"パプアニューギニア","PY":"パラグアイ","PE":"ペルー","PH":"フィリピン","PN":"ピトケアン","PL":"ポーランド","PT":"ポルトガル","PR":"プエルトリコ","QA":"カタール","RE":"レユニオン","RO":"ルーマニア","RU":"ロシア連邦","RW":"ルワンダ","SH":"セントヘレナ・アセンションおよびトリスタンダクーニャ","KN":"セントクリストファー・ネイビス","LC":"セントルシア","PM":"サンピエール島・ミクロン島","VC":"セントビンセントおよびグレナディーン諸島","WS":"サモア","SM":"サンマリノ","ST":"サントメ・プリンシペ","SA":"サウジアラビア","SN":"セネガル","SC":"セーシェル","SL":"シエラレオネ","SG":"シンガポール","SK":"スロバキア","SI":"スロベニア","SB":"ソロモン諸島","SO":"ソマリア","ZA":"南アフリカ","GS":"サウスジョージア・サウスサンドウィッチ諸島","ES":"スペイン","LK":"スリランカ","SD":"スーダン","SR":"スリナム","SJ":"スヴァールバル諸島およびヤンマイエン島","SZ":"スワジランド","SE":"スウェーデン","CH":"スイス","SY":"シリア・アラブ共和国","TW":"台湾","TJ":"タジキスタン","TZ":"タンザニア","TH":"タイ","TL":"東ティモール","TG":"トーゴ","TK":"トケラウ","TO":"トンガ","TT":"トリニダード・トバゴ","TN":"チュニジア","TR":"トルコ","TM":"トルクメニスタン","TC":"タークス・カイコス諸島","TV":"ツバル","UG":"ウガンダ","UA":"ウクライナ","AE":"アラブ首長国連邦","GB":"イギリス","US":"アメリカ合衆国","UM":"合衆国領有小離島","UY":"ウルグアイ","UZ":"ウズベキスタン","VU":"バヌアツ","VE":"ベネズエラ・ボリバル共和国","VN":"ベトナム","VG":"イギリス領ヴァージン諸島","VI":"アメリカ領ヴァージン諸島","WF":"ウォリス・フツナ","EH":"西サハラ","YE":"イエメン","ZM":"ザンビア","ZW":"ジンバブエ","AX":"オーランド諸島","BQ":"ボネール、シント・ユースタティウスおよびサバ","CW":"キュラソー","GG":"ガーンジー","IM":"マン島","JE":"ジャージー","ME":"モンテネグロ","BL":"サン・バルテルミー","MF":"サン・マルタン（フランス領）","RS":"セルビア","SX":"シント・マールテン（オランダ領）","SS":"南スーダン","XK":"コソボ"}}');

/***/ }),

/***/ 7445:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ka","countries":{"AD":"ანდორა","AE":"არაბთა გაერთიანებული საამიროები","AF":"ავღანეთი","AG":"ანტიგუა და ბარბუდა","AI":"ანგვილა","AL":"ალბანეთი","AM":"სომხეთი","AO":"ანგოლა","AQ":"ანტარქტიკა","AR":"არგენტინა","AS":"ამერიკის სამოა","AT":"ავსტრია","AU":"ავსტრალია","AW":"არუბა","AX":"ალანდის კუნძულები","AZ":"აზერბაიჯანი","BA":"ბოსნია და ჰერცეგოვინა","BB":"ბარბადოსი","BD":"ბანგლადეში","BE":"ბელგია","BF":"ბურკინა-ფასო","BG":"ბულგარეთი","BH":"ბაჰრეინი","BI":"ბურუნდი","BJ":"ბენინი","BL":"სენ-ბართელმი","BM":"ბერმუდა","BN":"ბრუნეი","BO":"ბოლივია","BQ":"კარიბის ნიდერლანდები","BR":"ბრაზილია","BS":"ბაჰამის კუნძულები","BT":"ბუტანი","BV":"ბუვე","BW":"ბოტსვანა","BY":"ბელარუსი","BZ":"ბელიზი","CA":"კანადა","CC":"ქოქოსის (კილინგის) კუნძულები","CD":"კონგო - კინშასა","CF":"ცენტრალური აფრიკის რესპუბლიკა","CG":"კონგო - ბრაზავილი","CH":"შვეიცარია","CI":"კოტ-დივუარი","CK":"კუკის კუნძულები","CL":"ჩილე","CM":"კამერუნი","CN":"ჩინეთი","CO":"კოლუმბია","CR":"კოსტა-რიკა","CU":"კუბა","CV":"კაბო-ვერდე","CW":"კიურასაო","CX":"შობის კუნძული","CY":"კვიპროსი","CZ":"ჩეხეთის რესპუბლიკა","DE":"გერმანია","DJ":"ჯიბუტი","DK":"დანია","DM":"დომინიკა","DO":"დომინიკელთა რესპუბლიკა","DZ":"ალჟირი","EC":"ეკვადორი","EE":"ესტონეთი","EG":"ეგვიპტე","EH":"დასავლეთ საჰარა","ER":"ერიტრეა","ES":"ესპანეთი","ET":"ეთიოპია","FI":"ფინეთი","FJ":"ფიჯი","FK":"ფოლკლენდის კუნძულები","FM":"მიკრონეზია","FO":"ფარერის კუნძულები","FR":"საფრანგეთი","GA":"გაბონი","GB":"გაერთიანებული სამეფო","GD":"გრენადა","GE":"საქართველო","GF":"საფრანგეთის გვიანა","GG":"გერნსი","GH":"განა","GI":"გიბრალტარი","GL":"გრენლანდია","GM":"გამბია","GN":"გვინეა","GP":"გვადელუპა","GQ":"ეკვატორული გვინეა","GR":"საბერძნეთი","GS":"სამხრეთ ჯორჯია და სამხრეთ სენდვიჩის კუნძულები","GT":"გვატემალა","GU":"გუამი","GW":"გვინეა-ბისაუ","GY":"გაიანა","HK":"ჰონკონგი","HM":"ჰერდი და მაკდონალდის კუნძულები","HN":"ჰონდურასი","HR":"ხორვატია","HT":"ჰაიტი","HU":"უნგრეთი","ID":"ინდონეზია","IE":"ირლანდია","IL":"ისრაელი","IM":"მენის კუნძული","IN":"ინდოეთი","IO":"ბრიტანეთის ტერიტორია ინდოეთის ოკეანეში","IQ":"ერაყი","IR":"ირანი","IS":"ისლანდია","IT":"იტალია","JE":"ჯერსი","JM":"იამაიკა","JO":"იორდანია","JP":"იაპონია","KE":"კენია","KG":"ყირგიზეთი","KH":"კამბოჯა","KI":"კირიბატი","KM":"კომორის კუნძულები","KN":"სენტ-კიტსი და ნევისი","KP":"ჩრდილოეთ კორეა","KR":"სამხრეთ კორეა","KW":"ქუვეითი","KY":"კაიმანის კუნძულები","KZ":"ყაზახეთი","LA":"ლაოსი","LB":"ლიბანი","LC":"სენტ-ლუსია","LI":"ლიხტენშტაინი","LK":"შრი-ლანკა","LR":"ლიბერია","LS":"ლესოთო","LT":"ლიტვა","LU":"ლუქსემბურგი","LV":"ლატვია","LY":"ლიბია","MA":"მაროკო","MC":"მონაკო","MD":"მოლდოვა","ME":"მონტენეგრო","MF":"სენ-მარტენი","MG":"მადაგასკარი","MH":"მარშალის კუნძულები","MK":"ჩრდილოეთი მაკედონია","ML":"მალი","MM":"მიანმარი (ბირმა)","MN":"მონღოლეთი","MO":"მაკაო","MP":"ჩრდილოეთ მარიანას კუნძულები","MQ":"მარტინიკა","MR":"მავრიტანია","MS":"მონსერატი","MT":"მალტა","MU":"მავრიკი","MV":"მალდივები","MW":"მალავი","MX":"მექსიკა","MY":"მალაიზია","MZ":"მოზამბიკი","NA":"ნამიბია","NC":"ახალი კალედონია","NE":"ნიგერი","NF":"ნორფოლკის კუნძული","NG":"ნიგერია","NI":"ნიკარაგუა","NL":"ნიდერლანდები","NO":"ნორვეგია","NP":"ნეპალი","NR":"ნაურუ","NU":"ნიუე","NZ":"ახალი ზელანდია","OM":"ომანი","PA":"პანამა","PE":"პერუ","PF":"საფრანგეთის პოლინეზია","PG":"პაპუა-ახალი გვინეა","PH":"ფილიპინები","PK":"პაკისტანი","PL":"პოლონეთი","PM":"სენ-პიერი და მიკელონი","PN":"პიტკერნის კუნძულები","PR":"პუერტო-რიკო","PS":"პალესტინის ტერიტორიები","PT":"პორტუგალია","PW":"პალაუ","PY":"პარაგვაი","QA":"კატარი","RE":"რეუნიონი","RO":"რუმინეთი","RS":"სერბეთი","RU":"რუსეთი","RW":"რუანდა","SA":"საუდის არაბეთი","SB":"სოლომონის კუნძულები","SC":"სეიშელის კუნძულები","SD":"სუდანი","SE":"შვედეთი","SG":"სინგაპური","SH":"წმინდა ელენეს კუნძული","SI":"სლოვენია","SJ":"შპიცბერგენი და იან-მაიენი","SK":"სლოვაკეთი","SL":"სიერა-ლეონე","SM":"სან-მარინო","SN":"სენეგალი","SO":"სომალი","SR":"სურინამი","SS":"სამხრეთ სუდანი","ST":"სან-ტომე და პრინსიპი","SV":"სალვადორი","SX":"სინტ-მარტენი","SY":"სირია","SZ":"სვაზილენდი","TC":"თერქს-ქაიქოსის კუნძულები","TD":"ჩადი","TF":"ფრანგული სამხრეთის ტერიტორიები","TG":"ტოგო","TH":"ტაილანდი","TJ":"ტაჯიკეთი","TK":"ტოკელაუ","TL":"ტიმორ-ლესტე","TM":"თურქმენეთი","TN":"ტუნისი","TO":"ტონგა","TR":"თურქეთი","TT":"ტრინიდადი და ტობაგო","TV":"ტუვალუ","TW":"ტაივანი","TZ":"ტანზანია","UA":"უკრაინა","UG":"უგანდა","UM":"აშშ-ის შორეული კუნძულები","US":"ამერიკის შეერთებული შტატები","UY":"ურუგვაი","UZ":"უზბეკეთი","VA":"ქალაქი ვატიკანი","VC":"სენტ-ვინსენტი და გრენადინები","VE":"ვენესუელა","VG":"ბრიტანეთის ვირჯინის კუნძულები","VI":"აშშ-ის ვირჯინის კუნძულები","VN":"ვიეტნამი","VU":"ვანუატუ","WF":"უოლისი და ფუტუნა","WS":"სამოა","XK":"კოსოვო","YE":"იემენი","YT":"მაიოტა","ZA":"სამხრეთ აფრიკის რესპუბლიკა","ZM":"ზამბია","ZW":"ზიმბაბვე"}}');

/***/ }),

/***/ 4243:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"kk","countries":{"AD":"Андорра","AE":"Біріккен Араб Әмірліктері","AF":"Ауғанстан","AG":"Антигуа және Барбуда","AI":"Ангилья","AL":"Албания","AM":"Армения","AO":"Ангола","AQ":"Антарктида","AR":"Аргентина","AS":"Америкалық Самоа","AT":"Австрия","AU":"Австралия","AW":"Аруба","AX":"Аланд аралдары","AZ":"Әзірбайжан","BA":"Босния және Герцеговина","BB":"Барбадос","BD":"Бангладеш","BE":"Бельгия","BF":"Буркина-Фасо","BG":"Болгария","BH":"Бахрейн","BI":"Бурунди","BJ":"Бенин","BL":"Сен-Бартелеми","BM":"Бермуд аралдары","BN":"Бруней","BO":"Боливия","BQ":"Кариб Нидерландысы","BR":"Бразилия","BS":"Багам аралдары","BT":"Бутан","BV":"Буве аралы","BW":"Ботсвана","BY":"Беларусь","BZ":"Белиз","CA":"Канада","CC":"Кокос (Килинг) аралдары","CD":"Конго","CF":"Орталық Африка Республикасы","CG":"Конго Республикасы","CH":"Швейцария","CI":"Кот-д’Ивуар","CK":"Кук аралдары","CL":"Чили","CM":"Камерун","CN":"Қытай","CO":"Колумбия","CR":"Коста-Рика","CU":"Куба","CV":"Кабо-Верде","CW":"Кюрасао","CX":"Рождество аралы","CY":"Кипр","CZ":"Чех Республикасы","DE":"Германия","DJ":"Джибути","DK":"Дания","DM":"Доминика","DO":"Доминикан Республикасы","DZ":"Алжир","EC":"Эквадор","EE":"Эстония","EG":"Мысыр","EH":"Батыс Сахара","ER":"Эритрея","ES":"Испания","ET":"Эфиопия","FI":"Финляндия","FJ":"Фиджи","FK":"Фолкленд аралдары","FM":"Микронезия","FO":"Фарер аралдары","FR":"Франция","GA":"Габон","GB":"Ұлыбритания","GD":"Гренада","GE":"Грузия","GF":"Француз Гвианасы","GG":"Гернси","GH":"Гана","GI":"Гибралтар","GL":"Гренландия","GM":"Гамбия","GN":"Гвинея","GP":"Гваделупа","GQ":"Экваторлық Гвинея","GR":"Грекия","GS":"Оңтүстік Георгия және Оңтүстік Сандвич аралдары","GT":"Гватемала","GU":"Гуам","GW":"Гвинея-Бисау","GY":"Гайана","HK":"Гонконг","HM":"Херд аралы және Макдональд аралдары","HN":"Гондурас","HR":"Хорватия","HT":"Гаити","HU":"Венгрия","ID":"Индонезия","IE":"Ирландия","IL":"Израиль","IM":"Мэн аралы","IN":"Үндістан","IO":"Үнді мұхитындағы Британ аймағы","IQ":"Ирак","IR":"Иран","IS":"Исландия","IT":"Италия","JE":"Джерси","JM":"Ямайка","JO":"Иордания","JP":"Жапония","KE":"Кения","KG":"Қырғызстан","KH":"Камбоджа","KI":"Кирибати","KM":"Комор аралдары","KN":"Сент-Китс және Невис","KP":"Солтүстік Корея","KR":"Оңтүстік Корея","KW":"Кувейт","KY":"Кайман аралдары","KZ":"Қазақстан","LA":"Лаос","LB":"Ливан","LC":"Сент-Люсия","LI":"Лихтенштейн","LK":"Шри-Ланка","LR":"Либерия","LS":"Лесото","LT":"Литва","LU":"Люксембург","LV":"Латвия","LY":"Ливия","MA":"Марокко","MC":"Монако","MD":"Молдова","ME":"Черногория","MF":"Сен-Мартен","MG":"Мадагаскар","MH":"Маршалл аралдары","MK":"Солтүстік Македония Республикасы","ML":"Мали","MM":"Мьянма (Бирма)","MN":"Моңғолия","MO":"Макао","MP":"Солтүстік Мариана аралдары","MQ":"Мартиника","MR":"Мавритания","MS":"Монтсеррат","MT":"Мальта","MU":"Маврикий","MV":"Мальдив аралдары","MW":"Малави","MX":"Мексика","MY":"Малайзия","MZ":"Мозамбик","NA":"Намибия","NC":"Жаңа Каледония","NE":"Нигер","NF":"Норфолк аралы","NG":"Нигерия","NI":"Никарагуа","NL":"Нидерланд","NO":"Норвегия","NP":"Непал","NR":"Науру","NU":"Ниуэ","NZ":"Жаңа Зеландия","OM":"Оман","PA":"Панама","PE":"Перу","PF":"Француз Полинезиясы","PG":"Папуа — Жаңа Гвинея","PH":"Филиппин","PK":"Пәкістан","PL":"Польша","PM":"Сен-Пьер және Микелон","PN":"Питкэрн аралдары","PR":"Пуэрто-Рико","PS":"Палестина аймақтары","PT":"Португалия","PW":"Палау","PY":"Парагвай","QA":"Катар","RE":"Реюньон","RO":"Румыния","RS":"Сербия","RU":"Ресей","RW":"Руанда","SA":"Сауд Арабиясы","SB":"Соломон аралдары","SC":"Сейшель аралдары","SD":"Судан","SE":"Швеция","SG":"Сингапур","SH":"Әулие Елена аралы","SI":"Словения","SJ":"Шпицберген және Ян-Майен","SK":"Словакия","SL":"Сьерра-Леоне","SM":"Сан-Марино","SN":"Сенегал","SO":"Сомали","SR":"Суринам","SS":"Оңтүстік Судан","ST":"Сан-Томе және Принсипи","SV":"Сальвадор","SX":"Синт-Мартен","SY":"Сирия","SZ":"Свазиленд","TC":"Теркс және Кайкос аралдары","TD":"Чад","TF":"Францияның оңтүстік аймақтары","TG":"Того","TH":"Тайланд","TJ":"Тәжікстан","TK":"Токелау","TL":"Тимор-Лесте","TM":"Түрікменстан","TN":"Тунис","TO":"Тонга","TR":"Түркия","TT":"Тринидад және Тобаго","TV":"Тувалу","TW":"Тайвань","TZ":"Танзания","UA":"Украина","UG":"Уганда","UM":"АҚШ-тың сыртқы кіші аралдары","US":"Америка Құрама Штаттары","UY":"Уругвай","UZ":"Өзбекстан","VA":"Ватикан","VC":"Сент-Винсент және Гренадин аралдары","VE":"Венесуэла","VG":"Британдық Виргин аралдары","VI":"АҚШ-тың Виргин аралдары","VN":"Вьетнам","VU":"Вануату","WF":"Уоллис және Футуна","WS":"Самоа","XK":"Косово","YE":"Йемен","YT":"Майотта","ZA":"Оңтүстік Африка Республикасы","ZM":"Замбия","ZW":"Зимбабве"}}');

/***/ }),

/***/ 4441:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"km","countries":{"AF":"អាហ្វហ្គានីស្ថាន","AL":"អាល់បានី","DZ":"អាល់ហ្សេរី","AS":"សាម័រអាមេរិក","AD":"អង់ដូរ៉ា","AO":"អង់ហ្គោឡា","AI":"អង់ហ្គីឡា","AQ":"អង់តាក់ទិក","AG":"អង់ទីហ្គានិងបាប៊ូដា","AR":"អាហ្សង់ទីន","AM":"អាមេនី","AW":"អារូបា","AU":"អូស្ត្រាលី","AT":"អូទ្រីស","AZ":"អាស៊ែបៃហ្សង់","BS":"បាហាម៉ា","BH":"បារ៉ែន","BD":"បង់ក្លាដែស","BB":"បាបាដុស","BY":"បេឡារុស","BE":"បែលហ្ស៊ីក","BZ":"បេលី","BJ":"បេណាំង","BM":"ប៊ែម៉ូដ","BT":"ប៊ូតង់","BO":"បូលីវី","BA":"បូស្នុីនិងហឺហ្សេហ្គូវីណា","BW":"បុតស្វាណា","BV":"កោះប៊ូវ៉េ","BR":"ប្រេស៊ីល","IO":"ដែនសមុទ្រ​ឥណ្ឌាអង់គ្លេស","BN":"ព្រុយណេ","BG":"ប៊ុលហ្គារី","BF":"បួគីណាហ្វាសូ​​","BI":"ប៊ូរុនឌី","KH":"កម្ពុជា","CM":"កាមេរូន","CA":"កាណាដា","CV":"កាប់វែរ","KY":"ប្រជុំកោះកេមេន","CF":"សាធារណរដ្ឋអាហ្វ្រីកកណ្ដាល​","TD":"ឆាដ","CL":"ស៊ីលី","CN":"ចិន","CX":"កោះគ្រីស្តម៉ាស់","CC":"ប្រជុំកោះកូកូ","CO":"កូឡុំប៊ី","KM":"កូម័រ","CG":"កុងហ្គោ","CD":"សាធារណរដ្ឋប្រជាធិបតេយ្យកុងហ្គោ","CK":"ប្រជុំកោះឃុក","CR":"កូស្តារីកា","CI":"កូតឌីវ៍រ","HR":"ក្រូអាស៊ី","CU":"គុយបា","CY":"ស៊ីប","CZ":"សាធារណរដ្ឋឆែក","DK":"ដាណឹម៉ាក","DJ":"ជីប៊ូទី","DM":"ដូមីនីក","DO":"សាធារណរដ្ឋដូមីនីក","EC":"អេក្វាទ័រ","EG":"អេហ្ស៊ីប","SV":"អែលសាល់វ៉ាឌ័រ","GQ":"ហ្គីណេអេក្វាទ័រ","ER":"អេរីត្រេ","EE":"អេស្តូនី","ET":"អេត្យូពី","FK":"ប្រជុំកោះម៉ាលូអុីន","FO":"ប្រជុំកោះហ្វារ៉ូ","FJ":"ហ្វុីជី","FI":"ហ្វាំងឡង់","FR":"បារាំង","GF":"ហ្គាយ៉ានបារាំង","PF":"ប៉ូលីណេស៊ីបារាំង","TF":"ប្រជុំដែនដីភាគខាងត្បូងបារាំង","GA":"ហ្គាបុង","GM":"ហ្គំប៊ី","GE":"ហ្សកហ្ស៊ី","DE":"អាល្លឺម៉ង់","GH":"ហ្គាណា","GI":"ហ្ស៊ីប្រាល់តា","GR":"ក្រិក","GL":"ហ្គ្រោអង់ឡង់","GD":"ហ្គ្រើណាដ","GP":"ហ្គួដាលូប","GU":"ហ្គាំ","GT":"ក្វាតេម៉ាឡា","GN":"ហ្គីណេ","GW":"ហ្គីណេប៊ីស្សូ","GY":"ហ្គីយ៉ាន","HT":"ហៃទី","HM":"ប្រជុំកោះហើរ៍ដនិងម៉ាកដូណាល់","VA":"បុរីវ៉ាទីកង់","HN":"ហុងឌូរ៉ាស","HK":"ហុងកុង","HU":"ហុងគ្រី","IS":"អុីស្លង់","IN":"ឥណ្ឌា","ID":"ឥណ្ឌូណេស៊ី","IR":"អុីរ៉ង់","IQ":"អុីរ៉ាក់","IE":"អៀរឡង់","IL":"អុីស្រាអែល","IT":"អុីតាលី","JM":"ហ្សាម៉ាអុីក","JP":"ជប៉ុន","JO":"ហ៊្សកដានី","KZ":"កាហ្សាក់ស្ថាន","KE":"កេនយ៉ា","KI":"គីរីបាទី","KP":["កូរ៉េខាងជើង","សាធារណរដ្ឋប្រជាធិបតេយ្យប្រជាមានិតកូរ៉េ"],"KR":["កូរ៉េខាងត្បូង","សាធារណរដ្ឋកូរ៉េ"],"KW":"កូវ៉ែត","KG":"កៀហ្ស៊ីស៊ីស្ថាន","LA":"សាធារណរដ្ឋប្រជាធិបតេយ្យប្រជាមានិតឡាវ","LV":"ឡេតូនី","LB":"លីបង់","LS":"ឡេសូតូ","LR":"លីបេរីយ៉ា","LY":"លីប៊ី","LI":"លិចតិនស្តាញ","LT":"លីទុយអានី","LU":"លុចសំបួ","MO":"ម៉ាកាវ","MG":"ម៉ាដាហ្គាស្កា","MW":"ម៉ាឡាវី","MY":"ម៉ាឡេស៊ី","MV":"ម៉ាល់ឌីវ","ML":"ម៉ាលី","MT":"ម៉ាល់ត៍","MH":"ប្រជុំកោះម៉ាស្សាល់","MQ":"ម៉ាទីនីក","MR":"ម៉ូរីតានី","MU":"ម៉ូរីស","YT":"ម៉ាយ៉ូត","MX":"មុិកស៊ិក","FM":"រដ្ឋសហព័ន្ធមីក្រូណេស៊ី","MD":"សាធារណរដ្ឋម៉ុលដាវី","MC":"ម៉ូណាកូ","MN":"ម៉ុងហ្គោលី","MS":"ម៉ុងស៊ែរ៉ា","MA":"ម៉ារ៉ុក","MZ":"ម៉ូសំប៊ិក","MM":["ភូមា","មីយ៉ានម៉ា"],"NA":"ណាមីប៊ី","NR":"ណូរូ","NP":"នេប៉ាល់","NL":"ហូឡង់","NC":"នូវែលកាឡេដូនី","NZ":"នូវែលសេឡង់","NI":"នីការ៉ាហ្គា","NE":"នីហ្សេ","NG":"នីហ្សេរីយ៉ា","NU":"នីអេ","NF":"កោះន័រហ្វុក","MK":"សាធារណរដ្ឋម៉ាសេដ្វានខាងជើង","MP":"ប្រជុំកោះម៉ារីយ៉ានខាងជើង","NO":"ន័រវែស","OM":"អូម៉ង់","PK":"បាគីស្ថាន","PW":"ប៉ាឡៅ","PS":"ដែនដីប៉ាឡេស្ទីន","PA":"ប៉ាណាម៉ា","PG":"ប៉ាពូអាស៊ីនូវែលហ្គីណេ","PY":"ប៉ារ៉ាហ្គាយ","PE":"ប៉េរូ","PH":"ហ្វីលីពីន","PN":"ពីតកែរ៍ន","PL":"ប៉ូឡូញ","PT":"ព័រទុយហ្គាល់","PR":"ព័រតូរីកូ","QA":"កាតា","RE":"រ៉េញ៊ូញ៊ុង","RO":"រូម៉ានី","RU":["សហព័ន្ធរុស្ស៊ី","រុស្ស៊ី"],"RW":"រវ៉ាន់ដា","SH":"សាំងតេលែន","KN":"សាំងគ្រីស្តុបនិងនីវែស","LC":"សាំងលូស៊ី","PM":"សាំងព្រែរ៍និងមីហ្គែឡុង","VC":"សាំងវ៉ាងស្សង់និងហ្គឺណាឌីន","WS":"សាម័រ","SM":"សាំងម៉ារ៊ាំង","ST":"សៅតូម៉េនិងប្រាំងស៊ីប","SA":"អារ៉ាប៊ីសាអូឌីត","SN":"សេណេហ្គាល់","SC":"សីស្ហែល","SL":"សៀរ៉ាឡេអូន","SG":"សិង្ហបុរី","SK":["សាធារណរដ្ឋស្លូវ៉ាគី","ស្លូវ៉ាគី"],"SI":"ស្លូវេនី","SB":"ប្រជុំកោះសាឡូម៉ុង","SO":"សូម៉ាលី","ZA":"អាហ្វ្រិកខាងត្បូង","GS":"ហ្សកហ្ស៊ីនិងប្រជុំកោះសាំងវុីចខាងត្បូង","ES":"អេស្ប៉ាញ","LK":"ស្រីលង្កា","SD":"ស៊ូដង់","SR":"សូរីណាម","SJ":"ស្វាល់ប៉ានិងកោះហ្សង់ម៉ាយ៉េន","SZ":"អ៊ែស្វាទីនី","SE":"ស៊ុយអែត","CH":"ស្វ៊ីស","SY":"សាធារណរដ្ឋស៊ីរី","TW":"តៃវ៉ាន់","TJ":"តាហ្ស៊ីគីស្ថាន","TZ":"តង់សានី","TH":"ថៃ","TL":"ទីម័រខាងកើត","TG":"តូហ្គោ","TK":"តូកេឡូ","TO":"តុងហ្គា","TT":"ទ្រីនីដាដនិងតូបាហ្គោ","TN":"ទុយនីស៊ី","TR":"តួកគី","TM":"តួកម៉េនីស្ថាន","TC":"ប្រជុំកោះទួកនិងកៃកេ","TV":"ទូវ៉ាលូ","UG":"អ៊ូហ្គង់ដា","UA":"អ៊ុយក្រែន","AE":"អេមីរ៉ាតអារ៉ាប់រួម","GB":"ចក្រភពអង់គ្លេស","US":"សហរដ្ឋអាមេរិក","UM":"ប្រជុំកោះមីន័រអេឡួញ៉េអាមេរិក","UY":"អ៊ុយរូហ្គាយ","UZ":"អ៊ូសបេគីស្ថាន","VU":"វ៉ានូទូ","VE":"វ៉េណេស៊ុយអេឡា","VN":"វៀតណាម","VG":"ប្រជុំកោះវីអ៊ែអង់គ្លេស","VI":"ប្រជុំកោះវីអ៊ែអាមេរិក","WF":"វ៉ាលីសនិងហ្វូតូណា","EH":"សាហារ៉ាខាងលិច","YE":"យេម៉ែន","ZM":"សំប៊ី","ZW":"ស៊ីមបាវ៉េ","AX":"ប្រជុំកោះអូឡង់","BQ":"បូនែរ៍ សាំងអឺស្ទាហ្សឺស និងសាបា","CW":"គុរ៉ាសៅ","GG":"ហ្គេនស៊ី","IM":"កោះម៉ាន","JE":"ហ្សែរ៍ស្ស៊ី","ME":"ម៉ុងតេណេហ្គ្រោ","BL":"សាំងប៉ាតេឡាមុី","MF":"សាំងម៉ាតាំង (បារាំង)","RS":"ស៊ែប៊ី","SX":"សាំងម៉ាតាំង (ហូឡង់)","SS":"ស៊ូដង់ខាងត្បូង","XK":"កូសូវ៉ូ"}}');

/***/ }),

/***/ 8975:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ko","countries":{"AF":"아프가니스탄","AL":"알바니아","DZ":"알제리","AS":"아메리칸 사모아","AD":"안도라","AO":"앙골라","AI":"앙길라","AQ":"안타티카","AG":"안티구아 바부다","AR":"아르헨티나","AM":"아르메니아","AW":"아루바","AU":"호주","AT":"오스트리아","AZ":"아제르바이잔","BS":"바하마","BH":"바레인","BD":"방글라데시","BB":"바베이도스","BY":"벨라루스","BE":"벨기에","BZ":"벨리즈","BJ":"베냉","BM":"버뮤다","BT":"부탄","BO":"볼리비아","BA":"보스니아 헤르체고비나","BW":"보츠와나","BV":"부베섬","BR":"브라질","IO":"영인도 제도","BN":"브루나이","BG":"불가리아","BF":"부르키나파소","BI":"부룬디","KH":"캄보디아","CM":"카메룬","CA":"캐나다","CV":"카보 베르데","KY":"케이맨섬","CF":"중앙 아프리카","TD":"차드","CL":"칠레","CN":"중국","CX":"크리스마스섬","CC":"코코스 제도","CO":"콜롬비아","KM":"코모로","CG":"콩고","CD":"콩고 민주 공화국","CK":"쿡 제도","CR":"코스타리카","CI":"코트디부아르","HR":"크로아티아","CU":"쿠바","CY":"사이프러스","CZ":"체코공화국","DK":"덴마크","DJ":"지부티","DM":"도미니카 연방","DO":"도미니카 공화국","EC":"에콰도르","EG":"이집트","SV":"엘살바도르","GQ":"적도 기니","ER":"에리트레아","EE":"에스토니아","ET":"이디오피아","FK":"포클랜드섬","FO":"페로 군도","FJ":"피지","FI":"핀란드","FR":"프랑스","GF":"프랑스령 기아나","PF":"프랑스령 폴리네시아","TF":"프랑스 남부영토","GA":"가봉","GM":"감비아","GE":"그루지아","DE":"독일","GH":"가나","GI":"지브랄타","GR":"그리스","GL":"그린랜드","GD":"그레나다","GP":"과들루프","GU":"괌","GT":"과테말라","GN":"기니","GW":"기네비쏘","GY":"가이아나","HT":"아이티","HM":"허드 맥도날드 군도","VA":"바티칸","HN":"온두라스","HK":"홍콩","HU":"헝가리","IS":"아이슬란드","IN":"인도","ID":"인도네시아","IR":"이란","IQ":"이라크","IE":"아일랜드","IL":"이스라엘","IT":"이탈리아","JM":"자메이카","JP":"일본","JO":"요르단","KZ":"카자흐스탄","KE":"케냐","KI":"키르바시","KP":"북한","KR":"대한민국","KW":"쿠웨이트","KG":"키르키즈스탄","LA":"라오스","LV":"라트비아","LB":"레바논","LS":"레소토","LR":"라이베리아","LY":"리비아","LI":"리히텐슈타인","LT":"리투아니아","LU":"룩셈부르크","MO":"마카오","MG":"마다가스카르","MW":"말라위","MY":"말레이시아","MV":"몰디브","ML":"말리","MT":"몰타","MH":"마샬군도","MQ":"마르티니크","MR":"모리타니","MU":"모리셔스","YT":"마요트","MX":"멕시코","FM":"미크로네시아","MD":"몰도바","MC":"모나코","MN":"몽골","MS":"몬트세라트","MA":"모로코","MZ":"모잠비크","MM":"미얀마","NA":"나미비아","NR":"나우루","NP":"네팔","NL":"네덜란드","NC":"뉴칼레도니아","NZ":"뉴질랜드","NI":"니카라과","NE":"니제르","NG":"나이지리아","NU":"니우에","NF":"노퍽섬","MK":"마케도니아","MP":"북마리아나 군도","NO":"노르웨이","OM":"오만","PK":"파키스탄","PW":"팔라우","PS":"팔레스타인","PA":"파나마","PG":"파푸아 뉴기니","PY":"파라과이","PE":"페루","PH":"필리핀","PN":"핏케언 군도","PL":"폴랜드","PT":"포르투칼","PR":"푸에르토리코","QA":"카타르","RE":"리유니온","RO":"루마니아","RU":"러시아연방","RW":"르완다","SH":"세인트 헬레나","KN":"세인트 키츠 네비스","LC":"세인트 루시아","PM":"세인트리에르도,미괘론도","VC":"세인트 빈센트 그레나딘","WS":"사모아","SM":"산 마리노","ST":"상토메프린시페","SA":"사우디아라비아","SN":"세네갈","SC":"세이셸","SL":"시에라 리온","SG":"싱가포르","SK":"슬로바키아","SI":"슬로베니아","SB":"솔로몬 아일랜드","SO":"소말리아","ZA":"남아프리카","GS":"남조지아 군도","ES":"스페인","LK":"스리랑카","SD":"수단","SR":"수리남","SJ":"스발바드, 잠마엔도","SZ":"스와질란드","SE":"스웨덴","CH":"스위스","SY":"시리아","TW":"중화민국","TJ":"타지키스탄","TZ":"탄자니아","TH":"태국","TL":"동티모르","TG":"토고","TK":"토켈로","TO":"통가","TT":"트리니다드 토바고","TN":"튀니지아","TR":"터키","TM":"트르크메니스탄","TC":"터크스","TV":"트발루","UG":"우간다","UA":"우크라이나","AE":"아랍에미리트연합","GB":"영국","US":"미국","UM":"미국령 소군도","UY":"우루과이","UZ":"우즈베키스탄","VU":"바누아투","VE":"베네수엘라","VN":"베트남","VG":"영국령 버진아일랜드","VI":"미국령 버진아일랜드","WF":"월리스 후트나","EH":"서사하라","YE":"예멘","ZM":"잠비아","ZW":"짐바브웨 공화국","AX":"올란드 제도","BQ":"보네르,신트유스타티우스,사바","CW":"큐라소","GG":"건지","IM":"맨섬","JE":"저지","ME":"몬테네그로","BL":"생 바르 텔레 미","MF":"세인트 마틴 (프랑스어 부분)","RS":"세르비아","SX":"신트마르텐","SS":"남수단","XK":"코소보"}}');

/***/ }),

/***/ 3425:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ku","countries":{"AF":"Efxanistan","AL":"Albanya","DZ":"Cezayir","AS":"Samoaya Amerîkanî","AD":"Andorra","AO":"Angola","AI":"Anguîla","AQ":"Antarktîka","AG":"Antîgua û Berbûda","AR":"Arjentîn","AM":"Ermenistan","AW":"Arûba","AU":"Awistralya","AT":"Awistirya","AZ":"Azerbaycan","BS":"Bahama","BH":"Behreyn","BD":"Bangladeş","BB":"Barbados","BY":"Belarûs","BE":"Belçîka","BZ":"Belîze","BJ":"Bênîn","BM":"Bermûda","BT":"Bûtan","BO":"Bolîvya","BA":"Bosniya û Herzegovîna","BW":"Botswana","BV":"Girava Bouvet","BR":"Brazîl","IO":"Erdê Okyanûsa Hindî ya Brîtanî","BN":"Brûney","BG":"Bulgaristan","BF":"Burkîna Faso","BI":"Burundî","KH":"Kamboca","CM":"Kamerûn","CA":"Kanada","CV":"Kap Verde","KY":"Giravên Kaymanê","CF":"Komara Afrîkaya Navend","TD":"Çad","CL":"Şîle","CN":"Çîn","CX":"Girava Sersalê","CC":"Giravên Cocos (Keeling)","CO":"Kolombiya","KM":"Komor","CG":"Kongo - Brazzaville","CD":"Kongo - Kînşasa","CK":"Giravên Cook","CR":"Kosta Rîka","CI":"Peravê Diranfîl","HR":"Kroatya","CU":"Kûba","CY":"Kîpros","CZ":"Çekya","DK":"Danîmarka","DJ":"Cîbûtî","DM":"Domînîka","DO":"Komara Domînîk","EC":"Ekuador","EG":"Misir","SV":"El Salvador","GQ":"Gîneya Rojbendî","ER":"Erîtrea","EE":"Estonya","ET":"Etiyopya","FK":"Giravên Malvîn","FO":"Giravên Feroe","FJ":"Fîjî","FI":"Fînlenda","FR":"Fransa","GF":"Guyanaya Fransî","PF":"Polînezyaya Fransî","TF":"Erdên Başûr ên Fransî","GA":"Gabon","GM":"Gambiya","GE":"Gurcistan","DE":"Almanya","GH":"Gana","GI":"Cîbraltar","GR":"Yewnanistan","GL":"Grînlenda","GD":"Grenada","GP":"Guadeloupe","GU":"Guam","GT":"Guatemala","GN":"Gîne","GW":"Gîne-Bissau","GY":"Guyana","HT":"Haîtî","HM":"Girava Heard û Giravên McDonald","VA":"Vatîkan","HN":"Hondûras","HK":"Hong Kong","HU":"Macaristan","IS":"Îslenda","IN":"Hindistan","ID":"Îndonezya","IR":"Îran","IQ":"Iraq","IE":"Îrlenda","IL":"Îsraêl","IT":"Îtalya","JM":"Jamaîka","JP":"Japon","JO":"Urdun","KZ":"Qazaxistan","KE":"Kenya","KI":"Kirîbatî","KP":"Korêya Bakur","KR":"Korêya Başûr","KW":"Kuweyt","KG":"Qirgizistan","LA":"Laos","LV":"Letonya","LB":"Libnan","LS":"Lesoto","LR":"Lîberya","LY":"Lîbya","LI":"Liechtenstein","LT":"Lîtvanya","LU":"Lûksembûrg","MO":"Macao","MG":"Madagaskar","MW":"Malawî","MY":"Malezya","MV":"Maldîv","ML":"Malî","MT":"Malta","MH":"Giravên Marşal","MQ":"Martinique","MR":"Morîtanya","MU":"Maurîtius","YT":"Mayotte","MX":"Meksîk","FM":"Mîkronezya","MD":"Moldova","MC":"Monako","MN":"Mongolya","MS":"Montserat","MA":"Maroko","MZ":"Mozambîk","MM":"Myanmar (Birmanya)","NA":"Namîbya","NR":"Naûrû","NP":"Nepal","NL":"Holenda","NC":"Kaledonyaya Nû","NZ":"Nû Zelenda","NI":"Nîkaragua","NE":"Nîjer","NG":"Nîjerya","NU":"Niûe","NF":"Girava Norfolk","MK":"Makedonya","MP":"Giravên Bakurê Marianan","NO":"Norwêc","OM":"Oman","PK":"Pakistan","PW":"Palau","PS":"Xakên filistînî","PA":"Panama","PG":"Papua Gîneya Nû","PY":"Paraguay","PE":"Perû","PH":"Filîpîn","PN":"Giravên Pitcairn","PL":"Polonya","PT":"Portûgal","PR":"Porto Rîko","QA":"Qeter","RE":"Réunion","RO":"Romanya","RU":"Rûsya","RW":"Rwanda","SH":"Ezîze Helena","KN":"Saint Kitts û Nevîs","LC":"Saint Lucia","PM":"Saint-Pierre û Miquelon","VC":"Saint Vincent û Giravên Grenadîn","WS":"Samoa","SM":"San Marîno","ST":"Sao Tome û Prînsîpe","SA":"Erebistana Siyûdî","SN":"Senegal","SC":"Seyşel","SL":"Sierra Leone","SG":"Singapûr","SK":"Slovakya","SI":"Slovenya","SB":"Giravên Salomon","SO":"Somalya","ZA":"Afrîkaya Başûr","GS":"South Georgia û Giravên Sandwich-a Başûr","ES":"Spanya","LK":"Srî Lanka","SD":"Sûdan","SR":"Sûrînam","SJ":"Svalbard û Jan Mayen","SZ":"Swazîlenda","SE":"Swêd","CH":"Swîsre","SY":"Sûrî","TW":"Taywan","TJ":"Tacîkistan","TZ":"Tanzanya","TH":"Taylenda","TL":"Tîmora-Leste","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trînîdad û Tobago","TN":"Tûnis","TR":"Tirkiye","TM":"Tirkmenistan","TC":"Giravên Turk û Kaîkos","TV":"Tûvalû","UG":"Ûganda","UA":"Ûkrayna","AE":"Emîrtiyên Erebî yên Yekbûyî","GB":"Keyaniya Yekbûyî","US":"Dewletên Yekbûyî yên Amerîkayê","UM":"Giravên Derveyî Piçûk ên Dewletên Yekbûyî","UY":"Ûrûguay","UZ":"Ûzbêkistan","VU":"Vanûatû","VE":"Venezuela","VN":"Vîetnam","VG":"Giravên Virgin, Brîtanî","VI":"Giravên Virgin, U.S.","WF":"Wallis û Futuna","EH":"Sahraya Rojava","YE":"Yemen","ZM":"Zambiya","ZW":"Zîmbabwe","AX":"Giravên Åland","BQ":"Bonaire, Sint Eustatius û Saba","CW":"Curaçao","GG":"Guernsey","IM":"Girava Man","JE":"Jersey","ME":"Montenegro","BL":"Saint-Barthélemy","MF":"Saint Martin (beşa fransî)","RS":"Serbistan","SX":"Sint Maarten (Beşa Hollandî)","SS":"Sûdana Başûr","XK":"Kosova"}}');

/***/ }),

/***/ 7805:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ky","countries":{"AD":"Андорра","AE":"Бириккен Араб Эмираттары","AF":"Афганистан","AG":"Антигуа жана Барбуда","AI":"Ангуила","AL":"Албания","AM":"Армения","AO":"Ангола","AQ":"Антарктика","AR":"Аргентина","AS":"Америка Самоасы","AT":"Австрия","AU":"Австралия","AW":"Аруба","AX":"Аланд аралдары","AZ":"Азербайжан","BA":"Босния жана Герцеговина","BB":"Барбадос","BD":"Бангладеш","BE":"Бельгия","BF":"Буркина-Фасо","BG":"Болгария","BH":"Бахрейн","BI":"Бурунди","BJ":"Бенин","BL":"Сент Бартелеми","BM":"Бермуд аралдары","BN":"Бруней","BO":"Боливия","BQ":"Кариб Нидерланддары","BR":"Бразилия","BS":"Багам аралдары","BT":"Бутан","BV":"Буве аралдары","BW":"Ботсвана","BY":"Беларусь","BZ":"Белиз","CA":"Канада","CC":"Кокос (Килиӊ) аралдары","CD":"Конго-Киншаса","CF":"Борбордук Африка Республикасы","CG":"Конго-Браззавил","CH":"Швейцария","CI":"Кот-д’Ивуар","CK":"Кук аралдары","CL":"Чили","CM":"Камерун","CN":"Кытай","CO":"Колумбия","CR":"Коста-Рика","CU":"Куба","CV":"Капе Верде","CW":"Кюрасао","CX":"Крисмас аралы","CY":"Кипр","CZ":"Чехия","DE":"Германия","DJ":"Джибути","DK":"Дания","DM":"Доминика","DO":"Доминика Республикасы","DZ":"Алжир","EC":"Эквадор","EE":"Эстония","EG":"Египет","EH":"Батыш Сахара","ER":"Эритрея","ES":"Испания","ET":"Эфиопия","FI":"Финляндия","FJ":"Фиджи","FK":"Фолклэнд аралдары","FM":"Микронезия","FO":"Фарер аралдары","FR":"Франция","GA":"Габон","GB":"Улуу Британия","GD":"Гренада","GE":"Грузия","GF":"Гвиана (Франция)","GG":"Гернси","GH":"Гана","GI":"Гибралтар","GL":"Гренландия","GM":"Гамбия","GN":"Гвинея","GP":"Гваделупа","GQ":"Экваториалдык Гвинея","GR":"Греция","GS":"Түштүк Жоржия жана Түштүк Сэндвич аралдары","GT":"Гватемала","GU":"Гуам","GW":"Гвинея-Бисау","GY":"Гайана","HK":"Гонконг Кытай ААА","HM":"Херд жана Макдоналд аралдары","HN":"Гондурас","HR":"Хорватия","HT":"Гаити","HU":"Венгрия","ID":"Индонезия","IE":"Ирландия","IL":"Израиль","IM":"Мэн аралы","IN":"Индия","IO":"Британиянын Индия океанындагы аймагы","IQ":"Ирак","IR":"Иран","IS":"Исландия","IT":"Италия","JE":"Жерси","JM":"Ямайка","JO":"Иордания","JP":"Япония","KE":"Кения","KG":"Кыргызстан","KH":"Камбоджа","KI":"Кирибати","KM":"Коморос","KN":"Сент-Китс жана Невис","KP":"Түндүк Корея","KR":"Түштүк Корея","KW":"Кувейт","KY":"Кайман Аралдары","KZ":"Казакстан","LA":"Лаос","LB":"Ливан","LC":"Сент-Люсия","LI":"Лихтенштейн","LK":"Шри-Ланка","LR":"Либерия","LS":"Лесото","LT":"Литва","LU":"Люксембург","LV":"Латвия","LY":"Ливия","MA":"Марокко","MC":"Монако","MD":"Молдова","ME":"Черногория","MF":"Сент-Мартин","MG":"Мадагаскар","MH":"Маршалл аралдары","MK":"Түндүк Македония","ML":"Мали","MM":"Мьянма (Бирма)","MN":"Монголия","MO":"Макау Кытай ААА","MP":"Түндүк Мариана аралдары","MQ":"Мартиника","MR":"Мавритания","MS":"Монсеррат","MT":"Мальта","MU":"Маврикий","MV":"Малдив аралдары","MW":"Малави","MX":"Мексика","MY":"Малайзия","MZ":"Мозамбик","NA":"Намибия","NC":"Жаӊы Каледония","NE":"Нигер","NF":"Норфолк аралы","NG":"Нигерия","NI":"Никарагуа","NL":"Нидерланддар","NO":"Норвегия","NP":"Непал","NR":"Науру","NU":"Ниуэ","NZ":"Жаӊы Зеландия","OM":"Оман","PA":"Панама","PE":"Перу","PF":"Француз Полинезиясы","PG":"Папуа Жаңы-Гвинея","PH":"Филлипин","PK":"Пакистан","PL":"Польша","PM":"Сен-Пьер жана Микелон","PN":"Питкэрн аралдары","PR":"Пуэрто-Рико","PS":"Палестина аймактары","PT":"Португалия","PW":"Палау","PY":"Парагвай","QA":"Катар","RE":"Реюнион","RO":"Румыния","RS":"Сербия","RU":"Россия","RW":"Руанда","SA":"Сауд Арабиясы","SB":"Соломон аралдары","SC":"Сейшелдер","SD":"Судан","SE":"Швеция","SG":"Сингапур","SH":"Ыйык Елена","SI":"Словения","SJ":"Свалбард жана Жан Майен","SK":"Словакия","SL":"Сьерра-Леоне","SM":"Сан Марино","SN":"Сенегал","SO":"Сомали","SR":"Суринаме","SS":"Түштүк Судан","ST":"Сан-Томе жана Принсипи","SV":"Эл Салвадор","SX":"Синт Маартен","SY":"Сирия","SZ":"Свазиленд","TC":"Түркс жана Кайкос аралдары","TD":"Чад","TF":"Франциянын Түштүктөгү аймактары","TG":"Того","TH":"Таиланд","TJ":"Тажикстан","TK":"Токелау","TL":"Тимор-Лесте","TM":"Түркмөнстан","TN":"Тунис","TO":"Тонга","TR":"Түркия","TT":"Тринидад жана Тобаго","TV":"Тувалу","TW":"Тайвань","TZ":"Танзания","UA":"Украина","UG":"Уганда","UM":"АКШнын сырткы аралдары","US":"Америка Кошмо Штаттары","UY":"Уругвай","UZ":"Өзбекстан","VA":"Ватикан","VC":"Сент-Винсент жана Гренадиналар","VE":"Венесуэла","VG":"Виргин аралдары (Британия)","VI":"Виргин аралдары (АКШ)","VN":"Вьетнам","VU":"Вануату","WF":"Уоллис жана Футуна","WS":"Самоа","XK":"Косово","YE":"Йемен","YT":"Майотта","ZA":"Түштүк Африка Республикасы","ZM":"Замбия","ZW":"Зимбабве"}}');

/***/ }),

/***/ 5305:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"lt","countries":{"AD":"Andora","AE":"Jungtiniai Arabų Emyratai","AF":"Afganistanas","AG":"Antigva ir Barbuda","AI":"Angilija","AL":"Albanija","AM":"Armėnija","AO":"Angola","AQ":"Antarktida","AR":"Argentina","AS":"Amerikos Samoa","AT":"Austrija","AU":"Australija","AW":"Aruba","AX":"Alandų Salos","AZ":"Azerbaidžanas","BA":"Bosnija ir Hercegovina","BB":"Barbadosas","BD":"Bangladešas","BE":"Belgija","BF":"Burkina Fasas","BG":"Bulgarija","BH":"Bahreinas","BI":"Burundis","BJ":"Beninas","BL":"Sen Bartelemi","BM":"Bermuda","BN":"Brunėjus","BO":"Bolivija","BQ":"Karibų Nyderlandai","BR":"Brazilija","BS":"Bahamos","BT":"Butanas","BV":"Buvė Sala","BW":"Botsvana","BY":"Baltarusija","BZ":"Belizas","CA":"Kanada","CC":"Kokosų (Kilingo) Salos","CD":"Kongas-Kinšasa","CF":"Centrinės Afrikos Respublika","CG":"Kongas-Brazavilis","CH":"Šveicarija","CI":"Dramblio Kaulo Krantas","CK":"Kuko Salos","CL":"Čilė","CM":"Kamerūnas","CN":"Kinija","CO":"Kolumbija","CR":"Kosta Rika","CU":"Kuba","CV":"Žaliasis Kyšulys","CW":"Kiurasao","CX":"Kalėdų Sala","CY":"Kipras","CZ":"Čekija","DE":"Vokietija","DJ":"Džibutis","DK":"Danija","DM":"Dominika","DO":"Dominikos Respublika","DZ":"Alžyras","EC":"Ekvadoras","EE":"Estija","EG":"Egiptas","EH":"Vakarų Sachara","ER":"Eritrėja","ES":"Ispanija","ET":"Etiopija","FI":"Suomija","FJ":"Fidžis","FK":"Folklando Salos","FM":"Mikronezija","FO":"Farerų Salos","FR":"Prancūzija","GA":"Gabonas","GB":"Jungtinė Karalystė","GD":"Grenada","GE":["Sakartvelas","Gruzija"],"GF":"Prancūzijos Gviana","GG":"Gernsis","GH":"Gana","GI":"Gibraltaras","GL":"Grenlandija","GM":"Gambija","GN":"Gvinėja","GP":"Gvadelupa","GQ":"Pusiaujo Gvinėja","GR":"Graikija","GS":"Pietų Džordžija ir Pietų Sandvičo salos","GT":"Gvatemala","GU":"Guamas","GW":"Bisau Gvinėja","GY":"Gajana","HK":"Honkongas","HM":"Herdo ir Makdonaldo Salos","HN":"Hondūras","HR":"Kroatija","HT":"Haitis","HU":"Vengrija","ID":"Indonezija","IE":"Airija","IL":"Izraelis","IM":"Meno Sala","IN":"Indija","IO":"Indijos Vandenyno Britų Sritis","IQ":"Irakas","IR":"Iranas","IS":"Islandija","IT":"Italija","JE":"Džersis","JM":"Jamaika","JO":"Jordanija","JP":"Japonija","KE":"Kenija","KG":"Kirgizija","KH":"Kambodža","KI":"Kiribatis","KM":"Komorai","KN":"Sent Kitsas ir Nevis","KP":"Šiaurės Korėja","KR":"Pietų Korėja","KW":"Kuveitas","KY":"Kaimanų Salos","KZ":"Kazachstanas","LA":"Laosas","LB":"Libanas","LC":"Sent Lusija","LI":"Lichtenšteinas","LK":"Šri Lanka","LR":"Liberija","LS":"Lesotas","LT":"Lietuva","LU":"Liuksemburgas","LV":"Latvija","LY":"Libija","MA":"Marokas","MC":"Monakas","MD":"Moldova","ME":"Juodkalnija","MF":"Sen Martenas","MG":"Madagaskaras","MH":"Maršalo Salos","MK":"Šiaurės Makedonija","ML":"Malis","MM":"Mianmaras (Birma)","MN":"Mongolija","MO":"Makao","MP":"Marianos Šiaurinės Salos","MQ":"Martinika","MR":"Mauritanija","MS":"Montseratas","MT":"Malta","MU":"Mauricijus","MV":"Maldyvai","MW":"Malavis","MX":"Meksika","MY":"Malaizija","MZ":"Mozambikas","NA":"Namibija","NC":"Naujoji Kaledonija","NE":"Nigeris","NF":"Norfolko sala","NG":"Nigerija","NI":"Nikaragva","NL":"Nyderlandai","NO":"Norvegija","NP":"Nepalas","NR":"Nauru","NU":"Niujė","NZ":"Naujoji Zelandija","OM":"Omanas","PA":"Panama","PE":"Peru","PF":"Prancūzijos Polinezija","PG":"Papua Naujoji Gvinėja","PH":"Filipinai","PK":"Pakistanas","PL":"Lenkija","PM":"Sen Pjeras ir Mikelonas","PN":"Pitkerno salos","PR":"Puerto Rikas","PS":"Palestinos teritorija","PT":"Portugalija","PW":"Palau","PY":"Paragvajus","QA":"Kataras","RE":"Reunjonas","RO":"Rumunija","RS":"Serbija","RU":"Rusija","RW":"Ruanda","SA":"Saudo Arabija","SB":"Saliamono Salos","SC":"Seišeliai","SD":"Sudanas","SE":"Švedija","SG":"Singapūras","SH":"Šv. Elenos Sala","SI":"Slovėnija","SJ":"Svalbardas ir Janas Majenas","SK":"Slovakija","SL":"Siera Leonė","SM":"San Marinas","SN":"Senegalas","SO":"Somalis","SR":"Surinamas","SS":"Pietų Sudanas","ST":"San Tomė ir Prinsipė","SV":"Salvadoras","SX":"Sint Martenas","SY":"Sirija","SZ":"Svazilandas","TC":"Terkso ir Kaikoso Salos","TD":"Čadas","TF":"Prancūzijos Pietų sritys","TG":"Togas","TH":"Tailandas","TJ":"Tadžikija","TK":"Tokelau","TL":"Rytų Timoras","TM":"Turkmėnistanas","TN":"Tunisas","TO":"Tonga","TR":"Turkija","TT":"Trinidadas ir Tobagas","TV":"Tuvalu","TW":"Taivanas","TZ":"Tanzanija","UA":"Ukraina","UG":"Uganda","UM":"Jungtinių Valstijų Mažosios Tolimosios Salos","US":"Jungtinės Valstijos","UY":"Urugvajus","UZ":"Uzbekistanas","VA":"Vatikano Miesto Valstybė","VC":"Šventasis Vincentas ir Grenadinai","VE":"Venesuela","VG":"Didžiosios Britanijos Mergelių Salos","VI":"Jungtinių Valstijų Mergelių Salos","VN":"Vietnamas","VU":"Vanuatu","WF":"Volisas ir Futūna","WS":"Samoa","XK":"Kosovas","YE":"Jemenas","YT":"Majotas","ZA":"Pietų Afrika","ZM":"Zambija","ZW":"Zimbabvė"}}');

/***/ }),

/***/ 4575:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"lv","countries":{"AD":"Andora","AE":"Apvienotie Arābu Emirāti","AF":"Afganistāna","AG":"Antigva un Barbuda","AI":"Angilja","AL":"Albānija","AM":"Armēnija","AO":"Angola","AQ":"Antarktika","AR":"Argentīna","AS":"ASV Samoa","AT":"Austrija","AU":"Austrālija","AW":"Aruba","AX":"Olandes salas","AZ":"Azerbaidžāna","BA":"Bosnija un Hercegovina","BB":"Barbadosa","BD":"Bangladeša","BE":"Beļģija","BF":"Burkinafaso","BG":"Bulgārija","BH":"Bahreina","BI":"Burundija","BJ":"Benina","BL":"Senbartelmī","BM":"Bermudu salas","BN":"Bruneja","BO":"Bolīvija","BQ":"Nīderlandes Karību salas","BR":"Brazīlija","BS":"Bahamu salas","BT":"Butāna","BV":"Buvē sala","BW":"Botsvāna","BY":"Baltkrievija","BZ":"Beliza","CA":"Kanāda","CC":"Kokosu (Kīlinga) salas","CD":"Kongo (Kinšasa)","CF":"Centrālāfrikas Republika","CG":"Kongo (Brazavila)","CH":"Šveice","CI":"Kotdivuāra","CK":"Kuka salas","CL":"Čīle","CM":"Kamerūna","CN":"Ķīna","CO":"Kolumbija","CR":"Kostarika","CU":"Kuba","CV":"Kaboverde","CW":"Kirasao","CX":"Ziemsvētku sala","CY":"Kipra","CZ":"Čehija","DE":"Vācija","DJ":"Džibutija","DK":"Dānija","DM":"Dominika","DO":"Dominikāna","DZ":"Alžīrija","EC":"Ekvadora","EE":"Igaunija","EG":"Ēģipte","EH":"Rietumsahāra","ER":"Eritreja","ES":"Spānija","ET":"Etiopija","FI":"Somija","FJ":"Fidži","FK":"Folklenda salas","FM":"Mikronēzija","FO":"Fēru salas","FR":"Francija","GA":"Gabona","GB":"Lielbritānija","GD":"Grenāda","GE":"Gruzija","GF":"Francijas Gviāna","GG":"Gērnsija","GH":"Gana","GI":"Gibraltārs","GL":"Grenlande","GM":"Gambija","GN":"Gvineja","GP":"Gvadelupa","GQ":"Ekvatoriālā Gvineja","GR":"Grieķija","GS":"Dienviddžordžija un Dienvidsendviču salas","GT":"Gvatemala","GU":"Guama","GW":"Gvineja-Bisava","GY":"Gajāna","HK":"Ķīnas īpašās pārvaldes apgabals Honkonga","HM":"Hērda sala un Makdonalda salas","HN":"Hondurasa","HR":"Horvātija","HT":"Haiti","HU":"Ungārija","ID":"Indonēzija","IE":"Īrija","IL":"Izraēla","IM":"Mena","IN":"Indija","IO":"Indijas okeāna Britu teritorija","IQ":"Irāka","IR":"Irāna","IS":"Islande","IT":"Itālija","JE":"Džērsija","JM":"Jamaika","JO":"Jordānija","JP":"Japāna","KE":"Kenija","KG":"Kirgizstāna","KH":"Kambodža","KI":"Kiribati","KM":"Komoru salas","KN":"Sentkitsa un Nevisa","KP":"Ziemeļkoreja","KR":"Dienvidkoreja","KW":"Kuveita","KY":"Kaimanu salas","KZ":"Kazahstāna","LA":"Laosa","LB":"Libāna","LC":"Sentlūsija","LI":"Lihtenšteina","LK":"Šrilanka","LR":"Libērija","LS":"Lesoto","LT":"Lietuva","LU":"Luksemburga","LV":"Latvija","LY":"Lībija","MA":"Maroka","MC":"Monako","MD":"Moldova","ME":"Melnkalne","MF":"Senmartēna","MG":"Madagaskara","MH":"Māršala salas","MK":"Ziemeļmaķedonija","ML":"Mali","MM":"Mjanma (Birma)","MN":"Mongolija","MO":"Ķīnas īpašās pārvaldes apgabals Makao","MP":"Ziemeļu Marianas salas","MQ":"Martinika","MR":"Mauritānija","MS":"Montserrata","MT":"Malta","MU":"Maurīcija","MV":"Maldīvija","MW":"Malāvija","MX":"Meksika","MY":"Malaizija","MZ":"Mozambika","NA":"Namībija","NC":"Jaunkaledonija","NE":"Nigēra","NF":"Norfolkas sala","NG":"Nigērija","NI":"Nikaragva","NL":"Nīderlande","NO":"Norvēģija","NP":"Nepāla","NR":"Nauru","NU":"Niue","NZ":"Jaunzēlande","OM":"Omāna","PA":"Panama","PE":"Peru","PF":"Francijas Polinēzija","PG":"Papua-Jaungvineja","PH":"Filipīnas","PK":"Pakistāna","PL":"Polija","PM":"Senpjēra un Mikelona","PN":"Pitkērnas salas","PR":"Puertoriko","PS":"Palestīna","PT":"Portugāle","PW":"Palau","PY":"Paragvaja","QA":"Katara","RE":"Reinjona","RO":"Rumānija","RS":"Serbija","RU":"Krievija","RW":"Ruanda","SA":"Saūda Arābija","SB":"Zālamana salas","SC":"Seišelu salas","SD":"Sudāna","SE":"Zviedrija","SG":"Singapūra","SH":"Sv.Helēnas sala","SI":"Slovēnija","SJ":"Svalbāra un Jana Majena sala","SK":"Slovākija","SL":"Sjerraleone","SM":"Sanmarīno","SN":"Senegāla","SO":"Somālija","SR":"Surinama","SS":"Dienvidsudāna","ST":"Santome un Prinsipi","SV":"Salvadora","SX":"Sintmārtena","SY":"Sīrija","SZ":"Svazilenda","TC":"Tērksas un Kaikosas salas","TD":"Čada","TF":"Francijas Dienvidjūru teritorija","TG":"Togo","TH":"Taizeme","TJ":"Tadžikistāna","TK":"Tokelau","TL":"Austrumtimora","TM":"Turkmenistāna","TN":"Tunisija","TO":"Tonga","TR":"Turcija","TT":"Trinidāda un Tobāgo","TV":"Tuvalu","TW":"Taivāna","TZ":"Tanzānija","UA":"Ukraina","UG":"Uganda","UM":"ASV Mazās Aizjūras salas","US":"Amerikas Savienotās Valstis","UY":"Urugvaja","UZ":"Uzbekistāna","VA":"Vatikāns","VC":"Sentvinsenta un Grenadīnas","VE":"Venecuēla","VG":"Britu Virdžīnas","VI":"ASV Virdžīnas","VN":"Vjetnama","VU":"Vanuatu","WF":"Volisa un Futunas salas","WS":"Samoa","XK":"Kosova","YE":"Jemena","YT":"Majota","ZA":"Dienvidāfrikas Republika","ZM":"Zambija","ZW":"Zimbabve"}}');

/***/ }),

/***/ 6709:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"mk","countries":{"AD":"Андора","AE":"Обединети Арапски Емирати","AF":"Авганистан","AG":"Антигва и Барбуда","AI":"Ангвила","AL":"Албанија","AM":"Ерменија","AO":"Ангола","AQ":"Антарктик","AR":"Аргентина","AS":"Американска Самоа","AT":"Австрија","AU":"Австралија","AW":"Аруба","AX":"Оландски Острови","AZ":"Азербејџан","BA":"Босна и Херцеговина","BB":"Барбадос","BD":"Бангладеш","BE":"Белгија","BF":"Буркина Фасо","BG":"Бугарија","BH":"Бахреин","BI":"Бурунди","BJ":"Бенин","BL":"Свети Вартоломеј","BM":"Бермуди","BN":"Брунеј","BO":"Боливија","BQ":"Карипска Холандија","BR":"Бразил","BS":"Бахами","BT":"Бутан","BV":"Остров Буве","BW":"Боцвана","BY":"Белорусија","BZ":"Белизе","CA":"Канада","CC":"Кокосови (Килиншки) Острови","CD":"Конго - Киншаса","CF":"Централноафриканска Република","CG":"Конго - Бразавил","CH":"Швајцарија","CI":"Брегот на Слоновата Коска","CK":"Кукови Острови","CL":"Чиле","CM":"Камерун","CN":"Кина","CO":"Колумбија","CR":"Костарика","CU":"Куба","CV":"Зелен ’Рт","CW":"Курасао","CX":"Божиќен Остров","CY":"Кипар","CZ":"Чешка","DE":"Германија","DJ":"Џибути","DK":"Данска","DM":"Доминика","DO":"Доминиканска Република","DZ":"Алжир","EC":"Еквадор","EE":"Естонија","EG":"Египет","EH":"Западна Сахара","ER":"Еритреја","ES":"Шпанија","ET":"Етиопија","FI":"Финска","FJ":"Фиџи","FK":"Фолкландски Острови","FM":"Микронезија","FO":"Фарски Острови","FR":"Франција","GA":"Габон","GB":"Обединето Кралство","GD":"Гренада","GE":"Грузија","GF":"Француска Гвајана","GG":"Гернзи","GH":"Гана","GI":"Гибралтар","GL":"Гренланд","GM":"Гамбија","GN":"Гвинеја","GP":"Гвадалупе","GQ":"Екваторска Гвинеја","GR":"Грција","GS":"Јужна Џорџија и Јужни Сендвички Острови","GT":"Гватемала","GU":"Гуам","GW":"Гвинеја-Бисау","GY":"Гвајана","HK":"Хонг Конг С.А.Р Кина","HM":"Остров Херд и Острови Мекдоналд","HN":"Хондурас","HR":"Хрватска","HT":"Хаити","HU":"Унгарија","ID":"Индонезија","IE":"Ирска","IL":"Израел","IM":"Остров Ман","IN":"Индија","IO":"Британска Индоокеанска Територија","IQ":"Ирак","IR":"Иран","IS":"Исланд","IT":"Италија","JE":"Џерси","JM":"Јамајка","JO":"Јордан","JP":"Јапонија","KE":"Кенија","KG":"Киргистан","KH":"Камбоџа","KI":"Кирибати","KM":"Коморски Острови","KN":"Свети Кристофер и Невис","KP":"Северна Кореја","KR":"Јужна Кореја","KW":"Кувајт","KY":"Кајмански Острови","KZ":"Казахстан","LA":"Лаос","LB":"Либан","LC":"Света Луција","LI":"Лихтенштајн","LK":"Шри Ланка","LR":"Либерија","LS":"Лесото","LT":"Литванија","LU":"Луксембург","LV":"Латвија","LY":"Либија","MA":"Мароко","MC":"Монако","MD":"Молдавија","ME":"Црна Гора","MF":"Сент Мартин","MG":"Мадагаскар","MH":"Маршалски Острови","MK":"Северна Македонија","ML":"Мали","MM":"Мјанмар (Бурма)","MN":"Монголија","MO":"Макао САР","MP":"Северни Маријански Острови","MQ":"Мартиник","MR":"Мавританија","MS":"Монсерат","MT":"Малта","MU":"Маврициус","MV":"Малдиви","MW":"Малави","MX":"Мексико","MY":"Малезија","MZ":"Мозамбик","NA":"Намибија","NC":"Нова Каледонија","NE":"Нигер","NF":"Норфолшки Остров","NG":"Нигерија","NI":"Никарагва","NL":"Холандија","NO":"Норвешка","NP":"Непал","NR":"Науру","NU":"Ниује","NZ":"Нов Зеланд","OM":"Оман","PA":"Панама","PE":"Перу","PF":"Француска Полинезија","PG":"Папуа Нова Гвинеја","PH":"Филипини","PK":"Пакистан","PL":"Полска","PM":"Сент Пјер и Микелан","PN":"Питкернски Острови","PR":"Порторико","PS":"Палестински територии","PT":"Португалија","PW":"Палау","PY":"Парагвај","QA":"Катар","RE":"Реунион","RO":"Романија","RS":"Србија","RU":"Русија","RW":"Руанда","SA":"Саудиска Арабија","SB":"Соломонски Острови","SC":"Сејшели","SD":"Судан","SE":"Шведска","SG":"Сингапур","SH":"Света Елена","SI":"Словенија","SJ":"Свалбард и Жан Мејен","SK":"Словачка","SL":"Сиера Леоне","SM":"Сан Марино","SN":"Сенегал","SO":"Сомалија","SR":"Суринам","SS":"Јужен Судан","ST":"Сао Томе и Принсипе","SV":"Ел Салвадор","SX":"Свети Мартин","SY":"Сирија","SZ":"Свазиленд","TC":"Острови Туркс и Каикос","TD":"Чад","TF":"Француски Јужни Територии","TG":"Того","TH":"Тајланд","TJ":"Таџикистан","TK":"Токелау","TL":"Источен Тимор (Тимор Лесте)","TM":"Туркменистан","TN":"Тунис","TO":"Тонга","TR":"Турција","TT":"Тринидад и Тобаго","TV":"Тувалу","TW":"Тајван","TZ":"Танзанија","UA":"Украина","UG":"Уганда","UM":"Американски територии во Пацификот","US":"Соединети Американски Држави","UY":"Уругвај","UZ":"Узбекистан","VA":"Ватикан","VC":"Свети Винсент и Гренадините","VE":"Венецуела","VG":"Британски Девствени Острови","VI":"Американски Девствени Острови","VN":"Виетнам","VU":"Вануату","WF":"Валис и Футуна","WS":"Самоа","XK":"Косово","YE":"Јемен","YT":"Мајот","ZA":"Јужноафриканска Република","ZM":"Замбија","ZW":"Зимбабве"}}');

/***/ }),

/***/ 8100:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ml","countries":{"AF":"അഫ്‌ഗാനിസ്ഥാൻ","AL":"അൽബേനിയ","DZ":"അൾജീരിയ","AS":"അമേരിക്കൻ സമോവ","AD":"അന്റോറ","AO":"അംഗോള","AI":"ആൻഗ്വില്ല","AQ":"അൻറാർട്ടിക്ക","AG":"ആൻറിഗ്വയും ബർബുഡയും","AR":"അർജൻറീന","AM":"അർമേനിയ","AW":"അറൂബ","AU":"ഓസ്‌ട്രേലിയ","AT":"ഓസ്ട്രിയ","AZ":"അസർബൈജാൻ","BS":"ബഹാമാസ്","BH":"ബഹ്റിൻ","BD":"ബംഗ്ലാദേശ്","BB":"ബാർബഡോസ്","BY":"ബെലറൂസ്","BE":"ബെൽജിയം","BZ":"ബെലീസ്","BJ":"ബെനിൻ","BM":"ബർമുഡ","BT":"ഭൂട്ടാൻ","BO":"ബൊളീവിയ","BA":"ബോസ്നിയയും ഹെർസഗോവിനയും","BW":"ബോട്സ്വാന","BV":"ബൗവെട്ട് ദ്വീപ്","BR":"ബ്രസീൽ","IO":"ബ്രിട്ടീഷ് ഇന്ത്യൻ മഹാസമുദ്ര പ്രദേശം","BN":"ബ്രൂണൈ","BG":"ബൾഗേറിയ","BF":"ബുർക്കിനാ ഫാസോ","BI":"ബറുണ്ടി","KH":"കംബോഡിയ","CM":"കാമറൂൺ","CA":"കാനഡ","CV":"കേപ്പ് വെർദെ","KY":"കേമാൻ ദ്വീപുകൾ","CF":"സെൻട്രൽ ആഫ്രിക്കൻ റിപ്പബ്ലിക്","TD":"ഛാഡ്","CL":"ചിലി","CN":"ചൈന","CX":"ക്രിസ്മസ് ദ്വീപ്","CC":"കോക്കസ് ദ്വീപുകൾ","CO":"കൊളംബിയ","KM":"കോമൊറോസ്","CG":"കോംഗോ - ബ്രാസവില്ലി","CD":"കോംഗോ - കിൻഷാസ","CK":"കുക്ക് ദ്വീപുകൾ","CR":"കോസ്റ്ററിക്ക","CI":"കോട്ട് ഡി വാർ","HR":"ക്രൊയേഷ്യ","CU":"ക്യൂബ","CY":"സൈപ്രസ്","CZ":"ചെക്ക് റിപ്പബ്ലിക്","DK":"ഡെൻമാർക്ക്","DJ":"ദിജിബൗട്ടി","DM":"ഡൊമിനിക്ക","DO":"ഡൊമിനിക്കൻ റിപ്പബ്ലിക്","EC":"ഇക്വഡോർ","EG":"ഈജിപ്ത്","SV":"എൽ സാൽവദോർ","GQ":"ഇക്വറ്റോറിയൽ ഗിനിയ","ER":"എറിത്രിയ","EE":"എസ്റ്റോണിയ‍","ET":"എത്യോപ്യ","FK":"ഫാക്ക്‌ലാന്റ് ദ്വീപുകൾ","FO":"ഫറോ ദ്വീപുകൾ","FJ":"ഫിജി","FI":"ഫിൻലാൻഡ്","FR":"ഫ്രാൻസ്","GF":"ഫ്രഞ്ച് ഗയാന","PF":"ഫ്രഞ്ച് പോളിനേഷ്യ","TF":"ഫ്രഞ്ച് ദക്ഷിണ ഭൂപ്രദേശം","GA":"ഗാബൺ","GM":"ഗാംബിയ","GE":"ജോർജ്ജിയ","DE":"ജർമനി","GH":"ഘാന","GI":"ജിബ്രാൾട്ടർ","GR":"ഗ്രീസ്","GL":"ഗ്രീൻലാൻറ്","GD":"ഗ്രനേഡ","GP":"ഗ്വാഡലൂപ്പ്","GU":"ഗ്വാം","GT":"ഗ്വാട്ടിമാല","GN":"ഗിനിയ","GW":"ഗിനിയ-ബിസൗ","GY":"ഗയാന","HT":"ഹെയ്തി","HM":"ഹിയേർഡും മക്‌ഡൊണാൾഡ് ദ്വീപുകളും","VA":"വത്തിക്കാൻ","HN":"ഹോണ്ടുറാസ്","HK":"ഹോങ് കോങ് എസ്.ഏ.ആർ. ചൈന","HU":"ഹംഗറി","IS":"ഐസ്‌ലാന്റ്","IN":"ഇന്ത്യ","ID":"ഇന്തോനേഷ്യ","IR":"ഇറാൻ","IQ":"ഇറാഖ്","IE":"അയർലാൻഡ്","IL":"ഇസ്രായേൽ","IT":"ഇറ്റലി","JM":"ജമൈക്ക","JP":"ജപ്പാൻ","JO":"ജോർദ്ദാൻ","KZ":"കസാഖിസ്ഥാൻ","KE":"കെനിയ","KI":"കിരിബാട്ടി","KP":"ഉത്തരകൊറിയ","KR":"ദക്ഷിണകൊറിയ","KW":"കുവൈറ്റ്","KG":"കിർഗിസ്ഥാൻ","LA":"ലാവോസ്","LV":"ലാറ്റ്വിയ","LB":"ലെബനൻ","LS":"ലെസോതോ","LR":"ലൈബീരിയ","LY":"ലിബിയ","LI":"ലിച്ചൺസ്റ്റൈൻ","LT":"ലിത്വാനിയ","LU":"ലക്സംബർഗ്","MO":"മക്കാവോ SAR ചൈന","MG":"മഡഗാസ്കർ","MW":"മലാവി","MY":"മലേഷ്യ","MV":"മാലിദ്വീപ്","ML":"മാലി","MT":"മാൾട്ട","MH":"മാർഷൽ‍‍ ദ്വീപുകൾ","MQ":"മാർട്ടിനിക്ക്","MR":"മൗറിറ്റാനിയ","MU":"മൗറീഷ്യസ്","YT":"മയോട്ടി","MX":"മെക്സിക്കോ","FM":"മൈക്രോനേഷ്യ","MD":"മൾഡോവ","MC":"മൊണാക്കോ","MN":"മംഗോളിയ","MS":"മൊണ്ടെസരത്ത്","MA":"മൊറോക്കൊ","MZ":"മൊസാംബിക്ക്","MM":"മ്യാൻമാർ (ബർമ്മ)","NA":"നമീബിയ","NR":"നൗറു","NP":"നേപ്പാൾ","NL":"നെതർലാൻഡ്‌സ്","NC":"പുതിയ കാലിഡോണിയ","NZ":"ന്യൂസിലാൻറ്","NI":"നിക്കരാഗ്വ","NE":"നൈജർ","NG":"നൈജീരിയ","NU":"ന്യൂയി","NF":"നോർഫോക് ദ്വീപ്","MK":"മാസിഡോണിയ","MP":"ഉത്തര മറിയാനാ ദ്വീപുകൾ","NO":"നോർവെ","OM":"ഒമാൻ","PK":"പാക്കിസ്ഥാൻ","PW":"പലാവു","PS":"പാലസ്‌തീൻ പ്രദേശങ്ങൾ","PA":"പനാമ","PG":"പാപ്പുവ ന്യൂ ഗിനിയ","PY":"പരാഗ്വേ","PE":"പെറു","PH":"ഫിലിപ്പൈൻസ്","PN":"പിറ്റ്‌കെയ്‌ൻ ദ്വീപുകൾ","PL":"പോളണ്ട്","PT":"പോർച്ചുഗൽ","PR":"പ്യൂർട്ടോ റിക്കോ","QA":"ഖത്തർ","RE":"റീയൂണിയൻ","RO":"റൊമാനിയ","RU":"റഷ്യ","RW":"റുവാണ്ട","SH":"സെൻറ് ഹെലീന","KN":"സെന്റ് കിറ്റ്‌സും നെവിസും","LC":"സെൻറ് ലൂസിയ","PM":"സെന്റ് പിയറിയും മിക്കലണും","VC":"സെന്റ് വിൻസെന്റും ഗ്രനെഡൈൻസും","WS":"സമോവ","SM":"സാൻ മറിനോ","ST":"സാവോ ടോമും പ്രിൻസിപെയും","SA":"സൗദി അറേബ്യ","SN":"സെനഗൽ","SC":"സെയ്‌ഷെൽസ്","SL":"സിയെറ ലിയോൺ","SG":"സിംഗപ്പുർ","SK":"സ്ലോവാക്യ","SI":"സ്ലോവേനിയ","SB":"സോളമൻ‍ ദ്വീപുകൾ","SO":"സോമാലിയ","ZA":"ദക്ഷിണാഫ്രിക്ക","GS":"ദക്ഷിണ ജോർജ്ജിയയും ദക്ഷിണ സാൻഡ്‌വിച്ച് ദ്വീപുകളും","ES":"സ്‌പെയിൻ","LK":"ശ്രീലങ്ക","SD":"സുഡാൻ","SR":"സുരിനെയിം","SJ":"സ്വാൽബാഡും ജാൻ മായേനും","SZ":"സ്വാസിലാൻറ്","SE":"സ്വീഡൻ","CH":"സ്വിറ്റ്സർലാൻഡ്","SY":"സിറിയ","TW":"തായ്‌വാൻ","TJ":"താജിക്കിസ്ഥാൻ","TZ":"ടാൻസാനിയ","TH":"തായ്‌ലാൻഡ്","TL":"തിമോർ-ലെസ്റ്റെ","TG":"ടോഗോ","TK":"ടോക്കെലൂ","TO":"ടോംഗ","TT":"ട്രിനിഡാഡും ടുബാഗോയും","TN":"ടുണീഷ്യ","TR":"തുർക്കി","TM":"തുർക്ക്മെനിസ്ഥാൻ","TC":"ടർക്ക്‌സും കെയ്‌ക്കോ ദ്വീപുകളും","TV":"ടുവാലു","UG":"ഉഗാണ്ട","UA":"ഉക്രെയ്‌ൻ","AE":"യുണൈറ്റഡ് അറബ് എമിറൈറ്റ്‌സ്","GB":"ബ്രിട്ടൻ","US":"അമേരിക്കൻ ഐക്യനാടുകൾ","UM":"യു.എസ്. ദ്വീപസമൂഹങ്ങൾ","UY":"ഉറുഗ്വേ","UZ":"ഉസ്‌ബെക്കിസ്ഥാൻ","VU":"വന്വാതു","VE":"വെനിസ്വേല","VN":"വിയറ്റ്നാം","VG":"ബ്രിട്ടീഷ് വെർജിൻ ദ്വീപുകൾ","VI":"യു.എസ്. വെർജിൻ ദ്വീപുകൾ","WF":"വാലിസ് ആന്റ് ഫ്യൂച്യുന","EH":"പശ്ചിമ സഹാറ","YE":"യെമൻ","ZM":"സാംബിയ","ZW":"സിംബാബ്‌വേ","AX":"അലൻഡ് ദ്വീപുകൾ","BQ":"ബൊണെയ്ർ, സിന്റ് യുസ്റ്റേഷ്യസ്, സാബ എന്നിവ","CW":"കുറാകാവോ","GG":"ഗേൺസി","IM":"ഐൽ ഓഫ് മാൻ","JE":"ജേഴ്സി","ME":"മോണ്ടെനെഗ്രോ","BL":"സെന്റ് ബാർത്തലമി","MF":"സെൻറ് മാർട്ടിൻ","RS":"സെർബിയ","SX":"സിന്റ് മാർട്ടെൻ","SS":"ദക്ഷിണ സുഡാൻ","XK":"കൊസോവൊ"}}');

/***/ }),

/***/ 6806:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"mn","countries":{"AD":"Андорра","AE":"Арабын Нэгдсэн Эмират","AF":"Афганистан","AG":"Антигуа ба Барбуда","AI":"Ангила","AL":"Албани","AM":"Армени","AO":"Ангол","AQ":"Антарктик","AR":"Аргентин","AS":"Америкийн Самоа","AT":"Австри","AU":"Австрали","AW":"Аруба","AX":"Аландын Арлууд","AZ":"Азербайжан","BA":"Босни Герцеговин","BB":"Барбадос","BD":"Бангладеш","BE":"Белги","BF":"Буркина фасо","BG":"Болгар","BH":"Бахрейн","BI":"Бурунди","BJ":"Бенин","BL":"Сент Бартельми","BM":"Бермуд","BN":"Бруней","BO":"Боливи","BQ":"Карибын Нидерланд","BR":"Бразил","BS":"Багам","BT":"Бутан","BV":"Буветын арлууд","BW":"Ботсвана","BY":"Беларусь","BZ":"Белиз","CA":"Канад","CC":"Кокос (Кийлинг) арлууд","CD":"Конго-Киншаса","CF":"Төв Африкийн Бүгд Найрамдах Улс","CG":"Конго Браззавиль","CH":"Швейцари","CI":"Кот д’Ивуар","CK":"Күүкийн арлууд","CL":"Чили","CM":"Камерун","CN":"Хятад","CO":"Колумб","CR":"Коста Рика","CU":"Куба","CV":"Капе Верде","CW":"Куракао","CX":"Зул сарын арал","CY":"Кипр","CZ":"Чех","DE":"Герман","DJ":"Джибути","DK":"Дани","DM":"Доминик","DO":"Бүгд Найрамдах Доминикан Улс","DZ":"Алжир","EC":"Эквадор","EE":"Эстони","EG":"Египет","EH":"Баруун Сахар","ER":"Эритри","ES":"Испани","ET":"Этиоп","FI":"Финланд","FJ":"Фижи","FK":"Фолькландын Арлууд","FM":"Микронези","FO":"Фароэ Арлууд","FR":"Франц","GA":"Габон","GB":"Их Британи","GD":"Гренада","GE":"Гүрж","GF":"Францын Гайана","GG":"Гернси","GH":"Гана","GI":"Гибралтар","GL":"Гренланд","GM":"Гамби","GN":"Гвиней","GP":"Гваделуп","GQ":"Экваторын Гвиней","GR":"Грек","GS":"Өмнөд Жоржиа ба Өмнөд Сэндвичийн Арлууд","GT":"Гватемал","GU":"Гуам","GW":"Гвиней-Бисау","GY":"Гайана","HK":"Хонг Конг","HM":"Хэрд болон Макдоналд арлууд","HN":"Гондурас","HR":"Хорват","HT":"Гаити","HU":"Унгар","ID":"Индонези","IE":"Ирланд","IL":"Израиль","IM":"Мэн Арал","IN":"Энэтхэг","IO":"Британийн харьяа Энэтхэгийн далай дахь нутаг дэвсгэрүүд","IQ":"Ирак","IR":"Иран","IS":"Исланд","IT":"Итали","JE":"Жерси","JM":"Ямайк","JO":"Йордан","JP":"Япон","KE":"Кени","KG":"Кыргызстан","KH":"Камбож","KI":"Кирибати","KM":"Коморос","KN":"Сент-Киттс ба Невис","KP":"Хойд Солонгос","KR":"Өмнөд Солонгос","KW":"Кувейт","KY":"Кайманы Арлууд","KZ":"Казахстан","LA":"Лаос","LB":"Ливан","LC":"Сент Люсиа","LI":"Лихтенштейн","LK":"Шри Ланка","LR":"Либери","LS":"Лесото","LT":"Литва","LU":"Люксембург","LV":"Латви","LY":"Ливи","MA":"Марокко","MC":"Монако","MD":"Молдав","ME":"Монтенегро","MF":"Сент-Мартин","MG":"Мадагаскар","MH":"Маршаллын арлууд","MK":"Умард Македон","ML":"Мали","MM":"Мьянмар (Бурма)","MN":"Монгол","MO":"Макао","MP":"Хойд Марианы арлууд","MQ":"Мартиник","MR":"Мавритани","MS":"Монтсеррат","MT":"Мальта","MU":"Мавритус","MV":"Мальдив","MW":"Малави","MX":"Мексик","MY":"Малайз","MZ":"Мозамбик","NA":"Намиби","NC":"Шинэ Каледони","NE":"Нигер","NF":"Норфолк арлууд","NG":"Нигери","NI":"Никарагуа","NL":"Нидерланд","NO":"Норвеги","NP":"Балба","NR":"Науру","NU":"Ниуэ","NZ":"Шинэ Зеланд","OM":"Оман","PA":"Панам","PE":"Перу","PF":"Францын Полинез","PG":"Папуа Шинэ Гвиней","PH":"Филиппин","PK":"Пакистан","PL":"Польш","PM":"Сэнт Пьер ба Микелон","PN":"Питкэрн арлууд","PR":"Пуэрто Рико","PS":"Палестины нутаг дэвсгэрүүд","PT":"Португаль","PW":"Палау","PY":"Парагвай","QA":"Катар","RE":"Реюньон","RO":"Румын","RS":"Серби","RU":"Орос","RW":"Руанда","SA":"Саудын Араб","SB":"Соломоны Арлууд","SC":"Сейшел","SD":"Судан","SE":"Швед","SG":"Сингапур","SH":"Сент Хелена","SI":"Словени","SJ":"Свалбард ба Ян Майен","SK":"Словак","SL":"Сьерра-Леоне","SM":"Сан-Марино","SN":"Сенегал","SO":"Сомали","SR":"Суринам","SS":"Өмнөд Судан","ST":"Сан-Томе ба Принсипи","SV":"Эль Сальвадор","SX":"Синт Мартен","SY":"Сири","SZ":"Свазиланд","TC":"Турк ба Кайкосын Арлууд","TD":"Чад","TF":"Францын өмнөд газар нутаг","TG":"Того","TH":"Тайланд","TJ":"Тажикистан","TK":"Токелау","TL":"Тимор-Лесте","TM":"Туркменистан","TN":"Тунис","TO":"Тонга","TR":"Турк","TT":"Тринидад Тобаго","TV":"Тувалу","TW":"Тайвань","TZ":"Танзани","UA":"Украин","UG":"Уганда","UM":"АНУ-ын тойрсон арлууд","US":"Америкийн Нэгдсэн Улс","UY":"Уругвай","UZ":"Узбекистан","VA":"Ватикан хот улс","VC":"Сэнт Винсэнт ба Гренадин","VE":"Венесуэл","VG":"Британийн Виржиний Арлууд","VI":"АНУ-ын Виржиний Арлууд","VN":"Вьетнам","VU":"Вануату","WF":"Уоллис ба Футуна","WS":"Самоа","XK":"Косово","YE":"Йемен","YT":"Майотте","ZA":"Өмнөд Африк тив","ZM":"Замби","ZW":"Зимбабве"}}');

/***/ }),

/***/ 8658:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"mr","countries":{"AD":"आंदोरा","AE":"संयुक्त अरब अमिराती","AF":"अफगाणिस्तान","AG":"अँटिगा आणि बार्बुडा","AI":"अँग्विला","AL":"अल्बानिया","AM":"अर्मेनिया","AO":"अँगोला","AQ":"अंटार्क्टिका","AR":"अर्जेंटीना","AS":"अमेरिकन सामोआ","AT":"ऑस्ट्रिया","AU":"ऑस्ट्रेलिया","AW":"अरूबा","AX":"ऑलंड द्वीपसमूह","AZ":"अझरबैजान","BA":"बॉस्निया आणि हर्झगोव्हिना","BB":"बार्बाडोस","BD":"बांग्लादेश","BE":"बेल्जियम","BF":"बुर्किना फासो","BG":"बल्गेरिया","BH":"बहारीन","BI":"बुरुंडी","BJ":"बेनिन","BL":"सेंट बार्थेलेमी","BM":"बर्म्युडा","BN":"ब्रुनेई दारुसलाम","BO":"बोलिव्हिया","BQ":"कैरिबियन नेदरलँड्स","BR":"ब्राझील","BS":"बहामास","BT":"भूतान","BV":"बुवेट बेट","BW":"बोत्स्वाना","BY":"बेलारूस","BZ":"बेलीज","CA":"कॅनडा","CC":"कोकोस द्वीपसमूह","CD":"काँगो, लोकशाही प्रजासत्ताक","CF":"मध्य आफ्रिकेचे प्रजासत्ताक","CG":"काँगो","CH":"स्वित्झर्लंड","CI":"आयव्हरी कोस्ट","CK":"कुक द्वीप","CL":"चिली","CM":"कैमरून","CN":"चीन","CO":"कोलंबिया","CR":"कॉस्टा रिका","CU":"क्यूबा","CV":"केप वर्दे","CW":"कुराकाओ","CX":"क्रिसमस द्वीप","CY":"सायप्रस","CZ":"झेक प्रजासत्ताक","DE":"जर्मनी","DJ":"जिबूती","DK":"डेन्मार्क","DM":"डोमिनिका","DO":"डॉमिनिकन प्रजासत्ताक","DZ":"अल्जेरिया","EC":"इक्वेडोर","EE":"एस्टोनिया","EG":"इजिप्त","EH":"पश्चिम सहारा","ER":"इरिट्रिया","ES":"स्पेन","ET":"इथिओपिया","FI":"फिनलंड","FJ":"फिजी","FK":"फॉकलंड द्वीपसमूह (माल्विनास)","FM":"मायक्रोनेशिया (संघीय राज्ये)","FO":"फॅरो द्वीपसमूह","FR":"फ्रान्स","GA":"गॅबॉन","GB":"ग्रेट ब्रिटन व उत्तर आयर्लंडचे संयुक्त राजतंत्र","GD":"ग्रेनेडा","GE":"जॉर्जिया","GF":"फ्रेंच गयाना","GG":"ग्वेर्नसे","GH":"घाना","GI":"जिब्राल्टर","GL":"ग्रीनलँड","GM":"गांबिया","GN":"गिनी","GP":"ग्वाडेलूप","GQ":"इक्वेटोरियल गिनी","GR":"ग्रीस","GS":"दक्षिण जॉर्जिया आणि दक्षिण सँडविच द्वीपसमूह","GT":"ग्वाटेमाला","GU":"ग्वाम","GW":"गिनी-बिसाऊ","GY":"गयाना","HK":"हाँग काँग","HM":"हर्ड द्वीप व मॅकडॉनल्ड द्वीपसमूह","HN":"होंडुरास","HR":"क्रोएशिया","HT":"हैती","HU":"हंगेरी","ID":"इंडोनेशिया","IE":"आयर्लंड","IL":"इस्रायल","IM":"आइल ऑफ मॅन","IN":"भारत","IO":"ब्रिटीश हिंदी महासागर क्षेत्र","IQ":"इराक","IR":"इराण","IS":"आइसलँड","IT":"इटली","JE":"जर्सी","JM":"जमैका","JO":"जॉर्डन","JP":"जापान","KE":"केनिया","KG":"किर्गिझस्तान","KH":"कंबोडिया","KI":"किरिबाती","KM":"कोमोरोस","KN":"सेंट किट्स आणि नेव्हिस","KP":"उत्तर कोरिया","KR":"दक्षिण कोरिया","KW":"कुवेत","KY":"केमन द्वीपसमूह","KZ":"कझाकस्तान","LA":"लाओस","LB":"लेबनॉन","LC":"सेंट लुसिया","LI":"लिश्टनस्टाइन","LK":"श्रीलंका","LR":"लायबेरिया","LS":"लेसोथो","LT":"लिथुआनिया","LU":"लक्झेंबर्ग","LV":"लात्व्हिया","LY":"लिबिया","MA":"मोरोक्को","MC":"मोनॅको","MD":"मोल्दोव्हा प्रजासत्ताक","ME":"माँटेनिग्रो","MF":"सेंट मार्टिन","MG":"मादागास्कर","MH":"मार्शल द्वीपसमूह","MK":"उत्तर मॅसेडोनिया","ML":"माली","MM":"म्यानमार","MN":"मंगोलिया","MO":"मकाओ","MP":"उत्तर मारियाना द्वीपसमूह","MQ":"मार्टिनिक","MR":"मॉरिटानिया","MS":"माँटसेराट","MT":"माल्टा","MU":"मॉरिशस","MV":"मालदीव","MW":"मलावी","MX":"मेक्सिको","MY":"मलेशिया","MZ":"मोझांबिक","NA":"नामिबिया","NC":"न्यू कॅलिडोनिया","NE":"नायजर","NF":"नॉरफोक द्वीप","NG":"नायजेरिया","NI":"निकाराग्वा","NL":"नेदरलँड्स","NO":"नॉर्वे","NP":"नेपाळ","NR":"नौरू","NU":"नियू","NZ":"न्यूझीलंड","OM":"ओमान","PA":"पनामा","PE":"पेरू","PF":"फ्रेंच पॉलिनेशिया","PG":"पापुआ न्यू गिनी","PH":"फिलिपाईन्स","PK":"पाकिस्तान","PL":"पोलंड","PM":"सेंट पियरे आणि मिकेलॉन","PN":"पिटकेर्न द्वीपसमूह","PR":"पोर्तु रिको","PS":"पॅलेस्टाईन","PT":"पोर्तुगाल","PW":"पलाऊ","PY":"पॅराग्वे","QA":"कतार","RE":"रीयूनियन","RO":"रोमानिया","RS":"सर्बिया","RU":"रशिया","RW":"रवांडा","SA":"सौदी अरेबिया","SB":"सोलोमन द्वीपसमूह","SC":"सेशेल्स","SD":"सुदान","SE":"स्वीडन","SG":"सिंगापूर","SH":"सेंट हेलेना, असेन्शन आणि ट्रिस्टन दा कुन्हा","SI":"स्लोव्हेनिया","SJ":"स्वालबार्ड व यान मायेन","SK":"स्लोव्हाकिया","SL":"सिएरा लिओन","SM":"सॅन मारिनो","SN":"सेनेगल","SO":"सोमालिया","SR":"सुरिनाम","SS":"दक्षिण सुदान","ST":"साओ टोम आणि प्रिंसिपे","SV":"एल साल्वाडोर","SX":"सिंट मार्टेन","SY":"सीरिया","SZ":"इस्वातीनी","TC":"तुर्क आणि कैकोस द्वीपसमूह","TD":"चाड","TF":"फ्रान्सचे दक्षिणी व अंटार्क्टिक भूभाग","TG":"टोगो","TH":"थायलंड","TJ":"ताजिकिस्तान","TK":"टोकेलाऊ","TL":"पूर्व तिमोर","TM":"तुर्कमेनिस्तान","TN":"ट्युनिशिया","TO":"टोंगा","TR":"तुर्कस्तान","TT":"त्रिनिदाद आणि टोबॅगो","TV":"तुवालू","TW":"तैवान","TZ":"टांझानिया","UA":"युक्रेन","UG":"युगांडा","UM":"संयुक्त राज्य अमेरिकेचे छोटे दूरस्थ द्वीपसमूह","US":"अमेरिका","UY":"उरुग्वे","UZ":"उझबेकिस्तान","VA":"व्हॅटिकन सिटी","VC":"सेंट व्हिन्सेंट आणि ग्रेनेडीन्स","VE":"व्हेनेझुएला","VG":"ब्रिटीश व्हर्जिन द्वीपसमूह","VI":"अमेरिकी व्हर्जिन द्वीपसमूह","VN":"व्हिएतनाम","VU":"व्हानुआतू","WF":"वॉलिस आणि फ्युटुना","WS":"सामोआ","XK":"कोसोवो","YE":"यमनचे प्रजासत्ताक","YT":"मेयोट","ZA":"दक्षिण आफ्रिका","ZM":"झांबिया","ZW":"झिम्बाब्वे"}}');

/***/ }),

/***/ 2637:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ms","countries":{"AD":"Andorra","AE":"Emiriah Arab Bersatu","AF":"Afghanistan","AG":"Antigua dan Barbuda","AI":"Anguilla","AL":"Albania","AM":"Armenia","AO":"Angola","AQ":"Antartika","AR":"Argentina","AS":"Samoa Amerika","AT":"Austria","AU":"Australia","AW":"Aruba","AX":"Kepulauan Aland","AZ":"Azerbaijan","BA":"Bosnia dan Herzegovina","BB":"Barbados","BD":"Bangladesh","BE":"Belgium","BF":"Burkina Faso","BG":"Bulgaria","BH":"Bahrain","BI":"Burundi","BJ":"Benin","BL":"Saint Barthélemy","BM":"Bermuda","BN":"Brunei","BO":"Bolivia","BQ":"Belanda Caribbean","BR":"Brazil","BS":"Bahamas","BT":"Bhutan","BV":"Pulau Bouvet","BW":"Botswana","BY":"Belarus","BZ":"Belize","CA":"Kanada","CC":"Kepulauan Cocos (Keeling)","CD":"Congo - Kinshasa","CF":"Republik Afrika Tengah","CG":"Congo - Brazzaville","CH":"Switzerland","CI":["Cote d\'Ivoire","Côte d\'Ivoire"],"CK":"Kepulauan Cook","CL":"Chile","CM":"Cameroon","CN":"China","CO":"Colombia","CR":"Costa Rica","CU":"Cuba","CV":"Cape Verde","CW":"Curacao","CX":"Pulau Krismas","CY":"Cyprus","CZ":"Czechia","DE":"Jerman","DJ":"Djibouti","DK":"Denmark","DM":"Dominica","DO":"Republik Dominica","DZ":"Algeria","EC":"Ecuador","EE":"Estonia","EG":"Mesir","EH":"Sahara Barat","ER":"Eritrea","ES":"Sepanyol","ET":"Ethiopia","FI":"Finland","FJ":"Fiji","FK":"Kepulauan Falkland","FM":"Micronesia","FO":"Kepulauan Faroe","FR":"Perancis","GA":"Gabon","GB":"United Kingdom","GD":"Grenada","GE":"Georgia","GF":"Guiana Perancis","GG":"Guernsey","GH":"Ghana","GI":"Gibraltar","GL":"Greenland","GM":"Gambia","GN":"Guinea","GP":"Guadeloupe","GQ":"Guinea Khatulistiwa","GR":"Greece","GS":"Kepulauan Georgia Selatan & Sandwich Selatan","GT":"Guatemala","GU":"Guam","GW":"Guinea Bissau","GY":"Guyana","HK":"Hong Kong SAR China","HM":"Kepulauan Heard & McDonald","HN":"Honduras","HR":"Croatia","HT":"Haiti","HU":"Hungary","ID":"Indonesia","IE":"Ireland","IL":"Israel","IM":"Isle of Man","IN":"India","IO":"Wilayah Lautan Hindi British","IQ":"Iraq","IR":"Iran","IS":"Iceland","IT":"Itali","JE":"Jersey","JM":"Jamaica","JO":"Jordan","JP":"Jepun","KE":"Kenya","KG":"Kyrgyzstan","KH":"Kemboja","KI":"Kiribati","KM":"Comoros","KN":"Saint Kitts dan Nevis","KP":"Korea Utara","KR":"Korea Selatan","KW":"Kuwait","KY":"Kepulauan Cayman","KZ":"Kazakhstan","LA":"Laos","LB":"Lubnan","LC":"Saint Lucia","LI":"Liechtenstein","LK":"Sri Lanka","LR":"Liberia","LS":"Lesotho","LT":"Lithuania","LU":"Luxembourg","LV":"Latvia","LY":"Libya","MA":"Maghribi","MC":"Monaco","MD":"Moldova","ME":"Montenegro","MF":"Saint Martin","MG":"Madagaskar","MH":"Kepulauan Marshall","MK":"Macedonia","ML":"Mali","MM":"Myanmar (Burma)","MN":"Mongolia","MO":"Macau SAR China","MP":"Kepulauan Mariana Utara","MQ":"Martinique","MR":"Mauritania","MS":"Montserrat","MT":"Malta","MU":"Mauritius","MV":"Maldives","MW":"Malawi","MX":"Mexico","MY":"Malaysia","MZ":"Mozambique","NA":"Namibia","NC":"New Caledonia","NE":"Niger","NF":"Pulau Norfolk","NG":"Nigeria","NI":"Nicaragua","NL":"Belanda","NO":"Norway","NP":"Nepal","NR":"Nauru","NU":"Niue","NZ":"New Zealand","OM":"Oman","PA":"Panama","PE":"Peru","PF":"Polinesia Perancis","PG":"Papua New Guinea","PH":"Filipina","PK":"Pakistan","PL":"Poland","PM":"Saint Pierre dan Miquelon","PN":"Kepulauan Pitcairn","PR":"Puerto Rico","PS":"Wilayah Palestin","PT":"Portugal","PW":"Palau","PY":"Paraguay","QA":"Qatar","RE":"Reunion","RO":"Romania","RS":"Serbia","RU":"Rusia","RW":"Rwanda","SA":"Arab Saudi","SB":"Kepulauan Solomon","SC":"Seychelles","SD":"Sudan","SE":"Sweden","SG":"Singapura","SH":"Saint Helena","SI":"Slovenia","SJ":"Svalbard dan Jan Mayen","SK":"Slovakia","SL":"Sierra Leone","SM":"San Marino","SN":"Senegal","SO":"Somalia","SR":"Surinam","SS":"Sudan Selatan","ST":"Sao Tome dan Principe","SV":"El Salvador","SX":"Sint Maarten","SY":"Syria","SZ":"Eswatini","TC":"Kepulauan Turks dan Caicos","TD":"Chad","TF":"Wilayah Selatan Perancis","TG":"Togo","TH":"Thailand","TJ":"Tajikistan","TK":"Tokelau","TL":"Timor-Leste","TM":"Turkmenistan","TN":"Tunisia","TO":"Tonga","TR":"Turki","TT":"Trinidad dan Tobago","TV":"Tuvalu","TW":"Taiwan","TZ":"Tanzania","UA":"Ukraine","UG":"Uganda","UM":"Kepulauan Terpencil A.S.","US":"Amerika Syarikat","UY":"Uruguay","UZ":"Uzbekistan","VA":"Kota Vatican","VC":"Saint Vincent dan Grenadines","VE":"Venezuela","VG":"Kepulauan Virgin British","VI":"Kepulauan Virgin A.S.","VN":"Vietnam","VU":"Vanuatu","WF":"Wallis dan Futuna","WS":"Samoa","XK":"Kosovo","YE":"Yaman","YT":"Mayotte","ZA":"Afrika Selatan","ZM":"Zambia","ZW":"Zimbabwe"}}');

/***/ }),

/***/ 8732:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"mt","countries":{"AF":"l-Afganistan","AL":"l-Albanija","DZ":"l-Alġerija","AS":"is-Samoa Amerikana","AD":"Andorra","AO":"l-Angola","AI":"Anguilla","AQ":"l-Antartika","AG":"Antigua u Barbuda","AR":"l-Arġentina","AM":"l-Armenja","AW":"Aruba","AU":"l-Awstralja","AT":"l-Awstrija","AZ":"l-Ażerbajġan","BS":"il-Bahamas","BH":"il-Bahrain","BD":"il-Bangladesh","BB":"Barbados","BY":"il-Belarussja","BE":"il-Belġju","BZ":"il-Belize","BJ":"il-Benin","BM":"Bermuda","BT":"il-Bhutan","BO":"il-Bolivja","BA":"il-Bożnija-Ħerzegovina","BW":"il-Botswana","BV":"Gżira Bouvet","BR":"Il-Brażil","IO":"Territorju Brittaniku tal-Oċean Indjan","BN":"il-Brunei","BG":"il-Bulgarija","BF":"il-Burkina Faso","BI":"il-Burundi","KH":"il-Kambodja","CM":"il-Kamerun","CA":"il-Kanada","CV":"Cape Verde","KY":"il-Gżejjer Cayman","CF":"ir-Repubblika Ċentru-Afrikana","TD":"iċ-Chad","CL":"iċ-Ċili","CN":"iċ-Ċina","CX":"il-Gżira Christmas","CC":"Gżejjer Cocos (Keeling)","CO":"il-Kolombja","KM":"Comoros","CG":"il-Kongo - Brazzaville","CD":"ir-Repubblika Demokratika tal-Kongo","CK":"Gżejjer Cook","CR":"il-Costa Rica","CI":"il-Kosta tal-Avorju","HR":"il-Kroazja","CU":"Kuba","CY":"Ċipru","CZ":"ir-Repubblika Ċeka","DK":"id-Danimarka","DJ":"il-Djibouti","DM":"Dominica","DO":"ir-Repubblika Dominicana","EC":"l-Ekwador","EG":"l-Eġittu","SV":"El Salvador","GQ":"il-Guinea Ekwatorjali","ER":"l-Eritrea","EE":"l-Estonja","ET":"l-Etjopja","FK":"il-Gżejjer Falkland","FO":"il-Gżejjer Faeroe","FJ":"Fiġi","FI":"il-Finlandja","FR":"Franza","GF":"il-Guyana Franċiża","PF":"Polineżja Franċiża","TF":"It-Territorji Franċiżi tan-Nofsinhar","GA":"il-Gabon","GM":"il-Gambja","GE":"il-Georgia","DE":"il-Ġermanja","GH":"il-Ghana","GI":"Ġibiltà","GR":"il-Greċja","GL":"Greenland","GD":"Grenada","GP":"Guadeloupe","GU":"Guam","GT":"il-Gwatemala","GN":"il-Guinea","GW":"il-Guinea-Bissau","GY":"il-Guyana","HT":"il-Haiti","HM":"il-Gżejjer Heard u l-Gżejjer McDonald","VA":"l-Istat tal-Belt tal-Vatikan","HN":"il-Honduras","HK":"ir-Reġjun Amministrattiv Speċjali ta’ Hong Kong tar-Repubblika tal-Poplu taċ-Ċina","HU":"l-Ungerija","IS":"l-Iżlanda","IN":"l-Indja","ID":"l-Indoneżja","IR":"l-Iran","IQ":"l-Iraq","IE":"l-Irlanda","IL":"Iżrael","IT":"l-Italja","JM":"il-Ġamajka","JP":"il-Ġappun","JO":"il-Ġordan","KZ":"il-Każakistan","KE":"il-Kenja","KI":"Kiribati","KP":"il-Korea ta’ Fuq","KR":"il-Korea t’Isfel","KW":"il-Kuwajt","KG":"il-Kirgiżistan","LA":"il-Laos","LV":"il-Latvja","LB":"il-Libanu","LS":"il-Lesoto","LR":"il-Liberja","LY":"il-Libja","LI":"il-Liechtenstein","LT":"il-Litwanja","LU":"il-Lussemburgu","MO":"ir-Reġjun Amministrattiv Speċjali tal-Macao tar-Repubblika tal-Poplu taċ-Ċina","MG":"Madagascar","MW":"il-Malawi","MY":"il-Malasja","MV":"il-Maldivi","ML":"il-Mali","MT":"Malta","MH":"Gżejjer Marshall","MQ":"Martinique","MR":"il-Mauritania","MU":"Mauritius","YT":"Mayotte","MX":"il-Messiku","FM":"il-Mikroneżja","MD":"il-Moldova","MC":"Monaco","MN":"il-Mongolja","MS":"Montserrat","MA":"il-Marokk","MZ":"il-Mozambique","MM":"il-Myanmar/Burma","NA":"in-Namibja","NR":"Nauru","NP":"in-Nepal","NL":"in-Netherlands","NC":"New Caledonia","NZ":"New Zealand","NI":"in-Nikaragwa","NE":"in-Niġer","NG":"in-Niġerja","NU":"Niue","NF":"Gżira Norfolk","MK":"il-Maċedonja ta’ Fuq","MP":"Ġżejjer Mariana tat-Tramuntana","NO":"in-Norveġja","OM":"l-Oman","PK":"il-Pakistan","PW":"Palau","PS":"it-Territorji Palestinjani","PA":"il-Panama","PG":"Papua New Guinea","PY":"il-Paragwaj","PE":"il-Perù","PH":"il-Filippini","PN":"Gżejjer Pitcairn","PL":"il-Polonja","PT":"il-Portugall","PR":"Puerto Rico","QA":"il-Qatar","RE":"Réunion","RO":"ir-Rumanija","RU":"ir-Russja","RW":"ir-Rwanda","SH":"Saint Helena","KN":"Saint Kitts u Nevis","LC":"Saint Lucia","PM":"Saint Pierre u Miquelon","VC":"Saint Vincent u l-Grenadini","WS":"Samoa","SM":"San Marino","ST":"São Tomé u Príncipe","SA":"l-Arabja Sawdija","SN":"is-Senegal","SC":"is-Seychelles","SL":"Sierra Leone","SG":"Singapore","SK":"is-Slovakkja","SI":"is-Slovenja","SB":"il-Gżejjer Solomon","SO":"is-Somalja","ZA":"l-Afrika t’Isfel","GS":"il-Georgia tan-Nofsinhar u l-Gżejjer Sandwich tan-Nofsinhar","ES":"Spanja","LK":"is-Sri Lanka","SD":"is-Sudan","SR":"is-Suriname","SJ":"Svalbard u Jan Mayen","SZ":"l-Eswatini","SE":"l-Iżvezja","CH":"l-Iżvizzera","SY":"is-Sirja","TW":"it-Tajwan","TJ":"it-Taġikistan","TZ":"it-Tanzanija","TH":"it-Tajlandja","TL":"Timor Leste","TG":"it-Togo","TK":"it-Tokelau","TO":"Tonga","TT":"Trinidad u Tobago","TN":"it-Tuneżija","TR":"it-Turkija","TM":"it-Turkmenistan","TC":"il-Gżejjer Turks u Caicos","TV":"Tuvalu","UG":"l-Uganda","UA":"l-Ukrajna","AE":"l-Emirati Għarab Magħquda","GB":"ir-Renju Unit","US":["l-Istati Uniti","l-Istati Uniti tal-Amerka"],"UM":"Il-Gżejjer Minuri Mbiegħda tal-Istati Uniti","UY":"l-Urugwaj","UZ":"l-Użbekistan","VU":"Vanuatu","VE":"il-Venezwela","VN":"il-Vjetnam","VG":"il-Gżejjer Verġni Brittaniċi","VI":"il-Gżejjer Verġni tal-Istati Uniti","WF":"Wallis u Futuna","EH":"is-Saħara tal-Punent","YE":"il-Jemen","ZM":"iż-Żambja","ZW":"iż-Żimbabwe","AX":"il-Gżejjer Aland","BQ":"in-Netherlands tal-Karibew","CW":"Curaçao","GG":"Guernsey","IM":"Isle of Man","JE":"Jersey","ME":"il-Montenegro","BL":"Saint Barthélemy","MF":"Saint Martin","RS":"is-Serbja","SX":"Sint Maarten","SS":"is-Sudan t’Isfel","XK":"il-Kosovo"}}');

/***/ }),

/***/ 21:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"nb","countries":{"AD":"Andorra","AE":"De forente arabiske emirater","AF":"Afghanistan","AG":"Antigua og Barbuda","AI":"Anguilla","AL":"Albania","AM":"Armenia","AO":"Angola","AQ":"Antarktis","AR":"Argentina","AS":"Amerikansk Samoa","AT":"Østerrike","AU":"Australia","AW":"Aruba","AX":"Åland","AZ":"Aserbajdsjan","BA":"Bosnia-Hercegovina","BB":"Barbados","BD":"Bangladesh","BE":"Belgia","BF":"Burkina Faso","BG":"Bulgaria","BH":"Bahrain","BI":"Burundi","BJ":"Benin","BL":"Saint-Barthélemy","BM":"Bermuda","BN":"Brunei","BO":"Bolivia","BQ":"Karibisk Nederland","BR":"Brasil","BS":"Bahamas","BT":"Bhutan","BV":"Bouvetøya","BW":"Botswana","BY":"Hviterussland","BZ":"Belize","CA":"Canada","CC":"Kokosøyene","CD":"Kongo","CF":"Den sentralafrikanske republikk","CG":"Kongo-Brazzaville","CH":"Sveits","CI":"Elfenbenskysten","CK":"Cookøyene","CL":"Chile","CM":"Kamerun","CN":"Kina","CO":"Colombia","CR":"Costa Rica","CU":"Cuba","CV":"Kapp Verde","CW":"Curaçao","CX":"Christmasøya","CY":"Kypros","CZ":"Tsjekkia","DE":"Tyskland","DJ":"Djibouti","DK":"Danmark","DM":"Dominica","DO":"Den dominikanske republikk","DZ":"Algerie","EC":"Ecuador","EE":"Estland","EG":"Egypt","EH":"Vest-Sahara","ER":"Eritrea","ES":"Spania","ET":"Etiopia","FI":"Finland","FJ":"Fiji","FK":"Falklandsøyene","FM":"Mikronesiaføderasjonen","FO":"Færøyene","FR":"Frankrike","GA":"Gabon","GB":"Storbritannia","GD":"Grenada","GE":"Georgia","GF":"Fransk Guyana","GG":"Guernsey","GH":"Ghana","GI":"Gibraltar","GL":"Grønland","GM":"Gambia","GN":"Guinea","GP":"Guadeloupe","GQ":"Ekvatorial-Guinea","GR":"Hellas","GS":"Sør-Georgia og de søre Sandwichøyene","GT":"Guatemala","GU":"Guam","GW":"Guinea-Bissau","GY":"Guyana","HK":"Hongkong","HM":"Heard- og McDonald-øyene","HN":"Honduras","HR":"Kroatia","HT":"Haiti","HU":"Ungarn","ID":"Indonesia","IE":"Irland","IL":"Israel","IM":"Man","IN":"India","IO":"Britisk territorium i Indiahavet","IQ":"Irak","IR":"Iran","IS":"Island","IT":"Italia","JE":"Jersey","JM":"Jamaica","JO":"Jordan","JP":"Japan","KE":"Kenya","KG":"Kirgisistan","KH":"Kambodsja","KI":"Kiribati","KM":"Komorene","KN":"Saint Kitts og Nevis","KP":"Nord-Korea","KR":"Sør-Korea","KW":"Kuwait","KY":"Caymanøyene","KZ":"Kasakhstan","LA":"Laos","LB":"Libanon","LC":"Saint Lucia","LI":"Liechtenstein","LK":"Sri Lanka","LR":"Liberia","LS":"Lesotho","LT":"Litauen","LU":"Luxembourg","LV":"Latvia","LY":"Libya","MA":"Marokko","MC":"Monaco","MD":"Moldova","ME":"Montenegro","MF":"Saint-Martin","MG":"Madagaskar","MH":"Marshalløyene","MK":"Nord-Makedonia","ML":"Mali","MM":"Myanmar (Burma)","MN":"Mongolia","MO":"Macao","MP":"Nord-Marianene","MQ":"Martinique","MR":"Mauritania","MS":"Montserrat","MT":"Malta","MU":"Mauritius","MV":"Maldivene","MW":"Malawi","MX":"Mexico","MY":"Malaysia","MZ":"Mosambik","NA":"Namibia","NC":"Ny-Caledonia","NE":"Niger","NF":"Norfolk Island","NG":"Nigeria","NI":"Nicaragua","NL":"Nederland","NO":"Norge","NP":"Nepal","NR":"Nauru","NU":"Niue","NZ":"New Zealand","OM":"Oman","PA":"Panama","PE":"Peru","PF":"Fransk Polynesia","PG":"Papua Ny-Guinea","PH":"Filippinene","PK":"Pakistan","PL":"Polen","PM":"Saint-Pierre-et-Miquelon","PN":"Pitcairn","PR":"Puerto Rico","PS":"De okkuperte palestinske områdene","PT":"Portugal","PW":"Palau","PY":"Paraguay","QA":"Qatar","RE":"Réunion","RO":"Romania","RS":"Serbia","RU":"Russland","RW":"Rwanda","SA":"Saudi-Arabia","SB":"Salomonøyene","SC":"Seychellene","SD":"Sudan","SE":"Sverige","SG":"Singapore","SH":"St. Helena","SI":"Slovenia","SJ":"Svalbard og Jan Mayen","SK":"Slovakia","SL":"Sierra Leone","SM":"San Marino","SN":"Senegal","SO":"Somalia","SR":"Surinam","SS":"Sør-Sudan","ST":"São Tomé og Príncipe","SV":"El Salvador","SX":"Sint Maarten (Nederlandsk del)","SY":"Syria","SZ":"Eswatini","TC":"Turks- og Caicosøyene","TD":"Tsjad","TF":"Søre franske territorier","TG":"Togo","TH":"Thailand","TJ":"Tadsjikistan","TK":"Tokelau","TL":"Øst-Timor","TM":"Turkmenistan","TN":"Tunisia","TO":"Tonga","TR":"Tyrkia","TT":"Trinidad og Tobago","TV":"Tuvalu","TW":"Taiwan","TZ":"Tanzania","UA":"Ukraina","UG":"Uganda","UM":"USA, mindre, utenforliggende øyer","US":"USA","UY":"Uruguay","UZ":"Usbekistan","VA":"Vatikanstaten","VC":"Saint Vincent og Grenadinene","VE":"Venezuela","VG":"Jomfruøyene (Britisk)","VI":"Jomfruøyene (USA)","VN":"Vietnam","VU":"Vanuatu","WF":"Wallis- og Futunaøyene","WS":"Samoa","YE":"Jemen","YT":"Mayotte","ZA":"Sør-Afrika","ZM":"Zambia","ZW":"Zimbabwe","XK":"Kosovo"}}');

/***/ }),

/***/ 8255:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"nl","countries":{"AF":["Islamitisch Emiraat Afghanistan","Afghanistan"],"AL":["Republiek Albanië","Albanië"],"DZ":["Democratische Volksrepubliek Algerije","Algerije"],"AS":"Amerikaans-Samoa","AD":["Vorstendom Andorra","Andorra"],"AO":["Republiek Angola","Angola"],"AI":"Anguilla","AQ":"Antarctica","AG":"Antigua en Barbuda","AR":["Argentijnse Republiek","Argentinië"],"AM":["Republiek Armenië","Armenië"],"AW":"Aruba","AU":["Gemenebest van Australië","Australië"],"AT":["Republiek Oostenrijk","Oostenrijk"],"AZ":["Republiek Azerbeidzjan","Azerbeidzjan"],"BS":["Gemenebest van de Bahama\'s","Bahama\'s"],"BH":["Koninkrijk Bahrein","Bahrein"],"BD":["Volksrepubliek Bangladesh","Bangladesh"],"BB":["Barbados","Barbados"],"BY":["Republiek Wit-Rusland","Wit-Rusland"],"BE":["Koninkrijk België","België"],"BZ":["Belize","Belize"],"BJ":["Republiek Benin","Benin"],"BM":"Bermuda","BT":["Koninkrijk Bhutan","Bhutan"],"BO":["Plurinationale Staat Bolivia","Bolivië"],"BA":["Bosnië en Herzegovina","Bosnië-Herzegovina"],"BW":["Republiek Botswana","Botswana"],"BV":"Bouvet Eiland","BR":["Federale Republiek Brazilië","Brazilië"],"IO":"Brits Indische oceaan","BN":["Brunei Darussalam","Brunei"],"BG":["Republiek Bulgarije","Bulgarije"],"BF":["Burkina Faso","Burkina Faso"],"BI":["Republiek Burundi","Burundi"],"KH":["Koninkrijk Cambodja","Cambodja"],"CM":["Republiek Kameroen","Kameroen"],"CA":"Canada","CV":["Republiek Kaapverdië","Kaapverdië"],"KY":"Kaaimaneilanden","CF":"Centraal-Afrikaanse Republiek","TD":["Republiek Tsjaad","Tsjaad"],"CL":["Republiek Chili","Chili"],"CN":["Volksrepubliek China","China"],"CX":["Christmaseiland","Kersteiland"],"CC":"Cocoseilanden","CO":["Republiek Colombia","Colombia"],"KM":["Unie der Comoren","Comoren"],"CG":["Republiek Congo","Congo-Brazzaville"],"CD":["Democratische Republiek Congo","Congo-Kinshasa"],"CK":"Cookeilanden","CR":["Republiek Costa Rica","Costa Rica"],"CI":["Republiek Ivoorkust","Ivoorkust"],"HR":["Republiek Kroatië","Kroatië"],"CU":["Republiek Cuba","Cuba"],"CY":["Republiek Cyprus","Cyprus"],"CZ":["Tsjechische Republiek","Tsjechië"],"DK":["Koninkrijk Denemarken","Denemarken"],"DJ":["Republiek Djibouti","Djibouti"],"DM":["Gemenebest Dominica","Dominica"],"DO":"Dominicaanse Republiek","EC":["Republiek Ecuador","Ecuador"],"EG":["Arabische Republiek Egypte","Egypte"],"SV":["Republiek El Salvador","El Salvador"],"GQ":["Republiek Equatoriaal-Guinea","Equatoriaal-Guinea"],"ER":["Staat Eritrea","Eritrea"],"EE":["Republiek Estland","Estland"],"ET":["Federale Democratische Republiek Ethiopië","Ethiopië"],"FK":"Falklandeilanden","FO":"Faeröer","FJ":["Republiek Fiji","Fiji"],"FI":["Republiek Finland","Finland"],"FR":["Franse Republiek","Frankrijk"],"GF":"Frans-Guyana","PF":"Frans-Polynesië","TF":"Franse Zuidelijke Gebieden","GA":["Republiek Gabon","Gabon"],"GM":["Republiek Gambia","Gambia"],"GE":["Georgië","Georgië"],"DE":["Bondsrepubliek Duitsland","Duitsland"],"GH":["Republiek Ghana","Ghana"],"GI":"Gibraltar","GR":["Helleense Republiek","Griekenland"],"GL":"Groenland","GD":"Grenada","GP":"Guadeloupe","GU":"Guam","GT":["Republiek Guatemala","Guatemala"],"GN":["Republiek Guinee","Guinea"],"GW":["Republiek Guinee-Bissau","Guinee-Bissau"],"GY":["Coöperatieve Republiek Guyana","Guyana"],"HT":["Republiek Haïti","Haïti"],"HM":"Heard en McDonaldeilanden","VA":["Vaticaanstad","Vaticaanstad"],"HN":["Republiek Honduras","Honduras"],"HK":"Hong Kong","HU":["Hongaarse Republiek","Hongarije"],"IS":["IJslandse Republiek","IJsland"],"IN":["Republiek India","India"],"ID":["Republiek Indonesië","Indonesië"],"IR":["Islamitische Republiek Iran","Iran"],"IQ":["Republiek Irak","Irak"],"IE":["Ierse Republiek","Ierland"],"IL":["Staat Israël","Israël"],"IT":["Italiaanse Republiek","Italië"],"JM":"Jamaica","JP":"Japan","JO":["Hasjemitisch Koninkrijk Jordanië","Jordanië"],"KZ":["Republiek Kazachstan","Kazachstan"],"KE":["Republiek Kenia","Kenia"],"KI":["Republiek Kiribati","Kiribati"],"KP":["Democratische Volksrepubliek Korea","Noord-Korea"],"KR":["Republiek Korea","Zuid-Korea"],"KW":["Staat Koeweit","Koeweit"],"KG":["Kirgizische Republiek","Kirgizië"],"LA":["Lao Democratische Volksrepubliek","Laos"],"LV":["Republiek Letland","Letland"],"LB":["Libanese Republiek","Libanon"],"LS":["Koninkrijk Lesotho","Lesotho"],"LR":["Republiek Liberia","Liberia"],"LY":["Staat Libië","Libië"],"LI":["Vorstendom Liechtenstein","Liechtenstein"],"LT":["Republiek Litouwen","Litouwen"],"LU":["Groothertogdom Luxemburg","Luxemburg"],"MO":"Macao","MG":["Republiek Madagaskar","Madagaskar"],"MW":["Republiek Malawi","Malawi"],"MY":["Maleisië","Maleisië"],"MV":["Republiek der Maldiven","Maldiven"],"ML":["Republiek Mali","Mali"],"MT":["Republiek Malta","Malta"],"MH":["Republiek der Marshalleilanden","Marshalleilanden"],"MQ":"Martinique","MR":["Islamitische Republiek Mauritanië","Mauritanië"],"MU":["Republiek Mauritius","Mauritius"],"YT":"Mayotte","MX":["Verenigde Mexicaanse Staten","Mexico"],"FM":["Federale Staten van Micronesië","Micronesië"],"MD":["Republiek Moldavië","Moldavië"],"MC":["Vorstendom Monaco","Monaco"],"MN":["Mongolië","Mongolië"],"MS":"Montserrat","MA":["Koninkrijk Marokko","Marokko"],"MZ":["Republiek Mozambique","Mozambique"],"MM":["Republiek van de Unie van Myanmar","Myanmar"],"NA":["Republiek Namibië","Namibië"],"NR":["Republiek Nauru","Nauru"],"NP":["Federale Democratische Republiek Nepal","Nepal"],"NL":["Koninkrijk der Nederlanden","Nederland"],"NC":["Nieuw-Caledonië","Nieuw-Caledonië"],"NZ":["Nieuw-Zeeland","Nieuw-Zeeland"],"NI":["Republiek Nicaragua","Nicaragua"],"NE":["Republiek Niger","Niger"],"NG":["Federale Republiek Nigeria","Nigeria"],"NU":"Niue","NF":"Norfolk","MP":"Noordelijke Marianen","MK":["Republiek Noord-Macedonië","Noord-Macedonië"],"NO":["Koninkrijk Noorwegen","Noorwegen"],"OM":["Sultanaat Oman","Oman"],"PK":["Islamitische Republiek Pakistan","Pakistan"],"PW":["Republiek Palau","Palau"],"PS":["Staat Palestina","Palestina"],"PA":["Republiek Panama","Panama"],"PG":["Onafhankelijke Staat Papoea-Nieuw-Guinea","Papoea-Nieuw-Guinea"],"PY":["Republiek Paraguay","Paraguay"],"PE":["Republiek Peru","Peru"],"PH":["Republiek der Filipijnen","Filipijnen"],"PN":"Pitcairn","PL":["Republiek Polen","Polen"],"PT":["Portugese Republiek","Portugal"],"PR":"Puerto Rico","QA":["Staat Qatar","Qatar"],"RE":"Réunion","RO":["Roemeense Republiek","Roemenië"],"RU":["Russische Federatie","Rusland"],"RW":["Republiek Rwanda","Rwanda"],"SH":"Sint-Helena","KN":["Federatie Saint Kitts en Nevis","Saint Kitts en Nevis"],"LC":["Saint Lucia","Saint Lucia"],"PM":["Saint-Pierre en Miquelon","Saint-Pierre en Miquelon"],"VC":["Saint Vincent en de Grenadines","Saint Vincent en de Grenadines"],"WS":["Onafhankelijke Staat Samoa","Samoa"],"SM":["Republiek San Marino","San Marino"],"ST":["Democratische Republiek São Tomé en Principe","São Tomé en Principe"],"SA":["Koninkrijk Saudi-Arabië","Saudi-Arabië"],"SN":["Republiek Senegal","Senegal"],"SC":["Republiek der Seychellen","Seychellen"],"SL":["Republiek Sierra Leone","Sierra Leone"],"SG":["Republiek Singapore","Singapore"],"SK":["Slowaakse Republiek","Slowakije"],"SI":["Republiek Slovenië","Slovenië"],"SB":["Salomonseilanden","Salomonseilanden"],"SO":["Federale Republiek Somalië","Somalië"],"ZA":["Republiek Zuid-Afrika","Zuid-Afrika"],"GS":"Zuid-Georgia en de Zuidelijke Sandwicheilanden","ES":["Koninkrijk Spanje","Spanje"],"LK":["Democratische Socialistische Republiek Sri Lanka","Sri Lanka"],"SD":["Republiek Soedan","Soedan"],"SR":["Republiek Suriname","Suriname"],"SJ":"Spitsbergen en Jan Mayen","SZ":["Koninkrijk Eswatini","Eswatini","Swaziland"],"SE":["Koninkrijk Zweden","Zweden"],"CH":["Zwitserse Bondsstaat","Zwitserland"],"SY":["Syrische Arabische Republiek","Syrië"],"TW":["Taiwan","Taiwan"],"TJ":["Republiek Tadzjikistan","Tadzjikistan"],"TZ":["Verenigde Republiek Tanzania","Tanzania"],"TH":["Koninkrijk Thailand","Thailand"],"TL":["Democratische Republiek Timor-Leste","Timor Leste"],"TG":["Togolese Republiek","Togo"],"TK":"Tokelau","TO":["Koninkrijk Tonga","Tonga"],"TT":["Republiek Trinidad en Tobago","Trinidad en Tobago"],"TN":["Republiek Tunesië","Tunesië"],"TR":["Republiek Turkije","Turkije"],"TM":["Turkmeense Republiek","Turkmenistan"],"TC":"Turks- en Caicoseilanden","TV":["Tuvalu","Tuvalu"],"UG":["Republiek Oeganda","Oeganda"],"UA":["Oekraïne","Oekraïne"],"AE":["Verenigde Arabische Emiraten","Verenigde Arabische Emiraten"],"GB":["Verenigd Koninkrijk van Groot-Brittannië en Noord-Ierland","Verenigd Koninkrijk"],"US":["Verenigde Staten van Amerika","Verenigde Staten"],"UM":"Amerikaanse Kleinere Afgelegen Eilanden","UY":["Oostelijke Republiek Uruguay","Uruguay"],"UZ":["Republiek Oezbekistan","Oezbekistan"],"VU":["Republiek Vanuatu","Vanuatu"],"VE":["Bolivariaanse Republiek Venezuela","Venezuela"],"VN":["Socialistische Republiek Vietnam","Vietnam"],"VG":"Britse Maagdeneilanden","VI":"Amerikaanse Maagdeneilanden","WF":"Wallis en Futuna","EH":"Westelijke Sahara","YE":["Republiek Jemen","Jemen"],"ZM":["Republiek Zambia","Zambia"],"ZW":["Republiek Zimbabwe","Zimbabwe"],"AX":"Åland","BQ":"Bonaire, Sint Eustatius en Saba","CW":"Curaçao","GG":"Guernsey","IM":"Man Eiland","JE":"Jersey","ME":["Montenegro","Montenegro"],"BL":"Saint Barthélemy","MF":["Sint-Maarten (Frans deel)","Sint-Maarten (Franse Antillen)","Collectiviteit van Sint-Maarten"],"RS":["Republiek Servië","Servië"],"SX":["Sint Maarten","Sint-Maarten","Sint Maarten (Nederlands deel)","Land Sint Maarten"],"SS":["Republiek Zuid-Soedan","Zuid-Soedan"],"XK":["Republiek Kosovo","Kosovo"]}}');

/***/ }),

/***/ 729:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"nn","countries":{"AD":"Andorra","AE":"Dei sameinte arabiske emirata","AF":"Afghanistan","AG":"Antigua og Barbuda","AI":"Anguilla","AL":"Albania","AM":"Armenia","AO":"Angola","AQ":"Antarktis","AR":"Argentina","AS":"Amerikansk Samoa","AT":"Austerrike","AU":"Australia","AW":"Aruba","AX":"Åland","AZ":"Aserbajdsjan","BA":"Bosnia-Hercegovina","BB":"Barbados","BD":"Bangladesh","BE":"Belgia","BF":"Burkina Faso","BG":"Bulgaria","BH":"Bahrain","BI":"Burundi","BJ":"Benin","BL":"Saint-Barthélemy","BM":"Bermuda","BN":"Brunei","BO":"Bolivia","BQ":"Karibisk Nederland","BR":"Brasil","BS":"Bahamas","BT":"Bhutan","BV":"Bouvetøya","BW":"Botswana","BY":"Kviterussland","BZ":"Belize","CA":"Canada","CC":"Kokosøyane","CD":"Kongo","CF":"Den sentralafrikanske republikken","CG":"Kongo-Brazzaville","CH":"Sveits","CI":"Elfenbeinskysten","CK":"Cookøyane","CL":"Chile","CM":"Kamerun","CN":"Kina","CO":"Colombia","CR":"Costa Rica","CU":"Cuba","CV":"Kapp Verde","CW":"Curaçao","CX":"Christmasøya","CY":"Kypros","CZ":"Tsjekkia","DE":"Tyskland","DJ":"Djibouti","DK":"Danmark","DM":"Dominica","DO":"Den dominikanske republikken","DZ":"Algerie","EC":"Ecuador","EE":"Estland","EG":"Egypt","EH":"Vest-Sahara","ER":"Eritrea","ES":"Spania","ET":"Etiopia","FI":"Finland","FJ":"Fiji","FK":"Falklandsøyane","FM":"Mikronesiaføderasjonen","FO":"Færøyane","FR":"Frankrike","GA":"Gabon","GB":"Storbritannia","GD":"Grenada","GE":"Georgia","GF":"Fransk Guyana","GG":"Guernsey","GH":"Ghana","GI":"Gibraltar","GL":"Grønland","GM":"Gambia","GN":"Guinea","GP":"Guadeloupe","GQ":"Ekvatorial-Guinea","GR":"Hellas","GS":"Sør-Georgia og de søre Sandwichøyane","GT":"Guatemala","GU":"Guam","GW":"Guinea-Bissau","GY":"Guyana","HK":"Hongkong","HM":"Heard- og McDonald-øyane","HN":"Honduras","HR":"Kroatia","HT":"Haiti","HU":"Ungarn","ID":"Indonesia","IE":"Irland","IL":"Israel","IM":"Man","IN":"India","IO":"Britisk territorium i Indiahavet","IQ":"Irak","IR":"Iran","IS":"Island","IT":"Italia","JE":"Jersey","JM":"Jamaica","JO":"Jordan","JP":"Japan","KE":"Kenya","KG":"Kirgisistan","KH":"Kambodsja","KI":"Kiribati","KM":"Komorane","KN":"Saint Kitts og Nevis","KP":"Nord-Korea","KR":"Sør-Korea","KW":"Kuwait","KY":"Caymanøyane","KZ":"Kasakhstan","LA":"Laos","LB":"Libanon","LC":"Saint Lucia","LI":"Liechtenstein","LK":"Sri Lanka","LR":"Liberia","LS":"Lesotho","LT":"Litauen","LU":"Luxembourg","LV":"Latvia","LY":"Libya","MA":"Marokko","MC":"Monaco","MD":"Moldova","ME":"Montenegro","MF":"Saint-Martin","MG":"Madagaskar","MH":"Marshalløyane","MK":"Nord-Makedonia","ML":"Mali","MM":"Myanmar (Burma)","MN":"Mongolia","MO":"Macao","MP":"Nord-Marianane","MQ":"Martinique","MR":"Mauritania","MS":"Montserrat","MT":"Malta","MU":"Mauritius","MV":"Maldivane","MW":"Malawi","MX":"Mexico","MY":"Malaysia","MZ":"Mosambik","NA":"Namibia","NC":"Ny-Caledonia","NE":"Niger","NF":"Norfolk Island","NG":"Nigeria","NI":"Nicaragua","NL":"Nederland","NO":"Noreg","NP":"Nepal","NR":"Nauru","NU":"Niue","NZ":"New Zealand","OM":"Oman","PA":"Panama","PE":"Peru","PF":"Fransk Polynesia","PG":"Papua Ny-Guinea","PH":"Filippinane","PK":"Pakistan","PL":"Polen","PM":"Saint-Pierre-et-Miquelon","PN":"Pitcairn","PR":"Puerto Rico","PS":"Dei okkuperte palestinske områda","PT":"Portugal","PW":"Palau","PY":"Paraguay","QA":"Qatar","RE":"Réunion","RO":"Romania","RS":"Serbia","RU":"Russland","RW":"Rwanda","SA":"Saudi-Arabia","SB":"Salomonøyane","SC":"Seychellane","SD":"Sudan","SE":"Sverige","SG":"Singapore","SH":"St. Helena","SI":"Slovenia","SJ":"Svalbard og Jan Mayen","SK":"Slovakia","SL":"Sierra Leone","SM":"San Marino","SN":"Senegal","SO":"Somalia","SR":"Surinam","SS":"Sør-Sudan","ST":"São Tomé og Príncipe","SV":"El Salvador","SX":"Sint Maarten (Nederlandsk del)","SY":"Syria","SZ":"Eswatini","TC":"Turks- og Caicosøyane","TD":"Tsjad","TF":"Søre franske territorier","TG":"Togo","TH":"Thailand","TJ":"Tadsjikistan","TK":"Tokelau","TL":"Aust-Timor","TM":"Turkmenistan","TN":"Tunisia","TO":"Tonga","TR":"Tyrkia","TT":"Trinidad og Tobago","TV":"Tuvalu","TW":"Taiwan","TZ":"Tanzania","UA":"Ukraina","UG":"Uganda","UM":"USA, mindre, utanforliggande øyar","US":"USA","UY":"Uruguay","UZ":"Usbekistan","VA":"Vatikanstaten","VC":"Saint Vincent og Grenadinane","VE":"Venezuela","VG":"Jomfruøyane (Britisk)","VI":"Jomfruøyane (USA)","VN":"Vietnam","VU":"Vanuatu","WF":"Wallis- og Futunaøyane","WS":"Samoa","YE":"Jemen","YT":"Mayotte","ZA":"Sør-Afrika","ZM":"Zambia","ZW":"Zimbabwe","XK":"Kosovo"}}');

/***/ }),

/***/ 4366:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"no","countries":{"AF":"Afghanistan","AL":"Albania","DZ":"Algerie","AS":"Amerikansk Samoa","AD":"Andorra","AO":"Angola","AI":"Anguilla","AQ":"Antarktis","AG":"Antigua og Barbuda","AR":"Argentina","AM":"Armenia","AW":"Aruba","AU":"Australia","AT":"Østerrike","AZ":"Aserbajdsjan","BS":"Bahamas","BH":"Bahrain","BD":"Bangladesh","BB":"Barbados","BY":"Hviterussland","BE":"Belgia","BZ":"Belize","BJ":"Benin","BM":"Bermuda","BT":"Bhutan","BO":"Bolivia","BA":"Bosnia-Hercegovina","BW":"Botswana","BV":"Bouvetøya","BR":"Brasil","IO":"Det britiske territoriet i Indiahavet","BN":"Brunei","BG":"Bulgaria","BF":"Burkina Faso","BI":"Burundi","KH":"Kambodsja","CM":"Kamerun","CA":"Canada","CV":"Kapp Verde","KY":"Caymanøyene","CF":"Den sentralafrikanske republikk","TD":"Tsjad","CL":"Chile","CN":"Kina","CX":"Christmasøya","CC":"Kokosøyene","CO":"Colombia","KM":"Komorene","CG":"Kongo-Brazzaville","CD":"Kongo","CK":"Cookøyene","CR":"Costa Rica","CI":"Elfenbenskysten","HR":"Kroatia","CU":"Cuba","CY":"Kypros","CZ":"Tsjekkia","DK":"Danmark","DJ":"Djibouti","DM":"Dominica","DO":"Den dominikanske republikk","EC":"Ecuador","EG":"Egypt","SV":"El Salvador","GQ":"Ekvatorial-Guinea","ER":"Eritrea","EE":"Estland","ET":"Etiopia","FK":"Falklandsøyene","FO":"Færøyene","FJ":"Fiji","FI":"Finland","FR":"Frankrike","GF":"Fransk Guyana","PF":"Fransk Polynesia","TF":"De franske sørterritorier","GA":"Gabon","GM":"Gambia","GE":"Georgia","DE":"Tyskland","GH":"Ghana","GI":"Gibraltar","GR":"Hellas","GL":"Grønland","GD":"Grenada","GP":"Guadeloupe","GU":"Guam","GT":"Guatemala","GN":"Guinea","GW":"Guinea-Bissau","GY":"Guyana","HT":"Haiti","HM":"Heard- og McDonaldøyene","VA":"Vatikanstaten","HN":"Honduras","HK":"Hongkong SAR Kina","HU":"Ungarn","IS":"Island","IN":"India","ID":"Indonesia","IR":"Iran","IQ":"Irak","IE":"Irland","IL":"Israel","IT":"Italia","JM":"Jamaica","JP":"Japan","JO":"Jordan","KZ":"Kasakhstan","KE":"Kenya","KI":"Kiribati","KP":"Nord-Korea","KR":"Sør-Korea","KW":"Kuwait","KG":"Kirgisistan","LA":"Laos","LV":"Latvia","LB":"Libanon","LS":"Lesotho","LR":"Liberia","LY":"Libya","LI":"Liechtenstein","LT":"Litauen","LU":"Luxemburg","MO":"Macao SAR Kina","MG":"Madagaskar","MW":"Malawi","MY":"Malaysia","MV":"Maldivene","ML":"Mali","MT":"Malta","MH":"Marshalløyene","MQ":"Martinique","MR":"Mauritania","MU":"Mauritius","YT":"Mayotte","MX":"Mexico","FM":"Mikronesiaføderasjonen","MD":"Moldova","MC":"Monaco","MN":"Mongolia","MS":"Montserrat","MA":"Marokko","MZ":"Mosambik","MM":"Myanmar (Burma)","NA":"Namibia","NR":"Nauru","NP":"Nepal","NL":"Nederland","NC":"Ny-Caledonia","NZ":"New Zealand","NI":"Nicaragua","NE":"Niger","NG":"Nigeria","NU":"Niue","NF":"Norfolkøya","MK":"Nord-Makedonia","MP":"Nord-Marianene","NO":"Norge","OM":"Oman","PK":"Pakistan","PW":"Palau","PS":"Det palestinske området","PA":"Panama","PG":"Papua Ny-Guinea","PY":"Paraguay","PE":"Peru","PH":"Filippinene","PN":"Pitcairnøyene","PL":"Polen","PT":"Portugal","PR":"Puerto Rico","QA":"Qatar","RE":"Réunion","RO":"Romania","RU":"Russland","RW":"Rwanda","SH":"St. Helena","KN":"Saint Kitts og Nevis","LC":"St. Lucia","PM":"Saint-Pierre-et-Miquelon","VC":"St. Vincent og Grenadinene","WS":"Samoa","SM":"San Marino","ST":"São Tomé og Príncipe","SA":"Saudi-Arabia","SN":"Senegal","SC":"Seychellene","SL":"Sierra Leone","SG":"Singapore","SK":"Slovakia","SI":"Slovenia","SB":"Salomonøyene","SO":"Somalia","ZA":"Sør-Afrika","GS":"Sør-Georgia og Sør-Sandwichøyene","ES":"Spania","LK":"Sri Lanka","SD":"Sudan","SR":"Surinam","SJ":"Svalbard og Jan Mayen","SZ":"Eswatini","SE":"Sverige","CH":"Sveits","SY":"Syria","TW":"Taiwan","TJ":"Tadsjikistan","TZ":"Tanzania","TH":"Thailand","TL":"Øst-Timor","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad og Tobago","TN":"Tunisia","TR":"Tyrkia","TM":"Turkmenistan","TC":"Turks- og Caicosøyene","TV":"Tuvalu","UG":"Uganda","UA":"Ukraina","AE":"De forente arabiske emirater","GB":"Storbritannia","US":"USA","UM":"USAs ytre øyer","UY":"Uruguay","UZ":"Usbekistan","VU":"Vanuatu","VE":"Venezuela","VN":"Vietnam","VG":"De britiske jomfruøyene","VI":"De amerikanske jomfruøyene","WF":"Wallis og Futuna","EH":"Vest-Sahara","YE":"Jemen","ZM":"Zambia","ZW":"Zimbabwe","AX":"Åland","BQ":"Karibisk Nederland","CW":"Curaçao","GG":"Guernsey","IM":"Man","JE":"Jersey","ME":"Montenegro","BL":"Saint-Barthélemy","MF":"Saint-Martin","RS":"Serbia","SX":"Sint Maarten","SS":"Sør-Sudan","XK":"Kosovo"}}');

/***/ }),

/***/ 2565:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"pl","countries":{"AF":"Afganistan","AL":"Albania","DZ":"Algieria","AS":"Samoa Amerykańskie","AD":"Andora","AO":"Angola","AI":"Anguilla","AQ":"Antarktyka","AG":"Antigua i Barbuda","AR":"Argentyna","AM":"Armenia","AW":"Aruba","AU":"Australia","AT":"Austria","AZ":"Azerbejdżan","BS":"Bahamy","BH":"Bahrajn","BD":"Bangladesz","BB":"Barbados","BY":"Białoruś","BE":"Belgia","BZ":"Belize","BJ":"Benin","BM":"Bermudy","BT":"Bhutan","BO":"Boliwia","BA":"Bośnia i Hercegowina","BW":"Botswana","BV":"Wyspa Bouveta","BR":"Brazylia","IO":"Brytyjskie Terytorium Oceanu Indyjskiego","BN":"Brunei","BG":"Bułgaria","BF":"Burkina Faso","BI":"Burundi","KH":"Kambodża","CM":"Kamerun","CA":"Kanada","CV":"Republika Zielonego Przylądka","KY":"Kajmany","CF":"Republika Środkowoafrykańska","TD":"Czad","CL":"Chile","CN":"Chiny","CX":"Wyspa Bożego Narodzenia","CC":"Wyspy Kokosowe","CO":"Kolumbia","KM":"Komory","CG":"Kongo","CD":"Demokratyczna Republika Konga","CK":"Wyspy Cooka","CR":"Kostaryka","CI":"Wybrzeże Kości Słoniowej","HR":"Chorwacja","CU":"Kuba","CY":"Cypr","CZ":"Czechy","DK":"Dania","DJ":"Dżibuti","DM":"Dominika","DO":"Dominikana","EC":"Ekwador","EG":"Egipt","SV":"Salwador","GQ":"Gwinea Równikowa","ER":"Erytrea","EE":"Estonia","ET":"Etiopia","FK":"Falklandy","FO":"Wyspy Owcze","FJ":"Fidżi","FI":"Finlandia","FR":"Francja","GF":"Gujana Francuska","PF":"Polinezja Francuska","TF":"Francuskie Terytoria Południowe i Antarktyczne","GA":"Gabon","GM":"Gambia","GE":"Gruzja","DE":"Niemcy","GH":"Ghana","GI":"Gibraltar","GR":"Grecja","GL":"Grenlandia","GD":"Grenada","GP":"Gwadelupa","GU":"Guam","GT":"Gwatemala","GN":"Gwinea","GW":"Gwinea Bissau","GY":"Gujana","HT":"Haiti","HM":"Wyspy Heard i McDonalda","VA":"Watykan","HN":"Honduras","HK":"Hongkong","HU":"Węgry","IS":"Islandia","IN":"Indie","ID":"Indonezja","IR":"Iran","IQ":"Irak","IE":"Irlandia","IL":"Izrael","IT":"Włochy","JM":"Jamajka","JP":"Japonia","JO":"Jordania","KZ":"Kazachstan","KE":"Kenia","KI":"Kiribati","KP":"Korea Północna","KR":"Korea Południowa","KW":"Kuwejt","KG":"Kirgistan","LA":"Laos","LV":"Łotwa","LB":"Liban","LS":"Lesotho","LR":"Liberia","LY":"Libia","LI":"Liechtenstein","LT":"Litwa","LU":"Luksemburg","MO":"Makau","MK":"Macedonia Północna","MG":"Madagaskar","MW":"Malawi","MY":"Malezja","MV":"Malediwy","ML":"Mali","MT":"Malta","MH":"Wyspy Marshalla","MQ":"Martynika","MR":"Mauretania","MU":"Mauritius","YT":"Majotta","MX":"Meksyk","FM":"Mikronezja","MD":"Mołdawia","MC":"Monako","MN":"Mongolia","MS":"Montserrat","MA":"Maroko","MZ":"Mozambik","MM":"Mjanma","NA":"Namibia","NR":"Nauru","NP":"Nepal","NL":"Holandia","NC":"Nowa Kaledonia","NZ":"Nowa Zelandia","NI":"Nikaragua","NE":"Niger","NG":"Nigeria","NU":"Niue","NF":"Norfolk","MP":"Mariany Północne","NO":"Norwegia","OM":"Oman","PK":"Pakistan","PW":"Palau","PS":"Palestyna","PA":"Panama","PG":"Papua-Nowa Gwinea","PY":"Paragwaj","PE":"Peru","PH":"Filipiny","PN":"Pitcairn","PL":"Polska","PT":"Portugalia","PR":"Portoryko","QA":"Katar","RE":"Reunion","RO":"Rumunia","RU":"Rosja","RW":"Rwanda","SH":"Wyspa Świętej Heleny, Wyspa Wniebowstąpienia i Tristan da Cunha","KN":"Saint Kitts i Nevis","LC":"Saint Lucia","PM":"Saint-Pierre i Miquelon","VC":"Saint Vincent i Grenadyny","WS":"Samoa","SM":"San Marino","ST":"Wyspy Świętego Tomasza i Książęca","SA":"Arabia Saudyjska","SN":"Senegal","SC":"Seszele","SL":"Sierra Leone","SG":"Singapur","SK":"Słowacja","SI":"Słowenia","SB":"Wyspy Salomona","SO":"Somalia","ZA":"Południowa Afryka","GS":"Georgia Południowa i Sandwich Południowy","ES":"Hiszpania","LK":"Sri Lanka","SD":"Sudan","SR":"Surinam","SJ":"Svalbard i Jan Mayen","SZ":"Eswatini","SE":"Szwecja","CH":"Szwajcaria","SY":"Syria","TW":"Tajwan","TJ":"Tadżykistan","TZ":"Tanzania","TH":"Tajlandia","TL":"Timor Wschodni","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trynidad i Tobago","TN":"Tunezja","TR":"Turcja","TM":"Turkmenistan","TC":"Turks i Caicos","TV":"Tuvalu","UG":"Uganda","UA":"Ukraina","AE":"Zjednoczone Emiraty Arabskie","GB":"Wielka Brytania","US":"Stany Zjednoczone","UM":"Dalekie Wyspy Mniejsze Stanów Zjednoczonych","UY":"Urugwaj","UZ":"Uzbekistan","VU":"Vanuatu","VE":"Wenezuela","VN":"Wietnam","VG":"Brytyjskie Wyspy Dziewicze","VI":"Wyspy Dziewicze Stanów Zjednoczonych","WF":"Wallis i Futuna","EH":"Sahara Zachodnia","YE":"Jemen","ZM":"Zambia","ZW":"Zimbabwe","AX":"Wyspy Alandzkie","BQ":"Bonaire, Sint Eustatius i Saba","CW":"Curaçao","GG":"Guernsey","IM":"Wyspa Man","JE":"Jersey","ME":"Czarnogóra","BL":"Saint-Barthélemy","MF":"Saint-Martin","RS":"Serbia","SX":"Sint Maarten","SS":"Sudan Południowy","XK":"Kosowo"}}');

/***/ }),

/***/ 7116:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ps","countries":{"AF":"افغانستان","AL":"البانیه","DZ":"الجزایر","AS":"امریکایی ساماوا","AD":"اندورا","AO":"انګولا","AI":"انګیلا","AQ":"انتارکتیکا","AG":"انټيګوا او باربودا","AR":"ارجنټاين","AM":"ارمنستان","AW":"آروبا","AU":"آسټرالیا","AT":"اتریش","AZ":"اذربايجان","BS":"باهماس","BH":"بحرين","BD":"بنگله دېش","BB":"باربادوس","BY":"بیلاروس","BE":"بیلجیم","BZ":"بلیز","BJ":"بینن","BM":"برمودا","BT":"بهوټان","BO":"بولیویا","BA":"بوسنيا او هېرزګوينا","BW":"بوتسوانه","BV":"بوویټ ټاپو","BR":"برازیل","IO":"د برتانوي هند سمندري سيمه","BN":"برونائي","BG":"بلغاریه","BF":"بورکینا فاسو","BI":"بروندي","KH":"کمبودیا","CM":"کامرون","CA":"کاناډا","CV":"کیپ ورد","KY":"کیمان ټاپوګان","CF":"وسطي افريقا جمهور","TD":"چاډ","CL":"چیلي","CN":"چین","CX":"د کريسمس ټاپو","CC":"کوکوز (کيلنګ) ټاپوګان","CO":"کولمبیا","KM":"کوموروس","CG":"کانګو - بروزوییل","CD":"کانګو - کینشاسا","CK":"کوک ټاپوګان","CR":"کوستاریکا","CI":"د عاج ساحل","HR":"کرواشيا","CU":"کیوبا","CY":"قبرس","CZ":"چکیا","DK":"ډنمارک","DJ":"جبوتي","DM":"دومینیکا","DO":"جمهوريه ډومينيکن","EC":"اکوادور","EG":"مصر","SV":"سالوېډور","GQ":"استوایی ګیني","ER":"اریتره","EE":"استونیا","ET":"حبشه","FK":"فاکلينډ ټاپوګان","FO":"فارو ټاپو","FJ":"فجي","FI":"فنلینډ","FR":"فرانسه","GF":"فرانسوي ګانا","PF":"فرانسوي پولينيسيا","TF":"د فرانسې جنوبي سیمې","GA":"ګابن","GM":"ګامبیا","GE":"گورجستان","DE":"المان","GH":"ګانا","GI":"جبل الطارق","GR":"یونان","GL":"ګرینلینډ","GD":"ګرنادا","GP":"ګوادلوپ","GU":"ګوام","GT":"ګواتیمالا","GN":"ګینه","GW":"ګینه بیسو","GY":"ګیانا","HT":"هایټي","HM":"هارډ او ميکډانلډ ټاپوګان","VA":"واتیکان ښار","HN":"هانډوراس","HK":"هانګ کانګ SAR چین","HU":"مجارستان","IS":"آیسلینډ","IN":"هند","ID":"اندونیزیا","IR":"ايران","IQ":"عراق","IE":"آيرلېنډ","IL":"اسراييل","IT":"ایټالیه","JM":"جمیکا","JP":"جاپان","JO":"اردن","KZ":"قزاقستان","KE":"کینیا","KI":"کیري باتي","KP":"شمالی کوریا","KR":"سویلي کوریا","KW":"کويت","KG":"قرغزستان","LA":"لاوس","LV":"ليتهويا","LB":"لبنان","LS":"لسوتو","LR":"لايبيريا","LY":"لیبیا","LI":"لیختن اشتاین","LT":"لیتوانیا","LU":"لوګزامبورګ","MO":"مکاو SAR چین","MG":"مدغاسکر","MW":"مالاوي","MY":"مالیزیا","MV":"مالديپ","ML":"مالي","MT":"مالټا","MH":"مارشل ټاپوګان","MQ":"مارټینیک","MR":"موریتانیا","MU":"موریشیس","YT":"مايوټ","MX":"میکسیکو","FM":"میکرونیزیا","MD":"مولدوا","MC":"موناکو","MN":"منګوليا","MS":"مانټیسیرت","MA":"مراکش","MZ":"موزمبيق","MM":"ميانمار (برما)","NA":"نیمبیا","NR":"نایرو","NP":"نیپال","NL":"هالېنډ","NC":"نوی کالیډونیا","NZ":"نیوزیلنډ","NI":"نکاراګوا","NE":"نايجير","NG":"نایجیریا","NU":"نیوو","NF":"نارفولک ټاپوګان","MK":"شمالي مقدونيه","MP":"شمالي ماريانا ټاپوګان","NO":"ناروۍ","OM":"عمان","PK":"پاکستان","PW":"پلاؤ","PS":"فلسطیني سيمې","PA":"پاناما","PG":"پاپوا نيو ګيني","PY":"پاراګوی","PE":"پیرو","PH":"فلپين","PN":"پيټکيرن ټاپوګان","PL":"پولنډ","PT":"پورتګال","PR":"پورتو ریکو","QA":"قطر","RE":"ریونین","RO":"رومانیا","RU":"روسیه","RW":"روندا","SH":"سینټ هیلینا","KN":"سینټ کټس او نیویس","LC":"سینټ لوسیا","PM":"سینټ پییر او میکولون","VC":"سینټ ویسنټینټ او ګرینډینز","WS":"ساماوا","SM":"سان مارینو","ST":"ساو ټیم او پرنسیپ","SA":"سعودي عربستان","SN":"سينيګال","SC":"سیچیلیس","SL":"سییرا لیون","SG":"سينگاپور","SK":"سلواکیا","SI":"سلوانیا","SB":"سليمان ټاپوګان","SO":"سومالیا","ZA":"سویلي افریقا","GS":"سويلي جارجيا او سويلي سېنډوچ ټاپوګان","ES":"هسپانیه","LK":"سريلنکا","SD":"سوډان","SR":"سورینام","SJ":"سوالبارد او جان ميين","SZ":"اسواټيني","SE":"سویډن","CH":"سویس","SY":"سوریه","TW":"تائيوان","TJ":"تاجکستان","TZ":"تنزانیا","TH":"تهايلنډ","TL":"تيمور-ليسټ","TG":"ټوګو","TK":"توکیلو","TO":"تونګا","TT":"ټرينيډاډ او ټوباګو","TN":"تونس","TR":"ترکي","TM":"تورکمنستان","TC":"د ترکیې او کیکاسو ټاپو","TV":"توالیو","UG":"یوګانډا","UA":"اوکراین","AE":"متحده عرب امارات","GB":"برتانیه","US":"متحده آيالات","UM":"د متحده ایالاتو ټاپوګان","UY":"یوروګوی","UZ":"اوزبکستان","VU":"واناتو","VE":"وینزویلا","VN":"وېتنام","VG":"بریتانوی ویګور ټاپوګان","VI":"د متحده آيالاتو ورجن ټاپوګان","WF":"والیس او فوتونا","EH":"لويديځ صحارا","YE":"یمن","ZM":"زیمبیا","ZW":"زیمبابوی","AX":"الاند ټاپوان","BQ":"کیریبین هالینډ","CW":"کوراکاو","GG":"ګرنسي","IM":"د آئل آف مین","JE":"جرسی","ME":"مونټینیګرو","BL":"سينټ بارتيلمي","MF":"سینټ مارټن","RS":"سربيا","SX":"سینټ مارټین","SS":"سويلي سوډان","XK":"کوسوو"}}');

/***/ }),

/***/ 653:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"pt","countries":{"AF":"Afeganistão","ZA":"África do Sul","AL":"Albânia","DE":"Alemanha","AD":"Andorra","AO":"Angola","AI":"Anguila","AQ":"Antártida","AG":"Antígua e Barbuda","SA":"Arábia Saudita","DZ":"Argélia","AR":"Argentina","AM":"Arménia","AW":"Aruba","AU":"Austrália","AT":"Áustria","AZ":"Azerbaijão","BS":"Bahamas","BH":"Bahrein","BD":"Bangladesh","BB":"Barbados","BE":"Bélgica","BZ":"Belize","BJ":"Benim","BM":"Bermudas","BY":"Bielorrússia","BO":"Bolívia","BA":"Bósnia-Herzegovina","BW":"Botsuana","BR":"Brasil","BN":"Brunei","BG":"Bulgária","BF":"Burkina Faso","BI":"Burundi","BT":"Butão","CV":"Cabo Verde","KH":"Camboja","CA":"Canadá","QA":"Qatar","KZ":"Cazaquistão","TD":"Chade","CL":"Chile","CN":"China","CY":"Chipre","VA":"Santa Sé","SG":"Singapura","CO":"Colômbia","KM":"Comores","CG":"República Democrática do Congo","CD":"República Popular do Congo","KP":"Coreia do Norte","KR":"Coreia do Sul","CI":"Costa do Marfim","CR":"Costa Rica","HR":"Croácia","CU":"Cuba","CW":"Curaçao","DK":"Dinamarca","DJ":"Djibouti","DM":"Dominica","EG":"Egito","SV":"El Salvador","AE":"Emirados Árabes Unidos","EC":"Equador","ER":"Eritreia","SK":"Eslováquia","SI":"Eslovénia","ES":"Espanha","US":["Estados Unidos","Estados Unidos da América"],"EE":"Estónia","ET":"Etiópia","FJ":"Fiji","PH":"Filipinas","FI":"Finlândia","FR":"França","GA":"Gabão","GM":"Gâmbia","GH":"Gana","GE":"Geórgia","GS":"Geórgia do Sul e Ilhas Sandwich do Sul","GI":"Gibraltar","GD":"Granada","GR":"Grécia","GL":"Gronelândia","GP":"Guadalupe","GU":"Guam","GT":"Guatemala","GG":"Guernsey","GY":"Guiana","GF":"Guiana Francesa","GN":"Guiné","GW":"Guiné-Bissau","GQ":"Guiné Equatorial","HT":"Haiti","NL":"Países Baixos","HN":"Honduras","HK":"Hong Kong","HU":"Hungria","YE":"Iémen","BV":"Ilha Bouvet","CX":"Ilha de Natal","IM":"Ilha de Man","NF":"Ilha Norfolk","AX":"Ilhas Åland","KY":"Ilhas Caimão","CC":"Ilhas Cocos (Keeling)","CK":"Ilhas Cook","UM":"Ilhas Distantes dos EUA","HM":"Ilha Heard e Ilhas McDonald","FO":"Ilhas Faroé","FK":"Ilhas Malvinas","MP":"Ilhas Marianas do Norte","MH":"Ilhas Marshall","PN":"Ilhas Pitcairn","SB":"Ilhas Salomão","TC":"Ilhas Turcas e Caicos","VG":"Ilhas Virgens Britânicas","VI":"Ilhas Virgens Americanas","IN":"Índia","ID":"Indonésia","IR":"Irão","IQ":"Iraque","IE":"Irlanda","IS":"Islândia","IL":"Israel","IT":"Itália","JM":"Jamaica","JP":"Japão","JE":"Jersey","JO":"Jordânia","KW":"Koweit","LA":"Laos","LS":"Lesoto","LV":"Letónia","LB":"Líbano","LR":"Libéria","LY":"Líbia","LI":"Liechtenstein","LT":"Lituânia","LU":"Luxemburgo","MO":"Macau","MK":"Macedónia do Norte","MG":"Madagáscar","MY":"Malásia","MW":"Maláui","MV":"Maldivas","ML":"Mali","MT":"Malta","MA":"Marrocos","MQ":"Martinica","MU":"Maurícia","MR":"Mauritânia","YT":"Mayotte","MX":"México","MM":"Mianmar (Birmânia)","FM":"Micronésia","MZ":"Moçambique","MD":"Moldávia","MC":"Mónaco","MN":"Mongólia","ME":"Montenegro","MS":"Monserrate","NA":"Namíbia","NR":"Nauru","NP":"Nepal","NI":"Nicarágua","NE":"Níger","NG":"Nigéria","NU":"Niue","NO":"Noruega","NC":"Nova Caledónia","NZ":"Nova Zelândia","OM":"Omã","BQ":"Países Baixos Caribenhos","PW":"Palau","PA":"Panamá","PG":"Papua-Nova Guiné","PK":"Paquistão","PY":"Paraguai","PE":"Peru","PF":"Polinésia Francesa","PL":"Polónia","PR":"Porto Rico","PT":"Portugal","KE":"Quénia","KG":"Quirguistão","KI":"Quiribati","GB":"Reino Unido","CF":"República Centro-Africana","DO":"República Dominicana","CM":"Camarões","CZ":"Chéquia","RE":"Reunião","RO":"Roménia","RW":"Ruanda","RU":"Rússia","EH":"Saara Ocidental","PM":"Saint Pierre e Miquelon","WS":"Samoa","AS":"Samoa Americana","SM":"San Marino","SH":"Santa Helena","LC":"Santa Lúcia","BL":"São Bartolomeu","KN":"São Cristóvão e Neves","MF":"São Martinho","ST":"São Tomé e Príncipe","VC":"São Vicente e Granadinas","SN":"Senegal","SL":"Serra Leoa","RS":"Sérvia","SC":"Seychelles","SX":"São Martinho","SY":"Síria","SO":"Somália","LK":"Sri Lanka","SZ":"Essuatíni","SD":"Sudão","SS":"Sudão do Sul","SE":"Suécia","CH":"Suíça","SR":"Suriname","SJ":"Svalbard e Jan Mayen","TH":"Tailândia","TW":"Taiwan","TJ":"Tajiquistão","TZ":"Tanzânia","IO":"Território Britânico do Oceano Índico","TF":"Terras Austrais e Antárticas Francesas","PS":"Territórios palestinos","TL":"Timor-Leste","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trindade e Tobago","TN":"Tunísia","TM":"Turquemenistão","TR":"Turquia","TV":"Tuvalu","UA":"Ucrânia","UG":"Uganda","UY":"Uruguai","UZ":"Uzbequistão","VU":"Vanuatu","VE":"Venezuela","VN":"Vietname","WF":"Wallis e Futuna","ZM":"Zâmbia","ZW":"Zimbábue","XK":"Kosovo"}}');

/***/ }),

/***/ 1906:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ro","countries":{"AD":"Andorra","AE":"Emiratele Arabe Unite","AF":"Afganistan","AG":"Antigua și Barbuda","AI":"Anguilla","AL":"Albania","AM":"Armenia","AO":"Angola","AQ":"Antarctica","AR":"Argentina","AS":"Samoa Americană","AT":"Austria","AU":"Australia","AW":"Aruba","AX":"Insulele Åland","AZ":"Azerbaidjan","BA":"Bosnia și Herțegovina","BB":"Barbados","BD":"Bangladesh","BE":"Belgia","BF":"Burkina Faso","BG":"Bulgaria","BH":"Bahrain","BI":"Burundi","BJ":"Benin","BL":"Sfântul Bartolomeu","BM":"Bermuda","BN":"Brunei","BO":"Bolivia","BQ":"Insulele Caraibe Olandeze","BR":"Brazilia","BS":"Bahamas","BT":"Bhutan","BV":"Insula Bouvet","BW":"Botswana","BY":"Belarus","BZ":"Belize","CA":"Canada","CC":"Insulele Cocos (Keeling)","CD":"Congo - Kinshasa","CF":"Republica Centrafricană","CG":"Congo - Brazzaville","CH":"Elveția","CI":"Côte d’Ivoire","CK":"Insulele Cook","CL":"Chile","CM":"Camerun","CN":"China","CO":"Columbia","CR":"Costa Rica","CU":"Cuba","CV":"Capul Verde","CW":"Curaçao","CX":"Insula Christmas","CY":"Cipru","CZ":"Cehia","DE":"Germania","DJ":"Djibouti","DK":"Danemarca","DM":"Dominica","DO":"Republica Dominicană","DZ":"Algeria","EC":"Ecuador","EE":"Estonia","EG":"Egipt","EH":"Sahara Occidentală","ER":"Eritreea","ES":"Spania","ET":"Etiopia","FI":"Finlanda","FJ":"Fiji","FK":"Insulele Falkland","FM":"Micronezia","FO":"Insulele Feroe","FR":"Franța","GA":"Gabon","GB":"Regatul Unit","GD":"Grenada","GE":"Georgia","GF":"Guyana Franceză","GG":"Guernsey","GH":"Ghana","GI":"Gibraltar","GL":"Groenlanda","GM":"Gambia","GN":"Guineea","GP":"Guadelupa","GQ":"Guineea Ecuatorială","GR":"Grecia","GS":"Georgia de Sud și Insulele Sandwich de Sud","GT":"Guatemala","GU":"Guam","GW":"Guineea-Bissau","GY":"Guyana","HK":"R.A.S. Hong Kong a Chinei","HM":"Insula Heard și Insulele McDonald","HN":"Honduras","HR":"Croația","HT":"Haiti","HU":"Ungaria","ID":"Indonezia","IE":"Irlanda","IL":"Israel","IM":"Insula Man","IN":"India","IO":"Teritoriul Britanic din Oceanul Indian","IQ":"Irak","IR":"Iran","IS":"Islanda","IT":"Italia","JE":"Jersey","JM":"Jamaica","JO":"Iordania","JP":"Japonia","KE":"Kenya","KG":"Kârgâzstan","KH":"Cambodgia","KI":"Kiribati","KM":"Comore","KN":"Saint Kitts și Nevis","KP":"Coreea de Nord","KR":"Coreea de Sud","KW":"Kuweit","KY":"Insulele Cayman","KZ":"Kazahstan","LA":"Laos","LB":"Liban","LC":"Sfânta Lucia","LI":"Liechtenstein","LK":"Sri Lanka","LR":"Liberia","LS":"Lesotho","LT":"Lituania","LU":"Luxemburg","LV":"Letonia","LY":"Libia","MA":"Maroc","MC":"Monaco","MD":"Republica Moldova","ME":"Muntenegru","MF":"Sfântul Martin","MG":"Madagascar","MH":"Insulele Marshall","MK":"Macedonia de Nord","ML":"Mali","MM":"Myanmar","MN":"Mongolia","MO":"R.A.S. Macao a Chinei","MP":"Insulele Mariane de Nord","MQ":"Martinica","MR":"Mauritania","MS":"Montserrat","MT":"Malta","MU":"Mauritius","MV":"Maldive","MW":"Malawi","MX":"Mexic","MY":"Malaysia","MZ":"Mozambic","NA":"Namibia","NC":"Noua Caledonie","NE":"Niger","NF":"Insula Norfolk","NG":"Nigeria","NI":"Nicaragua","NL":"Țările de Jos","NO":"Norvegia","NP":"Nepal","NR":"Nauru","NU":"Niue","NZ":"Noua Zeelandă","OM":"Oman","PA":"Panama","PE":"Peru","PF":"Polinezia Franceză","PG":"Papua-Noua Guinee","PH":"Filipine","PK":"Pakistan","PL":"Polonia","PM":"Saint-Pierre și Miquelon","PN":"Insulele Pitcairn","PR":"Puerto Rico","PS":"Teritoriile Palestiniene","PT":"Portugalia","PW":"Palau","PY":"Paraguay","QA":"Qatar","RE":"Réunion","RO":"România","RS":"Serbia","RU":"Rusia","RW":"Rwanda","SA":"Arabia Saudită","SB":"Insulele Solomon","SC":"Seychelles","SD":"Sudan","SE":"Suedia","SG":"Singapore","SH":"Sfânta Elena","SI":"Slovenia","SJ":"Svalbard și Jan Mayen","SK":"Slovacia","SL":"Sierra Leone","SM":"San Marino","SN":"Senegal","SO":"Somalia","SR":"Suriname","SS":"Sudanul de Sud","ST":"Sao Tomé și Príncipe","SV":"El Salvador","SX":"Sint-Maarten","SY":"Siria","SZ":"Eswatini","TC":"Insulele Turks și Caicos","TD":"Ciad","TF":"Teritoriile Australe și Antarctice Franceze","TG":"Togo","TH":"Thailanda","TJ":"Tadjikistan","TK":"Tokelau","TL":"Timorul de Est","TM":"Turkmenistan","TN":"Tunisia","TO":"Tonga","TR":"Turcia","TT":"Trinidad și Tobago","TV":"Tuvalu","TW":"Taiwan","TZ":"Tanzania","UA":"Ucraina","UG":"Uganda","UM":"Insulele Îndepărtate ale S.U.A.","US":"Statele Unite ale Americii","UY":"Uruguay","UZ":"Uzbekistan","VA":"Statul Cetății Vaticanului","VC":"Saint Vincent și Grenadinele","VE":"Venezuela","VG":"Insulele Virgine Britanice","VI":"Insulele Virgine Americane","VN":"Vietnam","VU":"Vanuatu","WF":"Wallis și Futuna","WS":"Samoa","XK":"Kosovo","YE":"Yemen","YT":"Mayotte","ZA":"Africa de Sud","ZM":"Zambia","ZW":"Zimbabwe"}}');

/***/ }),

/***/ 7512:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ru","countries":{"AU":"Австралия","AT":"Австрия","AZ":"Азербайджан","AX":"Аландские острова","AL":"Албания","DZ":"Алжир","VI":"Виргинские Острова (США)","AS":"Американское Самоа","AI":"Ангилья","AO":"Ангола","AD":"Андорра","AQ":"Антарктида","AG":"Антигуа и Барбуда","AR":"Аргентина","AM":"Армения","AW":"Аруба","AF":"Афганистан","BS":"Багамы","BD":"Бангладеш","BB":"Барбадос","BH":"Бахрейн","BZ":"Белиз","BY":"Беларусь","BE":"Бельгия","BJ":"Бенин","BM":"Бермуды","BG":"Болгария","BO":"Боливия","BQ":"Бонэйр, Синт-Эстатиус и Саба","BA":"Босния и Герцеговина","BW":"Ботсвана","BR":"Бразилия","IO":"Британская территория в Индийском океане","VG":"Виргинские Острова (Великобритания)","BN":"Бруней","BF":"Буркина-Фасо","BI":"Бурунди","BT":"Бутан","VU":"Вануату","VA":"Ватикан","GB":"Великобритания","HU":"Венгрия","VE":"Венесуэла","UM":"Внешние малые острова (США)","TL":"Восточный Тимор","VN":"Вьетнам","GA":"Габон","HT":"Гаити","GY":"Гайана","GM":"Гамбия","GH":"Гана","GP":"Гваделупа","GT":"Гватемала","GF":"Гвиана","GN":"Гвинея","GW":"Гвинея-Бисау","DE":"Германия","GG":"Гернси","GI":"Гибралтар","HN":"Гондурас","HK":"Гонконг","GD":"Гренада","GL":"Гренландия","GR":"Греция","GE":"Грузия","GU":"Гуам","DK":"Дания","JE":"Джерси","DJ":"Джибути","DM":"Доминика","DO":"Доминиканская Республика","CD":"Демократическая Республика Конго","EG":"Египет","ZM":"Замбия","EH":"САДР","ZW":"Зимбабве","IL":"Израиль","IN":"Индия","ID":"Индонезия","JO":"Иордания","IQ":"Ирак","IR":"Иран","IE":"Ирландия","IS":"Исландия","ES":"Испания","IT":"Италия","YE":"Йемен","CV":"Кабо-Верде","KZ":"Казахстан","KY":"Острова Кайман","KH":"Камбоджа","CM":"Камерун","CA":"Канада","QA":"Катар","KE":"Кения","CY":"Кипр","KG":"Киргизия","KI":"Кирибати","TW":["Тайвань","Китайская Республика"],"KP":"КНДР (Корейская Народно-Демократическая Республика)","CN":"КНР (Китайская Народная Республика)","CC":"Кокосовые острова","CO":"Колумбия","KM":"Коморы","CR":"Коста-Рика","CI":"Кот-д’Ивуар","CU":"Куба","KW":"Кувейт","CW":"Кюрасао","LA":"Лаос","LV":"Латвия","LS":"Лесото","LR":"Либерия","LB":"Ливан","LY":"Ливия","LT":"Литва","LI":"Лихтенштейн","LU":"Люксембург","MU":"Маврикий","MR":"Мавритания","MG":"Мадагаскар","YT":"Майотта","MO":"Макао","MW":"Малави","MY":"Малайзия","ML":"Мали","MV":"Мальдивы","MT":"Мальта","MA":"Марокко","MQ":"Мартиника","MH":"Маршалловы Острова","MX":"Мексика","FM":"Микронезия","MZ":"Мозамбик","MD":"Молдавия","MC":"Монако","MN":"Монголия","MS":"Монтсеррат","MM":"Мьянма","NA":"Намибия","NR":"Науру","NP":"Непал","NE":"Нигер","NG":"Нигерия","NL":"Нидерланды","NI":"Никарагуа","NU":"Ниуэ","NZ":"Новая Зеландия","NC":"Новая Каледония","NO":"Норвегия","AE":"ОАЭ","OM":"Оман","BV":"Остров Буве","IM":"Остров Мэн","CK":"Острова Кука","NF":"Остров Норфолк","CX":"Остров Рождества","PN":"Острова Питкэрн","SH":"Острова Святой Елены, Вознесения и Тристан-да-Кунья","PK":"Пакистан","PW":"Палау","PS":"Государство Палестина","PA":"Панама","PG":"Папуа — Новая Гвинея","PY":"Парагвай","PE":"Перу","PL":"Польша","PT":"Португалия","PR":"Пуэрто-Рико","CG":"Республика Конго","KR":"Республика Корея","RE":"Реюньон","RU":["Российская Федерация","Россия"],"RW":"Руанда","RO":"Румыния","SV":"Сальвадор","WS":"Самоа","SM":"Сан-Марино","ST":"Сан-Томе и Принсипи","SA":"Саудовская Аравия","SZ":"Эсватини","MK":"Северная Македония","MP":"Северные Марианские Острова","SC":"Сейшельские Острова","BL":"Сен-Бартелеми","MF":"Сен-Мартен","PM":"Сен-Пьер и Микелон","SN":"Сенегал","VC":"Сент-Винсент и Гренадины","KN":"Сент-Китс и Невис","LC":"Сент-Люсия","RS":"Сербия","SG":"Сингапур","SX":"Синт-Мартен","SY":"Сирия","SK":"Словакия","SI":"Словения","SB":"Соломоновы Острова","SO":"Сомали","SD":"Судан","SR":"Суринам","US":"США","SL":"Сьерра-Леоне","TJ":"Таджикистан","TH":"Таиланд","TZ":"Танзания","TC":"Теркс и Кайкос","TG":"Того","TK":"Токелау","TO":"Тонга","TT":"Тринидад и Тобаго","TV":"Тувалу","TN":"Тунис","TM":"Туркмения","TR":"Турция","UG":"Уганда","UZ":"Узбекистан","UA":"Украина","WF":"Уоллис и Футуна","UY":"Уругвай","FO":"Фареры","FJ":"Фиджи","PH":"Филиппины","FI":"Финляндия","FK":"Фолклендские острова","FR":"Франция","PF":"Французская Полинезия","TF":"Французские Южные и Антарктические Территории","HM":"Херд и Макдональд","HR":"Хорватия","CF":"ЦАР","TD":"Чад","ME":"Черногория","CZ":"Чехия","CL":"Чили","CH":"Швейцария","SE":"Швеция","SJ":"Шпицберген и Ян-Майен","LK":"Шри-Ланка","EC":"Эквадор","GQ":"Экваториальная Гвинея","ER":"Эритрея","EE":"Эстония","ET":"Эфиопия","ZA":"ЮАР","GS":"Южная Георгия и Южные Сандвичевы Острова","SS":"Южный Судан","JM":"Ямайка","JP":"Япония","XK":"Косово"}}');

/***/ }),

/***/ 2382:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"sd","countries":{"AF":"افغانستان","AL":"البانيا","DZ":"الجيريا","AS":"آمريڪي ساموا","AD":"اندورا","AO":"انگولا","AI":"انگويلا","AQ":"انٽارڪٽيڪا","AG":"انٽيگا ۽ باربوڊا","AR":"ارجنٽينا","AM":"ارمینیا","AW":"عروبا","AU":"آسٽريليا","AT":"آسٽريا","AZ":"آذربائيجان","BS":"باهاماس","BH":"بحرين","BD":"بنگلاديش","BB":"باربڊوس","BY":"بیلارس","BE":"بيلجيم","BZ":"بيليز","BJ":"بينن","BM":"برمودا","BT":"ڀوٽان","BO":"بوليويا","BA":"بوسنيا ۽ ھرزيگوينا","BW":"بوٽسوانا","BV":"بووٽ ٻيٽ","BR":"برازيل","IO":"برطانوي هندي سمنڊ خطو","BN":"برونائي","BG":"بلغاريا","BF":"برڪينا فاسو","BI":"برونڊي","KH":"ڪمبوڊيا","CM":"ڪيمرون","CA":"ڪينيڊا","CV":"ڪيپ وردي","KY":"ڪي مين ٻيٽ","CF":"وچ آفريقي جمهوريه","TD":"چاڊ","CL":"چلي","CN":"چين","CX":"ڪرسمس ٻيٽ","CC":"ڪوڪوس ٻيٽ","CO":"ڪولمبيا","KM":"ڪوموروس","CG":"ڪانگو - برازاویل","CD":"ڪانگو -ڪنشاسا","CK":"ڪوڪ ٻيٽ","CR":"ڪوسٽا ريڪا","CI":"ڪوٽ ڊي وار","HR":"ڪروئيشيا","CU":"ڪيوبا","CY":"سائپرس","CZ":"چيڪيا","DK":"ڊينمارڪ","DJ":"ڊجبيوتي","DM":"ڊومينيڪا","DO":"ڊومينيڪن جمهوريه","EC":"ايڪواڊور","EG":"مصر","SV":"ال سلواڊور","GQ":"ايڪوٽوريل گائينا","ER":"ايريٽيريا","EE":"ايسٽونيا","ET":"ايٿوپيا","FK":"فاڪ لينڊ ٻيٽ","FO":"فارو ٻيٽ","FJ":"فجي","FI":"فن لينڊ","FR":"فرانس","GF":"فرانسيسي گيانا","PF":"فرانسيسي پولينيشيا","TF":"فرانسيسي ڏاکڻي علائقا","GA":"گبون","GM":"گيمبيا","GE":"جارجيا","DE":"جرمني","GH":"گهانا","GI":"جبرالٽر","GR":"يونان","GL":"گرين لينڊ","GD":"گرينڊا","GP":"گواڊیلوپ","GU":"گوام","GT":"گوئٽي مالا","GN":"گني","GW":"گني بسائو","GY":"گيانا","HT":"هيٽي","HM":"هرڊ ۽ مڪڊونلڊ ٻيٽ","VA":"ويٽڪين سٽي","HN":"هنڊورس","HK":"هانگ ڪانگ SAR","HU":"هنگري","IS":"آئس لينڊ","IN":"ڀارت","ID":"انڊونيشيا","IR":"ايران","IQ":"عراق","IE":"آئرلينڊ","IL":"اسرائيل","IT":"اٽلي","JM":"جميڪا","JP":"جاپان","JO":"اردن","KZ":"قازقستان","KE":"ڪينيا","KI":"ڪرباتي","KP":"اتر ڪوريا","KR":"ڏکڻ ڪوريا","KW":"ڪويت","KG":"ڪرغستان","LA":"لائوس","LV":"لاتويا","LB":"لبنان","LS":"ليسوٿو","LR":"لائبیریا","LY":"لبيا","LI":"لچي ٽينسٽين","LT":"لٿونيا","LU":"لگزمبرگ","MO":"مڪائو SAR چين","MG":"مدگاسڪر","MW":"مالاوي","MY":"ملائيشيا","MV":"مالديپ","ML":"مالي","MT":"مالٽا","MH":"مارشل ٻيٽ","MQ":"مارتينڪ","MR":"موريتانيا","MU":"موريشس","YT":"مياتي","MX":"ميڪسيڪو","FM":"مائڪرونيشيا","MD":"مالدووا","MC":"موناڪو","MN":"منگوليا","MS":"مونٽسراٽ","MA":"مراڪش","MZ":"موزمبیق","MM":"ميانمار (برما)","NA":"نيميبيا","NR":"نائورو","NP":"نيپال","NL":"نيدرلينڊ","NC":"نیو ڪالیڊونیا","NZ":"نيو زيلينڊ","NI":"نڪراگوا","NE":"نائيجر","NG":"نائيجيريا","NU":"نووي","NF":"نورفوڪ ٻيٽ","MK":"اتر مقدونيا","MP":"اتريان ماريانا ٻيٽ","NO":"ناروي","OM":"عمان","PK":"پاڪستان","PW":"پلائو","PS":"فلسطيني علائقا","PA":"پناما","PG":"پاپوا نیو گني","PY":"پيراگوءِ","PE":"پيرو","PH":"فلپائن","PN":"پٽڪئرن ٻيٽ","PL":"پولينڊ","PT":"پرتگال","PR":"پيوئرٽو ريڪو","QA":"قطر","RE":"ري يونين","RO":"رومانيا","RU":"روس","RW":"روانڊا","SH":"سينٽ ھيلينا","KN":"سينٽ ڪٽس و نيوس","LC":"سينٽ لوسيا","PM":"سینٽ پیئر و میڪوئیلون","VC":"سینٽ ونسنت ۽ گریناڊینز","WS":"ساموا","SM":"سین مرینو","ST":"سائو ٽوم ۽ پرنسپیي","SA":"سعودي عرب","SN":"سينيگال","SC":"شي شلز","SL":"سيرا ليون","SG":"سنگاپور","SK":"سلوواڪيا","SI":"سلوینیا","SB":"سولومون ٻيٽَ","SO":"سوماليا","ZA":"ڏکڻ آفريقا","GS":"ڏکڻ جارجيا ۽ ڏکڻ سينڊوچ ٻيٽ","ES":"اسپين","LK":"سري لنڪا","SD":"سوڊان","SR":"سورينام","SJ":"سوالبارڊ ۽ جان ماین","SZ":"ايسواٽني","SE":"سوئيڊن","CH":"سوئزرلينڊ","SY":"شام","TW":"تائیوان","TJ":"تاجڪستان","TZ":"تنزانيا","TH":"ٿائيليند","TL":"تيمور ليستي","TG":"ٽوگو","TK":"ٽوڪلائو","TO":"ٽونگا","TT":"ٽريني ڊيڊ ۽ ٽوباگو ٻيٽ","TN":"تيونيسيا","TR":"ترڪي","TM":"ترڪمانستان","TC":"ترڪ ۽ ڪيڪوس ٻيٽ","TV":"توالو","UG":"يوگنڊا","UA":"يوڪرين","AE":"متحده عرب امارات","GB":"برطانيہ","US":"آمريڪا جون گڏيل رياستون","UM":"آمريڪي خارجي ٻيٽ","UY":"يوروگوءِ","UZ":"ازبڪستان","VU":"وينيٽيو","VE":"وينزويلا","VN":"ويتنام","VG":"برطانوي ورجن ٻيٽ","VI":"آمريڪي ورجن ٻيٽ","WF":"والس ۽ فتونا","EH":"اولهه صحارا","YE":"يمن","ZM":"زيمبيا","ZW":"زمبابوي","AX":"الند ٻيٽ","BQ":"ڪيريبين نيدرلينڊ","CW":"ڪيوراسائو","GG":"گورنسي","IM":"انسانن جو ٻيٽ","JE":"جرسي","ME":"مونٽي نيگرو","BL":"سینٽ برٿلیمی","MF":"سينٽ مارٽن","RS":"سربيا","SX":"سنٽ مارٽن","SS":"ڏکڻ سوڊان","XK":"ڪوسووو"}}');

/***/ }),

/***/ 8395:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"sk","countries":{"AD":"Andorra","AE":"Spojené arabské emiráty","AF":"Afganistan","AG":"Antigua a Barbuda","AI":"Anguilla","AL":"Albánsko","AM":"Arménsko","AO":"Angola","AQ":"Antarktída","AR":"Argentína","AS":"Americká Samoa","AT":"Rakúsko","AU":"Austrália","AW":"Aruba","AX":"Alandy","AZ":"Azerbajdžan","BA":"Bosna a Hercegovina","BB":"Barbados","BD":"Bangladéš","BE":"Belgicko","BF":"Burkina Faso","BG":"Bulharsko","BH":"Bahrajn","BI":"Burundi","BJ":"Benin","BL":"Svätý Bartolomej","BM":"Bermudy","BN":"Brunej","BO":"Bolívia","BQ":"Karibské Holandsko","BR":"Brazília","BS":"Bahamy","BT":"Bhután","BV":"Bouvetov ostrov","BW":"Botswana","BY":"Bielorusko","BZ":"Belize","CA":"Kanada","CC":"Kokosové ostrovy","CD":"Konžská demokratická republika","CF":"Stredoafrická republika","CG":"Konžská republika","CH":"Švajčiarsko","CI":"Pobrežie Slonoviny","CK":"Cookove ostrovy","CL":"Čile","CM":"Kamerun","CN":"Čína","CO":"Kolumbia","CR":"Kostarika","CU":"Kuba","CV":"Kapverdy","CW":"Curaçao","CX":"Vianočný ostrov","CY":"Cyprus","CZ":"Česko","DE":"Nemecko","DJ":"Džibutsko","DK":"Dánsko","DM":"Dominika","DO":"Dominikánska republika","DZ":"Alžírsko","EC":"Ekvádor","EE":"Estónsko","EG":"Egypt","EH":"Západná Sahara","ER":"Eritrea","ES":"Španielsko","ET":"Etiópia","FI":"Fínsko","FJ":"Fidži","FK":"Falklandy","FM":"Mikronézia","FO":"Faerské ostrovy","FR":"Francúzsko","GA":"Gabon","GB":"Spojené kráľovstvo","GD":"Grenada","GE":"Gruzínsko","GF":"Francúzska Guayana","GG":"Guernsey","GH":"Ghana","GI":"Gibraltár","GL":"Grónsko","GM":"Gambia","GN":"Guinea","GP":"Guadeloupe","GQ":"Rovníková Guinea","GR":"Grécko","GS":"Južná Georgia a Južné Sandwichove ostrovy","GT":"Guatemala","GU":"Guam","GW":"Guinea-Bissau","GY":"Guayana","HK":"Hongkong – OAO Číny","HM":"Heardov ostrov a Macdonaldove ostrovy","HN":"Honduras","HR":"Chorvátsko","HT":"Haiti","HU":"Maďarsko","ID":"Indonézia","IE":"Írsko","IL":"Izrael","IM":"Ostrov Man","IN":"India","IO":"Britské indickooceánske územie","IQ":"Irak","IR":"Irán","IS":"Island","IT":"Taliansko","JE":"Jersey","JM":"Jamajka","JO":"Jordánsko","JP":"Japonsko","KE":"Keňa","KG":"Kirgizsko","KH":"Kambodža","KI":"Kiribati","KM":"Komory","KN":"Svätý Krištof a Nevis","KP":"Severná Kórea","KR":"Južná Kórea","KW":"Kuvajt","KY":"Kajmanie ostrovy","KZ":"Kazachstan","LA":"Laos","LB":"Libanon","LC":"Svätá Lucia","LI":"Lichtenštajnsko","LK":"Srí Lanka","LR":"Libéria","LS":"Lesotho","LT":"Litva","LU":"Luxembursko","LV":"Lotyšsko","LY":"Líbya","MA":"Maroko","MC":"Monako","MD":"Moldavsko","ME":"Čierna Hora","MF":"Svätý Martin (fr.)","MG":"Madagaskar","MH":"Marshallove ostrovy","MK":"Severné Macedónsko","ML":"Mali","MM":"Mjanmarsko","MN":"Mongolsko","MO":"Macao – OAO Číny","MP":"Severné Mariány","MQ":"Martinik","MR":"Mauritánia","MS":"Montserrat","MT":"Malta","MU":"Maurícius","MV":"Maldivy","MW":"Malawi","MX":"Mexiko","MY":"Malajzia","MZ":"Mozambik","NA":"Namíbia","NC":"Nová Kaledónia","NE":"Niger","NF":"Norfolk","NG":"Nigéria","NI":"Nikaragua","NL":"Holandsko","NO":"Nórsko","NP":"Nepál","NR":"Nauru","NU":"Niue","NZ":"Nový Zéland","OM":"Omán","PA":"Panama","PE":"Peru","PF":"Francúzska Polynézia","PG":"Papua Nová Guinea","PH":"Filipíny","PK":"Pakistan","PL":"Poľsko","PM":"Saint Pierre a Miquelon","PN":"Pitcairnove ostrovy","PR":"Portoriko","PS":"Palestínske územia","PT":"Portugalsko","PW":"Palau","PY":"Paraguaj","QA":"Katar","RE":"Réunion","RO":"Rumunsko","RS":"Srbsko","RU":"Rusko","RW":"Rwanda","SA":"Saudská Arábia","SB":"Šalamúnove ostrovy","SC":"Seychely","SD":"Sudán","SE":"Švédsko","SG":"Singapur","SH":"Svätá Helena","SI":"Slovinsko","SJ":"Svalbard a Jan Mayen","SK":"Slovensko","SL":"Sierra Leone","SM":"San Maríno","SN":"Senegal","SO":"Somálsko","SR":"Surinam","SS":"Južný Sudán","ST":"Svätý Tomáš a Princov ostrov","SV":"Salvádor","SX":"Svätý Martin (hol.)","SY":"Sýria","SZ":"Svazijsko","TC":"Turks a Caicos","TD":"Čad","TF":"Francúzske južné a antarktické územia","TG":"Togo","TH":"Thajsko","TJ":"Tadžikistan","TK":"Tokelau","TL":"Východný Timor","TM":"Turkménsko","TN":"Tunisko","TO":"Tonga","TR":"Turecko","TT":"Trinidad a Tobago","TV":"Tuvalu","TW":"Taiwan","TZ":"Tanzánia","UA":"Ukrajina","UG":"Uganda","UM":"Menšie odľahlé ostrovy USA","US":"Spojené štáty","UY":"Uruguaj","UZ":"Uzbekistan","VA":"Vatikán","VC":"Svätý Vincent a Grenadíny","VE":"Venezuela","VG":"Britské Panenské ostrovy","VI":"Americké Panenské ostrovy","VN":"Vietnam","VU":"Vanuatu","WF":"Wallis a Futuna","WS":"Samoa","XK":"Kosovo","YE":"Jemen","YT":"Mayotte","ZA":"Južná Afrika","ZM":"Zambia","ZW":"Zimbabwe"}}');

/***/ }),

/***/ 9782:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"sl","countries":{"AD":"Andora","AE":"Združeni arabski emirati","AF":"Afganistan","AG":"Antigva in Barbuda","AI":"Angvila","AL":"Albanija","AM":"Armenija","AO":"Angola","AQ":"Antarktika","AR":"Argentina","AS":"Ameriška Samoa","AT":"Avstrija","AU":"Avstralija","AW":"Aruba","AX":"Ålandski otoki","AZ":"Azerbajdžan","BA":"Bosna in Hercegovina","BB":"Barbados","BD":"Bangladeš","BE":"Belgija","BF":"Burkina Faso","BG":"Bolgarija","BH":"Bahrajn","BI":"Burundi","BJ":"Benin","BL":"Saint Barthélemy","BM":"Bermudi","BN":"Brunej","BO":"Bolivija","BQ":"Nizozemski Karibi","BR":"Brazilija","BS":"Bahami","BT":"Butan","BV":"Bouvetov otok","BW":"Bocvana","BY":"Belorusija","BZ":"Belize","CA":"Kanada","CC":"Kokosovi otoki","CD":"Demokratična republika Kongo","CF":"Centralnoafriška republika","CG":"Kongo - Brazzaville","CH":"Švica","CI":"Slonokoščena obala","CK":"Cookovi otoki","CL":"Čile","CM":"Kamerun","CN":"Kitajska","CO":"Kolumbija","CR":"Kostarika","CU":"Kuba","CV":"Zelenortski otoki","CW":"Curaçao","CX":"Božični otok","CY":"Ciper","CZ":"Češka","DE":"Nemčija","DJ":"Džibuti","DK":"Danska","DM":"Dominika","DO":"Dominikanska republika","DZ":"Alžirija","EC":"Ekvador","EE":"Estonija","EG":"Egipt","EH":"Zahodna Sahara","ER":"Eritreja","ES":"Španija","ET":"Etiopija","FI":"Finska","FJ":"Fidži","FK":"Falklandski otoki","FM":"Mikronezija","FO":"Ferski otoki","FR":"Francija","GA":"Gabon","GB":"Združeno kraljestvo","GD":"Grenada","GE":"Gruzija","GF":"Francoska Gvajana","GG":"Guernsey","GH":"Gana","GI":"Gibraltar","GL":"Grenlandija","GM":"Gambija","GN":"Gvineja","GP":"Gvadalupe","GQ":"Ekvatorialna Gvineja","GR":"Grčija","GS":"Južna Georgia in Južni Sandwichevi otoki","GT":"Gvatemala","GU":"Guam","GW":"Gvineja Bissau","GY":"Gvajana","HK":"Hongkong","HM":"Heardov otok in McDonaldovi otoki","HN":"Honduras","HR":"Hrvaška","HT":"Haiti","HU":"Madžarska","ID":"Indonezija","IE":"Irska","IL":"Izrael","IM":"Otok Man","IN":"Indija","IO":"Britansko ozemlje v Indijskem oceanu","IQ":"Irak","IR":"Iran","IS":"Islandija","IT":"Italija","JE":"Jersey","JM":"Jamajka","JO":"Jordanija","JP":"Japonska","KE":"Kenija","KG":"Kirgizistan","KH":"Kambodža","KI":"Kiribati","KM":"Komori","KN":"Saint Kitts in Nevis","KP":"Severna Koreja","KR":"Južna Koreja","KW":"Kuvajt","KY":"Kajmanski otoki","KZ":"Kazahstan","LA":"Laos","LB":"Libanon","LC":"Saint Lucia","LI":"Lihtenštajn","LK":"Šrilanka","LR":"Liberija","LS":"Lesoto","LT":"Litva","LU":"Luksemburg","LV":"Latvija","LY":"Libija","MA":"Maroko","MC":"Monako","MD":"Moldavija","ME":"Črna gora","MF":"Saint Martin","MG":"Madagaskar","MH":"Marshallovi otoki","MK":"Severna Makedonija","ML":"Mali","MM":"Mjanmar (Burma)","MN":"Mongolija","MO":"Macao","MP":"Severni Marianski otoki","MQ":"Martinik","MR":"Mavretanija","MS":"Montserrat","MT":"Malta","MU":"Mauritius","MV":"Maldivi","MW":"Malavi","MX":"Mehika","MY":"Malezija","MZ":"Mozambik","NA":"Namibija","NC":"Nova Kaledonija","NE":"Niger","NF":"Norfolški otok","NG":"Nigerija","NI":"Nikaragva","NL":"Nizozemska","NO":"Norveška","NP":"Nepal","NR":"Nauru","NU":"Niue","NZ":"Nova Zelandija","OM":"Oman","PA":"Panama","PE":"Peru","PF":"Francoska Polinezija","PG":"Papua Nova Gvineja","PH":"Filipini","PK":"Pakistan","PL":"Poljska","PM":"Saint Pierre in Miquelon","PN":"Pitcairn","PR":"Portoriko","PS":"Palestinsko ozemlje","PT":"Portugalska","PW":"Palau","PY":"Paragvaj","QA":"Katar","RE":"Reunion","RO":"Romunija","RS":"Srbija","RU":"Rusija","RW":"Ruanda","SA":"Saudova Arabija","SB":"Salomonovi otoki","SC":"Sejšeli","SD":"Sudan","SE":"Švedska","SG":"Singapur","SH":"Sveta Helena","SI":"Slovenija","SJ":"Svalbard in Jan Mayen","SK":"Slovaška","SL":"Sierra Leone","SM":"San Marino","SN":"Senegal","SO":"Somalija","SR":"Surinam","SS":"Južni Sudan","ST":"Sao Tome in Principe","SV":"Salvador","SX":"Sint Maarten","SY":"Sirija","SZ":"Svazi","TC":"Otoki Turks in Caicos","TD":"Čad","TF":"Francosko južno ozemlje","TG":"Togo","TH":"Tajska","TJ":"Tadžikistan","TK":"Tokelau","TL":"Timor-Leste","TM":"Turkmenistan","TN":"Tunizija","TO":"Tonga","TR":"Turčija","TT":"Trinidad in Tobago","TV":"Tuvalu","TW":"Tajvan","TZ":"Tanzanija","UA":"Ukrajina","UG":"Uganda","UM":"Stranski zunanji otoki Združenih držav","US":"Združene države Amerike","UY":"Urugvaj","UZ":"Uzbekistan","VA":"Vatikan","VC":"Saint Vincent in Grenadine","VE":"Venezuela","VG":"Britanski Deviški otoki","VI":"Ameriški Deviški otoki","VN":"Vietnam","VU":"Vanuatu","WF":"Wallis in Futuna","WS":"Samoa","XK":"Kosovo","YE":"Jemen","YT":"Mayotte","ZA":"Južnoafriška republika","ZM":"Zambija","ZW":"Zimbabve"}}');

/***/ }),

/***/ 1223:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"so","countries":{"AF":"Afgaanistaan","AL":"Albaaniya","DZ":"Aljeeriya","AS":"Samowa Ameerika","AD":"Andora","AO":"Angoola","AI":"Anguilla","AQ":"Antarctica","AG":"Antigua iyo Barbuda","AR":"Arjantiin","AM":"Armeeniya","AW":"Aruba","AU":"Awstaraaliya","AT":"Awsteriya","AZ":"Azerbajaan","BS":"Bahaamas","BH":"Baxreyn","BD":"Bangaaladheesh","BB":"Baarbadoos","BY":"Belarus","BE":"Biljam","BZ":"Belize","BJ":"Biniin","BM":"Bermuuda","BT":"Bhutan","BO":"Boliifiya","BA":"Bosniya Hersigoviina","BW":"Botuswaana","BV":"Jasiiradda Bouvet","BR":"Braasiil","IO":"British Indian Ocean Territory","BN":"Buruneeya","BG":"Bulgaariya","BF":"Burkiina Faaso","BI":"Burundi","KH":"Kamboodiya","CM":"Kaameruun","CA":"Kanada","CV":"Cape Verde Islands","KY":"Cayman Islands","CF":"Jamhuuriyadda Afrikada Dhexe","TD":"Jaad","CL":"Jili","CN":"Shiinaha","CX":"Jasiiradda Kirismaska","CC":"Jasiiradaha Cocos (Keeling)","CO":"Kolombiya","KM":"Komooros","CG":"Kongo","CD":"Jamhuuriyadda Dimuquraadiga Kongo","CK":"Jaziiradda Cook","CR":"Kosta Riika","CI":"Ivory coast","HR":"Korweeshiya","CU":"Kuuba","CY":"Qubrus","CZ":"Jamhuuriyadda Jek","DK":"Denmark","DJ":"Jabuuti","DM":"Domeenika","DO":"Jamhuuriyadda Domeenika","EC":"Ikuwadoor","EG":"Masar","SV":"El Salvador","GQ":"Equatorial Guinea","ER":"Eretereeya","EE":"Estooniya","ET":"Itoobiya","FK":"Jaziiradaha Fooklaan","FO":"Jasiiradaha Faroe","FJ":"Fiji","FI":"Finland","FR":"Faransiis","GF":"French Guiana","PF":"French Polynesia","TF":"Gobollada Koofureed ee Faransiiska","GA":"Gaaboon","GM":"Gambiya","GE":"Joorjiya","DE":"Jarmal","GH":"Gaana","GI":"Gibraltar","GR":"Giriig","GL":"Greenland","GD":"Giriinaada","GP":"Guadeloupe","GU":"Guam","GT":"Guwaatamaala","GN":"Gini","GW":"Gini-Bisaaw","GY":"Guyana","HT":"Hayti","HM":"Jasiiradaha Heard iyo McDonald Islands","VA":"Faatikaan","HN":"Honduras","HK":"Hong Kong","HU":"Hangeri","IS":"Iislaand","IN":"Hindiya","ID":"Indoneesiya","IR":"Iiraan","IQ":"Ciraaq","IE":"Ayrlaand","IL":"Israaʼiil","IT":"Talyaani","JM":"Jameyka","JP":"Jabaan","JO":"Urdun","KZ":"Kasaakhistaan","KE":"Kiiniya","KI":"Kiribati","KP":"Kuuriyada Waqooyi","KR":"Kuuriyada Koonfureed","KW":"Kuwayt","KG":"Kirgistaan","LA":"Laos","LV":"Latfiya","LB":"Lubnaan","LS":"Losooto","LR":"Laybeeriya","LY":"Liibiya","LI":"Liechtenstein","LT":"Lituweeniya","LU":"Luksemboorg","MO":"Macao","MG":"Madagaskar","MW":"Malaawi","MY":"Malaysia","MV":"Maaldiqeen","ML":"Maali","MT":"Maalda","MH":"Marshall Islands","MQ":"Martinique","MR":"Muritaaniya","MU":"Murishiyoos","YT":"Mayotte","MX":"Meksiko","FM":"Micronesia","MD":"Moldofa","MC":"Moonako","MN":"Mongooliya","MS":"Montserrat","MA":"Marooko","MZ":"Musambiig","MM":"Myanmar","NA":"Namiibiya","NR":"Nauru","NP":"Nebaal","NL":"Netherlands","NC":"New Caledonia","NZ":"Neyuusilaand","NI":"Nikaraaguwa","NE":"Nayjer","NG":"Nayjeeriya","NU":"Niue","NF":"Norfolk Island","MK":"Makadooniya","MP":"Northern Mariana Islands","NO":"Noorweey","OM":"Cumaan","PK":"Bakistaan","PW":"Palau","PS":"Falastiin Daanka galbeed iyo Qasa","PA":"Panama","PG":"Papua New Guinea","PY":"Paraguay","PE":"Peru","PH":"Filibiin","PN":"Pitcairn","PL":"Booland","PT":"Bortuqaal","PR":"Puerto Rico","QA":"Qadar","RE":"Réunion","RO":"Rumaaniya","RU":"Ruush","RW":"Ruwanda","SH":"Saint Helena","KN":"Saint Kitts and Nevis","LC":"Saint Lucia","PM":"Saint Pierre and Miquelon","VC":"Saint Vincent and the Grenadines","WS":"Samoa","SM":"San Marino","ST":"São Tomé and Príncipe","SA":"Sacuudi Carabiya","SN":"Sinigaal","SC":"Sishelis","SL":"Siraaliyoon","SG":"Singaboor","SK":"Slovakia","SI":"Slovenia","SB":"Solomon Islands","SO":"Soomaaliya","ZA":"Koonfur Afrika","GS":"Koonfurta Georgia iyo Koonfurta Sandwich Islands","ES":"Isbeyn","LK":"Sirilaanka","SD":"Suudaan","SR":"Suriname","SJ":"Svalbard iyo Jan Mayen","SZ":"Iswaasilaand","SE":"Iswidhan","CH":"Swiiserlaand","SY":"Suuriya","TW":"Taywaan","TJ":"Tajikistan","TZ":"Tansaaniya","TH":"Taylaand","TL":"Timorka bari","TG":"Toogo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad and Tobago","TN":"Tuniisiya","TR":"Turki","TM":"Turkmenistan","TC":"Turks and Caicos Islands","TV":"Tuvalu","UG":"Ugaanda","UA":"Ukrayn","AE":"Imaaraadka Carabta ee Midoobay","GB":"United Kingdom","US":"Maraykanka","UM":"Jasiiradaha yaryar ee ka baxsan Mareykanka","UY":"Uruguwaay","UZ":"Uusbakistaan","VU":"Vanuatu","VE":"Fenisuweela","VN":"Fiyetnaam","VG":"British Virgin Islands","VI":"U.S. Virgin Islands","WF":"Wallis and Futuna","EH":"Saxaraha Galbeed","YE":"Yaman","ZM":"Saambiya","ZW":"Simbaabwe","AX":"Jasiiradaha Åland","BQ":"Bonaire, Sint Eustatius iyo Saba","CW":"Curaçao","GG":"Guernsey","IM":"Jasiiradda Man","JE":"Jersey","ME":"Montenegro","BL":"Saint Barthélemy","MF":"Saint Martin (qayb Faransiis ah)","RS":"Serbia","SX":"Sint Maarten (Qaybta Nederlandka)","SS":"Koonfur Suudaan","XK":"Kosovo"}}');

/***/ }),

/***/ 4797:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"sq","countries":{"AF":"Afganistan","AL":"Shqipëri","DZ":"Algjeri","AS":"Samoa Amerikane","AD":"Andorrë","AO":"Angolë","AI":"Anguilë","AQ":"Antarktidë","AG":"Antigua & Barbuda","AR":"Argjentinë","AM":"Armeni","AW":"Arubë","AU":"Australi","AT":"Austri","AZ":"Azerbajxhan","BS":"Bahamas","BH":"Bahrein","BD":"Bangladesh","BB":"Barbados","BY":"Bjellorusi","BE":"Belgjikë","BZ":"Belize","BJ":"Benin","BM":"Bermuda","BT":"Butan","BO":"Bolivi","BA":"Bosnjë & Hercegovinë","BW":"Botsvanë","BV":"Ishulli Buve","BR":"Brazil","IO":"Territori Britanik i Oqeanit Indian","BN":"Brunej","BG":"Bullgari","BF":"Burkina Faso","BI":"Burund","KH":"Kamboxhia","CM":"Kamerun","CA":"Kanada","CV":"Kepi i Gjelbër","KY":"Ishujt Kajman","CF":"Republika Afrikano-Qendrore","TD":"Çad","CL":"Kili","CN":"Kinë","CX":"Ishulli i Krishtlindjes","CC":"Ishujt Kokos (Kiling)","CO":"Kolumbi","KM":"Komore","CG":"Kongo-Brazavil","CD":"Kongo-Kinshasa","CK":"Ishulli Kuk","CR":"Kosta Rikë","CI":"Bregu i Fildishtë","HR":"Kroaci","CU":"Kubë","CY":"Qipro","CZ":"Republika Çeke","DK":"Danimarkë","DJ":"Xhibut","DM":"Dominikë","DO":"Republika Dominikane","EC":"Ekuador","EG":"Egjipt","SV":"El Salvador","GQ":"Guineja Ekuatoriale","ER":"Eritre","EE":"Estoni","ET":"Etiopi","FK":"Ishujt Folkland","FO":"Ishujt Faroe","FJ":"Fixhi","FI":"Finlandë","FR":"Francë","GF":"Guajana Frënge","PF":"Polinezia Frënge","TF":"Territoret Frënge Jugore","GA":"Gabon","GM":"Gambia","GE":"Gjeorgji","DE":"Gjermani","GH":"Gana","GI":"Gjibraltar","GR":"Greqi","GL":"Groenlandë","GD":"Grenadë","GP":"Guadalup","GU":"Guam","GT":"Guatemalë","GN":"Guine","GW":"Guinea-Bisau","GY":"Guajanë","HT":"Haiti","HM":"Ishujt Hërd & Mekdonald","VA":"Vatikan","HN":"Honduras","HK":"RVA i Hong Kongut Kinë","HU":"Hungari","IS":"Islandë","IN":"Indi","ID":"Indonezi","IR":"Iran","IQ":"Irak","IE":"Irlandë","IL":"Izrael","IT":"Itali","JM":"Xhamajkë","JP":"Japoni","JO":"Jordani","KZ":"Kazakistan","KE":"Kenia","KI":"Kiribati","KP":"Koreja e Veriut","KR":"Koreja e Jugut","KW":"Kuvajt","KG":"Kirgizstan","LA":"Laos","LV":"Letoni","LB":"Liban","LS":"Lesoto","LR":"Liberi","LY":"Libi","LI":"Lihtenshtein","LT":"Lituani","LU":"Luksemburg","MO":"RVA i Makaos Kinë","MG":"Madagaskar","MW":"Malavi","MY":"Malajzi","MV":"Maldive","ML":"Mali","MT":"Maltë","MH":"Ishujt Marshall","MQ":"Martinikë","MR":"Mauritani","MU":"Mauritius","YT":"Majote","MX":"Meksikë","FM":"Mikronezi","MD":"Moldavi","MC":"Monako","MN":"Mongoli","MS":"Montserat","MA":"Marok","MZ":"Mozambik","MM":"Mianmar (Burma)","NA":"Namibi","NR":"Nauru","NP":"Nepal","NL":"Holandë","NC":"Kaledonia e Re","NZ":"Zelandë e Re","NI":"Nikaragua","NE":"Niger","NG":"Nigeri","NU":"Niue","NF":"Ishujt Norfolk","MK":"Maqedoni","MP":"Ishujt Veriorë Mariana","NO":"Norvegji","OM":"Oman","PK":"Pakistan","PW":"Palau","PS":"Territoret Palestineze","PA":"Panama","PG":"Papua Guineja e Re","PY":"Paraguai","PE":"Peru","PH":"Filipine","PN":"Ishujt Pitkern","PL":"Poloni","PT":"Portugali","PR":"Porto Riko","QA":"Katar","RE":"Reunion","RO":"Rumani","RU":"Rusi","RW":"Ruandë","SH":"Shën Helena","KN":"Shën Kits e Nevis","LC":"Shën Luçia","PM":"Shën Pier dhe Mikëlon","VC":"Shën Vinsent & Grenadinet","WS":"Samoa","SM":"San Marino","ST":"Sao Tome & Prinsipe","SA":"Arabi Saudite","SN":"Senegal","SC":"Sejshelle","SL":"Sierra Leone","SG":"Singapor","SK":"Sllovaki","SI":"Slloveni","SB":"Ishujt Solomon","SO":"Somali","ZA":"Afrikë e Jugut","GS":"Xhorxha Jugore dhe Ishujt Sanduiç të Jugut","ES":"Spanjë","LK":"Sri Lankë","SD":"Sudan","SR":"Surinam","SJ":"Svalbard & Zhan Majen","SZ":"Svaziland","SE":"Suedi","CH":"Zvicër","SY":"Siri","TW":"Tajvan","TJ":"Taxhikistan","TZ":"Tanzani","TH":"Tajlandë","TL":"Timori Lindor","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad & Tobago","TN":"Tunizi","TR":"Turqi","TM":"Turkmenistan","TC":"Ishujt Turk & Kaikos","TV":"Tuvalu","UG":"Ugandë","UA":"Ukrainë","AE":"Emiratet e Bashkuara Arabe","GB":"Mbretëria e Bashkuar","US":"Shtetet e Bashkuara të Amerikës","UM":"Ishujt e Përtejmë SHBA-së","UY":"Uruguai","UZ":"Uzbekistan","VU":"Vanuatu","VE":"Venezuelë","VN":"Vietnam","VG":"Ishujt e Virgjër Britanikë","VI":"Ishujt e Virgjër Amerikanë","WF":"Uollis e Futuna","EH":"Sahara Perëndimore","YE":"Jemen","ZM":"Zambia","ZW":"Zimbabve","AX":"Ishujt Aland","BQ":"Karaibet Holandeze","CW":"Kurasao","GG":"Gërnsi","IM":"Ishulli i Robit","JE":"Xhërsi","ME":"Mali i Zi","BL":"Shën Bartolomeo","MF":"Shën Martin","RS":"Serbi","SX":"Shën Martin","SS":"Sudan i Jugut","XK":"Kosovë"}}');

/***/ }),

/***/ 3680:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"sr","countries":{"AD":"Андора","AE":"Уједињени Арапски Емирати","AF":"Авганистан","AG":"Антигва и Барбуда","AI":"Ангвила","AL":"Албанија","AM":"Јерменија","AO":"Ангола","AQ":"Антарктик","AR":"Аргентина","AS":"Америчка Самоа","AT":"Аустрија","AU":"Аустралија","AW":"Аруба","AX":"Оландска Острва","AZ":"Азербејџан","BA":"Босна и Херцеговина","BB":"Барбадос","BD":"Бангладеш","BE":"Белгија","BF":"Буркина Фасо","BG":"Бугарска","BH":"Бахреин","BI":"Бурунди","BJ":"Бенин","BL":"Сен Бартелеми","BM":"Бермуда","BN":"Брунеј","BO":"Боливија","BQ":"Карипска Холандија","BR":"Бразил","BS":"Бахами","BT":"Бутан","BV":"Острво Буве","BW":"Боцвана","BY":"Белорусија","BZ":"Белизе","CA":"Канада","CC":"Кокосова (Килингова) Острва","CD":"Конго - Киншаса","CF":"Централноафричка Република","CG":"Конго - Бразавил","CH":"Швајцарска","CI":"Обала Слоноваче","CK":"Кукова Острва","CL":"Чиле","CM":"Камерун","CN":"Кина","CO":"Колумбија","CR":"Костарика","CU":"Куба","CV":"Зеленортска Острва","CW":"Курасао","CX":"Божићно Острво","CY":"Кипар","CZ":"Чешка","DE":"Немачка","DJ":"Џибути","DK":"Данска","DM":"Доминика","DO":"Доминиканска Република","DZ":"Алжир","EC":"Еквадор","EE":"Естонија","EG":"Египат","EH":"Западна Сахара","ER":"Еритреја","ES":"Шпанија","ET":"Етиопија","FI":"Финска","FJ":"Фиџи","FK":"Фокландска Острва","FM":"Микронезија","FO":"Фарска Острва","FR":"Француска","GA":"Габон","GB":"Уједињено Краљевство","GD":"Гренада","GE":"Грузија","GF":"Француска Гвајана","GG":"Гернзи","GH":"Гана","GI":"Гибралтар","GL":"Гренланд","GM":"Гамбија","GN":"Гвинеја","GP":"Гваделуп","GQ":"Екваторијална Гвинеја","GR":"Грчка","GS":"Јужна Џорџија и Јужна Сендвичка Острва","GT":"Гватемала","GU":"Гуам","GW":"Гвинеја-Бисао","GY":"Гвајана","HK":"САР Хонгконг (Кина)","HM":"Острво Херд и Мекдоналдова острва","HN":"Хондурас","HR":"Хрватска","HT":"Хаити","HU":"Мађарска","ID":"Индонезија","IE":"Ирска","IL":"Израел","IM":"Острво Ман","IN":"Индија","IO":"Британска територија Индијског океана","IQ":"Ирак","IR":"Иран","IS":"Исланд","IT":"Италија","JE":"Џерзи","JM":"Јамајка","JO":"Јордан","JP":"Јапан","KE":"Кенија","KG":"Киргистан","KH":"Камбоџа","KI":"Кирибати","KM":"Коморска Острва","KN":"Сент Китс и Невис","KP":"Северна Кореја","KR":"Јужна Кореја","KW":"Кувајт","KY":"Кајманска Острва","KZ":"Казахстан","LA":"Лаос","LB":"Либан","LC":"Света Луција","LI":"Лихтенштајн","LK":"Шри Ланка","LR":"Либерија","LS":"Лесото","LT":"Литванија","LU":"Луксембург","LV":"Летонија","LY":"Либија","MA":"Мароко","MC":"Монако","MD":"Молдавија","ME":"Црна Гора","MF":"Свети Мартин (Француска)","MG":"Мадагаскар","MH":"Маршалска Острва","MK":"Северна Македонија","ML":"Мали","MM":"Мијанмар (Бурма)","MN":"Монголија","MO":"САР Макао (Кина)","MP":"Северна Маријанска Острва","MQ":"Мартиник","MR":"Мауританија","MS":"Монсерат","MT":"Малта","MU":"Маурицијус","MV":"Малдиви","MW":"Малави","MX":"Мексико","MY":"Малезија","MZ":"Мозамбик","NA":"Намибија","NC":"Нова Каледонија","NE":"Нигер","NF":"Острво Норфок","NG":"Нигерија","NI":"Никарагва","NL":"Холандија","NO":"Норвешка","NP":"Непал","NR":"Науру","NU":"Ниуе","NZ":"Нови Зеланд","OM":"Оман","PA":"Панама","PE":"Перу","PF":"Француска Полинезија","PG":"Папуа Нова Гвинеја","PH":"Филипини","PK":"Пакистан","PL":"Пољска","PM":"Сен Пјер и Микелон","PN":"Питкерн","PR":"Порторико","PS":"Палестинске територије","PT":"Португалија","PW":"Палау","PY":"Парагвај","QA":"Катар","RE":"Реинион","RO":"Румунија","RS":"Србија","RU":"Русија","RW":"Руанда","SA":"Саудијска Арабија","SB":"Соломонска Острва","SC":"Сејшели","SD":"Судан","SE":"Шведска","SG":"Сингапур","SH":"Света Јелена","SI":"Словенија","SJ":"Свалбард и Јан Мајен","SK":"Словачка","SL":"Сијера Леоне","SM":"Сан Марино","SN":"Сенегал","SO":"Сомалија","SR":"Суринам","SS":"Јужни Судан","ST":"Сао Томе и Принципе","SV":"Салвадор","SX":"Свети Мартин (Холандија)","SY":"Сирија","SZ":"Свазиленд","TC":"Острва Туркс и Каикос","TD":"Чад","TF":"Француске Јужне Територије","TG":"Того","TH":"Тајланд","TJ":"Таџикистан","TK":"Токелау","TL":"Источни Тимор","TM":"Туркменистан","TN":"Тунис","TO":"Тонга","TR":"Турска","TT":"Тринидад и Тобаго","TV":"Тувалу","TW":"Тајван","TZ":"Танзанија","UA":"Украјина","UG":"Уганда","UM":"Удаљена острва САД","US":"Сједињене Државе","UY":"Уругвај","UZ":"Узбекистан","VA":"Ватикан","VC":"Сент Винсент и Гренадини","VE":"Венецуела","VG":"Британска Девичанска Острва","VI":"Америчка Девичанска Острва","VN":"Вијетнам","VU":"Вануату","WF":"Валис и Футуна","WS":"Самоа","XK":"Косово","YE":"Јемен","YT":"Мајот","ZA":"Јужноафричка Република","ZM":"Замбија","ZW":"Зимбабве"}}');

/***/ }),

/***/ 6940:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"sv","countries":{"AD":"Andorra","AE":"Förenade Arabemiraten","AF":"Afghanistan","AG":"Antigua och Barbuda","AI":"Anguilla","AL":"Albanien","AM":"Armenien","AO":"Angola","AQ":"Antarktis","AR":"Argentina","AS":"Amerikanska Samoa","AT":"Österrike","AU":"Australien","AW":"Aruba","AX":"Åland","AZ":"Azerbajdzjan","BA":"Bosnien och Hercegovina","BB":"Barbados","BD":"Bangladesh","BE":"Belgien","BF":"Burkina Faso","BG":"Bulgarien","BH":"Bahrain","BI":"Burundi","BJ":"Benin","BL":"Saint-Barthélemy","BM":"Bermuda","BN":"Brunei","BO":"Bolivia","BQ":"Bonaire, Saint Eustatius och Saba","BR":"Brasilien","BS":"Bahamas","BT":"Bhutan","BV":"Bouvetön","BW":"Botswana","BY":"Belarus","BZ":"Belize","CA":"Kanada","CC":"Kokosöarna","CD":"Demokratiska republiken Kongo","CF":"Centralafrikanska republiken","CG":"Kongo-Brazzaville","CH":"Schweiz","CI":"Elfenbenskusten","CK":"Cooköarna","CL":"Chile","CM":"Kamerun","CN":"Kina","CO":"Colombia","CR":"Costa Rica","CU":"Kuba","CV":"Kap Verde","CW":"Curacao","CX":"Julön","CY":"Cypern","CZ":"Tjeckien","DE":"Tyskland","DJ":"Djibouti","DK":"Danmark","DM":"Dominica","DO":"Dominikanska republiken","DZ":"Algeriet","EC":"Ecuador","EE":"Estland","EG":"Egypten","EH":"Västsahara","ER":"Eritrea","ES":"Spanien","ET":"Etiopien","FI":"Finland","FJ":"Fiji","FK":"Falklandsöarna","FM":"Mikronesiska federationen","FO":"Färöarna","FR":"Frankrike","GA":"Gabon","GB":"Storbritannien","GD":"Grenada","GE":"Georgien","GF":"Franska Guyana","GG":"Guernsey","GH":"Ghana","GI":"Gibraltar","GL":"Grönland","GM":"Gambia","GN":"Guinea","GP":"Guadeloupe","GQ":"Ekvatorialguinea","GR":"Grekland","GS":"Sydgeorgien och Sydsandwichöarna","GT":"Guatemala","GU":"Guam","GW":"Guinea Bissau","GY":"Guyana","HK":"Hongkong","HM":"Heard- och McDonaldsöarna","HN":"Honduras","HR":"Kroatien","HT":"Haiti","HU":"Ungern","ID":"Indonesien","IE":"Irland","IL":"Israel","IM":"Isle of Man","IN":"Indien","IO":"Brittiska territoriet i Indiska Oceanen","IQ":"Irak","IR":"Iran","IS":"Island","IT":"Italien","JE":"Jersey","JM":"Jamaica","JO":"Jordanien","JP":"Japan","KE":"Kenya","KG":"Kirgizistan","KH":"Kambodja","KI":"Kiribati","KM":"Komorerna","KN":"Saint Kitts och Nevis","KP":"Nordkorea","KR":"Sydkorea","KW":"Kuwait","KY":"Caymanöarna","KZ":"Kazakstan","LA":"Laos","LB":"Libanon","LC":"Saint Lucia","LI":"Liechtenstein","LK":"Sri Lanka","LR":"Liberia","LS":"Lesotho","LT":"Litauen","LU":"Luxemburg","LV":"Lettland","LY":"Libyen","MA":"Marocko","MC":"Monaco","MD":"Moldavien","ME":"Montenegro","MF":"Saint Martin (franska delen)","MG":"Madagaskar","MH":"Marshallöarna","MK":"Nordmakedonien","ML":"Mali","MM":"Burma","MN":"Mongoliet","MO":"Macau","MP":"Nordmarianerna","MQ":"Martinique","MR":"Mauretanien","MS":"Montserrat","MT":"Malta","MU":"Mauritius","MV":"Maldiverna","MW":"Malawi","MX":"Mexiko","MY":"Malaysia","MZ":"Moçambique","NA":"Namibia","NC":"Nya Kaledonien","NE":"Niger","NF":"Norfolkön","NG":"Nigeria","NI":"Nicaragua","NL":"Nederländerna","NO":"Norge","NP":"Nepal","NR":"Nauru","NU":"Niue","NZ":"Nya Zeeland","OM":"Oman","PA":"Panama","PE":"Peru","PF":"Franska Polynesien","PG":"Papua Nya Guinea","PH":"Filippinerna","PK":"Pakistan","PL":"Polen","PM":"Saint-Pierre och Miquelon","PN":"Pitcairnöarna","PR":"Puerto Rico","PS":"Palestinska territoriet, ockuperade","PT":"Portugal","PW":"Palau","PY":"Paraguay","QA":"Qatar","RE":"Réunion","RO":"Rumänien","RS":"Serbien","RU":"Ryssland","RW":"Rwanda","SA":"Saudiarabien","SB":"Salomonöarna","SC":"Seychellerna","SD":"Sudan","SE":"Sverige","SG":"Singapore","SH":"Sankta Helena","SI":"Slovenien","SJ":"Svalbard och Jan Mayen","SK":"Slovakien","SL":"Sierra Leone","SM":"San Marino","SN":"Senegal","SO":"Somalia","SR":"Surinam","SS":"Sydsudan","ST":"São Tomé och Príncipe","SV":"El Salvador","SX":"Sint Maarten (nederländska delen)","SY":"Syrien","SZ":"Eswatini","TC":"Turks- och Caicosöarna","TD":"Tchad","TF":"Franska södra territorierna","TG":"Togo","TH":"Thailand","TJ":"Tadzjikistan","TK":"Tokelauöarna","TL":"Östtimor","TM":"Turkmenistan","TN":"Tunisien","TO":"Tonga","TR":"Turkiet","TT":"Trinidad och Tobago","TV":"Tuvalu","TW":"Taiwan","TZ":"Tanzania","UA":"Ukraina","UG":"Uganda","UM":"USA:s yttre öar","US":"USA","UY":"Uruguay","UZ":"Uzbekistan","VA":"Vatikanstaten","VC":"Saint Vincent och Grenadinerna","VE":"Venezuela","VG":"Brittiska Jungfruöarna","VI":"Amerikanska Jungfruöarna","VN":"Vietnam","VU":"Vanuatu","WF":"Wallis- och Futunaöarna","WS":"Samoa","YE":"Jemen","YT":"Mayotte","ZA":"Sydafrika","ZM":"Zambia","ZW":"Zimbabwe","XK":"Kosovo"}}');

/***/ }),

/***/ 4079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"sw","countries":{"AF":"Afghanistan","AL":"Albania","DZ":"Algeria","AS":"Samoa ya Marekani","AD":"Andorra","AO":"Angola","AI":"Anguilla","AQ":"Antaktiki","AG":"Antigua na Barbuda","AR":"Ajentina","AM":"Armenia","AW":"Aruba","AU":"Australia","AT":"Austria","AZ":"Azabajani","BS":"Bahamas","BH":"Bahrain","BD":"Bangladesh","BB":"Barbados","BY":"Belarusi","BE":"Ubelgiji","BZ":"Belize","BJ":"Benign","BM":"Bermuda","BT":"Bhutan","BO":"Bolivia","BA":"Bosnia na Herzegovina","BW":"Botswana","BV":"Kisiwa cha Bouvet","BR":"Brazil","IO":"Bahari ya Hindi ya Uingereza","BN":"Brunei Darussalam","BG":"Bulgaria","BF":"Burkina Faso","BI":"Burundi","KH":"Kamboja","CM":"Kamerun","CA":"Canada","CV":"Kofia ya kijani","KY":"Visiwa vya Cayman","CF":"Jamhuri ya Afrika ya Kati","TD":"Chad","CL":"Chile","CN":"Uchina","CX":"Kisiwa cha Krismasi","CC":"Cocos","CO":"Kolombia","KM":"Comoro","CG":"Jamhuri ya Kongo","CD":"Kongo, Jamhuri ya Kidemokrasia","CK":"Visiwa vya Cook","CR":"Costa Rica","CI":"Pwani ya Pembe","HR":"Kroatia","CU":"Cuba","CY":"Kupro","CZ":"Jamhuri ya Czech","DK":"Denmark","DJ":"Djibouti","DM":"Dominica","DO":"Jamhuri ya Dominika","EC":"Ekvado","EG":"Misri","SV":"El Salvador","GQ":"Guinea ya Ikweta","ER":"Eritrea","EE":"Estonia","ET":"Ethiopia","FK":"Visiwa vya Falkland","FO":"Visiwa vya Faroe","FJ":"Fiji","FI":"Ufini","FR":"Ufaransa","GF":"Guiana ya Ufaransa","PF":"Polynesia ya Ufaransa","TF":"Wilaya za Kusini mwa Ufaransa","GA":"Gabon","GM":"Gambia","GE":"Georgia","DE":"Ujerumani","GH":"Ghana","GI":"Gibraltar","GR":"Ugiriki","GL":"Greenland","GD":"Grenada","GP":"Guadeloupe","GU":"Guam","GT":"Guatemala","GN":"Gine","GW":"Guinea-Bissau","GY":"Guyana","HT":"Haiti","HM":"Visiwa vya Heard na MacDonald","VA":"Holy See","HN":"Honduras","HK":"Hong Kong","HU":"Hungary","IS":"Iceland","IN":"India","ID":"Indonesia","IR":"Iran","IQ":"Iraq","IE":"Ireland","IL":"Israeli","IT":"Italia","JM":"Jamaica","JP":"Japani","JO":"Yordani","KZ":"Kazakhstan","KE":"Kenya","KI":"Kiribati","KP":"Korea Kaskazini, Jamhuri ya Watu wa Kidemokrasiaatique","KR":"Korea Kusini, Jamhuri","KW":"Kuwait","KG":"Kyrgyzstan","LA":"Laos","LV":"Latvia","LB":"Lebanon","LS":"Lesotho","LR":"Liberia","LY":"Libya","LI":"Liechtenstein","LT":"Lithuania","LU":"Luxemburg","MO":"Macao","MK":"Makedonia Kaskazini","MG":"Madagaska","MW":"Malawi","MY":"Malaysia","MV":"Maldives","ML":"Mali","MT":"Malta","MH":"Visiwa vya Marshall","MQ":"Martinique","MR":"Mauritania","MU":"Maurice","YT":"Mayotte","MX":"Mexico","FM":"Micronesia","MD":"Moldova","MC":"Monaco","MN":"Mongolia","MS":"Montserrat","MA":"Moroko","MZ":"Msumbiji","MM":"Myanmar","NA":"Namibia","NR":"Nauru","NP":"Nepal","NL":"Uholanzi","NC":"Kaledonia mpya","NZ":"New Zealand","NI":"Nikaragua","NE":"Niger","NG":"Nigeria","NU":"Niue","NF":"Kisiwa cha Norfolk","MP":"Mariana ya Kaskazini","NO":"Norway","OM":"Oman","PK":"Pakistan","PW":"Palau","PS":"Palestina","PA":"Panama","PG":"Papua Guinea Mpya","PY":"Paragwai","PE":"Peru","PH":"Ufilipino","PN":"Pitcairn","PL":"Poland","PT":"Ureno","PR":"Porto Rico","QA":"Qatar","RE":"Mkutano","RO":"Romania","RU":"Urusi","RW":"Rwanda","SH":"Mtakatifu Helena","KN":"Mtakatifu Kitts na Nevis","LC":"Mtakatifu LUCIA","PM":"Mtakatifu Pierre na Miquelon","VC":"Saint Vincent na Grenadines","WS":"Samoa","SM":"San Marino","ST":"Sao Tome na Principe","SA":"Saudi Arabia","SN":"Senegal","SC":"Shelisheli","SL":"Sierra Leone","SG":"Singapore","SK":"Slovakia","SI":"Slovenia","SB":"Sulemani","SO":"Somalia","ZA":"Africa Kusini","GS":"Georgia Kusini na Visiwa vya Sandwich Kusini","ES":"Uhispania","LK":"Sri Lanka","SD":"Sudan","SR":"Suriname","SJ":"Svalbard na Kisiwa cha Jan Mayen","SZ":"Ngwane, Ufalme wa Eswatini","SE":"Uswidi","CH":"Uswisi","SY":"Syria","TW":"Taiwan","TJ":"Tajikistani","TZ":"Tanzania, Jamhuri ya Muungano","TH":"Thailand","TL":"Timor Leste","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad na Tobago","TN":"Tunisia","TR":"Uturuki","TM":"Turkmenistan","TC":"Visiwa vya Turks na Caicos","TV":"Tuvalu","UG":"Uganda","UA":"Ukraine","AE":"Falme za Kiarabu","GB":"Uingereza","US":"Amerika","UM":"Visiwa Vidogo vilivyo nje ya Merika","UY":"Uruguay","UZ":"Uzbekistan","VU":"Vanuatu","VE":"Venezuela","VN":"Vietnam","VG":"Visiwa vya Briteni vya Uingereza","VI":"Visiwa vya Bikira za Amerika","WF":"Wallis na futuna","EH":"Sahara Magharibi","YE":"Yemen","ZM":"Zambia","ZW":"Zimbabwe","AX":"Bara","BQ":"Bonaire, Saint-Eustache na Saba","CW":"Curacao","GG":"Guernsey","IM":"Kisiwa cha mwanadamu","JE":"Jezi","ME":"Montenegro","BL":"Mtakatifu-Barthélemy","MF":"Saint-Martin (sehemu ya Kifaransa)","RS":"Serbia","SX":"Saint-Martin (sehemu ya Uholanzi)","SS":"Sudan Kusini","XK":"Kosovo"}}');

/***/ }),

/***/ 2682:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ta","countries":{"AF":"ஆப்கானிஸ்தான்","AL":"அல்பேனியா","DZ":"அல்ஜீரியா","AS":"அமெரிக்க சமோவா","AD":"அன்டோரா","AO":"அங்கோலா","AI":"அங்குய்லா","AQ":"அண்டார்டிகா","AG":"ஆண்டிகுவா மற்றும் பார்புடா","AR":"அர்ஜென்டினா","AM":"ஆர்மேனியா","AW":"அரூபா","AU":"ஆஸ்திரேலியா","AT":"ஆஸ்திரியா","AZ":"அசர்பைஜான்","BS":"பஹாமாஸ்","BH":"பஹ்ரைன்","BD":"பங்களாதேஷ்","BB":"பார்படோஸ்","BY":"பெலாரூஸ்","BE":"பெல்ஜியம்","BZ":"பெலிஸ்","BJ":"பெனின்","BM":"பெர்முடா","BT":"பூடான்","BO":"பொலிவியா","BA":"போஸ்னியா மற்றும் ஹெர்ஸிகோவினா","BW":"போட்ஸ்வானா","BV":"பொவேட் தீவுகள்","BR":"பிரேசில்","IO":"பிரிட்டிஷ் இந்தியப் பெருங்கடல் பிரதேசம்","BN":"புரூனேய்","BG":"பல்கேரியா","BF":"புர்கினா ஃபாஸோ","BI":"புருண்டி","KH":"கம்போடியா","CM":"கேமரூன்","CA":"கனடா","CV":"கேப் வெர்டே","KY":"கேமென் தீவுகள்","CF":"மத்திய ஆப்ரிக்கக் குடியரசு","TD":"சாட்","CL":"சிலி","CN":"சீனா","CX":"கிறிஸ்துமஸ் தீவு","CC":"கோகோஸ் (கீலிங்) தீவுகள்","CO":"கொலம்பியா","KM":"கோமரோஸ்","CG":"காங்கோ - ப்ராஸாவில்லே","CD":"காங்கோ - கின்ஷாசா","CK":"குக் தீவுகள்","CR":"கோஸ்டாரிகா","CI":"கோட் தி’வாயர்","HR":"குரோசியா","CU":"கியூபா","CY":"சைப்ரஸ்","CZ":"செக் குடியரசு","DK":"டென்மார்க்","DJ":"ஜிபௌட்டி","DM":"டொமினிகா","DO":"டொமினிகன் குடியரசு","EC":"ஈக்வடார்","EG":"எகிப்து","SV":"எல் சால்வடார்","GQ":"ஈக்குவாடோரியல் கினியா","ER":"எரிட்ரியா","EE":"எஸ்டோனியா","ET":"எதியோப்பியா","FK":"ஃபாக்லாந்து தீவுகள்","FO":"ஃபாரோ தீவுகள்","FJ":"ஃபிஜி","FI":"பின்லாந்து","FR":"பிரான்ஸ்","GF":"பிரெஞ்சு கயானா","PF":"பிரெஞ்சு பாலினேஷியா","TF":"பிரெஞ்சு தெற்கு பிரதேசங்கள்","GA":"கேபான்","GM":"காம்பியா","GE":"ஜார்ஜியா","DE":"ஜெர்மனி","GH":"கானா","GI":"ஜிப்ரால்டர்","GR":"கிரீஸ்","GL":"கிரீன்லாந்து","GD":"கிரனெடா","GP":"க்வாதேலோப்","GU":"குவாம்","GT":"கவுதமாலா","GN":"கினியா","GW":"கினி-பிஸ்ஸாவ்","GY":"கயானா","HT":"ஹெய்தி","HM":"ஹேர்ட் மற்றும் மெக்டொனால்டு தீவுகள்","VA":"வாடிகன் நகரம்","HN":"ஹோண்டூராஸ்","HK":"ஹாங்காங் எஸ்ஏஆர் சீனா","HU":"ஹங்கேரி","IS":"ஐஸ்லாந்து","IN":"இந்தியா","ID":"இந்தோனேஷியா","IR":"ஈரான்","IQ":"ஈராக்","IE":"அயர்லாந்து","IL":"இஸ்ரேல்","IT":"இத்தாலி","JM":"ஜமைகா","JP":"ஜப்பான்","JO":"ஜோர்டான்","KZ":"கஸகஸ்தான்","KE":"கென்யா","KI":"கிரிபடி","KP":"வட கொரியா","KR":"தென் கொரியா","KW":"குவைத்","KG":"கிர்கிஸ்தான்","LA":"லாவோஸ்","LV":"லாட்வியா","LB":"லெபனான்","LS":"லெசோதோ","LR":"லைபீரியா","LY":"லிபியா","LI":"லிச்செண்ஸ்டெய்ன்","LT":"லிதுவேனியா","LU":"லக்ஸ்சம்பர்க்","MO":"மகாவோ எஸ்ஏஆர் சீனா","MG":"மடகாஸ்கர்","MW":"மாலவி","MY":"மலேஷியா","MV":"மாலத்தீவு","ML":"மாலி","MT":"மால்டா","MH":"மார்ஷல் தீவுகள்","MQ":"மார்டினிக்","MR":"மௌரிடானியா","MU":"மொரிசியஸ்","YT":"மயோத்","MX":"மெக்சிகோ","FM":"மைக்ரோனேஷியா","MD":"மால்டோவா","MC":"மொனாக்கோ","MN":"மங்கோலியா","MS":"மௌன்ட்செராட்","MA":"மொராக்கோ","MZ":"மொசாம்பிக்","MM":"மியான்மார் (பர்மா)","NA":"நமீபியா","NR":"நௌரு","NP":"நேபாளம்","NL":"நெதர்லாந்து","NC":"நியூ கேலிடோனியா","NZ":"நியூசிலாந்து","NI":"நிகரகுவா","NE":"நைஜர்","NG":"நைஜீரியா","NU":"நியூ","NF":"நார்ஃபாக் தீவுகள்","MK":"மாசிடோனியா","MP":"வடக்கு மரியானா தீவுகள்","NO":"நார்வே","OM":"ஓமன்","PK":"பாகிஸ்தான்","PW":"பாலோ","PS":"பாலஸ்தீனிய பிரதேசங்கள்","PA":"பனாமா","PG":"பாப்புவா நியூ கினி","PY":"பராகுவே","PE":"பெரு","PH":"பிலிப்பைன்ஸ்","PN":"பிட்கெய்ர்ன் தீவுகள்","PL":"போலந்து","PT":"போர்ச்சுக்கல்","PR":"பியூர்டோ ரிகோ","QA":"கத்தார்","RE":"ரீயூனியன்","RO":"ருமேனியா","RU":"ரஷ்யா","RW":"ருவான்டா","SH":"செயின்ட் ஹெலெனா","KN":"செயின்ட் கிட்ஸ் மற்றும் நெவிஸ்","LC":"செயின்ட் லூசியா","PM":"செயின்ட் பியர் மற்றும் மிக்வேலான்","VC":"செயின்ட் வின்சென்ட் மற்றும் கிரெனடைன்ஸ்","WS":"சமோவா","SM":"சான் மெரினோ","ST":"சாவ் தோம் மற்றும் ப்ரின்சிபி","SA":"சவூதி அரேபியா","SN":"செனெகல்","SC":"ஸேசேல்ஸ்","SL":"சியர்ரா லியோன்","SG":"சிங்கப்பூர்","SK":"ஸ்லோவாகியா","SI":"ஸ்லோவேனியா","SB":"சாலமன் தீவுகள்","SO":"சோமாலியா","ZA":"தென் ஆப்பிரிக்கா","GS":"தென் ஜியார்ஜியா மற்றும் தென் சான்ட்விச் தீவுகள்","ES":"ஸ்பெயின்","LK":"இலங்கை","SD":"சூடான்","SR":"சுரினாம்","SJ":"ஸ்வல்பார்டு மற்றும் ஜான் மேயன்","SZ":"ஸ்வாஸிலாந்து","SE":"ஸ்வீடன்","CH":"ஸ்விட்சர்லாந்து","SY":"சிரியா","TW":"தைவான்","TJ":"தாஜிகிஸ்தான்","TZ":"தான்சானியா","TH":"தாய்லாந்து","TL":"தைமூர்-லெஸ்தே","TG":"டோகோ","TK":"டோகேலோ","TO":"டோங்கா","TT":"ட்ரினிடாட் மற்றும் டுபாகோ","TN":"டுனிசியா","TR":"துருக்கி","TM":"துர்க்மெனிஸ்தான்","TC":"டர்க்ஸ் மற்றும் கைகோஸ் தீவுகள்","TV":"துவாலூ","UG":"உகாண்டா","UA":"உக்ரைன்","AE":"ஐக்கிய அரபு எமிரேட்ஸ்","GB":"ஐக்கிய பேரரசு","US":"அமெரிக்கா","UM":"யூஎஸ் அவுட்லேயிங் தீவுகள்","UY":"உருகுவே","UZ":"உஸ்பெகிஸ்தான்","VU":"வனுவாட்டு","VE":"வெனிசுலா","VN":"வியட்நாம்","VG":"பிரிட்டீஷ் கன்னித் தீவுகள்","VI":"யூ.எஸ். கன்னித் தீவுகள்","WF":"வாலிஸ் மற்றும் ஃபுடுனா","EH":"மேற்கு சஹாரா","YE":"ஏமன்","ZM":"ஜாம்பியா","ZW":"ஜிம்பாப்வே","AX":"ஆலந்து தீவுகள்","BQ":"கரீபியன் நெதர்லாந்து","CW":"குராகவ்","GG":"கெர்ன்சி","IM":"ஐல் ஆஃப் மேன்","JE":"ஜெர்சி","ME":"மான்டேனெக்ரோ","BL":"செயின்ட் பார்தேலெமி","MF":"செயின்ட் மார்ட்டீன்","RS":"செர்பியா","SX":"சின்ட் மார்டென்","SS":"தெற்கு சூடான்","XK":"கொசோவோ"}}');

/***/ }),

/***/ 2292:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"tg","countries":{"AF":"Афғонистон","AL":"Албания","DZ":"Алҷазоир","AS":"Самоаи Америка","AD":"Андорра","AO":"Ангола","AI":"Ангилия","AQ":"Антарктида","AG":"Антигуа ва Барбуда","AR":"Аргентина","AM":"Арманистон","AW":"Аруба","AU":"Австралия","AT":"Австрия","AZ":"Озарбойҷон","BS":"Багам","BH":"Баҳрайн","BD":"Бангладеш","BB":"Барбадос","BY":"Белорус","BE":"Белгия","BZ":"Белиз","BJ":"Бенин","BM":"Бермуда","BT":"Бутон","BO":"Боливия","BA":"Босния ва Ҳерсеговина","BW":"Ботсвана","BV":"Ҷазираи Буве","BR":"Бразилия","IO":"Қаламрави Британия дар уқёнуси Ҳинд","BN":"Бруней","BG":"Булғория","BF":"Буркина-Фасо","BI":"Бурунди","KH":"Камбоҷа","CM":"Камерун","CA":"Канада","CV":"Кабо-Верде","KY":"Ҷазираҳои Кайман","CF":"Ҷумҳурии Африқои Марказӣ","TD":"Чад","CL":"Чили","CN":"Хитой","CX":"Ҷазираи Крисмас","CC":"Ҷазираҳои Кокос (Килинг)","CO":"Колумбия","KM":"Комор","CG":"Конго","CD":"Конго, Ҷумҳурии Демократии","CK":"Ҷазираҳои Кук","CR":"Коста-Рика","CI":"Кот-д’Ивуар","HR":"Хорватия","CU":"Куба","CY":"Кипр","CZ":"Ҷумҳурии Чех","DK":"Дания","DJ":"Ҷибути","DM":"Доминика","DO":"Ҷумҳурии Доминикан","EC":"Эквадор","EG":"Миср","SV":"Эл-Салвадор","GQ":"Гвинеяи Экваторӣ","ER":"Эритрея","EE":"Эстония","ET":"Эфиопия","FK":"Ҷазираҳои Фолкленд","FO":"Ҷазираҳои Фарер","FJ":"Фиҷи","FI":"Финляндия","FR":"Фаронса","GF":"Гвианаи Фаронса","PF":"Полинезияи Фаронса","TF":"Минтақаҳои Ҷанубии Фаронса","GA":"Габон","GM":"Гамбия","GE":"Гурҷистон","DE":"Германия","GH":"Гана","GI":"Гибралтар","GR":"Юнон","GL":"Гренландия","GD":"Гренада","GP":"Гваделупа","GU":"Гуам","GT":"Гватемала","GN":"Гвинея","GW":"Гвинея-Бисау","GY":"Гайана","HT":"Гаити","HM":"Ҷазираи Ҳерд ва Ҷазираҳои Макдоналд","VA":"Шаҳри Вотикон","HN":"Гондурас","HK":"Ҳонконг (МММ)","HU":"Маҷористон","IS":"Исландия","IN":"Ҳиндустон","ID":"Индонезия","IR":"Эрон","IQ":"Ироқ","IE":"Ирландия","IL":"Исроил","IT":"Италия","JM":"Ямайка","JP":"Япония","JO":"Урдун","KZ":"Қазоқистон","KE":"Кения","KI":"Кирибати","KP":"Кореяи Шимолӣ","KR":"Кореяи ҷанубӣ","KW":"Қувайт","KG":"Қирғизистон","LA":"Лаос","LV":"Латвия","LB":"Лубнон","LS":"Лесото","LR":"Либерия","LY":"Либия","LI":"Лихтенштейн","LT":"Литва","LU":"Люксембург","MO":"Макао (МММ)","MG":"Мадагаскар","MW":"Малави","MY":"Малайзия","MV":"Малдив","ML":"Мали","MT":"Малта","MH":"Ҷазираҳои Маршалл","MQ":"Мартиника","MR":"Мавритания","MU":"Маврикий","YT":"Майотта","MX":"Мексика","FM":"Штатҳои Федеративии Микронезия","MD":"Молдова","MC":"Монако","MN":"Муғулистон","MS":"Монтсеррат","MA":"Марокаш","MZ":"Мозамбик","MM":"Мянма","NA":"Намибия","NR":"Науру","NP":"Непал","NL":"Нидерландия","NC":"Каледонияи Нав","NZ":"Зеландияи Нав","NI":"Никарагуа","NE":"Нигер","NG":"Нигерия","NU":"Ниуэ","NF":"Ҷазираи Норфолк","MK":"Македонияи Шимолӣ","MP":"Ҷазираҳои Марианаи Шимолӣ","NO":"Норвегия","OM":"Умон","PK":"Покистон","PW":"Палау","PS":"Фаластин","PA":"Панама","PG":"Папуа Гвинеяи Нав","PY":"Парагвай","PE":"Перу","PH":"Филиппин","PN":"Ҷазираҳои Питкейрн","PL":"Лаҳистон","PT":"Португалия","PR":"Пуэрто-Рико","QA":"Қатар","RE":"Реюнион","RO":"Руминия","RU":"Русия","RW":"Руанда","SH":"Сент Елена","KN":"Сент-Китс ва Невис","LC":"Сент-Люсия","PM":"Сент-Пер ва Микелон","VC":"Сент-Винсент ва Гренадина","WS":"Самоа","SM":"Сан-Марино","ST":"Сан Томе ва Принсипи","SA":"Арабистони Саудӣ","SN":"Сенегал","SC":"Сейшел","SL":"Сиерра-Леоне","SG":"Сингапур","SK":"Словакия","SI":"Словения","SB":"Ҷазираҳои Соломон","SO":"Сомалӣ","ZA":"Африкаи Ҷанубӣ","GS":"Ҷорҷияи Ҷанубӣ ва Ҷазираҳои Сандвич","ES":"Испания","LK":"Шри-Ланка","SD":"Судон","SR":"Суринам","SJ":"Шпитсберген ва Ян Майен","SZ":"Свазиленд","SE":"Шветсия","CH":"Швейтсария","SY":"Сурия","TW":"Тайван","TJ":"Тоҷикистон","TZ":"Танзания","TH":"Таиланд","TL":"Тимор-Лесте","TG":"Того","TK":"Токелау","TO":"Тонга","TT":"Тринидад ва Тобаго","TN":"Тунис","TR":"Туркия","TM":"Туркманистон","TC":"Ҷазираҳои Теркс ва Кайкос","TV":"Тувалу","UG":"Уганда","UA":"Украина","AE":"Аморатҳои Муттаҳидаи Араб","GB":"Шоҳигарии Муттаҳида","US":"Иёлоти Муттаҳида","UM":"Ҷазираҳои Хурди Дурдасти ИМА","UY":"Уругвай","UZ":"Ӯзбекистон","VU":"Вануату","VE":"Венесуэла","VN":"Ветнам","VG":"Ҷазираҳои Виргини Британия","VI":"Ҷазираҳои Виргини ИМА","WF":"Уоллис ва Футуна","EH":"Саҳрои Ғарбӣ","YE":"Яман","ZM":"Замбия","ZW":"Зимбабве","AX":"Ҷазираҳои Аланд","BQ":"Бонайре, Синт Эстатиус ва Саба","CW":"Кюрасао","GG":"Гернси","IM":"Ҷазираи Мэн","JE":"Ҷерси","ME":"Черногория","BL":"Сент-Бартелми","MF":"Ҷазираи Сент-Мартин","RS":"Сербия","SX":"Синт-Маартен","SS":"Судони Ҷанубӣ","XK":"Косово"}}');

/***/ }),

/***/ 5885:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"th","countries":{"BD":"บังกลาเทศ","BE":"เบลเยียม","BF":"บูร์กินาฟาโซ","BG":"บัลแกเรีย","BA":"บอสเนียและเฮอร์เซโกวีนา","BB":"บาร์เบโดส","WF":"วาลลิสและฟุตูนา","BL":"เซนต์บาร์เธเลมี","BM":"เบอร์มิวดา","BN":"บรูไน","BO":"โบลิเวีย","BH":"บาห์เรน","BI":"บุรุนดี","BJ":"เบนิน","BT":"ภูฏาน","JM":"จาเมกา","BV":"เกาะบูเวต","BW":"บอตสวานา","WS":"ซามัว","BR":"บราซิล","BS":"บาฮามาส","JE":"เจอร์ซีย์","BY":"เบลารุส","BZ":"เบลีซ","RU":"รัสเซีย","RW":"รวันดา","RS":"เซอร์เบีย","TL":"ติมอร์ตะวันออก","RE":"เรอูนียง","TM":"เติร์กเมนิสถาน","TJ":"ทาจิกิสถาน","RO":"โรมาเนีย","TK":"โตเกเลา","GW":"กินี-บิสเซา","GU":"กวม","GT":"กัวเตมาลา","GS":"เกาะเซาท์จอร์เจียและหมู่เกาะเซาท์แซนด์วิช","GR":"กรีซ","GQ":"อิเควทอเรียลกินี","GP":"กวาเดอลูป","JP":"ญี่ปุ่น","GY":"กายอานา","GG":"เกิร์นซีย์","GF":"เฟรนช์เกียนา","GE":"จอร์เจีย","GD":"เกรเนดา","GB":"สหราชอาณาจักร","GA":"กาบอง","SV":"เอลซัลวาดอร์","GN":"กินี","GM":"แกมเบีย","GL":"กรีนแลนด์","GI":"ยิบรอลตาร์","GH":"กานา","OM":"โอมาน","TN":"ตูนิเซีย","JO":"จอร์แดน","HR":"โครเอเชีย","HT":"เฮติ","HU":"ฮังการี","HK":"ฮ่องกง เขตปกครองพิเศษประเทศจีน","HN":"ฮอนดูรัส","HM":"เกาะเฮิร์ดและหมู่เกาะแมกดอนัลด์","VE":"เวเนซุเอลา","PR":"เปอร์โตริโก","PS":"ปาเลสไตน์","PW":"ปาเลา","PT":"โปรตุเกส","SJ":"สฟาลบาร์และยานไมเอน","PY":"ปารากวัย","IQ":"อิรัก","PA":"ปานามา","PF":"เฟรนช์โปลินีเซีย","PG":"ปาปัวนิวกินี","PE":"เปรู","PK":"ปากีสถาน","PH":"ฟิลิปปินส์","PN":"พิตแคร์น","PL":"โปแลนด์","PM":"แซงปีแยร์และมีเกอลง","ZM":"แซมเบีย","EH":"ซาฮาราตะวันตก","EE":"เอสโตเนีย","EG":"อียิปต์","ZA":"แอฟริกาใต้","EC":"เอกวาดอร์","IT":"อิตาลี","VN":"เวียดนาม","SB":"หมู่เกาะโซโลมอน","ET":"เอธิโอเปีย","SO":"โซมาเลีย","ZW":"ซิมบับเว","SA":"ซาอุดีอาระเบีย","ES":"สเปน","ER":"เอริเทรีย","ME":"มอนเตเนโกร","MD":"มอลโดวา","MG":"มาดากัสการ์","MF":"เซนต์มาติน","MA":"โมร็อกโก","MC":"โมนาโก","UZ":"อุซเบกิสถาน","MM":"เมียนม่าร์ [พม่า]","ML":"มาลี","MO":"มาเก๊า เขตปกครองพิเศษประเทศจีน","MN":"มองโกเลีย","MH":"หมู่เกาะมาร์แชลล์","MK":"มาซิโดเนีย","MU":"มอริเชียส","MT":"มอลตา","MW":"มาลาวี","MV":"มัลดีฟส์","MQ":"มาร์ตินีก","MP":"หมู่เกาะนอร์เทิร์นมาเรียนา","MS":"มอนต์เซอร์รัต","MR":"มอริเตเนีย","IM":"เกาะแมน","UG":"ยูกันดา","TZ":"แทนซาเนีย","MY":"มาเลเซีย","MX":"เม็กซิโก","IL":"อิสราเอล","FR":"ฝรั่งเศส","IO":"บริติชอินเดียนโอเชียนเทร์ริทอรี","SH":"เซนต์เฮเลนา","FI":"ฟินแลนด์","FJ":"ฟิจิ","FK":"หมู่เกาะฟอล์กแลนด์","FM":"ไมโครนีเซีย","FO":"หมู่เกาะแฟโร","NI":"นิการากัว","NL":"เนเธอร์แลนด์","NO":"นอร์เวย์","NA":"นามิเบีย","VU":"วานูอาตู","NC":"นิวแคลิโดเนีย","NE":"ไนเจอร์","NF":"เกาะนอร์ฟอล์ก","NG":"ไนจีเรีย","NZ":"นิวซีแลนด์","NP":"เนปาล","NR":"นาอูรู","NU":"นีอูเอ","CK":"หมู่เกาะคุก","CI":"ไอวอรี่โคสต์","CH":"สวิตเซอร์แลนด์","CO":"โคลอมเบีย","CN":"จีน","CM":"แคเมอรูน","CL":"ชิลี","CC":"หมู่เกาะโคโคส","CA":"แคนาดา","CG":"คองโก-บราซซาวิล","CF":"สาธารณรัฐแอฟริกากลาง","CD":"คองโก-กินชาซา","CZ":"สาธารณรัฐเช็ก","CY":"ไซปรัส","CX":"เกาะคริสต์มาส","CR":"คอสตาริกา","CV":"เคปเวิร์ด","CU":"คิวบา","SZ":"สวาซิแลนด์","SY":"ซีเรีย","KG":"คีร์กีซสถาน","KE":"เคนยา","SR":"ซูรินาเม","KI":"คิริบาส","KH":"กัมพูชา","KN":"เซนต์คิตส์และเนวิส","KM":"คอโมโรส","ST":"เซาตูเมและปรินซิปี","SK":"สโลวะเกีย","KR":"เกาหลีใต้","SI":"สโลวีเนีย","KP":"เกาหลีเหนือ","KW":"คูเวต","SN":"เซเนกัล","SM":"ซานมารีโน","SL":"เซียร์ราลีโอน","SC":"เซเชลส์","KZ":"คาซัคสถาน","KY":"หมู่เกาะเคย์แมน","SG":"สิงคโปร์","SE":"สวีเดน","SD":"ซูดาน","DO":"สาธารณรัฐโดมินิกัน","DM":"โดมินิกา","DJ":"จิบูตี","DK":"เดนมาร์ก","VG":"หมู่เกาะบริติชเวอร์จิน","DE":"เยอรมนี","YE":"เยเมน","DZ":"แอลจีเรีย","US":"สหรัฐอเมริกา","UY":"อุรุกวัย","YT":"มายอต","UM":"หมู่เกาะสหรัฐไมเนอร์เอาต์ไลอิง","LB":"เลบานอน","LC":"เซนต์ลูเซีย","LA":"ลาว","TV":"ตูวาลู","TW":"ไต้หวัน","TT":"ตรินิแดดและโตเบโก","TR":"ตุรกี","LK":"ศรีลังกา","LI":"ลิกเตนสไตน์","LV":"ลัตเวีย","TO":"ตองกา","LT":"ลิทัวเนีย","LU":"ลักเซมเบิร์ก","LR":"ไลบีเรีย","LS":"เลโซโท","TH":"ไทย","TF":"เฟรนช์เซาเทิร์นเทร์ริทอรีส์","TG":"โตโก","TD":"ชาด","TC":"หมู่เกาะเติกส์และหมู่เกาะเคคอส","LY":"ลิเบีย","VA":"วาติกัน","VC":"เซนต์วินเซนต์และเกรนาดีนส์","AE":"สหรัฐอาหรับเอมิเรตส์","AD":"อันดอร์รา","AG":"แอนติกาและบาร์บูดา","AF":"อัฟกานิสถาน","AI":"แองกวิลลา","VI":"หมู่เกาะยูเอสเวอร์จิน","IS":"ไอซ์แลนด์","IR":"อิหร่าน","AM":"อาร์เมเนีย","AL":"แอลเบเนีย","AO":"แองโกลา","AQ":"แอนตาร์กติกา","AS":"อเมริกันซามัว","AR":"อาร์เจนตินา","AU":"ออสเตรเลีย","AT":"ออสเตรีย","AW":"อารูบา","IN":"อินเดีย","AX":"หมู่เกาะโอลันด์","AZ":"อาเซอร์ไบจาน","IE":"ไอร์แลนด์","ID":"อินโดนีเซีย","UA":"ยูเครน","QA":"กาตาร์","MZ":"โมซัมบิก","BQ":"โบแนร์, ซินท์เอิสทาทิอุส, ซาบา","CW":"คูราเซา","SX":"Sint Maarten (ส่วนดัตช์)","SS":"ซูดานใต้","XK":"โคโซโว"}}');

/***/ }),

/***/ 368:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"tk","countries":{"AD":"Andorra","AE":"Birleşen Arap Emiratlary","AF":"Owganystan","AG":"Antigua we Barbuda","AI":"Angilýa","AL":"Albaniýa","AM":"Ermenistan","AO":"Angola","AQ":"Antarktida","AR":"Argentina","AS":"Amerika Samoa","AT":"Awstriýa","AU":"Awstraliýa","AW":"Aruba","AX":"Aland adalary","AZ":"Azerbaýjan","BA":"Bosniýa we Gertsegowina","BB":"Barbados","BD":"Bangladeş","BE":"Belgiýa","BF":"Burkina-Faso","BG":"Bolgariýa","BH":"Bahreýn","BI":"Burundi","BJ":"Benin","BL":"Sen-Bartelemi","BM":"Bermuda adalary","BN":"Bruneý","BO":"Boliwiýa","BQ":"Boneýr, Sint-Estatius we Saba","BR":"Braziliýa","BS":"Bagama adalary","BT":"Butan","BV":"Buwe adasy","BW":"Botswana","BY":"Belarusiýa","BZ":"Beliz","CA":"Kanada","CC":"Kokos adalary","CD":"Kongo Demokratik Respublikasy","CF":"Merkezi Afrika Respublikasy","CG":"Kongo Respublikasy","CH":"Şweýsariýa","CI":"Kot-d’Iwuar","CK":"Kuka adalary","CL":"Çili","CM":"Kamerun","CN":"Kitaý","CO":"Kolumbiýa","CR":"Kosta-Rika","CU":"Kuba","CV":"Kabo-Werde","CW":"Kýurasao","CX":"Rojdestwo adasy","CY":"Kipr","CZ":"Çehiýa","DE":"Germaniýa","DJ":"Jibuti","DK":"Daniýa","DM":"Dominika","DO":"Dominikan Respublikasy","DZ":"Aljyr","EC":"Ekwador","EE":"Estoniýa","EG":"Müsür","EH":"Sahara Arap Demokratik Respublikasy","ER":"Eritriýa","ES":"Ispaniýa","ET":"Efiopiýa","FI":"Finlandiýa","FJ":"Fiji","FK":"Folklend adalary","FM":"Mikroneziýa","FO":"Farer adalary","FR":"Fransiýa","GA":"Gabon","GB":"Beýik Britaniýa","GD":"Grenada","GE":"Gruziýa","GF":"Gwiana","GG":"Gernsi","GH":"Gana","GI":"Gibraltar","GL":"Grenlandiýa","GM":"Gambiýa","GN":"Gwineýa","GP":"Gwadelupa","GQ":"Ekwatorial Gwineýa","GR":"Gretsiýa","GS":"Günorta Jorjiýa we Günorta Sandwiç adalary","GT":"Gwatemala","GU":"Guam","GW":"Gwineýa-Bisau","GY":"Gaýana","HK":"Gonkong","HM":"Hurd we Makdonald","HN":"Gonduras","HR":"Horwatiýa","HT":"Gaiti","HU":"wengriýa","ID":"Indoneziýa","IE":"Irlandiýa","IL":"Ysraýyl","IM":"Men adasy","IN":"Hindistan","IO":"Hindi ummanynda Britaniýa teritoriýasy","IQ":"Eýran","IR":"Iran","IS":"Islandiýa","IT":"Italiýa","JE":"Jersi","JM":"Ýamaýka","JO":"Iordaniýa","JP":"Ýaponiýa","KE":"Keniýa","KG":"Gyrgyzystan","KH":"Kambodja","KI":"Kiribati","KM":"Komor adalary","KN":"Sent-Kits we Newis","KP":"Demirgazyk Koreýa","KR":"Günorta Koreýa","KW":"Kuweýt","KY":"Kaýman adalary","KZ":"Gazagystan","LA":"Laos","LB":"Liwan","LC":"Sent-Lýusiýa","LI":"Lihtenşteýn","LK":"Şri-Lanka","LR":"Liberiýa","LS":"Lesoto","LT":"Litwa","LU":"Lýuksemburg","LV":"Latwiýa","LY":"Liwiýa","MA":"Marokko","MC":"Monako","MD":"Moldowiýa","ME":"Çernogoriýa","MF":"Sent-Marten","MG":"Madagaskar","MH":"Marşall adalary","MK":"Demirgazyk Makedoniýa","ML":"Mali","MM":"Mýanma","MN":"Mongoliýa","MO":"Makao","MP":"Demirgazyk Mariana adalary","MQ":"Martinika","MR":"Mawritaniýa","MS":"Montserrat","MT":"Malta","MU":"Mawrikiý","MV":"Maldiw adalary","MW":"Malawi","MX":"Meksika","MY":"Malaýziýa","MZ":"Mozambik","NA":"Namibiýa","NC":"Täze Kaledoniýa","NE":"Niger","NF":"Norfolk adasy","NG":"Nigeriýa","NI":"Nikaragua","NL":"Gollandiýa","NO":"Norwegiýa","NP":"Nepal","NR":"Nauru","NU":"Niue","NZ":"Täze Zelandiýa","OM":"Ummon","PA":"Panama","PE":"Peru","PF":"Fransuz Polineziýasy","PG":"Papua – Täze Gwineýa","PH":"Filippin","PK":"Pakistan","PL":"Polşa","PM":"Sen-Pýer we Mikelon","PN":"Pitkern adalary","PR":"Puerto-Riko","PS":"Palestina döwleti","PT":"Portugaliýa","PW":"Palau","PY":"Paragwaý","QA":"Katar","RE":"Reýunion","RO":"Ruminiýa","RS":"Serbiýa","RU":"Rossiýa","RW":"Ruanda","SA":"Saud Arabystan","SB":"Solomon adalary","SC":"Seýşel adalary","SD":"Sudan","SE":"Şwesiýa","SG":"Singapur","SH":"Keramatly Ýelena adasy","SI":"Sloweniýa","SJ":"Swalbard we Ýan-Maýen","SK":"Slowakiýa","SL":"Sierra-Leone","SM":"San-Marino","SN":"Senegal","SO":"Somali","SR":"Surinam","SS":"Günorta Sudan","ST":"San-Tome we Prinsipi","SV":"Salwador","SX":"Sint-Marten","SY":"Siriýa","SZ":"Swazilend","TC":"Terks we Kaýkos adalary","TD":"Çad","TF":"Fransiýanyň Günorta we Antarktika sebitleri","TG":"Togo","TH":"Taýland","TJ":"Täjigistan","TK":"Tokelau","TL":"Gündogar Timor","TM":"Türkmenistan","TN":"Tunis","TO":"Tonga","TR":"Türkiýe","TT":"Trinidad we Tobago","TV":"Tuwalu","TW":"Taýwan","TZ":"Tanzaniýa","UA":"Ukraina","UG":"Uganda","UM":"ABŞ-nyň daşky kiçi adalary","US":"Amerika","UY":"Urugwaý","UZ":"Özbegistan ","VA":"Watikan","VC":"Sent-Winsent we Grenadin","VE":"Wenesuela","VG":"Britaniýa Wirgin adalary","VI":"ABŞ-nyň Wirgin adalary","VN":"Wýetnam","VU":"Wanuatu","WF":"Wallis we Futuna","WS":"Samoa","XK":"Kosowo","YE":"Ýemen","YT":"Maýotta","ZA":"Günorta Afrika Respublikasy","ZM":"Zambiýa","ZW":"Zimbabwe"}}');

/***/ }),

/***/ 6955:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"tr","countries":{"AD":"Andorra","AE":"Birleşik Arap Emirlikleri","AF":"Afganistan","AG":"Antigua ve Barbuda","AI":"Anguilla","AL":"Arnavutluk","AM":"Ermenistan","AO":"Angola","AQ":"Antarktika","AR":"Arjantin","AS":"Amerikan Samoası","AT":"Avusturya","AU":"Avustralya","AW":"Aruba","AX":"Åland Adaları","AZ":"Azerbaycan","BA":"Bosna Hersek","BB":"Barbados","BD":"Bangladeş","BE":"Belçika","BF":"Burkina Faso","BG":"Bulgaristan","BH":"Bahreyn","BI":"Burundi","BJ":"Benin","BL":"Saint Barthelemy","BM":"Bermuda","BN":"Brunei","BO":"Bolivya","BQ":"Karayip Hollanda","BR":"Brezilya","BS":"Bahamalar","BT":"Butan","BV":"Bouvet Adası","BW":"Botsvana","BY":"Beyaz Rusya","BZ":"Belize","CA":"Kanada","CC":"Cocos (Keeling) Adaları","CD":"Kongo - Kinşasa","CF":"Orta Afrika Cumhuriyeti","CG":"Kongo - Brazavil","CH":"İsviçre","CI":"Fildişi Sahili","CK":"Cook Adaları","CL":"Şili","CM":"Kamerun","CN":"Çin","CO":"Kolombiya","CR":"Kosta Rika","CU":"Küba","CV":"Cape Verde","CW":"Curaçao","CX":"Christmas Adası","CY":"Güney Kıbrıs Rum Kesimi","CZ":"Çek Cumhuriyeti","DE":"Almanya","DJ":"Cibuti","DK":"Danimarka","DM":"Dominika","DO":"Dominik Cumhuriyeti","DZ":"Cezayir","EC":"Ekvador","EE":"Estonya","EG":"Mısır","EH":"Batı Sahara","ER":"Eritre","ES":"İspanya","ET":"Etiyopya","FI":"Finlandiya","FJ":"Fiji","FK":"Falkland Adaları","FM":"Mikronezya","FO":"Faroe Adaları","FR":"Fransa","GA":"Gabon","GB":"Birleşik Krallık","GD":"Grenada","GE":"Gürcistan","GF":"Fransız Guyanası","GG":"Guernsey","GH":"Gana","GI":"Cebelitarık","GL":"Grönland","GM":"Gambiya","GN":"Gine","GP":"Guadalupe","GQ":"Ekvator Ginesi","GR":"Yunanistan","GS":"Güney Georgia ve Güney Sandwich Adaları","GT":"Guatemala","GU":"Guam","GW":"Gine-Bissau","GY":"Guyana","HK":"Çin Hong Kong ÖYB","HM":"Heard Adası ve McDonald Adaları","HN":"Honduras","HR":"Hırvatistan","HT":"Haiti","HU":"Macaristan","ID":"Endonezya","IE":"İrlanda","IL":"İsrail","IM":"Man Adası","IN":"Hindistan","IO":"Britanya Hint Okyanusu Toprakları","IQ":"Irak","IR":"İran","IS":"İzlanda","IT":"İtalya","JE":"Jersey","JM":"Jamaika","JO":"Ürdün","JP":"Japonya","KE":"Kenya","KG":"Kırgızistan","KH":"Kamboçya","KI":"Kiribati","KM":"Komorlar","KN":"Saint Kitts ve Nevis","KP":"Kuzey Kore","KR":"Güney Kore","KW":"Kuveyt","KY":"Cayman Adaları","KZ":"Kazakistan","LA":"Laos","LB":"Lübnan","LC":"Saint Lucia","LI":"Liechtenstein","LK":"Sri Lanka","LR":"Liberya","LS":"Lesoto","LT":"Litvanya","LU":"Lüksemburg","LV":"Letonya","LY":"Libya","MA":"Fas","MC":"Monako","MD":"Moldova","ME":"Karadağ","MF":"Saint Martin","MG":"Madagaskar","MH":"Marshall Adaları","MK":"Kuzey Makedonya","ML":"Mali","MM":"Myanmar (Burma)","MN":"Moğolistan","MO":"Çin Makao ÖYB","MP":"Kuzey Mariana Adaları","MQ":"Martinik","MR":"Moritanya","MS":"Montserrat","MT":"Malta","MU":"Mauritius","MV":"Maldivler","MW":"Malavi","MX":"Meksika","MY":"Malezya","MZ":"Mozambik","NA":"Namibya","NC":"Yeni Kaledonya","NE":"Nijer","NF":"Norfolk Adası","NG":"Nijerya","NI":"Nikaragua","NL":"Hollanda","NO":"Norveç","NP":"Nepal","NR":"Nauru","NU":"Niue","NZ":"Yeni Zelanda","OM":"Umman","PA":"Panama","PE":"Peru","PF":"Fransız Polinezyası","PG":"Papua Yeni Gine","PH":"Filipinler","PK":"Pakistan","PL":"Polonya","PM":"Saint Pierre ve Miquelon","PN":"Pitcairn Adaları","PR":"Porto Riko","PS":"Filistin Bölgeleri","PT":"Portekiz","PW":"Palau","PY":"Paraguay","QA":"Katar","RE":"Réunion","RO":"Romanya","RS":"Sırbistan","RU":"Rusya","RW":"Ruanda","SA":"Suudi Arabistan","SB":"Solomon Adaları","SC":"Seyşeller","SD":"Sudan","SE":"İsveç","SG":"Singapur","SH":"Saint Helena","SI":"Slovenya","SJ":"Svalbard ve Jan Mayen Adaları","SK":"Slovakya","SL":"Sierra Leone","SM":"San Marino","SN":"Senegal","SO":"Somali","SR":"Surinam","SS":"Güney Sudan","ST":"São Tomé ve Príncipe","SV":"El Salvador","SX":"Sint Maarten","SY":"Suriye","SZ":"Svaziland","TC":"Turks ve Caicos Adaları","TD":"Çad","TF":"Fransız Güney Toprakları","TG":"Togo","TH":"Tayland","TJ":"Tacikistan","TK":"Tokelau","TL":"Timor-Leste","TM":"Türkmenistan","TN":"Tunus","TO":"Tonga","TR":"Türkiye","TT":"Trinidad ve Tobago","TV":"Tuvalu","TW":"Tayvan","TZ":"Tanzanya","UA":"Ukrayna","UG":"Uganda","UM":"ABD Uzak Adaları","US":["ABD","A.B.D.","Amerika Birleşik Devletleri","Birleşik Devletler","Amerika"],"UY":"Uruguay","UZ":"Özbekistan","VA":"Vatikan","VC":"Saint Vincent ve Grenadinler","VE":"Venezuela","VG":"Britanya Virjin Adaları","VI":"ABD Virjin Adaları","VN":"Vietnam","VU":"Vanuatu","WF":"Wallis ve Futuna Adaları","WS":"Samoa","YE":"Yemen","YT":"Mayotte","ZA":"Güney Afrika","ZM":"Zambiya","ZW":"Zimbabve","XK":"Kosova"}}');

/***/ }),

/***/ 4222:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"tt","countries":{"AF":"Әфганстан","AL":"Албания","DZ":"Алжир","AS":"Америка Самоасы","AD":"Андорра","AO":"Ангола","AI":"Ангилья","AQ":"Антарктика","AG":"Антигуа һәм Барбуда","AR":"Аргентина","AM":"Әрмәнстан","AW":"Аруба","AU":"Австралия","AT":"Австрия","AZ":"Әзәрбайҗан","BS":"Багам утраулары","BH":"Бәхрәйн","BD":"Бангладеш","BB":"Барбадос","BY":"Беларусь","BE":"Бельгия","BZ":"Белиз","BJ":"Бенин","BM":"Бермуд утраулары","BT":"Бутан","BO":"Боливия","BA":"Босния һәм Герцеговина","BW":"Ботсвана","BV":"Буве утравы","BR":"Бразилия","IO":"Британиянең Һинд Океанындагы Территориясе","BN":"Бруней","BG":"Болгария","BF":"Буркина-Фасо","BI":"Бурунди","KH":"Камбоджа","CM":"Камерун","CA":"Канада","CV":"Кабо-Верде","KY":"Кайман утраулары","CF":"Үзәк Африка Республикасы","TD":"Чад","CL":"Чили","CN":"Кытай","CX":"Раштуа утравы","CC":"Кокос (Килинг) утраулары","CO":"Колумбия","KM":"Комор утраулары","CG":"Конго","CD":"Конго, Демократик Республикасы","CK":"Кук утраулары","CR":"Коста-Рика","CI":"Кот-д’Ивуар","HR":"Хорватия","CU":"Куба","CY":"Кипр","CZ":"Чехия Республикасы","DK":"Дания","DJ":"Җибүти","DM":"Доминика","DO":"Доминикана Республикасы","EC":"Эквадор","EG":"Мисыр","SV":"Сальвадор","GQ":"Экваториаль Гвинея","ER":"Эритрея","EE":"Эстония","ET":"Эфиопия","FK":"Фолкленд утраулары","FO":"Фарер утраулары","FJ":"Фиджи","FI":"Финляндия","FR":"Франция","GF":"Француз Гвианасы","PF":"Француз Полинезиясе","TF":"Франциянең Көньяк Территорияләре","GA":"Габон","GM":"Гамбия","GE":"Грузия","DE":"Германия","GH":"Гана","GI":"Гибралтар","GR":"Греция","GL":"Гренландия","GD":"Гренада","GP":"Гваделупа","GU":"Гуам","GT":"Гватемала","GN":"Гвинея","GW":"Гвинея-Бисау","GY":"Гайана","HT":"Гаити","HM":"Херд утравы һәм Макдональд утраулары","VA":"Изге күренеш (Ватикан шәһәре дәүләте)","HN":"Гондурас","HK":"Гонконг Махсус Идарәле Төбәге","HU":"Венгрия","IS":"Исландия","IN":"Индия","ID":"Индонезия","IR":"Иран","IQ":"Гыйрак","IE":"Ирландия","IL":"Израиль","IT":"Италия","JM":"Ямайка","JP":"Япония","JO":"Иордания","KZ":"Казахстан","KE":"Кения","KI":"Кирибати","KP":"Төньяк Корея","KR":"Көньяк Корея","KW":"Күвәйт","KG":"Кыргызстан","LA":"Лаос","LV":"Латвия","LB":"Ливан","LS":"Лесото","LR":"Либерия","LY":"Ливия","LI":"Лихтенштейн","LT":"Литва","LU":"Люксембург","MO":"Макао Махсус Идарәле Төбәге","MG":"Мадагаскар","MW":"Малави","MY":"Малайзия","MV":"Мальдив утраулары","ML":"Мали","MT":"Мальта","MH":"Маршалл утраулары","MQ":"Мартиника","MR":"Мавритания","MU":"Маврикий","YT":"Майотта","MX":"Мексика","FM":"Микронезия","MD":"Молдова","MC":"Монако","MN":"Монголия","MS":"Монтсеррат","MA":"Марокко","MZ":"Мозамбик","MM":"Мьянма","NA":"Намибия","NR":"Науру","NP":"Непал","NL":"Нидерланд","NC":"Яңа Каледония","NZ":"Яңа Зеландия","NI":"Никарагуа","NE":"Нигер","NG":"Нигерия","NU":"Ниуэ","NF":"Норфолк утравы","MK":"Төньяк Македония","MP":"Төньяк Мариана утраулары","NO":"Норвегия","OM":"Оман","PK":"Пакистан","PW":"Палау","PS":"Палестина","PA":"Панама","PG":"Папуа - Яңа Гвинея","PY":"Парагвай","PE":"Перу","PH":"Филиппин","PN":"Питкэрн утраулары","PL":"Польша","PT":"Португалия","PR":"Пуэрто-Рико","QA":"Катар","RE":"Реюньон","RO":"Румыния","RU":"Россия","RW":"Руанда","SH":"Изге Елена","KN":"Сент-Китс һәм Невис","LC":"Сент-Люсия","PM":"Сен-Пьер һәм Микелон","VC":"Сент-Винсент һәм Гренадин","WS":"Самоа","SM":"Сан-Марино","ST":"Сан-Томе һәм Принсипи","SA":"Согуд Гарәбстаны","SN":"Сенегал","SC":"Сейшел утраулары","SL":"Сьерра-Леоне","SG":"Сингапур","SK":"Словакия","SI":"Словения","SB":"Сөләйман утраулары","SO":"Сомали","ZA":"Көньяк Африка","GS":"Көньяк Георгия һәм Көньяк Сандвич утраулары","ES":"Испания","LK":"Шри-Ланка","SD":"Судан","SR":"Суринам","SJ":"Шпицберген һәм Ян-Майен","SZ":"Свазиленд","SE":"Швеция","CH":"Швейцария","SY":"Сүрия","TW":"Тайвань","TJ":"Таҗикстан","TZ":"Танзания","TH":"Тайланд","TL":"Тимор-Лесте","TG":"Того","TK":"Токелау","TO":"Тонга","TT":"Тринидад һәм Тобаго","TN":"Тунис","TR":"Төркия","TM":"Төркмәнстан","TC":"Теркс һәм Кайкос утраулары","TV":"Тувалу","UG":"Уганда","UA":"Украина","AE":"Берләшкән Гарәп Әмирлекләре","GB":"Берләшкән Корольлек","US":"АКШ","UM":"АКШ Кече Читтәге утраулары","UY":"Уругвай","UZ":"Үзбәкстан","VU":"Вануату","VE":"Венесуэла","VN":"Вьетнам","VG":"Британия Виргин утраулары","VI":"АКШ Виргин утраулары","WF":"Уоллис һәм Футуна","EH":"Көнбатыш Сахара","YE":"Йәмән","ZM":"Замбия","ZW":"Зимбабве","AX":"Аланд утраулары","BQ":"Бонейр, Синт Эстатий һәм Саба","CW":"Кюрасао","GG":"Гернси","IM":"Мэн утравы","JE":"Джерси","ME":"Черногория","BL":"Сен-Бартельми","MF":"Сент-Мартин","RS":"Сербия","SX":"Синт-Мартен","SS":"Көньяк Судан","XK":"Косово"}}');

/***/ }),

/***/ 6289:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ug","countries":{"AF":"ئافغانىستان","AL":"ئالبانىيە","DZ":"ئالجىرىيە","AS":"ئامېرىكا ساموئا","AD":"ئاندوررا","AO":"ئانگولا","AI":"ئانگۋىللا","AQ":"ئانتاركتىكا","AG":"ئانتىگۇئا ۋە باربۇدا","AR":"ئارگېنتىنا","AM":"ئەرمېنىيە","AW":"ئارۇبا","AU":"ئاۋسترالىيە","AT":"ئاۋىستىرىيە","AZ":"ئەزەربەيجان","BS":"باھاما","BH":"بەھرەين","BD":"بېنگال","BB":"باربادوس","BY":"بېلارۇسىيە","BE":"بېلگىيە","BZ":"بېلىز","BJ":"بېنىن","BM":"بېرمۇدا","BT":"بۇتان","BO":"بولىۋىيە","BA":"بوسىنىيە ۋە گېرتسېگوۋىنا","BW":"بوتسۋانا","BV":"بوۋېت ئارىلى","BR":"بىرازىلىيە","IO":"ئەنگلىيەگە قاراشلىق ھىندى ئوكيان تېررىتورىيەسى","BN":"بىرۇنېي","BG":"بۇلغارىيە","BF":"بۇركىنا فاسو","BI":"بۇرۇندى","KH":"كامبودژا","CM":"كامېرون","CA":"كانادا","CV":"يېشىل تۇمشۇق","KY":"كايمان ئاراللىرى","CF":"ئوتتۇرا ئافرىقا جۇمھۇرىيىتى","TD":"چاد","CL":"چىلى","CN":"جۇڭگو","CX":"مىلاد ئارىلى","CC":"كوكوس (كىلىڭ) ئاراللىرى","CO":"كولومبىيە","KM":"كومورو","CG":"كونگو - بىراززاۋىل","CD":"كونگو - كىنشاسا","CK":"كۇك ئاراللىرى","CR":"كوستارىكا","CI":"كوتې دې ئىۋوئىر","HR":"كىرودىيە","CU":"كۇبا","CY":"سىپرۇس","CZ":"چېخ جۇمھۇرىيىتى","DK":"دانىيە","DJ":"جىبۇتى","DM":"دومىنىكا","DO":"دومىنىكا جۇمھۇرىيىتى","EC":"ئېكۋاتور","EG":"مىسىر","SV":"سالۋادور","GQ":"ئېكۋاتور گىۋىنىيەسى","ER":"ئېرىترىيە","EE":"ئېستونىيە","ET":"ئېفىيوپىيە","FK":"فالكلاند ئاراللىرى","FO":"فارو ئاراللىرى","FJ":"فىجى","FI":"فىنلاندىيە","FR":"فىرانسىيە","GF":"فىرانسىيەگە قاراشلىق گىۋىيانا","PF":"فىرانسىيەگە قاراشلىق پولىنېزىيە","TF":"فىرانسىيەنىڭ جەنۇبىي زېمىنى","GA":"گابون","GM":"گامبىيە","GE":"گىرۇزىيە","DE":"گېرمانىيە","GH":"گانا","GI":"جەبىلتارىق","GR":"گىرېتسىيە","GL":"گىرېنلاندىيە","GD":"گىرېنادا","GP":"گىۋادېلۇپ","GU":"گۇئام","GT":"گىۋاتېمالا","GN":"گىۋىنىيە","GW":"گىۋىنىيە بىسسائۇ","GY":"گىۋىيانا","HT":"ھايتى","HM":"ھېرد ئارىلى ۋە ماكدونالد ئاراللىرى","VA":"ۋاتىكان","HN":"ھوندۇراس","HK":"شياڭگاڭ ئالاھىدە مەمۇرىي رايونى (جۇڭگو)","HU":"ۋېنگىرىيە","IS":"ئىسلاندىيە","IN":"ھىندىستان","ID":"ھىندونېزىيە","IR":"ئىران","IQ":"ئىراق","IE":"ئىرېلاندىيە","IL":"ئىسرائىلىيە","IT":"ئىتالىيە","JM":"يامايكا","JP":"ياپونىيە","JO":"ئىيوردانىيە","KZ":"قازاقىستان","KE":"كېنىيە","KI":"كىرىباتى","KP":"چاۋشيەن","KR":"كورېيە","KW":"كۇۋەيت","KG":"قىرغىزىستان","LA":"لائوس","LV":"لاتۋىيە","LB":"لىۋان","LS":"لېسوتو","LR":"لىبېرىيە","LY":"لىۋىيە","LI":"لىكتېنستېين","LT":"لىتۋانىيە","LU":"لىيۇكسېمبۇرگ","MO":"ئاۋمېن ئالاھىدە مەمۇرىي رايونى","MG":"ماداغاسقار","MW":"مالاۋى","MY":"مالايسىيا","MV":"مالدىۋې","ML":"مالى","MT":"مالتا","MH":"مارشال ئاراللىرى","MQ":"مارتىنىكا","MR":"ماۋرىتانىيە","MU":"ماۋرىتىيۇس","YT":"مايوتى","MX":"مېكسىكا","FM":"مىكرونېزىيە","MD":"مولدوۋا","MC":"موناكو","MN":"موڭغۇلىيە","MS":"مونتسېررات","MA":"ماراكەش","MZ":"موزامبىك","MM":"بىرما","NA":"نامىبىيە","NR":"ناۋرۇ","NP":"نېپال","NL":"گوللاندىيە","NC":"يېڭى كالېدونىيە","NZ":"يېڭى زېلاندىيە","NI":"نىكاراگۇئا","NE":"نىگېر","NG":"نىگېرىيە","NU":"نيۇئې","NF":"نورفولك ئارىلى","MK":"شىمالىي ماكېدونىيە","MP":"شىمالىي مارىيانا ئاراللىرى","NO":"نورۋېگىيە","OM":"ئومان","PK":"پاكىستان","PW":"پالائۇ","PS":"پەلەستىن زېمىنى","PA":"پاناما","PG":"پاپۇئا يېڭى گىۋىنىيەسى","PY":"پاراگۋاي","PE":"پېرۇ","PH":"فىلىپپىن","PN":"پىتكايرن ئاراللىرى","PL":"پولشا","PT":"پورتۇگالىيە","PR":"پۇئېرتو رىكو","QA":"قاتار","RE":"رېيۇنىيون","RO":"رومىنىيە","RU":"رۇسىيە","RW":"رىۋاندا","SH":"ساينىت ھېلېنا","KN":"ساينت كىتىس ۋە نېۋىس","LC":"ساينت لۇسىيە","PM":"ساينت پىيېر ۋە مىكېلون ئاراللىرى","VC":"ساينت ۋىنسېنت ۋە گىرېنادىنېس","WS":"ساموئا","SM":"سان مارىنو","ST":"سان تومې ۋە پرىنسىپې","SA":"سەئۇدىي ئەرەبىستان","SN":"سېنېگال","SC":"سېيشېل","SL":"سېررالېئون","SG":"سىنگاپور","SK":"سىلوۋاكىيە","SI":"سىلوۋېنىيە","SB":"سولومون ئاراللىرى","SO":"سومالى","ZA":"جەنۇبىي ئافرىقا","GS":"جەنۇبىي جورجىيە ۋە جەنۇبىي ساندۋىچ ئاراللىرى","ES":"ئىسپانىيە","LK":"سىرىلانكا","SD":"سۇدان","SR":"سۇرىنام","SJ":"سىۋالبارد ۋە يان مايېن","SZ":"سىۋېزىلاند","SE":"شىۋېتسىيە","CH":"شىۋېتسارىيە","SY":"سۇرىيە","TW":"تەيۋەن","TJ":"تاجىكىستان","TZ":"تانزانىيە","TH":"تايلاند","TL":"شەرقىي تىمور","TG":"توگو","TK":"توكېلاۋ","TO":"تونگا","TT":"تىرىنىداد ۋە توباگو","TN":"تۇنىس","TR":"تۈركىيە","TM":"تۈركمەنىستان","TC":"تۇركس ۋە كايكوس ئاراللىرى","TV":"تۇۋالۇ","UG":"ئۇگاندا","UA":"ئۇكرائىنا","AE":"ئەرەب بىرلەشمە خەلىپىلىكى","GB":"بىرلەشمە پادىشاھلىق","US":"ئامېرىكا قوشما ئىشتاتلىرى","UM":"ئا ق ش تاشقى ئاراللىرى","UY":"ئۇرۇگۋاي","UZ":"ئۆزبېكىستان","VU":"ۋانۇئاتۇ","VE":"ۋېنېسۇئېلا","VN":"ۋىيېتنام","VG":"ئەنگلىيە ۋىرگىن ئاراللىرى","VI":"ئا ق ش ۋىرگىن ئاراللىرى","WF":"ۋاللىس ۋە فۇتۇنا","EH":"غەربىي ساخارا","YE":"يەمەن","ZM":"زامبىيە","ZW":"زىمبابۋې","AX":"ئالاند ئاراللىرى","BQ":"كارىب دېڭىزى گوللاندىيە","CW":"كۇراچاۋ","GG":"گۇرنسېي","IM":"مان ئارىلى","JE":"جېرسېي","ME":"قارا تاغ","BL":"ساينت بارتېلېمى","MF":"ساينت مارتىن","RS":"سېربىيە","SX":"سىنت مارتېن","SS":"جەنۇبىي سۇدان","XK":"كوسوۋو"}}');

/***/ }),

/***/ 6413:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"uk","countries":{"AU":"Австралія","AT":"Австрія","AZ":"Азербайджан","AX":"Аландські Острови","AL":"Албанія","DZ":"Алжир","AS":"Американське Самоа","AI":"Ангілья","AO":"Ангола","AD":"Андорра","AQ":"Антарктика","AG":"Антигуа і Барбуда","MO":"Макао","AR":"Аргентина","AM":"Вірменія","AW":"Аруба","AF":"Афганістан","BS":"Багамські Острови","BD":"Бангладеш","BB":"Барбадос","BH":"Бахрейн","BZ":"Беліз","BE":"Бельгія","BJ":"Бенін","BM":"Бермудські Острови","BY":"Білорусь","BG":"Болгарія","BO":"Болівія","BA":"Боснія і Герцеговина","BW":"Ботсвана","BR":"Бразилія","IO":"Британська Територія в Індійському Океані","VG":"Британські Віргінські Острови","BN":"Бруней-Даруссалам","BF":"Буркіна-Фасо","BI":"Бурунді","BT":"Бутан","VU":"Вануату","VA":"Ватикан","GB":"Великобританія","VE":"Венесуела","VI":"Віргінські Острови (США)","WF":"Волліс і Футуна","VN":"В\'єтнам","UM":"Зовнішні Віддалені Острови (США)","GA":"Габон","HT":"Гаїті","GY":"Гаяна","GM":"Гамбія","GH":"Гана","GP":"Гваделупа","GT":"Гватемала","GF":"Гвіана","GN":"Гвінея","GW":"Гвінея-Бісау","GG":"Гернсі","GI":"Гібралтар","HN":"Гондурас","HK":"Гонконг","GD":"Гренада","GR":"Греція","GE":"Грузія","GU":"Гуам","GL":"Гренландія","DK":"Данія","JE":"Джерсі","DJ":"Джибуті","DM":"Домініка","DO":"Домініканська Республіка","CD":"Демократична Республіка Конго","EC":"Еквадор","GQ":"Екваторіальна Гвінея","ER":"Еритрея","EE":"Естонія","ET":"Ефіопія","EG":"Єгипет","YE":"Ємен","ZM":"Замбія","ZW":"Зімбабве","IL":"Ізраїль","IN":"Індія","ID":"Індонезія","IQ":"Ірак","IR":"Іран","IE":"Ірландія","IS":"Ісландія","ES":"Іспанія","IT":"Італія","JO":"Йорданія","CV":"Кабо-Верде","KZ":"Казахстан","KY":"Кайманові Острови","KH":"Камбоджа","CM":"Камерун","CA":"Канада","BQ":"Карибські Нідерланди","QA":"Катар","KE":"Кенія","CY":"Кіпр","KI":"Кірибаті","KG":"Киргизстан","TW":"Тайвань, Провінція Китаю","KP":"Корейська Народно-Демократична Республіка","CN":"Китай","CC":"Кокосові Острови","CO":"Колумбія","KM":"Комори","XK":"Косово","CR":"Коста-Рика","CI":"Кот-Д\'Івуар","CU":"Куба","KW":"Кувейт","CW":"Кюрасао","LA":"Лаос","LV":"Латвія","LS":"Лесото","LR":"Ліберія","LB":"Ліван","LY":"Лівія","LT":"Литва","LI":"Ліхтенштейн","LU":"Люксембург","MU":"Маврикій","MR":"Мавританія","MG":"Мадагаскар","YT":"Майотта","MW":"Малаві","MY":"Малайзія","ML":"Малі","MV":"Мальдіви","MT":"Мальта","MA":"Марокко","MQ":"Мартиніка","MH":"Маршаллові Острови","MX":"Мексика","FM":"Мікронезія","MZ":"Мозамбік","MD":"Молдова","MC":"Монако","MN":"Монголія","MS":"Монтсеррат","MM":"М\'янма","NA":"Намібія","NR":"Науру","NP":"Непал","NE":"Нігер","NG":"Нігерія","NL":"Нідерланди","NI":"Нікарагуа","DE":"Німеччина","NU":"Ніуе","NZ":"Нова Зеландія","NC":"Нова Каледонія","NO":"Норвегія","AE":"Об\'єднані Арабські Емірати","OM":"Оман","BV":"Острів Буве","HM":"Острів Герд і Острови Макдоналд","IM":"Острів Мен","NF":"Острів Норфолк","CX":"Острів Різдва","CK":"Острови Кука","SH":"Острів Святої Єлени","TC":"Острови Теркс і Кайкос","PK":"Пакистан","PW":"Палау","PS":"Палестина","PA":"Панама","PG":"Папуа-Нова Гвінея","ZA":"Південна Африка","PY":"Парагвай","PE":"Перу","GS":"Південна Джорджія та Південні Сандвічеві Острови","KR":"Республіка Корея","SS":"Південний Судан","MK":"Північна Македонія","MP":"Північні Маріанські Острови","PN":"Піткерн","PL":"Польща","PT":"Португалія","PR":"Пуерто-Рико","CG":"Конго","RE":"Реюньйон","RU":"Росія","RW":"Руанда","RO":"Румунія","EH":"Західна Сахара","SV":"Сальвадор","WS":"Самоа","SM":"Сан-Марино","ST":"Сан-Томе і Принсіпі","SA":"Саудівська Аравія","SZ":"Есватіні","SJ":"Острови Шпіцберген та Ян-Маєн","SC":"Сейшельські Острови","BL":"Сен-Бартелемі","MF":"Сен-Мартен","PM":"Сен-П\'єр і Мікелон","SN":"Сенегал","VC":"Сент-Вінсент і Гренадіни","KN":"Сент-Кітс і Невіс","LC":"Сент-Люсія","RS":"Сербія","SG":"Сингапур","SX":"Сінт-Мартен","SY":"Сирія","SK":"Словаччина","SI":"Словенія","SB":"Соломонові Острови","SO":"Сомалі","SD":"Судан","SR":"Суринам","TL":"Тимор-Лешті","US":"США","SL":"Сьєрра-Леоне","TJ":"Таджикистан","TH":"Таїланд","TZ":"Танзанія","TG":"Того","TK":"Токелау","TO":"Тонга","TT":"Тринідад і Тобаго","TV":"Тувалу","TN":"Туніс","TM":"Туркменистан","TR":"Туреччина","UG":"Уганда","HU":"Угорщина","UZ":"Узбекистан","UA":"Україна","UY":"Уругвай","FO":"Фарерські Острови","FJ":"Фіджі","PH":"Філіппіни","FI":"Фінляндія","FK":"Фолклендські Острови","FR":"Франція","PF":"Французька Полінезія","TF":"Французькі Південні і Антарктичні Території","HR":"Хорватія","CF":"Центральноафриканська Республіка","TD":"Чад","ME":"Чорногорія","CZ":"Чехія","CL":"Чилі","CH":"Швейцарія","SE":"Швеція","LK":"Шри-Ланка","JM":"Ямайка","JP":"Японія"}}');

/***/ }),

/***/ 778:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"ur","countries":{"AF":"افغانستان","AL":"البانیاہ","DZ":"الجزائر","AS":"امریکی ساموا","AD":"اینڈورا","AO":"انگولا","AI":"انگویلا","AQ":"انٹارکٹیکا","AG":"انٹیگوا اور باربودا","AR":"ارجنٹینا","AM":"آرمینیا","AW":"اروبا","AU":"آسٹریلیا","AT":"آسٹریا","AZ":"آزربائیجان","BS":"بہاماس","BH":"بحرین","BD":"بنگلہ دیش","BB":"بارباڈوس","BY":"بیلاروس","BE":"بیلجیم","BZ":"بیلیز","BJ":"بینن","BM":"برمودا","BT":"بھوٹان","BO":"بولیویا","BA":"بوسنیا اور ہرزیگوینا","BW":"بوٹسوانا","BV":"جزیرہ بوویت","BR":"برازیل","IO":"بحرِہندکابرطانوی حصہ","BN":"برونائی دارالسلام","BG":"بلغاریہ","BF":"برکینا فاسو","BI":"برونڈی","KH":"کمبوڈیا","CM":"کیمرون","CA":"کینیڈا","CV":"کیپ وردے","KY":"جزائر کیمن","CF":"وسطی افریقی جمہوریہ","TD":"چاڈ","CL":"چلی","CN":"چین","CX":"کرسمس آئ لینڈ","CC":"کوکوس جزائر","CO":"کولمبیا","KM":"کوموروس","CG":"کانگو","CD":"عوامی جمہوریہِ کانگو","CK":"کوک آیلینڈ","CR":"کوسٹا ریکا","CI":"کوٹ ڈی آئیورائر","HR":"کروشیا","CU":"کیوبا","CY":"قبرص","CZ":"جمہوریہ چیک","DK":"ڈنمارک","DJ":"جبوتی","DM":"ڈومینیکا","DO":"ڈومینیکن ریپبلک","EC":"ایکواڈور","EG":"مصر","SV":"ال سلواڈور","GQ":"استوائی گنی","ER":"ایریٹریا","EE":"ایسٹونیا","ET":"ایتھوپیا","FK":"جزائر فاک لینڈ (مالویناس)","FO":"جزائرفارو","FJ":"فجی","FI":"فن لینڈ","FR":"فرانس","GF":"فرانسیسی گانا","PF":"فرانسیسی پولینیشیا","TF":"جنوبی فرانسیسی علاقہ جات","GA":"گبون","GM":"گیمبیا","GE":"جارجیا","DE":"جرمنی","GH":"گھانا","GI":"جبل الطارق","GR":"یونان","GL":"گرین لینڈ","GD":"گریناڈا","GP":"گواڈیلوپ","GU":"گوام","GT":"گوئٹے مالا","GN":"گنی","GW":"گنی بساؤ","GY":"گیوانا","HT":"ہیٹی","HM":"ہرڈ جزیرہ اور جزائر مکڈونلڈ","VA":"ہولی سی، ویٹیکن","HN":"ہنڈورس","HK":"ہانگ کانگ","HU":"ہنگری","IS":"آئس لینڈ","IN":"انڈیا","ID":"انڈونیشیا","IR":"اسلامی جمہوریہ ایران","IQ":"عراق","IE":"آئر لینڈ","IL":"اسرائیل","IT":"اٹلی","JM":"جمیکا","JP":"جاپان","JO":"اردن","KZ":"قازقستان","KE":"کینیا","KI":"کرباتی","KP":"شمالی کوریا","KR":"جنوبی کوریا","KW":"کویت","KG":"کرغزستان","LA":"عوامی جمہوریہِ لاوء","LV":"لیٹویا","LB":"لبنان","LS":"لیسوتھو","LR":"لائبیریا","LY":"لیبیا","LI":"لیچسٹنسٹین","LT":"لیتھوانیا","LU":"لکسمبرگ","MO":"مکاؤ","MG":"مڈغاسکر","MW":"ملاوی","MY":"ملائیشیا","MV":"مالدیپ","ML":"مالی","MT":"مالٹا","MH":"مارشل جزائر","MQ":"مارٹنیک","MR":"موریطانیہ","MU":"ماریشس","YT":"میٹو","MX":"میکسیکو","FM":"مائیکرونیشیا","MD":"جمہوریہ مالڈووا","MC":"موناکو","MN":"منگولیا","MS":"مونٹسیریٹ","MA":"مراکش","MZ":"موزمبیق","MM":"میانمار","NA":"نامیبیا","NR":"نورو","NP":"نیپال","NL":"نیدرلینڈ","NC":"نیو کالیڈونیا","NZ":"نیوزی لینڈ","NI":"نکاراگوا","NE":"نائجر","NG":"نائجیریا","NU":"نییو","NF":"جزیرہ نورفوک","MP":"شمالی ماریانا جزائر","MK":"شمالی مقدونیہ","NO":"ناروے","OM":"عمان","PK":"پاکستان","PW":"پالاؤ","PS":"فلسطین","PA":"پاناما","PG":"پاپوا نیو گنی","PY":"پیراگوئے","PE":"پیرو","PH":"فلپائن","PN":"پٹکیرن","PL":"پولینڈ","PT":"پرتگال","PR":"پورٹو ریکو","QA":"قطر","RE":"ری یونین","RO":"رومانیہ","RU":"روس","RW":"روانڈا","SH":"سینٹ ہیلینا","KN":"سینٹ کٹس اور نیویس","LC":"سینٹ لوسیا","PM":"سینٹ پیئر و میکوئیلون","VC":"سینٹ ونسنٹ اور گریناڈینز","WS":"ساموآ","SM":"سان مارینو","ST":"ساؤ ٹوم اور پرنسپے","SA":"سعودی عرب","SN":"سینیگال","SC":"سیچیلز","SL":"سیرا لیون","SG":"سنگاپور","SK":"سلوواکیا","SI":"سلووینیا","SB":"جزائرِ سولومن","SO":"صومالیہ","ZA":"جنوبی افریقہ","GS":"جنوبی جارجیا اور جزائر جنوبی سینڈوچ","ES":"سپین","LK":"سری لنکا","SD":"سوڈان","SR":"سورینام","SJ":"سوولبارڈ اور جان میین","SZ":"سوزیلینڈ","SE":"سویڈن","CH":"سوئٹزرلینڈ","SY":"شام","TW":"تائیوان","TJ":"تاجکستان","TZ":"تنزانیہ","TH":"تھائی لینڈ","TL":"تیمور-لیس","TG":"ٹوگو","TK":"ٹوکیلو","TO":"ٹونگا","TT":"ٹرینیڈاڈ اور ٹوباگو","TN":"تیونس","TR":"ترکی","TM":"ترکمنستان","TC":"ترکی اور کیکوس جزائر","TV":"تووالو","UG":"یوگنڈا","UA":"یوکرین","AE":"متحدہ عرب امارات","GB":"برطانیہ","US":"ریاست ہائے متحدہ امریکہ","UM":"ریاست ہائے متحدہ امریکہ کے علیحدہ چھوٹے جزائر","UY":"یوراگوئے","UZ":"ازبکستان","VU":"وانوات","VE":"وینزویلا","VN":"ویت نام","VG":"جزائرِورجن، برطانوی","VI":"جزائرِورجن، امریکی","WF":"والس اور فتونہ","EH":"مغربی صحارا","YE":"یمن","ZM":"زامبیا","ZW":"زمبابوے","AX":"جزائرِ آلند","BQ":"بونیرے, سینٹ یستتئوس اینڈ صبا","CW":"کیوراساؤ","GG":"گرنسی","IM":"آیل آف مین","JE":"جرسی","ME":"مونٹینیگرو","BL":"سینٹ باریٹی","MF":"سینٹ مارٹن (فرانسیسی حصہ)","RS":"سربیا","SX":"سینٹ مارٹن (ولندیزی حصہ)","SS":"جنوبی سوڈان","XK":"کوسوو"}}');

/***/ }),

/***/ 7570:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"uz","countries":{"AD":"Andorra","AE":"Birlashgan Arab Amirliklari","AF":"Afgʻoniston","AG":"Antigua va Barbuda","AI":"Angilya","AL":"Albaniya","AM":"Armaniston","AO":"Angola","AQ":"Antarktida","AR":"Argentina","AS":"Amerika Samoasi","AT":"Avstriya","AU":"Avstraliya","AW":"Aruba","AX":"Aland orollari","AZ":"Ozarbayjon","BA":"Bosniya va Gertsegovina","BB":"Barbados","BD":"Bangladesh","BE":"Belgiya","BF":"Burkina-Faso","BG":"Bolgariya","BH":"Bahrayn","BI":"Burundi","BJ":"Benin","BL":"Sen-Bartelemi","BM":"Bermuda orollari","BN":"Bruney","BO":"Boliviya","BQ":"Boneyr, Sint-Estatius va Saba","BR":"Braziliya","BS":"Bagama orollari","BT":"Butan","BV":"Buve oroli","BW":"Botsvana","BY":"Belarus","BZ":"Beliz","CA":"Kanada","CC":"Kokos (Kiling) orollari","CD":"Kongo – Kinshasa","CF":"Markaziy Afrika Respublikasi","CG":"Kongo – Brazzavil","CH":"Shveytsariya","CI":"Kot-d’Ivuar","CK":"Kuk orollari","CL":"Chili","CM":"Kamerun","CN":"Xitoy","CO":"Kolumbiya","CR":"Kosta-Rika","CU":"Kuba","CV":"Kabo-Verde","CW":"Kyurasao","CX":"Rojdestvo oroli","CY":"Kipr","CZ":"Chexiya","DE":"Germaniya","DJ":"Jibuti","DK":"Daniya","DM":"Dominika","DO":"Dominikan Respublikasi","DZ":"Jazoir","EC":"Ekvador","EE":"Estoniya","EG":"Misr","EH":"G‘arbiy Sahroi Kabir","ER":"Eritreya","ES":"Ispaniya","ET":"Efiopiya","FI":"Finlandiya","FJ":"Fiji","FK":"Folklend orollari","FM":"Mikroneziya","FO":"Farer orollari","FR":"Fransiya","GA":"Gabon","GB":"Buyuk Britaniya","GD":"Grenada","GE":"Gruziya","GF":"Fransuz Gvianasi","GG":"Gernsi","GH":"Gana","GI":"Gibraltar","GL":"Grenlandiya","GM":"Gambiya","GN":"Gvineya","GP":"Gvadelupe","GQ":"Ekvatorial Gvineya","GR":"Gretsiya","GS":"Janubiy Georgiya va Janubiy Sendvich orollari","GT":"Gvatemala","GU":"Guam","GW":"Gvineya-Bisau","GY":"Gayana","HK":"Gonkong (Xitoy MMH)","HM":"Xerd va Makdonald orollari","HN":"Gonduras","HR":"Xorvatiya","HT":"Gaiti","HU":"Vengriya","ID":"Indoneziya","IE":"Irlandiya","IL":"Isroil","IM":"Men oroli","IN":"Hindiston","IO":"Britaniyaning Hind okeanidagi hududi","IQ":"Iroq","IR":"Eron","IS":"Islandiya","IT":"Italiya","JE":"Jersi","JM":"Yamayka","JO":"Iordaniya","JP":"Yaponiya","KE":"Keniya","KG":"Qirgʻiziston","KH":"Kambodja","KI":"Kiribati","KM":"Komor orollari","KN":"Sent-Kits va Nevis","KP":"Shimoliy Koreya","KR":"Janubiy Koreya","KW":"Quvayt","KY":"Kayman orollari","KZ":"Qozogʻiston","LA":"Laos","LB":"Livan","LC":"Sent-Lyusiya","LI":"Lixtenshteyn","LK":"Shri-Lanka","LR":"Liberiya","LS":"Lesoto","LT":"Litva","LU":"Lyuksemburg","LV":"Latviya","LY":"Liviya","MA":"Marokash","MC":"Monako","MD":"Moldova","ME":"Chernogoriya","MF":"Sent-Martin","MG":"Madagaskar","MH":"Marshall orollari","MK":"Shimoliy Makedoniya","ML":"Mali","MM":"Myanma (Birma)","MN":"Mongoliya","MO":"Makao (Xitoy MMH)","MP":"Shimoliy Mariana orollari","MQ":"Martinika","MR":"Mavritaniya","MS":"Montserrat","MT":"Malta","MU":"Mavrikiy","MV":"Maldiv orollari","MW":"Malavi","MX":"Meksika","MY":"Malayziya","MZ":"Mozambik","NA":"Namibiya","NC":"Yangi Kaledoniya","NE":"Niger","NF":"Norfolk oroli","NG":"Nigeriya","NI":"Nikaragua","NL":"Niderlandiya","NO":"Norvegiya","NP":"Nepal","NR":"Nauru","NU":"Niue","NZ":"Yangi Zelandiya","OM":"Ummon","PA":"Panama","PE":"Peru","PF":"Fransuz Polineziyasi","PG":"Papua – Yangi Gvineya","PH":"Filippin","PK":"Pokiston","PL":"Polsha","PM":"Sen-Pyer va Mikelon","PN":"Pitkern orollari","PR":"Puerto-Riko","PS":"Falastin hududi","PT":"Portugaliya","PW":"Palau","PY":"Paragvay","QA":"Qatar","RE":"Reyunion","RO":"Ruminiya","RS":"Serbiya","RU":"Rossiya","RW":"Ruanda","SA":"Saudiya Arabistoni","SB":"Solomon orollari","SC":"Seyshel orollari","SD":"Sudan","SE":"Shvetsiya","SG":"Singapur","SH":"Muqaddas Yelena oroli","SI":"Sloveniya","SJ":"Svalbard va Yan-Mayen","SK":"Slovakiya","SL":"Syerra-Leone","SM":"San-Marino","SN":"Senegal","SO":"Somali","SR":"Surinam","SS":"Janubiy Sudan","ST":"San-Tome va Prinsipi","SV":"Salvador","SX":"Sint-Marten","SY":"Suriya","SZ":"Svazilend","TC":"Turks va Kaykos orollari","TD":"Chad","TF":"Fransuz Janubiy hududlari","TG":"Togo","TH":"Tailand","TJ":"Tojikiston","TK":"Tokelau","TL":"Timor-Leste","TM":"Turkmaniston","TN":"Tunis","TO":"Tonga","TR":"Turkiya","TT":"Trinidad va Tobago","TV":"Tuvalu","TW":"Tayvan","TZ":"Tanzaniya","UA":"Ukraina","UG":"Uganda","UM":"AQSH yondosh orollari","US":"Amerika Qo‘shma Shtatlari","UY":"Urugvay","UZ":"Oʻzbekiston","VA":"Vatikan","VC":"Sent-Vinsent va Grenadin","VE":"Venesuela","VG":"Britaniya Virgin orollari","VI":"AQSH Virgin orollari","VN":"Vyetnam","VU":"Vanuatu","WF":"Uollis va Futuna","WS":"Samoa","XK":"Kosovo","YE":"Yaman","YT":"Mayotta","ZA":"Janubiy Afrika Respublikasi","ZM":"Zambiya","ZW":"Zimbabve"}}');

/***/ }),

/***/ 6440:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"vi","countries":{"AF":"Afghanistan","AL":"Albania","DZ":"Algeria","AS":"American Samoa","AD":"Andorra","AO":"Angola","AI":"Anguilla","AQ":"Antarctica","AG":"Antigua và Barbuda","AR":"Argentina","AM":"Armenia","AW":"Aruba","AU":"Úc","AT":"Austria","AZ":"Azerbaijan","BS":"Bahamas","BH":"Bahrain","BD":"Bangladesh","BB":"Barbados","BY":"Belarus","BE":"Bỉ","BZ":"Belize","BJ":"Benin","BM":"Bermuda","BT":"Bhutan","BO":"Bolivia","BA":"Bosnia và Herzegovina","BW":"Botswana","BV":"Đảo Bouvet","BR":"Brazil","IO":"Lãnh thổ Ấn Độ Dương thuộc Anh","BN":"Brunei Darussalam","BG":"Bulgaria","BF":"Burkina Faso","BI":"Burundi","KH":"Campuchia","CM":"Cameroon","CA":"Canada","CV":"Cape Verde","KY":"Quần đảo Cayman","CF":"Cộng hòa Trung Phi","TD":"Chad","CL":"Chile","CN":"Trung Quốc","CX":"Đảo Giáng sinh","CC":"Quần đảo Cocos (Keeling)","CO":"Colombia","KM":"Comoros","CG":"Công-gô","CD":"Cộng hòa Dân chủ Công-gô","CK":"Quần đảo Cook","CR":"Costa Rica","CI":["Cote d\'Ivoire","Côte d\'Ivoire"],"HR":"Croatia","CU":"Cuba","CY":"Cyprus","CZ":"Cộng hòa Séc","DK":"Đan Mạch","DJ":"Djibouti","DM":"Dominica","DO":"Cộng hòa Dominica","EC":"Ecuador","EG":"Ai Cập","SV":"El Salvador","GQ":"Equatorial Guinea","ER":"Eritrea","EE":"Estonia","ET":"Ethiopia","FK":"Quần đảo Falkland (Malvinas)","FO":"Quần đảo Faroe","FJ":"Fiji","FI":"Phần Lan","FR":"Pháp","GF":"Guyane thuộc Pháp","PF":"Polynésie thuộc Pháp","TF":"Vùng đất phía Nam và châu Nam Cực thuộc Pháp","GA":"Gabon","GM":"Gambia","GE":"Georgia","DE":"Đức","GH":"Ghana","GI":"Gibraltar","GR":"Hy Lạp","GL":"Greenland","GD":"Grenada","GP":"Guadeloupe","GU":"Guam","GT":"Guatemala","GN":"Guinea","GW":"Guinea-Bissau","GY":"Guyana","HT":"Haiti","HM":"Đảo Heard và Quần đảo Mcdonald","VA":"Tòa Thánh (Thành phố Vatican)","HN":"Honduras","HK":"Hồng Kông","HU":"Hungary","IS":"Iceland","IN":"Ấn Độ","ID":"Indonesia","IR":"Cộng hòa Hồi giáo Iran","IQ":"Iraq","IE":"Ireland","IL":"Israel","IT":"Ý","JM":"Jamaica","JP":"Nhật Bản","JO":"Jordan","KZ":"Kazakhstan","KE":"Kenya","KI":"Kiribati","KP":"Triều Tiên","KR":"Hàn Quốc","KW":"Cô-oét","KG":"Kyrgyzstan","LA":"Cộng hòa Dân chủ nhân dân Lào","LV":"Latvia","LB":"Lebanon","LS":"Lesotho","LR":"Liberia","LY":"Libya","LI":"Liechtenstein","LT":"Lithuania","LU":"Luxembourg","MO":"Ma Cao","MK":"Bắc Macedonia","MG":"Madagascar","MW":"Malawi","MY":"Bán đảo Mã Lai","MV":"Maldives","ML":"Mali","MT":"Malta","MH":"Quần đảo Marshall","MQ":"Martinique","MR":"Mauritania","MU":"Mauritius","YT":"Mayotte","MX":"Mexico","FM":"Liên bang Micronesia","MD":"Cộng hoà Moldova","MC":"Monaco","MN":"Mông Cổ","MS":"Montserrat","MA":"Ma-rốc","MZ":"Mozambique","MM":"Myanmar","NA":"Namibia","NR":"Nauru","NP":"Nepal","NL":"Hà Lan","NC":"New Caledonia","NZ":"New Zealand","NI":"Nicaragua","NE":"Niger","NG":"Nigeria","NU":"Niue","NF":"Đảo Norfolk","MP":"Quần đảo Bắc Mariana","NO":"Na Uy","OM":"Oman","PK":"Pakistan","PW":"Palau","PS":"Lãnh thổ Palestine, bị chiếm đóng","PA":"Panama","PG":"Papua New Guinea","PY":"Paraguay","PE":"Peru","PH":"Philippines","PN":"Pitcairn","PL":"Ba Lan","PT":"Bồ Đào Nha","PR":"Puerto Rico","QA":"Qatar","RE":"Reunion","RO":"Rumani","RU":["Liên bang Nga","Nga"],"RW":"Rwanda","SH":"Saint Helena","KN":"Saint Kitts và Nevis","LC":"Saint Lucia","PM":"Saint Pierre và Miquelon","VC":"Saint Vincent và Grenadines","WS":"Samoa","SM":"San Marino","ST":"Sao Tome và Principe","SA":"Saudi Arabia","SN":"Senegal","SC":"Seychelles","SL":"Sierra Leone","SG":"Singapore","SK":"Slovakia","SI":"Slovenia","SB":"Quần đảo Solomon","SO":"Somalia","ZA":"Nam Phi","GS":"Nam Georgia và Quần đảo Nam Sandwich","ES":"Tây Ban Nha","LK":"Sri Lanka","SD":"Sudan","SR":"Suriname","SJ":"Svalbard và Jan Mayen","SZ":"Eswatini","SE":"Thụy Điển","CH":"Thụy Sĩ","SY":"Cộng Hòa Arab Syrian","TW":"Đài Loan","TJ":"Tajikistan","TZ":"Cộng hòa Thống nhất Tanzania","TH":"Thái Lan","TL":"Timor-Leste","TG":"Togo","TK":"Tokelau","TO":"Tonga","TT":"Trinidad và Tobago","TN":"Tunisia","TR":"Thổ Nhĩ Kỳ","TM":"Turkmenistan","TC":"Quần đảo Turks và Caicos","TV":"Tuvalu","UG":"Uganda","UA":"Ukraine","AE":"Các Tiểu Vương Quốc Ả Rập Thống Nhất","GB":"Vương quốc Anh","US":["Hợp chủng quốc Hoa Kỳ","Mỹ"],"UM":"Quần đảo nhỏ hẻo lánh của Hoa Kỳ","UY":"Uruguay","UZ":"Uzbekistan","VU":"Vanuatu","VE":"Venezuela","VN":"Việt Nam","VG":"Quần đảo Virgin, Anh","VI":"Quần đảo Virgin, Hoa Kỳ","WF":"Lãnh thổ quần đảo Wallis và Futuna","EH":"Tây Sahara","YE":"Yemen","ZM":"Zambia","ZW":"Zimbabwe","AX":"Quần đảo Aland","BQ":"Bonaire, Sint Eustatius và Saba","CW":"Curaçao","GG":"Guernsey","IM":"Đảo Man","JE":"Jersey","ME":"Montenegro","BL":"Saint Barthélemy","MF":"Saint Martin (phần Pháp)","RS":"Serbia","SX":"Sint Maarten (phần Hà Lan)","SS":"Nam Sudan","XK":"Kosovo"}}');

/***/ }),

/***/ 5463:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"locale":"zh","countries":{"AD":"安道尔","AE":"阿联酋","AF":"阿富汗","AG":"安提瓜和巴布达","AI":"安圭拉","AL":"阿尔巴尼亚","AM":"亚美尼亚","AO":"安哥拉","AQ":"南极洲","AR":"阿根廷","AS":"美属萨摩亚","AT":"奥地利","AU":"澳大利亚","AW":"阿鲁巴","AX":"奥兰","AZ":"阿塞拜疆","BA":"波黑","BB":"巴巴多斯","BD":"孟加拉国","BE":"比利时","BF":"布基纳法索","BG":"保加利亚","BH":"巴林","BI":"布隆迪","BJ":"贝宁","BL":"圣巴泰勒米","BM":"百慕大","BN":"文莱","BO":"玻利维亚","BQ":"荷兰加勒比区","BR":"巴西","BS":"巴哈马","BT":"不丹","BV":"布韦岛","BW":"博茨瓦纳","BY":"白俄罗斯","BZ":"伯利兹","CA":"加拿大","CC":"科科斯（基林）群岛","CD":"刚果（金）","CF":"中非","CG":"刚果（布）","CH":"瑞士","CI":"科特迪瓦","CK":"库克群岛","CL":"智利","CM":"喀麦隆","CN":"中国","CO":"哥伦比亚","CR":"哥斯达黎加","CU":"古巴","CV":"佛得角","CW":"库拉索","CX":"圣诞岛","CY":"塞浦路斯","CZ":"捷克","DE":"德国","DJ":"吉布提","DK":"丹麦","DM":"多米尼克","DO":"多米尼加","DZ":"阿尔及利亚","EC":"厄瓜多尔","EE":"爱沙尼亚","EG":"埃及","EH":"阿拉伯撒哈拉民主共和国","ER":"厄立特里亚","ES":"西班牙","ET":"埃塞俄比亚","FI":"芬兰","FJ":"斐济","FK":"福克兰群岛","FM":"密克罗尼西亚联邦","FO":"法罗群岛","FR":"法国","GA":"加蓬","GB":"英国","GD":"格林纳达","GE":"格鲁吉亚","GF":"法属圭亚那","GG":"根西","GH":"加纳","GI":"直布罗陀","GL":"格陵兰","GM":"冈比亚","GN":"几内亚","GP":"瓜德罗普","GQ":"赤道几内亚","GR":"希腊","GS":"南乔治亚和南桑威奇群岛","GT":"危地马拉","GU":"关岛","GW":"几内亚比绍","GY":"圭亚那","HK":"香港","HM":"赫德岛和麦克唐纳群岛","HN":"洪都拉斯","HR":"克罗地亚","HT":"海地","HU":"匈牙利","ID":"印尼","IE":"爱尔兰","IL":"以色列","IM":"马恩岛","IN":"印度","IO":"英属印度洋领地","IQ":"伊拉克","IR":"伊朗","IS":"冰岛","IT":"意大利","JE":"泽西","JM":"牙买加","JO":"约旦","JP":"日本","KE":"肯尼亚","KG":"吉尔吉斯斯坦","KH":"柬埔寨","KI":"基里巴斯","KM":"科摩罗","KN":"圣基茨和尼维斯","KP":"朝鲜","KR":"韩国","KW":"科威特","KY":"开曼群岛","KZ":"哈萨克斯坦","LA":"老挝","LB":"黎巴嫩","LC":"圣卢西亚","LI":"列支敦士登","LK":"斯里兰卡","LR":"利比里亚","LS":"莱索托","LT":"立陶宛","LU":"卢森堡","LV":"拉脱维亚","LY":"利比亚","MA":"摩洛哥","MC":"摩纳哥","MD":"摩尔多瓦","ME":"黑山","MF":"法属圣马丁","MG":"马达加斯加","MH":"马绍尔群岛","MK":"北马其顿","ML":"马里","MM":"缅甸","MN":"蒙古","MO":"澳门","MP":"北马里亚纳群岛","MQ":"马提尼克","MR":"毛里塔尼亚","MS":"蒙特塞拉特","MT":"马耳他","MU":"毛里求斯","MV":"马尔代夫","MW":"马拉维","MX":"墨西哥","MY":"马来西亚","MZ":"莫桑比克","NA":"纳米比亚","NC":"新喀里多尼亚","NE":"尼日尔","NF":"诺福克岛","NG":"尼日利亚","NI":"尼加拉瓜","NL":"荷兰","NO":"挪威","NP":"尼泊尔","NR":"瑙鲁","NU":"纽埃","NZ":"新西兰","OM":"阿曼","PA":"巴拿马","PE":"秘鲁","PF":"法属波利尼西亚","PG":"巴布亚新几内亚","PH":"菲律宾","PK":"巴基斯坦","PL":"波兰","PM":"圣皮埃尔和密克隆","PN":"皮特凯恩群岛","PR":"波多黎各","PS":"巴勒斯坦","PT":"葡萄牙","PW":"帕劳","PY":"巴拉圭","QA":"卡塔尔","RE":"留尼汪","RO":"罗马尼亚","RS":"塞尔维亚","RU":"俄罗斯","RW":"卢旺达","SA":"沙特阿拉伯","SB":"所罗门群岛","SC":"塞舌尔","SD":"苏丹","SE":"瑞典","SG":"新加坡","SH":"圣赫勒拿、阿森松和特里斯坦-达库尼亚","SI":"斯洛文尼亚","SJ":"斯瓦尔巴和扬马延","SK":"斯洛伐克","SL":"塞拉利昂","SM":"圣马力诺","SN":"塞内加尔","SO":"索马里","SR":"苏里南","SS":"南苏丹","ST":"圣多美和普林西比","SV":"萨尔瓦多","SX":"荷属圣马丁","SY":"叙利亚","SZ":"斯威士兰","TC":"特克斯和凯科斯群岛","TD":"乍得","TF":"法属南部领地","TG":"多哥","TH":"泰国","TJ":"塔吉克斯坦","TK":"托克劳","TL":"东帝汶","TM":"土库曼斯坦","TN":"突尼斯","TO":"汤加","TR":"土耳其","TT":"特立尼达和多巴哥","TV":"图瓦卢","TW":"中国台湾省","TZ":"坦桑尼亚","UA":"乌克兰","UG":"乌干达","UM":"美国本土外小岛屿","US":"美国","UY":"乌拉圭","UZ":"乌兹别克斯坦","VA":"梵蒂冈","VC":"圣文森特和格林纳丁斯","VE":"委内瑞拉","VG":"英属维尔京群岛","VI":"美属维尔京群岛","VN":"越南","VU":"瓦努阿图","WF":"瓦利斯和富图纳","WS":"萨摩亚","XK":"科索沃","YE":"也门","YT":"马约特","ZA":"南非","ZM":"赞比亚","ZW":"津巴布韦"}}');

/***/ }),

/***/ 7194:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["br","cy","dv","sw","eu","af","am","ha","ku","ml","mt","no","ps","sd","so","sq","ta","tg","tt","ug","ur","vi","ar","az","be","bg","bn","bs","ca","cs","da","de","el","en","es","et","fa","fi","fr","ga","gl","he","hi","hr","hu","hy","id","is","it","ja","ka","kk","km","ko","ky","lt","lv","mk","mn","mr","ms","nb","nl","nn","pl","pt","ro","ru","sk","sl","sr","sv","th","tk","tr","uk","uz","zh"]');

/***/ }),

/***/ 98:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"type":"Topology","objects":{"countries":{"type":"GeometryCollection","geometries":[{"type":"MultiPolygon","arcs":[[[0]],[[1]]],"id":"242","properties":{"name":"Fiji"}},{"type":"Polygon","arcs":[[2,3,4,5,6,7,8,9,10]],"id":"834","properties":{"name":"Tanzania"}},{"type":"Polygon","arcs":[[11,12,13,14]],"id":"732","properties":{"name":"W. Sahara"}},{"type":"MultiPolygon","arcs":[[[15,16,17,18]],[[19]],[[20]],[[21]],[[22]],[[23]],[[24]],[[25]],[[26]],[[27]],[[28]],[[29]],[[30]],[[31]],[[32]],[[33]],[[34]],[[35]],[[36]],[[37]],[[38]],[[39]],[[40]],[[41]],[[42]],[[43]],[[44]],[[45]],[[46]],[[47]]],"id":"124","properties":{"name":"Canada"}},{"type":"MultiPolygon","arcs":[[[-19,48,49,50]],[[51]],[[52]],[[53]],[[54]],[[55]],[[56]],[[57]],[[-17,58]],[[59]]],"id":"840","properties":{"name":"United States of America"}},{"type":"Polygon","arcs":[[60,61,62,63,64,65]],"id":"398","properties":{"name":"Kazakhstan"}},{"type":"Polygon","arcs":[[-63,66,67,68,69]],"id":"860","properties":{"name":"Uzbekistan"}},{"type":"MultiPolygon","arcs":[[[70,71]],[[72]],[[73]],[[74]]],"id":"598","properties":{"name":"Papua New Guinea"}},{"type":"MultiPolygon","arcs":[[[-72,75]],[[76,77]],[[78]],[[79,80]],[[81]],[[82]],[[83]],[[84]],[[85]],[[86]],[[87]],[[88]],[[89]]],"id":"360","properties":{"name":"Indonesia"}},{"type":"MultiPolygon","arcs":[[[90,91]],[[92,93,94,95,96,97]]],"id":"032","properties":{"name":"Argentina"}},{"type":"MultiPolygon","arcs":[[[-92,98]],[[99,-95,100,101]]],"id":"152","properties":{"name":"Chile"}},{"type":"Polygon","arcs":[[-8,102,103,104,105,106,107,108,109,110,111]],"id":"180","properties":{"name":"Dem. Rep. Congo"}},{"type":"Polygon","arcs":[[112,113,114,115]],"id":"706","properties":{"name":"Somalia"}},{"type":"Polygon","arcs":[[-3,116,117,118,-113,119]],"id":"404","properties":{"name":"Kenya"}},{"type":"Polygon","arcs":[[120,121,122,123,124,125,126,127]],"id":"729","properties":{"name":"Sudan"}},{"type":"Polygon","arcs":[[-122,128,129,130,131]],"id":"148","properties":{"name":"Chad"}},{"type":"Polygon","arcs":[[132,133]],"id":"332","properties":{"name":"Haiti"}},{"type":"Polygon","arcs":[[-133,134]],"id":"214","properties":{"name":"Dominican Rep."}},{"type":"MultiPolygon","arcs":[[[135]],[[136]],[[137]],[[138]],[[139]],[[140]],[[141,142,143]],[[144]],[[145]],[[146,147,148,149,-66,150,151,152,153,154,155,156,157,158,159,160,161]],[[162]],[[163,164]]],"id":"643","properties":{"name":"Russia"}},{"type":"MultiPolygon","arcs":[[[165]],[[166]],[[167]]],"id":"044","properties":{"name":"Bahamas"}},{"type":"Polygon","arcs":[[168]],"id":"238","properties":{"name":"Falkland Is."}},{"type":"MultiPolygon","arcs":[[[169]],[[-161,170,171,172]],[[173]],[[174]]],"id":"578","properties":{"name":"Norway"}},{"type":"Polygon","arcs":[[175]],"id":"304","properties":{"name":"Greenland"}},{"type":"Polygon","arcs":[[176]],"id":"260","properties":{"name":"Fr. S. Antarctic Lands"}},{"type":"Polygon","arcs":[[177,-77]],"id":"626","properties":{"name":"Timor-Leste"}},{"type":"Polygon","arcs":[[178,179,180,181,182,183,184],[185]],"id":"710","properties":{"name":"South Africa"}},{"type":"Polygon","arcs":[[-186]],"id":"426","properties":{"name":"Lesotho"}},{"type":"Polygon","arcs":[[-50,186,187,188,189]],"id":"484","properties":{"name":"Mexico"}},{"type":"Polygon","arcs":[[190,191,-93]],"id":"858","properties":{"name":"Uruguay"}},{"type":"Polygon","arcs":[[-191,-98,192,193,194,195,196,197,198,199,200]],"id":"076","properties":{"name":"Brazil"}},{"type":"Polygon","arcs":[[-194,201,-96,-100,202]],"id":"068","properties":{"name":"Bolivia"}},{"type":"Polygon","arcs":[[-195,-203,-102,203,204,205]],"id":"604","properties":{"name":"Peru"}},{"type":"Polygon","arcs":[[-196,-206,206,207,208,209,210]],"id":"170","properties":{"name":"Colombia"}},{"type":"Polygon","arcs":[[-209,211,212,213]],"id":"591","properties":{"name":"Panama"}},{"type":"Polygon","arcs":[[-213,214,215,216]],"id":"188","properties":{"name":"Costa Rica"}},{"type":"Polygon","arcs":[[-216,217,218,219]],"id":"558","properties":{"name":"Nicaragua"}},{"type":"Polygon","arcs":[[-219,220,221,222,223]],"id":"340","properties":{"name":"Honduras"}},{"type":"Polygon","arcs":[[-222,224,225]],"id":"222","properties":{"name":"El Salvador"}},{"type":"Polygon","arcs":[[-189,226,227,-223,-226,228]],"id":"320","properties":{"name":"Guatemala"}},{"type":"Polygon","arcs":[[-188,229,-227]],"id":"084","properties":{"name":"Belize"}},{"type":"Polygon","arcs":[[-197,-211,230,231]],"id":"862","properties":{"name":"Venezuela"}},{"type":"Polygon","arcs":[[-198,-232,232,233]],"id":"328","properties":{"name":"Guyana"}},{"type":"Polygon","arcs":[[-199,-234,234,235]],"id":"740","properties":{"name":"Suriname"}},{"type":"MultiPolygon","arcs":[[[-200,-236,236]],[[237,238,239,240,241,242,243,244]],[[245]]],"id":"250","properties":{"name":"France"}},{"type":"Polygon","arcs":[[-205,246,-207]],"id":"218","properties":{"name":"Ecuador"}},{"type":"Polygon","arcs":[[247]],"id":"630","properties":{"name":"Puerto Rico"}},{"type":"Polygon","arcs":[[248]],"id":"388","properties":{"name":"Jamaica"}},{"type":"Polygon","arcs":[[249]],"id":"192","properties":{"name":"Cuba"}},{"type":"Polygon","arcs":[[-181,250,251,252]],"id":"716","properties":{"name":"Zimbabwe"}},{"type":"Polygon","arcs":[[-180,253,254,-251]],"id":"072","properties":{"name":"Botswana"}},{"type":"Polygon","arcs":[[-179,255,256,257,-254]],"id":"516","properties":{"name":"Namibia"}},{"type":"Polygon","arcs":[[258,259,260,261,262,263,264]],"id":"686","properties":{"name":"Senegal"}},{"type":"Polygon","arcs":[[-261,265,266,267,268,269,270]],"id":"466","properties":{"name":"Mali"}},{"type":"Polygon","arcs":[[-13,271,-266,-260,272]],"id":"478","properties":{"name":"Mauritania"}},{"type":"Polygon","arcs":[[273,274,275,276,277]],"id":"204","properties":{"name":"Benin"}},{"type":"Polygon","arcs":[[-131,278,279,-277,280,-268,281,282]],"id":"562","properties":{"name":"Niger"}},{"type":"Polygon","arcs":[[-278,-280,283,284]],"id":"566","properties":{"name":"Nigeria"}},{"type":"Polygon","arcs":[[-130,285,286,287,288,289,-284,-279]],"id":"120","properties":{"name":"Cameroon"}},{"type":"Polygon","arcs":[[-275,290,291,292]],"id":"768","properties":{"name":"Togo"}},{"type":"Polygon","arcs":[[-292,293,294,295]],"id":"288","properties":{"name":"Ghana"}},{"type":"Polygon","arcs":[[-270,296,-295,297,298,299]],"id":"384","properties":{"name":"Côte d\'Ivoire"}},{"type":"Polygon","arcs":[[-262,-271,-300,300,301,302,303]],"id":"324","properties":{"name":"Guinea"}},{"type":"Polygon","arcs":[[-263,-304,304]],"id":"624","properties":{"name":"Guinea-Bissau"}},{"type":"Polygon","arcs":[[-299,305,306,-301]],"id":"430","properties":{"name":"Liberia"}},{"type":"Polygon","arcs":[[-302,-307,307]],"id":"694","properties":{"name":"Sierra Leone"}},{"type":"Polygon","arcs":[[-269,-281,-276,-293,-296,-297]],"id":"854","properties":{"name":"Burkina Faso"}},{"type":"Polygon","arcs":[[-108,308,-286,-129,-121,309]],"id":"140","properties":{"name":"Central African Rep."}},{"type":"Polygon","arcs":[[-107,310,311,312,-287,-309]],"id":"178","properties":{"name":"Congo"}},{"type":"Polygon","arcs":[[-288,-313,313,314]],"id":"266","properties":{"name":"Gabon"}},{"type":"Polygon","arcs":[[-289,-315,315]],"id":"226","properties":{"name":"Eq. Guinea"}},{"type":"Polygon","arcs":[[-7,316,317,-252,-255,-258,318,-103]],"id":"894","properties":{"name":"Zambia"}},{"type":"Polygon","arcs":[[-6,319,-317]],"id":"454","properties":{"name":"Malawi"}},{"type":"Polygon","arcs":[[-5,320,-184,321,-182,-253,-318,-320]],"id":"508","properties":{"name":"Mozambique"}},{"type":"Polygon","arcs":[[-183,-322]],"id":"748","properties":{"name":"eSwatini"}},{"type":"MultiPolygon","arcs":[[[-106,322,-311]],[[-104,-319,-257,323]]],"id":"024","properties":{"name":"Angola"}},{"type":"Polygon","arcs":[[-9,-112,324]],"id":"108","properties":{"name":"Burundi"}},{"type":"Polygon","arcs":[[325,326,327,328,329,330,331]],"id":"376","properties":{"name":"Israel"}},{"type":"Polygon","arcs":[[-331,332,333]],"id":"422","properties":{"name":"Lebanon"}},{"type":"Polygon","arcs":[[334]],"id":"450","properties":{"name":"Madagascar"}},{"type":"Polygon","arcs":[[-327,335]],"id":"275","properties":{"name":"Palestine"}},{"type":"Polygon","arcs":[[-265,336]],"id":"270","properties":{"name":"Gambia"}},{"type":"Polygon","arcs":[[337,338,339]],"id":"788","properties":{"name":"Tunisia"}},{"type":"Polygon","arcs":[[-12,340,341,-338,342,-282,-267,-272]],"id":"012","properties":{"name":"Algeria"}},{"type":"Polygon","arcs":[[-326,343,344,345,346,-328,-336]],"id":"400","properties":{"name":"Jordan"}},{"type":"Polygon","arcs":[[347,348,349,350,351]],"id":"784","properties":{"name":"United Arab Emirates"}},{"type":"Polygon","arcs":[[352,353]],"id":"634","properties":{"name":"Qatar"}},{"type":"Polygon","arcs":[[354,355,356]],"id":"414","properties":{"name":"Kuwait"}},{"type":"Polygon","arcs":[[-345,357,358,359,360,-357,361]],"id":"368","properties":{"name":"Iraq"}},{"type":"MultiPolygon","arcs":[[[-351,362,363,364]],[[-349,365]]],"id":"512","properties":{"name":"Oman"}},{"type":"MultiPolygon","arcs":[[[366]],[[367]]],"id":"548","properties":{"name":"Vanuatu"}},{"type":"Polygon","arcs":[[368,369,370,371]],"id":"116","properties":{"name":"Cambodia"}},{"type":"Polygon","arcs":[[-369,372,373,374,375,376]],"id":"764","properties":{"name":"Thailand"}},{"type":"Polygon","arcs":[[-370,-377,377,378,379]],"id":"418","properties":{"name":"Laos"}},{"type":"Polygon","arcs":[[-376,380,381,382,383,-378]],"id":"104","properties":{"name":"Myanmar"}},{"type":"Polygon","arcs":[[-371,-380,384,385]],"id":"704","properties":{"name":"Vietnam"}},{"type":"MultiPolygon","arcs":[[[386,386,386]],[[-147,387,388,389,390]]],"id":"408","properties":{"name":"North Korea"}},{"type":"Polygon","arcs":[[-389,391]],"id":"410","properties":{"name":"South Korea"}},{"type":"Polygon","arcs":[[-149,392]],"id":"496","properties":{"name":"Mongolia"}},{"type":"Polygon","arcs":[[-383,393,394,395,396,397,398,399,400]],"id":"356","properties":{"name":"India"}},{"type":"Polygon","arcs":[[-382,401,-394]],"id":"050","properties":{"name":"Bangladesh"}},{"type":"Polygon","arcs":[[-400,402]],"id":"064","properties":{"name":"Bhutan"}},{"type":"Polygon","arcs":[[-398,403]],"id":"524","properties":{"name":"Nepal"}},{"type":"Polygon","arcs":[[-396,404,405,406,407]],"id":"586","properties":{"name":"Pakistan"}},{"type":"Polygon","arcs":[[-69,408,409,-407,410,411]],"id":"004","properties":{"name":"Afghanistan"}},{"type":"Polygon","arcs":[[-68,412,413,-409]],"id":"762","properties":{"name":"Tajikistan"}},{"type":"Polygon","arcs":[[-62,414,-413,-67]],"id":"417","properties":{"name":"Kyrgyzstan"}},{"type":"Polygon","arcs":[[-64,-70,-412,415,416]],"id":"795","properties":{"name":"Turkmenistan"}},{"type":"Polygon","arcs":[[-360,417,418,419,420,421,-416,-411,-406,422]],"id":"364","properties":{"name":"Iran"}},{"type":"Polygon","arcs":[[-332,-334,423,424,-358,-344]],"id":"760","properties":{"name":"Syria"}},{"type":"Polygon","arcs":[[-420,425,426,427,428]],"id":"051","properties":{"name":"Armenia"}},{"type":"Polygon","arcs":[[-172,429,430]],"id":"752","properties":{"name":"Sweden"}},{"type":"Polygon","arcs":[[-156,431,432,433,434]],"id":"112","properties":{"name":"Belarus"}},{"type":"Polygon","arcs":[[-155,435,-164,436,437,438,439,440,441,442,-432]],"id":"804","properties":{"name":"Ukraine"}},{"type":"Polygon","arcs":[[-433,-443,443,444,445,446,-142,447]],"id":"616","properties":{"name":"Poland"}},{"type":"Polygon","arcs":[[448,449,450,451,452,453,454]],"id":"040","properties":{"name":"Austria"}},{"type":"Polygon","arcs":[[-441,455,456,457,458,-449,459]],"id":"348","properties":{"name":"Hungary"}},{"type":"Polygon","arcs":[[-439,460]],"id":"498","properties":{"name":"Moldova"}},{"type":"Polygon","arcs":[[-438,461,462,463,-456,-440,-461]],"id":"642","properties":{"name":"Romania"}},{"type":"Polygon","arcs":[[-434,-448,-144,464,465]],"id":"440","properties":{"name":"Lithuania"}},{"type":"Polygon","arcs":[[-157,-435,-466,466,467]],"id":"428","properties":{"name":"Latvia"}},{"type":"Polygon","arcs":[[-158,-468,468]],"id":"233","properties":{"name":"Estonia"}},{"type":"Polygon","arcs":[[-446,469,-453,470,-238,471,472,473,474,475,476]],"id":"276","properties":{"name":"Germany"}},{"type":"Polygon","arcs":[[-463,477,478,479,480,481]],"id":"100","properties":{"name":"Bulgaria"}},{"type":"MultiPolygon","arcs":[[[482]],[[-480,483,484,485,486]]],"id":"300","properties":{"name":"Greece"}},{"type":"MultiPolygon","arcs":[[[-359,-425,487,488,-427,-418]],[[-479,489,-484]]],"id":"792","properties":{"name":"Turkey"}},{"type":"Polygon","arcs":[[-486,490,491,492,493]],"id":"008","properties":{"name":"Albania"}},{"type":"Polygon","arcs":[[-458,494,495,496,497,498]],"id":"191","properties":{"name":"Croatia"}},{"type":"Polygon","arcs":[[-452,499,-239,-471]],"id":"756","properties":{"name":"Switzerland"}},{"type":"Polygon","arcs":[[-472,-245,500]],"id":"442","properties":{"name":"Luxembourg"}},{"type":"Polygon","arcs":[[-473,-501,-244,501,502]],"id":"056","properties":{"name":"Belgium"}},{"type":"Polygon","arcs":[[-474,-503,503]],"id":"528","properties":{"name":"Netherlands"}},{"type":"Polygon","arcs":[[504,505]],"id":"620","properties":{"name":"Portugal"}},{"type":"Polygon","arcs":[[-505,506,-242,507]],"id":"724","properties":{"name":"Spain"}},{"type":"Polygon","arcs":[[508,509]],"id":"372","properties":{"name":"Ireland"}},{"type":"Polygon","arcs":[[510]],"id":"540","properties":{"name":"New Caledonia"}},{"type":"MultiPolygon","arcs":[[[511]],[[512]],[[513]],[[514]],[[515]]],"id":"090","properties":{"name":"Solomon Is."}},{"type":"MultiPolygon","arcs":[[[516]],[[517]]],"id":"554","properties":{"name":"New Zealand"}},{"type":"MultiPolygon","arcs":[[[518]],[[519]]],"id":"036","properties":{"name":"Australia"}},{"type":"Polygon","arcs":[[520]],"id":"144","properties":{"name":"Sri Lanka"}},{"type":"MultiPolygon","arcs":[[[521]],[[-61,-150,-393,-148,-391,522,-385,-379,-384,-401,-403,-399,-404,-397,-408,-410,-414,-415]]],"id":"156","properties":{"name":"China"}},{"type":"Polygon","arcs":[[523]],"id":"158","properties":{"name":"Taiwan"}},{"type":"MultiPolygon","arcs":[[[-451,524,525,-240,-500]],[[526]],[[527]]],"id":"380","properties":{"name":"Italy"}},{"type":"MultiPolygon","arcs":[[[-476,528]],[[529]]],"id":"208","properties":{"name":"Denmark"}},{"type":"MultiPolygon","arcs":[[[-510,530]],[[531]]],"id":"826","properties":{"name":"United Kingdom"}},{"type":"Polygon","arcs":[[532]],"id":"352","properties":{"name":"Iceland"}},{"type":"MultiPolygon","arcs":[[[-152,533,-421,-429,534]],[[-419,-426]]],"id":"031","properties":{"name":"Azerbaijan"}},{"type":"Polygon","arcs":[[-153,-535,-428,-489,535]],"id":"268","properties":{"name":"Georgia"}},{"type":"MultiPolygon","arcs":[[[536]],[[537]],[[538]],[[539]],[[540]],[[541]],[[542]]],"id":"608","properties":{"name":"Philippines"}},{"type":"MultiPolygon","arcs":[[[-374,543]],[[-81,544,545,546]]],"id":"458","properties":{"name":"Malaysia"}},{"type":"Polygon","arcs":[[-546,547]],"id":"096","properties":{"name":"Brunei"}},{"type":"Polygon","arcs":[[-450,-459,-499,548,-525]],"id":"705","properties":{"name":"Slovenia"}},{"type":"Polygon","arcs":[[-160,549,-430,-171]],"id":"246","properties":{"name":"Finland"}},{"type":"Polygon","arcs":[[-442,-460,-455,550,-444]],"id":"703","properties":{"name":"Slovakia"}},{"type":"Polygon","arcs":[[-445,-551,-454,-470]],"id":"203","properties":{"name":"Czechia"}},{"type":"Polygon","arcs":[[-126,551,552,553]],"id":"232","properties":{"name":"Eritrea"}},{"type":"MultiPolygon","arcs":[[[554]],[[555]],[[556]]],"id":"392","properties":{"name":"Japan"}},{"type":"Polygon","arcs":[[-193,-97,-202]],"id":"600","properties":{"name":"Paraguay"}},{"type":"Polygon","arcs":[[-364,557,558]],"id":"887","properties":{"name":"Yemen"}},{"type":"Polygon","arcs":[[-346,-362,-356,559,-354,560,-352,-365,-559,561]],"id":"682","properties":{"name":"Saudi Arabia"}},{"type":"MultiPolygon","arcs":[[[562]],[[563]],[[564]],[[565]],[[566]],[[567]],[[568]],[[569]]],"id":"010","properties":{"name":"Antarctica"}},{"type":"Polygon","arcs":[[570,571]],"properties":{"name":"N. Cyprus"}},{"type":"Polygon","arcs":[[-572,572]],"id":"196","properties":{"name":"Cyprus"}},{"type":"Polygon","arcs":[[-341,-15,573]],"id":"504","properties":{"name":"Morocco"}},{"type":"Polygon","arcs":[[-124,574,575,-329,576]],"id":"818","properties":{"name":"Egypt"}},{"type":"Polygon","arcs":[[-123,-132,-283,-343,-340,577,-575]],"id":"434","properties":{"name":"Libya"}},{"type":"Polygon","arcs":[[-114,-119,578,-127,-554,579,580]],"id":"231","properties":{"name":"Ethiopia"}},{"type":"Polygon","arcs":[[-553,581,582,-580]],"id":"262","properties":{"name":"Djibouti"}},{"type":"Polygon","arcs":[[-115,-581,-583,583]],"properties":{"name":"Somaliland"}},{"type":"Polygon","arcs":[[-11,584,-110,585,-117]],"id":"800","properties":{"name":"Uganda"}},{"type":"Polygon","arcs":[[-10,-325,-111,-585]],"id":"646","properties":{"name":"Rwanda"}},{"type":"Polygon","arcs":[[-496,586,587]],"id":"070","properties":{"name":"Bosnia and Herz."}},{"type":"Polygon","arcs":[[-481,-487,-494,588,589]],"id":"807","properties":{"name":"Macedonia"}},{"type":"Polygon","arcs":[[-457,-464,-482,-590,590,591,-587,-495]],"id":"688","properties":{"name":"Serbia"}},{"type":"Polygon","arcs":[[-492,592,-497,-588,-592,593]],"id":"499","properties":{"name":"Montenegro"}},{"type":"Polygon","arcs":[[-493,-594,-591,-589]],"properties":{"name":"Kosovo"}},{"type":"Polygon","arcs":[[594]],"id":"780","properties":{"name":"Trinidad and Tobago"}},{"type":"Polygon","arcs":[[-109,-310,-128,-579,-118,-586]],"id":"728","properties":{"name":"S. Sudan"}}]},"land":{"type":"GeometryCollection","geometries":[{"type":"MultiPolygon","arcs":[[[0]],[[1]],[[3,320,184,255,323,104,322,311,313,315,289,284,273,290,293,297,305,307,302,304,263,336,258,272,13,573,341,338,577,575,329,332,423,487,535,153,435,164,436,461,477,489,484,490,592,497,548,525,240,507,505,506,242,501,503,474,528,476,446,142,464,466,468,158,549,430,172,161,387,391,389,522,385,371,372,543,374,380,401,394,404,422,360,354,559,352,560,347,365,349,362,557,561,346,576,124,551,581,583,115,119],[421,416,64,150,533]],[[17,48,186,229,227,223,219,216,213,209,230,232,234,236,200,191,93,100,203,246,207,211,214,217,220,224,228,189,50,15,58]],[[19]],[[20]],[[21]],[[22]],[[23]],[[24]],[[25]],[[26]],[[27]],[[28]],[[29]],[[30]],[[31]],[[32]],[[33]],[[34]],[[35]],[[36]],[[37]],[[38]],[[39]],[[40]],[[41]],[[42]],[[43]],[[44]],[[45]],[[46]],[[47]],[[51]],[[52]],[[53]],[[54]],[[55]],[[56]],[[57]],[[59]],[[70,75]],[[72]],[[73]],[[74]],[[77,177]],[[78]],[[546,79,544,547]],[[81]],[[82]],[[83]],[[84]],[[85]],[[86]],[[87]],[[88]],[[89]],[[90,98]],[[133,134]],[[135]],[[136]],[[137]],[[138]],[[139]],[[140]],[[144]],[[145]],[[162]],[[165]],[[166]],[[167]],[[168]],[[169]],[[173]],[[174]],[[175]],[[176]],[[245]],[[247]],[[248]],[[249]],[[334]],[[366]],[[367]],[[482]],[[508,530]],[[510]],[[511]],[[512]],[[513]],[[514]],[[515]],[[516]],[[517]],[[518]],[[519]],[[520]],[[521]],[[523]],[[526]],[[527]],[[529]],[[531]],[[532]],[[536]],[[537]],[[538]],[[539]],[[540]],[[541]],[[542]],[[554]],[[555]],[[556]],[[562]],[[563]],[[564]],[[565]],[[566]],[[567]],[[568]],[[569]],[[570,572]],[[594]]]}]}},"arcs":[[[99478,40237],[69,98],[96,-171],[-46,-308],[-172,-81],[-153,73],[-27,260],[107,203],[126,-74]],[[0,41087],[57,27],[-34,-284],[-23,-32],[99822,-145],[-177,-124],[-36,220],[139,121],[88,33],[163,184],[-99999,0]],[[59417,50018],[47,-65],[1007,-1203],[19,-343],[399,-590]],[[60889,47817],[-128,-728],[16,-335],[178,-216],[8,-153],[-76,-357],[16,-180],[-18,-282],[97,-370],[115,-583],[101,-129]],[[61198,44484],[-221,-342],[-303,-230],[-167,10],[-99,-177],[-193,-16],[-73,-74],[-334,166],[-209,-48]],[[59599,43773],[-77,804],[-95,275],[-55,164],[-273,110]],[[59099,45126],[-157,177],[-177,100],[-111,99],[-116,150]],[[58538,45652],[-150,745],[-161,330],[-55,343],[27,307],[-50,544]],[[58149,47921],[115,28],[101,214],[108,308],[69,124],[-3,192],[-60,134],[-16,233]],[[58463,49154],[80,74],[16,348],[-110,333]],[[58449,49909],[98,71],[304,-7],[566,45]],[[47592,66920],[1,-40],[-6,-114]],[[47587,66766],[-1,-895],[-911,31],[9,-1512],[-261,-53],[-68,-304],[53,-853],[-1088,4],[-60,-197]],[[45260,62987],[12,249]],[[45272,63236],[5,-1],[625,48],[33,213],[114,265],[92,816],[386,637],[131,745],[86,44],[91,460],[234,63],[100,-76],[126,0],[90,134],[172,19],[-7,317],[42,0]],[[15878,79530],[-38,1],[-537,581],[-199,255],[-503,244],[-155,523],[40,363],[-356,252],[-48,476],[-336,429],[-6,304]],[[13740,82958],[154,285],[-7,373],[-473,376],[-284,674],[-173,424],[-255,266],[-187,242],[-147,306],[-279,-192],[-270,-330],[-247,388],[-194,259],[-271,164],[-273,17],[1,3364],[2,2193]],[[10837,91767],[518,-142],[438,-285],[289,-54],[244,247],[336,184],[413,-72],[416,259],[455,148],[191,-245],[207,138],[62,278],[192,-63],[470,-530],[369,401],[38,-449],[341,97],[105,173],[337,-34],[424,-248],[650,-217],[383,-100],[272,38],[374,-300],[-390,-293],[502,-127],[750,70],[236,103],[296,-354],[302,299],[-283,251],[179,202],[338,27],[223,59],[224,-141],[279,-321],[310,47],[491,-266],[431,94],[405,-14],[-32,367],[247,103],[431,-200],[-2,-559],[177,471],[223,-16],[126,594],[-298,364],[-324,239],[22,653],[329,429],[366,-95],[281,-261],[378,-666],[-247,-290],[517,-120],[-1,-604],[371,463],[332,-380],[-83,-438],[269,-399],[290,427],[202,510],[16,649],[394,-46],[411,-87],[373,-293],[17,-293],[-207,-315],[196,-316],[-36,-288],[-544,-413],[-386,-91],[-287,178],[-83,-297],[-268,-498],[-81,-259],[-322,-399],[-397,-39],[-220,-250],[-18,-384],[-323,-74],[-340,-479],[-301,-665],[-108,-466],[-16,-686],[409,-99],[125,-553],[130,-448],[388,117],[517,-256],[277,-225],[199,-279],[348,-163],[294,-248],[459,-34],[302,-58],[-45,-511],[86,-594],[201,-661],[414,-561],[214,192],[150,607],[-145,934],[-196,311],[445,276],[314,415],[154,411],[-23,395],[-188,502],[-338,445],[328,619],[-121,535],[-93,922],[194,137],[476,-161],[286,-57],[230,155],[258,-200],[342,-343],[85,-229],[495,-45],[-8,-496],[92,-747],[254,-92],[201,-348],[402,328],[266,652],[184,274],[216,-527],[362,-754],[307,-709],[-112,-371],[370,-333],[250,-338],[442,-152],[179,-189],[110,-500],[216,-78],[112,-223],[20,-664],[-202,-222],[-199,-207],[-458,-210],[-349,-486],[-470,-96],[-594,125],[-417,4],[-287,-41],[-233,-424],[-354,-262],[-401,-782],[-320,-545],[236,97],[446,776],[583,493],[415,58],[246,-289],[-262,-397],[88,-637],[91,-446],[361,-295],[459,86],[278,664],[19,-429],[180,-214],[-344,-387],[-615,-351],[-276,-239],[-310,-426],[-211,44],[-11,500],[483,488],[-445,-19],[-309,-72]],[[31350,77248],[-181,334],[0,805],[-123,171],[-187,-100],[-92,155],[-212,-446],[-84,-460],[-99,-269],[-118,-91],[-89,-30],[-28,-146],[-512,0],[-422,-4],[-125,-109],[-294,-425],[-34,-46],[-89,-231],[-255,1],[-273,-3],[-125,-93],[44,-116],[25,-181],[-5,-60],[-363,-293],[-286,-93],[-323,-316],[-70,0],[-94,93],[-31,85],[6,61],[61,207],[131,325],[81,349],[-56,514],[-59,536],[-290,277],[35,105],[-41,73],[-76,0],[-56,93],[-14,140],[-54,-61],[-75,18],[17,59],[-65,58],[-27,155],[-216,189],[-224,197],[-272,229],[-261,214],[-248,-167],[-91,-6],[-342,154],[-225,-77],[-269,183],[-284,94],[-194,36],[-86,100],[-49,325],[-94,-3],[-1,-227],[-575,0],[-951,0],[-944,0],[-833,0],[-834,0],[-819,0],[-847,0],[-273,0],[-824,0],[-789,0]],[[26668,87478],[207,273],[381,-6],[-6,-114],[-325,-326],[-196,13],[-61,160]],[[27840,93593],[-306,313],[12,213],[133,39],[636,-63],[479,-325],[25,-163],[-296,17],[-299,13],[-304,-80],[-80,36]],[[27690,87261],[107,177],[114,-13],[70,-121],[-108,-310],[-123,50],[-73,176],[13,41]],[[23996,94879],[-151,-229],[-403,44],[-337,155],[148,266],[399,159],[243,-208],[101,-187]],[[23933,96380],[-126,-17],[-521,38],[-74,165],[559,-9],[195,-109],[-33,-68]],[[23124,97116],[332,-205],[-76,-214],[-411,-122],[-226,138],[-119,221],[-22,245],[360,-24],[162,-39]],[[25514,94532],[-449,73],[-738,190],[-96,325],[-34,293],[-279,258],[-574,72],[-322,183],[104,242],[573,-37],[308,-190],[547,1],[240,-194],[-64,-222],[319,-134],[177,-140],[374,-26],[406,-50],[441,128],[566,51],[451,-42],[298,-223],[62,-244],[-174,-157],[-414,-127],[-355,72],[-797,-91],[-570,-11]],[[19093,96754],[392,-92],[-93,-177],[-518,-170],[-411,191],[224,188],[406,60]],[[19177,97139],[361,-120],[-339,-115],[-461,1],[5,84],[285,177],[149,-27]],[[34555,80899],[-148,-372],[-184,-517],[181,199],[187,-126],[-98,-206],[247,-162],[128,144],[277,-182],[-86,-433],[194,101],[36,-313],[86,-367],[-117,-520],[-125,-22],[-183,111],[60,484],[-77,75],[-322,-513],[-166,21],[196,277],[-267,144],[-298,-35],[-539,18],[-43,175],[173,208],[-121,160],[234,356],[287,941],[172,336],[241,204],[129,-26],[-54,-160]],[[26699,89048],[304,-203],[318,-184],[25,-281],[204,46],[199,-196],[-247,-186],[-432,142],[-156,266],[-275,-314],[-396,-306],[-95,346],[-377,-57],[242,292],[35,465],[95,542],[201,-49],[51,-259],[143,91],[161,-155]],[[28119,93327],[263,235],[616,-299],[383,-282],[36,-258],[515,134],[290,-376],[670,-234],[242,-238],[263,-553],[-510,-275],[654,-386],[441,-130],[400,-543],[437,-39],[-87,-414],[-487,-687],[-342,253],[-437,568],[-359,-74],[-35,-338],[292,-344],[377,-272],[114,-157],[181,-584],[-96,-425],[-350,160],[-697,473],[393,-509],[289,-357],[45,-206],[-753,236],[-596,343],[-337,287],[97,167],[-414,304],[-405,286],[5,-171],[-803,-94],[-235,203],[183,435],[522,10],[571,76],[-92,211],[96,294],[360,576],[-77,261],[-107,203],[-425,286],[-563,201],[178,150],[-294,367],[-245,34],[-219,201],[-149,-175],[-503,-76],[-1011,132],[-588,174],[-450,89],[-231,207],[290,270],[-394,2],[-88,599],[213,528],[286,241],[717,158],[-204,-382],[219,-369],[256,477],[704,242],[477,-611],[-42,-387],[550,172]],[[23749,94380],[579,-20],[530,-144],[-415,-526],[-331,-115],[-298,-442],[-317,22],[-173,519],[4,294],[145,251],[276,161]],[[15873,95551],[472,442],[570,383],[426,-9],[381,87],[-38,-454],[-214,-205],[-259,-29],[-517,-252],[-444,-91],[-377,128]],[[13136,82508],[267,47],[-84,-671],[242,-475],[-111,1],[-167,270],[-103,272],[-140,184],[-51,260],[16,188],[131,-76]],[[20696,97433],[546,-81],[751,-215],[212,-281],[108,-247],[-453,66],[-457,192],[-619,21],[268,176],[-335,142],[-21,227]],[[15692,79240],[-140,-82],[-456,269],[-84,209],[-248,207],[-50,168],[-286,107],[-107,321],[24,137],[291,-129],[171,-89],[261,-63],[94,-204],[138,-280],[277,-244],[115,-327]],[[16239,94566],[397,-123],[709,-33],[270,-171],[298,-249],[-349,-149],[-681,-415],[-344,-414],[0,-257],[-731,-285],[-147,259],[-641,312],[119,250],[192,432],[241,388],[-272,362],[939,93]],[[20050,95391],[247,99],[291,-26],[49,-289],[-169,-281],[-940,-91],[-701,-256],[-423,-14],[-35,193],[577,261],[-1255,-70],[-389,106],[379,577],[262,165],[782,-199],[493,-350],[485,-45],[-397,565],[255,215],[286,-68],[94,-282],[109,-210]],[[20410,93755],[311,-239],[175,-575],[86,-417],[466,-293],[502,-279],[-31,-260],[-456,-48],[178,-227],[-94,-217],[-503,93],[-478,160],[-322,-36],[-522,-201],[-704,-88],[-494,-56],[-151,279],[-379,161],[-246,-66],[-343,468],[185,62],[429,101],[392,-26],[362,103],[-537,138],[-594,-47],[-394,12],[-146,217],[644,237],[-428,-9],[-485,156],[233,443],[193,235],[744,359],[284,-114],[-139,-277],[618,179],[386,-298],[314,302],[254,-194],[227,-580],[140,244],[-197,606],[244,86],[276,-94]],[[22100,93536],[-306,386],[329,286],[331,-124],[496,75],[72,-172],[-259,-283],[420,-254],[-50,-532],[-455,-229],[-268,50],[-192,225],[-690,456],[5,189],[567,-73]],[[20389,94064],[372,24],[211,-130],[-244,-390],[-434,413],[95,83]],[[22639,95907],[212,-273],[9,-303],[-127,-440],[-458,-60],[-298,94],[5,345],[-455,-46],[-18,457],[299,-18],[419,201],[390,-34],[22,77]],[[23329,98201],[192,180],[285,42],[-122,135],[646,30],[355,-315],[468,-127],[455,-112],[220,-390],[334,-190],[-381,-176],[-513,-445],[-492,-42],[-575,76],[-299,240],[4,215],[220,157],[-508,-4],[-306,196],[-176,268],[193,262]],[[24559,98965],[413,112],[324,19],[545,96],[409,220],[344,-30],[300,-166],[211,319],[367,95],[498,65],[849,24],[148,-63],[802,100],[601,-38],[602,-37],[742,-47],[597,-75],[508,-161],[-12,-157],[-678,-257],[-672,-119],[-251,-133],[605,3],[-656,-358],[-452,-167],[-476,-483],[-573,-98],[-177,-120],[-841,-64],[383,-74],[-192,-105],[230,-292],[-264,-202],[-429,-167],[-132,-232],[-388,-176],[39,-134],[475,23],[6,-144],[-742,-355],[-726,163],[-816,-91],[-414,71],[-525,31],[-35,284],[514,133],[-137,427],[170,41],[742,-255],[-379,379],[-450,113],[225,229],[492,141],[79,206],[-392,231],[-118,304],[759,-26],[220,-64],[433,216],[-625,68],[-972,-38],[-491,201],[-232,239],[-324,173],[-61,202]],[[29106,90427],[-180,-174],[-312,-30],[-69,289],[118,331],[255,82],[217,-163],[3,-253],[-32,-82]],[[23262,91636],[169,-226],[-173,-207],[-374,179],[-226,-65],[-380,266],[245,183],[194,256],[295,-168],[166,-106],[84,-112]],[[32078,80046],[96,49],[365,-148],[284,-247],[8,-108],[-135,-11],[-360,186],[-258,279]],[[32218,78370],[97,-288],[202,-79],[257,16],[-137,-242],[-102,-38],[-353,250],[-69,198],[105,183]],[[31350,77248],[48,-194],[-296,-286],[-286,-204],[-293,-175],[-147,-351],[-47,-133],[-3,-313],[92,-313],[115,-15],[-29,216],[83,-131],[-22,-169],[-188,-96],[-133,11],[-205,-103],[-121,-29],[-162,-29],[-231,-171],[408,111],[82,-112],[-389,-177],[-177,-1],[8,72],[-84,-164],[82,-27],[-60,-424],[-203,-455],[-20,152],[-61,30],[-91,148],[57,-318],[69,-105],[5,-223],[-89,-230],[-157,-472],[-25,24],[86,402],[-142,225],[-33,491],[-53,-255],[59,-375],[-183,93],[191,-191],[12,-562],[79,-41],[29,-204],[39,-591],[-176,-439],[-288,-175],[-182,-346],[-139,-38],[-141,-217],[-39,-199],[-305,-383],[-157,-281],[-131,-351],[-43,-419],[50,-411],[92,-505],[124,-418],[1,-256],[132,-685],[-9,-398],[-12,-230],[-69,-361],[-83,-75],[-137,72],[-44,259],[-105,136],[-148,508],[-129,452],[-42,231],[57,393],[-77,325],[-217,494],[-108,90],[-281,-268],[-49,30],[-135,275],[-174,147],[-314,-75],[-247,66],[-212,-41],[-114,-92],[50,-157],[-5,-240],[59,-117],[-53,-77],[-103,87],[-104,-112],[-202,18],[-207,312],[-242,-73],[-202,137],[-173,-42],[-234,-138],[-253,-438],[-276,-255],[-152,-282],[-63,-266],[-3,-407],[14,-284],[52,-201]],[[23016,65864],[-108,-18],[-197,130],[-217,184],[-78,277],[-61,414],[-164,337],[-96,346],[-139,404],[-196,236],[-227,-11],[-175,-467],[-230,177],[-144,178],[-69,325],[-92,309],[-165,260],[-142,186],[-102,210],[-481,0],[0,-244],[-221,0],[-552,-4],[-634,416],[-419,287],[26,116],[-353,-64],[-316,-46]],[[17464,69802],[-46,302],[-180,340],[-130,71],[-30,169],[-156,30],[-100,159],[-258,59],[-71,95],[-33,324],[-270,594],[-231,821],[10,137],[-123,195],[-215,495],[-38,482],[-148,323],[61,489],[-10,507],[-89,453],[109,557],[34,536],[33,536],[-50,792],[-88,506],[-80,274],[33,115],[402,-200],[148,-558],[69,156],[-45,484],[-94,485]],[[6833,62443],[49,-51],[45,-79],[71,-207],[-7,-33],[-108,-126],[-89,-92],[-41,-99],[-69,84],[8,165],[-46,216],[14,65],[48,97],[-19,116],[16,55],[21,-11],[107,-100]],[[6668,62848],[-23,-71],[-94,-43],[-47,125],[-32,48],[-3,37],[27,50],[99,-56],[73,-90]],[[6456,63091],[-9,-63],[-149,17],[21,72],[137,-26]],[[6104,63411],[23,-38],[80,-196],[-15,-34],[-19,8],[-97,21],[-35,133],[-11,24],[74,82]],[[5732,63705],[5,-138],[-33,-58],[-93,107],[14,43],[43,58],[64,-12]],[[3759,86256],[220,-54],[27,-226],[-171,-92],[-182,110],[-168,161],[274,101]],[[7436,84829],[185,-40],[117,-183],[-240,-281],[-277,-225],[-142,152],[-43,277],[252,210],[148,90]],[[13740,82958],[-153,223],[-245,188],[-78,515],[-358,478],[-150,558],[-267,38],[-441,15],[-326,170],[-574,613],[-266,112],[-486,211],[-385,-51],[-546,272],[-330,252],[-309,-125],[58,-411],[-154,-38],[-321,-123],[-245,-199],[-308,-126],[-39,348],[125,580],[295,182],[-76,148],[-354,-329],[-190,-394],[-400,-420],[203,-287],[-262,-424],[-299,-248],[-278,-180],[-69,-261],[-434,-305],[-87,-278],[-325,-252],[-191,45],[-259,-165],[-282,-201],[-231,-197],[-477,-169],[-43,99],[304,276],[271,182],[296,324],[345,66],[137,243],[385,353],[62,119],[205,208],[48,448],[141,349],[-320,-179],[-90,102],[-150,-215],[-181,300],[-75,-212],[-104,294],[-278,-236],[-170,0],[-24,352],[50,216],[-179,211],[-361,-113],[-235,277],[-190,142],[-1,334],[-214,252],[108,340],[226,330],[99,303],[225,43],[191,-94],[224,285],[201,-51],[212,183],[-52,270],[-155,106],[205,228],[-170,-7],[-295,-128],[-85,-131],[-219,131],[-392,-67],[-407,142],[-117,238],[-351,343],[390,247],[620,289],[228,0],[-38,-296],[586,23],[-225,366],[-342,225],[-197,296],[-267,252],[-381,187],[155,309],[493,19],[350,270],[66,287],[284,281],[271,68],[526,262],[256,-40],[427,315],[421,-124],[201,-266],[123,114],[469,-35],[-16,-136],[425,-101],[283,59],[585,-186],[534,-56],[214,-77],[370,96],[421,-177],[302,-83]],[[2297,88264],[171,-113],[173,61],[225,-156],[276,-79],[-23,-64],[-211,-125],[-211,128],[-106,107],[-245,-34],[-66,52],[17,223]],[[74266,79657],[-212,-393],[-230,-56],[-13,-592],[-155,-267],[-551,194],[-200,-1058],[-143,-131],[-550,-236],[250,-1026],[-190,-154],[22,-337]],[[72294,75601],[-171,87],[-140,212],[-412,62],[-461,16],[-100,-65],[-396,248],[-158,-122],[-43,-349],[-457,204],[-183,-84],[-62,-259]],[[69711,75551],[-159,-109],[-367,-412],[-121,-422],[-104,-4],[-76,280],[-353,19],[-57,484],[-135,4],[21,593],[-333,431],[-476,-46],[-326,-86],[-265,533],[-227,223],[-431,423],[-52,51],[-715,-349],[11,-2178]],[[65546,74986],[-142,-29],[-195,463],[-188,166],[-315,-123],[-123,-197]],[[64583,75266],[-15,144],[68,246],[-53,206],[-322,202],[-125,530],[-154,150],[-9,192],[270,-56],[11,432],[236,96],[243,-88],[50,576],[-50,365],[-278,-28],[-236,144],[-321,-260],[-259,-124]],[[63639,77993],[-142,96],[29,304],[-177,395],[-207,-17],[-235,401],[160,448],[-81,120],[222,649],[285,-342],[35,431],[573,643],[434,15],[612,-409],[329,-239],[295,249],[440,12],[356,-306],[80,175],[391,-25],[69,280],[-450,406],[267,288],[-52,161],[266,153],[-200,405],[127,202],[1039,205],[136,146],[695,218],[250,245],[499,-127],[88,-612],[290,144],[356,-202],[-23,-322],[267,33],[696,558],[-102,-185],[355,-457],[620,-1500],[148,309],[383,-340],[399,151],[154,-106],[133,-341],[194,-115],[119,-251],[358,79],[147,-361]],[[69711,75551],[83,-58],[-234,-382],[205,-223],[198,147],[329,-311],[-355,-425],[-212,58]],[[69725,74357],[-114,-15],[-40,164],[58,274],[-371,-137],[-89,-380],[-132,-326],[-232,28],[-72,-261],[204,-140],[60,-440],[-156,-598]],[[68841,72526],[-210,124],[-154,4]],[[68477,72654],[7,362],[-369,253],[-291,289],[-181,278],[-317,408],[-137,609],[-93,108],[-301,-27],[-106,121],[-30,471],[-374,312],[-234,-343],[-237,-204],[45,-297],[-313,-8]],[[89166,49043],[482,-407],[513,-338],[192,-302],[154,-297],[43,-349],[462,-365],[68,-313],[-256,-64],[62,-393],[248,-388],[180,-627],[159,20],[-11,-262],[215,-100],[-84,-111],[295,-249],[-30,-171],[-184,-41],[-69,153],[-238,66],[-281,89],[-216,377],[-158,325],[-144,517],[-362,259],[-235,-169],[-170,-195],[35,-436],[-218,-203],[-155,99],[-288,25]],[[89175,45193],[-4,1925],[-5,1925]],[[92399,48417],[106,-189],[33,-307],[-87,-157],[-52,348],[-65,229],[-126,193],[-158,252],[-200,174],[77,143],[150,-166],[94,-130],[117,-142],[111,-248]],[[92027,47129],[-152,-144],[-142,-138],[-148,1],[-228,171],[-158,165],[23,183],[249,-86],[152,46],[42,283],[40,15],[27,-314],[158,45],[78,202],[155,211],[-30,348],[166,11],[56,-97],[-5,-327],[-93,-361],[-146,-48],[-44,-166]],[[92988,47425],[84,-134],[135,-375],[131,-200],[-39,-166],[-78,-59],[-120,227],[-122,375],[-59,450],[38,57],[30,-175]],[[89175,45193],[-247,485],[-282,118],[-69,-168],[-352,-18],[118,481],[175,164],[-72,642],[-134,496],[-538,500],[-229,50],[-417,546],[-82,-287],[-107,-52],[-63,216],[-1,257],[-212,290],[299,213],[198,-11],[-23,156],[-407,1],[-110,352],[-248,109],[-117,293],[374,143],[142,192],[446,-242],[44,-220],[78,-955],[287,-354],[232,627],[319,356],[247,1],[238,-206],[206,-212],[298,-113]],[[84713,45326],[28,-117],[5,-179]],[[84746,45030],[-181,-441],[-238,-130],[-33,71],[25,201],[119,360],[275,235]],[[87280,46506],[-27,445],[49,212],[58,200],[63,-173],[0,-282],[-143,-402]],[[82744,53024],[-158,-533],[204,-560],[-48,-272],[312,-546],[-329,-70],[-93,-403],[12,-535],[-267,-404],[-7,-589],[-107,-903],[-41,210],[-316,-266],[-110,361],[-198,34],[-139,189],[-330,-212],[-101,285],[-182,-32],[-229,68],[-43,793],[-138,164],[-134,505],[-38,517],[32,548],[165,392]],[[80461,51765],[47,-395],[190,-334],[179,121],[177,-43],[162,299],[133,52],[263,-166],[226,126],[143,822],[107,205],[96,672],[319,0],[241,-100]],[[85936,48924],[305,-172],[101,-452],[-234,244],[-232,49],[-157,-39],[-192,21],[65,325],[344,24]],[[85242,48340],[-192,108],[-54,254],[281,29],[69,-195],[-104,-196]],[[85536,51864],[20,-322],[164,-52],[26,-241],[-15,-517],[-143,58],[-42,-359],[114,-312],[-78,-71],[-112,374],[-82,755],[56,472],[92,215]],[[84146,51097],[319,25],[275,429],[48,-132],[-223,-587],[-209,-113],[-267,115],[-463,-29],[-243,-85],[-39,-447],[248,-526],[150,268],[518,201],[-22,-272],[-121,86],[-121,-347],[-245,-229],[263,-757],[-50,-203],[249,-682],[-2,-388],[-148,-173],[-109,207],[134,484],[-273,-229],[-69,164],[36,228],[-200,346],[21,576],[-186,-179],[24,-689],[11,-846],[-176,-85],[-119,173],[79,544],[-43,570],[-117,4],[-86,405],[115,387],[40,469],[139,891],[58,243],[237,439],[217,-174],[350,-82]],[[83414,44519],[-368,414],[259,116],[146,-180],[97,-180],[-17,-159],[-117,-11]],[[83705,45536],[185,45],[249,216],[-41,-328],[-417,-168],[-370,73],[0,216],[220,123],[174,-177]],[[82849,45639],[172,48],[69,-251],[-321,-119],[-193,-79],[-149,5],[95,340],[153,5],[74,209],[100,-158]],[[80134,46785],[38,-210],[533,-59],[61,244],[515,-284],[101,-383],[417,-108],[341,-351],[-317,-225],[-306,238],[-251,-16],[-288,44],[-260,106],[-322,225],[-204,59],[-116,-74],[-506,243],[-48,254],[-255,44],[191,564],[337,-35],[224,-231],[115,-45]],[[78991,49939],[47,-412],[97,-330],[204,-52],[135,-374],[-70,-735],[-11,-914],[-308,-12],[-234,494],[-356,482],[-119,358],[-210,481],[-138,443],[-212,827],[-244,493],[-81,508],[-103,461],[-250,372],[-145,506],[-209,330],[-290,652],[-24,300],[178,-24],[430,-114],[246,-577],[215,-401],[153,-246],[263,-635],[283,-9],[233,-405],[161,-495],[211,-270],[-111,-482],[159,-205],[100,-15]],[[30935,19481],[106,-274],[139,-443],[361,-355],[389,-147],[-125,-296],[-264,-29],[-141,208]],[[31400,18145],[-168,16],[-297,1],[0,1319]],[[33993,32727],[-70,-473],[-74,-607],[3,-588],[-61,-132],[-21,-382]],[[33770,30545],[-19,-308],[353,-506],[-38,-408],[173,-257],[-14,-289],[-267,-757],[-412,-317],[-557,-123],[-305,59],[59,-352],[-57,-442],[51,-298],[-167,-208],[-284,-82],[-267,216],[-108,-155],[39,-587],[188,-178],[152,186],[82,-307],[-255,-183],[-223,-367],[-41,-595],[-66,-316],[-262,-2],[-218,-302],[-80,-443],[273,-433],[266,-119],[-96,-531],[-328,-333],[-180,-692],[-254,-234],[-113,-276],[89,-614],[185,-342],[-117,30]],[[30952,19680],[-257,93],[-672,79],[-115,344],[6,443],[-185,-38],[-98,214],[-24,626],[213,260],[88,375],[-33,299],[148,504],[101,782],[-30,347],[122,112],[-30,223],[-129,118],[92,248],[-126,224],[-65,682],[112,120],[-47,720],[65,605],[75,527],[166,215],[-84,576],[-1,543],[210,386],[-7,494],[159,576],[1,544],[-72,108],[-128,1020],[171,607],[-27,572],[100,537],[182,555],[196,367],[-83,232],[58,190],[-9,985],[302,291],[96,614],[-34,148]],[[31359,37147],[231,534],[364,-144],[163,-427],[109,475],[316,-24],[45,-127]],[[32587,37434],[511,-964],[227,-89],[339,-437],[286,-231],[40,-261],[-273,-898],[280,-160],[312,-91],[220,95],[252,453],[45,521]],[[34826,35372],[138,114],[139,-341],[-6,-472],[-234,-326],[-186,-241],[-314,-573],[-370,-806]],[[31400,18145],[-92,-239],[-238,-183],[-137,19],[-164,48],[-202,177],[-291,86],[-350,330],[-283,317],[-383,662],[229,-124],[390,-395],[369,-212],[143,271],[90,405],[256,244],[198,-70]],[[30669,40193],[136,-402],[37,-426],[146,-250],[-88,-572],[150,-663],[109,-814],[200,81]],[[30952,19680],[-247,4],[-134,-145],[-250,-213],[-45,-552],[-118,-14],[-313,192],[-318,412],[-346,338],[-87,374],[79,346],[-140,393],[-36,1007],[119,568],[293,457],[-422,172],[265,522],[94,982],[309,-208],[145,1224],[-186,157],[-87,-738],[-175,83],[87,845],[95,1095],[127,404],[-80,576],[-22,666],[117,19],[170,954],[192,945],[118,881],[-64,885],[83,487],[-34,730],[163,721],[50,1143],[89,1227],[87,1321],[-20,967],[-58,832]],[[30452,39739],[143,151],[74,303]],[[58538,45652],[-109,60],[-373,-99],[-75,-71],[-79,-377],[62,-261],[-49,-699],[-34,-593],[75,-105],[194,-230],[76,107],[23,-637],[-212,5],[-114,325],[-103,252],[-213,82],[-62,310],[-170,-187],[-222,83],[-93,268],[-176,55],[-131,-15],[-15,184],[-96,15]],[[56642,44124],[-127,35],[-172,-89],[-121,15],[-68,-54],[15,703],[-93,219],[-21,363],[41,356],[-56,228],[-5,372],[-337,-5],[24,213],[-142,-2],[-15,-103],[-172,-23],[-69,-344],[-42,-148],[-154,83],[-91,-83],[-184,-47],[-106,309],[-64,191],[-80,354],[-68,440],[-820,8],[-98,-71],[-80,11],[-115,-79]],[[53422,46976],[-39,183]],[[53383,47159],[71,62],[9,258],[45,152],[101,124]],[[53609,47755],[73,-60],[95,226],[152,-6],[17,-167],[104,-105],[164,370],[161,289],[71,189],[-10,486],[121,574],[127,304],[183,285],[32,189],[7,216],[45,205],[-14,335],[34,524],[55,368],[83,316],[16,357]],[[55125,52650],[25,412],[108,300],[149,190],[229,-200],[177,-218],[203,-59],[207,-115],[83,357],[38,46],[127,-60],[309,295],[110,-125],[90,18],[41,143],[104,51],[209,-62],[178,-14],[91,63]],[[57603,53672],[169,-488],[124,-71],[75,99],[128,-39],[155,125],[66,-252],[244,-393]],[[58564,52653],[-16,-691],[111,-80],[-89,-210],[-107,-157],[-106,-308],[-59,-274],[-15,-475],[-65,-225],[-2,-446]],[[58216,49787],[-80,-165],[-10,-351],[-38,-46],[-26,-323]],[[58062,48902],[70,-268],[17,-713]],[[61551,49585],[-165,488],[-3,2152],[243,670]],[[61626,52895],[76,186],[178,11],[247,417],[362,26],[785,1773]],[[63274,55308],[194,493],[125,363],[0,308],[0,596],[1,244],[2,9]],[[63596,57321],[89,12],[128,88],[147,59],[132,202],[105,2],[6,-163],[-25,-344],[1,-310],[-59,-214],[-78,-639],[-134,-659],[-172,-755],[-238,-866],[-237,-661],[-327,-806],[-278,-479],[-415,-586],[-259,-450],[-304,-715],[-64,-312],[-63,-140]],[[59417,50018],[-3,627],[80,239],[137,391],[101,431],[-123,678],[-32,296],[-132,411]],[[59445,53091],[171,352],[188,390]],[[59804,53833],[145,-99],[0,-332],[95,-194],[193,0],[352,-502],[87,-6],[65,16],[62,-68],[185,-47],[82,247],[254,247],[112,-200],[190,0]],[[61551,49585],[-195,-236],[-68,-246],[-104,-44],[-40,-416],[-89,-238],[-54,-393],[-112,-195]],[[56824,55442],[-212,258],[-96,170],[-18,184],[45,246],[-1,241],[-160,369],[-31,253]],[[56351,57163],[3,143],[-102,174],[-3,343],[-58,228],[-98,-34],[28,217],[72,246],[-32,245],[92,181],[-58,138],[73,365],[127,435],[240,-41],[-14,2345]],[[56621,62148],[3,248],[320,2],[0,1180]],[[56944,63578],[1117,0],[1077,0],[1102,0]],[[60240,63578],[90,-580],[-61,-107],[40,-608],[102,-706],[106,-145],[152,-219]],[[60669,61213],[-141,-337],[-204,-97],[-88,-181],[-27,-393],[-120,-868],[30,-236]],[[60119,59101],[-45,-508],[-112,-582],[-168,-293],[-119,-451],[-28,-241],[-132,-166],[-82,-618],[4,-531]],[[59437,55711],[-3,460],[-39,12],[5,294],[-33,203],[-143,233],[-34,426],[34,436],[-129,41],[-19,-132],[-167,-30],[67,-173],[23,-355],[-152,-324],[-138,-426],[-144,-61],[-233,345],[-105,-122],[-29,-172],[-143,-112],[-9,-122],[-277,0],[-38,122],[-200,20],[-100,-101],[-77,51],[-143,344],[-48,163],[-200,-81],[-76,-274],[-72,-528],[-95,-111],[-85,-65],[189,-230]],[[56351,57163],[-176,-101],[-141,-239],[-201,-645],[-261,-273],[-269,36],[-78,-54],[28,-208],[-145,-207],[-118,-230],[-350,-226],[-69,134],[-46,11],[-52,-152],[-229,-44]],[[54244,54965],[43,160],[-87,407],[-39,245],[-121,100],[-164,345],[60,279],[127,-60],[78,42],[155,-6],[-151,537],[10,393],[-18,392],[-111,378]],[[54026,58177],[28,279],[-178,13],[0,380],[-115,219],[120,778],[354,557],[15,769],[107,1199],[60,254],[-116,203],[-4,188],[-104,153],[-68,919]],[[54125,64088],[280,323],[1108,-1132],[1108,-1131]],[[30080,62227],[24,-321],[-21,-228],[-68,-99],[71,-177],[-5,-161]],[[30081,61241],[-185,100],[-131,-41],[-169,43],[-130,-110],[-149,184],[24,190],[256,-82],[210,-47],[100,131],[-127,256],[2,226],[-175,92],[62,163],[170,-26],[241,-93]],[[30080,62227],[34,101],[217,-3],[165,-152],[73,15],[50,-209],[152,11],[-9,-176],[124,-21],[136,-217],[-103,-240],[-132,128],[-127,-25],[-92,28],[-50,-107],[-106,-37],[-43,144],[-92,-85],[-111,-405],[-71,94],[-14,170]],[[76049,98451],[600,133],[540,-297],[640,-572],[-69,-531],[-606,-73],[-773,170],[-462,226],[-213,423],[-379,117],[722,404]],[[78565,97421],[704,-336],[-82,-240],[-1566,-228],[507,776],[229,66],[208,-38]],[[88563,95563],[734,-26],[1004,-313],[-219,-439],[-1023,16],[-461,-139],[-550,384],[149,406],[366,111]],[[91172,95096],[697,-155],[-321,-234],[-444,53],[-516,233],[66,192],[518,-89]],[[88850,93928],[263,234],[348,54],[394,-226],[34,-155],[-421,-4],[-569,66],[-49,31]],[[62457,98194],[542,107],[422,8],[57,-160],[159,142],[262,97],[412,-129],[-107,-90],[-373,-78],[-250,-45],[-39,-97],[-324,-98],[-301,140],[158,185],[-618,18]],[[56314,82678],[-511,-9],[-342,67]],[[55461,82736],[63,260],[383,191]],[[55907,83187],[291,-103],[123,-94],[-30,-162],[23,-150]],[[64863,94153],[665,518],[-75,268],[621,312],[917,380],[925,110],[475,220],[541,76],[193,-233],[-187,-184],[-984,-293],[-848,-282],[-863,-562],[-414,-577],[-435,-568],[56,-491],[531,-484],[-164,-52],[-907,77],[-74,262],[-503,158],[-40,320],[284,126],[-10,323],[551,503],[-255,73]],[[89698,82309],[96,-569],[-7,-581],[114,-597],[280,-1046],[-411,195],[-171,-854],[271,-605],[-8,-413],[-211,356],[-182,-457],[-51,496],[31,575],[-32,638],[64,446],[13,790],[-163,581],[24,808],[257,271],[-110,274],[123,83],[73,-391]],[[86327,75524],[-39,104]],[[86288,75628],[-2,300],[142,16],[40,698],[-73,506],[238,208],[338,-104],[186,575],[96,647],[107,216],[146,532],[-459,-175],[-240,-233],[-423,1],[-112,555],[-329,420],[-483,189],[-103,579],[-97,363],[-104,254],[-172,596],[-244,217],[-415,176],[-369,-16],[-345,-106],[-229,-294],[152,-141],[4,-326],[-155,-189],[-251,-627],[3,-260],[-392,-373],[-333,223]],[[82410,80055],[-331,-49],[-146,198],[-166,63],[-407,-416],[-366,-98],[-255,-146],[-350,96],[-258,-6],[-168,302],[-272,284],[-279,78],[-351,-78],[-263,-109],[-394,248],[-53,443],[-327,152],[-252,69],[-311,244],[-288,-612],[113,-348],[-270,-411],[-402,148],[-277,22],[-186,276],[-289,8],[-242,182],[-423,-278],[-530,-509],[-292,-102]],[[74375,79706],[-109,-49]],[[63639,77993],[-127,-350],[-269,-97],[-276,-610],[252,-561],[-27,-398],[303,-696]],[[63495,75281],[-166,-238],[-48,-150],[-122,40],[-191,359],[-78,20]],[[62890,75312],[-175,137],[-85,242],[-259,124],[-169,-93],[-48,110],[-378,283],[-409,96],[-235,101],[-34,-70]],[[61098,76242],[-354,499],[-317,223],[-240,347],[202,95],[231,494],[-156,234],[410,241],[-8,129],[-249,-95]],[[60617,78409],[9,262],[143,165],[269,43],[44,197],[-62,326],[113,310],[-3,173],[-410,192],[-162,-6],[-172,277],[-213,-94],[-352,208],[6,116],[-99,256],[-222,29],[-23,183],[70,120],[-178,334],[-288,-57],[-84,30],[-70,-134],[-104,23]],[[58829,81362],[-68,379],[-66,196],[54,55],[224,-20],[108,129],[-80,157],[-187,104],[16,107],[-113,108],[-174,387],[60,159],[-27,277],[-272,141],[-146,-70],[-39,146],[-293,149]],[[57826,83766],[-89,348],[-24,287],[-134,136]],[[57579,84537],[120,187],[-83,551],[198,341],[-42,103]],[[57772,85719],[316,327],[-291,280]],[[57797,86326],[594,755],[258,341],[105,301],[-411,405],[113,385],[-250,440],[187,506],[-323,673],[256,445],[-425,394],[41,414]],[[57942,91385],[224,54],[473,237]],[[58639,91676],[286,206],[456,-358],[761,-140],[1050,-668],[213,-281],[18,-393],[-308,-311],[-454,-157],[-1240,449],[-204,-75],[453,-433],[18,-274],[18,-604],[358,-180],[217,-153],[36,286],[-168,254],[177,224],[672,-368],[233,144],[-186,433],[647,578],[256,-34],[260,-206],[161,406],[-231,352],[136,353],[-204,367],[777,-190],[158,-331],[-351,-73],[1,-328],[219,-203],[429,128],[68,377],[580,282],[970,507],[209,-29],[-273,-359],[344,-61],[199,202],[521,16],[412,245],[317,-356],[315,391],[-291,343],[145,195],[820,-179],[385,-185],[1006,-675],[186,309],[-282,313],[-8,125],[-335,58],[92,280],[-149,461],[-8,189],[512,535],[183,537],[206,116],[736,-156],[57,-328],[-263,-479],[173,-189],[89,-413],[-63,-809],[307,-362],[-120,-395],[-544,-839],[318,-87],[110,213],[306,151],[74,293],[240,281],[-162,336],[130,390],[-304,49],[-67,328],[222,593],[-361,482],[497,398],[-64,421],[139,13],[145,-328],[-109,-570],[297,-108],[-127,426],[465,233],[577,31],[513,-337],[-247,492],[-28,630],[483,119],[669,-26],[602,77],[-226,309],[321,388],[319,16],[540,293],[734,79],[93,162],[729,55],[227,-133],[624,314],[510,-10],[77,255],[265,252],[656,242],[476,-191],[-378,-146],[629,-90],[75,-292],[254,143],[812,-7],[626,-289],[223,-221],[-69,-307],[-307,-175],[-730,-328],[-209,-175],[345,-83],[410,-149],[251,112],[141,-379],[122,153],[444,93],[892,-97],[67,-276],[1162,-88],[15,451],[590,-104],[443,4],[449,-312],[128,-378],[-165,-247],[349,-465],[437,-240],[268,620],[446,-266],[473,159],[538,-182],[204,166],[455,-83],[-201,549],[367,256],[2509,-384],[236,-351],[727,-451],[1122,112],[553,-98],[231,-244],[-33,-432],[342,-168],[372,121],[492,15],[525,-116],[526,66],[484,-526],[344,189],[-224,378],[123,262],[886,-165],[578,36],[799,-282],[-99610,-258],[681,-451],[728,-588],[-24,-367],[187,-147],[-64,429],[754,-88],[544,-553],[-276,-257],[-455,-61],[-7,-578],[-111,-122],[-260,17],[-212,206],[-369,172],[-62,257],[-283,96],[-315,-76],[-151,207],[60,219],[-333,-140],[126,-278],[-158,-251],[99997,-3],[-357,-260],[-360,44],[250,-315],[166,-487],[128,-159],[32,-244],[-71,-157],[-518,129],[-777,-445],[-247,-69],[-425,-415],[-403,-362],[-102,-269],[-397,409],[-724,-464],[-126,219],[-268,-253],[-371,81],[-90,-388],[-333,-572],[10,-239],[316,-132],[-37,-860],[-258,-22],[-119,-494],[116,-255],[-486,-302],[-96,-674],[-415,-144],[-83,-600],[-400,-551],[-103,407],[-119,862],[-155,1313],[134,819],[234,353],[14,276],[432,132],[496,744],[479,608],[499,471],[223,833],[-337,-50],[-167,-487],[-705,-649],[-227,727],[-717,-201],[-696,-990],[230,-362],[-620,-154],[-430,-61],[20,427],[-431,90],[-344,-291],[-850,102],[-914,-175],[-899,-1153],[-1065,-1394],[438,-74],[136,-370],[270,-132],[178,295],[305,-38],[401,-650],[9,-503],[-217,-590],[-23,-705],[-126,-945],[-418,-855],[-94,-409],[-377,-688],[-374,-682],[-179,-349],[-370,-346],[-175,-8],[-175,287],[-373,-432],[-43,-197]],[[0,92833],[36,24],[235,-1],[402,-169],[-24,-81],[-286,-141],[-363,-36],[99694,-30],[-49,187],[-99645,247]],[[59287,77741],[73,146],[198,-127],[89,-23],[36,-117],[42,-18]],[[59725,77602],[2,-51],[136,-142],[284,35],[-55,-210],[-304,-103],[-377,-342],[-154,121],[61,277],[-304,173],[50,113],[265,197],[-42,71]],[[28061,66408],[130,47],[184,-18],[8,-153],[-303,-95],[-19,219]],[[28391,66555],[220,-265],[-48,-420],[-51,75],[4,309],[-124,234],[-1,67]],[[28280,65474],[84,-23],[97,-491],[1,-343],[-68,-29],[-70,340],[-104,171],[60,375]],[[33000,19946],[333,354],[236,-148],[167,237],[222,-266],[-83,-207],[-375,-177],[-125,207],[-236,-266],[-139,266]],[[54206,97653],[105,202],[408,20],[350,-206],[915,-440],[-699,-233],[-155,-435],[-243,-111],[-132,-490],[-335,-23],[-598,361],[252,210],[-416,170],[-541,499],[-216,463],[757,212],[152,-207],[396,8]],[[57942,91385],[117,414],[-356,235],[-431,-200],[-137,-433],[-265,-262],[-298,143],[-362,-29],[-309,312],[-167,-156]],[[55734,91409],[-172,-24],[-41,-389],[-523,95],[-74,-329],[-267,2],[-183,-421],[-278,-655],[-431,-831],[101,-202],[-97,-234],[-275,10],[-180,-554],[17,-784],[177,-300],[-92,-694],[-231,-405],[-122,-341]],[[53063,85353],[-187,363],[-548,-684],[-371,-138],[-384,301],[-99,635],[-88,1363],[256,381],[733,496],[549,609],[508,824],[668,1141],[465,444],[763,741],[610,259],[457,-31],[423,489],[506,-26],[499,118],[869,-433],[-358,-158],[305,-371]],[[57613,97879],[-412,-318],[-806,-70],[-819,98],[-50,163],[-398,11],[-304,271],[858,165],[403,-142],[281,177],[702,-148],[545,-207]],[[56867,96577],[-620,-241],[-490,137],[191,152],[-167,189],[575,119],[110,-222],[401,-134]],[[37010,99398],[932,353],[975,-27],[354,218],[982,57],[2219,-74],[1737,-469],[-513,-227],[-1062,-26],[-1496,-58],[140,-105],[984,65],[836,-204],[540,181],[231,-212],[-305,-344],[707,220],[1348,229],[833,-114],[156,-253],[-1132,-420],[-157,-136],[-888,-102],[643,-28],[-324,-431],[-224,-383],[9,-658],[333,-386],[-434,-24],[-457,-187],[513,-313],[65,-502],[-297,-55],[360,-508],[-617,-42],[322,-241],[-91,-208],[-391,-91],[-388,-2],[348,-400],[4,-263],[-549,244],[-143,-158],[375,-148],[364,-361],[105,-476],[-495,-114],[-214,228],[-344,340],[95,-401],[-322,-311],[732,-25],[383,-32],[-745,-515],[-755,-466],[-813,-204],[-306,-2],[-288,-228],[-386,-624],[-597,-414],[-192,-24],[-370,-145],[-399,-138],[-238,-365],[-4,-415],[-141,-388],[-453,-472],[112,-462],[-125,-488],[-142,-577],[-391,-36],[-410,482],[-556,3],[-269,324],[-186,577],[-481,735],[-141,385],[-38,530],[-384,546],[100,435],[-186,208],[275,691],[418,220],[110,247],[58,461],[-318,-209],[-151,-88],[-249,-84],[-341,193],[-19,401],[109,314],[258,9],[567,-157],[-478,375],[-249,202],[-276,-83],[-232,147],[310,550],[-169,220],[-220,409],[-335,626],[-353,230],[3,247],[-745,346],[-590,43],[-743,-24],[-677,-44],[-323,188],[-482,372],[729,186],[559,31],[-1188,154],[-627,241],[39,229],[1051,285],[1018,284],[107,214],[-750,213],[243,235],[961,413],[404,63],[-115,265],[658,156],[854,93],[853,5],[303,-184],[737,325],[663,-221],[390,-46],[577,-192],[-660,318],[38,253]],[[69148,21851],[179,-186],[263,-74],[9,-112],[-77,-269],[-427,-38],[-7,314],[41,244],[19,121]],[[84713,45326],[32,139],[239,133],[194,20],[87,74],[105,-74],[-102,-160],[-289,-258],[-233,-170]],[[54540,33696],[133,292],[109,-162],[47,-252],[125,-43],[175,-112],[149,43],[248,302],[0,2182]],[[55526,35946],[75,-88],[165,-562],[-26,-360],[62,-207],[199,60],[139,264],[132,177],[68,283],[135,137],[117,-71],[133,-166],[226,-29],[178,138],[28,184],[48,283],[152,47],[83,222],[93,393],[249,442],[393,435]],[[58175,37528],[113,-7],[134,-100],[94,71],[148,-59]],[[58664,37433],[133,-832],[72,-419],[-49,-659],[23,-212]],[[58843,35311],[-140,108],[-80,-42],[-26,-172],[-76,-222],[2,-204],[166,-320],[163,63],[56,263]],[[58908,34785],[211,-5]],[[59119,34780],[-70,-430],[-32,-491],[-72,-267],[-190,-298],[-54,-86],[-118,-300],[-77,-303],[-158,-424],[-314,-609],[-196,-355],[-210,-269],[-290,-229],[-141,-31],[-36,-164],[-169,88],[-138,-113],[-301,114],[-168,-72],[-115,31],[-286,-233],[-238,-94],[-171,-223],[-127,-14],[-117,210],[-94,11],[-120,264],[-13,-82],[-37,159],[2,346],[-90,396],[89,108],[-7,453],[-182,553],[-139,501],[-1,1],[-199,768]],[[58049,33472],[-121,182],[-130,-120],[-151,-232],[-148,-374],[209,-454],[99,59],[51,188],[155,93],[47,192],[85,288],[-96,178]],[[23016,65864],[-107,-518],[-49,-426],[-20,-791],[-27,-289],[48,-322],[86,-288],[56,-458],[184,-440],[65,-337],[109,-291],[295,-157],[114,-247],[244,165],[212,60],[208,106],[175,101],[176,241],[67,345],[22,496],[48,173],[188,155],[294,137],[246,-21],[169,50],[66,-125],[-9,-285],[-149,-351],[-66,-360],[51,-103],[-42,-255],[-69,-461],[-71,152],[-58,-10]],[[25472,61510],[-53,-8],[-99,-357],[-51,70],[-33,-27],[2,-87]],[[25238,61101],[-257,7],[-259,-1],[-1,-333],[-125,-1],[103,-198],[103,-136],[31,-128],[45,-36],[-7,-201],[-357,-2],[-133,-481],[39,-111],[-32,-138],[-7,-172]],[[24381,59170],[-314,636],[-144,191],[-226,155],[-156,-43],[-223,-223],[-140,-58],[-196,156],[-208,112],[-260,271],[-208,83],[-314,275],[-233,282],[-70,158],[-155,35],[-284,187],[-116,270],[-299,335],[-139,373],[-66,288],[93,57],[-29,169],[64,153],[1,204],[-93,266],[-25,235],[-94,298],[-244,587],[-280,462],[-135,368],[-238,241],[-51,145],[42,365],[-142,138],[-164,287],[-69,412],[-149,48],[-162,311],[-130,288],[-12,184],[-149,446],[-99,452],[5,227],[-201,234],[-93,-25],[-159,163],[-44,-240],[46,-284],[27,-444],[95,-243],[206,-407],[46,-139],[42,-42],[37,-203],[49,8],[56,-381],[85,-150],[59,-210],[174,-300],[92,-550],[83,-259],[77,-277],[15,-311],[134,-20],[112,-268],[100,-264],[-6,-106],[-117,-217],[-49,3],[-74,359],[-181,337],[-201,286],[-142,150],[9,432],[-42,320],[-132,183],[-191,264],[-37,-76],[-70,154],[-171,143],[-164,343],[20,44],[115,-33],[103,221],[10,266],[-214,422],[-163,163],[-102,369],[-103,388],[-129,472],[-113,531]],[[33993,32727],[180,63],[279,-457],[103,18],[286,-379],[218,-327],[160,-402],[-122,-280],[77,-334]],[[35174,30629],[-121,-372],[-313,-328],[-205,118],[-151,-63],[-256,253],[-189,-19],[-169,327]],[[34826,35372],[54,341],[38,350],[0,325],[-100,107],[-104,-96],[-103,26],[-33,228],[-26,541],[-52,177],[-187,160],[-114,-116],[-293,113],[18,802],[-82,329]],[[33842,38659],[87,122],[-27,337],[77,259],[49,465],[-66,367],[-151,166],[-30,233],[41,342],[-533,24],[-107,688],[81,10],[-3,255],[-55,172],[-12,342],[-161,175],[-175,-6],[-115,172],[-188,117],[-109,220],[-311,98],[-302,529],[23,396],[-34,227],[29,443],[-363,-100],[-147,-222],[-243,-239],[-62,-179],[-143,-13],[-206,50]],[[30686,44109],[-157,-102],[-126,68],[18,898],[-228,-348],[-245,15],[-105,315],[-184,34],[59,254],[-155,359],[-115,532],[73,108],[0,250],[168,171],[-28,319],[71,206],[20,275],[318,402],[227,114],[37,89],[251,-28]],[[30585,48040],[125,1620],[6,256],[-43,339],[-123,215],[1,430],[156,97],[56,-61],[9,226],[-162,61],[-4,370],[541,-13],[92,203],[77,-187],[55,-349],[52,73]],[[31423,51320],[153,-312],[216,38],[54,181],[206,138],[115,97],[32,250],[198,168],[-15,124],[-235,51],[-39,372],[12,396],[-125,153],[52,55],[206,-76],[221,-148],[80,140],[200,92],[310,221],[102,225],[-37,167]],[[33129,53652],[145,26],[64,-136],[-36,-259],[96,-90],[63,-274],[-77,-209],[-44,-502],[71,-299],[20,-274],[171,-277],[137,-29],[30,116],[88,25],[126,104],[90,157],[154,-50],[67,21]],[[34294,51702],[151,-48],[25,120],[-46,118],[28,171],[112,-53],[131,61],[159,-125]],[[34854,51946],[121,-122],[86,160],[62,-25],[38,-166],[133,42],[107,224],[85,436],[164,540]],[[35650,53035],[95,28],[69,-327],[155,-1033],[149,-97],[7,-408],[-208,-487],[86,-178],[491,-92],[10,-593],[211,388],[349,-212],[462,-361],[135,-346],[-45,-327],[323,182],[540,-313],[415,23],[411,-489],[355,-662],[214,-170],[237,-24],[101,-186],[94,-752],[46,-358],[-110,-977],[-142,-385],[-391,-822],[-177,-668],[-206,-513],[-69,-11],[-78,-435],[20,-1107],[-77,-910],[-30,-390],[-88,-233],[-49,-790],[-282,-771],[-47,-610],[-225,-256],[-65,-355],[-302,2],[-437,-227],[-195,-263],[-311,-173],[-327,-470],[-235,-586],[-41,-441],[46,-326],[-51,-597],[-63,-289],[-195,-325],[-308,-1040],[-244,-468],[-189,-277],[-127,-562],[-183,-337]],[[33842,38659],[-4,182],[-259,302],[-258,9],[-484,-172],[-133,-520],[-7,-318],[-110,-708]],[[30669,40193],[175,638],[-119,496],[63,199],[-49,219],[108,295],[6,503],[13,415],[60,200],[-240,951]],[[30452,39739],[-279,340],[-24,242],[-551,593],[-498,646],[-214,365],[-115,488],[46,170],[-236,775],[-274,1090],[-262,1177],[-114,269],[-87,435],[-216,386],[-198,239],[90,264],[-134,563],[86,414],[221,373]],[[27693,48568],[33,-246],[-79,-141],[8,-216],[114,47],[113,-64],[116,-298],[157,243],[53,398],[170,514],[334,233],[303,619],[86,384],[-38,449]],[[29063,50490],[74,56],[184,-280],[89,-279],[129,-152],[163,-620],[207,-74],[153,157],[101,-103],[166,51],[213,-276],[-179,-602],[83,-14],[139,-314]],[[29063,50490],[-119,140],[-137,195],[-79,-94],[-235,82],[-68,255],[-52,-10],[-278,338]],[[28095,51396],[-37,183],[103,44],[-12,296],[65,214],[138,40],[117,371],[106,310],[-102,141],[52,343],[-62,540],[59,155],[-44,500],[-112,315]],[[28366,54848],[36,287],[89,-43],[52,176],[-64,348],[34,86]],[[28513,55702],[143,-18],[209,412],[114,63],[3,195],[51,500],[159,274],[175,11],[22,123],[218,-49],[218,298],[109,132],[134,285],[98,-36],[73,-156],[-54,-199]],[[30185,57537],[-178,-99],[-71,-295],[-107,-169],[-81,-220],[-34,-422],[-77,-345],[144,-40],[35,-271],[62,-130],[21,-238],[-33,-219],[10,-123],[69,-49],[66,-207],[357,57],[161,-75],[196,-508],[112,63],[200,-32],[158,68],[99,-102],[-50,-318],[-62,-199],[-22,-423],[56,-393],[79,-175],[9,-133],[-140,-294],[100,-130],[74,-207],[85,-589]],[[28366,54848],[-93,170],[-59,319],[68,158],[-70,40],[-52,196],[-138,164],[-122,-38],[-56,-205],[-112,-149],[-61,-20],[-27,-123],[132,-321],[-75,-76],[-40,-87],[-130,-30],[-48,353],[-36,-101],[-92,35],[-56,238],[-114,39],[-72,69],[-119,-1],[-8,-128],[-32,89]],[[26954,55439],[14,117],[23,120],[-10,107],[41,70],[-58,88],[-1,238],[107,53]],[[27070,56232],[100,-212],[-6,-126],[111,-26],[26,48],[77,-145],[136,42],[119,150],[168,119],[95,176],[153,-34],[-10,-58],[155,-21],[124,-102],[90,-177],[105,-164]],[[26954,55439],[-151,131],[-56,124],[32,103],[-11,130],[-77,142],[-109,116],[-95,76],[-19,173],[-73,105],[18,-172],[-55,-141],[-64,164],[-89,58],[-38,120],[2,179],[36,187],[-78,83],[64,114]],[[26191,57131],[42,76],[183,-156],[63,77],[89,-50],[46,-121],[82,-40],[66,126]],[[26762,57043],[70,-321],[108,-238],[130,-252]],[[26191,57131],[-96,186],[-130,238],[-61,200],[-117,185],[-140,267],[31,91],[46,-88],[21,41]],[[25745,58251],[86,25],[35,135],[41,5],[-6,290],[65,14],[58,-4],[60,158],[82,-120],[29,74],[51,70],[97,163],[4,121],[27,-5],[36,141],[29,17],[47,-90],[56,-27],[61,76],[70,0],[97,77],[38,81],[95,-12]],[[26903,59440],[-24,-57],[-14,-132],[29,-216],[-64,-202],[-30,-237],[-9,-261],[15,-152],[7,-266],[-43,-58],[-26,-253],[19,-156],[-56,-151],[12,-159],[43,-97]],[[25745,58251],[-48,185],[-84,51]],[[25613,58487],[19,237],[-38,64],[-57,42],[-122,-70],[-10,79],[-84,95],[-60,118],[-82,50]],[[25179,59102],[58,150],[-22,116],[20,113],[131,166],[127,225]],[[25493,59872],[29,-23],[61,104],[79,8],[26,-48],[43,29],[129,-53],[128,15],[90,66],[32,66],[89,-31],[66,-40],[73,14],[55,51],[127,-82],[44,-13],[85,-110],[80,-132],[101,-91],[73,-162]],[[25613,58487],[-31,-139],[-161,9],[-100,57],[-115,117],[-154,37],[-79,127]],[[24973,58695],[9,86],[95,149],[52,66],[-15,69],[65,37]],[[25238,61101],[-2,-468],[-22,-667],[83,0]],[[25297,59966],[90,-107],[24,88],[82,-75]],[[24973,58695],[-142,103],[-174,11],[-127,117],[-149,244]],[[25472,61510],[1,-87],[53,-3],[-5,-160],[-45,-256],[24,-91],[-29,-212],[18,-56],[-32,-299],[-55,-156],[-50,-19],[-55,-205]],[[30185,57537],[-8,-139],[-163,-69],[91,-268],[-3,-309],[-123,-344],[105,-468],[120,38],[62,427],[-86,208],[-14,447],[346,241],[-38,278],[97,186],[100,-415],[195,-9],[180,-330],[11,-195],[249,-6],[297,61],[159,-264],[213,-74],[155,185],[4,149],[344,35],[333,9],[-236,-175],[95,-279],[222,-44],[210,-291],[45,-473],[144,13],[109,-139]],[[33400,55523],[-220,-347],[-24,-215],[95,-220],[-69,-110],[-171,-95],[5,-273],[-75,-163],[188,-448]],[[33400,55523],[183,-217],[171,-385],[8,-304],[105,-14],[149,-289],[109,-205]],[[34125,54109],[-44,-532],[-169,-154],[15,-139],[-51,-305],[123,-429],[89,-1],[37,-333],[169,-514]],[[34125,54109],[333,-119],[30,107],[225,43],[298,-159]],[[35011,53981],[-144,-508],[22,-404],[109,-351],[-49,-254],[-24,-270],[-71,-248]],[[35011,53981],[95,-65],[204,-140],[294,-499],[46,-242]],[[51718,79804],[131,-155],[400,-109],[-140,-404],[-35,-421]],[[52074,78715],[-77,-101],[-126,54],[9,-150],[-203,-332],[-5,-267],[133,92],[95,-259]],[[51900,77752],[-11,-167],[82,-222],[-97,-180],[72,-457],[151,-75],[-32,-256]],[[52065,76395],[-252,-334],[-548,160],[-404,-192],[-32,-355]],[[50829,75674],[-322,-77],[-313,267],[-101,-127],[-511,268],[-111,230]],[[49471,76235],[144,354],[53,1177],[-287,620],[-205,299],[-424,227],[-28,431],[360,129],[466,-152],[-88,669],[263,-254],[646,461],[84,484],[243,119]],[[50698,80799],[40,-207],[129,-10],[129,-237],[194,-279],[143,46],[243,-269]],[[51576,79843],[62,-52],[80,13]],[[52429,75765],[179,226],[47,-507],[-92,-456],[-126,120],[-64,398],[56,219]],[[27693,48568],[148,442],[-60,258],[-106,-275],[-166,259],[56,167],[-47,536],[97,89],[52,368],[105,381],[-20,241],[153,126],[190,236]],[[31588,61519],[142,-52],[50,-118],[-71,-149],[-209,4],[-163,-21],[-16,253],[40,86],[227,-3]],[[28453,61504],[187,-53],[147,-142],[46,-161],[-195,-11],[-84,-99],[-156,95],[-159,215],[34,135],[116,41],[64,-20]],[[27147,64280],[240,-42],[219,-7],[261,-201],[110,-216],[260,66],[98,-138],[235,-366],[173,-267],[92,8],[165,-120],[-20,-167],[205,-24],[210,-242],[-33,-138],[-185,-75],[-187,-29],[-191,46],[-398,-57],[186,329],[-113,154],[-179,39],[-96,171],[-66,336],[-157,-23],[-259,159],[-83,124],[-362,91],[-97,115],[104,148],[-273,30],[-199,-307],[-115,-8],[-40,-144],[-138,-65],[-118,56],[146,183],[60,213],[126,131],[142,116],[210,56],[67,65]],[[58175,37528],[-177,267],[-215,90],[-82,375],[0,208],[-119,64],[-315,649],[-87,342],[-56,105],[-107,473]],[[57017,40101],[311,-65],[90,-68],[94,13],[154,383],[241,486],[100,46],[33,205],[159,235],[210,81]],[[58409,41417],[18,-220],[232,12],[128,-125],[60,-146],[132,-43],[145,-190],[0,-748],[-54,-409],[-12,-442],[45,-175],[-31,-348],[-42,-53],[-74,-426],[-292,-671]],[[55526,35946],[0,1725],[274,20],[8,2105],[207,19],[428,207],[106,-243],[177,231],[85,2],[156,133]],[[56967,40145],[50,-44]],[[54540,33696],[-207,446],[-108,432],[-62,575],[-68,428],[-93,910],[-7,707],[-35,322],[-108,243],[-144,489],[-146,708],[-60,371],[-226,577],[-17,453]],[[53259,40357],[134,113],[166,100],[180,-17],[166,-267],[42,41],[1126,26],[192,-284],[673,-83],[510,241]],[[56448,40227],[228,134],[180,-34],[109,-133],[2,-49]],[[45357,58612],[-115,460],[-138,210],[122,112],[134,415],[66,304]],[[45426,60113],[96,189],[138,-51],[135,129],[155,6],[133,-173],[184,-157],[168,-435],[184,-405]],[[46619,59216],[13,-368],[54,-338],[104,-166],[24,-229],[-13,-184]],[[46801,57931],[-40,-33],[-151,47],[-21,-66],[-61,-13],[-200,144],[-134,6]],[[46194,58016],[-513,25],[-75,-67],[-92,19],[-147,-96]],[[45367,57897],[-46,453]],[[45321,58350],[253,-13],[67,83],[50,5],[103,136],[119,-124],[121,-11],[120,133],[-56,170],[-92,-99],[-86,3],[-110,145],[-88,-9],[-63,-140],[-302,-17]],[[46619,59216],[93,107],[47,348],[88,14],[194,-165],[157,117],[107,-39],[42,131],[1114,9],[62,414],[-48,73],[-134,2550],[-134,2550],[425,10]],[[48632,65335],[937,-1289],[937,-1289],[66,-277],[173,-169],[129,-96],[3,-376],[308,58]],[[51185,61897],[1,-1361],[-152,-394],[-24,-364],[-247,-94],[-379,-51],[-102,-210],[-178,-23]],[[50104,59400],[-178,-3],[-70,114],[-153,-84],[-259,-246],[-53,-184],[-216,-265],[-38,-152],[-116,-120],[-134,79],[-76,-144],[-41,-405],[-221,-490],[7,-200],[-76,-250],[18,-343]],[[48498,56707],[-114,-88],[-65,-74],[-43,253],[-80,-67],[-48,11],[-51,-172],[-215,5],[-77,89],[-36,-54]],[[47769,56610],[-85,170],[15,176],[-35,69],[-59,-58],[11,192],[57,152],[-114,248],[-33,163],[-62,130],[-55,15],[-67,-83],[-90,-79],[-76,-128],[-119,48],[-77,150],[-46,19],[-73,-78],[-44,-1],[-16,216]],[[47587,66766],[1045,-1431]],[[45426,60113],[-24,318],[78,291],[34,557],[-30,583],[-34,294],[28,295],[-72,281],[-146,255]],[[50747,54278],[-229,-69]],[[50518,54209],[-69,407],[13,1357],[-56,122],[-11,290],[-96,207],[-85,174],[35,311]],[[50249,57077],[96,67],[56,258],[136,56],[61,176]],[[50598,57634],[93,173],[100,2],[212,-340]],[[51003,57469],[-11,-197],[62,-350],[-54,-238],[29,-159],[-135,-366],[-86,-181],[-52,-372],[7,-376],[-16,-952]],[[54026,58177],[-78,-34],[-9,-188]],[[53939,57955],[-52,-13],[-188,647],[-65,24],[-217,-331],[-215,173],[-150,34],[-80,-83],[-163,18],[-164,-252],[-141,-14],[-337,305],[-131,-145],[-142,10],[-104,223],[-279,221],[-298,-70],[-72,-128],[-39,-340],[-80,-238],[-19,-527]],[[50598,57634],[6,405],[-320,134],[-9,286],[-156,386],[-37,269],[22,286]],[[51185,61897],[392,263],[804,1161],[952,1126]],[[53333,64447],[439,-255],[156,-324],[197,220]],[[53939,57955],[110,-235],[-31,-107],[-14,-196],[-234,-457],[-74,-377],[-39,-307],[-59,-132],[-56,-414],[-148,-243],[-43,-299],[-63,-238],[-26,-246],[-191,-199],[-156,243],[-105,-10],[-165,-345],[-81,-6],[-132,-570],[-71,-418]],[[52361,53399],[-289,-213],[-105,31],[-107,-132],[-222,13],[-149,370],[-91,427],[-197,389],[-209,-7],[-245,1]],[[54244,54965],[-140,-599],[-67,-107],[-21,-458],[28,-249],[-23,-176],[132,-309],[23,-212],[103,-305],[127,-190],[12,-269],[29,-172]],[[54447,51919],[-20,-319],[-220,140],[-225,156],[-350,23]],[[53632,51919],[-35,32],[-164,-76],[-169,79],[-132,-38]],[[53132,51916],[-452,13]],[[52680,51929],[40,466],[-108,391],[-127,100],[-56,265],[-72,85],[4,163]],[[50518,54209],[-224,-126]],[[50294,54083],[-62,207],[-74,375],[-22,294],[61,532],[-69,215],[-27,466],[1,429],[-116,305],[20,184]],[[50006,57090],[243,-13]],[[50294,54083],[-436,-346],[-154,-203],[-250,-171],[-248,168]],[[49206,53531],[13,233],[-121,509],[73,667],[117,496],[-74,841]],[[49214,56277],[-38,444],[7,336],[482,27],[123,-43],[90,96],[128,-47]],[[48498,56707],[125,-129],[49,-195],[125,-125],[97,149],[130,22],[190,-152]],[[49206,53531],[-126,-7],[-194,116],[-178,-7],[-329,-103],[-193,-170],[-275,-217],[-54,15]],[[47857,53158],[22,487],[26,74],[-8,233],[-118,247],[-88,40],[-81,162],[60,262],[-28,286],[13,172]],[[47655,55121],[44,0],[17,258],[-22,114],[27,82],[103,71],[-69,473],[-64,245],[23,200],[55,46]],[[47655,55121],[-78,15],[-57,-238],[-78,3],[-55,126],[19,237],[-116,362],[-73,-67],[-59,-13]],[[47158,55546],[-77,-34],[3,217],[-44,155],[9,171],[-60,249],[-78,211],[-222,1],[-65,-112],[-76,-13],[-48,-128],[-32,-163],[-148,-260]],[[46320,55840],[-122,349],[-108,232],[-71,76],[-69,118],[-32,261],[-41,130],[-80,97]],[[45797,57103],[123,288],[84,-11],[73,99],[61,1],[44,78],[-24,196],[31,62],[5,200]],[[45797,57103],[-149,247],[-117,39],[-63,166],[1,90],[-84,125],[-18,127]],[[47857,53158],[-73,-5],[-286,282],[-252,449],[-237,324],[-187,381]],[[46822,54589],[66,189],[15,172],[126,320],[129,276]],[[46822,54589],[-75,44],[-200,238],[-144,316],[-49,216],[-34,437]],[[55125,52650],[-178,33],[-188,99],[-166,-313],[-146,-550]],[[56824,55442],[152,-239],[2,-192],[187,-308],[116,-255],[70,-355],[208,-234],[44,-187]],[[53609,47755],[-104,203],[-84,-100],[-112,-255]],[[53309,47603],[-228,626]],[[53081,48229],[212,326],[-105,391],[95,148],[187,73],[23,261],[148,-283],[245,-25],[85,279],[36,393],[-31,461],[-131,350],[120,684],[-69,117],[-207,-48],[-78,305],[21,258]],[[53081,48229],[-285,596],[-184,488],[-169,610],[9,196],[61,189],[67,430],[56,438]],[[52636,51176],[94,35],[404,-6],[-2,711]],[[52636,51176],[-52,90],[96,663]],[[59099,45126],[131,-264],[71,-501],[-47,-160],[-56,-479],[53,-490],[-87,-205],[-85,-549],[147,-153]],[[59226,42325],[-843,-487],[26,-421]],[[56448,40227],[-181,369],[-188,483],[13,1880],[579,-7],[-24,203],[41,222],[-49,277],[32,286],[-29,184]],[[59599,43773],[-77,-449],[77,-768],[97,9],[100,-191],[116,-427],[24,-760],[-120,-124],[-85,-410],[-181,365],[-21,417],[59,274],[-16,237],[-110,149],[-77,-54],[-159,284]],[[61198,44484],[45,-265],[-11,-588],[34,-519],[11,-923],[49,-290],[-83,-422],[-108,-410],[-177,-366],[-254,-225],[-313,-287],[-313,-634],[-107,-108],[-194,-420],[-115,-136],[-23,-421],[132,-448],[54,-346],[4,-177],[49,29],[-8,-579],[-45,-275],[65,-101],[-41,-245],[-116,-211],[-229,-199],[-334,-320],[-122,-219],[24,-248],[71,-40],[-24,-311]],[[58908,34785],[-24,261],[-41,265]],[[53383,47159],[-74,444]],[[53259,40357],[-26,372],[38,519],[96,541],[15,254],[90,532],[66,243],[159,386],[90,263],[29,438],[-15,335],[-83,211],[-74,358],[-68,355],[15,122],[85,235],[-84,570],[-57,396],[-139,374],[26,115]],[[58062,48902],[169,-46],[85,336],[147,-38]],[[59922,69905],[-49,-186]],[[59873,69719],[-100,82],[-58,-394],[69,-66],[-71,-81],[-12,-156],[131,80]],[[59832,69184],[7,-230],[-139,-944]],[[59700,68010],[-27,153],[-155,862]],[[59518,69025],[80,194],[-19,34],[74,276],[56,446],[40,149],[8,6]],[[59757,70130],[93,-1],[25,104],[75,8]],[[59950,70241],[4,-242],[-38,-90],[6,-4]],[[59757,70130],[99,482],[138,416],[5,21]],[[59999,71049],[125,-31],[45,-231],[-151,-223],[-68,-323]],[[63761,43212],[74,-251],[69,-390],[45,-711],[72,-276],[-28,-284],[-49,-174],[-94,347],[-53,-175],[53,-438],[-24,-250],[-77,-137],[-18,-500],[-109,-689],[-137,-814],[-172,-1120],[-106,-821],[-125,-685],[-226,-140],[-243,-250],[-160,151],[-220,211],[-77,312],[-18,524],[-98,471],[-26,425],[50,426],[128,102],[1,197],[133,447],[25,377],[-65,280],[-52,372],[-23,544],[97,331],[38,375],[138,22],[155,121],[103,107],[122,7],[158,337],[229,364],[83,297],[-38,253],[118,-71],[153,410],[6,356],[92,264],[96,-254]],[[59873,69719],[0,-362],[-41,-173]],[[45321,58350],[36,262]],[[52633,68486],[-118,1061],[-171,238],[-3,143],[-227,352],[-24,445],[171,330],[65,487],[-44,563],[57,303]],[[52339,72408],[302,239],[195,-71],[-9,-299],[236,217],[20,-113],[-139,-290],[-2,-273],[96,-147],[-36,-511],[-183,-297],[53,-322],[143,-10],[70,-281],[106,-92]],[[53191,70158],[-16,-454],[-135,-170],[-86,-189],[-191,-228],[30,-244],[-24,-250],[-136,-137]],[[47592,66920],[-2,700],[449,436],[277,90],[227,159],[107,295],[324,234],[12,438],[161,51],[126,219],[363,99],[51,230],[-73,125],[-96,624],[-17,359],[-104,379]],[[49397,71358],[267,323],[300,102],[175,244],[268,180],[471,105],[459,48],[140,-87],[262,232],[297,5],[113,-137],[190,35]],[[52633,68486],[90,-522],[15,-274],[-49,-482],[21,-270],[-36,-323],[24,-371],[-110,-247],[164,-431],[11,-253],[99,-330],[130,109],[219,-275],[122,-370]],[[59922,69905],[309,-234],[544,630]],[[60775,70301],[112,-720]],[[60887,69581],[-53,-89],[-556,-296],[277,-591],[-92,-101],[-46,-197],[-212,-82],[-66,-213],[-120,-182],[-310,94]],[[59709,67924],[-9,86]],[[64327,64904],[49,29],[11,-162],[217,93],[230,-15],[168,-18],[190,400],[207,379],[176,364]],[[65575,65974],[52,-202]],[[65627,65772],[38,-466]],[[65665,65306],[-142,-3],[-23,-384],[50,-82],[-126,-117],[-1,-241],[-81,-245],[-7,-238]],[[65335,63996],[-56,-125],[-835,298],[-106,599],[-11,136]],[[64113,65205],[-18,430],[75,310],[76,64],[84,-185],[5,-346],[-61,-348]],[[64274,65130],[-77,-42],[-84,117]],[[63326,68290],[58,-261],[-25,-135],[89,-445]],[[63448,67449],[-196,-16],[-69,282],[-248,57]],[[62935,67772],[204,567],[187,-49]],[[60775,70301],[615,614],[105,715],[-26,431],[152,146],[142,369]],[[61763,72576],[119,92],[324,-77],[97,-150],[133,100]],[[62436,72541],[180,-705],[182,-177],[21,-345],[-139,-204],[-65,-461],[193,-562],[340,-324],[143,-449],[-46,-428],[89,0],[3,-314],[153,-311]],[[63490,68261],[-164,29]],[[62935,67772],[-516,47],[-784,1188],[-413,414],[-335,160]],[[65665,65306],[125,-404],[155,-214],[203,-78],[165,-107],[125,-339],[75,-196],[100,-75],[-1,-132],[-101,-352],[-44,-166],[-117,-189],[-104,-404],[-126,31],[-58,-141],[-44,-300],[34,-395],[-26,-72],[-128,2],[-174,-221],[-27,-288],[-63,-125],[-173,5],[-109,-149],[1,-238],[-134,-165],[-153,56],[-186,-199],[-128,-34]],[[64752,60417],[-91,413],[-217,975]],[[64444,61805],[833,591],[185,1182],[-127,418]],[[65575,65974],[80,201],[35,-51],[-26,-244],[-37,-108]],[[96448,41190],[175,-339],[-92,-78],[-93,259],[10,158]],[[96330,41322],[-39,163],[-6,453],[133,-182],[45,-476],[-75,74],[-58,-32]],[[78495,57780],[-66,713],[178,492],[359,112],[261,-84]],[[79227,59013],[229,-232],[126,407],[246,-217]],[[79828,58971],[64,-394],[-34,-708],[-467,-455],[122,-358],[-292,-43],[-240,-238]],[[78981,56775],[-233,87],[-112,307],[-141,611]],[[78495,57780],[-249,271],[-238,-11],[41,464],[-245,-3],[-22,-650],[-150,-863],[-90,-522],[19,-428],[181,-18],[113,-539],[50,-512],[155,-338],[168,-69],[144,-306]],[[78372,54256],[-91,-243],[-183,-71],[-22,304],[-227,258],[-48,-105]],[[77801,54399],[-110,227],[-47,292],[-148,334],[-135,280],[-45,-347],[-53,328],[30,369],[82,566]],[[77375,56448],[135,607],[152,551],[-108,539],[4,274],[-32,330],[-185,470],[-66,296],[96,109],[101,514],[-113,390],[-177,431],[-134,519],[117,107],[127,639],[196,26],[162,256],[159,137]],[[77809,62643],[120,-182],[16,-355],[188,-27],[-68,-623],[6,-530],[293,353],[83,-104],[163,17],[56,205],[210,-40],[211,-480],[18,-583],[224,-515],[-12,-500],[-90,-266]],[[77809,62643],[59,218],[237,384]],[[78105,63245],[25,-139],[148,-16],[-42,676],[144,86]],[[78380,63852],[162,-466],[125,-537],[342,-5],[108,-515],[-178,-155],[-80,-212],[333,-353],[231,-699],[175,-520],[210,-411],[70,-418],[-50,-590]],[[77375,56448],[-27,439],[86,452],[-94,350],[23,644],[-113,306],[-90,707],[-50,746],[-121,490],[-183,-297],[-315,-421],[-156,53],[-172,138],[96,732],[-58,554],[-218,681],[34,213],[-163,76],[-197,481]],[[75657,62792],[-18,476],[97,-90],[6,424]],[[75742,63602],[137,140],[-30,251],[63,201],[11,612],[217,-135],[124,487],[14,288],[153,496],[-8,338],[359,408],[199,-107],[-23,364],[97,108],[-20,224]],[[77035,67277],[162,44],[93,-348],[121,-141],[8,-452],[-11,-487],[-263,-493],[-33,-701],[293,98],[66,-544],[176,-115],[-81,-490],[206,-222],[121,-109],[203,172],[9,-244]],[[78380,63852],[149,145],[221,-3],[271,68],[236,315],[134,-222],[254,-108],[-44,-340],[132,-240],[280,-154]],[[80013,63313],[-371,-505],[-231,-558],[-61,-410],[212,-623],[260,-772],[252,-365],[169,-475],[127,-1093],[-37,-1039],[-232,-389],[-318,-381],[-227,-492],[-346,-550],[-101,378],[78,401],[-206,335]],[[86327,75524],[0,0]],[[86327,75524],[-106,36],[-120,-200],[-83,-202],[10,-424],[-143,-130],[-50,-105],[-104,-174],[-185,-97],[-121,-159],[-9,-256],[-32,-65],[111,-96],[157,-259]],[[85652,73393],[-40,-143],[-118,-39],[-197,-29],[-108,-266],[-124,21],[-17,-54]],[[85048,72883],[-135,112],[-34,-111],[-81,-49],[-10,112],[-72,54],[-75,94],[76,260],[66,69],[-25,108],[71,319],[-18,96],[-163,65],[-131,158]],[[84517,74170],[227,379],[306,318],[191,419],[131,-185],[241,-22],[-44,312],[429,254],[111,331],[179,-348]],[[85652,73393],[240,-697],[68,-383],[3,-681],[-105,-325],[-252,-113],[-222,-245],[-250,-51],[-31,322],[51,443],[-122,615],[206,99],[-190,506]],[[82410,80055],[-135,-446],[-197,-590],[72,-241],[157,74],[274,-92],[214,219],[223,-189],[251,-413],[-30,-210],[-219,66],[-404,-78],[-195,-168],[-204,-391],[-423,-229],[-277,-313],[-286,120],[-156,53],[-146,-381],[89,-227],[45,-195],[-194,-199],[-200,-316],[-324,-208],[-417,-22],[-448,-205],[-324,-318],[-123,184],[-336,-1],[-411,359],[-274,88],[-369,-82],[-574,133],[-306,-14],[-163,351],[-127,544],[-171,66],[-336,368],[-374,83],[-330,101],[-100,256],[107,690],[-192,476],[-396,222],[-233,313],[-73,413]],[[75742,63602],[-147,937],[-76,-2],[-46,-377],[-152,306],[86,336],[124,34],[128,500],[-160,101],[-257,-8],[-265,81],[-24,410],[-133,30],[-220,255],[-98,-401],[200,-313],[-173,-220],[-62,-215],[171,-159],[-47,-356],[96,-444],[43,-486]],[[74730,63611],[-39,-216],[-189,7],[-343,-122],[16,-445],[-148,-349],[-400,-398],[-311,-695],[-209,-373],[-276,-387],[-1,-271],[-138,-146],[-251,-212],[-129,-31],[-84,-450],[58,-769],[15,-490],[-118,-561],[-1,-1004],[-144,-29],[-126,-450],[84,-195],[-253,-168],[-93,-401],[-112,-170],[-263,552],[-128,827],[-107,596],[-97,279],[-148,568],[-69,739],[-48,369],[-253,811],[-115,1145],[-83,756],[1,716],[-54,553],[-404,-353],[-196,70],[-362,716],[133,214],[-82,232],[-326,501]],[[68937,64577],[185,395],[612,-2],[-56,507],[-156,300],[-31,455],[-182,265],[306,619],[323,-45],[290,620],[174,599],[270,593],[-4,421],[236,342],[-224,292],[-96,400],[-99,517],[137,255],[421,-144],[310,88],[268,496]],[[71621,71550],[298,-692],[-28,-482],[111,-303],[-9,-301],[-200,79],[78,-651],[273,-374],[386,-413]],[[72530,68413],[-176,-268],[-108,-553],[269,-224],[262,-289],[362,-332],[381,-76],[160,-301],[215,-56],[334,-138],[231,10],[32,234],[-36,375],[21,255]],[[74477,67050],[170,124],[23,-465]],[[74670,66709],[6,-119],[252,-224],[175,92],[234,-39],[227,17],[20,363],[-113,189]],[[75471,66988],[224,74],[252,439],[321,376],[233,-145],[198,249],[130,-367],[-94,-248],[300,-89]],[[75657,62792],[-79,308],[-16,301],[-53,285],[-116,344],[-256,23],[25,-243],[-87,-329],[-118,120],[-41,-108],[-78,65],[-108,53]],[[74670,66709],[184,439],[150,150],[198,-137],[147,-14],[122,-159]],[[72530,68413],[115,141],[223,-182],[280,-385],[157,-84],[93,-284],[216,-117],[225,-259],[314,-136],[324,-57]],[[68937,64577],[-203,150],[-83,424],[-215,450],[-512,-111],[-451,-11],[-391,-83]],[[67082,65396],[105,687],[400,305],[-23,272],[-133,96],[-7,520],[-266,260],[-112,357],[-137,310]],[[66909,68203],[465,-301],[278,88],[166,-75],[56,129],[194,-52],[361,246],[10,503],[154,334],[207,-1],[31,166],[212,77],[103,-55],[108,166],[-15,355],[118,356],[177,150],[-110,390],[265,-18],[76,213],[-12,227],[139,248],[-32,294],[-66,250],[163,258],[298,124],[319,68],[141,109],[162,67]],[[70877,72519],[205,-276],[82,-454],[457,-239]],[[68841,72526],[85,-72],[201,189],[93,-114],[90,271],[166,-12],[43,86],[29,239],[120,205],[150,-134],[-30,-181],[84,-28],[-26,-496],[110,-194],[97,125],[123,58],[173,265],[192,-44],[286,-1]],[[70827,72688],[50,-169]],[[66909,68203],[252,536],[-23,380],[-210,100],[-22,375],[-91,472],[119,323],[-121,87],[76,430],[113,736]],[[67002,71642],[284,-224],[209,79],[58,268],[219,89],[157,180],[55,472],[234,114],[44,211],[131,-158],[84,-19]],[[69725,74357],[-101,-182],[-303,98],[-26,-340],[301,46],[343,-192],[526,89]],[[70465,73876],[70,-546],[91,59],[169,-134],[-10,-230],[42,-337]],[[72294,75601],[-39,-134],[-438,-320],[-99,-234],[-356,-70],[-105,-378],[-294,80],[-192,-116],[-266,-279],[39,-138],[-79,-136]],[[67002,71642],[-24,498],[-207,21],[-318,523],[-221,65],[-308,299],[-197,55],[-122,-110],[-186,17],[-197,-338],[-244,-114]],[[64978,72558],[-52,417],[40,618],[-216,200],[71,405],[-184,34],[61,498],[262,-145],[244,189],[-202,355],[-80,338],[-224,-151],[-28,-433],[-87,383]],[[62436,72541],[-152,473],[55,183],[-87,678],[190,168]],[[62442,74043],[44,-223],[141,-273],[190,-78]],[[62817,73469],[101,17]],[[62918,73486],[327,436],[104,44],[82,-174],[-95,-292],[173,-309],[69,29]],[[63578,73220],[88,-436],[263,-123],[193,-296],[395,-102],[434,156],[27,139]],[[67082,65396],[-523,179],[-303,136],[-313,76],[-118,725],[-133,105],[-214,-106],[-280,-286],[-339,196],[-281,454],[-267,168],[-186,561],[-205,788],[-149,-96],[-177,196],[-104,-231]],[[59999,71049],[-26,452],[68,243]],[[60041,71744],[74,129],[75,130],[15,329],[91,-115],[306,165],[147,-112],[229,2],[320,222],[149,-10],[316,92]],[[62817,73469],[-113,342],[1,91],[-123,-2],[-82,159],[-58,-16]],[[62442,74043],[-109,172],[-207,147],[27,288],[-47,208]],[[62106,74858],[386,92]],[[62492,74950],[57,-155],[106,-103],[-56,-148],[148,-202],[-78,-189],[118,-160],[124,-97],[7,-410]],[[55734,91409],[371,-289],[433,-402],[8,-910],[93,-230]],[[56639,89578],[-478,-167],[-269,-413],[43,-361],[-441,-475],[-537,-509],[-202,-832],[198,-416],[265,-328],[-255,-666],[-289,-138],[-106,-992],[-157,-554],[-337,57],[-158,-468],[-321,-27],[-89,558],[-232,671],[-211,835]],[[58829,81362],[-239,-35],[-85,-129],[-18,-298],[-111,57],[-250,-28],[-73,138],[-104,-103],[-105,86],[-218,12],[-310,141],[-281,47],[-215,-14],[-152,-160],[-133,-23]],[[56535,81053],[-6,263],[-85,274],[166,121],[2,235],[-77,225],[-12,261]],[[56523,82432],[268,-4],[302,223],[64,333],[228,190],[-26,264]],[[57359,83438],[169,100],[298,228]],[[60617,78409],[-222,-48],[-185,-191],[-260,-31],[-239,-220],[14,-317]],[[59287,77741],[-38,64],[-432,149],[-19,221],[-257,-73],[-103,-325],[-215,-437]],[[58223,77340],[-126,101],[-131,-95],[-124,109]],[[57842,77455],[70,64],[49,203],[76,188],[-20,106],[58,47],[27,-81],[164,-18],[74,44],[-52,60],[19,88],[-97,150],[-40,247],[-101,97],[20,200],[-125,159],[-115,22],[-204,184],[-185,-58],[-66,-87]],[[57394,79070],[-118,0],[-69,-139],[-205,-56],[-95,-91],[-129,144],[-178,3],[-172,65],[-120,-127]],[[56308,78869],[-19,159],[-155,161]],[[56134,79189],[55,238],[77,154]],[[56266,79581],[60,-35],[-71,266],[252,491],[138,69],[29,166],[-139,515]],[[56266,79581],[-264,227],[-200,-84],[-131,61],[-165,-127],[-140,210],[-114,-81],[-16,36]],[[55236,79823],[-127,291],[-207,36],[-26,185],[-191,66],[-41,-153],[-151,122],[17,163],[-207,51],[-132,191]],[[54171,80775],[-114,377],[22,204],[-69,316],[-101,210],[77,158],[-64,300]],[[53922,82340],[189,174],[434,273],[350,200],[277,-100],[21,-144],[268,-7]],[[56314,82678],[142,-64],[67,-182]],[[54716,79012],[-21,-241],[-156,-2],[53,-128],[-92,-380]],[[54500,78261],[-53,-100],[-243,-14],[-140,-134],[-229,45]],[[53835,78058],[-398,153],[-62,205],[-274,-102],[-32,-113],[-169,84]],[[52900,78285],[-142,16],[-125,108],[42,145],[-10,104]],[[52665,78658],[83,33],[141,-164],[39,156],[245,-25],[199,106],[133,-18],[87,-121],[26,100],[-40,385],[100,75],[98,272]],[[53776,79457],[206,-190],[157,242],[98,44],[215,-180],[131,30],[128,-111]],[[54711,79292],[-23,-75],[28,-205]],[[56308,78869],[-170,-123],[-131,-401],[-168,-401],[-223,-111]],[[55616,77833],[-173,26],[-213,-155]],[[55230,77704],[-104,-89],[-229,114],[-208,253],[-88,73]],[[54601,78055],[-54,200],[-47,6]],[[54716,79012],[141,-151],[103,-65],[233,73],[22,118],[111,18],[135,92],[30,-38],[130,74],[66,139],[91,36],[297,-180],[59,61]],[[57842,77455],[-50,270],[30,252],[-9,259],[-160,352],[-89,249],[-86,175],[-84,58]],[[58223,77340],[6,-152],[-135,-128],[-84,56],[-78,-713]],[[57932,76403],[-163,62],[-202,215],[-327,-138],[-138,-150],[-408,31],[-213,92],[-108,-43],[-80,243]],[[56293,76715],[-51,103],[65,99],[-69,74],[-87,-133],[-162,172],[-22,244],[-169,139],[-31,188],[-151,232]],[[55907,83187],[-59,497]],[[55848,83684],[318,181],[466,-38],[273,59],[39,-123],[148,-38],[267,-287]],[[55848,83684],[10,445],[136,371],[262,202],[221,-442],[223,12],[53,453]],[[56753,84725],[237,105],[121,-73],[239,-219],[229,-1]],[[56753,84725],[32,349],[-102,-75],[-176,210],[-24,340],[351,164],[350,86],[301,-97],[287,17]],[[54171,80775],[-124,-62],[-73,68],[-70,-113],[-200,-114],[-103,-147],[-202,-129],[49,-176],[30,-249],[141,-142],[157,-254]],[[52665,78658],[-298,181],[-57,-128],[-236,4]],[[51718,79804],[16,259],[-56,133]],[[51678,80196],[32,400]],[[51710,80596],[-47,619],[167,0],[70,222],[69,541],[-51,200]],[[51918,82178],[54,125],[232,32],[52,-130],[188,291],[-63,222],[-13,335]],[[52368,83053],[210,-78],[178,90]],[[52756,83065],[4,-228],[281,-138],[-3,-210],[283,111],[156,162],[313,-233],[132,-189]],[[57932,76403],[-144,-245],[-101,-422],[89,-337]],[[57776,75399],[-239,79],[-283,-186]],[[57254,75292],[-3,-294],[-252,-56],[-196,206],[-222,-162],[-206,17]],[[56375,75003],[-20,391],[-139,189]],[[56216,75583],[46,84],[-30,70],[47,188],[105,185],[-135,255],[-24,216],[68,134]],[[57302,71436],[-35,-175],[-400,-50],[3,98],[-339,115],[52,251],[152,-199],[216,34],[207,-42],[-7,-103],[151,71]],[[57254,75292],[135,-157],[-86,-369],[-66,-67]],[[57237,74699],[-169,17],[-145,56],[-336,-154],[192,-332],[-141,-96],[-154,-1],[-147,305],[-52,-130],[62,-353],[139,-277],[-105,-129],[155,-273],[137,-171],[4,-334],[-257,157],[82,-302],[-176,-62],[105,-521],[-184,-8],[-228,257],[-104,473],[-49,393],[-108,272],[-143,337],[-18,168]],[[55597,73991],[129,287],[16,192],[91,85],[5,155]],[[55838,74710],[182,53],[106,129],[150,-12],[46,103],[53,20]],[[60041,71744],[-102,268],[105,222],[-169,-51],[-233,136],[-191,-340],[-421,-66],[-225,317],[-300,20],[-64,-245],[-192,-70],[-268,314],[-303,-11],[-165,588],[-203,328],[135,459],[-176,283],[308,565],[428,23],[117,449],[529,-78],[334,383],[324,167],[459,13],[485,-417],[399,-228],[323,91],[239,-53],[328,309]],[[61542,75120],[296,28],[268,-290]],[[57776,75399],[33,-228],[243,-190],[-51,-145],[-330,-33],[-118,-182],[-232,-319],[-87,276],[3,121]],[[55597,73991],[-48,41],[-5,130],[-154,199],[-24,281],[23,403],[38,184],[-47,93]],[[55380,75322],[-18,188],[120,291],[18,-111],[75,52]],[[55575,75742],[59,-159],[66,-60],[19,-214]],[[55719,75309],[-35,-201],[39,-254],[115,-144]],[[55230,77704],[67,-229],[89,-169],[-107,-222]],[[55279,77084],[-126,131],[-192,-8],[-239,98],[-130,-13],[-60,-123],[-99,136],[-59,-245],[136,-277],[61,-183],[127,-221],[106,-130],[105,-247],[246,-224]],[[55155,75778],[-31,-100]],[[55124,75678],[-261,218],[-161,213],[-254,176],[-233,434],[56,45],[-127,248],[-5,200],[-179,93],[-85,-255],[-82,198],[6,205],[10,9]],[[53809,77462],[194,-20],[51,100],[94,-97],[109,-11],[-1,165],[97,60],[27,239],[221,157]],[[52900,78285],[-22,-242],[-122,-100],[-206,75],[-60,-239],[-132,-19],[-48,94],[-156,-200],[-134,-28],[-120,126]],[[51576,79843],[30,331],[72,22]],[[50698,80799],[222,117]],[[50920,80916],[204,-47],[257,123],[176,-258],[153,-138]],[[50920,80916],[143,162],[244,869],[380,248],[231,-17]],[[47490,75324],[101,150],[113,86],[70,-289],[164,0],[47,75],[162,-21],[78,-296],[-129,-160],[-3,-461],[-45,-86],[-11,-280],[-120,-48],[111,-355],[-77,-388],[96,-175],[-38,-161],[-103,-222],[23,-195]],[[47929,72498],[-112,-153],[-146,83],[-143,-65],[42,462],[-26,363],[-124,55],[-67,224],[22,386],[111,215],[20,239],[58,355],[-6,250],[-56,212],[-12,200]],[[47490,75324],[14,420],[-114,257],[393,426],[340,-106],[373,3],[296,-101],[230,31],[449,-19]],[[50829,75674],[15,-344],[-263,-393],[-356,-125],[-25,-199],[-171,-327],[-107,-481],[108,-338],[-160,-263],[-60,-384],[-210,-118],[-197,-454],[-352,-9],[-265,11],[-174,-209],[-106,-223],[-136,49],[-103,199],[-79,340],[-259,92]],[[48278,82406],[46,-422],[-210,-528],[-493,-349],[-393,89],[225,617],[-145,601],[378,463],[210,276]],[[47896,83153],[57,-317],[-57,-317],[172,9],[210,-122]],[[96049,38125],[228,-366],[144,-272],[-105,-142],[-153,160],[-199,266],[-179,313],[-184,416],[-38,201],[119,-9],[156,-201],[122,-200],[89,-166]],[[95032,44386],[78,-203],[-194,4],[-106,363],[166,-142],[56,-22]],[[94910,44908],[-42,-109],[-206,512],[-57,353],[94,0],[100,-473],[111,-283]],[[94680,44747],[-108,-14],[-170,60],[-58,91],[17,235],[183,-93],[91,-124],[45,-155]],[[94344,45841],[65,-187],[12,-119],[-218,251],[-152,212],[-104,197],[41,60],[128,-142],[228,-272]],[[93649,46431],[111,-193],[-56,-33],[-121,134],[-114,243],[14,99],[166,-250]],[[99134,26908],[-105,-319],[-138,-404],[-214,-236],[-48,155],[-116,85],[160,486],[-91,326],[-299,236],[8,214],[201,206],[47,455],[-13,382],[-113,396],[8,104],[-133,244],[-218,523],[-117,418],[104,46],[151,-328],[216,-153],[78,-526],[202,-622],[5,403],[126,-161],[41,-447],[224,-192],[188,-48],[158,226],[141,-69],[-67,-524],[-85,-345],[-212,12],[-74,-179],[26,-254],[-41,-110]],[[97129,24846],[238,310],[167,306],[123,441],[106,149],[41,330],[195,273],[61,-251],[63,-244],[198,239],[80,-249],[0,-249],[-103,-274],[-182,-435],[-142,-238],[103,-284],[-214,-7],[-238,-223],[-75,-387],[-157,-597],[-219,-264],[-138,-169],[-256,13],[-180,194],[-302,42],[-46,217],[149,438],[349,583],[179,111],[200,225]],[[91024,26469],[166,-39],[20,-702],[-95,-203],[-29,-476],[-97,162],[-193,-412],[-57,32],[-171,19],[-171,505],[-38,390],[-160,515],[7,271],[181,-52],[269,-204],[151,81],[217,113]],[[85040,31546],[-294,-303],[-241,-137],[-53,-309],[-103,-240],[-236,-15],[-174,-52],[-246,107],[-199,-64],[-191,-27],[-165,-315],[-81,26],[-140,-167],[-133,-187],[-203,23],[-186,0],[-295,377],[-149,113],[6,338],[138,81],[47,134],[-10,212],[34,411],[-31,350],[-147,598],[-45,337],[12,336],[-111,385],[-7,174],[-123,235],[-35,463],[-158,467],[-39,252],[122,-255],[-93,548],[137,-171],[83,-229],[-5,303],[-138,465],[-26,186],[-65,177],[31,341],[56,146],[38,295],[-29,346],[114,425],[21,-450],[118,406],[225,198],[136,252],[212,217],[126,46],[77,-73],[219,220],[168,66],[42,129],[74,54],[153,-14],[292,173],[151,262],[71,316],[163,300],[13,236],[7,321],[194,502],[117,-510],[119,118],[-99,279],[87,287],[122,-128],[34,449],[152,291],[67,233],[140,101],[4,165],[122,-69],[5,148],[122,85],[134,80],[205,-271],[155,-350],[173,-4],[177,-56],[-59,325],[133,473],[126,155],[-44,147],[121,338],[168,208],[142,-70],[234,111],[-5,302],[-204,195],[148,86],[184,-147],[148,-242],[234,-151],[79,60],[172,-182],[162,169],[105,-51],[65,113],[127,-292],[-74,-316],[-105,-239],[-96,-20],[32,-236],[-81,-295],[-99,-291],[20,-166],[221,-327],[214,-189],[143,-204],[201,-350],[78,1],[145,-151],[43,-183],[265,-200],[183,202],[55,317],[56,262],[34,324],[85,470],[-39,286],[20,171],[-32,339],[37,445],[53,120],[-43,197],[67,313],[52,325],[7,168],[104,222],[78,-289],[19,-371],[70,-71],[11,-249],[101,-300],[21,-335],[-10,-214],[100,-464],[179,223],[92,-250],[133,-231],[-29,-262],[60,-506],[42,-295],[70,-72],[75,-505],[-27,-307],[90,-400],[301,-309],[197,-281],[186,-257],[-37,-143],[159,-371],[108,-639],[111,130],[113,-256],[68,91],[48,-626],[197,-363],[129,-226],[217,-478],[78,-475],[7,-337],[-19,-365],[132,-502],[-16,-523],[-48,-274],[-75,-527],[6,-339],[-55,-423],[-123,-538],[-205,-290],[-102,-458],[-93,-292],[-82,-510],[-107,-294],[-70,-442],[-36,-407],[14,-187],[-159,-205],[-311,-22],[-257,-242],[-127,-229],[-168,-254],[-230,262],[-170,104],[43,308],[-152,-112],[-243,-428],[-240,160],[-158,94],[-159,42],[-269,171],[-179,364],[-52,449],[-64,298],[-137,240],[-267,71],[91,287],[-67,438],[-136,-408],[-247,-109],[146,327],[42,341],[107,289],[-22,438],[-226,-504],[-174,-202],[-106,-470],[-217,243],[9,313],[-174,429],[-147,221],[52,137],[-356,358],[-195,17],[-267,287],[-498,-56],[-359,-211],[-317,-197],[-265,39]],[[72718,55024],[-42,-615],[-116,-168],[-242,-135],[-132,470],[-49,849],[126,959],[192,-328],[129,-416],[134,-616]],[[80409,61331],[-228,183],[-8,509],[137,267],[304,166],[159,-14],[62,-226],[-122,-260],[-64,-341],[-240,-284]],[[84517,74170],[-388,-171],[-204,-277],[-300,-161],[148,274],[-58,230],[220,397],[-147,310],[-242,-209],[-314,-411],[-171,-381],[-272,-29],[-142,-275],[147,-400],[227,-97],[9,-265],[220,-173],[311,422],[247,-230],[179,-15],[45,-310],[-393,-165],[-130,-319],[-270,-296],[-142,-414],[299,-325],[109,-581],[169,-541],[189,-454],[-5,-439],[-174,-161],[66,-315],[164,-184],[-43,-481],[-71,-468],[-155,-53],[-203,-640],[-225,-775],[-258,-705],[-382,-545],[-386,-498],[-313,-68],[-170,-262],[-96,192],[-157,-294],[-388,-296],[-294,-90],[-95,-624],[-154,-35],[-73,429],[66,228],[-373,189],[-131,-96]],[[83826,64992],[-167,-947],[-119,-485],[-146,499],[-32,438],[163,581],[223,447],[127,-176],[-49,-357]],[[53835,78058],[-31,-291],[67,-251]],[[53871,77516],[-221,86],[-226,-210],[15,-293],[-34,-168],[91,-301],[261,-298],[140,-488],[309,-476],[217,3],[68,-130],[-78,-118],[249,-214],[204,-178],[238,-308],[29,-111],[-52,-211],[-154,276],[-242,97],[-116,-382],[200,-219],[-33,-309],[-116,-35],[-148,-506],[-116,-46],[1,181],[57,317],[60,126],[-108,342],[-85,298],[-115,74],[-82,255],[-179,107],[-120,238],[-206,38],[-217,267],[-254,384],[-189,340],[-86,585],[-138,68],[-226,195],[-128,-80],[-161,-274],[-115,-43]],[[54100,73116],[211,51],[-100,-465],[41,-183],[-58,-303],[-213,222],[-141,64],[-387,300],[38,304],[325,-54],[284,64]],[[52419,74744],[139,183],[166,-419],[-39,-782],[-126,38],[-113,-197],[-105,156],[-11,713],[-64,338],[153,-30]],[[52368,83053],[-113,328],[-8,604],[46,159],[80,177],[244,37],[98,163],[223,167],[-9,-304],[-82,-192],[33,-166],[151,-89],[-68,-223],[-83,64],[-200,-425],[76,-288]],[[53436,83731],[88,-296],[-166,-478],[-291,333],[-39,246],[408,195]],[[47896,83153],[233,24],[298,-365],[-149,-406]],[[49140,82132],[1,0],[40,343],[-186,364],[-4,8],[-337,104],[-66,160],[101,264],[-92,163],[-149,-279],[-17,569],[-140,301],[101,611],[216,480],[222,-47],[335,49],[-297,-639],[283,81],[304,-3],[-72,-481],[-250,-530],[287,-38],[22,-62],[248,-697],[190,-95],[171,-673],[79,-233],[337,-113],[-34,-378],[-142,-173],[111,-305],[-250,-310],[-371,6],[-473,-163],[-130,116],[-183,-276],[-257,67],[-195,-226],[-148,118],[407,621],[249,127],[-2,1],[-434,98],[-79,235],[291,183],[-152,319],[52,387],[413,-54]],[[45969,89843],[-64,-382],[314,-403],[-361,-451],[-801,-405],[-240,-107],[-365,87],[-775,187],[273,261],[-605,289],[492,114],[-12,174],[-583,137],[188,385],[421,87],[433,-400],[422,321],[349,-167],[453,315],[461,-42]],[[63495,75281],[146,-311],[141,-419],[130,-28],[85,-159],[-228,-47],[-49,-459],[-48,-207],[-101,-138],[7,-293]],[[62492,74950],[68,96],[207,-169],[149,-36],[38,70],[-136,319],[72,82]],[[61542,75120],[42,252],[-70,403],[-160,218],[-154,68],[-102,181]],[[83564,58086],[-142,450],[238,-22],[97,-213],[-74,-510],[-119,295]],[[84051,56477],[70,165],[30,367],[153,35],[-44,-398],[205,570],[-26,-563],[-100,-195],[-87,-373],[-87,-175],[-171,409],[57,158]],[[85104,55551],[28,-392],[16,-332],[-94,-540],[-102,602],[-130,-300],[89,-435],[-79,-277],[-327,343],[-78,428],[84,280],[-176,280],[-87,-245],[-131,23],[-205,-330],[-46,173],[109,498],[175,166],[151,223],[98,-268],[212,162],[45,264],[196,15],[-16,457],[225,-280],[23,-297],[20,-218]],[[82917,56084],[-369,-561],[136,414],[200,364],[167,409],[146,587],[49,-482],[-183,-325],[-146,-406]],[[83982,61347],[-46,-245],[95,-423],[-73,-491],[-164,-196],[-43,-476],[62,-471],[147,-65],[123,70],[347,-328],[-27,-321],[91,-142],[-29,-272],[-216,290],[-103,310],[-71,-217],[-177,354],[-253,-87],[-138,130],[14,244],[87,151],[-83,136],[-36,-213],[-137,340],[-41,257],[-11,566],[112,-195],[29,925],[90,535],[169,-1],[171,-168],[85,153],[26,-150]],[[83899,57324],[-43,282],[166,-183],[177,1],[-5,-247],[-129,-251],[-176,-178],[-10,275],[20,301]],[[84861,57766],[78,-660],[-214,157],[5,-199],[68,-364],[-132,-133],[-11,416],[-84,31],[-43,357],[163,-47],[-4,224],[-169,451],[266,-13],[77,-220]],[[78372,54256],[64,-56],[164,-356],[116,-396],[16,-398],[-29,-269],[27,-203],[20,-349],[98,-163],[109,-523],[-5,-199],[-197,-40],[-263,438],[-329,469],[-32,301],[-161,395],[-38,489],[-100,322],[30,431],[-61,250]],[[80461,51765],[204,-202],[214,110],[56,500],[119,112],[333,128],[199,467],[137,374]],[[81723,53254],[126,-307],[58,202],[133,-19],[16,377],[13,291]],[[82069,53798],[214,411],[140,462],[112,2],[143,-299],[13,-257],[183,-165],[231,-177],[-20,-232],[-186,-29],[50,-289],[-205,-201]],[[81723,53254],[110,221],[236,323]],[[53809,77462],[62,54]],[[57797,86326],[-504,-47],[-489,-216],[-452,-125],[-161,323],[-269,193],[62,582],[-135,533],[133,345],[252,371],[635,640],[185,124],[-28,250],[-387,279]],[[54711,79292],[39,130],[123,-10],[95,61],[7,55],[54,28],[18,134],[64,26],[43,106],[82,1]],[[60669,61213],[161,-684],[77,-542],[152,-288],[379,-558],[154,-336],[151,-341],[87,-203],[136,-178]],[[61966,58083],[-83,-144],[-119,51]],[[61764,57990],[-95,191],[-114,346],[-124,190],[-71,204],[-242,237],[-191,7],[-67,124],[-163,-139],[-168,268],[-87,-441],[-323,124]],[[89411,73729],[-256,-595],[4,-610],[-104,-472],[48,-296],[-145,-416],[-355,-278],[-488,-36],[-396,-675],[-186,227],[-12,442],[-483,-130],[-329,-279],[-325,-11],[282,-435],[-186,-1004],[-179,-248],[-135,229],[69,533],[-176,172],[-113,405],[263,182],[145,371],[280,306],[203,403],[553,177],[297,-121],[291,1050],[185,-282],[408,591],[158,229],[174,723],[-47,664],[117,374],[295,108],[152,-819],[-9,-479]],[[90169,76553],[197,250],[62,-663],[-412,-162],[-244,-587],[-436,404],[-152,-646],[-308,-9],[-39,587],[138,455],[296,33],[81,817],[83,460],[326,-615],[213,-198],[195,-126]],[[86769,70351],[154,352],[158,-68],[114,248],[204,-127],[35,-203],[-156,-357],[-114,189],[-143,-137],[-73,-346],[-181,168],[2,281]],[[64752,60417],[-201,-158],[-54,-263],[-6,-201],[-277,-249],[-444,-276],[-249,-417],[-122,-33],[-83,35],[-163,-245],[-177,-114],[-233,-30],[-70,-34],[-61,-156],[-73,-43],[-43,-150],[-137,13],[-89,-80],[-192,30],[-72,345],[8,323],[-46,174],[-54,437],[-80,243],[56,29],[-29,270],[34,114],[-12,257]],[[61883,60238],[121,189],[-28,249],[74,290],[114,-153],[75,53],[321,14],[50,-59],[269,-60],[106,30],[70,-197],[130,99],[199,620],[259,266],[801,226]],[[63448,67449],[109,-510],[137,-135],[47,-207],[190,-249],[16,-243],[-27,-197],[35,-199],[80,-165],[37,-194],[41,-145]],[[64274,65130],[53,-226]],[[61883,60238],[-37,252],[-83,178],[-22,236],[-143,212],[-148,495],[-79,482],[-192,406],[-124,97],[-184,563],[-32,411],[12,350],[-159,655],[-130,231],[-150,122],[-92,339],[15,133],[-77,306],[-81,132],[-108,440],[-170,476],[-141,406],[-139,-3],[44,325],[12,206],[34,236]],[[36483,4468],[141,0],[414,127],[419,-127],[342,-255],[120,-359],[33,-254],[11,-301],[-430,-186],[-452,-150],[-522,-139],[-582,-116],[-658,35],[-365,197],[49,243],[593,162],[239,197],[174,254],[126,220],[168,209],[180,243]],[[31586,3163],[625,-23],[599,-58],[207,243],[147,208],[288,-243],[-82,-301],[-81,-266],[-582,81],[-621,-35],[-348,197],[0,23],[-152,174]],[[29468,8472],[190,70],[321,-23],[82,301],[16,219],[-6,475],[158,278],[256,93],[147,-220],[65,-220],[120,-267],[92,-254],[76,-267],[33,-266],[-49,-231],[-76,-220],[-326,-81],[-311,-116],[-364,11],[136,232],[-327,-81],[-310,-81],[-212,174],[-16,243],[305,231]],[[21575,8103],[174,104],[353,-81],[403,-46],[305,-81],[304,69],[163,-335],[-217,46],[-337,-23],[-343,23],[-376,-35],[-283,116],[-146,243]],[[15938,7061],[60,197],[332,-104],[359,-93],[332,104],[-158,-208],[-261,-151],[-386,47],[-278,208]],[[14643,7177],[202,127],[277,-139],[425,-231],[-164,23],[-359,58],[-381,162]],[[4524,4144],[169,220],[517,-93],[277,-185],[212,-209],[76,-266],[-533,-81],[-364,208],[-163,209],[-11,35],[-180,162]],[[0,529],[16,-5],[245,344],[501,-185],[32,21],[294,188],[38,-7],[32,-4],[402,-246],[352,246],[63,34],[816,104],[265,-138],[130,-71],[419,-196],[789,-151],[625,-185],[1072,-139],[800,162],[1181,-116],[669,-185],[734,174],[773,162],[60,278],[-1094,23],[-898,139],[-234,231],[-745,128],[49,266],[103,243],[104,220],[-55,243],[-462,162],[-212,209],[-430,185],[675,-35],[642,93],[402,-197],[495,173],[457,220],[223,197],[-98,243],[-359,162],[-408,174],[-571,35],[-500,81],[-539,58],[-180,220],[-359,185],[-217,208],[-87,672],[136,-58],[250,-185],[457,58],[441,81],[228,-255],[441,58],[370,127],[348,162],[315,197],[419,58],[-11,220],[-97,220],[81,208],[359,104],[163,-196],[425,115],[321,151],[397,12],[375,57],[376,139],[299,128],[337,127],[218,-35],[190,-46],[414,81],[370,-104],[381,11],[364,81],[375,-57],[414,-58],[386,23],[403,-12],[413,-11],[381,23],[283,174],[337,92],[349,-127],[331,104],[300,208],[179,-185],[98,-208],[180,-197],[288,174],[332,-220],[375,-70],[321,-162],[392,35],[354,104],[418,-23],[376,-81],[381,-104],[147,254],[-180,197],[-136,209],[-359,46],[-158,220],[-60,220],[-98,440],[213,-81],[364,-35],[359,35],[327,-93],[283,-174],[119,-208],[376,-35],[359,81],[381,116],[342,70],[283,-139],[370,46],[239,451],[224,-266],[321,-104],[348,58],[228,-232],[365,-23],[337,-69],[332,-128],[218,220],[108,209],[278,-232],[381,58],[283,-127],[190,-197],[370,58],[288,127],[283,151],[337,81],[392,69],[354,81],[272,127],[163,186],[65,254],[-32,244],[-87,231],[-98,232],[-87,231],[-71,209],[-16,231],[27,232],[130,220],[109,243],[44,231],[-55,255],[-32,232],[136,266],[152,173],[180,220],[190,186],[223,173],[109,255],[152,162],[174,151],[267,34],[174,186],[196,115],[228,70],[202,150],[157,186],[218,69],[163,-151],[-103,-196],[-283,-174],[-120,-127],[-206,92],[-229,-58],[-190,-139],[-202,-150],[-136,-174],[-38,-231],[17,-220],[130,-197],[-190,-139],[-261,-46],[-153,-197],[-163,-185],[-174,-255],[-44,-220],[98,-243],[147,-185],[229,-139],[212,-185],[114,-232],[60,-220],[82,-232],[130,-196],[82,-220],[38,-544],[81,-220],[22,-232],[87,-231],[-38,-313],[-152,-243],[-163,-197],[-370,-81],[-125,-208],[-169,-197],[-419,-220],[-370,-93],[-348,-127],[-376,-128],[-223,-243],[-446,-23],[-489,23],[-441,-46],[-468,0],[87,-232],[424,-104],[311,-162],[174,-208],[-310,-185],[-479,58],[-397,-151],[-17,-243],[-11,-232],[327,-196],[60,-220],[353,-220],[588,-93],[500,-162],[398,-185],[506,-186],[690,-92],[681,-162],[473,-174],[517,-197],[272,-278],[136,-220],[337,209],[457,173],[484,186],[577,150],[495,162],[691,12],[680,-81],[560,-139],[180,255],[386,173],[702,12],[550,127],[522,128],[577,81],[614,104],[430,150],[-196,209],[-119,208],[0,220],[-539,-23],[-571,-93],[-544,0],[-77,220],[39,440],[125,128],[397,138],[468,139],[337,174],[337,174],[251,231],[380,104],[376,81],[190,47],[430,23],[408,81],[343,116],[337,139],[305,139],[386,185],[245,197],[261,173],[82,232],[-294,139],[98,243],[185,185],[288,116],[305,139],[283,185],[217,232],[136,277],[202,163],[331,-35],[136,-197],[332,-23],[11,220],[142,231],[299,-58],[71,-220],[331,-34],[360,104],[348,69],[315,-34],[120,-243],[305,196],[283,105],[315,81],[310,81],[283,139],[310,92],[240,128],[168,208],[207,-151],[288,81],[202,-277],[157,-209],[316,116],[125,232],[283,162],[365,-35],[108,-220],[229,220],[299,69],[326,23],[294,-11],[310,-70],[300,-34],[130,-197],[180,-174],[304,104],[327,24],[315,0],[310,11],[278,81],[294,70],[245,162],[261,104],[283,58],[212,162],[152,324],[158,197],[288,-93],[109,-208],[239,-139],[289,46],[196,-208],[206,-151],[283,139],[98,255],[250,104],[289,197],[272,81],[326,116],[218,127],[228,139],[218,127],[261,-69],[250,208],[180,162],[261,-11],[229,139],[54,208],[234,162],[228,116],[278,93],[256,46],[244,-35],[262,-58],[223,-162],[27,-254],[245,-197],[168,-162],[332,-70],[185,-162],[229,-162],[266,-35],[223,116],[240,243],[261,-127],[272,-70],[261,-69],[272,-46],[277,0],[229,-614],[-11,-150],[-33,-267],[-266,-150],[-218,-220],[38,-232],[310,12],[-38,-232],[-141,-220],[-131,-243],[212,-185],[321,-58],[321,104],[153,232],[92,220],[153,185],[174,174],[70,208],[147,289],[174,58],[316,24],[277,69],[283,93],[136,231],[82,220],[190,220],[272,151],[234,115],[153,197],[157,104],[202,93],[277,-58],[250,58],[272,69],[305,-34],[201,162],[142,393],[103,-162],[131,-278],[234,-115],[266,-47],[267,70],[283,-46],[261,-12],[174,58],[234,-35],[212,-127],[250,81],[300,0],[255,81],[289,-81],[185,197],[141,196],[191,163],[348,439],[179,-81],[212,-162],[185,-208],[354,-359],[272,-12],[256,0],[299,70],[299,81],[229,162],[190,174],[310,23],[207,127],[218,-116],[141,-185],[196,-185],[305,23],[190,-150],[332,-151],[348,-58],[288,47],[218,185],[185,185],[250,46],[251,-81],[288,-58],[261,93],[250,0],[245,-58],[256,-58],[250,104],[299,93],[283,23],[316,0],[255,58],[251,46],[76,290],[11,243],[174,-162],[49,-266],[92,-244],[115,-196],[234,-105],[315,35],[365,12],[250,35],[364,0],[262,11],[364,-23],[310,-46],[196,-186],[-54,-220],[179,-173],[299,-139],[310,-151],[360,-104],[375,-92],[283,-93],[315,-12],[180,197],[245,-162],[212,-185],[245,-139],[337,-58],[321,-69],[136,-232],[316,-139],[212,-208],[310,-93],[321,12],[299,-35],[332,12],[332,-47],[310,-81],[288,-139],[289,-116],[195,-173],[-32,-232],[-147,-208],[-125,-266],[-98,-209],[-131,-243],[-364,-93],[-163,-208],[-360,-127],[-125,-232],[-190,-220],[-201,-185],[-115,-243],[-70,-220],[-28,-266],[6,-220],[158,-232],[60,-220],[130,-208],[517,-81],[109,-255],[-501,-93],[-424,-127],[-528,-23],[-234,-336],[-49,-278],[-119,-220],[-147,-220],[370,-196],[141,-244],[239,-219],[338,-197],[386,-186],[419,-185],[636,-185],[142,-289],[800,-128],[53,-45],[208,-175],[767,151],[636,-186],[479,-142],[-99999,0]],[[59092,71341],[19,3],[40,143],[200,-8],[253,176],[-188,-251],[21,-111]],[[59437,71293],[-30,21],[-53,-45],[-42,12],[-14,-22],[-5,59],[-20,37],[-54,6],[-75,-51],[-52,31]],[[59437,71293],[8,-48],[-285,-240],[-136,77],[-64,237],[132,22]],[[45272,63236],[13,274],[106,161],[91,308],[-18,200],[96,417],[155,376],[93,95],[74,344],[6,315],[100,365],[185,216],[177,603],[5,8],[139,227],[259,65],[218,404],[140,158],[232,493],[-70,735],[106,508],[37,312],[179,399],[278,270],[206,244],[186,612],[87,362],[205,-2],[167,-251],[264,41],[288,-131],[121,-6]],[[56944,63578],[0,2175],[0,2101],[-83,476],[71,365],[-43,253],[101,283]],[[56990,69231],[369,10],[268,-156],[275,-175],[129,-92],[214,188],[114,169],[245,49],[198,-75],[75,-293],[65,193],[222,-140],[217,-33],[137,149]],[[59700,68010],[-78,-238],[-60,-446],[-75,-308],[-65,-103],[-93,191],[-125,263],[-198,847],[-29,-53],[115,-624],[171,-594],[210,-920],[102,-321],[90,-334],[249,-654],[-55,-103],[9,-384],[323,-530],[49,-121]],[[53191,70158],[326,-204],[117,51],[232,-98],[368,-264],[130,-526],[250,-114],[391,-248],[296,-293],[136,153],[133,272],[-65,452],[87,288],[200,277],[192,80],[375,-121],[95,-264],[104,-2],[88,-101],[276,-70],[68,-195]],[[59804,53833],[-164,643],[-127,137],[-48,236],[-141,288],[-171,42],[95,337],[147,14],[42,181]],[[61764,57990],[-98,-261],[-94,-277],[22,-163],[4,-180],[155,-10],[67,42],[62,-106]],[[61882,57035],[-61,-209],[103,-325],[102,-285],[106,-210],[909,-702],[233,4]],[[61966,58083],[66,-183],[-9,-245],[-158,-142],[119,-161]],[[61984,57352],[-102,-317]],[[61984,57352],[91,-109],[54,-245],[125,-247],[138,-2],[262,151],[302,70],[245,184],[138,39],[99,108],[158,20]],[[58449,49909],[-166,-182],[-67,60]],[[58564,52653],[115,161],[176,-132],[224,138],[195,-1],[171,272]],[[55279,77084],[100,2],[-69,-260],[134,-227],[-41,-278],[-65,-27]],[[55338,76294],[-52,-53],[-90,-138],[-41,-325]],[[55719,75309],[35,-5],[13,121],[164,91],[62,23]],[[55993,75539],[95,35],[128,9]],[[55993,75539],[-9,44],[33,71],[31,144],[-39,-4],[-54,110],[-46,28],[-36,94],[-52,36],[-40,84],[-50,-33],[-38,-196],[-66,-43]],[[55627,75874],[22,51],[-106,123],[-91,63],[-40,82],[-74,101]],[[55380,75322],[-58,46],[-78,192],[-120,118]],[[55627,75874],[-52,-132]],[[32866,56937],[160,77],[58,-21],[-11,-440],[-232,-65],[-50,53],[81,163],[-6,233]]],"bbox":[-180,-85.60903777459771,180,83.64513000000001],"transform":{"scale":[0.0036000360003600037,0.0016925586033320105],"translate":[-180,-85.60903777459771]}}');

/***/ })

};
