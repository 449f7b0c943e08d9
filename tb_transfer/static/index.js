// src/api.ts
var e = class extends Error {
	constructor(e, t, n) {
		super(e), this.name = "ApiError", this.status = t, this.url = n;
	}
};
function t(e, t = {}) {
	let n = new URLSearchParams();
	for (let [e, r] of Object.entries(t)) r != null && n.append(e, Array.isArray(r) ? r.join(",") : String(r));
	let r = n.toString();
	return `./${e.replace(/^\.?\//, "")}${r ? `?${r}` : ""}`;
}
async function n(e) {
	let t = "";
	try {
		t = (await e.text()).trim();
	} catch {}
	return /^\s*<(!doctype|html)/i.test(t) && (t = ""), t.length > 600 && (t = `${t.slice(0, 600)}…`), t || `${e.status} ${e.statusText || "error"}`.trim();
}
var r = new class {
	constructor(e = {}) {
		this.fetchImpl = e.fetch ?? ((e, t) => globalThis.fetch(e, t)), this.base = e.base ?? "";
	}
	url(e, n = {}) {
		let r = t(e, n);
		return this.base ? `${this.base.replace(/\/$/, "")}/${r.slice(2)}` : r;
	}
	async request(t, r, i, a = !1) {
		let o = this.url(t, r), s;
		try {
			s = await this.fetchImpl(o, {
				signal: i.signal,
				headers: { Accept: "application/json" }
			});
		} catch (t) {
			throw t?.name === "AbortError" ? t : new e(`network error: ${t?.message ?? String(t)}`, 0, o);
		}
		if (!s.ok && !(a && s.status === 202)) throw new e(await n(s), s.status, o);
		return s;
	}
	async json(t, n, r = {}, i = !1) {
		let a = await this.request(t, n, r, i), o = await a.text();
		try {
			return JSON.parse(o);
		} catch {
			throw new e(`invalid JSON from ${t}`, a.status, this.url(t, n));
		}
	}
	runs(e) {
		return this.json("runs", {}, e);
	}
	statistics(e, t) {
		return this.json("statistics", { run: e }, t);
	}
	layer(e, t, n) {
		return this.json("layer", {
			run: e,
			layer: t
		}, n);
	}
	instances(e, t, n, r = "pca", i) {
		return this.json("instances", {
			run: e,
			layer: t,
			step: n,
			projection: r
		}, i, !0);
	}
	async instancesReady(e, t, n, r = "pca", i = {}) {
		let a = i.intervalMs ?? 1e3, o = Date.now() + (i.maxWaitMs ?? 12e4);
		for (;;) {
			let s = await this.instances(e, t, n, r, i);
			if (s.status !== "pending" || Date.now() > o) return s;
			await new Promise((e, t) => {
				let n = setTimeout(e, a);
				i.signal?.addEventListener("abort", () => {
					clearTimeout(n), t(new DOMException("aborted", "AbortError"));
				});
			});
		}
	}
	features(e, t, n, r, i) {
		return this.json("features", {
			run: e,
			layer: t,
			step: n,
			class: r
		}, i);
	}
	featureProjection(e, t, n, r, i, a, o) {
		return this.json("feature_projection", {
			run: e,
			layer: t,
			step: n,
			class: r,
			model: i,
			channels: a
		}, o);
	}
	structure(e, t, n, r, i) {
		return this.json("structure", {
			run: e,
			layer: t,
			step: n,
			class: r
		}, i);
	}
	thumbnailsUrl(e) {
		return this.url("thumbnails", { run: e });
	}
}(), i = {
	light: [
		"#0072B2",
		"#E69F00",
		"#009E73",
		"#D55E00",
		"#CC79A7",
		"#56B4E9",
		"#5F5F5F",
		"#B59A00"
	],
	dark: [
		"#4DA3E0",
		"#F0A824",
		"#19C294",
		"#F2732A",
		"#E192C2",
		"#7CCBF5",
		"#BDBDBD",
		"#F0E442"
	]
}, a = {
	light: {
		source: "#d6604d",
		sourceLight: "#f4b6b2",
		target: "#4393c3",
		targetLight: "#92c5de",
		targetDeep: "#1f5f99"
	},
	dark: {
		source: "#ef8a62",
		sourceLight: "#f4b6b2",
		target: "#67a9cf",
		targetLight: "#92c5de",
		targetDeep: "#a6d1ef"
	}
}, o = [];
function s(e) {
	let t = o.filter((t) => e.includes(t));
	o = [...t, ...e.filter((e) => !t.includes(e))];
}
function c(e) {
	let t = 2166136261;
	for (let n = 0; n < e.length; n++) t ^= e.charCodeAt(n), t = Math.imul(t, 16777619);
	return t >>> 0;
}
function l(e) {
	let t = o.indexOf(e), n = i.light.length;
	return (t >= 0 ? t : c(e)) % n;
}
function u(e, t = p()) {
	return i[t][l(e)];
}
var d = () => "light";
function f(e) {
	d = e;
}
function p() {
	return d();
}
var m = {
	solid: "",
	dashed: "6 4",
	dotted: "1.5 3",
	dashdot: "7 3 1.5 3"
};
// src/store.ts
function h(e, t) {
	if (Object.is(e, t)) return !0;
	if (typeof e != "object" || typeof t != "object" || e === null || t === null) return !1;
	if (Array.isArray(e) || Array.isArray(t)) return !Array.isArray(e) || !Array.isArray(t) || e.length !== t.length ? !1 : e.every((e, n) => Object.is(e, t[n]));
	if (e instanceof Set || t instanceof Set) {
		if (!(e instanceof Set) || !(t instanceof Set) || e.size !== t.size) return !1;
		for (let n of e) if (!t.has(n)) return !1;
		return !0;
	}
	if (e instanceof Map || t instanceof Map) {
		if (!(e instanceof Map) || !(t instanceof Map) || e.size !== t.size) return !1;
		for (let [n, r] of e) if (!t.has(n) || !Object.is(r, t.get(n))) return !1;
		return !0;
	}
	let n = Object.keys(e), r = Object.keys(t);
	return n.length === r.length && n.every((n) => Object.is(e[n], t[n]));
}
var g = class {
	constructor(e) {
		this.subs = /* @__PURE__ */ new Set(), this.notifying = !1, this.pending = !1, this.state = e;
	}
	get() {
		return this.state;
	}
	set(e) {
		let t = typeof e == "function" ? e(this.state) : e, n = !1;
		for (let e of Object.keys(t)) if (!Object.is(this.state[e], t[e])) {
			n = !0;
			break;
		}
		n && (this.state = {
			...this.state,
			...t
		}, this.notify());
	}
	notify() {
		if (this.notifying) this.pending = !0;
		else {
			this.notifying = !0;
			try {
				do {
					this.pending = !1;
					for (let e of [...this.subs]) {
						if (!this.subs.has(e)) continue;
						let t = e.selector(this.state);
						if (!e.equals(t, e.last)) {
							let n = e.last;
							e.last = t;
							try {
								e.listener(t, n);
							} catch (e) {
								console.error("tb-transfer: store listener failed", e);
							}
						}
					}
				} while (this.pending);
			} finally {
				this.notifying = !1;
			}
		}
	}
	subscribe(e, t, n = {}) {
		let r = {
			selector: e,
			listener: t,
			equals: n.equals ?? h,
			last: e(this.state)
		};
		return this.subs.add(r), n.immediate && t(r.last, r.last), () => {
			this.subs.delete(r);
		};
	}
};
function _(e) {
	return new g(e);
}
function v() {
	return {
		runs: [],
		step: null,
		layer: null,
		class: null,
		instances: /* @__PURE__ */ new Set(),
		neuron: null,
		compareMode: "overlay",
		theme: "light"
	};
}
var y = _(v());
function b(e, t = y) {
	t.set({ runs: [...new Set(e)] });
}
function x(e, t = y) {
	let n = t.get().runs;
	t.set({ runs: n.includes(e) ? n.filter((t) => t !== e) : [...n, e] });
}
function S(e, t = y) {
	t.set({ step: e });
}
function C(e, t = y) {
	t.set({ layer: e });
}
function w(e, t = y, n = !1) {
	t.set({ class: n && e !== null && t.get().class === e ? null : e });
}
function T(e, t = y) {
	let n = t.get().neuron;
	n && e && n.layer === e.layer && n.channel === e.channel || t.set({ neuron: e });
}
function E(e, t = y) {
	t.set({ compareMode: e });
}
function D(e, t = y) {
	t.set({ theme: e });
}
function O(e, t) {
	if (!e.length) return null;
	if (t === null) return e[e.length - 1];
	let n = null;
	for (let r of e) r <= t && (n === null || r > n) && (n = r);
	return n ?? e[0];
}
// src/data.ts
function ee() {
	return {
		status: "loading",
		runs: [],
		error: null,
		stats: /* @__PURE__ */ new Map(),
		version: 0
	};
}
var te = _(ee());
function ne(e) {
	if (!e) return "";
	let t = e.steps;
	return `${t.length}:${t[0] ?? ""}:${t[t.length - 1] ?? ""}:${e.error ?? ""}`;
}
function re(t) {
	return t instanceof e || t instanceof Error ? t.message : String(t);
}
var ie = new class {
	constructor(e = te, t = r) {
		this.store = e, this.client = t, this.inflight = /* @__PURE__ */ new Map(), this.runsInflight = null;
	}
	entry(e) {
		return this.store.get().runs.find((t) => t.run === e);
	}
	info(e) {
		return this.entry(e)?.info ?? null;
	}
	loadRuns() {
		return this.runsInflight || (this.runsInflight = (async () => {
			try {
				let e = await this.client.runs(), t = Array.isArray(e?.runs) ? e.runs : [];
				s(t.map((e) => e.run));
				let n = this.store.get(), r = n.status !== "ready" || n.runs.length !== t.length || n.runs.some((e, n) => e.run !== t[n].run || ne(e) !== ne(t[n]));
				this.store.set({
					status: "ready",
					runs: t,
					error: null,
					version: r ? n.version + 1 : n.version
				});
			} catch (e) {
				this.store.get().status === "ready" ? console.warn("tb-transfer: reloading runs failed", e) : this.store.set({
					status: "error",
					error: re(e)
				});
			} finally {
				this.runsInflight = null;
			}
		})()), this.runsInflight;
	}
	ensureStatistics(e, t = 1500) {
		let n = [], r = /* @__PURE__ */ new Map(), i = !1, a = !1, o = () => {
			if (!r.size) return;
			let e = new Map(this.store.get().stats);
			for (let [t, n] of r) e.set(t, n);
			r.clear();
			let t = { stats: e };
			a && (t.version = this.store.get().version + 1), a = !1, this.store.set(t);
		}, s = /* @__PURE__ */ new Map();
		for (let t of e) {
			let e = this.entry(t), c = ne(e), l = this.store.get().stats.get(t);
			if (l && l.signature === c) continue;
			let u = this.inflight.get(t);
			if (u) {
				n.push(u);
				continue;
			}
			if (e?.error && !e.steps.length) {
				s.set(t, {
					status: "error",
					data: null,
					error: e.error,
					signature: c
				});
				continue;
			}
			s.set(t, {
				status: l?.data ? "ready" : "loading",
				data: l?.data ?? null,
				error: null,
				signature: l?.signature ?? ""
			});
			let d = (async () => {
				let n;
				try {
					n = {
						status: "ready",
						data: await this.client.statistics(t),
						error: e?.error ?? null,
						signature: c
					}, l?.data && (a = !0);
				} catch (e) {
					n = {
						status: "error",
						data: null,
						error: re(e),
						signature: c
					};
				} finally {
					this.inflight.delete(t);
				}
				r.set(t, n), i && o();
			})();
			this.inflight.set(t, d), n.push(d);
		}
		if (s.size) {
			let e = new Map(this.store.get().stats);
			for (let [t, n] of s) e.set(t, n);
			this.store.set({ stats: e });
		}
		let c = setTimeout(() => {
			i = !0, o();
		}, t);
		return Promise.all(n).then(() => {
			clearTimeout(c), o();
		});
	}
	async reload(e) {
		await this.loadRuns();
		let t = [...this.store.get().stats.keys()];
		await this.ensureStatistics([.../* @__PURE__ */ new Set([...e, ...t])]);
	}
}();
// src/dom.ts
function k(e, t = null, ...n) {
	let r = document.createElement(e);
	if (t) for (let [e, n] of Object.entries(t)) n !== !1 && n != null && (e === "class" ? r.className = String(n) : r.setAttribute(e, n === !0 ? "" : String(n)));
	return ae(r, ...n), r;
}
function ae(e, ...t) {
	for (let n of t.flat()) n != null && n !== !1 && e.appendChild(typeof n == "object" ? n : document.createTextNode(String(n)));
}
var oe = "http://www.w3.org/2000/svg";
function A(e, t = null) {
	let n = document.createElementNS(oe, e);
	if (t) for (let [e, r] of Object.entries(t)) r !== !1 && r != null && n.setAttribute(e, String(r));
	return n;
}
function j(e) {
	for (; e.firstChild;) e.removeChild(e.firstChild);
}
// src/charts/legend.ts
function se(e) {
	let t = !!e.markerOnly, n = t ? 12 : 26, r = n / 2, i = A("svg", {
		class: "tbt-legend-swatch",
		width: n,
		height: 12,
		viewBox: `0 0 ${n} 12`,
		"aria-hidden": "true"
	}), a = (t, n, r) => {
		n && (t.style.stroke = e.color), t.style.fill = r ? e.color : "none";
	};
	if (!t) {
		let t = A("line", {
			x1: 1,
			x2: n - 1,
			y1: 6,
			y2: 6,
			"stroke-width": 2,
			"stroke-dasharray": e.dash || null
		});
		a(t, !0, !1), i.appendChild(t);
	}
	let o = e.marker ?? "none";
	if (o === "circle") {
		let n = A("circle", {
			cx: r,
			cy: 6,
			r: t ? 4 : 3.2,
			"stroke-width": 1.3
		});
		a(n, !0, !e.hollow), e.hollow && (n.style.fill = "var(--tbt-panel)"), i.appendChild(n);
	} else if (o === "cross") {
		let e = A("path", {
			d: `M${r - 3.2},2.8L${r + 3.2},9.2M${r - 3.2},9.2L${r + 3.2},2.8`,
			"stroke-width": 1.6
		});
		a(e, !0, !1), i.appendChild(e);
	} else if (o === "square") {
		let e = t ? A("rect", {
			x: 1,
			y: 1,
			width: 10,
			height: 10,
			rx: 2
		}) : A("rect", {
			x: r - 3,
			y: 3,
			width: 6,
			height: 6
		});
		a(e, !1, !0), i.appendChild(e);
	}
	return i;
}
function ce(e, t, n = "Legend") {
	let r = k("div", {
		class: "tbt-legend",
		role: "group",
		"aria-label": n
	});
	for (let n of e) {
		let e = [se(n), k("span", { class: "tbt-legend-label" }, n.label)], i = t ? k("button", {
			type: "button",
			class: `tbt-legend-item${n.hidden ? " tbt-off" : ""}`,
			"aria-pressed": n.hidden ? "false" : "true",
			title: n.title ?? `Show or hide ${n.label}`,
			"data-series": n.id
		}, ...e) : k("span", {
			class: "tbt-legend-item",
			title: n.title ?? null
		}, ...e);
		t && i.addEventListener("click", () => t(n.id)), r.appendChild(i);
	}
	return r;
}
// src/export.ts
function le(e) {
	if (e == null) return "";
	if (typeof e == "number") return Number.isFinite(e) ? String(Number(e.toPrecision(7))) : "";
	let t = String(e);
	return (/^[=+@\t\r]/.test(t) || /^-/.test(t) && !/^-\d*\.?\d+(e[+-]?\d+)?$/i.test(t)) && (t = `'${t}`), /[",\r\n]/.test(t) ? `"${t.replace(/"/g, "\"\"")}"` : t;
}
function ue(e) {
	return e.map((e) => e.map(le).join(",")).join("\r\n") + "\r\n";
}
var de = [
	"fill",
	"fill-opacity",
	"stroke",
	"stroke-width",
	"stroke-dasharray",
	"stroke-opacity",
	"stroke-linecap",
	"stroke-linejoin",
	"opacity",
	"font-family",
	"font-size",
	"font-weight",
	"font-style",
	"text-anchor",
	"dominant-baseline",
	"visibility",
	"display",
	"shape-rendering"
], fe = "http://www.w3.org/2000/svg";
function pe(e, t = {}) {
	let n = e.cloneNode(!0), r = [e, ...Array.from(e.querySelectorAll("*"))], i = [n, ...Array.from(n.querySelectorAll("*"))], a = e.ownerDocument.defaultView;
	for (let e = 0; e < r.length && e < i.length; e++) {
		let t = a?.getComputedStyle(r[e]);
		if (!t) continue;
		let n = [];
		for (let e of de) {
			let r = t.getPropertyValue(e);
			r !== "" && r != null && n.push(`${e}:${r}`);
		}
		n.length && i[e].setAttribute("style", n.join(";")), i[e].removeAttribute("class");
	}
	for (let e of Array.from(n.querySelectorAll("[data-export='skip']"))) e.remove();
	if (n.setAttribute("xmlns", fe), n.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink"), n.setAttribute("version", "1.1"), t.background) {
		let r = e.ownerDocument.createElementNS(fe, "rect");
		r.setAttribute("width", "100%"), r.setAttribute("height", "100%"), r.setAttribute("fill", t.background), n.insertBefore(r, n.firstChild);
	}
	return t.mutate?.(n), `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(n)}`;
}
function me(e, t, n, r = 2) {
	return new Promise((i, a) => {
		let o = new Image();
		o.onload = () => {
			let e = document.createElement("canvas");
			e.width = Math.round(t * r), e.height = Math.round(n * r);
			let s = e.getContext("2d");
			if (!s) return a(/* @__PURE__ */ Error("no 2-D canvas"));
			s.scale(r, r), s.drawImage(o, 0, 0, t, n), e.toBlob((e) => e ? i(e) : a(/* @__PURE__ */ Error("PNG encoding failed")), "image/png");
		}, o.onerror = () => a(/* @__PURE__ */ Error("could not draw the SVG")), o.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(e)}`;
	});
}
function he(...e) {
	return (e.filter(Boolean).join("_").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "").replace(/-+/g, "-") || "export").slice(0, 120);
}
function ge(e, t, n = "text/plain") {
	let r = typeof e == "string" ? new Blob([e], { type: `${n};charset=utf-8` }) : e, i = URL.createObjectURL(r), a = document.createElement("a");
	a.href = i, a.download = t, a.style.display = "none", document.body.appendChild(a), a.click(), a.remove(), setTimeout(() => URL.revokeObjectURL(i), 1e4);
}
function _e(e) {
	let t = e.ownerDocument.defaultView, n = e;
	for (; n && t;) {
		let e = t.getComputedStyle(n).backgroundColor;
		if (e && e !== "transparent" && e !== "rgba(0, 0, 0, 0)") return e;
		n = n.parentElement;
	}
	return "#ffffff";
}
function ve(e) {
	return pe(e.svg, {
		background: _e(e.svg),
		mutate: (t) => {
			let n = e.rasters ?? [], r = t.firstChild?.nextSibling ?? null;
			for (let e of n) {
				let n = t.ownerDocument.createElementNS(fe, "image");
				n.setAttribute("x", String(e.x)), n.setAttribute("y", String(e.y)), n.setAttribute("width", String(e.width)), n.setAttribute("height", String(e.height)), n.setAttribute("href", e.canvas.toDataURL("image/png")), t.insertBefore(n, r);
			}
		}
	});
}
function ye(e) {
	ge(ve(e), `${he("tb-transfer", e.name)}.svg`, "image/svg+xml");
}
async function be(e) {
	let t = Number(e.svg.getAttribute("width")) || e.svg.getBoundingClientRect().width, n = Number(e.svg.getAttribute("height")) || e.svg.getBoundingClientRect().height;
	ge(await me(ve(e), t, n, 2), `${he("tb-transfer", e.name)}.png`, "image/png");
}
function xe(e, t) {
	ge(ue(e), `${he("tb-transfer", t)}.csv`, "text/csv");
}
// src/panels.ts
var Se = [
	{
		id: "statistical",
		title: "Statistical level",
		question: "Did transfer help, where, and at what cost?"
	},
	{
		id: "overview",
		title: "Layer overview",
		question: "Which layers changed, and which still tell the domains apart?"
	},
	{
		id: "instance",
		title: "Instance level",
		question: "Where do the domains differ in the representation?"
	},
	{
		id: "feature",
		title: "Feature level",
		question: "Which learned features are domain-specific and which transferable?"
	},
	{
		id: "structure",
		title: "Model structure level",
		question: "What knowledge was kept or changed inside the network?"
	}
];
function Ce(e, t) {
	let n = (t, n) => {
		let r = k("button", {
			type: "button",
			class: "tbt-export",
			title: `Download ${e} as ${t}`
		}, t);
		return r.addEventListener("click", async () => {
			try {
				await n();
			} catch (e) {
				console.error("tb-transfer: export failed", e);
			}
		}), r;
	}, r = [];
	return t.figure && r.push(n("PNG", async () => {
		let e = t.figure?.();
		e && await be(e);
	}), n("SVG", () => {
		let e = t.figure?.();
		e && ye(e);
	})), t.csv && r.push(n("CSV", () => {
		let e = t.csv?.();
		e && xe(e.rows, e.name);
	})), r;
}
var we = 0;
function Te(e) {
	let t = `tbt-panel-title-${++we}`, n = k("section", {
		class: "tbt-panel",
		"data-panel": e.id,
		"aria-labelledby": t
	});
	n.style.gridColumn = `span ${e.span ?? 6}`;
	let r = k("h3", {
		class: "tbt-panel-title",
		id: t
	}, e.title), i = k("header", { class: "tbt-panel-header" }, r);
	if (e.info) {
		let t = k("span", {
			class: "tbt-info",
			tabindex: 0,
			role: "note",
			"aria-label": e.info,
			title: e.info
		}, "?");
		r.appendChild(t);
	}
	let a = k("div", { class: "tbt-panel-controls" }), o = k("div", {
		class: "tbt-panel-exports",
		role: "group",
		"aria-label": `Export ${e.title}`
	});
	i.append(a, o);
	let s = k("div", { class: "tbt-panel-body" }), c = k("div", {
		class: "tbt-panel-message",
		role: "status"
	});
	return c.hidden = !0, n.append(i, c, s), {
		id: e.id,
		root: n,
		body: s,
		controls: a,
		setExports(t) {
			j(o), o.append(...Ce(e.title, t));
		},
		setState(e, t) {
			n.dataset.state = e, e === "ready" ? (c.hidden = !0, j(c), s.hidden = !1) : (j(c), c.className = `tbt-panel-message tbt-${e}`, e === "loading" && c.appendChild(k("span", {
				class: "tbt-spinner",
				"aria-hidden": "true"
			})), c.appendChild(k("span", null, t ?? (e === "loading" ? "Loading…" : e === "empty" ? "No data." : "Error."))), c.hidden = !1, s.hidden = !0);
		},
		setTitle(e) {
			r.firstChild.textContent = e;
		}
	};
}
var Ee = /* @__PURE__ */ new Map(), De = /* @__PURE__ */ new Set();
function M(e) {
	Ee.set(e.id, e), De.forEach((e) => e());
}
function Oe(e, t) {
	let n = Se.find((t) => t.id === e);
	M({
		id: `${e}-coming`,
		section: e,
		title: n.title,
		span: 12,
		mount({ panel: e }) {
			e.root.classList.add("tbt-coming"), e.body.append(k("p", { class: "tbt-note" }, k("strong", null, "Coming in a later release. "), t));
		}
	});
}
function ke(e) {
	return [...Ee.values()].filter((t) => t.section === e).sort((e, t) => (e.order ?? 100) - (t.order ?? 100));
}
function Ae(e) {
	return De.add(e), () => De.delete(e);
}
// src/transforms.ts
function N(e) {
	return typeof e == "number" && Number.isFinite(e) ? e : null;
}
function je(e, t, n) {
	let r = e.performance.splits.indexOf(t), i = e.performance.metrics.indexOf(n);
	return e.steps.map((t, n) => {
		let a = e.performance.values[n];
		return {
			x: t,
			y: r < 0 || i < 0 || !a ? null : N(a[r]?.[i])
		};
	});
}
function Me(e) {
	return e.some((e) => e.y !== null);
}
function Ne(e) {
	return e.steps.map((t, n) => ({
		x: t,
		y: N(e.transferability[n])
	}));
}
function Pe(e, t = "accuracy") {
	if (!e.steps.length) return null;
	for (let n of ["target_val", "target"]) {
		let r = je(e, n, t)[0]?.y ?? null;
		if (r !== null) return {
			split: n,
			value: r
		};
	}
	return null;
}
function Fe(e, t) {
	let n = new Map(e.map((e) => [e.x, e.y]));
	return t.map((e) => {
		let t = n.get(e.x);
		return {
			x: e.x,
			y: e.y === null || t == null ? null : e.y - t
		};
	});
}
function Ie(e) {
	let t = /* @__PURE__ */ new Set();
	for (let n of e) for (let e of n) t.add(e);
	return [...t].sort((e, t) => e - t);
}
function Le(e) {
	let t = [];
	for (let n of e) {
		let e = null;
		for (let r of n) {
			if (!t.includes(r)) {
				let n = e === null ? 0 : t.indexOf(e) + 1;
				t.splice(n, 0, r);
			}
			e = r;
		}
	}
	return t;
}
function Re(e, t, n = 3) {
	if (!e) return [];
	let r = [];
	return e.forEach((e, n) => {
		let i = N(e);
		n !== t && i !== null && i > 0 && r.push({
			predicted: n,
			count: i
		});
	}), r.sort((e, t) => t.count - e.count || e.predicted - t.predicted), r.slice(0, n);
}
function ze(e, t, n = 3) {
	let r = t >= 0 ? e.class_accuracy.values[t] : null, i = t >= 0 ? e.confusion.values[t] : null, a = e.class_accuracy.domains.indexOf("source"), o = e.class_accuracy.domains.indexOf("target"), s = e.confusion.domains.indexOf("target");
	return e.class_names.map((e, t) => {
		let c = r && a >= 0 ? N(r[a]?.[t]) : null, l = r && o >= 0 ? N(r[o]?.[t]) : null, u = i && s >= 0 ? i[s]?.[t] : void 0, d = null, f = null;
		return u && (f = 0, d = 0, u.forEach((e, n) => {
			let r = N(e) ?? 0;
			f += r, n !== t && (d += r);
		})), {
			index: t,
			name: e,
			source: c,
			target: l,
			diff: c !== null && l !== null ? l - c : null,
			confusions: Re(u, t, n),
			errors: d,
			support: f
		};
	});
}
function Be(e, t, n) {
	let r = e.confusion.domains.indexOf(n), i = t >= 0 ? e.confusion.values[t] : null;
	if (!i || r < 0 || !i[r]) return null;
	let a = i[r].map((e) => e.map(N));
	return {
		counts: a,
		rates: a.map((e) => {
			let t = e.reduce((e, t) => e + (t ?? 0), 0);
			return e.map((e) => t > 0 && e !== null ? e / t : null);
		})
	};
}
function Ve(e, t, n) {
	let r = e.layer_stats.measures.indexOf(t), i = n >= 0 ? e.layer_stats.values[n] : null;
	return e.layer_stats.layers.map((e, t) => ({
		x: t,
		y: r < 0 || !i ? null : N(i[r]?.[t])
	}));
}
function He(e, t = null) {
	let n = [];
	for (let [r, i] of Object.entries(e.failures ?? {})) {
		let e = Number(r);
		if (t === null || e === t) for (let t of i ?? []) n.push({
			step: e,
			measure: String(t.measure),
			layer: String(t.layer ?? ""),
			error: String(t.error ?? "")
		});
	}
	return n.sort((e, t) => e.step - t.step || e.measure.localeCompare(t.measure) || e.layer.localeCompare(t.layer)), n;
}
function Ue(e, t = 0) {
	let n = Infinity, r = -Infinity;
	for (let t of e) for (let e of t) e.y !== null && (e.y < n && (n = e.y), e.y > r && (r = e.y));
	if (n === Infinity) return null;
	let i = r - n || Math.abs(r) || 1;
	return [n - i * t, r + i * t];
}
function P(e, t = 1) {
	return e === null ? "–" : `${(e * 100).toFixed(t)}%`;
}
function We(e, t = 1) {
	if (e === null) return "–";
	let n = (e * 100).toFixed(t);
	return `${e > 0 ? "+" : e < 0 ? "" : "±"}${n === "-0.0" ? "0.0" : n} pp`;
}
function F(e, t = 3) {
	if (e === null) return "–";
	let n = Math.abs(e);
	return n !== 0 && (n >= 1e4 || n < .001) ? e.toExponential(2) : e.toFixed(t);
}
// src/view.ts
function Ge(e) {
	let t = e.find((e) => e?.step_unit)?.step_unit;
	return t ? String(t) : "step";
}
var Ke = /* @__PURE__ */ new WeakMap();
function qe(e, t, n) {
	let r = e.get(), i = t.get(), a = Ke.get(r);
	if (a && a.data === i && a.runColor === n) return a.view;
	let o = Je(r, i, n);
	return Ke.set(r, {
		data: i,
		runColor: n,
		view: o
	}), o;
}
function Je(e, t, n) {
	let r = new Map(t.runs.map((e) => [e.run, e])), i = [], a = [], o = [];
	for (let s of e.runs) {
		let c = t.stats.get(s), l = r.get(s);
		if (c && c.status !== "loading" || a.push(s), (c?.status === "error" || l?.error && c?.status !== "loading") && o.push({
			run: s,
			error: c?.error ?? l?.error ?? "could not be read"
		}), c?.data && c.status !== "error") {
			let t = O(c.data.steps, e.step);
			i.push({
				run: s,
				stats: c.data,
				info: l?.info ?? null,
				color: n(s),
				step: t,
				t: t === null ? -1 : c.data.steps.indexOf(t)
			});
		}
	}
	let s = Ie(i.map((e) => e.stats.steps)), c = e.compareMode === "difference" && i.length >= 2 ? [i[1], i[0]] : null, l = Le((c ?? i).map((e) => e.stats.layer_stats?.layers ?? [])), u = c ? Ie(c.map((e) => e.stats.steps)) : s, d = O(u, e.step);
	if (c && e.step === null) {
		let e = new Set(c[1].stats.steps), t = c[0].stats.steps.filter((t) => e.has(t));
		d = t.length ? t[t.length - 1] : d;
	}
	return {
		sel: e,
		theme: e.theme,
		selected: e.runs,
		runs: i,
		loading: a,
		errors: o,
		selectedStep: e.step ?? (s.length ? s[s.length - 1] : null),
		single: i.length === 1,
		pair: c,
		layers: l,
		steps: u,
		step: d,
		stepLabel: Ge(i.map((e) => e.info))
	};
}
var Ye = /* @__PURE__ */ new WeakMap(), Xe = 1;
function Ze(e) {
	if (!e) return 0;
	let t = Ye.get(e);
	return t || (t = Xe++, Ye.set(e, t)), t;
}
function Qe(e) {
	return `${e.runs.map((e) => `${e.run}#${Ze(e.stats)}@${e.step}`).join(",")}|${e.theme}|${e.selectedStep}`;
}
var $e = [
	"from tb_transfer import TransferCallback",
	"cb = TransferCallback(model, source_probe, target_probe, class_names, log_dir=\"runs/finetune\")",
	"cb.on_epoch_end(epoch)  # in the training loop, after each epoch"
];
function et(e) {
	let t = e.trim();
	if (!t) return () => !0;
	try {
		let e = new RegExp(t, "i");
		return (t) => e.test(t);
	} catch {
		let e = t.toLowerCase();
		return (t) => t.toLowerCase().includes(e);
	}
}
function tt(e, t) {
	return k("label", {
		class: "tbt-control-label",
		for: t
	}, e);
}
function nt(e) {
	let { store: t, data: n } = e, r = k("div", { class: "tbt-control tbt-runs" }), i = k("button", {
		type: "button",
		class: "tbt-runs-button",
		id: "tbt-runs-button",
		"aria-haspopup": "true",
		"aria-expanded": "false",
		"aria-controls": "tbt-runs-popover"
	}), a = k("div", {
		class: "tbt-popover",
		id: "tbt-runs-popover",
		role: "dialog",
		"aria-label": "Select runs"
	});
	a.hidden = !0;
	let o = k("input", {
		type: "search",
		class: "tbt-input",
		placeholder: "Filter runs (text or regex)",
		"aria-label": "Filter runs",
		spellcheck: "false"
	}), s = k("button", {
		type: "button",
		class: "tbt-link"
	}, "Select shown"), c = k("button", {
		type: "button",
		class: "tbt-link"
	}, "Clear"), l = k("div", {
		class: "tbt-run-list",
		role: "group",
		"aria-label": "Runs"
	}), d = k("div", { class: "tbt-muted tbt-small" });
	a.append(k("div", { class: "tbt-popover-head" }, o, s, c), l, d), r.append(tt("Runs", "tbt-runs-button"), i, a);
	let f = () => {
		let e = et(o.value);
		return n.get().runs.filter((t) => e(t.run));
	}, p = () => {
		j(l);
		let e = new Set(t.get().runs), r = f(), i = t.get().theme;
		r.forEach((n, r) => {
			let a = `tbt-run-cb-${r}`, s = k("input", {
				type: "checkbox",
				id: a,
				class: "tbt-run-checkbox"
			});
			s.checked = e.has(n.run), s.style.accentColor = u(n.run, i), s.addEventListener("change", () => x(n.run, t)), s.addEventListener("keydown", (e) => {
				let t = [...l.querySelectorAll("input[type=checkbox]")], n = t.indexOf(s);
				e.key === "ArrowDown" ? (e.preventDefault(), t[Math.min(t.length - 1, n + 1)]?.focus()) : e.key === "ArrowUp" && (e.preventDefault(), n === 0 ? o.focus() : t[n - 1]?.focus());
			});
			let c = k("label", {
				class: `tbt-run-row${n.error ? " tbt-has-error" : ""}`,
				for: a,
				title: n.error ? `${n.run}: ${n.error}` : n.run
			}, s, se({
				color: u(n.run, i),
				marker: "square",
				markerOnly: !0
			}), k("span", { class: "tbt-run-name" }, n.run), n.error ? k("span", {
				class: "tbt-error-badge",
				"aria-label": `error: ${n.error}`
			}, "!") : null, k("span", { class: "tbt-run-steps tbt-muted" }, n.steps.length ? `${n.steps.length} steps` : "no steps"));
			l.appendChild(c);
		}), r.length || l.appendChild(k("div", { class: "tbt-muted tbt-small" }, "No run matches the filter.")), d.textContent = `${e.size} of ${n.get().runs.length} runs selected`;
	}, m = "", h = () => {
		let e = t.get().runs.length, r = n.get().runs.length;
		if (i.textContent = "", i.append(k("span", null, e === 0 ? "No run selected" : e === 1 ? t.get().runs[0] : `${e} of ${r} runs`), k("span", {
			class: "tbt-caret",
			"aria-hidden": "true"
		}, "▾")), a.hidden) return;
		let s = `${t.get().theme}\u0000${o.value}\u0000${f().map((e) => `${e.run}\u0001${e.error ?? ""}\u0001${e.steps.length}`).join("\0")}`;
		if (s !== m) {
			p(), m = s;
			return;
		}
		let c = new Set(t.get().runs);
		f().forEach((e, t) => {
			let n = l.querySelector(`#tbt-run-cb-${t}`);
			n && (n.checked = c.has(e.run));
		}), d.textContent = `${c.size} of ${n.get().runs.length} runs selected`;
	}, g = (e) => {
		a.hidden = !e, i.setAttribute("aria-expanded", String(e)), m = "", e && (h(), o.focus());
	};
	return i.addEventListener("click", () => g(!!a.hidden)), o.addEventListener("input", h), o.addEventListener("keydown", (e) => {
		if (e.key === "ArrowDown") e.preventDefault(), l.querySelector("input[type=checkbox]")?.focus();
		else if (e.key === "Enter") {
			let e = f()[0];
			e && x(e.run, t);
		}
	}), s.addEventListener("click", () => b([...t.get().runs, ...f().map((e) => e.run)], t)), c.addEventListener("click", () => b([], t)), a.addEventListener("keydown", (e) => {
		e.key === "Escape" && (g(!1), i.focus());
	}), document.addEventListener("mousedown", (e) => {
		!a.hidden && !r.contains(e.target) && g(!1);
	}), {
		element: r,
		update: h
	};
}
function rt(e) {
	let t = k("div", {
		class: "tbt-chips",
		role: "list",
		"aria-label": "Selected runs"
	});
	return {
		element: t,
		update: () => {
			j(t);
			let { store: n, data: r } = e, i = n.get().theme, a = new Map(r.get().runs.map((e) => [e.run, e]));
			for (let e of n.get().runs) {
				let r = a.get(e), o = k("button", {
					type: "button",
					class: "tbt-chip-remove",
					"aria-label": `Remove run ${e}`,
					title: "Remove from the selection"
				}, "×");
				o.addEventListener("click", () => x(e, n));
				let s = k("span", {
					class: `tbt-chip${r?.error ? " tbt-has-error" : ""}`,
					role: "listitem",
					title: r?.error ? `${e}: ${r.error}` : e
				}, se({
					color: u(e, i),
					marker: "square",
					markerOnly: !0
				}), k("span", { class: "tbt-run-name" }, e), r?.error ? k("span", {
					class: "tbt-error-badge",
					"aria-hidden": "true"
				}, "!") : null, o);
				s.style.borderColor = u(e, i), t.appendChild(s);
			}
		}
	};
}
function it(e) {
	let t = e.store.get().runs;
	return e.data.get().runs.filter((e) => t.includes(e.run));
}
function at(e) {
	let { store: t } = e, n = k("div", { class: "tbt-control tbt-step" }), r = k("input", {
		type: "range",
		id: "tbt-step-range",
		class: "tbt-range",
		min: 0,
		max: 0,
		step: 1,
		"aria-label": "Step"
	}), i = k("input", {
		type: "number",
		class: "tbt-input tbt-step-number",
		"aria-label": "Step number",
		step: 1
	}), a = k("button", {
		type: "button",
		class: "tbt-toggle",
		"aria-pressed": "true",
		title: "Follow the latest step while training runs"
	}, "Latest"), o = k("span", { class: "tbt-muted tbt-small tbt-step-unit" });
	n.append(tt("Step", "tbt-step-range"), r, i, a, o);
	let s = [], c = (e) => {
		if (!s.length || !Number.isFinite(e)) return null;
		let t = s[0];
		for (let n of s) Math.abs(n - e) < Math.abs(t - e) && (t = n);
		return t;
	};
	return r.addEventListener("input", () => {
		let e = s[Number(r.value)];
		e !== void 0 && S(e === s[s.length - 1] && t.get().step === null ? null : e, t);
	}), i.addEventListener("change", () => {
		let e = c(Number(i.value));
		e !== null && S(e, t);
	}), a.addEventListener("click", () => S(t.get().step === null && s.length ? s[s.length - 1] : null, t)), {
		element: n,
		update: () => {
			let n = it(e);
			s = Ie(n.map((e) => e.steps));
			let l = t.get().step, u = l === null ? s[s.length - 1] : c(l), d = u == null ? 0 : s.indexOf(u);
			r.max = String(Math.max(0, s.length - 1)), r.value = String(Math.max(0, d)), r.disabled = s.length < 2, i.disabled = !s.length, s.length && (i.min = String(s[0]), i.max = String(s[s.length - 1])), i.value = u == null ? "" : String(u), r.setAttribute("aria-valuetext", u == null ? "no step" : `step ${u}`), a.setAttribute("aria-pressed", l === null ? "true" : "false"), o.textContent = s.length ? `${Ge(n.map((e) => e.info))} · ${s[0]}–${s[s.length - 1]}` : "";
		}
	};
}
function ot(e) {
	let { store: t } = e, n = k("div", { class: "tbt-control" }), r = k("select", {
		class: "tbt-select",
		id: "tbt-layer-select"
	});
	return n.append(tt("Layer", "tbt-layer-select"), r), r.addEventListener("change", () => C(r.value || null, t)), {
		element: n,
		update: () => {
			let n = [], i = /* @__PURE__ */ new Map();
			for (let t of it(e)) for (let e of t.info?.layers ?? []) n.includes(e.name) || n.push(e.name), i.set(e.name, e.type);
			j(r), n.length || r.appendChild(k("option", { value: "" }, "—"));
			for (let e of n) r.appendChild(k("option", { value: e }, i.get(e) ? `${e} (${i.get(e)})` : e));
			let a = t.get().layer;
			a && !n.includes(a) && r.appendChild(k("option", { value: a }, a)), r.value = a ?? n[n.length - 1] ?? "", r.disabled = !n.length;
		}
	};
}
function st(e) {
	let { store: t } = e, n = k("div", { class: "tbt-control" }), r = k("select", {
		class: "tbt-select",
		id: "tbt-class-select"
	});
	return n.append(tt("Class", "tbt-class-select"), r), r.addEventListener("change", () => w(r.value === "" ? null : Number(r.value), t)), {
		element: n,
		update: () => {
			let n = it(e).find((e) => e.info?.class_names?.length)?.info?.class_names ?? [];
			j(r), r.appendChild(k("option", { value: "" }, "All classes")), n.forEach((e, t) => r.appendChild(k("option", { value: String(t) }, e)));
			let i = t.get().class;
			i !== null && i >= n.length && r.appendChild(k("option", { value: String(i) }, `class ${i}`)), r.value = i === null ? "" : String(i);
		}
	};
}
function ct(e) {
	let { store: t } = e, n = k("div", { class: "tbt-control tbt-compare" }), r = k("div", {
		class: "tbt-segmented",
		role: "group",
		"aria-label": "Compare runs"
	});
	for (let [e, n, i] of [[
		"overlay",
		"Overlay",
		"Draw every selected run on the same axes"
	], [
		"difference",
		"Difference",
		"Draw every run minus the first selected run (the reference)"
	]]) {
		let a = k("button", {
			type: "button",
			"data-value": e,
			title: i
		}, n);
		a.addEventListener("click", () => E(e, t)), r.appendChild(a);
	}
	return n.append(k("span", { class: "tbt-control-label" }, "Compare"), r), {
		element: n,
		update: () => {
			n.hidden = t.get().runs.length < 2, r.querySelectorAll("button").forEach((e) => e.setAttribute("aria-pressed", String(e.dataset.value === t.get().compareMode)));
		}
	};
}
function lt(e, t, n, r) {
	let i = Se.find((e) => e.id === t), a = k("section", {
		class: "tbt-section",
		"data-section": t,
		"aria-labelledby": `tbt-section-${t}`
	});
	a.append(k("div", { class: "tbt-section-head" }, k("h2", {
		class: "tbt-section-title",
		id: `tbt-section-${t}`
	}, i.title), k("span", { class: "tbt-section-question" }, i.question)));
	let o = k("div", { class: "tbt-grid" });
	a.appendChild(o), e.appendChild(a);
	let s = [], c = () => {
		s.forEach((e) => e.destroy?.()), s = [], j(o);
		for (let e of ke(t)) {
			let t = Te({
				id: e.id,
				title: e.title,
				info: e.info,
				span: e.span
			});
			o.appendChild(t.root);
			try {
				let i = e.mount({
					panel: t,
					store: n.store,
					data: n.data,
					loader: n.loader,
					api: n.api,
					runColor: r,
					grid: o
				});
				i && s.push(i);
			} catch (n) {
				console.error(`tb-transfer: panel ${e.id} failed`, n), t.setState("error", `This panel failed to start: ${n.message}`);
			}
		}
	};
	c();
	let l = Ae(() => {
		let e = ke(t).map((e) => e.id).join(",");
		e !== o.dataset.panels && (o.dataset.panels = e, c());
	});
	return o.dataset.panels = ke(t).map((e) => e.id).join(","), () => {
		l(), s.forEach((e) => e.destroy?.());
	};
}
function ut(e, t) {
	let { store: n, data: r, loader: i } = t;
	try {
		performance.mark("tb-transfer:frame-start");
	} catch {}
	let a = k("div", { class: "tbt-app" }), o = k("header", { class: "tbt-header" }), s = k("div", { class: "tbt-brand" }, k("h1", { class: "tbt-title" }, "Transfer"), k("span", { class: "tbt-subtitle" }, "what fine-tuning transferred, and what it changed")), c = nt(t), l = at(t), d = ot(t), f = st(t), p = ct(t), m = k("div", { class: "tbt-controls" }, c.element, l.element, d.element, f.element, p.element), h = rt(t);
	o.append(k("div", { class: "tbt-header-row" }, s, m), h.element);
	let g = k("div", {
		class: "tbt-state",
		role: "status"
	}), _ = k("div", { class: "tbt-sections" }), v = k("main", { class: "tbt-main" }, g, _);
	a.append(o, v), e.appendChild(a);
	let y = (e) => u(e, n.get().theme), x = Se.map((e) => lt(_, e.id, t, y)), S = () => {
		let e = r.get();
		if (j(g), a.dataset.state = e.status === "ready" ? e.runs.length ? "ready" : "empty" : e.status, e.status === "loading") g.append(k("div", { class: "tbt-state-card" }, k("span", {
			class: "tbt-spinner",
			"aria-hidden": "true"
		}), k("span", null, "Loading runs…")));
		else if (e.status === "error") {
			let t = k("button", {
				type: "button",
				class: "tbt-button"
			}, "Retry");
			t.addEventListener("click", () => void i.loadRuns()), g.append(k("div", {
				class: "tbt-state-card tbt-error-card",
				role: "alert"
			}, k("h2", null, "Could not load the Transfer data"), k("p", { class: "tbt-error-message" }, e.error ?? "unknown error"), t));
		} else e.runs.length || g.append(k("div", { class: "tbt-state-card tbt-empty-card" }, k("h2", null, "No transfer data yet"), k("p", null, "None of the runs in this log directory has tb-transfer records. Add the callback to your training loop:"), k("pre", { class: "tbt-snippet" }, k("code", null, $e.join("\n"))), k("p", { class: "tbt-muted" }, "Then point TensorBoard at the parent directory (tensorboard --logdir runs); new steps appear while training runs.")));
		let t = e.status === "ready" && e.runs.length > 0;
		_.hidden = !t, m.hidden = !t, h.element.hidden = !t;
	}, w = () => {
		c.update(), h.update(), l.update(), d.update(), f.update(), p.update();
	}, T = !1, E = () => {
		let e = r.get();
		if (e.status !== "ready") return;
		let t = e.runs.map((e) => e.run);
		if (!T) T = !0, n.get().runs.length || b(t.slice(0, 10), n);
		else {
			let e = n.get().runs.filter((e) => t.includes(e));
			e.length !== n.get().runs.length && b(e, n);
		}
		if (n.get().layer === null) {
			let t = e.runs.find((e) => n.get().runs.includes(e.run) && e.info?.layers?.length)?.info?.layers ?? [];
			t.length && C(t[t.length - 1].name, n);
		}
		i.ensureStatistics(n.get().runs);
	}, D = [
		r.subscribe((e) => [
			e.status,
			e.error,
			e.runs
		], () => {
			S(), E(), w();
		}, { immediate: !0 }),
		n.subscribe((e) => [
			e.runs,
			e.step,
			e.layer,
			e.class,
			e.compareMode,
			e.theme
		], () => w()),
		n.subscribe((e) => e.runs, (e) => void i.ensureStatistics(e))
	];
	return { destroy() {
		D.forEach((e) => e()), x.forEach((e) => e()), a.remove();
	} };
}
function dt(e) {
	let t = e.pollMs ?? 3e4, n = Date.now(), r = 1, i = /* @__PURE__ */ new Map(), a = null, o = null, s = () => {
		n = Date.now(), o && clearTimeout(o), o = setTimeout(() => {
			o = null, e.onReload();
		}, 50);
	}, c = (e) => {
		a?.postMessage(JSON.stringify(e));
	}, l = (e) => {
		let t;
		try {
			t = JSON.parse(e);
		} catch {
			return;
		}
		if (t && typeof t.type == "string") {
			if (t.isReply) {
				let e = i.get(t.id);
				if (!e) return;
				i.delete(t.id), t.error ? e.reject(Error(String(t.error))) : e.resolve(t.payload);
			} else c({
				type: t.type,
				id: t.id,
				payload: null,
				error: null,
				isReply: !0
			}), (t.type === "experimental.DataReloaded" || t.type === "experimental.RunsChanged") && s();
		}
	}, u = e.parent === void 0 ? typeof window < "u" ? window.parent : null : e.parent;
	if (u && typeof window < "u" && u !== window && typeof MessageChannel < "u") try {
		let e = new MessageChannel();
		a = e.port1, a.onmessage = (e) => l(String(e.data)), u.postMessage("experimental.bootstrap", "*", [e.port2]);
	} catch (e) {
		console.warn("tb-transfer: host bridge unavailable", e), a = null;
	}
	let d = t > 0 ? setInterval(() => {
		Date.now() - n >= t * .9 && s();
	}, t) : null;
	return {
		get connected() {
			return a !== null;
		},
		handle: l,
		request(e, t = null) {
			if (!a) return Promise.reject(/* @__PURE__ */ Error("not inside TensorBoard"));
			let n = r++;
			return new Promise((r, a) => {
				i.set(n, {
					resolve: r,
					reject: a
				}), c({
					type: e,
					id: n,
					payload: t,
					error: null,
					isReply: !1
				});
			});
		},
		stop() {
			d && clearInterval(d), o && clearTimeout(o), a?.close(), a = null;
		}
	};
}
function ft(e) {
	let t = [], n = null;
	try {
		window.parent && window.parent !== window && (n = window.parent.document.body);
	} catch {
		n = null;
	}
	if (n) {
		let r = n, i = () => e(r.classList.contains("dark-mode") ? "dark" : "light");
		i();
		let a = new MutationObserver(i);
		a.observe(r, {
			attributes: !0,
			attributeFilter: ["class"]
		}), t.push(() => a.disconnect());
	} else if (typeof window.matchMedia == "function") {
		let n = window.matchMedia("(prefers-color-scheme: dark)"), r = () => e(n.matches ? "dark" : "light");
		r(), n.addEventListener?.("change", r), t.push(() => n.removeEventListener?.("change", r));
	}
	return () => t.forEach((e) => e());
}
// src/overview/style.ts
var pt = "\n.tbt-ov-content { min-width: 0; }\n.tbt-ov-scroll { overflow-x: auto; overflow-y: hidden; max-width: 100%; padding-bottom: 2px; }\n.tbt-ov-network-scroll { overflow-y: auto; max-height: 720px; }\n.tbt-ov-row { position: relative; margin: 4px 0 14px; padding-top: 2px; }\n.tbt-ov-row + .tbt-ov-row { border-top: 1px solid var(--tbt-grid); padding-top: 10px; }\n.tbt-ov-chart-exports { position: absolute; right: 0; top: 6px; z-index: 2; opacity: .55; }\n.tbt-ov-row:hover .tbt-ov-chart-exports, .tbt-ov-chart-exports:focus-within { opacity: 1; }\n.tbt-ov-chart-exports .tbt-export { height: 20px; padding: 0 5px; font-size: 10px; background: var(--tbt-panel); }\n.tbt-ov-heatmap { outline: none; border-radius: 3px; }\n.tbt-ov-heatmap:focus-visible { box-shadow: 0 0 0 2px var(--tbt-accent); }\n.tbt-ov-canvas { image-rendering: pixelated; }\n.tbt-chart .tbt-ov-title { fill: var(--tbt-fg); font-size: 13px; font-weight: 500; cursor: help; }\n.tbt-chart .tbt-ov-run-name { fill: var(--tbt-fg); font-size: 12px; font-weight: 500; }\n.tbt-chart .tbt-ov-note { font-style: italic; }\n.tbt-chart .tbt-ov-tick { stroke: var(--tbt-axis); stroke-width: 1; }\n.tbt-ov-frame { stroke: var(--tbt-border); }\n.tbt-ov-cell { shape-rendering: crispEdges; }\n.tbt-ov-hl { fill: none; stroke: var(--tbt-select-edge); stroke-width: 1.5; pointer-events: none; }\n.tbt-ov-hl-cell { stroke-width: 2.5; }\n.tbt-ov-hover { fill: none; stroke: var(--tbt-accent); stroke-width: 1.5; pointer-events: none; }\n.tbt-ov-edge { stroke: var(--tbt-faint); stroke-width: 1.2; }\n.tbt-ov-skip { stroke-dasharray: 3 2; }\n.tbt-ov-node { outline: none; }\n.tbt-ov-node-frame { stroke: var(--tbt-axis); stroke-width: 1; }\n.tbt-ov-node:hover .tbt-ov-node-frame { stroke: var(--tbt-accent); stroke-width: 1.5; }\n.tbt-ov-node:focus-visible .tbt-ov-node-frame { stroke: var(--tbt-accent); stroke-width: 2.5; }\n.tbt-ov-node.tbt-selected .tbt-ov-node-frame { stroke: var(--tbt-select-edge); stroke-width: 2.5; }\n.tbt-chart .tbt-ov-node-label { fill: var(--tbt-fg); font-size: 11px; }\n.tbt-chart .tbt-ov-node.tbt-selected .tbt-ov-node-label { font-weight: 700; }\n.tbt-chart .tbt-ov-node-type { fill: var(--tbt-faint); font-size: 10px; }\n.tbt-ov-null-swatch { stroke: var(--tbt-border); stroke-width: .5; }\n.tbt-ov-compare, .tbt-ov-controls { display: flex; gap: 8px; align-items: center; }\n.tbt-ov-swap { height: 28px; font-size: 12px; }\n.tbt-ov-sub { margin: 0 0 6px; }\n.tbt-ov-profiles .tbt-line-series[data-series$=\":first\"] { color: var(--tbt-faint); }\n", mt = "\n:root {\n  --tbt-bg: #f5f6f8;\n  --tbt-panel: #ffffff;\n  --tbt-panel-2: #f8f9fa;\n  --tbt-border: #dfe2e6;\n  --tbt-fg: #202124;\n  --tbt-muted: #5f6368;\n  --tbt-faint: #9aa0a6;\n  --tbt-grid: #eceef1;\n  --tbt-axis: #80868b;\n  --tbt-accent: #e8710a;\n  --tbt-accent-soft: #fdf0e4;\n  --tbt-select: #fff3c4;\n  --tbt-select-edge: #202124;\n  --tbt-good: #1a7f4b;\n  --tbt-bad: #c5221f;\n  --tbt-error-bg: #fce8e6;\n  --tbt-error-fg: #a50e0e;\n  --tbt-code-bg: #f1f3f4;\n  --tbt-source: #d6604d;\n  --tbt-target: #4393c3;\n  --tbt-source-soft: #f4b6b2;\n  --tbt-target-soft: #92c5de;\n  --tbt-shadow: 0 1px 2px rgba(60, 64, 67, .12), 0 1px 3px rgba(60, 64, 67, .08);\n  --tbt-font: Roboto, \"Helvetica Neue\", Arial, \"Liberation Sans\", sans-serif;\n  --tbt-mono: \"Roboto Mono\", Menlo, Consolas, \"DejaVu Sans Mono\", monospace;\n  color-scheme: light;\n}\nhtml.tbt-dark {\n  --tbt-bg: #303030;\n  --tbt-panel: #3a3a3a;\n  --tbt-panel-2: #333333;\n  --tbt-border: #4d4d4d;\n  --tbt-fg: #e8eaed;\n  --tbt-muted: #b0b4b9;\n  --tbt-faint: #80868b;\n  --tbt-grid: #474747;\n  --tbt-axis: #9aa0a6;\n  --tbt-accent: #ff9f43;\n  --tbt-accent-soft: #4a3a2a;\n  --tbt-select: #5b4e1f;\n  --tbt-select-edge: #f5f5f5;\n  --tbt-good: #5fd39a;\n  --tbt-bad: #ff8a80;\n  --tbt-error-bg: #5c2b29;\n  --tbt-error-fg: #ffd6d2;\n  --tbt-code-bg: #2a2a2a;\n  --tbt-source: #ef8a62;\n  --tbt-target: #67a9cf;\n  --tbt-shadow: 0 1px 2px rgba(0, 0, 0, .35);\n  color-scheme: dark;\n}\nhtml, body { margin: 0; padding: 0; background: var(--tbt-bg); }\nbody { color: var(--tbt-fg); font: 13px/1.45 var(--tbt-font); -webkit-font-smoothing: antialiased; }\n.tbt-app { min-height: 100vh; color: var(--tbt-fg); }\n.tbt-app *, .tbt-app *::before, .tbt-app *::after { box-sizing: border-box; }\n.tbt-app button, .tbt-app input, .tbt-app select { font: inherit; color: inherit; }\n.tbt-app :focus-visible { outline: 2px solid var(--tbt-accent); outline-offset: 1px; }\n[hidden] { display: none !important; }\n\n/* header */\n.tbt-header { position: sticky; top: 0; z-index: 20; background: var(--tbt-panel); border-bottom: 1px solid var(--tbt-border);\n  padding: 10px 20px 8px; box-shadow: var(--tbt-shadow); }\n.tbt-header-row { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 12px 28px; }\n.tbt-brand { display: flex; flex-direction: column; min-width: 170px; }\n.tbt-title { margin: 0; font-size: 20px; font-weight: 500; letter-spacing: .2px; line-height: 1.2; }\n.tbt-subtitle { font-size: 12px; color: var(--tbt-muted); }\n.tbt-controls { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 10px 22px; flex: 1; }\n.tbt-control { display: flex; flex-direction: column; gap: 3px; position: relative; }\n.tbt-control.tbt-step { flex-direction: row; flex-wrap: wrap; align-items: center; column-gap: 8px; max-width: 440px; }\n.tbt-control.tbt-step .tbt-control-label { flex-basis: 100%; }\n.tbt-control-label { font-size: 11px; font-weight: 500; text-transform: uppercase; letter-spacing: .6px; color: var(--tbt-muted); }\n.tbt-select, .tbt-input, .tbt-runs-button { height: 30px; border: 1px solid var(--tbt-border); border-radius: 4px;\n  background: var(--tbt-panel); padding: 0 8px; min-width: 0; }\n.tbt-select { padding-right: 4px; max-width: 240px; }\n.tbt-select:hover, .tbt-input:hover, .tbt-runs-button:hover { border-color: var(--tbt-faint); }\n.tbt-runs-button { display: inline-flex; align-items: center; gap: 10px; min-width: 180px; max-width: 280px; cursor: pointer; justify-content: space-between; }\n.tbt-runs-button > span:first-child { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-caret { color: var(--tbt-muted); font-size: 11px; }\n.tbt-range { width: 190px; accent-color: var(--tbt-accent); }\n.tbt-step-number { width: 72px; }\n.tbt-step-unit { white-space: nowrap; }\n.tbt-toggle, .tbt-button, .tbt-segmented button, .tbt-export { height: 30px; border: 1px solid var(--tbt-border); border-radius: 4px;\n  background: var(--tbt-panel); padding: 0 10px; cursor: pointer; }\n.tbt-toggle[aria-pressed=\"true\"], .tbt-segmented button[aria-pressed=\"true\"] { background: var(--tbt-accent-soft);\n  border-color: var(--tbt-accent); color: var(--tbt-fg); font-weight: 500; }\n.tbt-segmented { display: inline-flex; }\n.tbt-segmented button { border-radius: 0; margin-left: -1px; height: 28px; font-size: 12px; }\n.tbt-segmented button:first-child { border-radius: 4px 0 0 4px; margin-left: 0; }\n.tbt-segmented button:last-child { border-radius: 0 4px 4px 0; }\n.tbt-link { border: 0; background: none; color: var(--tbt-accent); cursor: pointer; padding: 0 4px; white-space: nowrap; }\n.tbt-small { font-size: 11px; }\n.tbt-muted { color: var(--tbt-muted); }\n\n/* run popover */\n.tbt-popover { position: absolute; top: 100%; left: 0; z-index: 30; margin-top: 4px; width: 360px; max-width: 90vw; background: var(--tbt-panel);\n  border: 1px solid var(--tbt-border); border-radius: 6px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 8px; }\n.tbt-popover-head { display: flex; gap: 6px; align-items: center; margin-bottom: 6px; }\n.tbt-popover-head .tbt-input { flex: 1; }\n.tbt-run-list { max-height: 320px; overflow: auto; display: flex; flex-direction: column; }\n.tbt-run-row { display: flex; align-items: center; gap: 6px; padding: 4px 6px; border-radius: 4px; cursor: pointer; }\n.tbt-run-row:hover { background: var(--tbt-panel-2); }\n.tbt-run-row .tbt-run-name { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-run-steps { font-size: 11px; white-space: nowrap; }\n.tbt-error-badge { display: inline-flex; align-items: center; justify-content: center; width: 16px; height: 16px; border-radius: 50%;\n  background: var(--tbt-bad); color: #fff; font-size: 11px; font-weight: 700; flex: none; }\n.tbt-chips { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }\n.tbt-chips:empty { display: none; }\n.tbt-chip { display: inline-flex; align-items: center; gap: 4px; height: 24px; padding: 0 2px 0 6px; border: 1px solid var(--tbt-border);\n  border-left-width: 3px; border-radius: 12px; background: var(--tbt-panel-2); font-size: 12px; max-width: 280px; }\n.tbt-chip .tbt-run-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-chip .tbt-legend-swatch { width: 12px; }\n.tbt-chip-remove { border: 0; background: none; cursor: pointer; color: var(--tbt-muted); font-size: 15px; line-height: 1; width: 20px; height: 20px; border-radius: 50%; }\n.tbt-chip-remove:hover { background: var(--tbt-grid); color: var(--tbt-fg); }\n\n/* states */\n.tbt-main { padding: 16px 20px 40px; max-width: 1800px; margin: 0 auto; }\n.tbt-state:empty { display: none; }\n.tbt-state-card { background: var(--tbt-panel); border: 1px solid var(--tbt-border); border-radius: 8px; padding: 24px 28px; max-width: 820px;\n  margin: 32px auto; box-shadow: var(--tbt-shadow); display: flex; flex-direction: column; gap: 8px; align-items: flex-start; }\n.tbt-state-card h2 { margin: 0; font-size: 17px; font-weight: 500; }\n.tbt-state-card p { margin: 0; }\n.tbt-state-card > .tbt-spinner { align-self: flex-start; }\n.tbt-state-card:has(> .tbt-spinner) { flex-direction: row; align-items: center; }\n.tbt-error-card { border-color: var(--tbt-bad); }\n.tbt-snippet { margin: 6px 0; padding: 12px 14px; background: var(--tbt-code-bg); border-radius: 6px; font: 12.5px/1.55 var(--tbt-mono);\n  overflow-x: auto; width: 100%; white-space: pre; }\n.tbt-spinner { width: 16px; height: 16px; border: 2px solid var(--tbt-border); border-top-color: var(--tbt-accent); border-radius: 50%;\n  display: inline-block; animation: tbt-spin .8s linear infinite; flex: none; }\n@keyframes tbt-spin { to { transform: rotate(360deg); } }\n\n/* sections and panels */\n.tbt-section { margin-bottom: 26px; }\n.tbt-section-head { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; margin: 4px 2px 10px; }\n.tbt-section-title { margin: 0; font-size: 16px; font-weight: 500; }\n.tbt-section-question { color: var(--tbt-muted); font-size: 13px; }\n.tbt-grid { display: grid; grid-template-columns: repeat(12, minmax(0, 1fr)); gap: 14px; align-items: start; }\n.tbt-panel { background: var(--tbt-panel); border: 1px solid var(--tbt-border); border-radius: 8px; box-shadow: var(--tbt-shadow);\n  min-width: 0; display: flex; flex-direction: column; align-self: stretch; }\n.tbt-panel-header { display: flex; align-items: center; gap: 10px; padding: 10px 14px 6px; min-height: 42px; flex-wrap: wrap; }\n.tbt-panel-title { margin: 0; font-size: 14px; font-weight: 500; display: flex; align-items: center; gap: 6px; flex: 1; min-width: 140px; }\n.tbt-panel-controls { display: flex; gap: 8px; align-items: center; }\n.tbt-panel-controls .tbt-select { height: 28px; font-size: 12px; }\n.tbt-panel-exports { display: flex; gap: 4px; }\n.tbt-export { height: 24px; padding: 0 7px; font-size: 11px; color: var(--tbt-muted); background: transparent; }\n.tbt-export:hover { color: var(--tbt-fg); border-color: var(--tbt-faint); }\n.tbt-info { display: inline-flex; align-items: center; justify-content: center; width: 16px; height: 16px; border-radius: 50%;\n  border: 1px solid var(--tbt-faint); color: var(--tbt-muted); font-size: 10px; font-weight: 700; cursor: help; }\n.tbt-panel-body { padding: 4px 14px 12px; position: relative; min-width: 0; }\n.tbt-panel-message { padding: 18px 14px 22px; color: var(--tbt-muted); display: flex; gap: 8px; align-items: center; }\n.tbt-panel-message.tbt-error { color: var(--tbt-error-fg); }\n.tbt-coming .tbt-panel-body { color: var(--tbt-muted); }\n.tbt-coming .tbt-panel-header { display: none; }\n.tbt-coming .tbt-note { margin: 12px 0 2px; }\n.tbt-note { margin: 6px 0; color: var(--tbt-muted); }\n.tbt-note.tbt-bad { color: var(--tbt-bad); }\n.tbt-caption { margin: 6px 0 0; color: var(--tbt-muted); font-size: 12px; }\n.tbt-figure { overflow: hidden; }\n.tbt-good { color: var(--tbt-good); }\n.tbt-bad { color: var(--tbt-bad); }\n\n/* run errors */\n.tbt-run-errors { display: flex; flex-direction: column; gap: 6px; }\n.tbt-run-errors:empty { display: none; }\n.tbt-run-error { background: var(--tbt-error-bg); color: var(--tbt-error-fg); border-radius: 6px; padding: 8px 12px; display: flex;\n  gap: 4px; align-items: baseline; flex-wrap: wrap; }\n.tbt-run-error-icon { margin-right: 4px; }\n.tbt-error-message { font-family: var(--tbt-mono); font-size: 12px; word-break: break-word; }\n\n/* summary cards */\n.tbt-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 10px; }\n.tbt-card { border: 1px solid var(--tbt-border); border-top: 3px solid; border-radius: 6px; padding: 8px 12px 10px; background: var(--tbt-panel-2); min-width: 0; }\n.tbt-run-title { display: flex; align-items: center; gap: 6px; font-weight: 500; min-width: 0; }\n.tbt-run-title .tbt-legend-swatch { width: 12px; flex: none; }\n.tbt-run-title .tbt-run-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-card-meta { color: var(--tbt-muted); font-size: 12px; margin-top: 2px; }\n.tbt-card-domains { font-size: 12px; margin-top: 2px; }\n.tbt-dom-source { color: var(--tbt-source); font-weight: 500; }\n.tbt-dom-target { color: var(--tbt-target); font-weight: 500; }\n.tbt-arrow { color: var(--tbt-muted); }\n.tbt-kpis { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 8px; margin-top: 8px; }\n.tbt-kpi { min-width: 0; }\n.tbt-kpi-label { font-size: 11px; color: var(--tbt-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }\n.tbt-kpi-value { font-size: 19px; font-weight: 500; font-variant-numeric: tabular-nums; line-height: 1.25; }\n.tbt-kpi-sub { font-size: 11px; color: var(--tbt-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }\n\n/* transferability headline */\n.tbt-headline { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0 0 4px; }\n.tbt-headline-item { display: flex; align-items: baseline; gap: 6px; min-width: 0; }\n.tbt-headline-item .tbt-legend-swatch { width: 12px; align-self: center; }\n.tbt-headline-value { font-size: 20px; font-weight: 500; font-variant-numeric: tabular-nums; }\n.tbt-headline-label { color: var(--tbt-muted); font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 160px; }\n\n/* legends */\n.tbt-legend-row { display: flex; flex-wrap: wrap; gap: 4px 18px; align-items: center; margin-bottom: 2px; }\n.tbt-legend { display: flex; flex-wrap: wrap; gap: 2px 4px; align-items: center; }\n.tbt-legend-item { display: inline-flex; align-items: center; gap: 5px; font-size: 12px; padding: 2px 6px; border-radius: 4px;\n  border: 0; background: none; color: var(--tbt-fg); max-width: 240px; }\nbutton.tbt-legend-item { cursor: pointer; }\nbutton.tbt-legend-item:hover { background: var(--tbt-panel-2); }\n.tbt-legend-item.tbt-off { opacity: .4; text-decoration: line-through; }\n.tbt-legend-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-legend-swatch { flex: none; overflow: visible; }\n\n/* charts */\n.tbt-chart { display: block; overflow: visible; font-family: var(--tbt-font); }\n.tbt-chart text { fill: var(--tbt-muted); font-size: 11px; font-family: var(--tbt-font); }\n.tbt-axis path, .tbt-axis line { stroke: var(--tbt-axis); }\n.tbt-axis text { fill: var(--tbt-muted); font-size: 11px; }\n.tbt-chart .tbt-axis-label { fill: var(--tbt-fg); font-size: 12px; font-weight: 500; }\n.tbt-gridlines line { stroke: var(--tbt-grid); stroke-width: 1; }\n.tbt-zero { stroke: var(--tbt-axis); stroke-width: 1; }\n.tbt-mark-x { stroke: var(--tbt-accent); stroke-width: 1.5; stroke-dasharray: 4 3; }\n.tbt-chart .tbt-mark-x-label { fill: var(--tbt-accent); font-size: 11px; font-weight: 500; }\n.tbt-hover-x { stroke: var(--tbt-faint); stroke-width: 1; pointer-events: none; }\n.tbt-refline { stroke-width: 1.5; }\n.tbt-chart .tbt-refline-label { font-size: 11px; font-weight: 500; }\n.tbt-highlight-band { fill: var(--tbt-select); opacity: .55; }\n.tbt-chart .tbt-legend-text { font-size: 11px; fill: var(--tbt-muted); }\n.tbt-legend-bar { stroke: var(--tbt-border); stroke-width: .5; }\n.tbt-color-legend { margin-top: 6px; }\n\n/* heat-map */\n.tbt-multiples { display: flex; flex-wrap: wrap; gap: 12px 18px; align-items: flex-start; }\n.tbt-multiple { min-width: 0; }\n.tbt-multiple .tbt-run-title { margin-bottom: 4px; font-size: 12px; }\n.tbt-heatmap { position: relative; }\n.tbt-heatmap > svg { position: absolute; left: 0; top: 0; }\n.tbt-heatmap-frame { fill: var(--tbt-panel-2); stroke: var(--tbt-border); }\n.tbt-heatmap-hl { fill: none; stroke: var(--tbt-select-edge); stroke-width: 2; pointer-events: none; }\n.tbt-chart .tbt-cell-label { font-size: 10px; fill: #1f2d3d; pointer-events: none; font-variant-numeric: tabular-nums; }\n.tbt-chart .tbt-cell-label.tbt-on-dark { fill: #ffffff; }\nhtml.tbt-dark .tbt-chart .tbt-cell-label { fill: #e8eaed; }\nhtml.tbt-dark .tbt-chart .tbt-cell-label.tbt-on-dark { fill: #10202e; }\n.tbt-chart .tbt-tick-selected { fill: var(--tbt-fg); font-weight: 700; }\n\n/* table */\n.tbt-table-scroll { max-height: 360px; overflow: auto; border: 1px solid var(--tbt-border); border-radius: 6px; }\n.tbt-table { width: 100%; border-collapse: collapse; font-size: 12.5px; font-variant-numeric: tabular-nums; }\n.tbt-table th { position: sticky; top: 0; background: var(--tbt-panel-2); z-index: 1; text-align: left; font-weight: 500;\n  border-bottom: 1px solid var(--tbt-border); padding: 0; white-space: nowrap; }\n.tbt-table th.tbt-num { text-align: right; }\n.tbt-sort { border: 0; background: none; padding: 7px 8px; width: 100%; text-align: inherit; cursor: pointer; font-weight: 500; color: var(--tbt-muted); }\n.tbt-sort:hover, .tbt-sort-active { color: var(--tbt-fg); }\n.tbt-sort-arrow { margin-left: 4px; font-size: 9px; color: var(--tbt-faint); }\n.tbt-sort-active .tbt-sort-arrow { color: var(--tbt-accent); }\n.tbt-table td { padding: 5px 8px; border-bottom: 1px solid var(--tbt-grid); vertical-align: middle; }\n.tbt-table td.tbt-num { text-align: right; white-space: nowrap; }\n.tbt-table tbody tr { cursor: pointer; }\n.tbt-table tbody tr:hover { background: var(--tbt-panel-2); }\n.tbt-table tbody tr.tbt-selected { background: var(--tbt-select); box-shadow: inset 3px 0 0 var(--tbt-select-edge); }\n.tbt-table tbody tr.tbt-selected td { font-weight: 500; }\n.tbt-class-name { font-weight: 500; }\n.tbt-bar-cell { position: relative; display: inline-block; min-width: 64px; padding: 0 2px; }\n.tbt-bar { position: absolute; left: 0; bottom: -2px; height: 3px; border-radius: 2px; opacity: .85; }\n.tbt-bar-source .tbt-bar { background: var(--tbt-source); }\n.tbt-bar-target .tbt-bar { background: var(--tbt-target); }\n.tbt-bar-value { position: relative; }\n.tbt-tag { display: inline-block; margin: 1px 4px 1px 0; padding: 0 6px; border-radius: 9px; background: var(--tbt-code-bg);\n  border: 1px solid var(--tbt-border); font-size: 11px; white-space: nowrap; }\n\n/* layers, failures */\n.tbt-leep { display: flex; flex-wrap: wrap; gap: 2px 18px; margin-top: 6px; font-size: 12px; }\n.tbt-leep-row { display: flex; gap: 6px; align-items: center; }\n.tbt-leep-row .tbt-legend-swatch { width: 12px; }\n.tbt-leep-label { font-weight: 500; }\n.tbt-failures { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-direction: column; gap: 6px; max-height: 260px; overflow: auto; }\n.tbt-failures li { display: flex; flex-direction: column; padding: 6px 8px; border-left: 3px solid var(--tbt-bad); background: var(--tbt-panel-2); border-radius: 0 4px 4px 0; }\n.tbt-failure-where { font-weight: 500; font-size: 12px; }\n.tbt-failure-error { font-family: var(--tbt-mono); font-size: 11.5px; color: var(--tbt-muted); word-break: break-word; }\n.tbt-details summary { cursor: pointer; color: var(--tbt-muted); margin-top: 6px; }\n\n/* tooltip */\n.tbt-tooltip { position: absolute; display: none; z-index: 40; pointer-events: none; background: var(--tbt-panel); color: var(--tbt-fg);\n  border: 1px solid var(--tbt-border); border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 6px 9px; font-size: 12px;\n  max-width: 360px; }\n.tbt-tooltip-title { font-weight: 500; margin-bottom: 3px; }\n.tbt-tooltip-row { display: flex; align-items: center; gap: 6px; white-space: nowrap; }\n.tbt-tooltip-row.tbt-muted { color: var(--tbt-muted); }\n.tbt-swatch { display: inline-block; width: 16px; border-top: 2.5px solid; flex: none; }\n.tbt-tooltip-label { overflow: hidden; text-overflow: ellipsis; flex: 1; }\n.tbt-tooltip-value { font-variant-numeric: tabular-nums; font-weight: 500; margin-left: 10px; }\n\n@media (max-width: 1100px) {\n  .tbt-grid > .tbt-panel, .tbt-grid > .tbt-run-errors { grid-column: 1 / -1 !important; }\n}\n", ht = null;
function gt(e = document) {
	ht && ht.ownerDocument === e && ht.isConnected || (ht = e.createElement("style"), ht.setAttribute("data-tb-transfer", ""), ht.textContent = mt + pt, e.head.appendChild(ht));
}
// src/loop.ts
var _t = (e) => [
	e.runs,
	e.step,
	e.layer,
	e.class,
	e.neuron,
	e.compareMode,
	e.theme
];
function vt(e) {
	let { body: t, root: n } = e.panel, r = (e) => parseFloat(e) || 0, i = getComputedStyle(t), a = t.getBoundingClientRect().width;
	if (!a) {
		let e = getComputedStyle(n);
		a = n.getBoundingClientRect().width - r(e.borderLeftWidth) - r(e.borderRightWidth);
	}
	return Math.max(0, a - r(i.paddingLeft) - r(i.paddingRight));
}
function yt(e, t, n = {}) {
	let { panel: r } = e, i = n.slack ?? 16, a = !1, o = 0, s = () => {
		a = !1;
		let n = bt(r.root);
		o || (o = vt(e));
		let i = performance.now();
		try {
			t(qe(e.store, e.data, e.runColor), o), r.root.dataset.rendered = "true", r.root.dataset.renderMs = (performance.now() - i).toFixed(1), r.root.dataset.renders = String(Number(r.root.dataset.renders ?? 0) + 1);
		} catch (e) {
			console.error(`tb-transfer: ${r.id} failed`, e), r.setState("error", `Could not draw this panel: ${e.message}`);
		}
		n && xt(r.root, n);
	}, c = () => {
		a || (a = !0, typeof requestAnimationFrame == "function" ? requestAnimationFrame(s) : setTimeout(s, 0));
	}, l = [e.store.subscribe(n.watch ?? _t, c), e.data.subscribe((e) => [
		e.status,
		e.runs,
		e.stats,
		e.version
	], c)], u = null;
	return typeof ResizeObserver == "function" && (u = new ResizeObserver((e) => {
		let t = e[e.length - 1]?.contentRect.width ?? 0;
		t && Math.abs(t - o) > i && (o = t, c());
	}), u.observe(r.body)), c(), {
		schedule: c,
		destroy() {
			l.forEach((e) => e()), u?.disconnect();
		}
	};
}
function bt(e) {
	let t = e.ownerDocument.activeElement;
	if (!t || !e.contains(t)) return null;
	let n = t.getAttribute("data-measure");
	if (n) return `[data-measure="${CSS.escape(n)}"]`;
	let r = t.getAttribute("data-layer");
	if (r) return `.tbt-ov-node[data-layer="${CSS.escape(r)}"]`;
	let i = t.getAttribute("data-control");
	return i ? `[data-control="${CSS.escape(i)}"]` : null;
}
function xt(e, t) {
	let n = e.querySelector(t);
	n && e.ownerDocument.activeElement !== n && n.focus({ preventScroll: !0 });
}
// src/statistics/level.ts
var St = "tb-transfer:stat-rendered", Ct = 2e3, wt = "Transferability score at step t: accuracy of the current model on the target validation set (the target probe when there is no validation set) minus the accuracy of the pretrained model on the same data (direct reuse; step 0's performance). Positive: fine-tuning gained over reusing the pretrained model as it was. Undefined (gap) when the label spaces differ and no source head maps them.", Tt = {
	source: "source data",
	target: "target train",
	target_val: "target val"
};
function Et(e, t) {
	let n = a[t];
	return e === "source" ? n.source : e === "target" ? n.target : n.targetDeep;
}
function Dt(e, t) {
	return k("div", { class: "tbt-run-title" }, se({
		color: t,
		markerOnly: !0,
		marker: "square"
	}), k("span", { class: "tbt-run-name" }, e));
}
function Ot(e, t) {
	return ce(e.runs.map((e) => ({
		id: e.run,
		label: e.run === t ? `${e.run} (reference)` : e.run,
		color: e.color,
		marker: "square",
		markerOnly: !0
	})), void 0, "Runs");
}
var kt = (e) => [
	e.runs,
	e.step,
	e.class,
	e.layer,
	e.compareMode,
	e.theme
], At = class {
	constructor(e, t) {
		this.grid = e, this.ctx = t, this.members = /* @__PURE__ */ new Map(), this.reports = /* @__PURE__ */ new Map(), this.view = null, this.drew = !1, this.t0 = 0, this.everRendered = !1, this.partialExpired = !1, this.partialTimer = null, this.marked = !1, e.dataset.panel = "statistics", e.dataset.rendered = "false", this.errorsBox = k("div", {
			class: "tbt-run-errors",
			role: "alert"
		}), this.errorsBox.style.gridColumn = "span 12", e.prepend(this.errorsBox);
	}
	join(e, t) {
		this.members.set(e, t);
	}
	leave(e) {
		return this.members.delete(e), this.reports.delete(e), !this.members.size && (this.partialTimer && clearTimeout(this.partialTimer), this.errorsBox.remove(), delete this.grid.dataset.panel, delete this.grid.dataset.rendered, delete this.grid.dataset.runs, !0);
	}
	gate(e, t) {
		if (t !== this.view && (this.view = t, this.reports.clear(), this.drew = !1, this.t0 = performance.now(), this.renderErrors(t)), this.ctx.data.get().status !== "ready") return this.report(e.id, !1), !1;
		if (!t.selected.length) return e.setState("empty", "Select one or more runs above."), this.report(e.id, !0), !1;
		if (t.loading.length > 0 && (t.runs.length === 0 || !this.everRendered && !this.partialExpired) || !t.runs.length) {
			let n = t.loading.length ? `Loading statistics… (${t.selected.length - t.loading.length} of ${t.selected.length} runs)` : "No readable data in the selected runs.";
			return e.setState(t.loading.length ? "loading" : "empty", n), t.loading.length && !this.partialTimer && !this.everRendered && (this.partialTimer = setTimeout(() => {
				this.partialExpired = !0, this.members.forEach((e) => e());
			}, Ct)), this.report(e.id, !t.loading.length), !1;
		}
		return e.setState("ready"), this.everRendered = !0, this.drew = !0, this.grid.dataset.runs = String(t.runs.length), !0;
	}
	report(e, t) {
		if (this.reports.set(e, t), this.reports.size < this.members.size) return;
		let n = [...this.reports.values()].every(Boolean);
		if (this.grid.dataset.rendered = n ? "true" : "false", this.drew) {
			this.drew = !1;
			try {
				performance.measure("tb-transfer:stat-render", { start: this.t0 });
			} catch {}
		}
		if (n && this.view?.runs.length && !this.view.loading.length && !this.marked) {
			this.marked = !0;
			try {
				performance.mark(St);
			} catch {}
		}
	}
	renderErrors(e) {
		let t = this.errorsBox;
		j(t), t.hidden = !e.errors.length;
		for (let n of e.errors) t.appendChild(k("div", {
			class: "tbt-run-error",
			"data-run-error": ""
		}, k("span", {
			class: "tbt-run-error-icon",
			"aria-hidden": "true"
		}, "⚠"), k("span", null, "Run "), k("strong", { class: "tbt-run-name" }, n.run), k("span", null, " could not be read: "), k("span", { class: "tbt-error-message" }, n.error)));
	}
}, jt = /* @__PURE__ */ new WeakMap();
function I(e, t) {
	let n = jt.get(e.grid);
	n || (n = new At(e.grid, e), jt.set(e.grid, n));
	let r = n, i = null, a = yt(e, (n, a) => {
		if (!r.gate(e.panel, n)) {
			i = null;
			return;
		}
		let o = Math.max(260, Math.round(a));
		try {
			t.controls?.(n);
			let e = `${Qe(n)}|${t.key(n, o)}`;
			e === i ? t.same?.(n) : (i = e, t.draw(n, o));
		} catch (e) {
			throw i = null, e;
		} finally {
			r.report(e.panel.id, n.loading.length === 0);
		}
	}, {
		watch: kt,
		slack: 4
	});
	return r.join(e.panel.id, a.schedule), {
		schedule: a.schedule,
		destroy() {
			a.destroy(), r.leave(e.panel.id) && jt.delete(e.grid);
		}
	};
}
// src/statistics/glance.ts
function Mt(e, t, n, r, i) {
	return k("div", {
		class: "tbt-kpi",
		title: r
	}, k("div", { class: "tbt-kpi-label" }, e), k("div", { class: `tbt-kpi-value ${n}`.trim() }, t), i ? k("div", { class: "tbt-kpi-sub" }, i) : null);
}
function Nt(e) {
	let t = k("div", { class: "tbt-cards" });
	for (let n of e.runs) {
		let e = n.info, r = Pe(n.stats), i = r?.split ?? "target_val", a = n.t >= 0 ? je(n.stats, i, "accuracy")[n.t]?.y ?? null : null, o = je(n.stats, "source", "accuracy"), s = n.t >= 0 ? o[n.t]?.y ?? null : null, c = o[0]?.y ?? null, l = n.t >= 0 ? Ne(n.stats)[n.t]?.y ?? null : null, u = e?.domain_names ?? {}, d = e?.probe, f = k("article", {
			class: "tbt-card",
			"data-run": ""
		}, Dt(n.run, n.color), k("div", { class: "tbt-card-meta" }, `${e?.model ?? "model"} · ${n.stats.class_names.length} classes · ${n.stats.layer_stats.layers.length} layers · step ${n.step ?? "–"} of ${n.stats.steps[n.stats.steps.length - 1] ?? "–"}`), k("div", { class: "tbt-card-domains" }, k("span", { class: "tbt-dom tbt-dom-source" }, `${u.source ?? "source"}${d ? ` (${d.source})` : ""}`), k("span", {
			class: "tbt-arrow",
			"aria-hidden": "true"
		}, " → "), k("span", { class: "tbt-dom tbt-dom-target" }, `${u.target ?? "target"}${d ? ` (${d.target})` : ""}`)), k("div", { class: "tbt-kpis" }, Mt("Transferability", We(l), l === null ? "" : l >= 0 ? "tbt-good" : "tbt-bad", wt), Mt(i === "target_val" ? "Target val acc." : "Target acc.", P(a), "", `Accuracy of the model at step ${n.step ?? "–"} on ${Tt[i]}; direct reuse of the pretrained model: ${P(r?.value ?? null)}`, r ? `reuse ${P(r.value)}` : void 0), Mt("Source acc.", P(s), s !== null && c !== null && s < c - .05 ? "tbt-bad" : "", "Accuracy on the source probe: a drop from the pretrained model's means forgetting.", c === null ? void 0 : `pretrained ${P(c)}`)));
		f.style.borderTopColor = n.color, t.appendChild(f);
	}
	return t;
}
M({
	id: "stat-summary",
	section: "statistical",
	title: "Runs at a glance",
	span: 12,
	order: 10,
	mount(e) {
		return I(e, {
			key: () => "",
			draw(t) {
				j(e.panel.body), e.panel.body.appendChild(Nt(t));
			}
		});
	}
});
// node_modules/d3-array/dist/d3-array.mjs
function Pt(e, t) {
	return e == null || t == null ? NaN : e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Ft(e, t) {
	return e == null || t == null ? NaN : t < e ? -1 : t > e ? 1 : t >= e ? 0 : NaN;
}
function It(e) {
	let t, n, r;
	e.length === 2 ? (t = e === Pt || e === Ft ? e : Lt, n = e, r = e) : (t = Pt, n = (t, n) => Pt(e(t), n), r = (t, n) => e(t) - n);
	function i(e, r, i = 0, a = e.length) {
		if (i < a) {
			if (t(r, r) !== 0) return a;
			do {
				let t = i + a >>> 1;
				n(e[t], r) < 0 ? i = t + 1 : a = t;
			} while (i < a);
		}
		return i;
	}
	function a(e, r, i = 0, a = e.length) {
		if (i < a) {
			if (t(r, r) !== 0) return a;
			do {
				let t = i + a >>> 1;
				n(e[t], r) <= 0 ? i = t + 1 : a = t;
			} while (i < a);
		}
		return i;
	}
	function o(e, t, n = 0, a = e.length) {
		let o = i(e, t, n, a - 1);
		return o > n && r(e[o - 1], t) > -r(e[o], t) ? o - 1 : o;
	}
	return {
		left: i,
		center: o,
		right: a
	};
}
function Lt() {
	return 0;
}
function Rt(e) {
	return e === null ? NaN : +e;
}
var zt = It(Pt), Bt = zt.right;
zt.left;
var Vt = It(Rt).center, Ht = class extends Map {
	constructor(e, t = Kt) {
		if (super(), Object.defineProperties(this, {
			_intern: { value: /* @__PURE__ */ new Map() },
			_key: { value: t }
		}), e != null) for (let [t, n] of e) this.set(t, n);
	}
	get(e) {
		return super.get(Ut(this, e));
	}
	has(e) {
		return super.has(Ut(this, e));
	}
	set(e, t) {
		return super.set(Wt(this, e), t);
	}
	delete(e) {
		return super.delete(Gt(this, e));
	}
};
function Ut({ _intern: e, _key: t }, n) {
	let r = t(n);
	return e.has(r) ? e.get(r) : n;
}
function Wt({ _intern: e, _key: t }, n) {
	let r = t(n);
	return e.has(r) ? e.get(r) : (e.set(r, n), n);
}
function Gt({ _intern: e, _key: t }, n) {
	let r = t(n);
	return e.has(r) && (n = e.get(r), e.delete(r)), n;
}
function Kt(e) {
	return typeof e == "object" && e ? e.valueOf() : e;
}
Array.prototype.slice;
var qt = Math.sqrt(50), Jt = Math.sqrt(10), Yt = Math.sqrt(2);
function Xt(e, t, n) {
	let r = (t - e) / Math.max(0, n), i = Math.floor(Math.log10(r)), a = r / 10 ** i, o = a >= qt ? 10 : a >= Jt ? 5 : a >= Yt ? 2 : 1, s, c, l;
	return i < 0 ? (l = 10 ** -i / o, s = Math.round(e * l), c = Math.round(t * l), s / l < e && ++s, c / l > t && --c, l = -l) : (l = 10 ** i * o, s = Math.round(e / l), c = Math.round(t / l), s * l < e && ++s, c * l > t && --c), c < s && .5 <= n && n < 2 ? Xt(e, t, n * 2) : [
		s,
		c,
		l
	];
}
function Zt(e, t, n) {
	if (t = +t, e = +e, n = +n, !(n > 0)) return [];
	if (e === t) return [e];
	let r = t < e, [i, a, o] = r ? Xt(t, e, n) : Xt(e, t, n);
	if (!(a >= i)) return [];
	let s = a - i + 1, c = Array(s);
	if (r) {
		if (o < 0) for (let e = 0; e < s; ++e) c[e] = (a - e) / -o;
		else for (let e = 0; e < s; ++e) c[e] = (a - e) * o;
	} else if (o < 0) for (let e = 0; e < s; ++e) c[e] = (i + e) / -o;
	else for (let e = 0; e < s; ++e) c[e] = (i + e) * o;
	return c;
}
function Qt(e, t, n) {
	return t = +t, e = +e, n = +n, Xt(e, t, n)[2];
}
function $t(e, t, n) {
	t = +t, e = +e, n = +n;
	let r = t < e, i = r ? Qt(t, e, n) : Qt(e, t, n);
	return (r ? -1 : 1) * (i < 0 ? 1 / -i : i);
}
function en(e, t) {
	let n;
	if (t === void 0) for (let t of e) t != null && (n < t || n === void 0 && t >= t) && (n = t);
	else {
		let r = -1;
		for (let i of e) (i = t(i, ++r, e)) != null && (n < i || n === void 0 && i >= i) && (n = i);
	}
	return n;
}
function tn(e, t, n = Rt) {
	if ((r = e.length) && !isNaN(t = +t)) {
		if (t <= 0 || r < 2) return +n(e[0], 0, e);
		if (t >= 1) return +n(e[r - 1], r - 1, e);
		var r, i = (r - 1) * t, a = Math.floor(i), o = +n(e[a], a, e);
		return o + (+n(e[a + 1], a + 1, e) - o) * (i - a);
	}
}
function nn(e, t, n) {
	e = +e, t = +t, n = (i = arguments.length) < 2 ? (t = e, e = 0, 1) : i < 3 ? 1 : +n;
	for (var r = -1, i = Math.max(0, Math.ceil((t - e) / n)) | 0, a = Array(i); ++r < i;) a[r] = e + r * n;
	return a;
}
// node_modules/d3-axis/dist/d3-axis.mjs
function rn(e) {
	return e;
}
var an = 1, on = 2, sn = 3, cn = 4, ln = 1e-6;
function un(e) {
	return "translate(" + e + ",0)";
}
function dn(e) {
	return "translate(0," + e + ")";
}
function fn(e) {
	return (t) => +e(t);
}
function pn(e, t) {
	return t = Math.max(0, e.bandwidth() - t * 2) / 2, e.round() && (t = Math.round(t)), (n) => +e(n) + t;
}
function mn() {
	return !this.__axis;
}
function hn(e, t) {
	var n = [], r = null, i = null, a = 6, o = 6, s = 3, c = typeof window < "u" && window.devicePixelRatio > 1 ? 0 : .5, l = e === an || e === cn ? -1 : 1, u = e === cn || e === on ? "x" : "y", d = e === an || e === sn ? un : dn;
	function f(f) {
		var p = r ?? (t.ticks ? t.ticks.apply(t, n) : t.domain()), m = i ?? (t.tickFormat ? t.tickFormat.apply(t, n) : rn), h = Math.max(a, 0) + s, g = t.range(), _ = +g[0] + c, v = +g[g.length - 1] + c, y = (t.bandwidth ? pn : fn)(t.copy(), c), b = f.selection ? f.selection() : f, x = b.selectAll(".domain").data([null]), S = b.selectAll(".tick").data(p, t).order(), C = S.exit(), w = S.enter().append("g").attr("class", "tick"), T = S.select("line"), E = S.select("text");
		x = x.merge(x.enter().insert("path", ".tick").attr("class", "domain").attr("stroke", "currentColor")), S = S.merge(w), T = T.merge(w.append("line").attr("stroke", "currentColor").attr(u + "2", l * a)), E = E.merge(w.append("text").attr("fill", "currentColor").attr(u, l * h).attr("dy", e === an ? "0em" : e === sn ? "0.71em" : "0.32em")), f !== b && (x = x.transition(f), S = S.transition(f), T = T.transition(f), E = E.transition(f), C = C.transition(f).attr("opacity", ln).attr("transform", function(e) {
			return isFinite(e = y(e)) ? d(e + c) : this.getAttribute("transform");
		}), w.attr("opacity", ln).attr("transform", function(e) {
			var t = this.parentNode.__axis;
			return d((t && isFinite(t = t(e)) ? t : y(e)) + c);
		})), C.remove(), x.attr("d", e === cn || e === on ? o ? "M" + l * o + "," + _ + "H" + c + "V" + v + "H" + l * o : "M" + c + "," + _ + "V" + v : o ? "M" + _ + "," + l * o + "V" + c + "H" + v + "V" + l * o : "M" + _ + "," + c + "H" + v), S.attr("opacity", 1).attr("transform", function(e) {
			return d(y(e) + c);
		}), T.attr(u + "2", l * a), E.attr(u, l * h).text(m), b.filter(mn).attr("fill", "none").attr("font-size", 10).attr("font-family", "sans-serif").attr("text-anchor", e === on ? "start" : e === cn ? "end" : "middle"), b.each(function() {
			this.__axis = y;
		});
	}
	return f.scale = function(e) {
		return arguments.length ? (t = e, f) : t;
	}, f.ticks = function() {
		return n = Array.from(arguments), f;
	}, f.tickArguments = function(e) {
		return arguments.length ? (n = e == null ? [] : Array.from(e), f) : n.slice();
	}, f.tickValues = function(e) {
		return arguments.length ? (r = e == null ? null : Array.from(e), f) : r && r.slice();
	}, f.tickFormat = function(e) {
		return arguments.length ? (i = e, f) : i;
	}, f.tickSize = function(e) {
		return arguments.length ? (a = o = +e, f) : a;
	}, f.tickSizeInner = function(e) {
		return arguments.length ? (a = +e, f) : a;
	}, f.tickSizeOuter = function(e) {
		return arguments.length ? (o = +e, f) : o;
	}, f.tickPadding = function(e) {
		return arguments.length ? (s = +e, f) : s;
	}, f.offset = function(e) {
		return arguments.length ? (c = +e, f) : c;
	}, f;
}
function gn(e) {
	return hn(sn, e);
}
function _n(e) {
	return hn(cn, e);
}
// node_modules/d3-selection/dist/d3-selection.mjs
var vn = "http://www.w3.org/1999/xhtml", yn = {
	svg: "http://www.w3.org/2000/svg",
	xhtml: vn,
	xlink: "http://www.w3.org/1999/xlink",
	xml: "http://www.w3.org/XML/1998/namespace",
	xmlns: "http://www.w3.org/2000/xmlns/"
};
function bn(e) {
	var t = e += "", n = t.indexOf(":");
	return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), yn.hasOwnProperty(t) ? {
		space: yn[t],
		local: e
	} : e;
}
function xn(e) {
	return function() {
		var t = this.ownerDocument, n = this.namespaceURI;
		return n === vn && t.documentElement.namespaceURI === vn ? t.createElement(e) : t.createElementNS(n, e);
	};
}
function Sn(e) {
	return function() {
		return this.ownerDocument.createElementNS(e.space, e.local);
	};
}
function Cn(e) {
	var t = bn(e);
	return (t.local ? Sn : xn)(t);
}
function wn() {}
function Tn(e) {
	return e == null ? wn : function() {
		return this.querySelector(e);
	};
}
function En(e) {
	typeof e != "function" && (e = Tn(e));
	for (var t = this._groups, n = t.length, r = Array(n), i = 0; i < n; ++i) for (var a = t[i], o = a.length, s = r[i] = Array(o), c, l, u = 0; u < o; ++u) (c = a[u]) && (l = e.call(c, c.__data__, u, a)) && ("__data__" in c && (l.__data__ = c.__data__), s[u] = l);
	return new L(r, this._parents);
}
function Dn(e) {
	return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function On() {
	return [];
}
function kn(e) {
	return e == null ? On : function() {
		return this.querySelectorAll(e);
	};
}
function An(e) {
	return function() {
		return Dn(e.apply(this, arguments));
	};
}
function jn(e) {
	e = typeof e == "function" ? An(e) : kn(e);
	for (var t = this._groups, n = t.length, r = [], i = [], a = 0; a < n; ++a) for (var o = t[a], s = o.length, c, l = 0; l < s; ++l) (c = o[l]) && (r.push(e.call(c, c.__data__, l, o)), i.push(c));
	return new L(r, i);
}
function Mn(e) {
	return function() {
		return this.matches(e);
	};
}
function Nn(e) {
	return function(t) {
		return t.matches(e);
	};
}
var Pn = Array.prototype.find;
function Fn(e) {
	return function() {
		return Pn.call(this.children, e);
	};
}
function In() {
	return this.firstElementChild;
}
function Ln(e) {
	return this.select(e == null ? In : Fn(typeof e == "function" ? e : Nn(e)));
}
var Rn = Array.prototype.filter;
function zn() {
	return Array.from(this.children);
}
function Bn(e) {
	return function() {
		return Rn.call(this.children, e);
	};
}
function Vn(e) {
	return this.selectAll(e == null ? zn : Bn(typeof e == "function" ? e : Nn(e)));
}
function Hn(e) {
	typeof e != "function" && (e = Mn(e));
	for (var t = this._groups, n = t.length, r = Array(n), i = 0; i < n; ++i) for (var a = t[i], o = a.length, s = r[i] = [], c, l = 0; l < o; ++l) (c = a[l]) && e.call(c, c.__data__, l, a) && s.push(c);
	return new L(r, this._parents);
}
function Un(e) {
	return Array(e.length);
}
function Wn() {
	return new L(this._enter || this._groups.map(Un), this._parents);
}
function Gn(e, t) {
	this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Gn.prototype = {
	constructor: Gn,
	appendChild: function(e) {
		return this._parent.insertBefore(e, this._next);
	},
	insertBefore: function(e, t) {
		return this._parent.insertBefore(e, t);
	},
	querySelector: function(e) {
		return this._parent.querySelector(e);
	},
	querySelectorAll: function(e) {
		return this._parent.querySelectorAll(e);
	}
};
function Kn(e) {
	return function() {
		return e;
	};
}
function qn(e, t, n, r, i, a) {
	for (var o = 0, s, c = t.length, l = a.length; o < l; ++o) (s = t[o]) ? (s.__data__ = a[o], r[o] = s) : n[o] = new Gn(e, a[o]);
	for (; o < c; ++o) (s = t[o]) && (i[o] = s);
}
function Jn(e, t, n, r, i, a, o) {
	var s, c, l = /* @__PURE__ */ new Map(), u = t.length, d = a.length, f = Array(u), p;
	for (s = 0; s < u; ++s) (c = t[s]) && (f[s] = p = o.call(c, c.__data__, s, t) + "", l.has(p) ? i[s] = c : l.set(p, c));
	for (s = 0; s < d; ++s) p = o.call(e, a[s], s, a) + "", (c = l.get(p)) ? (r[s] = c, c.__data__ = a[s], l.delete(p)) : n[s] = new Gn(e, a[s]);
	for (s = 0; s < u; ++s) (c = t[s]) && l.get(f[s]) === c && (i[s] = c);
}
function Yn(e) {
	return e.__data__;
}
function Xn(e, t) {
	if (!arguments.length) return Array.from(this, Yn);
	var n = t ? Jn : qn, r = this._parents, i = this._groups;
	typeof e != "function" && (e = Kn(e));
	for (var a = i.length, o = Array(a), s = Array(a), c = Array(a), l = 0; l < a; ++l) {
		var u = r[l], d = i[l], f = d.length, p = Zn(e.call(u, u && u.__data__, l, r)), m = p.length, h = s[l] = Array(m), g = o[l] = Array(m);
		n(u, d, h, g, c[l] = Array(f), p, t);
		for (var _ = 0, v = 0, y, b; _ < m; ++_) if (y = h[_]) {
			for (_ >= v && (v = _ + 1); !(b = g[v]) && ++v < m;);
			y._next = b || null;
		}
	}
	return o = new L(o, r), o._enter = s, o._exit = c, o;
}
function Zn(e) {
	return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Qn() {
	return new L(this._exit || this._groups.map(Un), this._parents);
}
function $n(e, t, n) {
	var r = this.enter(), i = this, a = this.exit();
	return typeof e == "function" ? (r = e(r), r && (r = r.selection())) : r = r.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? a.remove() : n(a), r && i ? r.merge(i).order() : i;
}
function er(e) {
	for (var t = e.selection ? e.selection() : e, n = this._groups, r = t._groups, i = n.length, a = r.length, o = Math.min(i, a), s = Array(i), c = 0; c < o; ++c) for (var l = n[c], u = r[c], d = l.length, f = s[c] = Array(d), p, m = 0; m < d; ++m) (p = l[m] || u[m]) && (f[m] = p);
	for (; c < i; ++c) s[c] = n[c];
	return new L(s, this._parents);
}
function tr() {
	for (var e = this._groups, t = -1, n = e.length; ++t < n;) for (var r = e[t], i = r.length - 1, a = r[i], o; --i >= 0;) (o = r[i]) && (a && o.compareDocumentPosition(a) ^ 4 && a.parentNode.insertBefore(o, a), a = o);
	return this;
}
function nr(e) {
	e || (e = rr);
	function t(t, n) {
		return t && n ? e(t.__data__, n.__data__) : !t - !n;
	}
	for (var n = this._groups, r = n.length, i = Array(r), a = 0; a < r; ++a) {
		for (var o = n[a], s = o.length, c = i[a] = Array(s), l, u = 0; u < s; ++u) (l = o[u]) && (c[u] = l);
		c.sort(t);
	}
	return new L(i, this._parents).order();
}
function rr(e, t) {
	return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function ir() {
	var e = arguments[0];
	return arguments[0] = this, e.apply(null, arguments), this;
}
function ar() {
	return Array.from(this);
}
function or() {
	for (var e = this._groups, t = 0, n = e.length; t < n; ++t) for (var r = e[t], i = 0, a = r.length; i < a; ++i) {
		var o = r[i];
		if (o) return o;
	}
	return null;
}
function sr() {
	let e = 0;
	for (let t of this) ++e;
	return e;
}
function cr() {
	return !this.node();
}
function lr(e) {
	for (var t = this._groups, n = 0, r = t.length; n < r; ++n) for (var i = t[n], a = 0, o = i.length, s; a < o; ++a) (s = i[a]) && e.call(s, s.__data__, a, i);
	return this;
}
function ur(e) {
	return function() {
		this.removeAttribute(e);
	};
}
function dr(e) {
	return function() {
		this.removeAttributeNS(e.space, e.local);
	};
}
function fr(e, t) {
	return function() {
		this.setAttribute(e, t);
	};
}
function pr(e, t) {
	return function() {
		this.setAttributeNS(e.space, e.local, t);
	};
}
function mr(e, t) {
	return function() {
		var n = t.apply(this, arguments);
		n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
	};
}
function hr(e, t) {
	return function() {
		var n = t.apply(this, arguments);
		n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
	};
}
function gr(e, t) {
	var n = bn(e);
	if (arguments.length < 2) {
		var r = this.node();
		return n.local ? r.getAttributeNS(n.space, n.local) : r.getAttribute(n);
	}
	return this.each((t == null ? n.local ? dr : ur : typeof t == "function" ? n.local ? hr : mr : n.local ? pr : fr)(n, t));
}
function _r(e) {
	return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function vr(e) {
	return function() {
		this.style.removeProperty(e);
	};
}
function yr(e, t, n) {
	return function() {
		this.style.setProperty(e, t, n);
	};
}
function br(e, t, n) {
	return function() {
		var r = t.apply(this, arguments);
		r == null ? this.style.removeProperty(e) : this.style.setProperty(e, r, n);
	};
}
function xr(e, t, n) {
	return arguments.length > 1 ? this.each((t == null ? vr : typeof t == "function" ? br : yr)(e, t, n ?? "")) : Sr(this.node(), e);
}
function Sr(e, t) {
	return e.style.getPropertyValue(t) || _r(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Cr(e) {
	return function() {
		delete this[e];
	};
}
function wr(e, t) {
	return function() {
		this[e] = t;
	};
}
function Tr(e, t) {
	return function() {
		var n = t.apply(this, arguments);
		n == null ? delete this[e] : this[e] = n;
	};
}
function Er(e, t) {
	return arguments.length > 1 ? this.each((t == null ? Cr : typeof t == "function" ? Tr : wr)(e, t)) : this.node()[e];
}
function Dr(e) {
	return e.trim().split(/^|\s+/);
}
function Or(e) {
	return e.classList || new kr(e);
}
function kr(e) {
	this._node = e, this._names = Dr(e.getAttribute("class") || "");
}
kr.prototype = {
	add: function(e) {
		this._names.indexOf(e) < 0 && (this._names.push(e), this._node.setAttribute("class", this._names.join(" ")));
	},
	remove: function(e) {
		var t = this._names.indexOf(e);
		t >= 0 && (this._names.splice(t, 1), this._node.setAttribute("class", this._names.join(" ")));
	},
	contains: function(e) {
		return this._names.indexOf(e) >= 0;
	}
};
function Ar(e, t) {
	for (var n = Or(e), r = -1, i = t.length; ++r < i;) n.add(t[r]);
}
function jr(e, t) {
	for (var n = Or(e), r = -1, i = t.length; ++r < i;) n.remove(t[r]);
}
function Mr(e) {
	return function() {
		Ar(this, e);
	};
}
function Nr(e) {
	return function() {
		jr(this, e);
	};
}
function Pr(e, t) {
	return function() {
		(t.apply(this, arguments) ? Ar : jr)(this, e);
	};
}
function Fr(e, t) {
	var n = Dr(e + "");
	if (arguments.length < 2) {
		for (var r = Or(this.node()), i = -1, a = n.length; ++i < a;) if (!r.contains(n[i])) return !1;
		return !0;
	}
	return this.each((typeof t == "function" ? Pr : t ? Mr : Nr)(n, t));
}
function Ir() {
	this.textContent = "";
}
function Lr(e) {
	return function() {
		this.textContent = e;
	};
}
function Rr(e) {
	return function() {
		var t = e.apply(this, arguments);
		this.textContent = t ?? "";
	};
}
function zr(e) {
	return arguments.length ? this.each(e == null ? Ir : (typeof e == "function" ? Rr : Lr)(e)) : this.node().textContent;
}
function Br() {
	this.innerHTML = "";
}
function Vr(e) {
	return function() {
		this.innerHTML = e;
	};
}
function Hr(e) {
	return function() {
		var t = e.apply(this, arguments);
		this.innerHTML = t ?? "";
	};
}
function Ur(e) {
	return arguments.length ? this.each(e == null ? Br : (typeof e == "function" ? Hr : Vr)(e)) : this.node().innerHTML;
}
function Wr() {
	this.nextSibling && this.parentNode.appendChild(this);
}
function Gr() {
	return this.each(Wr);
}
function Kr() {
	this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function qr() {
	return this.each(Kr);
}
function Jr(e) {
	var t = typeof e == "function" ? e : Cn(e);
	return this.select(function() {
		return this.appendChild(t.apply(this, arguments));
	});
}
function Yr() {
	return null;
}
function Xr(e, t) {
	var n = typeof e == "function" ? e : Cn(e), r = t == null ? Yr : typeof t == "function" ? t : Tn(t);
	return this.select(function() {
		return this.insertBefore(n.apply(this, arguments), r.apply(this, arguments) || null);
	});
}
function Zr() {
	var e = this.parentNode;
	e && e.removeChild(this);
}
function Qr() {
	return this.each(Zr);
}
function $r() {
	var e = this.cloneNode(!1), t = this.parentNode;
	return t ? t.insertBefore(e, this.nextSibling) : e;
}
function ei() {
	var e = this.cloneNode(!0), t = this.parentNode;
	return t ? t.insertBefore(e, this.nextSibling) : e;
}
function ti(e) {
	return this.select(e ? ei : $r);
}
function ni(e) {
	return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function ri(e) {
	return function(t) {
		e.call(this, t, this.__data__);
	};
}
function ii(e) {
	return e.trim().split(/^|\s+/).map(function(e) {
		var t = "", n = e.indexOf(".");
		return n >= 0 && (t = e.slice(n + 1), e = e.slice(0, n)), {
			type: e,
			name: t
		};
	});
}
function ai(e) {
	return function() {
		var t = this.__on;
		if (t) {
			for (var n = 0, r = -1, i = t.length, a; n < i; ++n) a = t[n], (!e.type || a.type === e.type) && a.name === e.name ? this.removeEventListener(a.type, a.listener, a.options) : t[++r] = a;
			++r ? t.length = r : delete this.__on;
		}
	};
}
function oi(e, t, n) {
	return function() {
		var r = this.__on, i, a = ri(t);
		if (r) {
			for (var o = 0, s = r.length; o < s; ++o) if ((i = r[o]).type === e.type && i.name === e.name) {
				this.removeEventListener(i.type, i.listener, i.options), this.addEventListener(i.type, i.listener = a, i.options = n), i.value = t;
				return;
			}
		}
		this.addEventListener(e.type, a, n), i = {
			type: e.type,
			name: e.name,
			value: t,
			listener: a,
			options: n
		}, r ? r.push(i) : this.__on = [i];
	};
}
function si(e, t, n) {
	var r = ii(e + ""), i, a = r.length, o;
	if (arguments.length < 2) {
		var s = this.node().__on;
		if (s) {
			for (var c = 0, l = s.length, u; c < l; ++c) for (i = 0, u = s[c]; i < a; ++i) if ((o = r[i]).type === u.type && o.name === u.name) return u.value;
		}
	} else {
		for (s = t ? oi : ai, i = 0; i < a; ++i) this.each(s(r[i], t, n));
		return this;
	}
}
function ci(e, t, n) {
	var r = _r(e), i = r.CustomEvent;
	typeof i == "function" ? i = new i(t, n) : (i = r.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function li(e, t) {
	return function() {
		return ci(this, e, t);
	};
}
function ui(e, t) {
	return function() {
		return ci(this, e, t.apply(this, arguments));
	};
}
function di(e, t) {
	return this.each((typeof t == "function" ? ui : li)(e, t));
}
function* fi() {
	for (var e = this._groups, t = 0, n = e.length; t < n; ++t) for (var r = e[t], i = 0, a = r.length, o; i < a; ++i) (o = r[i]) && (yield o);
}
var pi = [null];
function L(e, t) {
	this._groups = e, this._parents = t;
}
function mi() {
	return new L([[document.documentElement]], pi);
}
function hi() {
	return this;
}
L.prototype = mi.prototype = {
	constructor: L,
	select: En,
	selectAll: jn,
	selectChild: Ln,
	selectChildren: Vn,
	filter: Hn,
	data: Xn,
	enter: Wn,
	exit: Qn,
	join: $n,
	merge: er,
	selection: hi,
	order: tr,
	sort: nr,
	call: ir,
	nodes: ar,
	node: or,
	size: sr,
	empty: cr,
	each: lr,
	attr: gr,
	style: xr,
	property: Er,
	classed: Fr,
	text: zr,
	html: Ur,
	raise: Gr,
	lower: qr,
	append: Jr,
	insert: Xr,
	remove: Qr,
	clone: ti,
	datum: ni,
	on: si,
	dispatch: di,
	[Symbol.iterator]: fi
};
function R(e) {
	return typeof e == "string" ? new L([[document.querySelector(e)]], [document.documentElement]) : new L([[e]], pi);
}
var gi = 0;
function _i() {
	return new vi();
}
function vi() {
	this._ = "@" + (++gi).toString(36);
}
vi.prototype = _i.prototype = {
	constructor: vi,
	get: function(e) {
		for (var t = this._; !(t in e);) if (!(e = e.parentNode)) return;
		return e[t];
	},
	set: function(e, t) {
		return e[this._] = t;
	},
	remove: function(e) {
		return this._ in e && delete e[this._];
	},
	toString: function() {
		return this._;
	}
};
function yi(e) {
	let t;
	for (; t = e.sourceEvent;) e = t;
	return e;
}
function bi(e, t) {
	if (e = yi(e), t === void 0 && (t = e.currentTarget), t) {
		var n = t.ownerSVGElement || t;
		if (n.createSVGPoint) {
			var r = n.createSVGPoint();
			return r.x = e.clientX, r.y = e.clientY, r = r.matrixTransform(t.getScreenCTM().inverse()), [r.x, r.y];
		}
		if (t.getBoundingClientRect) {
			var i = t.getBoundingClientRect();
			return [e.clientX - i.left - t.clientLeft, e.clientY - i.top - t.clientTop];
		}
	}
	return [e.pageX, e.pageY];
}
// node_modules/d3-color/dist/d3-color.mjs
function xi(e, t, n) {
	e.prototype = t.prototype = n, n.constructor = e;
}
function Si(e, t) {
	var n = Object.create(e.prototype);
	for (var r in t) n[r] = t[r];
	return n;
}
function z() {}
var B = .7, Ci = 1 / B, wi = "\\s*([+-]?\\d+)\\s*", Ti = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", V = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Ei = /^#([0-9a-f]{3,8})$/, Di = RegExp(`^rgb\\(${wi},${wi},${wi}\\)$`), Oi = RegExp(`^rgb\\(${V},${V},${V}\\)$`), ki = RegExp(`^rgba\\(${wi},${wi},${wi},${Ti}\\)$`), Ai = RegExp(`^rgba\\(${V},${V},${V},${Ti}\\)$`), ji = RegExp(`^hsl\\(${Ti},${V},${V}\\)$`), Mi = RegExp(`^hsla\\(${Ti},${V},${V},${Ti}\\)$`), Ni = {
	aliceblue: 15792383,
	antiquewhite: 16444375,
	aqua: 65535,
	aquamarine: 8388564,
	azure: 15794175,
	beige: 16119260,
	bisque: 16770244,
	black: 0,
	blanchedalmond: 16772045,
	blue: 255,
	blueviolet: 9055202,
	brown: 10824234,
	burlywood: 14596231,
	cadetblue: 6266528,
	chartreuse: 8388352,
	chocolate: 13789470,
	coral: 16744272,
	cornflowerblue: 6591981,
	cornsilk: 16775388,
	crimson: 14423100,
	cyan: 65535,
	darkblue: 139,
	darkcyan: 35723,
	darkgoldenrod: 12092939,
	darkgray: 11119017,
	darkgreen: 25600,
	darkgrey: 11119017,
	darkkhaki: 12433259,
	darkmagenta: 9109643,
	darkolivegreen: 5597999,
	darkorange: 16747520,
	darkorchid: 10040012,
	darkred: 9109504,
	darksalmon: 15308410,
	darkseagreen: 9419919,
	darkslateblue: 4734347,
	darkslategray: 3100495,
	darkslategrey: 3100495,
	darkturquoise: 52945,
	darkviolet: 9699539,
	deeppink: 16716947,
	deepskyblue: 49151,
	dimgray: 6908265,
	dimgrey: 6908265,
	dodgerblue: 2003199,
	firebrick: 11674146,
	floralwhite: 16775920,
	forestgreen: 2263842,
	fuchsia: 16711935,
	gainsboro: 14474460,
	ghostwhite: 16316671,
	gold: 16766720,
	goldenrod: 14329120,
	gray: 8421504,
	green: 32768,
	greenyellow: 11403055,
	grey: 8421504,
	honeydew: 15794160,
	hotpink: 16738740,
	indianred: 13458524,
	indigo: 4915330,
	ivory: 16777200,
	khaki: 15787660,
	lavender: 15132410,
	lavenderblush: 16773365,
	lawngreen: 8190976,
	lemonchiffon: 16775885,
	lightblue: 11393254,
	lightcoral: 15761536,
	lightcyan: 14745599,
	lightgoldenrodyellow: 16448210,
	lightgray: 13882323,
	lightgreen: 9498256,
	lightgrey: 13882323,
	lightpink: 16758465,
	lightsalmon: 16752762,
	lightseagreen: 2142890,
	lightskyblue: 8900346,
	lightslategray: 7833753,
	lightslategrey: 7833753,
	lightsteelblue: 11584734,
	lightyellow: 16777184,
	lime: 65280,
	limegreen: 3329330,
	linen: 16445670,
	magenta: 16711935,
	maroon: 8388608,
	mediumaquamarine: 6737322,
	mediumblue: 205,
	mediumorchid: 12211667,
	mediumpurple: 9662683,
	mediumseagreen: 3978097,
	mediumslateblue: 8087790,
	mediumspringgreen: 64154,
	mediumturquoise: 4772300,
	mediumvioletred: 13047173,
	midnightblue: 1644912,
	mintcream: 16121850,
	mistyrose: 16770273,
	moccasin: 16770229,
	navajowhite: 16768685,
	navy: 128,
	oldlace: 16643558,
	olive: 8421376,
	olivedrab: 7048739,
	orange: 16753920,
	orangered: 16729344,
	orchid: 14315734,
	palegoldenrod: 15657130,
	palegreen: 10025880,
	paleturquoise: 11529966,
	palevioletred: 14381203,
	papayawhip: 16773077,
	peachpuff: 16767673,
	peru: 13468991,
	pink: 16761035,
	plum: 14524637,
	powderblue: 11591910,
	purple: 8388736,
	rebeccapurple: 6697881,
	red: 16711680,
	rosybrown: 12357519,
	royalblue: 4286945,
	saddlebrown: 9127187,
	salmon: 16416882,
	sandybrown: 16032864,
	seagreen: 3050327,
	seashell: 16774638,
	sienna: 10506797,
	silver: 12632256,
	skyblue: 8900331,
	slateblue: 6970061,
	slategray: 7372944,
	slategrey: 7372944,
	snow: 16775930,
	springgreen: 65407,
	steelblue: 4620980,
	tan: 13808780,
	teal: 32896,
	thistle: 14204888,
	tomato: 16737095,
	turquoise: 4251856,
	violet: 15631086,
	wheat: 16113331,
	white: 16777215,
	whitesmoke: 16119285,
	yellow: 16776960,
	yellowgreen: 10145074
};
xi(z, Ri, {
	copy(e) {
		return Object.assign(new this.constructor(), this, e);
	},
	displayable() {
		return this.rgb().displayable();
	},
	hex: Pi,
	formatHex: Pi,
	formatHex8: Fi,
	formatHsl: Ii,
	formatRgb: Li,
	toString: Li
});
function Pi() {
	return this.rgb().formatHex();
}
function Fi() {
	return this.rgb().formatHex8();
}
function Ii() {
	return Xi(this).formatHsl();
}
function Li() {
	return this.rgb().formatRgb();
}
function Ri(e) {
	var t, n;
	return e = (e + "").trim().toLowerCase(), (t = Ei.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? zi(t) : n === 3 ? new H(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Bi(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Bi(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Di.exec(e)) ? new H(t[1], t[2], t[3], 1) : (t = Oi.exec(e)) ? new H(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = ki.exec(e)) ? Bi(t[1], t[2], t[3], t[4]) : (t = Ai.exec(e)) ? Bi(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = ji.exec(e)) ? Yi(t[1], t[2] / 100, t[3] / 100, 1) : (t = Mi.exec(e)) ? Yi(t[1], t[2] / 100, t[3] / 100, t[4]) : Ni.hasOwnProperty(e) ? zi(Ni[e]) : e === "transparent" ? new H(NaN, NaN, NaN, 0) : null;
}
function zi(e) {
	return new H(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Bi(e, t, n, r) {
	return r <= 0 && (e = t = n = NaN), new H(e, t, n, r);
}
function Vi(e) {
	return e instanceof z || (e = Ri(e)), e ? (e = e.rgb(), new H(e.r, e.g, e.b, e.opacity)) : new H();
}
function Hi(e, t, n, r) {
	return arguments.length === 1 ? Vi(e) : new H(e, t, n, r ?? 1);
}
function H(e, t, n, r) {
	this.r = +e, this.g = +t, this.b = +n, this.opacity = +r;
}
xi(H, Hi, Si(z, {
	brighter(e) {
		return e = e == null ? Ci : Ci ** +e, new H(this.r * e, this.g * e, this.b * e, this.opacity);
	},
	darker(e) {
		return e = e == null ? B : B ** +e, new H(this.r * e, this.g * e, this.b * e, this.opacity);
	},
	rgb() {
		return this;
	},
	clamp() {
		return new H(qi(this.r), qi(this.g), qi(this.b), Ki(this.opacity));
	},
	displayable() {
		return -.5 <= this.r && this.r < 255.5 && -.5 <= this.g && this.g < 255.5 && -.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
	},
	hex: Ui,
	formatHex: Ui,
	formatHex8: Wi,
	formatRgb: Gi,
	toString: Gi
}));
function Ui() {
	return `#${Ji(this.r)}${Ji(this.g)}${Ji(this.b)}`;
}
function Wi() {
	return `#${Ji(this.r)}${Ji(this.g)}${Ji(this.b)}${Ji((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Gi() {
	let e = Ki(this.opacity);
	return `${e === 1 ? "rgb(" : "rgba("}${qi(this.r)}, ${qi(this.g)}, ${qi(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function Ki(e) {
	return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function qi(e) {
	return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Ji(e) {
	return e = qi(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Yi(e, t, n, r) {
	return r <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new U(e, t, n, r);
}
function Xi(e) {
	if (e instanceof U) return new U(e.h, e.s, e.l, e.opacity);
	if (e instanceof z || (e = Ri(e)), !e) return new U();
	if (e instanceof U) return e;
	e = e.rgb();
	var t = e.r / 255, n = e.g / 255, r = e.b / 255, i = Math.min(t, n, r), a = Math.max(t, n, r), o = NaN, s = a - i, c = (a + i) / 2;
	return s ? (o = t === a ? (n - r) / s + (n < r) * 6 : n === a ? (r - t) / s + 2 : (t - n) / s + 4, s /= c < .5 ? a + i : 2 - a - i, o *= 60) : s = c > 0 && c < 1 ? 0 : o, new U(o, s, c, e.opacity);
}
function Zi(e, t, n, r) {
	return arguments.length === 1 ? Xi(e) : new U(e, t, n, r ?? 1);
}
function U(e, t, n, r) {
	this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
xi(U, Zi, Si(z, {
	brighter(e) {
		return e = e == null ? Ci : Ci ** +e, new U(this.h, this.s, this.l * e, this.opacity);
	},
	darker(e) {
		return e = e == null ? B : B ** +e, new U(this.h, this.s, this.l * e, this.opacity);
	},
	rgb() {
		var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, r = n + (n < .5 ? n : 1 - n) * t, i = 2 * n - r;
		return new H(ea(e >= 240 ? e - 240 : e + 120, i, r), ea(e, i, r), ea(e < 120 ? e + 240 : e - 120, i, r), this.opacity);
	},
	clamp() {
		return new U(Qi(this.h), $i(this.s), $i(this.l), Ki(this.opacity));
	},
	displayable() {
		return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
	},
	formatHsl() {
		let e = Ki(this.opacity);
		return `${e === 1 ? "hsl(" : "hsla("}${Qi(this.h)}, ${$i(this.s) * 100}%, ${$i(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
	}
}));
function Qi(e) {
	return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function $i(e) {
	return Math.max(0, Math.min(1, e || 0));
}
function ea(e, t, n) {
	return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
var ta = Math.PI / 180, na = 180 / Math.PI, ra = 18, ia = .96422, aa = 1, oa = .82521, sa = 4 / 29, ca = 6 / 29, la = 3 * ca * ca, ua = ca * ca * ca;
function da(e) {
	if (e instanceof W) return new W(e.l, e.a, e.b, e.opacity);
	if (e instanceof G) return ya(e);
	e instanceof H || (e = Vi(e));
	var t = ga(e.r), n = ga(e.g), r = ga(e.b), i = pa((.2225045 * t + .7168786 * n + .0606169 * r) / aa), a, o;
	return t === n && n === r ? a = o = i : (a = pa((.4360747 * t + .3850649 * n + .1430804 * r) / ia), o = pa((.0139322 * t + .0971045 * n + .7141733 * r) / oa)), new W(116 * i - 16, 500 * (a - i), 200 * (i - o), e.opacity);
}
function fa(e, t, n, r) {
	return arguments.length === 1 ? da(e) : new W(e, t, n, r ?? 1);
}
function W(e, t, n, r) {
	this.l = +e, this.a = +t, this.b = +n, this.opacity = +r;
}
xi(W, fa, Si(z, {
	brighter(e) {
		return new W(this.l + ra * (e ?? 1), this.a, this.b, this.opacity);
	},
	darker(e) {
		return new W(this.l - ra * (e ?? 1), this.a, this.b, this.opacity);
	},
	rgb() {
		var e = (this.l + 16) / 116, t = isNaN(this.a) ? e : e + this.a / 500, n = isNaN(this.b) ? e : e - this.b / 200;
		return t = ia * ma(t), e = aa * ma(e), n = oa * ma(n), new H(ha(3.1338561 * t - 1.6168667 * e - .4906146 * n), ha(-.9787684 * t + 1.9161415 * e + .033454 * n), ha(.0719453 * t - .2289914 * e + 1.4052427 * n), this.opacity);
	}
}));
function pa(e) {
	return e > ua ? e ** (1 / 3) : e / la + sa;
}
function ma(e) {
	return e > ca ? e * e * e : la * (e - sa);
}
function ha(e) {
	return 255 * (e <= .0031308 ? 12.92 * e : 1.055 * e ** (1 / 2.4) - .055);
}
function ga(e) {
	return (e /= 255) <= .04045 ? e / 12.92 : ((e + .055) / 1.055) ** 2.4;
}
function _a(e) {
	if (e instanceof G) return new G(e.h, e.c, e.l, e.opacity);
	if (e instanceof W || (e = da(e)), e.a === 0 && e.b === 0) return new G(NaN, 0 < e.l && e.l < 100 ? 0 : NaN, e.l, e.opacity);
	var t = Math.atan2(e.b, e.a) * na;
	return new G(t < 0 ? t + 360 : t, Math.sqrt(e.a * e.a + e.b * e.b), e.l, e.opacity);
}
function va(e, t, n, r) {
	return arguments.length === 1 ? _a(e) : new G(e, t, n, r ?? 1);
}
function G(e, t, n, r) {
	this.h = +e, this.c = +t, this.l = +n, this.opacity = +r;
}
function ya(e) {
	if (isNaN(e.h)) return new W(e.l, 0, 0, e.opacity);
	var t = e.h * ta;
	return new W(e.l, Math.cos(t) * e.c, Math.sin(t) * e.c, e.opacity);
}
xi(G, va, Si(z, {
	brighter(e) {
		return new G(this.h, this.c, this.l + ra * (e ?? 1), this.opacity);
	},
	darker(e) {
		return new G(this.h, this.c, this.l - ra * (e ?? 1), this.opacity);
	},
	rgb() {
		return ya(this).rgb();
	}
}));
var ba = -.14861, xa = 1.78277, Sa = -.29227, Ca = -.90649, wa = 1.97294, Ta = wa * Ca, Ea = wa * xa, Da = xa * Sa - Ca * ba;
function Oa(e) {
	if (e instanceof K) return new K(e.h, e.s, e.l, e.opacity);
	e instanceof H || (e = Vi(e));
	var t = e.r / 255, n = e.g / 255, r = e.b / 255, i = (Da * r + Ta * t - Ea * n) / (Da + Ta - Ea), a = r - i, o = (wa * (n - i) - Sa * a) / Ca, s = Math.sqrt(o * o + a * a) / (wa * i * (1 - i)), c = s ? Math.atan2(o, a) * na - 120 : NaN;
	return new K(c < 0 ? c + 360 : c, s, i, e.opacity);
}
function ka(e, t, n, r) {
	return arguments.length === 1 ? Oa(e) : new K(e, t, n, r ?? 1);
}
function K(e, t, n, r) {
	this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
xi(K, ka, Si(z, {
	brighter(e) {
		return e = e == null ? Ci : Ci ** +e, new K(this.h, this.s, this.l * e, this.opacity);
	},
	darker(e) {
		return e = e == null ? B : B ** +e, new K(this.h, this.s, this.l * e, this.opacity);
	},
	rgb() {
		var e = isNaN(this.h) ? 0 : (this.h + 120) * ta, t = +this.l, n = isNaN(this.s) ? 0 : this.s * t * (1 - t), r = Math.cos(e), i = Math.sin(e);
		return new H(255 * (t + n * (ba * r + xa * i)), 255 * (t + n * (Sa * r + Ca * i)), 255 * (t + wa * r * n), this.opacity);
	}
}));
// node_modules/d3-interpolate/dist/d3-interpolate.mjs
function Aa(e, t, n, r, i) {
	var a = e * e, o = a * e;
	return ((1 - 3 * e + 3 * a - o) * t + (4 - 6 * a + 3 * o) * n + (1 + 3 * e + 3 * a - 3 * o) * r + o * i) / 6;
}
function ja(e) {
	var t = e.length - 1;
	return function(n) {
		var r = n <= 0 ? n = 0 : n >= 1 ? (n = 1, t - 1) : Math.floor(n * t), i = e[r], a = e[r + 1], o = r > 0 ? e[r - 1] : 2 * i - a, s = r < t - 1 ? e[r + 2] : 2 * a - i;
		return Aa((n - r / t) * t, o, i, a, s);
	};
}
var Ma = (e) => () => e;
function Na(e, t) {
	return function(n) {
		return e + n * t;
	};
}
function Pa(e, t, n) {
	return e **= +n, t = t ** +n - e, n = 1 / n, function(r) {
		return (e + r * t) ** +n;
	};
}
function Fa(e, t) {
	var n = t - e;
	return n ? Na(e, n > 180 || n < -180 ? n - 360 * Math.round(n / 360) : n) : Ma(isNaN(e) ? t : e);
}
function Ia(e) {
	return (e = +e) == 1 ? La : function(t, n) {
		return n - t ? Pa(t, n, e) : Ma(isNaN(t) ? n : t);
	};
}
function La(e, t) {
	var n = t - e;
	return n ? Na(e, n) : Ma(isNaN(e) ? t : e);
}
var Ra = (function e(t) {
	var n = Ia(t);
	function r(e, t) {
		var r = n((e = Hi(e)).r, (t = Hi(t)).r), i = n(e.g, t.g), a = n(e.b, t.b), o = La(e.opacity, t.opacity);
		return function(t) {
			return e.r = r(t), e.g = i(t), e.b = a(t), e.opacity = o(t), e + "";
		};
	}
	return r.gamma = e, r;
})(1);
function za(e) {
	return function(t) {
		for (var n = t.length, r = Array(n), i = Array(n), a = Array(n), o = 0, s; o < n; ++o) s = Hi(t[o]), r[o] = s.r || 0, i[o] = s.g || 0, a[o] = s.b || 0;
		return r = e(r), i = e(i), a = e(a), s.opacity = 1, function(e) {
			return s.r = r(e), s.g = i(e), s.b = a(e), s + "";
		};
	};
}
var Ba = za(ja);
function Va(e, t) {
	t || (t = []);
	var n = e ? Math.min(t.length, e.length) : 0, r = t.slice(), i;
	return function(a) {
		for (i = 0; i < n; ++i) r[i] = e[i] * (1 - a) + t[i] * a;
		return r;
	};
}
function Ha(e) {
	return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function Ua(e, t) {
	for (var n = t ? t.length : 0, r = e ? Math.min(n, e.length) : 0, i = Array(r), a = Array(n), o = 0; o < r; ++o) i[o] = Qa(e[o], t[o]);
	for (; o < n; ++o) a[o] = t[o];
	return function(e) {
		for (o = 0; o < r; ++o) a[o] = i[o](e);
		return a;
	};
}
function Wa(e, t) {
	var n = /* @__PURE__ */ new Date();
	return e = +e, t = +t, function(r) {
		return n.setTime(e * (1 - r) + t * r), n;
	};
}
function Ga(e, t) {
	return e = +e, t = +t, function(n) {
		return e * (1 - n) + t * n;
	};
}
function Ka(e, t) {
	var n = {}, r = {}, i;
	for (i in typeof e == "object" && e || (e = {}), typeof t == "object" && t || (t = {}), t) i in e ? n[i] = Qa(e[i], t[i]) : r[i] = t[i];
	return function(e) {
		for (i in n) r[i] = n[i](e);
		return r;
	};
}
var qa = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, Ja = new RegExp(qa.source, "g");
function Ya(e) {
	return function() {
		return e;
	};
}
function Xa(e) {
	return function(t) {
		return e(t) + "";
	};
}
function Za(e, t) {
	var n = qa.lastIndex = Ja.lastIndex = 0, r, i, a, o = -1, s = [], c = [];
	for (e += "", t += ""; (r = qa.exec(e)) && (i = Ja.exec(t));) (a = i.index) > n && (a = t.slice(n, a), s[o] ? s[o] += a : s[++o] = a), (r = r[0]) === (i = i[0]) ? s[o] ? s[o] += i : s[++o] = i : (s[++o] = null, c.push({
		i: o,
		x: Ga(r, i)
	})), n = Ja.lastIndex;
	return n < t.length && (a = t.slice(n), s[o] ? s[o] += a : s[++o] = a), s.length < 2 ? c[0] ? Xa(c[0].x) : Ya(t) : (t = c.length, function(e) {
		for (var n = 0, r; n < t; ++n) s[(r = c[n]).i] = r.x(e);
		return s.join("");
	});
}
function Qa(e, t) {
	var n = typeof t, r;
	return t == null || n === "boolean" ? Ma(t) : (n === "number" ? Ga : n === "string" ? (r = Ri(t)) ? (t = r, Ra) : Za : t instanceof Ri ? Ra : t instanceof Date ? Wa : Ha(t) ? Va : Array.isArray(t) ? Ua : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Ka : Ga)(e, t);
}
function $a(e, t) {
	return e = +e, t = +t, function(n) {
		return Math.round(e * (1 - n) + t * n);
	};
}
var eo = 1e-12;
function to(e) {
	return ((e = Math.exp(e)) + 1 / e) / 2;
}
function no(e) {
	return ((e = Math.exp(e)) - 1 / e) / 2;
}
function ro(e) {
	return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
(function e(t, n, r) {
	function i(e, i) {
		var a = e[0], o = e[1], s = e[2], c = i[0], l = i[1], u = i[2], d = c - a, f = l - o, p = d * d + f * f, m, h;
		if (p < eo) h = Math.log(u / s) / t, m = function(e) {
			return [
				a + e * d,
				o + e * f,
				s * Math.exp(t * e * h)
			];
		};
		else {
			var g = Math.sqrt(p), _ = (u * u - s * s + r * p) / (2 * s * n * g), v = (u * u - s * s - r * p) / (2 * u * n * g), y = Math.log(Math.sqrt(_ * _ + 1) - _);
			h = (Math.log(Math.sqrt(v * v + 1) - v) - y) / t, m = function(e) {
				var r = e * h, i = to(y), c = s / (n * g) * (i * ro(t * r + y) - no(y));
				return [
					a + c * d,
					o + c * f,
					s * i / to(t * r + y)
				];
			};
		}
		return m.duration = Math.abs(h) * 1e3 * t / Math.SQRT2, m;
	}
	return i.rho = function(t) {
		var n = Math.max(.001, +t), r = n * n;
		return e(n, r, r * r);
	}, i;
})(Math.SQRT2, 2, 4);
function io(e) {
	return (function t(n) {
		n = +n;
		function r(t, r) {
			var i = e((t = ka(t)).h, (r = ka(r)).h), a = La(t.s, r.s), o = La(t.l, r.l), s = La(t.opacity, r.opacity);
			return function(e) {
				return t.h = i(e), t.s = a(e), t.l = o(e ** +n), t.opacity = s(e), t + "";
			};
		}
		return r.gamma = t, r;
	})(1);
}
io(Fa), io(La);
// node_modules/d3-path/dist/d3-path.mjs
var ao = Math.PI, oo = 2 * ao, q = 1e-6, so = oo - q;
function co(e) {
	this._ += e[0];
	for (let t = 1, n = e.length; t < n; ++t) this._ += arguments[t] + e[t];
}
function lo(e) {
	let t = Math.floor(e);
	if (!(t >= 0)) throw Error(`invalid digits: ${e}`);
	if (t > 15) return co;
	let n = 10 ** t;
	return function(e) {
		this._ += e[0];
		for (let t = 1, r = e.length; t < r; ++t) this._ += Math.round(arguments[t] * n) / n + e[t];
	};
}
function uo(e, t, n, r) {
	return e === n && t === r;
}
function fo(e) {
	let t = Math.floor(e);
	if (!(t <= 15)) return uo;
	let n = 10 ** t, r = function(e) {
		return Math.round(e * n);
	};
	return function(e, t, n, i) {
		return r(e) === r(n) && r(t) === r(i);
	};
}
var po = class {
	constructor(e) {
		this._x0 = this._y0 = this._x1 = this._y1 = null, this._ = "", this._append = e == null ? co : lo(e), this._equal = e == null ? uo : fo(e);
	}
	moveTo(e, t) {
		this._append`M${this._x0 = this._x1 = +e},${this._y0 = this._y1 = +t}`;
	}
	closePath() {
		this._x1 !== null && (this._x1 = this._x0, this._y1 = this._y0, this._append`Z`);
	}
	lineTo(e, t) {
		this._append`L${this._x1 = +e},${this._y1 = +t}`;
	}
	quadraticCurveTo(e, t, n, r) {
		this._append`Q${+e},${+t},${this._x1 = +n},${this._y1 = +r}`;
	}
	bezierCurveTo(e, t, n, r, i, a) {
		this._append`C${+e},${+t},${+n},${+r},${this._x1 = +i},${this._y1 = +a}`;
	}
	arcTo(e, t, n, r, i) {
		if (e = +e, t = +t, n = +n, r = +r, i = +i, i < 0) throw Error(`negative radius: ${i}`);
		let a = this._x1, o = this._y1, s = n - e, c = r - t, l = a - e, u = o - t, d = l * l + u * u;
		if (this._x1 === null) this._append`M${this._x1 = e},${this._y1 = t}`;
		else if (d > q) {
			if (!(Math.abs(u * s - c * l) > q) || !i) this._append`L${this._x1 = e},${this._y1 = t}`;
			else {
				let f = n - a, p = r - o, m = s * s + c * c, h = f * f + p * p, g = Math.sqrt(m), _ = Math.sqrt(d), v = i * Math.tan((ao - Math.acos((m + d - h) / (2 * g * _))) / 2), y = v / _, b = v / g;
				Math.abs(y - 1) > q && this._append`L${e + y * l},${t + y * u}`, this._append`A${i},${i},0,0,${+(u * f > l * p)},${this._x1 = e + b * s},${this._y1 = t + b * c}`;
			}
		}
	}
	arc(e, t, n, r, i, a) {
		if (e = +e, t = +t, n = +n, a = !!a, n < 0) throw Error(`negative radius: ${n}`);
		let o = n * Math.cos(r), s = n * Math.sin(r), c = e + o, l = t + s, u = 1 ^ a, d = a ? r - i : i - r;
		if (this._x1 === null ? this._append`M${c},${l}` : (Math.abs(this._x1 - c) > q || Math.abs(this._y1 - l) > q) && this._append`L${c},${l}`, n) {
			if (d < 0 && (d = d % oo + oo), d > so) this._append`A${n},${n},0,1,${u},${e - o},${t - s}A${n},${n},0,1,${u},${this._x1 = c},${this._y1 = l}`;
			else if (d > q) {
				let a = e + n * Math.cos(i), o = t + n * Math.sin(i);
				if (d >= ao && this._equal(c, l, a, o)) {
					d /= 2;
					let i = r + d;
					this._append`A${n},${n},0,${+(d >= ao)},${u},${e + n * Math.cos(i)},${t + n * Math.sin(i)}`;
				}
				this._append`A${n},${n},0,${+(d >= ao)},${u},${this._x1 = a},${this._y1 = o}`;
			}
		}
	}
	rect(e, t, n, r) {
		this._append`M${this._x0 = this._x1 = +e},${this._y0 = this._y1 = +t}h${n = +n}v${+r}h${-n}Z`;
	}
	toString() {
		return this._;
	}
};
po.prototype;
// node_modules/d3-format/dist/d3-format.mjs
function mo(e) {
	return Math.abs(e = Math.round(e)) >= 1e21 ? e.toLocaleString("en").replace(/,/g, "") : e.toString(10);
}
function ho(e, t) {
	if (!isFinite(e) || e === 0) return null;
	var n = (e = t ? e.toExponential(t - 1) : e.toExponential()).indexOf("e"), r = e.slice(0, n);
	return [r.length > 1 ? r[0] + r.slice(2) : r, +e.slice(n + 1)];
}
function go(e) {
	return e = ho(Math.abs(e)), e ? e[1] : NaN;
}
function _o(e, t) {
	return function(n, r) {
		for (var i = n.length, a = [], o = 0, s = e[0], c = 0; i > 0 && s > 0 && (c + s + 1 > r && (s = Math.max(1, r - c)), a.push(n.substring(i -= s, i + s)), !((c += s + 1) > r));) s = e[o = (o + 1) % e.length];
		return a.reverse().join(t);
	};
}
function vo(e) {
	return function(t) {
		return t.replace(/[0-9]/g, function(t) {
			return e[+t];
		});
	};
}
var yo = /^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i;
function bo(e) {
	if (!(t = yo.exec(e))) throw Error("invalid format: " + e);
	var t;
	return new xo({
		fill: t[1],
		align: t[2],
		sign: t[3],
		symbol: t[4],
		zero: t[5],
		width: t[6],
		comma: t[7],
		precision: t[8] && t[8].slice(1),
		trim: t[9],
		type: t[10]
	});
}
bo.prototype = xo.prototype;
function xo(e) {
	this.fill = e.fill === void 0 ? " " : e.fill + "", this.align = e.align === void 0 ? ">" : e.align + "", this.sign = e.sign === void 0 ? "-" : e.sign + "", this.symbol = e.symbol === void 0 ? "" : e.symbol + "", this.zero = !!e.zero, this.width = e.width === void 0 ? void 0 : +e.width, this.comma = !!e.comma, this.precision = e.precision === void 0 ? void 0 : +e.precision, this.trim = !!e.trim, this.type = e.type === void 0 ? "" : e.type + "";
}
xo.prototype.toString = function() {
	return this.fill + this.align + this.sign + this.symbol + (this.zero ? "0" : "") + (this.width === void 0 ? "" : Math.max(1, this.width | 0)) + (this.comma ? "," : "") + (this.precision === void 0 ? "" : "." + Math.max(0, this.precision | 0)) + (this.trim ? "~" : "") + this.type;
};
function So(e) {
	out: for (var t = e.length, n = 1, r = -1, i; n < t; ++n) switch (e[n]) {
		case ".":
			r = i = n;
			break;
		case "0":
			r === 0 && (r = n), i = n;
			break;
		default:
			if (!+e[n]) break out;
			r > 0 && (r = 0);
	}
	return r > 0 ? e.slice(0, r) + e.slice(i + 1) : e;
}
var Co;
function wo(e, t) {
	var n = ho(e, t);
	if (!n) return Co = void 0, e.toPrecision(t);
	var r = n[0], i = n[1], a = i - (Co = Math.max(-8, Math.min(8, Math.floor(i / 3))) * 3) + 1, o = r.length;
	return a === o ? r : a > o ? r + Array(a - o + 1).join("0") : a > 0 ? r.slice(0, a) + "." + r.slice(a) : "0." + Array(1 - a).join("0") + ho(e, Math.max(0, t + a - 1))[0];
}
function To(e, t) {
	var n = ho(e, t);
	if (!n) return e + "";
	var r = n[0], i = n[1];
	return i < 0 ? "0." + Array(-i).join("0") + r : r.length > i + 1 ? r.slice(0, i + 1) + "." + r.slice(i + 1) : r + Array(i - r.length + 2).join("0");
}
var Eo = {
	"%": (e, t) => (e * 100).toFixed(t),
	b: (e) => Math.round(e).toString(2),
	c: (e) => e + "",
	d: mo,
	e: (e, t) => e.toExponential(t),
	f: (e, t) => e.toFixed(t),
	g: (e, t) => e.toPrecision(t),
	o: (e) => Math.round(e).toString(8),
	p: (e, t) => To(e * 100, t),
	r: To,
	s: wo,
	X: (e) => Math.round(e).toString(16).toUpperCase(),
	x: (e) => Math.round(e).toString(16)
};
function Do(e) {
	return e;
}
var Oo = Array.prototype.map, ko = [
	"y",
	"z",
	"a",
	"f",
	"p",
	"n",
	"µ",
	"m",
	"",
	"k",
	"M",
	"G",
	"T",
	"P",
	"E",
	"Z",
	"Y"
];
function Ao(e) {
	var t = e.grouping === void 0 || e.thousands === void 0 ? Do : _o(Oo.call(e.grouping, Number), e.thousands + ""), n = e.currency === void 0 ? "" : e.currency[0] + "", r = e.currency === void 0 ? "" : e.currency[1] + "", i = e.decimal === void 0 ? "." : e.decimal + "", a = e.numerals === void 0 ? Do : vo(Oo.call(e.numerals, String)), o = e.percent === void 0 ? "%" : e.percent + "", s = e.minus === void 0 ? "−" : e.minus + "", c = e.nan === void 0 ? "NaN" : e.nan + "";
	function l(e, l) {
		e = bo(e);
		var u = e.fill, d = e.align, f = e.sign, p = e.symbol, m = e.zero, h = e.width, g = e.comma, _ = e.precision, v = e.trim, y = e.type;
		y === "n" ? (g = !0, y = "g") : Eo[y] || (_ === void 0 && (_ = 12), v = !0, y = "g"), (m || u === "0" && d === "=") && (m = !0, u = "0", d = "=");
		var b = (l && l.prefix !== void 0 ? l.prefix : "") + (p === "$" ? n : p === "#" && /[boxX]/.test(y) ? "0" + y.toLowerCase() : ""), x = (p === "$" ? r : /[%p]/.test(y) ? o : "") + (l && l.suffix !== void 0 ? l.suffix : ""), S = Eo[y], C = /[defgprs%]/.test(y);
		_ = _ === void 0 ? 6 : /[gprs]/.test(y) ? Math.max(1, Math.min(21, _)) : Math.max(0, Math.min(20, _));
		function w(e) {
			var n = b, r = x, o, l, p;
			if (y === "c") r = S(e) + r, e = "";
			else {
				e = +e;
				var w = e < 0 || 1 / e < 0;
				if (e = isNaN(e) ? c : S(Math.abs(e), _), v && (e = So(e)), w && +e == 0 && f !== "+" && (w = !1), n = (w ? f === "(" ? f : s : f === "-" || f === "(" ? "" : f) + n, r = (y === "s" && !isNaN(e) && Co !== void 0 ? ko[8 + Co / 3] : "") + r + (w && f === "(" ? ")" : ""), C) {
					for (o = -1, l = e.length; ++o < l;) if (p = e.charCodeAt(o), 48 > p || p > 57) {
						r = (p === 46 ? i + e.slice(o + 1) : e.slice(o)) + r, e = e.slice(0, o);
						break;
					}
				}
			}
			g && !m && (e = t(e, Infinity));
			var T = n.length + e.length + r.length, E = T < h ? Array(h - T + 1).join(u) : "";
			switch (g && m && (e = t(E + e, E.length ? h - r.length : Infinity), E = ""), d) {
				case "<":
					e = n + e + r + E;
					break;
				case "=":
					e = n + E + e + r;
					break;
				case "^":
					e = E.slice(0, T = E.length >> 1) + n + e + r + E.slice(T);
					break;
				default: e = E + n + e + r;
			}
			return a(e);
		}
		return w.toString = function() {
			return e + "";
		}, w;
	}
	function u(e, t) {
		var n = Math.max(-8, Math.min(8, Math.floor(go(t) / 3))) * 3, r = 10 ** -n, i = l((e = bo(e), e.type = "f", e), { suffix: ko[8 + n / 3] });
		return function(e) {
			return i(r * e);
		};
	}
	return {
		format: l,
		formatPrefix: u
	};
}
var jo, J, Mo;
No({
	thousands: ",",
	grouping: [3],
	currency: ["$", ""]
});
function No(e) {
	return jo = Ao(e), J = jo.format, Mo = jo.formatPrefix, jo;
}
function Po(e) {
	return Math.max(0, -go(Math.abs(e)));
}
function Fo(e, t) {
	return Math.max(0, Math.max(-8, Math.min(8, Math.floor(go(t) / 3))) * 3 - go(Math.abs(e)));
}
function Io(e, t) {
	return e = Math.abs(e), t = Math.abs(t) - e, Math.max(0, go(t) - go(e)) + 1;
}
// node_modules/d3-scale/dist/d3-scale.mjs
function Lo(e, t) {
	switch (arguments.length) {
		case 0: break;
		case 1:
			this.range(e);
			break;
		default: this.range(t).domain(e);
	}
	return this;
}
var Ro = Symbol("implicit");
function zo() {
	var e = new Ht(), t = [], n = [], r = Ro;
	function i(i) {
		let a = e.get(i);
		if (a === void 0) {
			if (r !== Ro) return r;
			e.set(i, a = t.push(i) - 1);
		}
		return n[a % n.length];
	}
	return i.domain = function(n) {
		if (!arguments.length) return t.slice();
		t = [], e = new Ht();
		for (let r of n) e.has(r) || e.set(r, t.push(r) - 1);
		return i;
	}, i.range = function(e) {
		return arguments.length ? (n = Array.from(e), i) : n.slice();
	}, i.unknown = function(e) {
		return arguments.length ? (r = e, i) : r;
	}, i.copy = function() {
		return zo(t, n).unknown(r);
	}, Lo.apply(i, arguments), i;
}
function Bo() {
	var e = zo().unknown(void 0), t = e.domain, n = e.range, r = 0, i = 1, a, o, s = !1, c = 0, l = 0, u = .5;
	delete e.unknown;
	function d() {
		var e = t().length, d = i < r, f = d ? i : r, p = d ? r : i;
		a = (p - f) / Math.max(1, e - c + l * 2), s && (a = Math.floor(a)), f += (p - f - a * (e - c)) * u, o = a * (1 - c), s && (f = Math.round(f), o = Math.round(o));
		var m = nn(e).map(function(e) {
			return f + a * e;
		});
		return n(d ? m.reverse() : m);
	}
	return e.domain = function(e) {
		return arguments.length ? (t(e), d()) : t();
	}, e.range = function(e) {
		return arguments.length ? ([r, i] = e, r = +r, i = +i, d()) : [r, i];
	}, e.rangeRound = function(e) {
		return [r, i] = e, r = +r, i = +i, s = !0, d();
	}, e.bandwidth = function() {
		return o;
	}, e.step = function() {
		return a;
	}, e.round = function(e) {
		return arguments.length ? (s = !!e, d()) : s;
	}, e.padding = function(e) {
		return arguments.length ? (c = Math.min(1, l = +e), d()) : c;
	}, e.paddingInner = function(e) {
		return arguments.length ? (c = Math.min(1, e), d()) : c;
	}, e.paddingOuter = function(e) {
		return arguments.length ? (l = +e, d()) : l;
	}, e.align = function(e) {
		return arguments.length ? (u = Math.max(0, Math.min(1, e)), d()) : u;
	}, e.copy = function() {
		return Bo(t(), [r, i]).round(s).paddingInner(c).paddingOuter(l).align(u);
	}, Lo.apply(d(), arguments);
}
function Vo(e) {
	return function() {
		return e;
	};
}
function Ho(e) {
	return +e;
}
var Uo = [0, 1];
function Wo(e) {
	return e;
}
function Go(e, t) {
	return (t -= e = +e) ? function(n) {
		return (n - e) / t;
	} : Vo(isNaN(t) ? NaN : .5);
}
function Ko(e, t) {
	var n;
	return e > t && (n = e, e = t, t = n), function(n) {
		return Math.max(e, Math.min(t, n));
	};
}
function qo(e, t, n) {
	var r = e[0], i = e[1], a = t[0], o = t[1];
	return i < r ? (r = Go(i, r), a = n(o, a)) : (r = Go(r, i), a = n(a, o)), function(e) {
		return a(r(e));
	};
}
function Jo(e, t, n) {
	var r = Math.min(e.length, t.length) - 1, i = Array(r), a = Array(r), o = -1;
	for (e[r] < e[0] && (e = e.slice().reverse(), t = t.slice().reverse()); ++o < r;) i[o] = Go(e[o], e[o + 1]), a[o] = n(t[o], t[o + 1]);
	return function(t) {
		var n = Bt(e, t, 1, r) - 1;
		return a[n](i[n](t));
	};
}
function Yo(e, t) {
	return t.domain(e.domain()).range(e.range()).interpolate(e.interpolate()).clamp(e.clamp()).unknown(e.unknown());
}
function Xo() {
	var e = Uo, t = Uo, n = Qa, r, i, a, o = Wo, s, c, l;
	function u() {
		var n = Math.min(e.length, t.length);
		return o !== Wo && (o = Ko(e[0], e[n - 1])), s = n > 2 ? Jo : qo, c = l = null, d;
	}
	function d(i) {
		return i == null || isNaN(i = +i) ? a : (c || (c = s(e.map(r), t, n)))(r(o(i)));
	}
	return d.invert = function(n) {
		return o(i((l || (l = s(t, e.map(r), Ga)))(n)));
	}, d.domain = function(t) {
		return arguments.length ? (e = Array.from(t, Ho), u()) : e.slice();
	}, d.range = function(e) {
		return arguments.length ? (t = Array.from(e), u()) : t.slice();
	}, d.rangeRound = function(e) {
		return t = Array.from(e), n = $a, u();
	}, d.clamp = function(e) {
		return arguments.length ? (o = e ? !0 : Wo, u()) : o !== Wo;
	}, d.interpolate = function(e) {
		return arguments.length ? (n = e, u()) : n;
	}, d.unknown = function(e) {
		return arguments.length ? (a = e, d) : a;
	}, function(e, t) {
		return r = e, i = t, u();
	};
}
function Zo() {
	return Xo()(Wo, Wo);
}
function Qo(e, t, n, r) {
	var i = $t(e, t, n), a;
	switch (r = bo(r ?? ",f"), r.type) {
		case "s":
			var o = Math.max(Math.abs(e), Math.abs(t));
			return r.precision == null && !isNaN(a = Fo(i, o)) && (r.precision = a), Mo(r, o);
		case "":
		case "e":
		case "g":
		case "p":
		case "r":
			r.precision == null && !isNaN(a = Io(i, Math.max(Math.abs(e), Math.abs(t)))) && (r.precision = a - (r.type === "e"));
			break;
		case "f":
		case "%": r.precision == null && !isNaN(a = Po(i)) && (r.precision = a - (r.type === "%") * 2);
	}
	return J(r);
}
function $o(e) {
	var t = e.domain;
	return e.ticks = function(e) {
		var n = t();
		return Zt(n[0], n[n.length - 1], e ?? 10);
	}, e.tickFormat = function(e, n) {
		var r = t();
		return Qo(r[0], r[r.length - 1], e ?? 10, n);
	}, e.nice = function(n) {
		n ?? (n = 10);
		var r = t(), i = 0, a = r.length - 1, o = r[i], s = r[a], c, l, u = 10;
		for (s < o && (l = o, o = s, s = l, l = i, i = a, a = l); u-- > 0;) {
			if (l = Qt(o, s, n), l === c) return r[i] = o, r[a] = s, t(r);
			if (l > 0) o = Math.floor(o / l) * l, s = Math.ceil(s / l) * l;
			else if (l < 0) o = Math.ceil(o * l) / l, s = Math.floor(s * l) / l;
			else break;
			c = l;
		}
		return e;
	}, e;
}
function Y() {
	var e = Zo();
	return e.copy = function() {
		return Yo(e, Y());
	}, Lo.apply(e, arguments), $o(e);
}
// node_modules/d3-shape/dist/d3-shape.mjs
function es(e) {
	return function() {
		return e;
	};
}
var ts = Math.cos, ns = Math.sin, rs = Math.sqrt, is = 1e-12, as = Math.PI;
as / 2;
var os = 2 * as;
function ss(e) {
	let t = 3;
	return e.digits = function(n) {
		if (!arguments.length) return t;
		if (n == null) t = null;
		else {
			let e = Math.floor(n);
			if (!(e >= 0)) throw RangeError(`invalid digits: ${n}`);
			t = e;
		}
		return e;
	}, () => new po(t);
}
Array.prototype.slice;
function cs(e) {
	return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function ls(e) {
	this._context = e;
}
ls.prototype = {
	areaStart: function() {
		this._line = 0;
	},
	areaEnd: function() {
		this._line = NaN;
	},
	lineStart: function() {
		this._point = 0;
	},
	lineEnd: function() {
		(this._line || this._line !== 0 && this._point === 1) && this._context.closePath(), this._line = 1 - this._line;
	},
	point: function(e, t) {
		switch (e = +e, t = +t, this._point) {
			case 0:
				this._point = 1, this._line ? this._context.lineTo(e, t) : this._context.moveTo(e, t);
				break;
			case 1: this._point = 2;
			default: this._context.lineTo(e, t);
		}
	}
};
function us(e) {
	return new ls(e);
}
function ds(e) {
	return e[0];
}
function fs(e) {
	return e[1];
}
function ps(e, t) {
	var n = es(!0), r = null, i = us, a = null, o = ss(s);
	e = typeof e == "function" ? e : e === void 0 ? ds : es(e), t = typeof t == "function" ? t : t === void 0 ? fs : es(t);
	function s(s) {
		var c, l = (s = cs(s)).length, u, d = !1, f;
		for (r ?? (a = i(f = o())), c = 0; c <= l; ++c) !(c < l && n(u = s[c], c, s)) === d && ((d = !d) ? a.lineStart() : a.lineEnd()), d && a.point(+e(u, c, s), +t(u, c, s));
		if (f) return a = null, f + "" || null;
	}
	return s.x = function(t) {
		return arguments.length ? (e = typeof t == "function" ? t : es(+t), s) : e;
	}, s.y = function(e) {
		return arguments.length ? (t = typeof e == "function" ? e : es(+e), s) : t;
	}, s.defined = function(e) {
		return arguments.length ? (n = typeof e == "function" ? e : es(!!e), s) : n;
	}, s.curve = function(e) {
		return arguments.length ? (i = e, r != null && (a = i(r)), s) : i;
	}, s.context = function(e) {
		return arguments.length ? (e == null ? r = a = null : a = i(r = e), s) : r;
	}, s;
}
hs(us);
function ms(e) {
	this._curve = e;
}
ms.prototype = {
	areaStart: function() {
		this._curve.areaStart();
	},
	areaEnd: function() {
		this._curve.areaEnd();
	},
	lineStart: function() {
		this._curve.lineStart();
	},
	lineEnd: function() {
		this._curve.lineEnd();
	},
	point: function(e, t) {
		this._curve.point(t * Math.sin(e), t * -Math.cos(e));
	}
};
function hs(e) {
	function t(t) {
		return new ms(e(t));
	}
	return t._curve = e, t;
}
rs(3), rs(1 / 3) * 2;
var gs = ns(as / 10) / ns(7 * as / 10);
ns(os / 10) * gs, -ts(os / 10) * gs, rs(3), rs(3), rs(3) / 2, (1 / rs(12) / 2 + 1) * 3;
function _s() {}
function vs(e, t, n) {
	e._context.bezierCurveTo((2 * e._x0 + e._x1) / 3, (2 * e._y0 + e._y1) / 3, (e._x0 + 2 * e._x1) / 3, (e._y0 + 2 * e._y1) / 3, (e._x0 + 4 * e._x1 + t) / 6, (e._y0 + 4 * e._y1 + n) / 6);
}
function ys(e) {
	this._context = e;
}
ys.prototype = {
	areaStart: function() {
		this._line = 0;
	},
	areaEnd: function() {
		this._line = NaN;
	},
	lineStart: function() {
		this._x0 = this._x1 = this._y0 = this._y1 = NaN, this._point = 0;
	},
	lineEnd: function() {
		switch (this._point) {
			case 3: vs(this, this._x1, this._y1);
			case 2: this._context.lineTo(this._x1, this._y1);
		}
		(this._line || this._line !== 0 && this._point === 1) && this._context.closePath(), this._line = 1 - this._line;
	},
	point: function(e, t) {
		switch (e = +e, t = +t, this._point) {
			case 0:
				this._point = 1, this._line ? this._context.lineTo(e, t) : this._context.moveTo(e, t);
				break;
			case 1:
				this._point = 2;
				break;
			case 2: this._point = 3, this._context.lineTo((5 * this._x0 + this._x1) / 6, (5 * this._y0 + this._y1) / 6);
			default: vs(this, e, t);
		}
		this._x0 = this._x1, this._x1 = e, this._y0 = this._y1, this._y1 = t;
	}
};
function bs(e, t) {
	this._basis = new ys(e), this._beta = t;
}
bs.prototype = {
	lineStart: function() {
		this._x = [], this._y = [], this._basis.lineStart();
	},
	lineEnd: function() {
		var e = this._x, t = this._y, n = e.length - 1;
		if (n > 0) for (var r = e[0], i = t[0], a = e[n] - r, o = t[n] - i, s = -1, c; ++s <= n;) c = s / n, this._basis.point(this._beta * e[s] + (1 - this._beta) * (r + c * a), this._beta * t[s] + (1 - this._beta) * (i + c * o));
		this._x = this._y = null, this._basis.lineEnd();
	},
	point: function(e, t) {
		this._x.push(+e), this._y.push(+t);
	}
}, (function e(t) {
	function n(e) {
		return t === 1 ? new ys(e) : new bs(e, t);
	}
	return n.beta = function(t) {
		return e(+t);
	}, n;
})(.85);
function xs(e, t, n) {
	e._context.bezierCurveTo(e._x1 + e._k * (e._x2 - e._x0), e._y1 + e._k * (e._y2 - e._y0), e._x2 + e._k * (e._x1 - t), e._y2 + e._k * (e._y1 - n), e._x2, e._y2);
}
function Ss(e, t) {
	this._context = e, this._k = (1 - t) / 6;
}
Ss.prototype = {
	areaStart: function() {
		this._line = 0;
	},
	areaEnd: function() {
		this._line = NaN;
	},
	lineStart: function() {
		this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN, this._point = 0;
	},
	lineEnd: function() {
		switch (this._point) {
			case 2:
				this._context.lineTo(this._x2, this._y2);
				break;
			case 3: xs(this, this._x1, this._y1);
		}
		(this._line || this._line !== 0 && this._point === 1) && this._context.closePath(), this._line = 1 - this._line;
	},
	point: function(e, t) {
		switch (e = +e, t = +t, this._point) {
			case 0:
				this._point = 1, this._line ? this._context.lineTo(e, t) : this._context.moveTo(e, t);
				break;
			case 1:
				this._point = 2, this._x1 = e, this._y1 = t;
				break;
			case 2: this._point = 3;
			default: xs(this, e, t);
		}
		this._x0 = this._x1, this._x1 = this._x2, this._x2 = e, this._y0 = this._y1, this._y1 = this._y2, this._y2 = t;
	}
}, (function e(t) {
	function n(e) {
		return new Ss(e, t);
	}
	return n.tension = function(t) {
		return e(+t);
	}, n;
})(0);
function Cs(e, t) {
	this._context = e, this._k = (1 - t) / 6;
}
Cs.prototype = {
	areaStart: _s,
	areaEnd: _s,
	lineStart: function() {
		this._x0 = this._x1 = this._x2 = this._x3 = this._x4 = this._x5 = this._y0 = this._y1 = this._y2 = this._y3 = this._y4 = this._y5 = NaN, this._point = 0;
	},
	lineEnd: function() {
		switch (this._point) {
			case 1:
				this._context.moveTo(this._x3, this._y3), this._context.closePath();
				break;
			case 2:
				this._context.lineTo(this._x3, this._y3), this._context.closePath();
				break;
			case 3: this.point(this._x3, this._y3), this.point(this._x4, this._y4), this.point(this._x5, this._y5);
		}
	},
	point: function(e, t) {
		switch (e = +e, t = +t, this._point) {
			case 0:
				this._point = 1, this._x3 = e, this._y3 = t;
				break;
			case 1:
				this._point = 2, this._context.moveTo(this._x4 = e, this._y4 = t);
				break;
			case 2:
				this._point = 3, this._x5 = e, this._y5 = t;
				break;
			default: xs(this, e, t);
		}
		this._x0 = this._x1, this._x1 = this._x2, this._x2 = e, this._y0 = this._y1, this._y1 = this._y2, this._y2 = t;
	}
}, (function e(t) {
	function n(e) {
		return new Cs(e, t);
	}
	return n.tension = function(t) {
		return e(+t);
	}, n;
})(0);
function ws(e, t) {
	this._context = e, this._k = (1 - t) / 6;
}
ws.prototype = {
	areaStart: function() {
		this._line = 0;
	},
	areaEnd: function() {
		this._line = NaN;
	},
	lineStart: function() {
		this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN, this._point = 0;
	},
	lineEnd: function() {
		(this._line || this._line !== 0 && this._point === 3) && this._context.closePath(), this._line = 1 - this._line;
	},
	point: function(e, t) {
		switch (e = +e, t = +t, this._point) {
			case 0:
				this._point = 1;
				break;
			case 1:
				this._point = 2;
				break;
			case 2:
				this._point = 3, this._line ? this._context.lineTo(this._x2, this._y2) : this._context.moveTo(this._x2, this._y2);
				break;
			case 3: this._point = 4;
			default: xs(this, e, t);
		}
		this._x0 = this._x1, this._x1 = this._x2, this._x2 = e, this._y0 = this._y1, this._y1 = this._y2, this._y2 = t;
	}
}, (function e(t) {
	function n(e) {
		return new ws(e, t);
	}
	return n.tension = function(t) {
		return e(+t);
	}, n;
})(0);
function Ts(e, t, n) {
	var r = e._x1, i = e._y1, a = e._x2, o = e._y2;
	if (e._l01_a > is) {
		var s = 2 * e._l01_2a + 3 * e._l01_a * e._l12_a + e._l12_2a, c = 3 * e._l01_a * (e._l01_a + e._l12_a);
		r = (r * s - e._x0 * e._l12_2a + e._x2 * e._l01_2a) / c, i = (i * s - e._y0 * e._l12_2a + e._y2 * e._l01_2a) / c;
	}
	if (e._l23_a > is) {
		var l = 2 * e._l23_2a + 3 * e._l23_a * e._l12_a + e._l12_2a, u = 3 * e._l23_a * (e._l23_a + e._l12_a);
		a = (a * l + e._x1 * e._l23_2a - t * e._l12_2a) / u, o = (o * l + e._y1 * e._l23_2a - n * e._l12_2a) / u;
	}
	e._context.bezierCurveTo(r, i, a, o, e._x2, e._y2);
}
function Es(e, t) {
	this._context = e, this._alpha = t;
}
Es.prototype = {
	areaStart: function() {
		this._line = 0;
	},
	areaEnd: function() {
		this._line = NaN;
	},
	lineStart: function() {
		this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN, this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
	},
	lineEnd: function() {
		switch (this._point) {
			case 2:
				this._context.lineTo(this._x2, this._y2);
				break;
			case 3: this.point(this._x2, this._y2);
		}
		(this._line || this._line !== 0 && this._point === 1) && this._context.closePath(), this._line = 1 - this._line;
	},
	point: function(e, t) {
		if (e = +e, t = +t, this._point) {
			var n = this._x2 - e, r = this._y2 - t;
			this._l23_a = Math.sqrt(this._l23_2a = (n * n + r * r) ** +this._alpha);
		}
		switch (this._point) {
			case 0:
				this._point = 1, this._line ? this._context.lineTo(e, t) : this._context.moveTo(e, t);
				break;
			case 1:
				this._point = 2;
				break;
			case 2: this._point = 3;
			default: Ts(this, e, t);
		}
		this._l01_a = this._l12_a, this._l12_a = this._l23_a, this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a, this._x0 = this._x1, this._x1 = this._x2, this._x2 = e, this._y0 = this._y1, this._y1 = this._y2, this._y2 = t;
	}
}, (function e(t) {
	function n(e) {
		return t ? new Es(e, t) : new Ss(e, 0);
	}
	return n.alpha = function(t) {
		return e(+t);
	}, n;
})(.5);
function Ds(e, t) {
	this._context = e, this._alpha = t;
}
Ds.prototype = {
	areaStart: _s,
	areaEnd: _s,
	lineStart: function() {
		this._x0 = this._x1 = this._x2 = this._x3 = this._x4 = this._x5 = this._y0 = this._y1 = this._y2 = this._y3 = this._y4 = this._y5 = NaN, this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
	},
	lineEnd: function() {
		switch (this._point) {
			case 1:
				this._context.moveTo(this._x3, this._y3), this._context.closePath();
				break;
			case 2:
				this._context.lineTo(this._x3, this._y3), this._context.closePath();
				break;
			case 3: this.point(this._x3, this._y3), this.point(this._x4, this._y4), this.point(this._x5, this._y5);
		}
	},
	point: function(e, t) {
		if (e = +e, t = +t, this._point) {
			var n = this._x2 - e, r = this._y2 - t;
			this._l23_a = Math.sqrt(this._l23_2a = (n * n + r * r) ** +this._alpha);
		}
		switch (this._point) {
			case 0:
				this._point = 1, this._x3 = e, this._y3 = t;
				break;
			case 1:
				this._point = 2, this._context.moveTo(this._x4 = e, this._y4 = t);
				break;
			case 2:
				this._point = 3, this._x5 = e, this._y5 = t;
				break;
			default: Ts(this, e, t);
		}
		this._l01_a = this._l12_a, this._l12_a = this._l23_a, this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a, this._x0 = this._x1, this._x1 = this._x2, this._x2 = e, this._y0 = this._y1, this._y1 = this._y2, this._y2 = t;
	}
}, (function e(t) {
	function n(e) {
		return t ? new Ds(e, t) : new Cs(e, 0);
	}
	return n.alpha = function(t) {
		return e(+t);
	}, n;
})(.5);
function Os(e, t) {
	this._context = e, this._alpha = t;
}
Os.prototype = {
	areaStart: function() {
		this._line = 0;
	},
	areaEnd: function() {
		this._line = NaN;
	},
	lineStart: function() {
		this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN, this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
	},
	lineEnd: function() {
		(this._line || this._line !== 0 && this._point === 3) && this._context.closePath(), this._line = 1 - this._line;
	},
	point: function(e, t) {
		if (e = +e, t = +t, this._point) {
			var n = this._x2 - e, r = this._y2 - t;
			this._l23_a = Math.sqrt(this._l23_2a = (n * n + r * r) ** +this._alpha);
		}
		switch (this._point) {
			case 0:
				this._point = 1;
				break;
			case 1:
				this._point = 2;
				break;
			case 2:
				this._point = 3, this._line ? this._context.lineTo(this._x2, this._y2) : this._context.moveTo(this._x2, this._y2);
				break;
			case 3: this._point = 4;
			default: Ts(this, e, t);
		}
		this._l01_a = this._l12_a, this._l12_a = this._l23_a, this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a, this._x0 = this._x1, this._x1 = this._x2, this._x2 = e, this._y0 = this._y1, this._y1 = this._y2, this._y2 = t;
	}
}, (function e(t) {
	function n(e) {
		return t ? new Os(e, t) : new ws(e, 0);
	}
	return n.alpha = function(t) {
		return e(+t);
	}, n;
})(.5);
function ks(e) {
	return e < 0 ? -1 : 1;
}
function As(e, t, n) {
	var r = e._x1 - e._x0, i = t - e._x1, a = (e._y1 - e._y0) / (r || i < 0 && -0), o = (n - e._y1) / (i || r < 0 && -0), s = (a * i + o * r) / (r + i);
	return (ks(a) + ks(o)) * Math.min(Math.abs(a), Math.abs(o), .5 * Math.abs(s)) || 0;
}
function js(e, t) {
	var n = e._x1 - e._x0;
	return n ? (3 * (e._y1 - e._y0) / n - t) / 2 : t;
}
function Ms(e, t, n) {
	var r = e._x0, i = e._y0, a = e._x1, o = e._y1, s = (a - r) / 3;
	e._context.bezierCurveTo(r + s, i + s * t, a - s, o - s * n, a, o);
}
function Ns(e) {
	this._context = e;
}
Ns.prototype = {
	areaStart: function() {
		this._line = 0;
	},
	areaEnd: function() {
		this._line = NaN;
	},
	lineStart: function() {
		this._x0 = this._x1 = this._y0 = this._y1 = this._t0 = NaN, this._point = 0;
	},
	lineEnd: function() {
		switch (this._point) {
			case 2:
				this._context.lineTo(this._x1, this._y1);
				break;
			case 3: Ms(this, this._t0, js(this, this._t0));
		}
		(this._line || this._line !== 0 && this._point === 1) && this._context.closePath(), this._line = 1 - this._line;
	},
	point: function(e, t) {
		var n = NaN;
		if (e = +e, t = +t, e !== this._x1 || t !== this._y1) {
			switch (this._point) {
				case 0:
					this._point = 1, this._line ? this._context.lineTo(e, t) : this._context.moveTo(e, t);
					break;
				case 1:
					this._point = 2;
					break;
				case 2:
					this._point = 3, Ms(this, js(this, n = As(this, e, t)), n);
					break;
				default: Ms(this, this._t0, n = As(this, e, t));
			}
			this._x0 = this._x1, this._x1 = e, this._y0 = this._y1, this._y1 = t, this._t0 = n;
		}
	}
}, Object.create(Ns.prototype).point = function(e, t) {
	Ns.prototype.point.call(this, t, e);
};
// src/charts/shared.ts
function Ps(e, t) {
	e.append("text").attr("class", "tbt-axis-label").attr("x", t.iw / 2).attr("y", t.xLabelY).attr("text-anchor", "middle").text(t.xLabel), e.append("text").attr("class", "tbt-axis-label").attr("transform", `translate(${t.yLabelX},${t.ih / 2}) rotate(-90)`).attr("text-anchor", "middle").text(t.yLabel);
}
function Fs(e, t, n, r, i, a) {
	let [o, s] = bi(e, t), c = Math.floor(o / n), l = Math.floor(s / r);
	return l >= 0 && l < i && c >= 0 && c < a ? [l, c] : null;
}
// src/charts/lines.ts
var X = 3.2, Is = 3;
function Ls(e, t, n) {
	switch (e) {
		case "cross": return `M${t - X},${n - X}L${t + X},${n + X}M${t - X},${n + X}L${t + X},${n - X}`;
		case "circle": return `M${t - Is},${n}a${Is},${Is} 0 1,0 6,0a${Is},${Is} 0 1,0 -6,0Z`;
		case "square": return `M${t - Is},${n - Is}h6v6h-6Z`;
		default: return "";
	}
}
function Z(e, t = 11) {
	return e.length * t * .58;
}
function Rs(e, t) {
	let n = t.yTickFormat ?? J("~g"), r = t.valueFormat ?? n, i = t.xFormat ?? ((e) => t.xTicks ? t.xTicks.find((t) => t.value === e)?.label ?? String(e) : String(e)), a = t.yDomain;
	if (!a) {
		let n = Infinity, r = -Infinity;
		for (let t of e) for (let e of t.points) e.y !== null && (n = Math.min(n, e.y), r = Math.max(r, e.y));
		for (let e of t.refLines ?? []) n = Math.min(n, e.y), r = Math.max(r, e.y);
		(t.yZero || t.zeroLine) && (n = Math.min(n, 0), r = Math.max(r, 0)), n === Infinity && ([n, r] = [0, 1]), n === r && ([n, r] = [n - .5 * (Math.abs(n) || 1), r + .5 * (Math.abs(r) || 1)]);
		let i = (r - n) * .06;
		a = [n - (t.yZero && n === 0 ? 0 : i), r + i];
	}
	let o = Y().domain(a).nice(5), s = o.ticks(5), c = Math.max(...s.map((e) => Z(n(e))), 10), l = /* @__PURE__ */ new Set();
	for (let t of e) for (let e of t.points) l.add(e.x);
	let u = [...l].sort((e, t) => e - t), d = t.xDomain ?? (u.length ? [u[0], u[u.length - 1]] : [0, 1]);
	d[0] === d[1] && (d = [d[0] - .5, d[1] + .5]);
	let f = !!t.xTicks && t.xTicks.some((e) => Z(e.label) > (t.width - 80) / Math.max(t.xTicks.length, 1) - 4), p = f ? Math.min(90, Math.max(...t.xTicks.map((e) => Z(e.label))) * .72 + 12) : 18, m = {
		top: 14,
		right: 16,
		bottom: p + 26,
		left: Math.ceil(c) + 30
	}, h = Math.max(t.width, 200), g = Math.max(t.height, 120), _ = h - m.left - m.right, v = g - m.top - m.bottom, y = t.xTicks ? .5 : 0, b = Y().domain([d[0] - y, d[1] + y]).range([0, _]), x = o.range([v, 0]), S = A("svg", {
		class: "tbt-chart",
		width: h,
		height: g,
		viewBox: `0 0 ${h} ${g}`,
		role: "img",
		"aria-label": t.ariaLabel
	}), C = R(S).append("g").attr("transform", `translate(${m.left},${m.top})`);
	if (C.append("g").attr("class", "tbt-gridlines").selectAll("line").data(s).join("line").attr("x1", 0).attr("x2", _).attr("y1", (e) => x(e)).attr("y2", (e) => x(e)), t.highlightX !== null && t.highlightX !== void 0 && t.xTicks) {
		let e = Math.abs(b(1) - b(0));
		C.append("rect").attr("class", "tbt-highlight-band").attr("x", b(t.highlightX) - e / 2).attr("width", e).attr("y", 0).attr("height", v);
	}
	let w = _n(x).tickValues(s).tickFormat((e) => n(e)).tickSizeOuter(0);
	C.append("g").attr("class", "tbt-axis tbt-axis-y").call(w);
	let T;
	if (t.xTicks) T = gn(b).tickValues(t.xTicks.map((e) => e.value)).tickFormat((e) => i(e)).tickSizeOuter(0);
	else {
		let e = b.ticks(Math.max(2, Math.floor(_ / 70))).filter((e) => Number.isInteger(e));
		T = gn(b).tickValues(e).tickFormat((e) => String(e)).tickSizeOuter(0);
	}
	let E = C.append("g").attr("class", "tbt-axis tbt-axis-x").attr("transform", `translate(0,${v})`).call(T);
	f && E.selectAll("text").attr("text-anchor", "end").attr("dx", "-0.5em").attr("dy", "0.3em").attr("transform", "rotate(-40)"), Ps(C, {
		iw: _,
		ih: v,
		xLabelY: v + p + 20,
		yLabelX: -m.left + 13,
		xLabel: t.xLabel,
		yLabel: t.yLabel
	}), t.zeroLine && x.domain()[0] < 0 && x.domain()[1] > 0 && C.append("line").attr("class", "tbt-zero").attr("x1", 0).attr("x2", _).attr("y1", x(0)).attr("y2", x(0));
	for (let e of t.refLines ?? []) {
		let t = x(e.y);
		C.append("line").attr("class", "tbt-refline").attr("x1", 0).attr("x2", _).attr("y1", t).attr("y2", t).attr("stroke", e.color).attr("stroke-dasharray", e.dash ?? "2 3"), C.append("text").attr("class", "tbt-refline-label").attr("x", _ - 2).attr("y", t - 4).attr("text-anchor", "end").attr("fill", e.color).text(e.label);
	}
	if (t.markX !== null && t.markX !== void 0 && t.markX >= b.domain()[0] && t.markX <= b.domain()[1]) {
		let e = b(t.markX);
		if (C.append("line").attr("class", "tbt-mark-x").attr("x1", e).attr("x2", e).attr("y1", 0).attr("y2", v), t.markXLabel) {
			let n = e > _ - 60;
			C.append("text").attr("class", "tbt-mark-x-label").attr("x", e + (n ? -4 : 4)).attr("y", 9).attr("text-anchor", n ? "end" : "start").text(t.markXLabel);
		}
	}
	let D = ps().defined((e) => e.y !== null).x((e) => b(e.x)).y((e) => x(e.y)), O = C.append("g").attr("class", "tbt-series");
	for (let t of e) {
		let e = O.append("g").attr("class", "tbt-line-series").attr("data-series", t.id);
		if (t.markersOnly || e.append("path").attr("class", "tbt-line").attr("d", D(t.points) ?? "").attr("fill", "none").attr("stroke", t.color).attr("stroke-width", t.width ?? 1.8).attr("stroke-dasharray", t.dash || null).attr("stroke-linejoin", "round").attr("stroke-linecap", "round"), t.marker && t.marker !== "none") {
			let n = /* @__PURE__ */ new Map();
			t.points.forEach((e, r) => {
				if (e.y === null) return;
				let i = typeof t.marker == "function" ? t.marker(e, r) : t.marker;
				if (i === "none") return;
				let a = n.get(i) ?? [];
				a.push(Ls(i, b(e.x), x(e.y))), n.set(i, a);
			});
			for (let [r, i] of n) {
				let n = r !== "cross" && !t.hollow, a = e.append("path").attr("class", `tbt-marker tbt-marker-${r}`).attr("data-points", i.length).attr("d", i.join("")).attr("fill", n ? t.color : "none").attr("stroke", t.color).attr("stroke-width", r === "cross" ? 1.6 : 1.3);
				!n && r !== "cross" && a.style("fill", "var(--tbt-panel)");
			}
		}
	}
	if (t.tooltip || t.onClickX) {
		let n = C.append("line").attr("class", "tbt-hover-x").attr("data-export", "skip").attr("y1", 0).attr("y2", v).style("display", "none"), a = C.append("rect").attr("class", "tbt-overlay").attr("data-export", "skip").attr("width", _).attr("height", v).attr("fill", "transparent").style("cursor", t.onClickX ? "pointer" : "default"), o = (e) => {
			if (!u.length) return null;
			let t = b.invert(e), n = Vt(u, t);
			return u[Math.max(0, Math.min(u.length - 1, n))];
		};
		a.on("mousemove", (a) => {
			let [s] = bi(a, C.node()), c = o(s);
			if (c !== null && (n.style("display", null).attr("x1", b(c)).attr("x2", b(c)), t.tooltip)) {
				let n = [];
				for (let t of e) {
					let e = t.points.find((e) => e.x === c);
					e && n.push({
						color: t.color,
						dash: t.dash,
						label: t.group ? `${t.group} · ${t.label}` : t.label,
						value: e.y === null ? "n/a" : r(e.y)
					});
				}
				for (let e of t.refLines ?? []) n.push({
					color: e.color,
					dash: e.dash ?? "2 3",
					label: e.name ?? e.label,
					value: r(e.y),
					muted: !0
				});
				let o = (t.tooltipHost ?? S.parentElement).getBoundingClientRect();
				t.tooltip.show(a.clientX - o.left, a.clientY - o.top, `${t.xLabel}: ${i(c)}`, n);
			}
		}).on("mouseleave", () => {
			n.style("display", "none"), t.tooltip?.hide();
		}).on("click", (e) => {
			if (!t.onClickX) return;
			let [n] = bi(e, C.node()), r = o(n);
			r !== null && t.onClickX(r);
		});
	}
	return S;
}
// src/charts/tooltip.ts
var zs = class {
	constructor(e) {
		this.element = k("div", {
			class: "tbt-tooltip",
			role: "tooltip",
			"aria-hidden": "true"
		}), getComputedStyle(e).position === "static" && (e.style.position = "relative"), e.appendChild(this.element);
	}
	show(e, t, n, r) {
		let i = this.element;
		j(i), i.appendChild(k("div", { class: "tbt-tooltip-title" }, n));
		for (let e of r) {
			let t = k("span", { class: "tbt-swatch" });
			e.color ? (t.style.borderTopColor = e.color, t.style.borderTopStyle = e.dash ? "dashed" : "solid") : t.style.visibility = "hidden", i.appendChild(k("div", { class: `tbt-tooltip-row${e.muted ? " tbt-muted" : ""}` }, t, k("span", { class: "tbt-tooltip-label" }, e.label), e.value === void 0 ? null : k("span", { class: "tbt-tooltip-value" }, e.value)));
		}
		i.style.display = "block", i.setAttribute("aria-hidden", "false");
		let a = i.parentElement, o = i.offsetWidth, s = i.offsetHeight, c = a.clientWidth - o - 4, l = e + 14;
		l > c && (l = Math.max(4, e - o - 14));
		let u = t - s / 2;
		u = Math.max(4, Math.min(u, a.clientHeight - s - 4)), i.style.left = `${l}px`, i.style.top = `${u}px`;
	}
	hide() {
		this.element.style.display = "none", this.element.setAttribute("aria-hidden", "true");
	}
}, Bs = {
	target_val: m.solid,
	target: m.dashed,
	source: m.dotted
}, Vs = [
	"target_val",
	"target",
	"source"
];
// src/statistics/transferability.ts
M({
	id: "stat-accuracy",
	section: "statistical",
	title: "Accuracy over training",
	span: 8,
	order: 20,
	info: "Colour = data domain (one run) or run (several runs; line style = data). Marker = model: ○ the pretrained model (first step), × the fine-tuned model. The dotted line is the pretrained model reused directly on the target data. Click to select a step.",
	mount(e) {
		let { panel: t, store: n } = e, r = "accuracy", i = /* @__PURE__ */ new Set(), o = null, s = k("select", {
			class: "tbt-select",
			"aria-label": "Metric"
		}, k("option", { value: "accuracy" }, "Accuracy"), k("option", { value: "loss" }, "Loss"));
		s.addEventListener("change", () => {
			r = s.value === "loss" ? "loss" : "accuracy", t.setTitle(r === "loss" ? "Loss over training" : "Accuracy over training"), c.schedule();
		}), t.controls.appendChild(s), t.setExports({ figure: () => o ? {
			svg: o,
			name: `${r}`
		} : null });
		let c = I(e, {
			key: (e, t) => `${r}|${[...i]}|${e.sel.compareMode}|${t}`,
			draw: (e, s) => {
				let l = t.body;
				j(l);
				let u = e.theme, d = r === "accuracy", f = e.pair !== null, p = J(d ? ".1%" : ".3f"), h = [], g = (e) => e.stats.steps[0], _ = e.runs.reduce((e, t) => e + t.stats.steps.length * 3, 0) > 600 || e.runs.some((e) => e.stats.steps.length > 40), v = (e) => (t) => t.x === g(e) ? "circle" : !_ || t.x === e.step ? "cross" : "none", y = e.runs[0], b = Vs.filter((t) => e.runs.some((e) => Me(je(e.stats, t, r)))), x = [];
				for (let t of e.runs) if (!(f && t === y)) for (let n of b) {
					if (i.has(n)) continue;
					let a = je(t.stats, n, r);
					Me(a) && (f && (a = Fe(je(y.stats, n, r), a)), h.push({
						id: `${t.run}:${n}`,
						group: e.single ? void 0 : t.run,
						label: Tt[n],
						color: e.single ? Et(n, u) : t.color,
						dash: e.single ? n === "target_val" ? m.dashed : m.solid : Bs[n],
						points: a,
						marker: v(t),
						width: n === "target_val" ? 2.2 : 1.6
					}));
				}
				if (!f && e.single && d) {
					let t = Pe(e.runs[0].stats);
					t && x.push({
						y: t.value,
						label: `direct reuse ${P(t.value)}`,
						name: `direct reuse (pretrained on ${Tt[t.split]})`,
						color: a[u].targetLight,
						dash: m.dotted
					});
				}
				let C = e.single ? b.map((e) => ({
					id: e,
					label: Tt[e],
					color: Et(e, u),
					dash: e === "target_val" ? m.dashed : "",
					marker: "cross",
					hidden: i.has(e)
				})) : b.map((e) => ({
					id: e,
					label: Tt[e],
					color: "var(--tbt-muted)",
					dash: Bs[e],
					hidden: i.has(e)
				})), w = k("div", { class: "tbt-legend-row" });
				w.appendChild(ce(C, (e) => {
					i.has(e) ? i.delete(e) : i.add(e), c.schedule();
				}, "Data splits"));
				let T = [{
					id: "m-pre",
					label: "pretrained",
					color: "var(--tbt-muted)",
					marker: "circle",
					markerOnly: !0,
					title: "The pretrained model (first step)"
				}, {
					id: "m-ft",
					label: "fine-tuned",
					color: "var(--tbt-muted)",
					marker: "cross",
					markerOnly: !0,
					title: "The fine-tuned model"
				}];
				x.length && T.push({
					id: "m-reuse",
					label: "direct reuse",
					color: a[u].targetLight,
					dash: m.dotted,
					title: "The pretrained model reused directly on the target data"
				}), w.appendChild(ce(T, void 0, "Markers")), e.single || w.appendChild(Ot(e, f ? y.run : null)), l.appendChild(w);
				let E = f ? `Δ ${d ? "accuracy" : "loss"} vs ${y.run}${d ? " (pp)" : ""}` : d ? "Accuracy (%)" : "Loss (cross-entropy)", D = d ? (e) => We(e) : J("+.3f");
				o = Rs(h, {
					width: s,
					height: 280,
					xLabel: `Step (${e.stepLabel})`,
					yLabel: E,
					yDomain: !f && d ? [0, 1] : void 0,
					yTickFormat: d ? f ? (e) => (e * 100).toFixed(0) : (e) => `${Math.round(e * 100)}` : J("~g"),
					valueFormat: f ? D : p,
					zeroLine: f,
					refLines: x,
					markX: e.selectedStep,
					markXLabel: e.selectedStep === null ? void 0 : `step ${e.selectedStep}`,
					onClickX: (e) => S(e, n),
					tooltip: new zs(l),
					ariaLabel: `${d ? "Accuracy" : "Loss"} over steps for ${e.runs.length} run(s)`
				}), l.appendChild(k("div", { class: "tbt-figure" }, o));
			}
		});
		return c;
	}
}), M({
	id: "stat-transferability",
	section: "statistical",
	title: "Transferability score",
	span: 4,
	order: 30,
	info: wt,
	mount(e) {
		let { panel: t, store: n } = e, r = null;
		return t.setExports({ figure: () => r ? {
			svg: r,
			name: "transferability"
		} : null }), I(e, {
			key: (e, t) => `${e.sel.compareMode}|${t}`,
			draw: (e, i) => {
				let o = t.body;
				j(o);
				let s = e.theme, c = e.pair !== null, l = e.runs[0], u = [];
				for (let t of e.runs) {
					if (c && t === l) continue;
					let n = Ne(t.stats);
					c && (n = Fe(Ne(l.stats), n)), u.push({
						id: t.run,
						label: e.single ? "transferability" : t.run,
						color: e.single ? a[s].target : t.color,
						points: n,
						marker: (e) => e.x === t.stats.steps[0] ? "circle" : "cross"
					});
				}
				if (!u.some((e) => Me(e.points))) {
					o.appendChild(k("p", { class: "tbt-note" }, "Not defined for these runs: the label spaces of source and target differ and no source head maps them.")), r = null;
					return;
				}
				let d = k("div", { class: "tbt-headline" });
				for (let t of e.runs.slice(0, 4)) {
					let n = t.t >= 0 ? Ne(t.stats)[t.t]?.y ?? null : null;
					d.appendChild(k("div", {
						class: "tbt-headline-item",
						title: wt
					}, e.single ? null : se({
						color: t.color,
						marker: "square",
						markerOnly: !0
					}), k("span", { class: `tbt-headline-value ${n === null ? "" : n >= 0 ? "tbt-good" : "tbt-bad"}` }, We(n)), k("span", { class: "tbt-headline-label" }, e.single ? `at step ${t.step ?? "–"}` : t.run)));
				}
				e.runs.length > 4 && d.appendChild(k("span", { class: "tbt-muted" }, `+${e.runs.length - 4} more (hover the chart)`)), o.appendChild(d);
				let f = Ue(u.map((e) => e.points)) ?? [0, 0];
				r = Rs(u, {
					width: i,
					height: 230,
					xLabel: `Step (${e.stepLabel})`,
					yLabel: c ? `Δ score vs ${l.run} (pp)` : "Gain over direct reuse (pp)",
					yDomain: [Math.min(f[0], 0), Math.max(f[1], 0)],
					yTickFormat: (e) => `${Math.round(e * 100)}`,
					valueFormat: (e) => We(e),
					zeroLine: !0,
					yZero: !0,
					markX: e.selectedStep,
					onClickX: (e) => S(e, n),
					tooltip: new zs(o),
					ariaLabel: "Transferability score over steps"
				}), o.appendChild(k("div", { class: "tbt-figure" }, r));
			}
		});
	}
});
// src/charts/table.ts
function Hs(e, t, n) {
	if (e === null && t === null) return 0;
	if (e === null) return 1;
	if (t === null) return -1;
	let r = typeof e == "number" && typeof t == "number" ? e - t : String(e).localeCompare(String(t), void 0, { numeric: !0 });
	return n === "asc" ? r : -r;
}
function Us(e, t, n) {
	let r = t.find((e) => e.id === n.column);
	return r ? e.map((e, t) => ({
		r: e,
		i: t
	})).sort((e, t) => Hs(r.sortValue(e.r), r.sortValue(t.r), n.dir) || e.i - t.i).map((e) => e.r) : [...e];
}
function Ws(e, t) {
	return [t.map((e) => e.label), ...e.map((e) => t.map((t) => t.csv ? t.csv(e) : t.sortValue(e)))];
}
function Gs(e) {
	let t = Us(e.rows, e.columns, e.sort), n = k("table", {
		class: "tbt-table",
		"aria-label": e.ariaLabel
	}), r = k("thead"), i = k("tr");
	for (let t of e.columns) {
		let n = e.sort.column === t.id, r = k("th", {
			scope: "col",
			class: `${t.numeric ? "tbt-num" : ""} ${t.className ?? ""}`.trim() || null,
			"aria-sort": n ? e.sort.dir === "asc" ? "ascending" : "descending" : t.sortable === !1 ? null : "none",
			title: t.title ?? null
		});
		if (t.sortable === !1) r.textContent = t.label;
		else {
			let i = k("button", {
				type: "button",
				class: `tbt-sort${n ? " tbt-sort-active" : ""}`,
				"data-column": t.id
			}, t.label, k("span", {
				class: "tbt-sort-arrow",
				"aria-hidden": "true"
			}, n ? e.sort.dir === "asc" ? "▲" : "▼" : "↕"));
			i.addEventListener("click", () => {
				let r = n ? e.sort.dir === "asc" ? "desc" : "asc" : t.numeric ? "desc" : "asc";
				e.onSort?.({
					column: t.id,
					dir: r
				});
			}), r.appendChild(i);
		}
		i.appendChild(r);
	}
	r.appendChild(i), n.appendChild(r);
	let a = k("tbody"), o = [];
	for (let n of t) {
		let t = e.rowKey(n), r = k("tr", {
			tabindex: e.onRowClick ? 0 : null,
			"data-key": String(t)
		});
		for (let t of e.columns) {
			let e = k("td", { class: `${t.numeric ? "tbt-num" : ""} ${t.className ?? ""}`.trim() || null });
			ae(e, t.render(n)), r.appendChild(e);
		}
		e.onRowClick && (r.addEventListener("click", () => e.onRowClick(n)), r.addEventListener("keydown", (t) => {
			t.key === "Enter" || t.key === " " ? (t.preventDefault(), e.onRowClick(n)) : (t.key === "ArrowDown" || t.key === "ArrowUp") && (t.preventDefault(), (t.key === "ArrowDown" ? r.nextElementSibling : r.previousElementSibling)?.focus());
		})), o.push(r), a.appendChild(r);
	}
	n.appendChild(a);
	let s = (e) => {
		for (let t of o) {
			let n = e !== null && t.dataset.key === String(e);
			t.classList.toggle("tbt-selected", n), t.setAttribute("aria-selected", n ? "true" : "false");
		}
	};
	return s(e.selected ?? null), {
		element: n,
		setSelected: s,
		rowsInOrder: () => t
	};
}
function Ks(e, t) {
	let n = e.scrollTop, r = e.scrollLeft;
	j(e), e.appendChild(t), e.scrollTop = n, e.scrollLeft = r;
}
// src/statistics/classes.ts
function qs(e) {
	let t = e.class_names, n = (e, t) => {
		let n = k("span", { class: `tbt-bar-cell ${t}` }, k("span", { class: "tbt-bar-value" }, P(e))), r = k("span", {
			class: "tbt-bar",
			"aria-hidden": "true"
		});
		return r.style.width = `${Math.round((e ?? 0) * 100)}%`, n.prepend(r), n;
	};
	return [
		{
			id: "name",
			label: "Class",
			sortValue: (e) => e.index,
			render: (e) => k("span", { class: "tbt-class-name" }, e.name),
			csv: (e) => e.name
		},
		{
			id: "source",
			label: "Source acc.",
			numeric: !0,
			sortValue: (e) => e.source,
			render: (e) => n(e.source, "tbt-bar-source"),
			title: "Accuracy on the source probe instances of the class"
		},
		{
			id: "target",
			label: "Target acc.",
			numeric: !0,
			sortValue: (e) => e.target,
			render: (e) => n(e.target, "tbt-bar-target"),
			title: "Accuracy on the target probe instances of the class"
		},
		{
			id: "diff",
			label: "Diff.",
			numeric: !0,
			title: "Target accuracy − source accuracy (percentage points)",
			sortValue: (e) => e.diff,
			render: (e) => k("span", { class: e.diff === null ? "" : e.diff < -.1 ? "tbt-bad" : e.diff > .1 ? "tbt-good" : "" }, We(e.diff))
		},
		{
			id: "errors",
			label: "Top target confusions",
			title: "Most frequent wrong predictions for the class's target instances (predicted class: count); sorts by the number of errors",
			sortValue: (e) => e.errors,
			render: (e) => e.confusions.length ? e.confusions.map((n) => k("span", {
				class: "tbt-tag",
				title: `${n.count} target instance(s) of ${e.name} predicted as ${t[n.predicted] ?? n.predicted}`
			}, `${t[n.predicted] ?? n.predicted}: ${n.count}`)) : k("span", { class: "tbt-muted" }, e.errors === null ? "–" : "none"),
			csv: (e) => e.confusions.map((e) => `${t[e.predicted] ?? e.predicted}: ${e.count}`).join("; ")
		}
	];
}
M({
	id: "stat-classes",
	section: "statistical",
	title: "Per-class performance",
	span: 5,
	order: 40,
	info: "Accuracy per class on the source and target probe sets at the selected step, their difference (target − source) and the most frequent confusions on the target data. Click a column to sort, a row to select the class in every view.",
	mount(e) {
		let { panel: t, store: n } = e, r = {
			column: "diff",
			dir: "asc"
		}, i = null, a = null, o = [], s = "", c = k("select", {
			class: "tbt-select",
			"aria-label": "Run shown in the table"
		});
		c.addEventListener("change", () => {
			i = c.value, l.schedule();
		}), t.controls.appendChild(c), t.setExports({ csv: () => a ? {
			rows: Ws(a.rowsInOrder(), o),
			name: `classes-${s}`
		} : null });
		let l = I(e, {
			controls: (e) => {
				let t = e.runs.map((e) => e.run);
				i && t.includes(i) || (i = t[0] ?? null), j(c);
				for (let e of t) c.appendChild(k("option", { value: e }, e));
				i && (c.value = i), c.hidden = t.length < 2;
			},
			key: () => `${i}|${r.column}:${r.dir}`,
			draw: (e) => {
				let c = t.body, u = e.runs.find((e) => e.run === i) ?? e.runs[0];
				s = u.run;
				let d = ze(u.stats, u.t);
				o = qs(u.stats), a = Gs({
					columns: o,
					rows: d,
					rowKey: (e) => e.index,
					sort: r,
					onSort: (e) => {
						r = e, l.schedule();
					},
					selected: e.sel.class,
					onRowClick: (e) => w(e.index, n, !0),
					ariaLabel: `Per-class performance of ${u.run} at step ${u.step ?? ""}`
				});
				let f = c.querySelector(".tbt-table-scroll");
				f || (j(c), f = k("div", { class: "tbt-table-scroll" }), c.appendChild(f)), Ks(f, a.element);
				let p = c.querySelector(".tbt-caption");
				p || (p = k("p", { class: "tbt-caption" }), c.appendChild(p)), p.textContent = `${u.run} · step ${u.step ?? "–"} · ${d.length} classes${e.sel.class !== null && d[e.sel.class] ? ` · selected: ${d[e.sel.class].name}` : ""}`;
			},
			same: (e) => {
				a?.setSelected(e.sel.class);
				let n = t.body.querySelector(".tbt-caption"), r = a?.rowsInOrder().find((t) => t.index === e.sel.class);
				n && (n.textContent = n.textContent.replace(/ · selected: .*$/, "") + (r ? ` · selected: ${r.name}` : ""));
			}
		});
		return l;
	}
});
// src/charts/scale.ts
function Js(e, t) {
	let n = (e - t[0]) / (t[1] - t[0] || 1);
	return n < 0 ? 0 : n > 1 ? 1 : n;
}
function Ys(e) {
	return Ba(e === "dark" ? [
		"#1c232c",
		"#1f4e79",
		"#3d8fd1",
		"#a9d6f5"
	] : [
		"#f7fbff",
		"#c6dbef",
		"#6baed6",
		"#2171b5",
		"#08306b"
	]);
}
function Xs(e, t, n = {
	low: "",
	high: ""
}, r = !1) {
	let i = Ys(t), a = r ? (e) => i(1 - e) : i;
	return {
		domain: e,
		ramp: a,
		color: (t) => a(Js(t, e)),
		diverging: !1,
		lowNote: n.low,
		highNote: n.high
	};
}
var Zs = /* @__PURE__ */ new WeakMap();
function Qs(e) {
	let t = Zs.get(e);
	if (!t) {
		t = /* @__PURE__ */ new Uint8Array(768);
		for (let n = 0; n < 256; n++) {
			let r = Hi(e.ramp(n / 255));
			t[n * 3] = r.r, t[n * 3 + 1] = r.g, t[n * 3 + 2] = r.b;
		}
		Zs.set(e, t);
	}
	return t;
}
function $s(e) {
	return Ba(e === "dark" ? [
		"#b8b0e0",
		"#7c6fb8",
		"#433b6b",
		"#2b2e35",
		"#6e4a1f",
		"#d38a2f",
		"#fdc27a"
	] : [
		"#542788",
		"#998ec3",
		"#d8daeb",
		"#f7f7f7",
		"#fee0b6",
		"#f1a340",
		"#b35806"
	]);
}
function ec(e) {
	return e === "dark" ? {
		fill: "#2f343b",
		hatch: "#5d646e"
	} : {
		fill: "#eef0f2",
		hatch: "#b4b9c2"
	};
}
var tc = 0;
function nc(e, t) {
	let n = ec(t), r = `tbt-ov-hatch-${++tc}`, i = R(e), a = i.select("defs");
	a.empty() && (a = i.insert("defs", ":first-child"));
	let o = a.append("pattern").attr("id", r).attr("patternUnits", "userSpaceOnUse").attr("width", 5).attr("height", 5).attr("patternTransform", "rotate(45)");
	return o.append("rect").attr("width", 5).attr("height", 5).attr("fill", n.fill), o.append("line").attr("x1", 1).attr("y1", 0).attr("x2", 1).attr("y2", 5).style("stroke", n.hatch).style("stroke-width", "1.6px"), `url(#${r})`;
}
function rc(e, t) {
	let n = ec(t), r = document.createElement("canvas");
	r.width = 6, r.height = 6;
	let i = r.getContext("2d");
	return i ? (i.fillStyle = n.fill, i.fillRect(0, 0, 6, 6), i.strokeStyle = n.hatch, i.lineWidth = 1.2, i.beginPath(), i.moveTo(0, 6), i.lineTo(6, 0), i.moveTo(-1, 1), i.lineTo(1, -1), i.moveTo(5, 7), i.lineTo(7, 5), i.stroke(), e.createPattern(r, "repeat") ?? n.fill) : n.fill;
}
// src/charts/colorLegend.ts
var ic = 0;
function ac(e, t, n, r, i = {}) {
	let a = i.barWidth ?? 170, o = R(e), s = o.select("defs");
	s.empty() && (s = o.insert("defs", ":first-child"));
	let c = `tbt-ov-grad-${++ic}`, l = s.append("linearGradient").attr("id", c);
	for (let e = 0; e <= 16; e++) l.append("stop").attr("offset", `${e / 16 * 100}%`).attr("stop-color", n.ramp(e / 16));
	let u = t.append("g").attr("class", "tbt-ov-legend").attr("role", "img").attr("aria-label", `Colour scale ${i.label ?? ""} from ${F(n.domain[0])} to ${F(n.domain[1])}`.replace(/\s+/g, " "));
	i.label && u.append("text").attr("class", "tbt-legend-text tbt-ov-legend-title").attr("x", 0).attr("y", 9).text(i.label);
	let d = i.label ? 16 : 6, f = i.tickFormat ?? ((e) => J("~g")(+e.toPrecision(3))), p = i.ticks ?? Y().domain(n.domain).ticks(4);
	!i.ticks && n.diverging && !p.includes(0) && (p = [...p, 0].sort((e, t) => e - t));
	let m = n.lowNote ? `← ${n.lowNote}` : "", h = n.highNote ? `${n.highNote} →` : "", g = m ? Z(m, 11) + 6 : Math.ceil(Z(f(p[0] ?? 0), 11) / 2) + 1;
	m && u.append("text").attr("class", "tbt-legend-text tbt-ov-note").attr("x", g - 5).attr("y", d + 8).attr("text-anchor", "end").text(m), u.append("rect").attr("class", "tbt-legend-bar").attr("x", g).attr("y", d).attr("width", a).attr("height", 10).attr("fill", `url(#${c})`), h && u.append("text").attr("class", "tbt-legend-text tbt-ov-note").attr("x", g + a + 5).attr("y", d + 8).text(h);
	let _ = Y().domain(n.domain).range([g, g + a]), v = u.append("g").attr("class", "tbt-ov-legend-ticks");
	for (let e of p) v.append("line").attr("class", "tbt-ov-tick").attr("x1", _(e)).attr("x2", _(e)).attr("y1", d + 10).attr("y2", d + 13), v.append("text").attr("class", "tbt-legend-text").attr("x", _(e)).attr("y", d + 23).attr("text-anchor", "middle").text(f(e));
	let y = g + a + (h ? 5 + Z(h, 11) : Math.ceil(Z(f(p[p.length - 1] ?? 0), 11) / 2) + 1);
	if (i.missing ?? !0) {
		let t = y + 16;
		u.append("rect").attr("x", t).attr("y", d).attr("width", 14).attr("height", 10).attr("fill", nc(e, r)).attr("class", "tbt-ov-null-swatch"), u.append("text").attr("class", "tbt-legend-text").attr("x", t + 18).attr("y", d + 8).text("missing / failed"), y = t + 18 + Z("missing / failed", 11);
	}
	return y;
}
function oc(e, t, n = {}) {
	let r = n.label ? 42 : 32, i = A("svg", {
		class: "tbt-chart tbt-color-legend",
		height: r,
		role: "img",
		"aria-label": n.label ?? "Colour scale"
	}), a = Math.ceil(ac(i, R(i).append("g"), e, t, n)) + 2;
	return i.setAttribute("width", String(a)), i.setAttribute("viewBox", `0 0 ${a} ${r}`), i;
}
// src/charts/heatmap.ts
function sc(e, t) {
	let n = t.values.length, r = t.values[0]?.length ?? 0;
	if (n * r > t.canvasThreshold) {
		let e = t.cellW * r, i = t.cellH * n, a = k("canvas", {
			class: "tbt-ov-canvas",
			"data-multiple": t.key ?? null
		}), o = Math.min(2, typeof window < "u" && window.devicePixelRatio || 1);
		return a.width = Math.max(1, Math.round(e * o)), a.height = Math.max(1, Math.round(i * o)), Object.assign(a.style, {
			position: "absolute",
			left: `${t.x}px`,
			top: `${t.y}px`,
			width: `${e}px`,
			height: `${i}px`
		}), cc(a, t, o, e, i), t.wrap.appendChild(a), {
			canvas: a,
			x: t.x,
			y: t.y,
			width: e,
			height: i
		};
	}
	let i = [];
	for (let e = 0; e < n; e++) for (let n = 0; n < r; n++) i.push({
		r: e,
		c: n,
		v: t.values[e][n] ?? null
	});
	return e.append("g").attr("class", "tbt-ov-cells").selectAll("rect").data(t.missing ? i : i.filter((e) => e.v !== null)).join("rect").attr("class", (e) => e.v === null ? "tbt-ov-cell tbt-ov-null" : "tbt-ov-cell").attr("x", (e) => e.c * t.cellW).attr("y", (e) => e.r * t.cellH).attr("width", t.cellW).attr("height", t.cellH).attr("fill", (e) => e.v === null ? t.missing : t.scale.color(e.v)), null;
}
function cc(e, t, n, r, i) {
	let a = e.getContext("2d"), o = t.values.length, s = t.values[0]?.length ?? 0;
	if (!a || !o || !s) return;
	let c = e.ownerDocument.createElement("canvas");
	c.width = s, c.height = o;
	let l = c.getContext("2d");
	if (!l) return;
	let u = l.createImageData(s, o), d = Qs(t.scale), f = !1;
	for (let e = 0; e < o; e++) for (let n = 0; n < s; n++) {
		let r = t.values[e][n], i = (e * s + n) * 4;
		if (r == null) {
			f = !0;
			continue;
		}
		let a = Math.round(Js(r, t.scale.domain) * 255) * 3;
		u.data[i] = d[a], u.data[i + 1] = d[a + 1], u.data[i + 2] = d[a + 2], u.data[i + 3] = 255;
	}
	l.putImageData(u, 0, 0), a.scale(n, n), f && t.missing && (a.fillStyle = rc(a, t.theme), a.fillRect(0, 0, r, i)), a.imageSmoothingEnabled = !1, a.drawImage(c, 0, 0, r, i);
}
function lc(e, t) {
	let n = e.append("rect").attr("class", "tbt-ov-hover").attr("data-export", "skip").attr("width", t.cellW).attr("height", t.cellH).style("display", "none"), r = (n) => Fs(n, e.node(), t.cellW, t.cellH, t.rows, t.cols);
	e.append("rect").attr("class", "tbt-overlay tbt-ov-overlay").attr("data-export", "skip").attr("width", t.cellW * t.cols).attr("height", t.cellH * t.rows).attr("fill", "transparent").style("cursor", t.onClick ? "pointer" : "default").on("mousemove", (e) => {
		let i = r(e);
		if (i && (n.style("display", null).attr("x", i[1] * t.cellW).attr("y", i[0] * t.cellH), t.tooltip && t.tooltipRows)) {
			let n = t.tooltipRows(i[0], i[1]), r = t.tooltip.element.parentElement, a = r.getBoundingClientRect();
			t.tooltip.show(e.clientX - a.left + r.scrollLeft, e.clientY - a.top + r.scrollTop, n.title, n.rows);
		}
	}).on("mouseleave", () => {
		n.style("display", "none"), t.tooltip?.hide();
	}).on("click", (e) => {
		let n = r(e);
		n && t.onClick && t.onClick(n[0], n[1]);
	});
}
function uc(e) {
	let t = e.rows.length, n = e.cols.length, r = Math.min(110, Math.max(24, ...e.rows.map((e) => e.length * 6.4 + 10))), i = Math.min(90, Math.max(24, ...e.cols.map((e) => e.length * 6.4 * .75 + 12))), a = {
		top: 10,
		right: 12,
		bottom: i + 22,
		left: r + 22
	}, o = Math.max(3, Math.min(42, Math.floor((e.width - a.left - a.right) / Math.max(n, 1)))), s = o * n, c = o * t, l = s + a.left + a.right, u = c + a.top + a.bottom, d = e.scale ?? Xs([0, en(e.values.flat(), (e) => e ?? 0) || 1], e.theme), f = d.domain, p = k("div", { class: "tbt-heatmap" });
	p.style.width = `${l}px`, p.style.height = `${u}px`;
	let m = A("svg", {
		class: "tbt-chart",
		width: l,
		height: u,
		viewBox: `0 0 ${l} ${u}`,
		role: "img",
		"aria-label": e.ariaLabel
	}), h = R(m).append("g").attr("transform", `translate(${a.left},${a.top})`), g = h.append("rect").attr("class", "tbt-heatmap-frame").attr("width", s).attr("height", c), _ = sc(h, {
		values: e.values,
		cellW: o,
		cellH: o,
		scale: d,
		theme: e.theme,
		missing: null,
		canvasThreshold: e.canvasThreshold ?? 900,
		wrap: p,
		x: a.left,
		y: a.top
	});
	if (p.appendChild(m), _ && g.style("fill", "none"), !_ && e.labels && o >= 20) {
		let r = h.append("g").attr("class", "tbt-cell-labels");
		for (let i = 0; i < t; i++) for (let t = 0; t < n; t++) {
			let n = e.labels[i]?.[t];
			if (n == null || n === 0) continue;
			let a = e.values[i]?.[t] ?? null, s = a === null ? 0 : (a - f[0]) / (f[1] - f[0] || 1);
			r.append("text").attr("x", t * o + o / 2).attr("y", i * o + o / 2).attr("dy", "0.35em").attr("text-anchor", "middle").attr("class", s > .55 ? "tbt-cell-label tbt-on-dark" : "tbt-cell-label").text(J("~s")(n));
		}
	}
	let v = Math.max(1, Math.ceil(11 / o)), y = h.append("g").attr("class", "tbt-axis tbt-heatmap-rows");
	e.rows.forEach((t, n) => {
		n % v && n !== e.highlight || y.append("text").attr("x", -6).attr("y", n * o + o / 2).attr("dy", "0.35em").attr("text-anchor", "end").attr("class", n === e.highlight ? "tbt-tick-selected" : null).text(t);
	});
	let b = h.append("g").attr("class", "tbt-axis tbt-heatmap-cols");
	if (e.cols.forEach((t, n) => {
		if (n % v && n !== e.highlight) return;
		let r = n * o + o / 2;
		b.append("text").attr("transform", `translate(${r},${c + 8}) rotate(-45)`).attr("text-anchor", "end").attr("dy", "0.35em").attr("class", n === e.highlight ? "tbt-tick-selected" : null).text(t);
	}), Ps(h, {
		iw: s,
		ih: c,
		xLabelY: c + i + 16,
		yLabelX: -a.left + 12,
		xLabel: e.xLabel,
		yLabel: e.yLabel
	}), e.highlight !== null && e.highlight !== void 0 && e.highlight >= 0 && e.highlight < Math.max(t, n)) {
		let r = e.highlight;
		r < t && h.append("rect").attr("class", "tbt-heatmap-hl").attr("x", -1).attr("y", r * o).attr("width", s + 2).attr("height", o), r < n && h.append("rect").attr("class", "tbt-heatmap-hl").attr("x", r * o).attr("y", -1).attr("width", o).attr("height", c + 2);
	}
	return (e.tooltip || e.onCellClick) && lc(h, {
		rows: t,
		cols: n,
		cellW: o,
		cellH: o,
		tooltip: e.tooltip,
		tooltipRows: e.tooltipRows,
		onClick: e.onCellClick
	}), {
		element: p,
		svg: m,
		canvas: _?.canvas ?? null,
		figure: {
			svg: m,
			rasters: _ ? [_] : [],
			name: "heatmap"
		}
	};
}
// src/statistics/confusion.ts
function dc(e, t) {
	let n = Math.max(1, Math.min(e, Math.floor((t + 18) / 248)));
	return e === 4 && n === 3 && (n = 2), {
		cols: n,
		each: Math.floor((t - 18 * (n - 1)) / n)
	};
}
M({
	id: "stat-confusion",
	section: "statistical",
	title: "Confusion matrix",
	span: 7,
	order: 50,
	info: "Rows: true class; columns: predicted class; colour: share of the true class's probe instances. Click a cell to select its true class.",
	mount(e) {
		let { panel: t, store: n } = e, r = "target", i = null, a = k("div", {
			class: "tbt-segmented",
			role: "group",
			"aria-label": "Domain"
		});
		for (let e of ["target", "source"]) {
			let t = k("button", {
				type: "button",
				"data-value": e,
				"aria-pressed": e === r ? "true" : "false"
			}, e === "target" ? "Target" : "Source");
			t.addEventListener("click", () => {
				r = e, a.querySelectorAll("button").forEach((t) => t.setAttribute("aria-pressed", t.dataset.value === e ? "true" : "false")), o.schedule();
			}), a.appendChild(t);
		}
		t.controls.appendChild(a), t.setExports({ figure: () => i });
		let o = I(e, {
			key: (e, t) => `${r}|${e.sel.class}|${t}`,
			draw: (e, a) => {
				let o = t.body;
				j(o), i = null;
				let s = new zs(o), c = e.runs.slice(0, 4), l = k("div", { class: "tbt-multiples" }), { each: u } = dc(c.length, a), d = Xs([0, 1], e.theme);
				for (let t of c) {
					let a = Be(t.stats, t.t, r), o = k("div", { class: "tbt-multiple" });
					if (e.single || o.appendChild(Dt(t.run, t.color)), !a) {
						o.appendChild(k("p", { class: "tbt-note" }, `No ${r} confusion matrix at step ${t.step ?? "–"}.`)), l.appendChild(o);
						continue;
					}
					let c = t.stats.class_names, f = uc({
						rows: c,
						cols: c,
						values: a.rates,
						labels: a.counts,
						scale: d,
						theme: e.theme,
						width: Math.min(u, 560),
						xLabel: "Predicted class",
						yLabel: "True class",
						highlight: e.sel.class,
						onCellClick: (e) => w(e, n),
						tooltip: s,
						tooltipRows: (n, r) => ({
							title: `${c[n]} → ${c[r]}`,
							rows: [
								{
									label: "instances",
									value: String(a.counts[n][r] ?? "–")
								},
								{
									label: `share of true ${c[n]}`,
									value: P(a.rates[n][r])
								},
								...e.single ? [] : [{
									label: "run",
									value: t.run
								}]
							]
						}),
						ariaLabel: `${r} confusion matrix of ${t.run} at step ${t.step ?? ""}`
					});
					o.appendChild(f.element), i ?? (i = {
						...f.figure,
						name: `confusion-${r}-${t.run}`
					}), l.appendChild(o);
				}
				o.appendChild(l), e.runs.length > c.length && o.appendChild(k("p", { class: "tbt-note" }, `Showing the first ${c.length} of ${e.runs.length} selected runs.`)), o.appendChild(oc(d, e.theme, {
					label: `Share of the true class's ${r} instances`,
					barWidth: 210,
					ticks: [0, 1],
					tickFormat: (e) => P(e, 0),
					missing: !1
				}));
			}
		});
		return o;
	}
});
// src/measures.ts
var fc = {
	weight_drift: {
		label: "Relative weight drift",
		unit: "",
		scale: { kind: "zero-max" },
		direction: "changed",
		format: F,
		help: "Relative weight change ‖W − W₀‖ / ‖W₀‖ from the pretrained weights (0 = unchanged). Mixes rotation and rescaling: read it with the cosine.",
		heatmap: !0
	},
	weight_cosine: {
		label: "Weight cosine to pretrained",
		unit: "",
		scale: { kind: "unit-or-signed" },
		direction: "kept",
		format: F,
		help: "cos(W, W₀): 1 = same direction as the pretrained weights. Insensitive to rescaling (e.g. weight decay).",
		heatmap: !0
	},
	cka_target: {
		label: "CKA to pretrained (target)",
		unit: "",
		scale: {
			kind: "fixed",
			domain: [0, 1]
		},
		direction: "kept",
		format: F,
		help: "Unbiased linear CKA between this layer's features now and in the pretrained model, on the target probe (1 = same representation). The unbiased estimator can dip slightly below 0 (drawn as 0). CKA is sensitive to outliers, and similarity-to-pretrained values are not strictly comparable across layers.",
		heatmap: !0
	},
	cka_source: {
		label: "CKA to pretrained (source)",
		unit: "",
		scale: {
			kind: "fixed",
			domain: [0, 1]
		},
		direction: "kept",
		format: F,
		help: "Unbiased linear CKA to the pretrained model on the source probe: how much of the source representation survives (low = forgetting). Values below 0 are drawn as 0. Sensitive to outliers; compare layers with care.",
		heatmap: !0
	},
	mmd: {
		label: "Linear MMD (source vs target)",
		unit: "",
		scale: { kind: "zero-max" },
		direction: "differ",
		format: F,
		help: "Standardized linear MMD between source and target pooled features (0 = same mean embedding). Sees only mean shifts.",
		heatmap: !0
	},
	domain_auc: {
		label: "Domain-classifier AUC",
		unit: "",
		scale: {
			kind: "fixed",
			domain: [.5, 1]
		},
		direction: "differ",
		format: F,
		help: "Cross-validated ROC AUC of a source-vs-target classifier on the layer's features (0.5 = domains indistinguishable, 1 = fully separable). Below 0.5 is noise (drawn as 0.5).",
		heatmap: !0
	},
	pad: {
		label: "Proxy A-distance",
		unit: "",
		scale: {
			kind: "fixed",
			domain: [0, 2]
		},
		direction: "differ",
		format: F,
		help: "2(1 − 2·error) of the same domain classifier, in [0, 2]; saturates at 2 quickly in high dimensions — prefer the domain AUC.",
		heatmap: !1
	},
	logme: {
		label: "LogME (target labels)",
		unit: "nats per instance",
		scale: { kind: "extent" },
		direction: "kept",
		format: F,
		help: "LogME evidence of the layer's features for the target labels (higher = more linearly usable). Scale depends on the data set; compare runs, not absolute values.",
		heatmap: !1
	}
}, pc = Object.keys(fc).filter((e) => fc[e].heatmap);
function mc(e) {
	return fc[e] ?? {
		label: e,
		unit: "",
		scale: { kind: "extent" },
		direction: "changed",
		format: F,
		help: e,
		heatmap: !1
	};
}
function Q(e) {
	return mc(e).label;
}
function hc(e) {
	return e === "differ" ? {
		low: "domains alike",
		high: "domains differ"
	} : e === "kept" ? {
		low: "changed",
		high: "kept"
	} : {
		low: "kept",
		high: "changed"
	};
}
// src/statistics/layers.ts
var gc = "LEEP: log expected empirical prediction of the source head's softmax on the target probe (higher = more transferable)";
function _c(e) {
	let t = k("div", { class: "tbt-leep" }), n = e.runs.filter((e) => (e.stats.leep ?? []).some((e) => typeof e == "number"));
	if (n.length < e.runs.length) {
		let r = e.runs.length - n.length;
		t.appendChild(k("div", {
			class: "tbt-leep-row",
			title: gc
		}, k("span", { class: "tbt-leep-label" }, "LEEP"), k("span", { class: "tbt-muted" }, n.length ? `not logged for ${r} run${r > 1 ? "s" : ""} (no source head)` : "not logged (no source head)")));
	}
	for (let r of n) {
		let n = r.stats.leep ?? [], i = r.t >= 0 ? n[r.t] ?? null : null, a = n[0] ?? null;
		t.appendChild(k("div", {
			class: "tbt-leep-row",
			title: gc
		}, e.single ? null : se({
			color: r.color,
			marker: "square",
			markerOnly: !0
		}), k("span", { class: "tbt-leep-label" }, e.single ? "LEEP" : `${r.run} · LEEP`), k("span", null, `${F(i)} at step ${r.step ?? "–"} · ${F(a)} at step ${r.stats.steps[0]}`)));
	}
	return t;
}
M({
	id: "stat-layers",
	section: "statistical",
	title: "Layer transferability",
	span: 8,
	order: 60,
	info: "A transferability estimate per layer (model order) at the selected step, with the first step (the pretrained model, before fine-tuning) for reference. LogME: log evidence of a linear model on the layer's pooled features for the target labels (higher = features more useful). Gaps: the measure failed or was not computed. Click a layer to select it.",
	mount(e) {
		let { panel: t, store: n } = e, r = "logme", i = null, o = k("select", {
			class: "tbt-select",
			"aria-label": "Layer measure"
		});
		o.addEventListener("change", () => {
			r = o.value, s.schedule();
		}), t.controls.appendChild(o), t.setExports({ figure: () => i ? {
			svg: i,
			name: `layers-${r}`
		} : null });
		let s = I(e, {
			controls: (e) => {
				let t = [...new Set(e.runs.flatMap((e) => e.stats.layer_stats.measures))];
				if (t.length && !t.includes(r) && (r = t.includes("logme") ? "logme" : t[0]), [...o.options].map((e) => e.value).join("|") !== t.join("|")) {
					j(o);
					for (let e of t) o.appendChild(k("option", { value: e }, Q(e)));
				}
				o.value = r;
			},
			key: (e, t) => `${r}|${e.sel.layer}|${t}`,
			draw: (e, o) => {
				let s = t.body;
				j(s);
				let c = e.theme, l = [];
				for (let t of e.runs) for (let e of t.stats.layer_stats.layers) l.includes(e) || l.push(e);
				if (!l.length) {
					i = null, s.appendChild(k("p", { class: "tbt-note" }, "No per-layer measures were logged."));
					return;
				}
				let u = [], d = (e, t) => e.stats.layer_stats.layers.map((e, n) => ({
					x: l.indexOf(e),
					y: t[n]?.y ?? null
				})).sort((e, t) => e.x - t.x);
				for (let t of e.runs) {
					let n = e.single ? a[c].target : t.color;
					t.t !== 0 && u.push({
						id: `${t.run}:first`,
						group: e.single ? void 0 : t.run,
						label: `step ${t.stats.steps[0]} (pretrained)`,
						color: n,
						dash: m.dashed,
						width: 1.4,
						points: d(t, Ve(t.stats, r, 0)),
						marker: "circle",
						hollow: !0
					}), u.push({
						id: `${t.run}:now`,
						group: e.single ? void 0 : t.run,
						label: `step ${t.step ?? "–"}`,
						color: n,
						points: d(t, Ve(t.stats, r, t.t)),
						marker: t.t === 0 ? "circle" : "cross",
						width: 2
					});
				}
				let f = e.single ? a[c].target : "var(--tbt-muted)", p = k("div", { class: "tbt-legend-row" }, ce([{
					id: "now",
					label: `selected step${e.single ? ` (${e.runs[0].step ?? "–"})` : ""}`,
					color: f,
					marker: "cross"
				}, {
					id: "first",
					label: "first step (pretrained model)",
					color: f,
					dash: m.dashed,
					marker: "circle",
					hollow: !0
				}], void 0, "Steps"));
				e.single || p.appendChild(Ot(e, null)), s.appendChild(p);
				let h = e.sel.layer === null ? -1 : l.indexOf(e.sel.layer);
				i = Rs(u, {
					width: o,
					height: 260,
					xLabel: "Layer (input → output)",
					yLabel: Q(r),
					xTicks: l.map((e, t) => ({
						value: t,
						label: e
					})),
					highlightX: h >= 0 ? h : null,
					valueFormat: (e) => mc(r).format(e),
					yTickFormat: J("~g"),
					onClickX: (e) => C(l[e] ?? null, n),
					tooltip: new zs(s),
					ariaLabel: `${Q(r)} per layer`
				}), s.appendChild(k("div", { class: "tbt-figure" }, i)), s.appendChild(_c(e));
			}
		});
		return s;
	}
});
// src/statistics/failures.ts
function vc(e, t) {
	return k("li", null, k("span", { class: "tbt-failure-where" }, `${t}${Q(e.measure)}${e.layer ? ` @ ${e.layer}` : ""}`), k("span", { class: "tbt-failure-error" }, e.error));
}
function yc(e) {
	let t = 0, n = k("ul", { class: "tbt-failures" });
	for (let r of e.runs) {
		let i = He(r.stats);
		t += i.length;
		for (let t of i.filter((e) => e.step === r.step)) n.appendChild(vc(t, e.single ? "" : `${r.run} · `));
	}
	let r = n.childElementCount, i = [k("p", { class: r ? "tbt-note tbt-bad" : "tbt-note" }, r ? `${r} failed at step ${e.selectedStep ?? "–"}:` : `No measure failed at step ${e.selectedStep ?? "–"}.`)];
	if (r && i.push(n), t > r) {
		let n = k("ul", { class: "tbt-failures" });
		for (let t of e.runs) for (let r of He(t.stats)) n.appendChild(vc(r, `${e.single ? "" : `${t.run} · `}step ${r.step} · `));
		i.push(k("details", { class: "tbt-details" }, k("summary", null, `All steps (${t} failures)`), n));
	}
	return i;
}
M({
	id: "stat-failures",
	section: "statistical",
	title: "Measure failures",
	span: 4,
	order: 70,
	info: "Measures that could not be computed; they are drawn as gaps.",
	mount(e) {
		let t = null;
		return e.panel.setExports({ csv: () => {
			if (!t) return null;
			let e = [[
				"run",
				"step",
				"measure",
				"layer",
				"error"
			]];
			for (let n of t.runs) for (let t of He(n.stats)) e.push([
				n.run,
				t.step,
				t.measure,
				t.layer,
				t.error
			]);
			return {
				rows: e,
				name: "failures"
			};
		} }), I(e, {
			key: () => "",
			draw(n) {
				t = n, j(e.panel.body), e.panel.body.append(...yc(n));
			}
		});
	}
});
// src/overview/common.ts
var bc = { watch: (e) => [
	e.runs,
	e.step,
	e.layer,
	e.neuron,
	e.compareMode,
	e.theme
] };
function xc(e) {
	let t = /* @__PURE__ */ new Map(), n = /* @__PURE__ */ new Map(), r = [];
	for (let i of e.pair ?? e.runs) {
		let e = i.info?.layers;
		if (e?.length) {
			r.push(e.map((e) => e.name));
			for (let r of e) {
				let e = t.get(r.name) ?? /* @__PURE__ */ new Set();
				for (let t of r.inputs ?? []) e.add(t);
				t.set(r.name, e), r.type && n.set(r.name, r.type);
			}
		} else {
			let e = i.stats.layer_stats?.layers ?? [];
			r.push(e), e.forEach((n, r) => {
				let i = t.get(n) ?? /* @__PURE__ */ new Set();
				r > 0 && i.add(e[r - 1]), t.set(n, i);
			});
		}
	}
	return {
		layers: Le(r).map((e) => ({
			name: e,
			inputs: [...t.get(e) ?? []]
		})),
		types: n
	};
}
function Sc(e) {
	let t = e.get().runs;
	t.length >= 2 && b([
		t[1],
		t[0],
		...t.slice(2)
	], e);
}
var Cc = (e) => `${e[0].run} − ${e[1].run}`;
function wc(e) {
	let t = k("div", { class: "tbt-ov-compare" }), n = k("div", {
		class: "tbt-segmented",
		role: "group",
		"aria-label": "Compare runs"
	});
	for (let [t, r, i] of [[
		"overlay",
		"Side by side",
		"Each run as its own small multiple, all on the same scales"
	], [
		"difference",
		"A − B",
		"The second selected run minus the first (the reference, as in the statistical level), on a diverging scale centred at 0"
	]]) {
		let a = k("button", {
			type: "button",
			"data-value": t,
			"data-control": `compare-${t}`,
			title: i
		}, r);
		a.addEventListener("click", () => E(t, e.store)), n.appendChild(a);
	}
	let r = k("button", {
		type: "button",
		class: "tbt-button tbt-ov-swap",
		"data-control": "swap",
		title: "Swap runs A and B (reorders the first two selected runs)"
	}, "Swap A ⇄ B");
	return r.addEventListener("click", () => Sc(e.store)), t.append(n, r), {
		element: t,
		update(e) {
			t.hidden = e.runs.length < 2, n.querySelectorAll("button").forEach((t) => t.setAttribute("aria-pressed", String(t.dataset.value === e.sel.compareMode))), r.hidden = !e.pair;
		}
	};
}
function Tc(e, t) {
	return t.sel.runs.length ? t.runs.length ? t.layers.length ? (e.setState("ready"), !0) : (e.setState("empty", "The selected runs have no layer measures (layer_stats) yet."), !1) : (t.loading.length ? e.setState("loading", `Loading ${t.loading.join(", ")}…`) : e.setState("error", t.errors.map((e) => `${e.run}: ${e.error}`).join("\n") || "No data."), !1) : (e.setState("empty", "Select one or more runs in the header."), !1);
}
function Ec(e) {
	let t = [], n = e.errors.filter((t) => !e.runs.some((e) => e.run === t.run));
	return e.loading.length && t.push(`Loading ${e.loading.join(", ")}…`), n.length && t.push(`Not shown (could not be read): ${n.map((e) => e.run).join(", ")}.`), t.length ? k("p", {
		class: "tbt-note tbt-ov-sub",
		title: n.map((e) => `${e.run}: ${e.error}`).join("\n")
	}, t.join(" ")) : null;
}
function Dc(e, t) {
	let n = k("div", {
		class: "tbt-panel-exports tbt-ov-chart-exports",
		role: "group",
		"aria-label": `Export ${e}`
	});
	return n.append(...Ce(e, t)), n;
}
// src/overview/heatmap.ts
var Oc = 14, kc = 38, Ac = 18;
function jc(e, t = 26) {
	if (e.length <= t) return e;
	let n = Math.ceil((t - 1) * .45);
	return `${e.slice(0, n)}…${e.slice(e.length - (t - 1 - n))}`;
}
function Mc(e) {
	let t = e.multiples[0]?.matrix ?? {
		layers: [],
		steps: [],
		values: []
	}, n = t.layers, r = t.steps, i = n.length, a = r.length, o = Math.max(1, e.multiples.length), s = n.map((e) => jc(e)), c = Math.ceil(Math.min(170, Math.max(40, ...s.map((e) => Z(e, 11) + 10)))), l = Math.max(3, Math.min(44, Math.floor((e.width - c - 10 - (o - 1) * Oc) / Math.max(1, o * a)))), u = i <= 24 ? 16 : Math.max(4, Math.min(16, Math.floor(480 / i))), d = l * a, f = u * i, p = kc + Ac, m = c + o * d + (o - 1) * Oc, h = Math.max(m + 8, 420), g = p + f + 34, _ = (e) => c + e * (d + Oc), v = k("div", {
		class: "tbt-ov-heatmap",
		"data-measure": e.measure,
		"data-domain": e.scale.domain.join(","),
		tabindex: 0,
		role: "group",
		"aria-label": `${e.title}: layer × ${e.stepLabel} heat-map. Arrow keys move the selected layer (up/down) and ${e.stepLabel} (left/right).`
	});
	v.style.position = "relative", v.style.width = `${h}px`, v.style.height = `${g}px`;
	let y = A("svg", {
		class: "tbt-chart tbt-ov-heatmap-svg",
		width: h,
		height: g,
		viewBox: `0 0 ${h} ${g}`,
		role: "img",
		"aria-label": e.title
	});
	y.style.position = "absolute", y.style.left = "0", y.style.top = "0";
	let b = R(y), x = nc(y, e.theme);
	b.append("text").attr("class", "tbt-ov-title").attr("x", 0).attr("y", 14).text(e.title).append("title").text(e.help);
	let S = b.append("g");
	ac(y, S, e.scale, e.theme, { barWidth: 160 }), S.attr("transform", `translate(${Math.ceil(Z(e.title, 13)) + 28},0)`);
	let C = [], w = b.append("g").attr("class", "tbt-axis tbt-ov-rows").attr("transform", `translate(0,${p})`), T = Math.max(1, Math.ceil(11 / u)), E = Math.max(...r.map((e) => Z(String(e), 10)), 8), D = Math.max(1, Math.ceil((E + 6) / l)), O = [], ee = [];
	e.multiples.forEach((t, o) => {
		let s = _(o), c = b.append("g").attr("class", "tbt-ov-multiple").attr("data-multiple", t.key).attr("data-layers", i).attr("data-steps", a).attr("data-cells", i * a).attr("transform", `translate(${s},${p})`), m = b.append("g").attr("class", "tbt-ov-multiple-title").attr("transform", `translate(${s},${kc + 12})`), h = 0;
		t.color && (m.append("rect").attr("x", 0).attr("y", -9).attr("width", 10).attr("height", 10).attr("rx", 2).attr("fill", t.color), h = 14), m.append("text").attr("class", "tbt-ov-run-name").attr("x", h).attr("y", 0).text(t.title).append("title").text(t.title);
		let g = sc(c, {
			values: t.matrix.values,
			cellW: l,
			cellH: u,
			scale: e.scale,
			theme: e.theme,
			missing: x,
			canvasThreshold: e.canvasThreshold ?? 1500,
			wrap: v,
			x: s,
			y: p,
			key: t.key
		});
		g && C.push(g), c.append("rect").attr("class", "tbt-ov-frame").attr("width", d).attr("height", f).attr("fill", "none"), O.push(c.append("g").attr("class", "tbt-axis tbt-ov-steps").attr("transform", `translate(0,${f})`)), ee.push(c.append("g").attr("class", "tbt-ov-highlights")), lc(c, {
			rows: i,
			cols: a,
			cellW: l,
			cellH: u,
			tooltip: e.tooltip,
			tooltipRows: (i, a) => ({
				title: t.title,
				rows: [
					{
						label: "layer",
						value: n[i]
					},
					{
						label: e.stepLabel,
						value: String(r[a])
					},
					{
						label: e.title,
						value: e.format(t.matrix.values[i][a], e.signed)
					},
					...e.extraRows?.(o, i, a) ?? []
				]
			}),
			onClick: (t, i) => e.onSelect(n[t], r[i])
		});
	});
	let te = (t, i) => {
		let a = t === null ? -1 : n.indexOf(t), o = i === null ? -1 : r.indexOf(i);
		w.selectAll("*").remove(), s.forEach((e, t) => {
			if (t % T && t !== a || t !== a && a >= 0 && Math.abs(t - a) * u < 11) return;
			let r = w.append("text").attr("x", c - 6).attr("y", t * u + u / 2).attr("dy", "0.35em").attr("text-anchor", "end").attr("class", t === a ? "tbt-tick-selected" : null).text(e);
			e !== n[t] && r.append("title").text(n[t]);
		});
		for (let t of O) t.selectAll("*").remove(), r.forEach((e, n) => {
			n % D && n !== o || n !== o && o >= 0 && Math.abs(n - o) * l < E + 4 || t.append("text").attr("x", n * l + l / 2).attr("y", 12).attr("text-anchor", "middle").attr("class", n === o ? "tbt-tick-selected" : null).text(String(e));
		}), t.append("text").attr("class", "tbt-axis-label").attr("x", d / 2).attr("y", 28).attr("text-anchor", "middle").text(e.stepLabel);
		for (let e of ee) e.selectAll("*").remove(), a >= 0 && e.append("rect").attr("class", "tbt-ov-hl").attr("x", -1.5).attr("y", a * u - .5).attr("width", d + 3).attr("height", u + 1), o >= 0 && e.append("rect").attr("class", "tbt-ov-hl").attr("x", o * l - .5).attr("y", -1.5).attr("width", l + 1).attr("height", f + 3), a >= 0 && o >= 0 && e.append("rect").attr("class", "tbt-ov-hl tbt-ov-hl-cell").attr("x", o * l - 1).attr("y", a * u - 1).attr("width", l + 2).attr("height", u + 2);
	};
	return te(e.selectedLayer, e.selectedStep), v.addEventListener("keydown", (t) => {
		if (!i || !a) return;
		let o = {
			ArrowUp: [-1, 0],
			ArrowDown: [1, 0],
			ArrowLeft: [0, -1],
			ArrowRight: [0, 1],
			Home: [0, -a],
			End: [0, a]
		}[t.key];
		if (!o) return;
		t.preventDefault();
		let s = e.current(), c = s.layer === null ? -1 : n.indexOf(s.layer), l = s.step === null ? a - 1 : r.indexOf(s.step), u = c < 0 ? 0 : Math.max(0, Math.min(i - 1, c + o[0])), d = Math.max(0, Math.min(a - 1, (l < 0 ? a - 1 : l) + o[1]));
		e.onSelect(n[u], r[d]);
	}), v.appendChild(y), {
		element: v,
		figure: {
			svg: y,
			rasters: C,
			name: e.measure
		},
		cells: i * a,
		select: te
	};
}
// src/overview/matrix.ts
function Nc(e, t) {
	let n = e.layer_stats, r = n?.measures.indexOf(t) ?? -1, i = n ? [...n.layers] : [], a = [...e.steps];
	return {
		layers: i,
		steps: a,
		values: i.map((e, t) => a.map((e, i) => {
			let a = r >= 0 ? n.values[i] : null;
			return a ? N(a[r]?.[t]) : null;
		}))
	};
}
function Pc(e, t, n) {
	let r = new Map(e.layers.map((e, t) => [e, t])), i = new Map(e.steps.map((e, t) => [e, t]));
	return {
		layers: [...t],
		steps: [...n],
		values: t.map((t) => {
			let a = r.get(t);
			return n.map((t) => {
				let n = i.get(t);
				return a === void 0 || n === void 0 ? null : e.values[a]?.[n] ?? null;
			});
		})
	};
}
function Fc(e) {
	let t = Le(e.map((e) => e.layers)), n = Ie(e.map((e) => e.steps));
	return e.map((e) => Pc(e, t, n));
}
function Ic(e, t) {
	let [n, r] = Fc([e, t]);
	return {
		layers: n.layers,
		steps: n.steps,
		values: n.values.map((e, t) => e.map((e, n) => {
			let i = r.values[t][n];
			return e === null || i === null ? null : e - i;
		}))
	};
}
function Lc(e) {
	let t = Infinity, n = -Infinity;
	for (let r of e) for (let e of r.values) for (let r of e) r !== null && (r < t && (t = r), r > n && (n = r));
	return t === Infinity ? null : [t, n];
}
function Rc(e, t) {
	let n = mc(e).scale, r = Lc(t), i, a;
	switch (n.kind) {
		case "fixed": return [n.domain[0], n.domain[1]];
		case "unit-or-signed": return r && r[0] < 0 ? [-1, 1] : [0, 1];
		case "zero-max":
			i = 0, a = r ? Math.max(r[1], 0) : 1;
			break;
		default: [i, a] = r ?? [0, 1];
	}
	return a > i || (a = i + (Math.abs(i) || 1)), [i, a];
}
function zc(e) {
	let t = Lc(e), n = t ? Math.max(Math.abs(t[0]), Math.abs(t[1])) : 0;
	return n > 0 ? [-n, n] : [-1, 1];
}
function Bc(e) {
	let t = [[
		"run",
		"layer",
		...(e[0]?.matrix.steps ?? []).map(String)
	]];
	for (let { title: n, matrix: r } of e) r.layers.forEach((e, i) => t.push([
		n,
		e,
		...r.values[i]
	]));
	return t;
}
function Vc(e, t) {
	let n = e.steps.indexOf(t);
	return e.layers.map((t, r) => n >= 0 ? e.values[r][n] : null);
}
// src/overview/scales.ts
function Hc(e, t, n) {
	let { direction: r } = mc(e);
	return Xs(Rc(e, t), n, hc(r), r === "kept");
}
function Uc(e, t, n = "A", r = "B") {
	let i = zc(e), a = $s(t);
	return {
		domain: i,
		ramp: a,
		color: (e) => a(Js(e, i)),
		diverging: !0,
		lowNote: `${r} higher`,
		highNote: `${n} higher`
	};
}
function Wc(e, t = !1) {
	return e === null ? "missing / failed" : `${t && e > 0 ? "+" : ""}${F(e)}`;
}
// src/overview/heatmapsPanel.ts
function Gc(e, t) {
	if (e.pair) {
		let [n, r] = e.pair, i = Nc(n.stats, t), a = Nc(r.stats, t), o = Ic(i, a), [s, c] = Fc([i, a]);
		return {
			measure: t,
			title: `${Q(t)}: A − B`,
			multiples: [{
				key: "difference",
				title: `A − B = ${Cc(e.pair)}`,
				color: null,
				matrix: o
			}],
			signed: !0,
			scale: Uc([o], e.theme, n.run, r.run),
			parts: [s, c]
		};
	}
	let n = Fc(e.runs.map((e) => Nc(e.stats, t)));
	return {
		measure: t,
		title: Q(t),
		multiples: e.runs.map((e, t) => ({
			key: e.run,
			title: e.run,
			color: e.color,
			matrix: n[t]
		})),
		signed: !1,
		scale: Hc(t, n, e.theme)
	};
}
function Kc(e) {
	let { panel: t } = e, n = wc(e);
	t.controls.appendChild(n.element);
	let r = k("div", { class: "tbt-ov-content" });
	t.body.appendChild(r);
	let i = new zs(t.body), a = [];
	t.setExports({ csv: () => {
		if (!a.length) return null;
		let e = [[
			"measure",
			"run",
			"layer",
			"step",
			"value"
		]];
		for (let t of a) for (let n of t.multiples) n.matrix.layers.forEach((r, i) => n.matrix.steps.forEach((a, o) => e.push([
			t.measure,
			n.title,
			r,
			a,
			n.matrix.values[i][o]
		])));
		return {
			rows: e,
			name: "layer-heatmaps"
		};
	} });
	let o = "", s = [], c = yt(e, (c, l) => {
		n.update(c), i.hide();
		let u = Math.max(320, l), d = JSON.stringify([
			e.data.get().version,
			c.runs.map((e) => [e.run, e.color]),
			c.pair?.map((e) => e.run),
			c.sel.compareMode,
			c.theme,
			u,
			c.loading,
			c.errors
		]);
		if (d === o && s.length) {
			for (let e of s) e.select(c.sel.layer, c.step);
			return;
		}
		if (o = d, s = [], j(r), !Tc(t, c)) return;
		let f = Ec(c);
		f && r.appendChild(f), c.sel.compareMode === "difference" && !c.pair && r.appendChild(k("p", { class: "tbt-note" }, "Difference mode needs two runs: select a second run to see A − B.")), a = pc.map((e) => Gc(c, e));
		for (let t of a) {
			let n = mc(t.measure), a = Mc({
				measure: t.measure,
				title: t.title,
				help: n.help,
				multiples: t.multiples,
				scale: t.scale,
				theme: c.theme,
				width: u - 4,
				selectedLayer: c.sel.layer,
				selectedStep: c.step,
				stepLabel: c.stepLabel,
				onSelect: (t, n) => e.store.set({
					layer: t,
					step: n
				}),
				current: () => {
					let t = e.store.get();
					return {
						layer: t.layer,
						step: O(c.steps, t.step)
					};
				},
				tooltip: i,
				signed: t.signed,
				format: Wc,
				extraRows: c.pair && t.parts ? (e, n, r) => c.pair.map((e, i) => ({
					color: e.color,
					label: `${i ? "B" : "A"}: ${e.run}`,
					value: Wc(t.parts[i].values[n][r])
				})) : void 0
			});
			s.push(a);
			let o = k("div", {
				class: "tbt-ov-row",
				"data-measure-row": t.measure
			}), l = k("div", { class: "tbt-ov-scroll" }, a.element);
			o.append(Dc(t.title, {
				figure: () => ({
					...a.figure,
					name: `heatmap-${t.measure}${c.pair ? "-difference" : ""}`
				}),
				csv: () => ({
					rows: Bc(t.multiples.map((e) => ({
						title: e.title,
						matrix: e.matrix
					}))),
					name: `heatmap-${t.measure}${c.pair ? "-difference" : ""}`
				})
			}), l), r.appendChild(o);
		}
		r.appendChild(k("p", { class: "tbt-caption" }, c.pair ? "Orange: run A is higher, purple: run B is higher; steps are matched by value (a step only one run logged is hatched). " : "One colour scale per measure, shared by every run and layer (fixed for bounded measures; from 0 to the largest value of any selected run otherwise). The strongest colour always means changed from pretrained / domains differ. ", "Hatched: missing or failed. Click a cell, or focus a heat-map and use the arrow keys, to select a layer and step."));
	}, bc);
	return { destroy() {
		c.destroy();
	} };
}
M({
	id: "overview-heatmaps",
	section: "overview",
	title: "Layer × step heat-maps",
	info: "Per tracked layer (rows, model order) and logged step (columns): relative weight drift, weight cosine to the pretrained weights, unbiased linear CKA to the pretrained model on the target and the source probe, and the domain discrepancy of the layer's features (MMD, domain-classifier AUC). Each measure has one colour scale shared by all runs and layers. Several runs: aligned small multiples; difference mode: run A − run B.",
	span: 12,
	order: 10,
	mount: (e) => Kc(e)
});
// src/overview/dag.ts
function qc(e) {
	let t = /* @__PURE__ */ new Map();
	e.forEach((e, n) => {
		t.has(e.name) || t.set(e.name, n);
	});
	let n = [], r = /* @__PURE__ */ new Map();
	e.forEach((e, i) => {
		if (t.get(e.name) !== i) return;
		let a = [...new Set(e.inputs ?? [])].filter((e) => {
			let n = t.get(e);
			return n !== void 0 && n < i;
		}), o = 0;
		for (let e of a) o = Math.max(o, r.get(e).rank + 1);
		let s = {
			name: e.name,
			index: i,
			rank: o,
			lane: 0,
			inputs: a
		};
		n.push(s), r.set(e.name, s);
	});
	let i = n.reduce((e, t) => Math.max(e, t.rank + 1), 0), a = Array.from({ length: i }, () => []);
	for (let e of n) a[e.rank].push(e);
	let o = 0;
	for (let e of a) {
		let t = /* @__PURE__ */ new Map();
		for (let n of e) {
			let e = n.inputs.map((e) => r.get(e).lane);
			t.set(n, e.length ? Math.min(...e) : 0);
		}
		e.sort((e, n) => t.get(e) - t.get(n) || e.index - n.index), e.forEach((e, t) => e.lane = t), o = Math.max(o, e.length);
	}
	let s = [];
	for (let e of n) for (let t of e.inputs) s.push({
		from: t,
		to: e.name,
		span: e.rank - r.get(t).rank
	});
	return {
		nodes: n,
		edges: s,
		ranks: i,
		lanes: o
	};
}
// src/overview/measurePanel.ts
var Jc = _({ measure: "weight_drift" });
function Yc(e, t) {
	let n = k("select", {
		class: "tbt-select",
		"aria-label": "Measure",
		"data-control": `measure-${t}`,
		title: "Measure shown by the network diagram and the depth profiles"
	}), r = new Set(e ? e.runs.flatMap((e) => e.stats.layer_stats?.measures ?? []) : []), i = [...Object.keys(fc).filter((e) => !r.size || r.has(e)), ...[...r].filter((e) => !fc[e])];
	for (let e of i) n.appendChild(k("option", { value: e }, Q(e)));
	return n.value = Jc.get().measure, n.addEventListener("change", () => Jc.set({ measure: n.value })), n;
}
function Xc(e, t) {
	if (e.pair) {
		let n = Ic(Nc(e.pair[0].stats, t), Nc(e.pair[1].stats, t)), r = e.step === null ? [] : Vc(n, e.step);
		return {
			series: [{
				key: "difference",
				title: `A − B = ${Cc(e.pair)}`,
				color: null,
				run: null,
				step: e.step,
				values: e.layers.map((e) => r[n.layers.indexOf(e)] ?? null)
			}],
			signed: !0,
			matrices: [n]
		};
	}
	let n = e.runs.map((e) => Nc(e.stats, t));
	return {
		series: e.runs.map((t, r) => {
			let i = O(t.stats.steps, e.sel.step), a = n[r], o = i === null ? [] : Vc(a, i);
			return {
				key: t.run,
				title: t.run,
				color: t.color,
				run: t,
				step: i,
				values: e.layers.map((e) => o[a.layers.indexOf(e)] ?? null)
			};
		}),
		signed: !1,
		matrices: n
	};
}
function Zc(e, t, n, r) {
	let { panel: i } = e, a = k("div", { class: "tbt-ov-controls" });
	i.controls.appendChild(a);
	let o = k("div", { class: "tbt-ov-content" });
	i.body.appendChild(o);
	let s = new zs(i.body), c = {
		svg: null,
		csvRows: []
	};
	i.setExports({
		figure: () => c.svg ? {
			svg: c.svg,
			name: `${t}-${Jc.get().measure}`
		} : null,
		csv: () => c.csvRows.length ? {
			rows: c.csvRows,
			name: `${t}-${Jc.get().measure}`
		} : null
	});
	let l = yt(e, (e, t) => {
		s.hide(), j(a), a.appendChild(Yc(e, n)), j(o), c.svg = null, Tc(i, e) && r(e, t, o, s, c);
	}, bc), u = Jc.subscribe((e) => e.measure, () => l.schedule());
	return { destroy() {
		u(), l.destroy();
	} };
}
// src/overview/network.ts
var Qc = 54, $ = 16;
function $c(e) {
	let { nodes: t, edges: n, ranks: r, lanes: i } = e.layout, a = Math.max(24, Math.min(30, Math.floor(620 / Math.max(1, r)))), o = n.reduce((e, t) => Math.max(e, t.span > 1 ? t.span : 0), 0), s = o ? 14 + Math.min(o, 10) * 5 : 6, c = Math.max(e.width, s + i * 204 + 8, 340), l = 54 + r * a + 8, u = new Map(t.map((e) => [e.name, {
		x: s + e.lane * 204,
		y: 54 + e.rank * a
	}])), d = new Map(t.map((e) => [e.name, e])), f = A("svg", {
		class: "tbt-chart tbt-ov-network",
		width: c,
		height: l,
		viewBox: `0 0 ${c} ${l}`,
		role: "group",
		"aria-label": `Network diagram coloured by ${e.measureLabel}`
	}), p = R(f), m = nc(f, e.theme);
	ac(f, p.append("g").attr("transform", "translate(4,0)"), e.scale, e.theme, {
		barWidth: 150,
		label: e.measureLabel
	});
	let h = p.append("g").attr("class", "tbt-ov-edges"), g = (a - $) / 2;
	for (let e of n) {
		let t = d.get(e.from), n = u.get(e.from), r = u.get(e.to), i = n.x + Qc / 2, a = r.x + Qc / 2, o = r.y - g, s = 8 + Math.min(e.span, 10) * 5, c = n.y + $ / 2, l;
		l = e.span === 1 ? n.x === r.x ? `M${i},${n.y + $}V${r.y}` : `M${i},${n.y + $}V${o}H${a}V${r.y}` : t.lane === 0 && n.x === r.x ? `M${n.x},${c}C${n.x - s},${c} ${n.x - s},${r.y + $ / 2} ${n.x},${r.y + $ / 2}` : t.lane === 0 ? `M${n.x},${c}C${n.x - s},${c} ${n.x - s},${o} ${n.x},${o}H${a}V${r.y}` : `M${i},${n.y + $}V${o}H${a}V${r.y}`, h.append("path").attr("class", e.span > 1 ? "tbt-ov-edge tbt-ov-skip" : "tbt-ov-edge").attr("d", l).attr("fill", "none").attr("data-from", e.from).attr("data-to", e.to);
	}
	let _ = p.append("g").attr("class", "tbt-ov-nodes"), v = Math.max(1, e.series.length), y = Qc / v, b = t.map((e) => e.name);
	for (let n of t) {
		let t = u.get(n.name), r = n.name === e.selectedLayer, i = e.series.map((e) => e.values.get(n.name) ?? null), a = e.types.get(n.name) ?? "", o = _.append("g").attr("class", r ? "tbt-ov-node tbt-selected" : "tbt-ov-node").attr("data-layer", n.name).attr("transform", `translate(${t.x},${t.y})`).attr("tabindex", 0).attr("role", "button").attr("aria-pressed", r ? "true" : "false").attr("aria-label", `${n.name}${a ? ` (${a})` : ""}: ${e.series.map((t, n) => `${t.title} ${e.format(i[n], e.signed)}`).join(", ")}`).style("cursor", "pointer");
		e.series.forEach((t, n) => {
			let r = i[n];
			o.append("rect").attr("class", r === null ? "tbt-ov-seg tbt-ov-null" : "tbt-ov-seg").attr("x", n * y).attr("width", y).attr("height", $).attr("fill", r === null ? m : e.scale.color(r)), v > 1 && t.color && o.append("rect").attr("x", n * y).attr("y", -3).attr("width", y).attr("height", 3).attr("fill", t.color);
		}), o.append("rect").attr("class", "tbt-ov-node-frame").attr("width", Qc).attr("height", $).attr("rx", 2).attr("fill", "none");
		let s = o.append("text").attr("class", "tbt-ov-node-label").attr("x", 60).attr("y", $ / 2).attr("dy", "0.35em");
		s.append("tspan").text(jc(n.name, 22)), a && s.append("tspan").attr("class", "tbt-ov-node-type").attr("dx", 5).text(a), o.append("title").text(n.name);
		let c = (t, r) => {
			let o = [];
			a && o.push({
				label: "type",
				value: a
			}), n.inputs.length && o.push({
				label: "inputs",
				value: n.inputs.join(", ")
			}), e.series.forEach((t, n) => o.push({
				color: t.color ?? void 0,
				label: t.title,
				value: e.format(i[n], e.signed)
			})), e.tooltip.show(t, r, n.name, o);
		};
		o.on("mousemove", (t) => {
			let n = e.tooltip.element.parentElement, r = n.getBoundingClientRect();
			c(t.clientX - r.left + n.scrollLeft, t.clientY - r.top + n.scrollTop);
		}).on("mouseleave", () => e.tooltip.hide()).on("click", () => e.onSelect(n.name)).on("keydown", (t) => {
			if (t.key === "Enter" || t.key === " ") t.preventDefault(), e.onSelect(n.name);
			else if (t.key === "ArrowDown" || t.key === "ArrowUp") {
				t.preventDefault();
				let e = b.indexOf(n.name) + (t.key === "ArrowDown" ? 1 : -1);
				f.querySelectorAll(".tbt-ov-node")[e]?.focus();
			}
		});
	}
	return f;
}
// src/overview/networkPanel.ts
function el(e) {
	return Zc(e, "network", "network", (t, n, r, i, a) => {
		let o = Jc.get().measure, { layers: s, types: c } = xc(t), l = qc(s), u = Xc(t, o), d = u.signed ? Uc(u.matrices, t.theme, t.pair[0].run, t.pair[1].run) : Hc(o, Fc(u.matrices), t.theme), f = u.series.map((e) => ({
			key: e.key,
			title: e.run ? `${e.title} · ${t.stepLabel} ${e.step ?? "–"}` : e.title,
			color: e.color,
			values: new Map(t.layers.map((t, n) => [t, e.values[n]]))
		})), p = Ec(t);
		p && r.appendChild(p), r.appendChild(k("p", { class: "tbt-caption tbt-ov-sub" }, `${Q(o)}${u.signed ? " (A − B)" : ""} at ${t.stepLabel} ${t.step ?? "–"}${!u.signed && t.runs.length > 1 ? "; one segment per run, left to right in selection order" : ""}.`));
		let m = $c({
			layout: l,
			types: c,
			series: f,
			scale: d,
			measureLabel: `${Q(o)}${u.signed ? " (A − B)" : ""}`,
			theme: t.theme,
			width: Math.max(300, n - 8),
			selectedLayer: t.sel.layer,
			onSelect: (t) => C(t, e.store),
			tooltip: i,
			format: Wc,
			signed: u.signed
		});
		a.svg = m, r.appendChild(k("div", { class: "tbt-ov-scroll tbt-ov-network-scroll" }, m)), a.csvRows = [[
			"layer",
			"type",
			"inputs",
			"rank",
			"lane",
			...f.map((e) => e.title)
		]];
		for (let e of l.nodes) a.csvRows.push([
			e.name,
			c.get(e.name) ?? "",
			e.inputs.join(" "),
			e.rank,
			e.lane,
			...f.map((t) => t.values.get(e.name) ?? null)
		]);
	});
}
M({
	id: "overview-network",
	section: "overview",
	title: "Network diagram",
	info: "The tracked layers as a graph (from the model's data flow; skip connections as arcs on the left), each coloured by the chosen measure at the selected step on the same scale as its heat-map. Click a layer (or focus it and press Enter) to select it.",
	span: 5,
	order: 20,
	mount: (e) => el(e)
});
// src/overview/profiles.ts
var tl = 16, nl = 20, rl = 260;
function il(e) {
	return e.map((e, t) => ({
		value: t,
		label: jc(e, 16)
	}));
}
function al(e, t) {
	let n = Math.max(1, e.length), r = Math.max(240, Math.floor((t.width - (n - 1) * tl) / n)), i = n * r + (n - 1) * tl, a = A("svg", {
		class: "tbt-chart tbt-ov-profiles",
		width: i,
		height: 280,
		viewBox: `0 0 ${i} 280`,
		role: "group",
		"aria-label": `Depth profiles of ${t.measureLabel}`
	}), o = R(a), s = t.selectedLayer === null ? null : t.layers.indexOf(t.selectedLayer);
	return e.forEach((e, n) => {
		let i = n * (r + tl), c = o.append("g").attr("class", "tbt-ov-multiple-title").attr("data-multiple", e.key).attr("transform", `translate(${i + 4},14)`);
		c.append("rect").attr("x", 0).attr("y", -9).attr("width", 10).attr("height", 10).attr("rx", 2).attr("fill", e.color), c.append("text").attr("class", "tbt-ov-run-name").attr("x", 14).attr("y", 0).text(`${e.title}${e.step === null ? "" : ` · ${t.stepLabel} ${e.step}`}`);
		let l = [];
		e.firstStep !== null && e.firstStep !== e.step && l.push({
			id: `${e.key}:first`,
			label: `${t.stepLabel} ${e.firstStep} (pretrained)`,
			color: "currentColor",
			dash: "4 3",
			width: 1.4,
			points: e.first.map((e, t) => ({
				x: t,
				y: e
			})),
			marker: "none"
		}), l.push({
			id: `${e.key}:step`,
			label: `${t.stepLabel} ${e.step ?? "–"}`,
			color: e.color,
			width: 2,
			points: e.values.map((e, t) => ({
				x: t,
				y: e
			})),
			marker: "circle"
		});
		let u = Rs(l, {
			width: r,
			height: rl,
			xLabel: "layer (model order)",
			yLabel: t.measureLabel,
			xTicks: il(t.layers),
			yDomain: t.domain,
			highlightX: s !== null && s >= 0 ? s : null,
			onClickX: (e) => t.onSelectLayer(t.layers[e]),
			tooltip: t.tooltip,
			tooltipHost: t.tooltipHost,
			xFormat: (e) => t.layers[e] ?? String(e),
			ariaLabel: `${t.measureLabel} by layer, ${e.title}`
		});
		u.setAttribute("x", String(i)), u.setAttribute("y", String(nl)), u.setAttribute("data-multiple", e.key), a.appendChild(u);
	}), a;
}
function ol(e, t) {
	let n = t.layers.length, r = il(t.layers), i = r.some((e) => Z(e.label) > (t.width - 80) / Math.max(n, 1) - 4), a = (i ? Math.min(90, Math.max(...r.map((e) => Z(e.label))) * .72 + 12) : 18) + 26, o = {
		top: 28,
		right: 16,
		bottom: a,
		left: 56
	}, s = Math.max(t.width, 260), c = s - o.left - o.right, l = 280 - o.top - o.bottom, u = A("svg", {
		class: "tbt-chart tbt-ov-profiles tbt-ov-diff-profile",
		width: s,
		height: 280,
		viewBox: `0 0 ${s} 280`,
		role: "group",
		"aria-label": `${t.title} by layer`
	}), d = R(u), f = nc(u, t.theme);
	d.append("text").attr("class", "tbt-ov-run-name").attr("x", 4).attr("y", 14).text(t.title);
	let p = d.append("g").attr("transform", `translate(${o.left},${o.top})`), m = Bo().domain(nn(n)).range([0, c]).padding(.2), h = Y().domain(t.scale.domain).range([l, 0]).nice();
	p.append("g").attr("class", "tbt-gridlines").selectAll("line").data(h.ticks(5)).join("line").attr("x1", 0).attr("x2", c).attr("y1", (e) => h(e)).attr("y2", (e) => h(e));
	let g = t.selectedLayer === null ? -1 : t.layers.indexOf(t.selectedLayer);
	g >= 0 && p.append("rect").attr("class", "tbt-highlight-band").attr("x", (m(g) ?? 0) - m.step() * m.padding() / 2).attr("width", m.step()).attr("y", 0).attr("height", l), p.append("g").attr("class", "tbt-axis tbt-axis-y").call(_n(h).ticks(5).tickFormat((e) => J("~g")(e)).tickSizeOuter(0));
	let _ = p.append("g").attr("class", "tbt-axis tbt-axis-x").attr("transform", `translate(0,${l})`).call(gn(m).tickFormat((e) => r[e].label).tickSizeOuter(0));
	i && _.selectAll("text").attr("text-anchor", "end").attr("dx", "-0.5em").attr("dy", "0.3em").attr("transform", "rotate(-40)"), p.append("text").attr("class", "tbt-axis-label").attr("x", c / 2).attr("y", l + a - 8).attr("text-anchor", "middle").text("layer (model order)"), p.append("text").attr("class", "tbt-axis-label").attr("transform", `translate(${-o.left + 13},${l / 2}) rotate(-90)`).attr("text-anchor", "middle").text(t.measureLabel);
	let v = h(0);
	return p.append("g").attr("class", "tbt-ov-bars").selectAll("rect").data(e.map((e, t) => ({
		v: e,
		l: t
	}))).join("rect").attr("class", (e) => e.v === null ? "tbt-ov-bar tbt-ov-null" : "tbt-ov-bar").attr("x", (e) => m(e.l) ?? 0).attr("width", m.bandwidth()).attr("y", (e) => e.v === null ? h.range()[1] : Math.min(v, h(e.v))).attr("height", (e) => e.v === null ? l : Math.max(1, Math.abs(h(e.v) - v))).attr("fill", (e) => e.v === null ? f : t.scale.color(e.v)).attr("fill-opacity", (e) => e.v === null ? .35 : 1).style("cursor", "pointer").on("click", (e, n) => t.onSelectLayer(t.layers[n.l])).on("mousemove", (e, n) => {
		let r = t.tooltipHost.getBoundingClientRect();
		t.tooltip.show(e.clientX - r.left + t.tooltipHost.scrollLeft, e.clientY - r.top + t.tooltipHost.scrollTop, t.layers[n.l], [{
			label: t.title,
			value: t.format(n.v, !0)
		}]);
	}).on("mouseleave", () => t.tooltip.hide()), p.append("line").attr("class", "tbt-zero").attr("x1", 0).attr("x2", c).attr("y1", v).attr("y2", v), u;
}
// src/overview/profilesPanel.ts
function sl(e) {
	return Zc(e, "profile", "profiles", (t, n, r, i, a) => {
		let o = Jc.get().measure, s = mc(o), c = Xc(t, o), l = Math.max(300, n - 8), u = {
			layers: t.layers,
			measureLabel: Q(o),
			stepLabel: t.stepLabel,
			width: l,
			theme: t.theme,
			selectedLayer: t.sel.layer,
			onSelectLayer: (t) => C(t, e.store),
			tooltip: i,
			tooltipHost: e.panel.body
		}, d = Ec(t);
		if (d && r.appendChild(d), c.signed) {
			let e = Uc(c.matrices, t.theme, t.pair[0].run, t.pair[1].run), n = `${Q(o)}: A − B = ${Cc(t.pair)} at ${t.stepLabel} ${t.step ?? "–"}`;
			a.svg = ol(c.series[0].values, {
				...u,
				domain: e.domain,
				scale: e,
				title: n,
				format: Wc
			}), a.csvRows = [["layer", `${o} A − B`], ...t.layers.map((e, t) => [e, c.series[0].values[t]])];
		} else {
			let e = Rc(o, Fc(c.matrices)), n = c.series.map((e, n) => {
				let r = e.run, i = r.stats.steps[0] ?? null, a = c.matrices[n], o = i === null ? [] : Vc(a, i);
				return {
					key: e.key,
					title: e.title,
					color: e.color ?? r.color,
					values: e.values,
					first: t.layers.map((e) => o[a.layers.indexOf(e)] ?? null),
					step: e.step,
					firstStep: i
				};
			});
			a.svg = al(n, {
				...u,
				domain: e
			}), a.csvRows = [["layer", ...n.flatMap((e) => [`${e.title} @${e.step}`, `${e.title} @${e.firstStep}`])], ...t.layers.map((e, t) => [e, ...n.flatMap((e) => [e.values[t], e.first[t]])])];
		}
		r.appendChild(k("div", { class: "tbt-ov-scroll" }, a.svg)), r.appendChild(k("p", { class: "tbt-caption" }, s.help));
	});
}
M({
	id: "overview-profiles",
	section: "overview",
	title: "Depth profiles",
	info: "The chosen measure across layers at the selected step (solid) and at the first logged step, the pretrained model (dashed). Several runs: one chart per run with the same y scale. Difference mode: A − B per layer. Click a layer to select it.",
	span: 7,
	order: 30,
	mount: (e) => sl(e)
});
// src/overview/filters.ts
function cl(e) {
	return e.map((e, t) => ({
		v: e,
		k: t
	})).sort((e, t) => e.v === null ? t.v === null ? e.k - t.k : 1 : t.v === null ? -1 : t.v - e.v || e.k - t.k).map((e) => e.k);
}
function ll(e) {
	let t = 0, n = 1;
	for (let r of e) {
		for (let e of r.drift) e !== null && e > t && (t = e);
		for (let e of r.cosine) e !== null && e < n && (n = e);
	}
	let r = Math.min(.9, Math.floor(n * 10) / 10);
	return {
		drift: [0, t > 0 ? t : 1],
		cosine: [Math.max(-1, r), 1]
	};
}
function ul(e, t) {
	return e.length ? tn(e, t) ?? null : null;
}
function dl(e) {
	let t = e.filter((e) => e !== null).sort((e, t) => e - t);
	return {
		n: t.length,
		median: ul(t, .5),
		p90: ul(t, .9),
		max: t.length ? t[t.length - 1] : null
	};
}
var fl = 64, pl = 40, ml = 18, hl = 34, gl = 18;
function _l(e, t) {
	let n = ll(e), r = {
		left: 62,
		right: 12
	}, i = Math.max(t.width, 320), a = i - r.left - r.right, o = Math.max(1, ...e.map((e) => e.drift.length)), s = Math.min(a, o * gl), c = Math.max(330, r.left + s + r.right), l = Math.max(1, Math.floor((i + ml) / (c + ml))), u = Math.ceil(e.length / l) * 184, d = A("svg", {
		class: "tbt-chart tbt-ov-filters",
		width: i,
		height: u,
		viewBox: `0 0 ${i} ${u}`,
		role: "group",
		"aria-label": `Per-filter drift of ${t.layer}`
	}), f = R(d), p = nc(d, t.theme), m = Y().domain(n.drift).range([fl, 0]).nice(), h = Y().domain(n.cosine).range([pl, 0]);
	return e.forEach((e, i) => {
		let a = e.drift.length, o = cl(e.drift), u = new Map(o.map((e, t) => [e, t])), d = Bo().domain(nn(a)).range([0, Math.min(s, a * gl)]).paddingInner(a > 120 ? 0 : .15), g = d.range()[1], _ = Math.max(.5, d.bandwidth()), v = f.append("g").attr("class", "tbt-ov-filter-run").attr("data-multiple", e.key).attr("data-filters", a).attr("transform", `translate(${i % l * (c + ml) + r.left},${Math.floor(i / l) * 184})`), y = dl(e.drift), b = v.append("g").attr("class", "tbt-ov-multiple-title").attr("transform", `translate(${-r.left + 4},12)`);
		b.append("rect").attr("x", 0).attr("y", -9).attr("width", 10).attr("height", 10).attr("rx", 2).attr("fill", e.color), b.append("text").attr("class", "tbt-ov-run-name").attr("x", 14).text(`${e.title} · ${t.stepLabel} ${e.step ?? "–"}`), b.append("text").attr("class", "tbt-legend-text").attr("x", 0).attr("y", 15).text(`${a} filters · drift median ${t.format(y.median)} · 90th pct ${t.format(y.p90)} · max ${t.format(y.max)}`);
		let x = v.append("g").attr("transform", `translate(0,${hl})`);
		x.append("g").attr("class", "tbt-gridlines").selectAll("line").data(m.ticks(3)).join("line").attr("x1", 0).attr("x2", g).attr("y1", (e) => m(e)).attr("y2", (e) => m(e)), x.append("g").attr("class", "tbt-axis tbt-axis-y").call(_n(m).ticks(3).tickFormat((e) => J("~g")(e)).tickSizeOuter(0)), x.append("text").attr("class", "tbt-axis-label").attr("transform", `translate(${-r.left + 12},${fl / 2}) rotate(-90)`).attr("text-anchor", "middle").text("drift");
		let S = "", C = "";
		o.forEach((t, n) => {
			let r = e.drift[t], i = d(n) ?? 0;
			if (r === null) C += `M${i},0h${_}v${fl}h${-_}Z`;
			else {
				let e = m(r);
				S += `M${i},${e}h${_}v${Math.max(.5, fl - e)}h${-_}Z`;
			}
		}), x.append("path").attr("class", "tbt-ov-bars-drift").attr("d", S).attr("fill", e.color), C && x.append("path").attr("class", "tbt-ov-null").attr("d", C).attr("fill", p);
		let w = v.append("g").attr("transform", "translate(0,110)");
		w.append("g").attr("class", "tbt-axis tbt-axis-y").call(_n(h).tickValues(n.cosine).tickFormat((e) => J("~g")(e)).tickSizeOuter(0)), w.append("text").attr("class", "tbt-axis-label").attr("transform", `translate(${-r.left + 12},${pl / 2}) rotate(-90)`).attr("text-anchor", "middle").text("cos");
		let T = "", E = "";
		if (o.forEach((t, n) => {
			let r = e.cosine[t], i = d(n) ?? 0;
			r === null ? E += `M${i},0h${_}v${pl}h${-_}Z` : T += `M${i},0h${_}v${Math.max(.5, Math.min(pl, h(r)))}h${-_}Z`;
		}), w.append("path").attr("class", "tbt-ov-bars-cosine").attr("d", T).attr("fill", e.color).attr("fill-opacity", .55), E && w.append("path").attr("class", "tbt-ov-null").attr("d", E).attr("fill", p), w.append("text").attr("class", "tbt-axis-label").attr("x", g / 2).attr("y", 53).attr("text-anchor", "middle").text("filters, sorted by drift (largest first)"), t.selectedChannel !== null && u.has(t.selectedChannel)) {
			let e = d(u.get(t.selectedChannel)) ?? 0;
			v.append("rect").attr("class", "tbt-ov-hl").attr("x", e - 1.5).attr("y", 32).attr("width", _ + 3).attr("height", 120);
		}
		let D = v.append("rect").attr("class", "tbt-ov-hover").attr("data-export", "skip").attr("y", hl).attr("height", 116).style("display", "none"), O = (e) => {
			let [t] = bi(e, v.node()), n = Math.floor(t / g * a);
			return n >= 0 && n < a ? n : null;
		};
		v.append("rect").attr("class", "tbt-overlay").attr("data-export", "skip").attr("y", hl).attr("width", g).attr("height", 116).attr("fill", "transparent").style("cursor", "pointer").on("mousemove", (n) => {
			let r = O(n);
			if (r === null) return;
			let i = o[r];
			D.style("display", null).attr("x", (d(r) ?? 0) - 1).attr("width", _ + 2);
			let s = t.tooltipHost.getBoundingClientRect();
			t.tooltip.show(n.clientX - s.left + t.tooltipHost.scrollLeft, n.clientY - s.top + t.tooltipHost.scrollTop, `${e.title} · filter ${i}`, [
				{
					label: "rank by drift",
					value: `${r + 1} of ${a}`
				},
				{
					label: "drift",
					value: t.format(e.drift[i])
				},
				{
					label: "cosine",
					value: t.format(e.cosine[i])
				}
			]);
		}).on("mouseleave", () => {
			D.style("display", "none"), t.tooltip.hide();
		}).on("click", (e) => {
			let n = O(e);
			n !== null && t.onSelectChannel(o[n]);
		});
	}), d;
}
// src/overview/filtersPanel.ts
function vl(e) {
	let { panel: t } = e, n = k("div", { class: "tbt-ov-content" });
	t.body.appendChild(n);
	let r = new zs(t.body), i = /* @__PURE__ */ new Map(), a = -1, o = null, s = [], c = 0;
	t.setExports({
		figure: () => o ? {
			svg: o,
			name: `filters-${e.store.get().layer ?? ""}`
		} : null,
		csv: () => s.length ? {
			rows: s,
			name: `filters-${e.store.get().layer ?? ""}`
		} : null
	});
	let l = (t, n) => {
		let r = e.data.get().version;
		r !== a && (i.clear(), a = r);
		let o = `${t}\u0000${n}`, s = i.get(o);
		return s || (s = e.api.layer(t, n), s.catch(() => i.delete(o)), i.set(o, s)), s;
	}, u = yt(e, (i, a) => {
		if (r.hide(), !Tc(t, i)) {
			j(n), o = null;
			return;
		}
		let u = i.sel.layer;
		if (!u) {
			j(n), n.appendChild(k("p", { class: "tbt-note" }, "Select a layer (header, heat-map or network diagram) to see the drift of its filters."));
			return;
		}
		let d = i.runs.filter((e) => e.stats.layer_stats?.layers.includes(u) || e.info?.layers?.some((e) => e.name === u)), f = ++c;
		n.childElementCount || t.setState("loading", `Loading per-filter drift of ${u}…`), Promise.allSettled(d.map((e) => l(e.run, u))).then((l) => {
			if (f !== c) return;
			t.setState("ready"), j(n);
			let p = [], m = [];
			l.forEach((e, t) => {
				let n = d[t];
				if (e.status === "rejected") {
					m.push(`${n.run}: ${e.reason?.message ?? e.reason}`);
					return;
				}
				let r = e.value, a = O(r.steps, i.sel.step), o = a === null ? -1 : r.steps.indexOf(a), s = o >= 0 ? r.values[o] : null, c = r.fields.indexOf("drift"), l = r.fields.indexOf("cosine"), u = s ? Math.max(s[c]?.length ?? 0, s[l]?.length ?? 0) : 0;
				p.push({
					key: n.run,
					title: n.run,
					color: n.color,
					step: a,
					drift: s && c >= 0 ? s[c].map((e) => typeof e == "number" && Number.isFinite(e) ? e : null) : Array(u).fill(null),
					cosine: s && l >= 0 ? s[l].map((e) => typeof e == "number" && Number.isFinite(e) ? e : null) : Array(u).fill(null)
				});
			});
			let h = i.runs.filter((e) => !d.includes(e)).map((e) => e.run);
			if (h.length && n.appendChild(k("p", { class: "tbt-note" }, `${u} is not a tracked layer of ${h.join(", ")}: pick a layer in the header, a heat-map or the network diagram.`)), m.length && n.appendChild(k("p", { class: "tbt-note tbt-bad" }, `Per-filter drift unavailable: ${m.join("; ")}`)), !p.length) {
				o = null, s = [];
				return;
			}
			let g = i.sel.neuron && i.sel.neuron.layer === u ? i.sel.neuron.channel : null;
			n.appendChild(k("p", { class: "tbt-caption tbt-ov-sub" }, `${u}: relative drift ‖W_k − W0_k‖/‖W0_k‖ and cosine to the pretrained filter, per output filter; scales shared by the runs. Click a filter to select it.`)), o = _l(p, {
				layer: u,
				width: Math.max(320, a - 8),
				theme: i.theme,
				stepLabel: i.stepLabel,
				selectedChannel: g,
				onSelectChannel: (t) => T({
					layer: u,
					channel: t
				}, e.store),
				tooltip: r,
				tooltipHost: t.body,
				format: (e) => Wc(e)
			}), n.appendChild(k("div", { class: "tbt-ov-scroll" }, o)), s = [[
				"run",
				"step",
				"filter",
				"drift",
				"cosine"
			]];
			for (let e of p) e.drift.forEach((t, n) => s.push([
				e.title,
				e.step,
				n,
				t,
				e.cosine[n] ?? null
			]));
		});
	}, bc);
	return { destroy() {
		c++, u.destroy();
	} };
}
// src/structure/index.ts
M({
	id: "overview-filters",
	section: "overview",
	title: "Per-filter drift",
	info: "For the selected layer at the selected step: every output filter's relative weight change from its pretrained weights (bars, sorted largest first) and its cosine to them (below, same order; bars hang from 1 so a longer bar is a larger change). Shows whether a layer changed as a whole or through a few rewritten filters.",
	span: 12,
	order: 40,
	mount: (e) => vl(e)
}), Oe("instance", "A 2-D projection of the source (×) and target (●) probe instances at a layer and step, with thumbnails, lasso selection and per-instance domain confusion."), Oe("feature", "Per class, neurons ranked by domain-discriminativeness for the pretrained and the fine-tuned model, with per-domain activation histograms and the domain-discrimination plot."), Oe("structure", "Per-filter drift and the neuron-matching matrices between the pretrained and the fine-tuned model, per class.");
// src/index.ts
var yl = !1;
function bl() {
	if (yl) return;
	yl = !0, gt(document), f(() => y.get().theme), ft((e) => {
		document.documentElement.classList.toggle("tbt-dark", e === "dark"), D(e, y);
	});
	let e = document.getElementById("tb-transfer-root");
	e || (e = document.createElement("div"), e.id = "tb-transfer-root", document.body.appendChild(e)), ut(e, {
		store: y,
		data: te,
		loader: ie,
		api: r
	}), dt({ onReload: () => void ie.reload(y.get().runs) }), ie.loadRuns();
}
export { r as api, Te as createPanel, te as data, ie as loader, M as registerPanel, bl as render, y as store };
