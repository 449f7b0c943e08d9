// Entry point: TensorBoard's plugin_entry.html imports this module and calls render() once, with no arguments,
// inside the tab's iframe. Level modules that add panels (registerPanel) are imported here.

import { api } from "./api";
import { data, loader } from "./data";
import { mountFrame } from "./frame";
import { startHostBridge, watchTheme } from "./host";
import { setThemeGetter } from "./palette";
import { store, setTheme } from "./store";
import { injectStyles } from "./styles";
// The levels: each registers its panels (registerPanel), in the order of the sections.
import "./statistics";
import "./overview";
import "./instance";
import "./feature";
import "./structure";

export { registerPanel, createPanel } from "./panels";
export { store } from "./store";
export { data, loader } from "./data";
export { api } from "./api";

let started = false;

export function render(): void {
  if (started) return;
  started = true;
  injectStyles(document);
  setThemeGetter(() => store.get().theme);
  const applyTheme = (t: "light" | "dark") => {
    document.documentElement.classList.toggle("tbt-dark", t === "dark");
    setTheme(t, store);
  };
  watchTheme(applyTheme);
  let root = document.getElementById("tb-transfer-root");
  if (!root) {
    root = document.createElement("div");
    root.id = "tb-transfer-root";
    document.body.appendChild(root);
  }
  mountFrame(root, { store, data, loader, api });
  startHostBridge({ onReload: () => void loader.reload(store.get().runs) });
  void loader.loadRuns();
}
