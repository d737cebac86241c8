import type { Area, Catalogue } from './catalogue.js';

const en = {} as const satisfies Catalogue;

export const yaml = { en, nl: {}, sv: {} } satisfies Area<typeof en>;
