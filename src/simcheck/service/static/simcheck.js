// Progressive enhancement only: everything works without this file.
"use strict";

function copyText(source) {
  if (navigator.clipboard && window.isSecureContext) {
    return navigator.clipboard.writeText(source.textContent);
  }
  const range = document.createRange();
  range.selectNodeContents(source);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  const copied = document.execCommand("copy");
  selection.removeAllRanges();
  return copied ? Promise.resolve() : Promise.reject(new Error("copy refused"));
}

document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button[data-copy]")) {
    const source = document.getElementById(button.dataset.copy);
    const status = document.getElementById(button.dataset.copyStatus);
    if (!source) continue;
    button.hidden = false;
    button.addEventListener("click", () => {
      copyText(source).then(
        () => { status.textContent = "Copied to the clipboard."; },
        () => { status.textContent = "Copy failed: select the text and copy it by hand."; },
      );
    });
  }
});
