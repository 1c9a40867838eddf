import { eq } from './eq.js';
import { path } from './path.js';
import { t } from './t.js';

/** The Handlebars helpers, one small pure function per file. */
export const helpers = { t, eq, path };
