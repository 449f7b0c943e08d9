export function render(): void {
  document.body.textContent = "tb-transfer";
}
