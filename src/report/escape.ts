// Escaping shared by the text-based formats (XML, HTML, Markdown, GitHub workflow commands).

/** Characters that XML 1.0 forbids anywhere (controls other than tab/LF/CR, lone surrogates, U+FFFE/FFFF). */
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters that cannot appear in an XML 1.0 document, even as character references. */
export function stripXmlIllegal(s: string): string {
  return s.replace(XML_ILLEGAL, "");
}

/** Escapes character data; CR becomes a reference so that XML line-end normalisation keeps it. */
export function xmlText(s: string): string {
  return stripXmlIllegal(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** Escapes an attribute value (double- or single-quoted); white space survives attribute normalisation. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

/** HTML text and attribute values alike: everything that can open markup or close a quoted attribute. */
export function html(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
