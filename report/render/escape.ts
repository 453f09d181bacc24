// The one escape function per target: every text that reaches HTML goes through escapeHtml,
// every text that reaches a markdown table cell or line goes through markdownText.
export const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** Markdown: no line breaks inside a cell, and no character that starts markup or HTML. */
export const markdownText = (text: string): string => text.replace(/\r?\n|\r/g, " ").replace(/([\\`*_[\]|<>#])/g, "\\$1");
