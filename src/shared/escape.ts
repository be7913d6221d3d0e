/**
 * Text into markup, written once for HTML and SVG, pages and files: every character that could
 * end a text node or an attribute value is escaped, and characters XML forbids are replaced, so
 * any article text gives well-formed HTML and XML.
 */

// C0 controls other than tab, line feed and carriage return; U+FFFE and U+FFFF; lone surrogates.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters XML 1.0 does not allow anywhere: controls become spaces, broken surrogates U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, (c) => (c.charCodeAt(0) < 0x20 ? " " : "\uFFFD"));
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for an HTML or XML text node or a quoted attribute value. */
export function escapeMarkup(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
