/**
 * The implementation of smp-html: the page skeleton and its inline style sheet, the sections of a
 * partnership report and of a portfolio report, and the inline SVG charts. Not an API: not
 * exported by the module, and free to change.
 */
package io.github.smpkit.html.internal;
