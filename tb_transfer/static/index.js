// src/index.ts
function e() {
	document.body.textContent = "tb-transfer";
}
export { e as render };
