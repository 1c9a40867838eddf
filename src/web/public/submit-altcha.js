// The ALTCHA widget, served by the site (CSP-friendly build: its proof-of-work worker is a file of its own here).
// Importing it first defines <altcha-widget>; the worker is registered in the same turn, before the widget's first
// challenge request can come back.
import '/assets/altcha/altcha.js';
import '/assets/altcha/i18n/sv.js';
import '/assets/altcha/i18n/en.js';

globalThis.$altcha.algorithms.set('PBKDF2/SHA-256', () => new Worker('/assets/altcha/pbkdf2.js'));
