// src/api.ts
var e = class extends Error {
	constructor(e, t, n) {
		super(e), this.name = "ApiError", this.status = t, this.url = n;
	}
};
function t(e, t = {}) {
	let n = new URLSearchParams();
	for (let [e, r] of Object.entries(t)) if (r != null) {
		if (typeof r == "object" && "repeat" in r) for (let t of r.repeat) n.append(e, t);
		else n.append(e, Array.isArray(r) ? r.join(",") : String(r));
	}
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
function r(e) {
	return {
		class: e.class,
		instances: e.instances
	};
}
var i = ["runs", "statistics"], a = new class {
	constructor(e = {}) {
		this.held = null, this.fetchImpl = e.fetch ?? ((e, t) => globalThis.fetch(e, t)), this.base = e.base ?? "";
	}
	holdUntil(e, t) {
		let n, r = Promise.race([e.then(() => void 0, () => void 0), new Promise((e) => n = setTimeout(e, t))]).then(() => {
			clearTimeout(n), this.held === r && (this.held = null);
		});
		this.held = r;
	}
	url(e, n = {}) {
		let r = t(e, n);
		return this.base ? `${this.base.replace(/\/$/, "")}/${r.slice(2)}` : r;
	}
	async request(t, r, a, o = !1) {
		this.held && !i.includes(t) && await this.held;
		let s = this.url(t, r), c;
		try {
			c = await this.fetchImpl(s, {
				signal: a.signal,
				headers: { Accept: "application/json" }
			});
		} catch (t) {
			throw t?.name === "AbortError" ? t : new e(`network error: ${t?.message ?? String(t)}`, 0, s);
		}
		if (!c.ok && !(o && c.status === 202)) throw new e(await n(c), c.status, s);
		return c;
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
	layerCka(e, t, n) {
		return this.json("layer_cka", {
			run: e,
			step: t
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
	neighbors(e, t, n, r, i = 8, a) {
		return this.json("neighbors", {
			run: e,
			layer: t,
			step: n,
			instance: r,
			k: i
		}, a);
	}
	features(e, t, n, i, a) {
		return this.json("features", {
			run: e,
			layer: t,
			step: n,
			...r(i)
		}, a);
	}
	featureProjection(e, t, n, i, a, o, s) {
		return this.json("feature_projection", {
			run: e,
			layer: t,
			step: n,
			...r(i),
			model: a,
			channels: o
		}, s);
	}
	channel(e, t, n, i, a = {}, o = 9, s) {
		return this.json("channel", {
			run: e,
			layer: t,
			step: n,
			channel: i,
			top: o,
			...r(a)
		}, s);
	}
	structure(e, t, n, r, i) {
		return this.json("structure", {
			run: e,
			layer: t,
			step: n,
			class: r
		}, i);
	}
	findings(e, t, n) {
		return this.json("findings", {
			run: { repeat: e },
			step: t
		}, n);
	}
	thumbnailsUrl(e) {
		return this.url("thumbnails", { run: e });
	}
}(), o = {
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
}, s = {
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
}, c = [];
function l(e) {
	let t = c.filter((t) => e.includes(t));
	c = [...t, ...e.filter((e) => !t.includes(e))];
}
function u(e) {
	let t = 2166136261;
	for (let n = 0; n < e.length; n++) t ^= e.charCodeAt(n), t = Math.imul(t, 16777619);
	return t >>> 0;
}
function d(e) {
	let t = c.indexOf(e), n = o.light.length;
	return (t >= 0 ? t : u(e)) % n;
}
function f(e, t = h()) {
	return o[t][d(e)];
}
var p = () => "light";
function m(e) {
	p = e;
}
function h() {
	return p();
}
var g = {
	solid: "",
	dashed: "6 4",
	dotted: "1.5 3",
	dashdot: "7 3 1.5 3"
};
// src/store.ts
function _(e, t) {
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
var v = class {
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
			equals: n.equals ?? _,
			last: e(this.state)
		};
		return this.subs.add(r), n.immediate && t(r.last, r.last), () => {
			this.subs.delete(r);
		};
	}
};
function y(e) {
	return new v(e);
}
function b() {
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
var x = y(b());
function S(e, t = x) {
	t.set({ runs: [...new Set(e)] });
}
function C(e, t = x) {
	let n = t.get().runs;
	t.set({ runs: n.includes(e) ? n.filter((t) => t !== e) : [...n, e] });
}
function w(e, t = x) {
	t.set({ step: e });
}
function T(e, t = x) {
	t.set({ layer: e });
}
function E(e, t = x, n = !1) {
	t.set({ class: n && e !== null && t.get().class === e ? null : e });
}
function D(e, t = x) {
	t.set({ instances: new Set(e) });
}
function O(e, t = x) {
	let n = t.get().neuron;
	n && e && n.layer === e.layer && n.channel === e.channel || t.set({ neuron: e });
}
function k(e, t = x) {
	t.set({ compareMode: e });
}
function A(e, t = x) {
	t.set({ theme: e });
}
function j(e, t) {
	if (!e.length) return null;
	if (t === null) return e[e.length - 1];
	let n = null;
	for (let r of e) r <= t && (n === null || r > n) && (n = r);
	return n ?? e[0];
}
function M(e, t) {
	let n = j(e, t);
	return n === null ? -1 : e.indexOf(n);
}
// src/data.ts
function N() {
	return {
		status: "loading",
		runs: [],
		error: null,
		stats: /* @__PURE__ */ new Map(),
		version: 0
	};
}
var P = y(N());
function F(e) {
	if (!e) return "";
	let t = e.steps;
	return `${t.length}:${t[0] ?? ""}:${t[t.length - 1] ?? ""}:${e.error ?? ""}`;
}
function ee(t) {
	return t instanceof e || t instanceof Error ? t.message : String(t);
}
var te = new class {
	constructor(e = P, t = a) {
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
				l(t.map((e) => e.run));
				let n = this.store.get(), r = n.status !== "ready" || n.runs.length !== t.length || n.runs.some((e, n) => e.run !== t[n].run || F(e) !== F(t[n]));
				this.store.set({
					status: "ready",
					runs: t,
					error: null,
					version: r ? n.version + 1 : n.version
				});
			} catch (e) {
				this.store.get().status === "ready" ? console.warn("tb-transfer: reloading runs failed", e) : this.store.set({
					status: "error",
					error: ee(e)
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
			let e = this.entry(t), c = F(e), l = this.store.get().stats.get(t);
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
						error: ee(e),
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
}(), ne = /* @__PURE__ */ new WeakMap();
function I(e, t, n) {
	let r = e.data.get().version, i = ne.get(e.api);
	i && i.data === e.data && i.version === r || (i = {
		data: e.data,
		version: r,
		promises: /* @__PURE__ */ new Map()
	}, ne.set(e.api, i));
	let a = i.promises.get(t);
	if (!a) {
		let e = i.promises;
		a = n(), a.catch(() => {
			e.get(t) === a && e.delete(t);
		}), e.set(t, a);
	}
	return a;
}
function re(e, t) {
	let n = j(e.steps, t), r = n === null ? -1 : e.steps.indexOf(n), i = r >= 0 ? e.values[r] : null;
	return {
		run: e.run,
		layer: e.layer,
		step: i ? n : null,
		values(t) {
			let n = e.fields.indexOf(t);
			return ((i && n >= 0 ? i[n] : null) ?? []).map((e) => typeof e == "number" && Number.isFinite(e) ? e : null);
		}
	};
}
async function ie(e, t, n, r) {
	let i = await Promise.allSettled(t.map((t) => ae(e, t.run, n, r))), a = [], o = [];
	return i.forEach((e, n) => {
		e.status === "fulfilled" ? a.push({
			run: t[n],
			at: e.value
		}) : o.push(`${t[n].run}: ${e.reason?.message ?? e.reason}`);
	}), {
		answers: a,
		failed: o
	};
}
async function ae(e, t, n, r) {
	return re(await I(e, JSON.stringify([
		"layer",
		t,
		n
	]), () => e.api.layer(t, n)), r);
}
function oe(e) {
	let t = 0, n = null;
	return () => {
		t++ === 0 && (n = e());
		let r = !0;
		return () => {
			r && (r = !1, --t === 0 && (n?.(), n = null));
		};
	};
}
var se = class {
	constructor(e = 64) {
		this.max = e, this.answers = /* @__PURE__ */ new Map(), this.known = /* @__PURE__ */ new Map();
	}
	steps(e, t) {
		return this.known.get(JSON.stringify([e, t]));
	}
	forgetSteps() {
		this.known.clear();
	}
	lookup(e, t, n, r) {
		return n === null ? void 0 : this.answers.get(JSON.stringify([
			e,
			t,
			n,
			r
		]));
	}
	keep(e, t, n, r) {
		for (this.known.set(JSON.stringify([e, t]), r.steps ?? [r.step]), this.answers.set(JSON.stringify([
			e,
			t,
			r.step,
			n
		]), r); this.answers.size > this.max;) this.answers.delete(this.answers.keys().next().value);
	}
};
// src/dom.ts
function L(e, t = null, ...n) {
	let r = document.createElement(e);
	if (t) for (let [e, n] of Object.entries(t)) n !== !1 && n != null && (e === "class" ? r.className = String(n) : r.setAttribute(e, n === !0 ? "" : String(n)));
	return ce(r, ...n), r;
}
function ce(e, ...t) {
	for (let n of t.flat()) n != null && n !== !1 && e.appendChild(typeof n == "object" ? n : document.createTextNode(String(n)));
}
var le = "http://www.w3.org/2000/svg";
function R(e, t = null) {
	let n = document.createElementNS(le, e);
	if (t) for (let [e, r] of Object.entries(t)) r !== !1 && r != null && n.setAttribute(e, String(r));
	return n;
}
function z(e) {
	for (; e.firstChild;) e.removeChild(e.firstChild);
}
function ue(e, t, n, r = {}) {
	let i = L("div", {
		class: "tbt-segmented",
		role: "group",
		"aria-label": e
	}), a = t.map((e) => {
		let t = L("button", {
			type: "button",
			"data-value": e.id,
			"data-control": r.control && `${r.control}-${e.id}`,
			"aria-pressed": String(e.id === r.initial),
			title: e.title ?? e.label
		}, e.label);
		return t.addEventListener("click", () => n(e.id)), i.appendChild(t), t;
	});
	return {
		element: i,
		set: (e) => a.forEach((t) => t.setAttribute("aria-pressed", String(t.dataset.value === e)))
	};
}
// src/charts/legend.ts
function de(e) {
	let t = !!e.markerOnly, n = t ? 12 : 26, r = n / 2, i = R("svg", {
		class: "tbt-legend-swatch",
		width: n,
		height: 12,
		viewBox: `0 0 ${n} 12`,
		"aria-hidden": "true"
	}), a = (t, n, r) => {
		n && (t.style.stroke = e.color), t.style.fill = r ? e.color : "none";
	};
	if (!t) {
		let t = R("line", {
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
		let n = R("circle", {
			cx: r,
			cy: 6,
			r: t ? 4 : 3.2,
			"stroke-width": 1.3
		});
		a(n, !0, !e.hollow), e.hollow && (n.style.fill = "var(--tbt-panel)"), i.appendChild(n);
	} else if (o === "cross") {
		let e = R("path", {
			d: `M${r - 3.2},2.8L${r + 3.2},9.2M${r - 3.2},9.2L${r + 3.2},2.8`,
			"stroke-width": 1.6
		});
		a(e, !0, !1), i.appendChild(e);
	} else if (o === "square") {
		let e = t ? R("rect", {
			x: 1,
			y: 1,
			width: 10,
			height: 10,
			rx: 2
		}) : R("rect", {
			x: r - 3,
			y: 3,
			width: 6,
			height: 6
		});
		a(e, !1, !0), i.appendChild(e);
	}
	return i;
}
function fe(e, t, n = "Legend") {
	let r = L("div", {
		class: "tbt-legend",
		role: "group",
		"aria-label": n
	});
	for (let n of e) {
		let e = [de(n), L("span", { class: "tbt-legend-label" }, n.label)], i = t ? L("button", {
			type: "button",
			class: `tbt-legend-item${n.hidden ? " tbt-off" : ""}`,
			"aria-pressed": n.hidden ? "false" : "true",
			title: n.title ?? `Show or hide ${n.label}`,
			"data-series": n.id
		}, ...e) : L("span", {
			class: "tbt-legend-item",
			title: n.title ?? null
		}, ...e);
		t && i.addEventListener("click", () => t(n.id)), r.appendChild(i);
	}
	return r;
}
// src/export.ts
function pe(e) {
	if (e == null) return "";
	if (typeof e == "number") return Number.isFinite(e) ? String(Number(e.toPrecision(7))) : "";
	let t = String(e);
	return (/^[=+@\t\r]/.test(t) || /^-/.test(t) && !/^-\d*\.?\d+(e[+-]?\d+)?$/i.test(t)) && (t = `'${t}`), /[",\r\n]/.test(t) ? `"${t.replace(/"/g, "\"\"")}"` : t;
}
function me(e) {
	return e.map((e) => e.map(pe).join(",")).join("\r\n") + "\r\n";
}
var he = [
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
], ge = "http://www.w3.org/2000/svg";
function _e(e, t = {}) {
	let n = e.cloneNode(!0), r = [e, ...Array.from(e.querySelectorAll("*"))], i = [n, ...Array.from(n.querySelectorAll("*"))], a = e.ownerDocument.defaultView;
	for (let e = 0; e < r.length && e < i.length; e++) {
		let t = a?.getComputedStyle(r[e]);
		if (!t) continue;
		let n = [];
		for (let e of he) {
			let r = t.getPropertyValue(e);
			r !== "" && r != null && n.push(`${e}:${r}`);
		}
		n.length && i[e].setAttribute("style", n.join(";")), i[e].removeAttribute("class");
	}
	for (let e of Array.from(n.querySelectorAll("[data-export='skip']"))) e.remove();
	if (n.setAttribute("xmlns", ge), n.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink"), n.setAttribute("version", "1.1"), t.background) {
		let r = e.ownerDocument.createElementNS(ge, "rect");
		r.setAttribute("width", "100%"), r.setAttribute("height", "100%"), r.setAttribute("fill", t.background), n.insertBefore(r, n.firstChild);
	}
	return t.mutate?.(n), `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(n)}`;
}
function ve(e, t, n, r = 2) {
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
function ye(...e) {
	return (e.filter(Boolean).join("_").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "").replace(/-+/g, "-") || "export").slice(0, 120);
}
function be(e, t, n = "text/plain") {
	let r = typeof e == "string" ? new Blob([e], { type: `${n};charset=utf-8` }) : e, i = URL.createObjectURL(r), a = document.createElement("a");
	a.href = i, a.download = t, a.style.display = "none", document.body.appendChild(a), a.click(), a.remove(), setTimeout(() => URL.revokeObjectURL(i), 1e4);
}
function xe(e) {
	let t = e.ownerDocument.defaultView, n = e;
	for (; n && t;) {
		let e = t.getComputedStyle(n).backgroundColor;
		if (e && e !== "transparent" && e !== "rgba(0, 0, 0, 0)") return e;
		n = n.parentElement;
	}
	return "#ffffff";
}
function Se(e) {
	return _e(e.svg, {
		background: xe(e.svg),
		mutate: (t) => {
			let n = e.rasters ?? [], r = t.firstChild?.nextSibling ?? null;
			for (let e of n) {
				let n = t.ownerDocument.createElementNS(ge, "image");
				n.setAttribute("x", String(e.x)), n.setAttribute("y", String(e.y)), n.setAttribute("width", String(e.width)), n.setAttribute("height", String(e.height)), n.setAttribute("href", e.canvas.toDataURL("image/png")), t.insertBefore(n, r);
			}
		}
	});
}
function Ce(e) {
	be(Se(e), `${ye("tb-transfer", e.name)}.svg`, "image/svg+xml");
}
async function we(e) {
	let t = Number(e.svg.getAttribute("width")) || e.svg.getBoundingClientRect().width, n = Number(e.svg.getAttribute("height")) || e.svg.getBoundingClientRect().height;
	be(await ve(Se(e), t, n, 2), `${ye("tb-transfer", e.name)}.png`, "image/png");
}
function Te(e, t) {
	be(me(e), `${ye("tb-transfer", t)}.csv`, "text/csv");
}
// src/panels.ts
var Ee = [
	{
		id: "findings",
		title: "Findings",
		question: "What went wrong in this transfer?"
	},
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
function De(e, t) {
	let n = (t, n) => {
		let r = L("button", {
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
		e && await we(e);
	}), n("SVG", () => {
		let e = t.figure?.();
		e && Ce(e);
	})), t.csv && r.push(n("CSV", () => {
		let e = t.csv?.();
		e && Te(e.rows, e.name);
	})), r;
}
var Oe = 0;
function ke(e) {
	let t = `tbt-panel-title-${++Oe}`, n = L("section", {
		class: "tbt-panel",
		"data-panel": e.id,
		"aria-labelledby": t
	});
	n.style.gridColumn = `span ${e.span ?? 6}`;
	let r = L("h3", {
		class: "tbt-panel-title",
		id: t
	}, e.title), i = L("header", { class: "tbt-panel-header" }, r);
	if (e.info) {
		let t = L("span", {
			class: "tbt-info",
			tabindex: 0,
			role: "note",
			"aria-label": e.info,
			title: e.info
		}, "?");
		r.appendChild(t);
	}
	let a = L("div", { class: "tbt-panel-controls" }), o = L("div", {
		class: "tbt-panel-exports",
		role: "group",
		"aria-label": `Export ${e.title}`
	});
	i.append(a, o);
	let s = L("div", { class: "tbt-panel-body" }), c = L("div", {
		class: "tbt-panel-message",
		role: "status"
	});
	return c.hidden = !0, n.append(i, c, s), {
		id: e.id,
		root: n,
		body: s,
		controls: a,
		setExports(t) {
			z(o), o.append(...De(e.title, t));
		},
		setState(e, t) {
			n.dataset.state = e, e === "ready" ? (c.hidden = !0, z(c), s.hidden = !1) : (z(c), c.className = `tbt-panel-message tbt-${e}`, e === "loading" && c.appendChild(L("span", {
				class: "tbt-spinner",
				"aria-hidden": "true"
			})), c.appendChild(L("span", null, t ?? (e === "loading" ? "Loading…" : e === "empty" ? "No data." : "Error."))), c.hidden = !1, s.hidden = !0);
		},
		setTitle(e) {
			r.firstChild.textContent = e;
		}
	};
}
var Ae = /* @__PURE__ */ new Map(), je = /* @__PURE__ */ new Set();
function B(e) {
	Ae.set(e.id, e), je.forEach((e) => e());
}
function Me(e) {
	return [...Ae.values()].filter((t) => t.section === e).sort((e, t) => (e.order ?? 100) - (t.order ?? 100));
}
function Ne(e) {
	return je.add(e), () => je.delete(e);
}
// src/transforms.ts
function Pe(e) {
	return typeof e == "number" && Number.isFinite(e) ? e : null;
}
function Fe(e, t, n) {
	let r = e.performance.splits.indexOf(t), i = e.performance.metrics.indexOf(n);
	return e.steps.map((t, n) => {
		let a = e.performance.values[n];
		return {
			x: t,
			y: r < 0 || i < 0 || !a ? null : Pe(a[r]?.[i])
		};
	});
}
function Ie(e) {
	return e.some((e) => e.y !== null);
}
function Le(e) {
	return e.steps.map((t, n) => ({
		x: t,
		y: Pe(e.transferability[n])
	}));
}
function Re(e, t = "accuracy") {
	if (!e.steps.length) return null;
	for (let n of ["target_val", "target"]) {
		let r = Fe(e, n, t)[0]?.y ?? null;
		if (r !== null) return {
			split: n,
			value: r
		};
	}
	return null;
}
function ze(e, t) {
	let n = new Map(e.map((e) => [e.x, e.y]));
	return t.map((e) => {
		let t = n.get(e.x);
		return {
			x: e.x,
			y: e.y === null || t == null ? null : e.y - t
		};
	});
}
function Be(e) {
	let t = /* @__PURE__ */ new Set();
	for (let n of e) for (let e of n) t.add(e);
	return [...t].sort((e, t) => e - t);
}
function Ve(e) {
	let t = [];
	for (let n of e) {
		let e = null;
		for (let [r, i] of n.entries()) {
			if (!t.includes(i)) {
				let a = e === null ? n.slice(r + 1).find((e) => t.includes(e)) : void 0, o = e === null ? a === void 0 ? t.length : t.indexOf(a) : t.indexOf(e) + 1;
				t.splice(o, 0, i);
			}
			e = i;
		}
	}
	return t;
}
function He(e, t, n = 3) {
	if (!e) return [];
	let r = [];
	return e.forEach((e, n) => {
		let i = Pe(e);
		n !== t && i !== null && i > 0 && r.push({
			predicted: n,
			count: i
		});
	}), r.sort((e, t) => t.count - e.count || e.predicted - t.predicted), r.slice(0, n);
}
function Ue(e, t, n = 3) {
	let r = t >= 0 ? e.class_accuracy.values[t] : null, i = t >= 0 ? e.confusion.values[t] : null, a = e.class_accuracy.domains.indexOf("source"), o = e.class_accuracy.domains.indexOf("target"), s = e.confusion.domains.indexOf("target");
	return e.class_names.map((e, t) => {
		let c = r && a >= 0 ? Pe(r[a]?.[t]) : null, l = r && o >= 0 ? Pe(r[o]?.[t]) : null, u = i && s >= 0 ? i[s]?.[t] : void 0, d = null, f = null;
		return u && (f = 0, d = 0, u.forEach((e, n) => {
			let r = Pe(e) ?? 0;
			f += r, n !== t && (d += r);
		})), {
			index: t,
			name: e,
			source: c,
			target: l,
			diff: c !== null && l !== null ? l - c : null,
			confusions: He(u, t, n),
			errors: d,
			support: f
		};
	});
}
function We(e, t, n) {
	let r = e.confusion.domains.indexOf(n), i = t >= 0 ? e.confusion.values[t] : null;
	if (!i || r < 0 || !i[r]) return null;
	let a = i[r].map((e) => e.map(Pe));
	return {
		counts: a,
		rates: a.map((e) => {
			let t = e.reduce((e, t) => e + (t ?? 0), 0);
			return e.map((e) => t > 0 && e !== null ? e / t : null);
		})
	};
}
function Ge(e, t, n) {
	let r = e.layer_stats.measures.indexOf(t), i = n >= 0 ? e.layer_stats.values[n] : null;
	return e.layer_stats.layers.map((e, t) => ({
		x: t,
		y: r < 0 || !i ? null : Pe(i[r]?.[t])
	}));
}
function Ke(e, t = null) {
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
function qe(e, t = 0) {
	let n = Infinity, r = -Infinity;
	for (let t of e) for (let e of t) e.y !== null && (e.y < n && (n = e.y), e.y > r && (r = e.y));
	if (n === Infinity) return null;
	let i = r - n || Math.abs(r) || 1;
	return [n - i * t, r + i * t];
}
function Je(e, t = 1) {
	return e === null ? "–" : `${(e * 100).toFixed(t)}%`;
}
function Ye(e, t = 1) {
	if (e === null) return "–";
	let n = (e * 100).toFixed(t);
	return `${e > 0 ? "+" : e < 0 ? "" : "±"}${n === "-0.0" ? "0.0" : n} pp`;
}
function V(e, t = 3) {
	if (e === null) return "–";
	let n = Math.abs(e);
	return n !== 0 && (n >= 1e4 || n < .001) ? e.toExponential(2) : e.toFixed(t);
}
// src/view.ts
function Xe(e) {
	let t = e.find((e) => e?.step_unit)?.step_unit;
	return t ? String(t) : "step";
}
var Ze = /* @__PURE__ */ new WeakMap();
function Qe(e, t, n) {
	let r = e.get(), i = t.get(), a = Ze.get(r);
	if (a && a.data === i && a.runColor === n) return a.view;
	let o = $e(r, i, n);
	return Ze.set(r, {
		data: i,
		runColor: n,
		view: o
	}), o;
}
function $e(e, t, n) {
	let r = new Map(t.runs.map((e) => [e.run, e])), i = [], a = [], o = [];
	for (let s of e.runs) {
		let c = t.stats.get(s), l = r.get(s);
		if (c && c.status !== "loading" || a.push(s), (c?.status === "error" || l?.error && c?.status !== "loading") && o.push({
			run: s,
			error: c?.error ?? l?.error ?? "could not be read"
		}), c?.data && c.status !== "error") {
			let t = j(c.data.steps, e.step);
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
	let s = Be(i.map((e) => e.stats.steps)), c = e.compareMode === "difference" && i.length >= 2 ? [i[1], i[0]] : null, l = Ve((c ?? i).map((e) => e.stats.layer_stats?.layers ?? [])), u = c ? Be(c.map((e) => e.stats.steps)) : s, d = j(u, e.step);
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
		stepLabel: Xe(i.map((e) => e.info))
	};
}
var et = /* @__PURE__ */ new WeakMap(), tt = 1;
function nt(e) {
	if (!e) return 0;
	let t = et.get(e);
	return t || (t = tt++, et.set(e, t)), t;
}
function rt(e) {
	return `${e.runs.map((e) => `${e.run}#${nt(e.stats)}@${e.step}`).join(",")}|${e.theme}|${e.selectedStep}`;
}
// src/loop.ts
var it = (e) => [
	e.runs,
	e.step,
	e.layer,
	e.class,
	e.neuron,
	e.compareMode,
	e.theme
];
function at(e) {
	let { body: t, root: n } = e.panel, r = (e) => parseFloat(e) || 0, i = getComputedStyle(t), a = t.getBoundingClientRect().width;
	if (!a) {
		let e = getComputedStyle(n);
		a = n.getBoundingClientRect().width - r(e.borderLeftWidth) - r(e.borderRightWidth);
	}
	return Math.max(0, a - r(i.paddingLeft) - r(i.paddingRight));
}
function H(e, t, n = {}) {
	let { panel: r } = e, i = n.slack ?? 16, a = !1, o = 0, s = () => {
		a = !1;
		let n = ot(r.root);
		o || (o = at(e));
		let i = performance.now();
		try {
			t(Qe(e.store, e.data, e.runColor), o), r.root.dataset.rendered = "true", r.root.dataset.renderMs = (performance.now() - i).toFixed(1), r.root.dataset.renders = String(Number(r.root.dataset.renders ?? 0) + 1);
		} catch (e) {
			console.error(`tb-transfer: ${r.id} failed`, e), r.setState("error", `Could not draw this panel: ${e.message}`);
		}
		n && st(r.root, n);
	}, c = () => {
		a || (a = !0, typeof requestAnimationFrame == "function" ? requestAnimationFrame(s) : setTimeout(s, 0));
	}, l = [e.store.subscribe(n.watch ?? it, c), e.data.subscribe((e) => [
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
function ot(e) {
	let t = e.ownerDocument.activeElement;
	if (!t || !e.contains(t)) return null;
	let n = t.getAttribute("data-measure");
	if (n) return `[data-measure="${CSS.escape(n)}"]`;
	let r = t.getAttribute("data-layer");
	if (r) return `.tbt-ov-node[data-layer="${CSS.escape(r)}"]`;
	let i = t.getAttribute("data-control");
	return i ? `[data-control="${CSS.escape(i)}"]` : null;
}
function st(e, t) {
	let n = e.querySelector(t);
	n && e.ownerDocument.activeElement !== n && n.focus({ preventScroll: !0 });
}
function ct(e) {
	typeof requestAnimationFrame == "function" ? requestAnimationFrame(() => setTimeout(e, 0)) : setTimeout(e, 0);
}
var lt = 3e3, ut = [
	"from tb_transfer import TransferCallback",
	"cb = TransferCallback(model, source_probe, target_probe, class_names, log_dir=\"runs/finetune\")",
	"cb.on_epoch_end(epoch)  # in the training loop, after each epoch"
];
function dt(e) {
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
function ft(e, t) {
	return L("label", {
		class: "tbt-control-label",
		for: t
	}, e);
}
function pt(e) {
	let { store: t, data: n } = e, r = L("div", { class: "tbt-control tbt-runs" }), i = L("button", {
		type: "button",
		class: "tbt-runs-button",
		id: "tbt-runs-button",
		"aria-haspopup": "true",
		"aria-expanded": "false",
		"aria-controls": "tbt-runs-popover"
	}), a = L("div", {
		class: "tbt-popover",
		id: "tbt-runs-popover",
		role: "dialog",
		"aria-label": "Select runs"
	});
	a.hidden = !0;
	let o = L("input", {
		type: "search",
		class: "tbt-input",
		placeholder: "Filter runs (text or regex)",
		"aria-label": "Filter runs",
		spellcheck: "false"
	}), s = L("button", {
		type: "button",
		class: "tbt-link"
	}, "Select shown"), c = L("button", {
		type: "button",
		class: "tbt-link"
	}, "Clear"), l = L("div", {
		class: "tbt-run-list",
		role: "group",
		"aria-label": "Runs"
	}), u = L("div", { class: "tbt-muted tbt-small" });
	a.append(L("div", { class: "tbt-popover-head" }, o, s, c), l, u), r.append(ft("Runs", "tbt-runs-button"), i, a);
	let d = () => {
		let e = dt(o.value);
		return n.get().runs.filter((t) => e(t.run));
	}, p = () => {
		z(l);
		let e = new Set(t.get().runs), r = d(), i = t.get().theme;
		r.forEach((n, r) => {
			let a = `tbt-run-cb-${r}`, s = L("input", {
				type: "checkbox",
				id: a,
				class: "tbt-run-checkbox"
			});
			s.checked = e.has(n.run), s.style.accentColor = f(n.run, i), s.addEventListener("change", () => C(n.run, t)), s.addEventListener("keydown", (e) => {
				let t = [...l.querySelectorAll("input[type=checkbox]")], n = t.indexOf(s);
				e.key === "ArrowDown" ? (e.preventDefault(), t[Math.min(t.length - 1, n + 1)]?.focus()) : e.key === "ArrowUp" && (e.preventDefault(), n === 0 ? o.focus() : t[n - 1]?.focus());
			});
			let c = L("label", {
				class: `tbt-run-row${n.error ? " tbt-has-error" : ""}`,
				for: a,
				title: n.error ? `${n.run}: ${n.error}` : n.run
			}, s, de({
				color: f(n.run, i),
				marker: "square",
				markerOnly: !0
			}), L("span", { class: "tbt-run-name" }, n.run), n.error ? L("span", {
				class: "tbt-error-badge",
				"aria-label": `error: ${n.error}`
			}, "!") : null, L("span", { class: "tbt-run-steps tbt-muted" }, n.steps.length ? `${n.steps.length} steps` : "no steps"));
			l.appendChild(c);
		}), r.length || l.appendChild(L("div", { class: "tbt-muted tbt-small" }, "No run matches the filter.")), u.textContent = `${e.size} of ${n.get().runs.length} runs selected`;
	}, m = "", h = () => {
		let e = t.get().runs.length, r = n.get().runs.length;
		if (i.textContent = "", i.append(L("span", null, e === 0 ? "No run selected" : e === 1 ? t.get().runs[0] : `${e} of ${r} runs`), L("span", {
			class: "tbt-caret",
			"aria-hidden": "true"
		}, "▾")), a.hidden) return;
		let s = `${t.get().theme}\u0000${o.value}\u0000${d().map((e) => `${e.run}\u0001${e.error ?? ""}\u0001${e.steps.length}`).join("\0")}`;
		if (s !== m) {
			p(), m = s;
			return;
		}
		let c = new Set(t.get().runs);
		d().forEach((e, t) => {
			let n = l.querySelector(`#tbt-run-cb-${t}`);
			n && (n.checked = c.has(e.run));
		}), u.textContent = `${c.size} of ${n.get().runs.length} runs selected`;
	}, g = (e) => {
		a.hidden = !e, i.setAttribute("aria-expanded", String(e)), m = "", e && (h(), o.focus());
	};
	return i.addEventListener("click", () => g(!!a.hidden)), o.addEventListener("input", h), o.addEventListener("keydown", (e) => {
		if (e.key === "ArrowDown") e.preventDefault(), l.querySelector("input[type=checkbox]")?.focus();
		else if (e.key === "Enter") {
			let e = d()[0];
			e && C(e.run, t);
		}
	}), s.addEventListener("click", () => S([...t.get().runs, ...d().map((e) => e.run)], t)), c.addEventListener("click", () => S([], t)), a.addEventListener("keydown", (e) => {
		e.key === "Escape" && (g(!1), i.focus());
	}), document.addEventListener("mousedown", (e) => {
		!a.hidden && !r.contains(e.target) && g(!1);
	}), {
		element: r,
		update: h
	};
}
function mt(e) {
	let t = L("div", {
		class: "tbt-chips",
		role: "list",
		"aria-label": "Selected runs"
	});
	return {
		element: t,
		update: () => {
			z(t);
			let { store: n, data: r } = e, i = n.get().theme, a = new Map(r.get().runs.map((e) => [e.run, e]));
			for (let e of n.get().runs) {
				let r = a.get(e), o = L("button", {
					type: "button",
					class: "tbt-chip-remove",
					"aria-label": `Remove run ${e}`,
					title: "Remove from the selection"
				}, "×");
				o.addEventListener("click", () => C(e, n));
				let s = L("span", {
					class: `tbt-chip${r?.error ? " tbt-has-error" : ""}`,
					role: "listitem",
					title: r?.error ? `${e}: ${r.error}` : e
				}, de({
					color: f(e, i),
					marker: "square",
					markerOnly: !0
				}), L("span", { class: "tbt-run-name" }, e), r?.error ? L("span", {
					class: "tbt-error-badge",
					"aria-hidden": "true"
				}, "!") : null, o);
				s.style.borderColor = f(e, i), t.appendChild(s);
			}
		}
	};
}
function ht(e) {
	let t = e.store.get().runs;
	return e.data.get().runs.filter((e) => t.includes(e.run));
}
function gt(e) {
	let { store: t } = e, n = L("div", { class: "tbt-control tbt-step" }), r = L("input", {
		type: "range",
		id: "tbt-step-range",
		class: "tbt-range",
		min: 0,
		max: 0,
		step: 1,
		"aria-label": "Step"
	}), i = L("input", {
		type: "number",
		class: "tbt-input tbt-step-number",
		"aria-label": "Step number",
		step: 1
	}), a = L("button", {
		type: "button",
		class: "tbt-toggle",
		"aria-pressed": "true",
		title: "Follow the latest step while training runs"
	}, "Latest"), o = L("span", { class: "tbt-muted tbt-small tbt-step-unit" });
	n.append(ft("Step", "tbt-step-range"), r, i, a, o);
	let s = [], c = (e) => {
		if (!s.length || !Number.isFinite(e)) return null;
		let t = s[0];
		for (let n of s) Math.abs(n - e) < Math.abs(t - e) && (t = n);
		return t;
	};
	return r.addEventListener("input", () => {
		let e = s[Number(r.value)];
		e !== void 0 && w(e === s[s.length - 1] && t.get().step === null ? null : e, t);
	}), i.addEventListener("change", () => {
		let e = c(Number(i.value));
		e !== null && w(e, t);
	}), a.addEventListener("click", () => w(t.get().step === null && s.length ? s[s.length - 1] : null, t)), {
		element: n,
		update: () => {
			let n = ht(e);
			s = Be(n.map((e) => e.steps));
			let l = t.get().step, u = l === null ? s[s.length - 1] : c(l), d = u == null ? 0 : s.indexOf(u);
			r.max = String(Math.max(0, s.length - 1)), r.value = String(Math.max(0, d)), r.disabled = s.length < 2, i.disabled = !s.length, s.length && (i.min = String(s[0]), i.max = String(s[s.length - 1])), i.value = u == null ? "" : String(u), r.setAttribute("aria-valuetext", u == null ? "no step" : `step ${u}`), a.setAttribute("aria-pressed", l === null ? "true" : "false"), o.textContent = s.length ? `${Xe(n.map((e) => e.info))} · ${s[0]}–${s[s.length - 1]}` : "";
		}
	};
}
function _t(e) {
	let { store: t } = e, n = L("div", { class: "tbt-control" }), r = L("select", {
		class: "tbt-select",
		id: "tbt-layer-select"
	});
	return n.append(ft("Layer", "tbt-layer-select"), r), r.addEventListener("change", () => T(r.value || null, t)), {
		element: n,
		update: () => {
			let n = [], i = /* @__PURE__ */ new Map();
			for (let t of ht(e)) for (let e of t.info?.layers ?? []) n.includes(e.name) || n.push(e.name), i.set(e.name, e.type);
			z(r), n.length || r.appendChild(L("option", { value: "" }, "—"));
			for (let e of n) r.appendChild(L("option", { value: e }, i.get(e) ? `${e} (${i.get(e)})` : e));
			let a = t.get().layer;
			a && !n.includes(a) && r.appendChild(L("option", { value: a }, a)), r.value = a ?? n[n.length - 1] ?? "", r.disabled = !n.length;
		}
	};
}
function vt(e) {
	let { store: t } = e, n = L("div", { class: "tbt-control" }), r = L("select", {
		class: "tbt-select",
		id: "tbt-class-select"
	});
	return n.append(ft("Class", "tbt-class-select"), r), r.addEventListener("change", () => E(r.value === "" ? null : Number(r.value), t)), {
		element: n,
		update: () => {
			let n = ht(e).find((e) => e.info?.class_names?.length)?.info?.class_names ?? [];
			z(r), r.appendChild(L("option", { value: "" }, "All classes")), n.forEach((e, t) => r.appendChild(L("option", { value: String(t) }, e)));
			let i = t.get().class;
			i !== null && i >= n.length && r.appendChild(L("option", { value: String(i) }, `class ${i}`)), r.value = i === null ? "" : String(i);
		}
	};
}
function yt(e) {
	let { store: t } = e, n = L("div", { class: "tbt-control tbt-compare" }), r = ue("Compare runs", [{
		id: "overlay",
		label: "Overlay",
		title: "Draw every selected run on the same axes"
	}, {
		id: "difference",
		label: "Difference",
		title: "Draw every run minus the first selected run (the reference)"
	}], (e) => k(e, t));
	return n.append(L("span", { class: "tbt-control-label" }, "Compare"), r.element), {
		element: n,
		update: () => {
			n.hidden = t.get().runs.length < 2, r.set(t.get().compareMode);
		}
	};
}
function bt(e, t, n, r) {
	let i = Ee.find((e) => e.id === t), a = L("section", {
		class: "tbt-section",
		"data-section": t,
		"aria-labelledby": `tbt-section-${t}`
	});
	a.append(L("div", { class: "tbt-section-head" }, L("h2", {
		class: "tbt-section-title",
		id: `tbt-section-${t}`
	}, i.title), L("span", { class: "tbt-section-question" }, i.question)));
	let o = L("div", { class: "tbt-grid" });
	a.appendChild(o), e.appendChild(a);
	let s = [], c = () => {
		s.forEach((e) => e.destroy?.()), s = [], z(o);
		for (let e of Me(t)) {
			let t = ke({
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
	let l = Ne(() => {
		let e = Me(t).map((e) => e.id).join(",");
		e !== o.dataset.panels && (o.dataset.panels = e, c());
	});
	return o.dataset.panels = Me(t).map((e) => e.id).join(","), () => {
		l(), s.forEach((e) => e.destroy?.());
	};
}
function xt(e, t) {
	let { store: n, data: r, loader: i } = t;
	try {
		performance.mark("tb-transfer:frame-start");
	} catch {}
	let a = L("div", { class: "tbt-app" }), o = L("header", { class: "tbt-header" }), s = L("div", { class: "tbt-brand" }, L("h1", { class: "tbt-title" }, "Transfer"), L("span", { class: "tbt-subtitle" }, "what fine-tuning transferred, and what it changed")), c = pt(t), l = gt(t), u = _t(t), d = vt(t), p = yt(t), m = L("div", { class: "tbt-controls" }, c.element, l.element, u.element, d.element, p.element), h = mt(t);
	o.append(L("div", { class: "tbt-header-row" }, s, m), h.element);
	let g = L("div", {
		class: "tbt-state",
		role: "status"
	}), _ = L("div", { class: "tbt-sections" }), v = L("main", { class: "tbt-main" }, g, _);
	a.append(o, v), e.appendChild(a);
	let y = (e) => f(e, n.get().theme), b = Ee.map((e) => bt(_, e.id, t, y)), x = () => {
		let e = r.get();
		if (z(g), a.dataset.state = e.status === "ready" ? e.runs.length ? "ready" : "empty" : e.status, e.status === "loading") g.append(L("div", { class: "tbt-state-card" }, L("span", {
			class: "tbt-spinner",
			"aria-hidden": "true"
		}), L("span", null, "Loading runs…")));
		else if (e.status === "error") {
			let t = L("button", {
				type: "button",
				class: "tbt-button"
			}, "Retry");
			t.addEventListener("click", () => void i.loadRuns()), g.append(L("div", {
				class: "tbt-state-card tbt-error-card",
				role: "alert"
			}, L("h2", null, "Could not load the Transfer data"), L("p", { class: "tbt-error-message" }, e.error ?? "unknown error"), t));
		} else e.runs.length || g.append(L("div", { class: "tbt-state-card tbt-empty-card" }, L("h2", null, "No transfer data yet"), L("p", null, "None of the runs in this log directory has tb-transfer records. Add the callback to your training loop:"), L("pre", { class: "tbt-snippet" }, L("code", null, ut.join("\n"))), L("p", { class: "tbt-muted" }, "Then point TensorBoard at the parent directory (tensorboard --logdir runs); new steps appear while training runs.")));
		let t = e.status === "ready" && e.runs.length > 0;
		_.hidden = !t, m.hidden = !t, h.element.hidden = !t;
	}, C = () => {
		c.update(), h.update(), l.update(), u.update(), d.update(), p.update();
	}, w = () => {};
	t.api.holdUntil(new Promise((e) => w = e), lt);
	let E = !1, D = () => {
		let e = r.get();
		if (e.status === "error" && w(), e.status !== "ready") return;
		let t = e.runs.map((e) => e.run);
		if (!E) E = !0, n.get().runs.length || S(t.slice(0, 10), n);
		else {
			let e = n.get().runs.filter((e) => t.includes(e));
			e.length !== n.get().runs.length && S(e, n);
		}
		if (n.get().layer === null) {
			let t = e.runs.find((e) => n.get().runs.includes(e.run) && e.info?.layers?.length)?.info?.layers ?? [];
			t.length && T(t[t.length - 1].name, n);
		}
		i.ensureStatistics(n.get().runs).finally(() => ct(w));
	}, O = [
		r.subscribe((e) => [
			e.status,
			e.error,
			e.runs
		], () => {
			x(), D(), C();
		}, { immediate: !0 }),
		n.subscribe((e) => [
			e.runs,
			e.step,
			e.layer,
			e.class,
			e.compareMode,
			e.theme
		], () => C()),
		n.subscribe((e) => e.runs, (e) => void i.ensureStatistics(e))
	];
	return { destroy() {
		O.forEach((e) => e()), b.forEach((e) => e()), a.remove();
	} };
}
function St(e) {
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
function Ct(e) {
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
var wt = "\n.tbt-ov-content { min-width: 0; }\n.tbt-ov-scroll { overflow-x: auto; overflow-y: hidden; max-width: 100%; padding-bottom: 2px; }\n.tbt-ov-network-scroll { overflow-y: auto; max-height: 720px; }\n.tbt-ov-row { position: relative; margin: 4px 0 14px; padding-top: 2px; }\n.tbt-ov-row + .tbt-ov-row { border-top: 1px solid var(--tbt-grid); padding-top: 10px; }\n.tbt-ov-chart-exports { position: absolute; right: 0; top: 6px; z-index: 2; opacity: .55; }\n.tbt-ov-row:hover .tbt-ov-chart-exports, .tbt-ov-chart-exports:focus-within { opacity: 1; }\n.tbt-ov-chart-exports .tbt-export { height: 20px; padding: 0 5px; font-size: 10px; background: var(--tbt-panel); }\n.tbt-ov-heatmap { outline: none; border-radius: 3px; }\n.tbt-ov-heatmap:focus-visible { box-shadow: 0 0 0 2px var(--tbt-accent); }\n.tbt-ov-canvas { image-rendering: pixelated; }\n.tbt-chart .tbt-ov-title { fill: var(--tbt-fg); font-size: 13px; font-weight: 500; cursor: help; }\n.tbt-chart .tbt-ov-run-name { fill: var(--tbt-fg); font-size: 12px; font-weight: 500; }\n.tbt-chart .tbt-ov-note { font-style: italic; }\n.tbt-chart .tbt-ov-tick { stroke: var(--tbt-axis); stroke-width: 1; }\n.tbt-ov-frame { stroke: var(--tbt-border); }\n.tbt-ov-cell { shape-rendering: crispEdges; }\n.tbt-ov-hl { fill: none; stroke: var(--tbt-select-edge); stroke-width: 1.5; pointer-events: none; }\n.tbt-ov-hl-cell { stroke-width: 2.5; }\n.tbt-ov-hover { fill: none; stroke: var(--tbt-accent); stroke-width: 1.5; pointer-events: none; }\n.tbt-ov-edge { stroke: var(--tbt-faint); stroke-width: 1.2; }\n.tbt-ov-skip { stroke-dasharray: 3 2; }\n.tbt-ov-node { outline: none; }\n.tbt-ov-node-frame { stroke: var(--tbt-axis); stroke-width: 1; }\n.tbt-ov-node:hover .tbt-ov-node-frame { stroke: var(--tbt-accent); stroke-width: 1.5; }\n.tbt-ov-node:focus-visible .tbt-ov-node-frame { stroke: var(--tbt-accent); stroke-width: 2.5; }\n.tbt-ov-node.tbt-selected .tbt-ov-node-frame { stroke: var(--tbt-select-edge); stroke-width: 2.5; }\n.tbt-chart .tbt-ov-node-label { fill: var(--tbt-fg); font-size: 11px; }\n.tbt-chart .tbt-ov-node.tbt-selected .tbt-ov-node-label { font-weight: 700; }\n.tbt-chart .tbt-ov-node-type { fill: var(--tbt-faint); font-size: 10px; }\n.tbt-ov-null-swatch { stroke: var(--tbt-border); stroke-width: .5; }\n.tbt-ov-absent { stroke: var(--tbt-faint); stroke-width: 1.5; stroke-dasharray: 3 3; pointer-events: none; }\n.tbt-ov-compare, .tbt-ov-controls { display: flex; gap: 8px; align-items: center; }\n.tbt-ov-swap { height: 28px; font-size: 12px; }\n.tbt-ov-sub { margin: 0 0 6px; }\n.tbt-ov-profiles .tbt-line-series[data-series$=\":first\"] { color: var(--tbt-faint); }\n", Tt = "\n:root {\n  --tbt-bg: #f5f6f8;\n  --tbt-panel: #ffffff;\n  --tbt-panel-2: #f8f9fa;\n  --tbt-border: #dfe2e6;\n  --tbt-fg: #202124;\n  --tbt-muted: #5f6368;\n  --tbt-faint: #9aa0a6;\n  --tbt-grid: #eceef1;\n  --tbt-axis: #80868b;\n  --tbt-accent: #e8710a;\n  --tbt-accent-soft: #fdf0e4;\n  --tbt-select: #fff3c4;\n  --tbt-select-edge: #202124;\n  --tbt-good: #1a7f4b;\n  --tbt-bad: #c5221f;\n  --tbt-error-bg: #fce8e6;\n  --tbt-error-fg: #a50e0e;\n  --tbt-code-bg: #f1f3f4;\n  --tbt-source: #d6604d;\n  --tbt-target: #4393c3;\n  --tbt-source-soft: #f4b6b2;\n  --tbt-target-soft: #92c5de;\n  --tbt-shadow: 0 1px 2px rgba(60, 64, 67, .12), 0 1px 3px rgba(60, 64, 67, .08);\n  --tbt-font: Roboto, \"Helvetica Neue\", Arial, \"Liberation Sans\", sans-serif;\n  --tbt-mono: \"Roboto Mono\", Menlo, Consolas, \"DejaVu Sans Mono\", monospace;\n  color-scheme: light;\n}\nhtml.tbt-dark {\n  --tbt-bg: #303030;\n  --tbt-panel: #3a3a3a;\n  --tbt-panel-2: #333333;\n  --tbt-border: #4d4d4d;\n  --tbt-fg: #e8eaed;\n  --tbt-muted: #b0b4b9;\n  --tbt-faint: #80868b;\n  --tbt-grid: #474747;\n  --tbt-axis: #9aa0a6;\n  --tbt-accent: #ff9f43;\n  --tbt-accent-soft: #4a3a2a;\n  --tbt-select: #5b4e1f;\n  --tbt-select-edge: #f5f5f5;\n  --tbt-good: #5fd39a;\n  --tbt-bad: #ff8a80;\n  --tbt-error-bg: #5c2b29;\n  --tbt-error-fg: #ffd6d2;\n  --tbt-code-bg: #2a2a2a;\n  --tbt-source: #ef8a62;\n  --tbt-target: #67a9cf;\n  --tbt-shadow: 0 1px 2px rgba(0, 0, 0, .35);\n  color-scheme: dark;\n}\nhtml, body { margin: 0; padding: 0; background: var(--tbt-bg); }\nbody { color: var(--tbt-fg); font: 13px/1.45 var(--tbt-font); -webkit-font-smoothing: antialiased; }\n.tbt-app { min-height: 100vh; color: var(--tbt-fg); }\n.tbt-app *, .tbt-app *::before, .tbt-app *::after { box-sizing: border-box; }\n.tbt-app button, .tbt-app input, .tbt-app select { font: inherit; color: inherit; }\n.tbt-app :focus-visible { outline: 2px solid var(--tbt-accent); outline-offset: 1px; }\n[hidden] { display: none !important; }\n\n/* header */\n.tbt-header { position: sticky; top: 0; z-index: 20; background: var(--tbt-panel); border-bottom: 1px solid var(--tbt-border);\n  padding: 10px 20px 8px; box-shadow: var(--tbt-shadow); }\n.tbt-header-row { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 12px 28px; }\n.tbt-brand { display: flex; flex-direction: column; min-width: 170px; }\n.tbt-title { margin: 0; font-size: 20px; font-weight: 500; letter-spacing: .2px; line-height: 1.2; }\n.tbt-subtitle { font-size: 12px; color: var(--tbt-muted); }\n.tbt-controls { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 10px 22px; flex: 1; }\n.tbt-control { display: flex; flex-direction: column; gap: 3px; position: relative; }\n.tbt-control.tbt-step { flex-direction: row; flex-wrap: wrap; align-items: center; column-gap: 8px; max-width: 440px; }\n.tbt-control.tbt-step .tbt-control-label { flex-basis: 100%; }\n.tbt-control-label { font-size: 11px; font-weight: 500; text-transform: uppercase; letter-spacing: .6px; color: var(--tbt-muted); }\n.tbt-select, .tbt-input, .tbt-runs-button { height: 30px; border: 1px solid var(--tbt-border); border-radius: 4px;\n  background: var(--tbt-panel); padding: 0 8px; min-width: 0; }\n.tbt-select { padding-right: 4px; max-width: 240px; }\n.tbt-select:hover, .tbt-input:hover, .tbt-runs-button:hover { border-color: var(--tbt-faint); }\n.tbt-runs-button { display: inline-flex; align-items: center; gap: 10px; min-width: 180px; max-width: 280px; cursor: pointer; justify-content: space-between; }\n.tbt-runs-button > span:first-child { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-caret { color: var(--tbt-muted); font-size: 11px; }\n.tbt-range { width: 190px; accent-color: var(--tbt-accent); }\n.tbt-step-number { width: 72px; }\n.tbt-step-unit { white-space: nowrap; }\n.tbt-toggle, .tbt-button, .tbt-segmented button, .tbt-export { height: 30px; border: 1px solid var(--tbt-border); border-radius: 4px;\n  background: var(--tbt-panel); padding: 0 10px; cursor: pointer; }\n.tbt-toggle[aria-pressed=\"true\"], .tbt-segmented button[aria-pressed=\"true\"] { background: var(--tbt-accent-soft);\n  border-color: var(--tbt-accent); color: var(--tbt-fg); font-weight: 500; }\n.tbt-segmented { display: inline-flex; }\n.tbt-segmented button { border-radius: 0; margin-left: -1px; height: 28px; font-size: 12px; }\n.tbt-segmented button:first-child { border-radius: 4px 0 0 4px; margin-left: 0; }\n.tbt-segmented button:last-child { border-radius: 0 4px 4px 0; }\n.tbt-link { border: 0; background: none; color: var(--tbt-accent); cursor: pointer; padding: 0 4px; white-space: nowrap; }\n.tbt-small { font-size: 11px; }\n.tbt-muted { color: var(--tbt-muted); }\n\n/* run popover */\n.tbt-popover { position: absolute; top: 100%; left: 0; z-index: 30; margin-top: 4px; width: 360px; max-width: 90vw; background: var(--tbt-panel);\n  border: 1px solid var(--tbt-border); border-radius: 6px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 8px; }\n.tbt-popover-head { display: flex; gap: 6px; align-items: center; margin-bottom: 6px; }\n.tbt-popover-head .tbt-input { flex: 1; }\n.tbt-run-list { max-height: 320px; overflow: auto; display: flex; flex-direction: column; }\n.tbt-run-row { display: flex; align-items: center; gap: 6px; padding: 4px 6px; border-radius: 4px; cursor: pointer; }\n.tbt-run-row:hover { background: var(--tbt-panel-2); }\n.tbt-run-row .tbt-run-name { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-run-steps { font-size: 11px; white-space: nowrap; }\n.tbt-error-badge { display: inline-flex; align-items: center; justify-content: center; width: 16px; height: 16px; border-radius: 50%;\n  background: var(--tbt-bad); color: #fff; font-size: 11px; font-weight: 700; flex: none; }\n.tbt-chips { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }\n.tbt-chips:empty { display: none; }\n.tbt-chip { display: inline-flex; align-items: center; gap: 4px; height: 24px; padding: 0 2px 0 6px; border: 1px solid var(--tbt-border);\n  border-left-width: 3px; border-radius: 12px; background: var(--tbt-panel-2); font-size: 12px; max-width: 280px; }\n.tbt-chip .tbt-run-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-chip .tbt-legend-swatch { width: 12px; }\n.tbt-chip-remove { border: 0; background: none; cursor: pointer; color: var(--tbt-muted); font-size: 15px; line-height: 1; width: 20px; height: 20px; border-radius: 50%; }\n.tbt-chip-remove:hover { background: var(--tbt-grid); color: var(--tbt-fg); }\n\n/* states */\n.tbt-main { padding: 16px 20px 40px; max-width: 1800px; margin: 0 auto; }\n.tbt-state:empty { display: none; }\n.tbt-state-card { background: var(--tbt-panel); border: 1px solid var(--tbt-border); border-radius: 8px; padding: 24px 28px; max-width: 820px;\n  margin: 32px auto; box-shadow: var(--tbt-shadow); display: flex; flex-direction: column; gap: 8px; align-items: flex-start; }\n.tbt-state-card h2 { margin: 0; font-size: 17px; font-weight: 500; }\n.tbt-state-card p { margin: 0; }\n.tbt-state-card > .tbt-spinner { align-self: flex-start; }\n.tbt-state-card:has(> .tbt-spinner) { flex-direction: row; align-items: center; }\n.tbt-error-card { border-color: var(--tbt-bad); }\n.tbt-snippet { margin: 6px 0; padding: 12px 14px; background: var(--tbt-code-bg); border-radius: 6px; font: 12.5px/1.55 var(--tbt-mono);\n  overflow-x: auto; width: 100%; white-space: pre; }\n.tbt-spinner { width: 16px; height: 16px; border: 2px solid var(--tbt-border); border-top-color: var(--tbt-accent); border-radius: 50%;\n  display: inline-block; animation: tbt-spin .8s linear infinite; flex: none; }\n@keyframes tbt-spin { to { transform: rotate(360deg); } }\n\n/* sections and panels */\n.tbt-section { margin-bottom: 26px; }\n.tbt-section-head { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; margin: 4px 2px 10px; }\n.tbt-section-title { margin: 0; font-size: 16px; font-weight: 500; }\n.tbt-section-question { color: var(--tbt-muted); font-size: 13px; }\n.tbt-grid { display: grid; grid-template-columns: repeat(12, minmax(0, 1fr)); gap: 14px; align-items: start; }\n.tbt-panel { background: var(--tbt-panel); border: 1px solid var(--tbt-border); border-radius: 8px; box-shadow: var(--tbt-shadow);\n  min-width: 0; display: flex; flex-direction: column; align-self: stretch; }\n.tbt-panel-header { display: flex; align-items: center; gap: 10px; padding: 10px 14px 6px; min-height: 42px; flex-wrap: wrap; }\n.tbt-panel-title { margin: 0; font-size: 14px; font-weight: 500; display: flex; align-items: center; gap: 6px; flex: 1; min-width: 140px; }\n.tbt-panel-controls { display: flex; gap: 8px; align-items: center; }\n.tbt-panel-controls .tbt-select { height: 28px; font-size: 12px; }\n.tbt-panel-exports { display: flex; gap: 4px; }\n.tbt-export { height: 24px; padding: 0 7px; font-size: 11px; color: var(--tbt-muted); background: transparent; }\n.tbt-export:hover { color: var(--tbt-fg); border-color: var(--tbt-faint); }\n.tbt-info { display: inline-flex; align-items: center; justify-content: center; width: 16px; height: 16px; border-radius: 50%;\n  border: 1px solid var(--tbt-faint); color: var(--tbt-muted); font-size: 10px; font-weight: 700; cursor: help; }\n.tbt-panel-body { padding: 4px 14px 12px; position: relative; min-width: 0; }\n.tbt-panel-message { padding: 18px 14px 22px; color: var(--tbt-muted); display: flex; gap: 8px; align-items: center; }\n.tbt-panel-message.tbt-error { color: var(--tbt-error-fg); }\n.tbt-note { margin: 6px 0; color: var(--tbt-muted); }\n.tbt-note.tbt-bad { color: var(--tbt-bad); }\n.tbt-caption { margin: 6px 0 0; color: var(--tbt-muted); font-size: 12px; }\n.tbt-figure { overflow: hidden; }\n.tbt-good { color: var(--tbt-good); }\n.tbt-bad { color: var(--tbt-bad); }\n\n/* run errors */\n.tbt-run-errors { display: flex; flex-direction: column; gap: 6px; }\n.tbt-run-errors:empty { display: none; }\n.tbt-run-error { background: var(--tbt-error-bg); color: var(--tbt-error-fg); border-radius: 6px; padding: 8px 12px; display: flex;\n  gap: 4px; align-items: baseline; flex-wrap: wrap; }\n.tbt-run-error-icon { margin-right: 4px; }\n.tbt-error-message { font-family: var(--tbt-mono); font-size: 12px; word-break: break-word; }\n\n/* summary cards */\n.tbt-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 10px; }\n.tbt-card { border: 1px solid var(--tbt-border); border-top: 3px solid; border-radius: 6px; padding: 8px 12px 10px; background: var(--tbt-panel-2); min-width: 0; }\n.tbt-run-title { display: flex; align-items: center; gap: 6px; font-weight: 500; min-width: 0; }\n.tbt-run-title .tbt-legend-swatch { width: 12px; flex: none; }\n.tbt-run-title .tbt-run-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-card-meta { color: var(--tbt-muted); font-size: 12px; margin-top: 2px; }\n.tbt-card-domains { font-size: 12px; margin-top: 2px; }\n.tbt-dom-source { color: var(--tbt-source); font-weight: 500; }\n.tbt-dom-target { color: var(--tbt-target); font-weight: 500; }\n.tbt-arrow { color: var(--tbt-muted); }\n.tbt-kpis { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 8px; margin-top: 8px; }\n.tbt-kpi { min-width: 0; }\n.tbt-kpi-label { font-size: 11px; color: var(--tbt-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }\n.tbt-kpi-value { font-size: 19px; font-weight: 500; font-variant-numeric: tabular-nums; line-height: 1.25; }\n.tbt-kpi-sub { font-size: 11px; color: var(--tbt-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }\n\n/* transferability headline */\n.tbt-headline { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0 0 4px; }\n.tbt-headline-item { display: flex; align-items: baseline; gap: 6px; min-width: 0; }\n.tbt-headline-item .tbt-legend-swatch { width: 12px; align-self: center; }\n.tbt-headline-value { font-size: 20px; font-weight: 500; font-variant-numeric: tabular-nums; }\n.tbt-headline-label { color: var(--tbt-muted); font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 160px; }\n\n/* legends */\n.tbt-legend-row { display: flex; flex-wrap: wrap; gap: 4px 18px; align-items: center; margin-bottom: 2px; }\n.tbt-legend { display: flex; flex-wrap: wrap; gap: 2px 4px; align-items: center; }\n.tbt-legend-item { display: inline-flex; align-items: center; gap: 5px; font-size: 12px; padding: 2px 6px; border-radius: 4px;\n  border: 0; background: none; color: var(--tbt-fg); max-width: 240px; }\nbutton.tbt-legend-item { cursor: pointer; }\nbutton.tbt-legend-item:hover { background: var(--tbt-panel-2); }\n.tbt-legend-item.tbt-off { opacity: .4; text-decoration: line-through; }\n.tbt-legend-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-legend-swatch { flex: none; overflow: visible; }\n\n/* charts */\n.tbt-chart { display: block; overflow: visible; font-family: var(--tbt-font); }\n.tbt-chart text { fill: var(--tbt-muted); font-size: 11px; font-family: var(--tbt-font); }\n.tbt-axis path, .tbt-axis line { stroke: var(--tbt-axis); }\n.tbt-axis text { fill: var(--tbt-muted); font-size: 11px; }\n.tbt-chart .tbt-axis-label { fill: var(--tbt-fg); font-size: 12px; font-weight: 500; }\n.tbt-gridlines line { stroke: var(--tbt-grid); stroke-width: 1; }\n.tbt-zero { stroke: var(--tbt-axis); stroke-width: 1; }\n.tbt-mark-x { stroke: var(--tbt-accent); stroke-width: 1.5; stroke-dasharray: 4 3; }\n.tbt-chart .tbt-mark-x-label { fill: var(--tbt-accent); font-size: 11px; font-weight: 500; }\n.tbt-hover-x { stroke: var(--tbt-faint); stroke-width: 1; pointer-events: none; }\n.tbt-refline { stroke-width: 1.5; }\n.tbt-chart .tbt-refline-label { font-size: 11px; font-weight: 500; }\n.tbt-highlight-band { fill: var(--tbt-select); opacity: .55; }\n.tbt-chart .tbt-legend-text { font-size: 11px; fill: var(--tbt-muted); }\n.tbt-legend-bar { stroke: var(--tbt-border); stroke-width: .5; }\n.tbt-color-legend { margin-top: 6px; }\n\n/* heat-map */\n.tbt-multiples { display: flex; flex-wrap: wrap; gap: 12px 18px; align-items: flex-start; }\n.tbt-multiple { min-width: 0; }\n.tbt-multiple .tbt-run-title { margin-bottom: 4px; font-size: 12px; }\n.tbt-heatmap { position: relative; }\n.tbt-heatmap > svg { position: absolute; left: 0; top: 0; }\n.tbt-heatmap-frame { fill: var(--tbt-panel-2); stroke: var(--tbt-border); }\n.tbt-heatmap-hl { fill: none; stroke: var(--tbt-select-edge); stroke-width: 2; pointer-events: none; }\n.tbt-bn-channels .tbt-bn-zero { stroke: var(--tbt-axis); stroke-width: .8; }\n.tbt-ws-row .tbt-run-title { font-size: 12px; color: var(--tbt-muted); }\n.tbt-heatmap-diag { fill: none; stroke: var(--tbt-fg); stroke-width: 1.2; stroke-dasharray: 2 2; pointer-events: none; }\n.tbt-chart .tbt-cell-label { font-size: 10px; fill: #1f2d3d; pointer-events: none; font-variant-numeric: tabular-nums; }\n.tbt-chart .tbt-cell-label.tbt-on-dark { fill: #ffffff; }\nhtml.tbt-dark .tbt-chart .tbt-cell-label { fill: #e8eaed; }\nhtml.tbt-dark .tbt-chart .tbt-cell-label.tbt-on-dark { fill: #10202e; }\n.tbt-chart .tbt-tick-selected { fill: var(--tbt-fg); font-weight: 700; }\n\n/* table */\n.tbt-table-scroll { max-height: 360px; overflow: auto; border: 1px solid var(--tbt-border); border-radius: 6px; }\n.tbt-table { width: 100%; border-collapse: collapse; font-size: 12.5px; font-variant-numeric: tabular-nums; }\n.tbt-table th { position: sticky; top: 0; background: var(--tbt-panel-2); z-index: 1; text-align: left; font-weight: 500;\n  border-bottom: 1px solid var(--tbt-border); padding: 0; white-space: nowrap; }\n.tbt-table th.tbt-num { text-align: right; }\n.tbt-sort { border: 0; background: none; padding: 7px 8px; width: 100%; text-align: inherit; cursor: pointer; font-weight: 500; color: var(--tbt-muted); }\n.tbt-sort:hover, .tbt-sort-active { color: var(--tbt-fg); }\n.tbt-sort-arrow { margin-left: 4px; font-size: 9px; color: var(--tbt-faint); }\n.tbt-sort-active .tbt-sort-arrow { color: var(--tbt-accent); }\n.tbt-table td { padding: 5px 8px; border-bottom: 1px solid var(--tbt-grid); vertical-align: middle; }\n.tbt-table td.tbt-num { text-align: right; white-space: nowrap; }\n.tbt-table tbody tr { cursor: pointer; }\n.tbt-table tbody tr:hover { background: var(--tbt-panel-2); }\n.tbt-table tbody tr.tbt-selected { background: var(--tbt-select); box-shadow: inset 3px 0 0 var(--tbt-select-edge); }\n.tbt-table tbody tr.tbt-selected td { font-weight: 500; }\n.tbt-class-name { font-weight: 500; }\n.tbt-bar-cell { position: relative; display: inline-block; min-width: 64px; padding: 0 2px; }\n.tbt-bar { position: absolute; left: 0; bottom: -2px; height: 3px; border-radius: 2px; opacity: .85; }\n.tbt-bar-source .tbt-bar { background: var(--tbt-source); }\n.tbt-bar-target .tbt-bar { background: var(--tbt-target); }\n.tbt-bar-value { position: relative; }\n.tbt-tag { display: inline-block; margin: 1px 4px 1px 0; padding: 0 6px; border-radius: 9px; background: var(--tbt-code-bg);\n  border: 1px solid var(--tbt-border); font-size: 11px; white-space: nowrap; }\n\n/* layers, failures */\n.tbt-leep { display: flex; flex-wrap: wrap; gap: 2px 18px; margin-top: 6px; font-size: 12px; }\n.tbt-leep-row { display: flex; gap: 6px; align-items: center; }\n.tbt-leep-row .tbt-legend-swatch { width: 12px; }\n.tbt-leep-label { font-weight: 500; }\n.tbt-failures { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-direction: column; gap: 6px; max-height: 260px; overflow: auto; }\n.tbt-failures li { display: flex; flex-direction: column; padding: 6px 8px; border-left: 3px solid var(--tbt-bad); background: var(--tbt-panel-2); border-radius: 0 4px 4px 0; }\n.tbt-failure-where { font-weight: 500; font-size: 12px; }\n.tbt-failure-error { font-family: var(--tbt-mono); font-size: 11.5px; color: var(--tbt-muted); word-break: break-word; }\n.tbt-details summary { cursor: pointer; color: var(--tbt-muted); margin-top: 6px; }\n\n/* tooltip */\n.tbt-tooltip { position: absolute; display: none; z-index: 40; pointer-events: none; background: var(--tbt-panel); color: var(--tbt-fg);\n  border: 1px solid var(--tbt-border); border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 6px 9px; font-size: 12px;\n  max-width: 360px; }\n.tbt-tooltip-title { font-weight: 500; margin-bottom: 3px; }\n.tbt-tooltip-row { display: flex; align-items: center; gap: 6px; white-space: nowrap; }\n.tbt-tooltip-row.tbt-muted { color: var(--tbt-muted); }\n.tbt-swatch { display: inline-block; width: 16px; border-top: 2.5px solid; flex: none; }\n.tbt-tooltip-label { overflow: hidden; text-overflow: ellipsis; flex: 1; }\n.tbt-tooltip-value { font-variant-numeric: tabular-nums; font-weight: 500; margin-left: 10px; }\n\n@media (max-width: 1100px) {\n  .tbt-grid > .tbt-panel, .tbt-grid > .tbt-run-errors { grid-column: 1 / -1 !important; }\n}\n", Et = null;
function Dt(e = document) {
	Et && Et.ownerDocument === e && Et.isConnected || (Et = e.createElement("style"), Et.setAttribute("data-tb-transfer", ""), Et.textContent = Tt + wt, e.head.appendChild(Et));
}
// src/findings/format.ts
function Ot(e) {
	let t = e.value;
	if (t === null || !Number.isFinite(t)) return "–";
	switch (e.unit) {
		case "acc":
		case "fraction": return `${(100 * t).toFixed(1)}%`;
		case "pp": return `${t > 0 ? "+" : t < 0 ? "−" : "±"}${Math.abs(100 * t).toFixed(1)} pp`;
		case "count": return String(Math.round(t));
		default: {
			let e = Math.abs(t);
			return (e !== 0 && (e < .001 || e >= 1e4) ? t.toExponential(2) : String(Number(t.toPrecision(3)))).replace(/^-/, "−");
		}
	}
}
function kt(e) {
	let t = (t) => e.filter(t).length, n = [], r = (e, t, r) => {
		e && n.push(`${e} ${e === 1 ? t : r}`);
	};
	return r(t((e) => e.status === "found" && e.severity === "problem"), "problem", "problems"), r(t((e) => e.status === "found" && e.severity === "warning"), "warning", "warnings"), r(t((e) => e.status === "found" && e.severity === "note"), "note", "notes"), r(t((e) => e.status === "undecided"), "undecided", "undecided"), n.length ? n.join(" · ") : "nothing found";
}
// src/findings/link.ts
function At(e, t, n) {
	let r = t.get(), i = {};
	r.runs.includes(e.run) || (i.runs = [...r.runs, e.run]), j(n, r.step) !== e.step && (i.step = e.step), e.layer !== null && e.layer !== r.layer && (i.layer = e.layer), e.class !== null && e.class !== r.class && (i.class = e.class), Object.keys(i).length && t.set(i);
}
function jt(e, t = document) {
	let n = (e, n) => [...t.querySelectorAll(`[${e}]`)].find((t) => t.getAttribute(e) === n) ?? null;
	return (e.panel ? n("data-panel", e.panel) : null) ?? n("data-section", e.section);
}
function Mt(e, t = document) {
	let n = jt(e, t);
	if (!n) return null;
	let r = t.querySelector?.(".tbt-header");
	return n.style.scrollMarginTop = `${(r?.offsetHeight ?? 0) + 8}px`, n.scrollIntoView({
		block: "start",
		behavior: "auto"
	}), n.classList.remove("tbt-evidence"), n.offsetWidth, n.classList.add("tbt-evidence"), n.dataset.evidenceFor = e.run, n;
}
// src/findings/index.ts
var Nt = {
	problem: "Problem",
	warning: "Warning",
	note: "Note"
}, Pt = "\n.tbt-findings { display: flex; flex-direction: column; gap: 14px; }\n.tbt-findings-run-head { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; font-size: 13px; font-weight: 500; }\n.tbt-findings-run-head .tbt-run-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 50%; }\n.tbt-findings-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }\n.tbt-finding { display: grid; grid-template-columns: 88px 1fr auto; gap: 4px 12px; align-items: start; padding: 7px 10px;\n  border: 1px solid var(--tbt-border); border-left: 4px solid var(--tbt-sev); border-radius: 4px; background: var(--tbt-panel-2); }\n.tbt-finding { --tbt-sev: var(--tbt-faint); }\n.tbt-finding.tbt-sev-problem { --tbt-sev: var(--tbt-bad); }\n.tbt-finding.tbt-sev-warning { --tbt-sev: #b06000; }\nhtml.tbt-dark .tbt-finding.tbt-sev-warning { --tbt-sev: #fdd663; }\n.tbt-finding.tbt-sev-note { --tbt-sev: var(--tbt-target); }\n.tbt-finding.tbt-undecided { --tbt-sev: var(--tbt-faint); border-left-style: dashed; }\n.tbt-finding-badge { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .5px; color: var(--tbt-sev); padding-top: 1px; }\n.tbt-finding.tbt-undecided .tbt-finding-badge { color: var(--tbt-muted); }\n.tbt-finding-sentence { margin: 0; }\n.tbt-finding-numbers { margin: 2px 0 0; font-size: 12px; color: var(--tbt-fg); font-variant-numeric: tabular-nums; }\n.tbt-finding-numbers .tbt-num-label { color: var(--tbt-muted); }\n.tbt-finding-rule { margin: 2px 0 0; font-size: 11px; color: var(--tbt-muted); }\n.tbt-finding-link { align-self: center; height: 26px; border: 1px solid var(--tbt-border); border-radius: 4px; background: var(--tbt-panel);\n  color: var(--tbt-accent); padding: 0 10px; cursor: pointer; white-space: nowrap; font-size: 12px; }\n.tbt-finding-link:hover { border-color: var(--tbt-accent); }\n.tbt-findings-clear { margin-top: 6px; font-size: 12px; color: var(--tbt-muted); }\n.tbt-findings-clear summary { cursor: pointer; }\n.tbt-findings-clear ul { margin: 4px 0 0; padding-left: 18px; }\n.tbt-findings-clear .tbt-clear-title { color: var(--tbt-fg); }\n.tbt-findings-compared h4 { margin: 0 0 6px; font-size: 13px; font-weight: 500; }\n@keyframes tbt-evidence-flash { from { box-shadow: 0 0 0 3px var(--tbt-accent); } to { box-shadow: 0 0 0 3px transparent; } }\n.tbt-evidence { animation: tbt-evidence-flash 1.6s ease-out 1; }\n";
function Ft(e) {
	if (e.querySelector("style[data-tb-transfer-findings]")) return;
	let t = e.createElement("style");
	t.setAttribute("data-tb-transfer-findings", ""), t.textContent = Pt, e.head.appendChild(t);
}
function It(e, t) {
	let n = e.status === "undecided", r = L("li", {
		class: `tbt-finding tbt-sev-${e.severity}${n ? " tbt-undecided" : ""}`,
		"data-rule": e.rule,
		"data-status": e.status,
		"data-severity": e.severity
	}), i = L("span", { class: "tbt-finding-badge" }, n ? "Undecided" : Nt[e.severity]), a = L("div", { class: "tbt-finding-main" }, L("p", { class: "tbt-finding-sentence" }, e.sentence));
	if (e.numbers.length) {
		let t = L("p", { class: "tbt-finding-numbers" });
		e.numbers.forEach((e, n) => {
			n && t.append(" · "), t.append(L("span", { class: "tbt-num-label" }, `${e.label} `), L("span", { class: "tbt-num" }, Ot(e)));
		}), a.append(t);
	}
	if (a.append(L("p", { class: "tbt-finding-rule" }, `Rule: ${e.title} — ${e.threshold}.`)), r.append(i, a), e.link) {
		let n = [e.link.layer ? `layer ${e.link.layer}` : "", e.link.class === null ? "" : `class ${e.link.class}`].filter(Boolean).join(", "), i = L("button", {
			type: "button",
			class: "tbt-finding-link",
			title: `Select ${e.link.run} at step ${e.link.step}${n ? `, ${n}` : ""} and show the evidence`
		}, "Show evidence ›");
		i.addEventListener("click", () => t(e)), r.append(i);
	}
	return r;
}
function Lt(e, t, n) {
	let r = L("div", {
		class: "tbt-findings-run",
		"data-run-step": e.step ?? ""
	});
	if (r.dataset.run = e.run, e.error) return r.append(L("h4", { class: "tbt-findings-run-head" }, de({
		color: t,
		marker: "square",
		markerOnly: !0
	}), L("span", { class: "tbt-run-name" }, e.run)), L("p", { class: "tbt-error-message" }, `No findings: ${e.error}`)), r;
	let i = e.findings.filter((e) => e.status !== "clear"), a = e.findings.filter((e) => e.status === "clear");
	if (r.append(L("h4", { class: "tbt-findings-run-head" }, de({
		color: t,
		marker: "square",
		markerOnly: !0
	}), L("span", { class: "tbt-run-name" }, e.run), L("span", { class: "tbt-muted" }, `at step ${e.step} — ${kt(e.findings)}`))), i.length && r.append(L("ul", { class: "tbt-findings-list" }, i.map((e) => It(e, n)))), a.length) {
		let e = L("details", { class: "tbt-findings-clear" });
		e.append(L("summary", null, `${a.length} rule${a.length === 1 ? "" : "s"} checked with nothing found`), L("ul", null, a.map((e) => L("li", null, L("span", { class: "tbt-clear-title" }, `${e.title}: `), e.sentence)))), r.append(e);
	}
	return r;
}
function Rt(t) {
	let { panel: n, store: r, data: i, api: a } = t;
	Ft(n.root.ownerDocument);
	let o = 0, s = null, c = null, l = () => {}, u = (e) => {
		if (!e.link) return;
		let t = e.link, a = i.get().runs.find((e) => e.run === t.run)?.steps ?? [];
		At(t, r, a);
		let o = n.root.ownerDocument;
		requestAnimationFrame(() => requestAnimationFrame(() => Mt(t, o))), l();
		let s = i.subscribe((e) => e.stats, () => requestAnimationFrame(() => Mt(t, o))), c = o.defaultView, u = () => l(), d = setTimeout(u, 4e3);
		c?.addEventListener("wheel", u, {
			once: !0,
			passive: !0
		}), c?.addEventListener("keydown", u, { once: !0 }), c?.addEventListener("touchmove", u, {
			once: !0,
			passive: !0
		}), l = () => {
			s(), clearTimeout(d), c?.removeEventListener("wheel", u), c?.removeEventListener("keydown", u), c?.removeEventListener("touchmove", u), l = () => {};
		};
	}, d = (e) => {
		z(n.body);
		let r = L("div", { class: "tbt-findings" });
		for (let n of e.runs) r.append(Lt(n, t.runColor(n.run), u));
		let i = e.compared.filter((e) => e.status !== "clear");
		i.length && r.append(L("div", { class: "tbt-findings-compared" }, L("h4", null, "Runs compared"), L("ul", { class: "tbt-findings-list" }, i.map((e) => It(e, u))))), n.body.append(r), n.setState("ready"), n.root.dataset.rendered = "true";
	}, f = async () => {
		let t = ++o;
		s?.abort(), s = typeof AbortController < "u" ? new AbortController() : null;
		let l = new Set(i.get().runs.filter((e) => e.steps.length).map((e) => e.run)), u = r.get().runs.filter((e) => l.has(e));
		if (n.root.dataset.rendered = "false", i.get().status !== "ready") n.setState("loading");
		else if (!u.length) n.setState("empty", "Select a run to see its findings."), n.root.dataset.rendered = "true";
		else {
			c || n.setState("loading", "Checking the rules…");
			try {
				let e = await a.findings(u, r.get().step, { signal: s?.signal });
				if (t !== o) return;
				c = e, d(e);
			} catch (r) {
				if (t !== o || r?.name === "AbortError") return;
				n.setState("error", r instanceof e ? r.message : String(r?.message ?? r)), n.root.dataset.rendered = "true";
			}
		}
	};
	n.setExports({ csv: () => c && {
		name: "findings",
		rows: [
			[
				"run",
				"step",
				"rule",
				"status",
				"severity",
				"sentence",
				"threshold"
			],
			...c.runs.flatMap((e) => e.findings.map((t) => [
				e.run,
				e.step,
				t.rule,
				t.status,
				t.severity,
				t.sentence,
				t.threshold
			])),
			...c.compared.map((e) => [
				"",
				null,
				e.rule,
				e.status,
				e.severity,
				e.sentence,
				e.threshold
			])
		]
	} });
	let p = [
		r.subscribe((e) => [e.runs, e.step], () => void f()),
		r.subscribe((e) => e.theme, () => {
			c && d(c);
		}),
		i.subscribe((e) => [e.status, e.version], () => void f())
	];
	return f(), { destroy() {
		o++, s?.abort(), l(), p.forEach((e) => e());
	} };
}
function zt() {
	B({
		id: "findings",
		section: "findings",
		title: "Findings",
		info: "What went wrong in this transfer, for each selected run at the selected step: one sentence per finding, with the numbers behind it and the rule and threshold it applies (docs/findings.md). Undecided: a record the rule needs is missing. Show evidence selects the run, step, layer and class and scrolls to the view with the evidence.",
		span: 12,
		order: 0,
		mount: (e) => Rt(e)
	});
}
zt();
// src/statistics/level.ts
var Bt = "tb-transfer:stat-rendered", Vt = 2e3, Ht = "Transferability score at step t: accuracy of the current model on the target validation set (the target probe when there is no validation set) minus the accuracy of the pretrained model on the same data (direct reuse; step 0's performance). Positive: fine-tuning gained over reusing the pretrained model as it was. Undefined (gap) when the label spaces differ and no source head maps them.", Ut = {
	source: "source data",
	target: "target train",
	target_val: "target val"
};
function Wt(e, t) {
	let n = s[t];
	return e === "source" ? n.source : e === "target" ? n.target : n.targetDeep;
}
function Gt(e, t) {
	return L("div", { class: "tbt-run-title" }, de({
		color: t,
		markerOnly: !0,
		marker: "square"
	}), L("span", { class: "tbt-run-name" }, e));
}
function Kt(e, t) {
	return fe(e.runs.map((e) => ({
		id: e.run,
		label: e.run === t ? `${e.run} (reference)` : e.run,
		color: e.color,
		marker: "square",
		markerOnly: !0
	})), void 0, "Runs");
}
var qt = (e) => [
	e.runs,
	e.step,
	e.class,
	e.layer,
	e.compareMode,
	e.theme
], Jt = class {
	constructor(e, t) {
		this.grid = e, this.ctx = t, this.members = /* @__PURE__ */ new Map(), this.reports = /* @__PURE__ */ new Map(), this.view = null, this.drew = !1, this.t0 = 0, this.everRendered = !1, this.partialExpired = !1, this.partialTimer = null, this.marked = !1, e.dataset.panel = "statistics", e.dataset.rendered = "false", this.errorsBox = L("div", {
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
			}, Vt)), this.report(e.id, !t.loading.length), !1;
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
				performance.mark(Bt);
			} catch {}
		}
	}
	renderErrors(e) {
		let t = this.errorsBox;
		z(t), t.hidden = !e.errors.length;
		for (let n of e.errors) t.appendChild(L("div", {
			class: "tbt-run-error",
			"data-run-error": ""
		}, L("span", {
			class: "tbt-run-error-icon",
			"aria-hidden": "true"
		}, "⚠"), L("span", null, "Run "), L("strong", { class: "tbt-run-name" }, n.run), L("span", null, " could not be read: "), L("span", { class: "tbt-error-message" }, n.error)));
	}
}, Yt = /* @__PURE__ */ new WeakMap();
function Xt(e, t) {
	let n = Yt.get(e.grid);
	n || (n = new Jt(e.grid, e), Yt.set(e.grid, n));
	let r = n, i = null, a = H(e, (n, a) => {
		if (!r.gate(e.panel, n)) {
			i = null;
			return;
		}
		let o = Math.max(260, Math.round(a));
		try {
			t.controls?.(n);
			let e = `${rt(n)}|${t.key(n, o)}`;
			e === i ? t.same?.(n) : (i = e, t.draw(n, o));
		} catch (e) {
			throw i = null, e;
		} finally {
			r.report(e.panel.id, n.loading.length === 0);
		}
	}, {
		watch: qt,
		slack: 4
	});
	return r.join(e.panel.id, a.schedule), {
		schedule: a.schedule,
		destroy() {
			a.destroy(), r.leave(e.panel.id) && Yt.delete(e.grid);
		}
	};
}
// src/statistics/glance.ts
function Zt(e, t, n, r, i) {
	return L("div", {
		class: "tbt-kpi",
		title: r
	}, L("div", { class: "tbt-kpi-label" }, e), L("div", { class: `tbt-kpi-value ${n}`.trim() }, t), i ? L("div", { class: "tbt-kpi-sub" }, i) : null);
}
function Qt(e) {
	let t = L("div", { class: "tbt-cards" });
	for (let n of e.runs) {
		let e = n.info, r = Re(n.stats), i = r?.split ?? "target_val", a = n.t >= 0 ? Fe(n.stats, i, "accuracy")[n.t]?.y ?? null : null, o = Fe(n.stats, "source", "accuracy"), s = n.t >= 0 ? o[n.t]?.y ?? null : null, c = o[0]?.y ?? null, l = n.t >= 0 ? Le(n.stats)[n.t]?.y ?? null : null, u = e?.domain_names ?? {}, d = e?.probe, f = L("article", {
			class: "tbt-card",
			"data-run": ""
		}, Gt(n.run, n.color), L("div", { class: "tbt-card-meta" }, `${e?.model ?? "model"} · ${n.stats.class_names.length} classes · ${n.stats.layer_stats.layers.length} layers · step ${n.step ?? "–"} of ${n.stats.steps[n.stats.steps.length - 1] ?? "–"}`), L("div", { class: "tbt-card-domains" }, L("span", { class: "tbt-dom tbt-dom-source" }, `${u.source ?? "source"}${d ? ` (${d.source})` : ""}`), L("span", {
			class: "tbt-arrow",
			"aria-hidden": "true"
		}, " → "), L("span", { class: "tbt-dom tbt-dom-target" }, `${u.target ?? "target"}${d ? ` (${d.target})` : ""}`)), L("div", { class: "tbt-kpis" }, Zt("Transferability", Ye(l), l === null ? "" : l >= 0 ? "tbt-good" : "tbt-bad", Ht), Zt(i === "target_val" ? "Target val acc." : "Target acc.", Je(a), "", `Accuracy of the model at step ${n.step ?? "–"} on ${Ut[i]}; direct reuse of the pretrained model: ${Je(r?.value ?? null)}`, r ? `reuse ${Je(r.value)}` : void 0), Zt("Source acc.", Je(s), s !== null && c !== null && s < c - .05 ? "tbt-bad" : "", "Accuracy on the source probe: a drop from the pretrained model's means forgetting.", c === null ? void 0 : `pretrained ${Je(c)}`)));
		f.style.borderTopColor = n.color, t.appendChild(f);
	}
	return t;
}
B({
	id: "stat-summary",
	section: "statistical",
	title: "Runs at a glance",
	span: 12,
	order: 10,
	mount(e) {
		return Xt(e, {
			key: () => "",
			draw(t) {
				z(e.panel.body), e.panel.body.appendChild(Qt(t));
			}
		});
	}
});
// node_modules/d3-array/dist/d3-array.mjs
function $t(e, t) {
	return e == null || t == null ? NaN : e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function en(e, t) {
	return e == null || t == null ? NaN : t < e ? -1 : t > e ? 1 : t >= e ? 0 : NaN;
}
function tn(e) {
	let t, n, r;
	e.length === 2 ? (t = e === $t || e === en ? e : nn, n = e, r = e) : (t = $t, n = (t, n) => $t(e(t), n), r = (t, n) => e(t) - n);
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
function nn() {
	return 0;
}
function rn(e) {
	return e === null ? NaN : +e;
}
var an = tn($t), on = an.right;
an.left;
var sn = tn(rn).center, cn = class extends Map {
	constructor(e, t = fn) {
		if (super(), Object.defineProperties(this, {
			_intern: { value: /* @__PURE__ */ new Map() },
			_key: { value: t }
		}), e != null) for (let [t, n] of e) this.set(t, n);
	}
	get(e) {
		return super.get(ln(this, e));
	}
	has(e) {
		return super.has(ln(this, e));
	}
	set(e, t) {
		return super.set(un(this, e), t);
	}
	delete(e) {
		return super.delete(dn(this, e));
	}
};
function ln({ _intern: e, _key: t }, n) {
	let r = t(n);
	return e.has(r) ? e.get(r) : n;
}
function un({ _intern: e, _key: t }, n) {
	let r = t(n);
	return e.has(r) ? e.get(r) : (e.set(r, n), n);
}
function dn({ _intern: e, _key: t }, n) {
	let r = t(n);
	return e.has(r) && (n = e.get(r), e.delete(r)), n;
}
function fn(e) {
	return typeof e == "object" && e ? e.valueOf() : e;
}
Array.prototype.slice;
var pn = Math.sqrt(50), mn = Math.sqrt(10), hn = Math.sqrt(2);
function gn(e, t, n) {
	let r = (t - e) / Math.max(0, n), i = Math.floor(Math.log10(r)), a = r / 10 ** i, o = a >= pn ? 10 : a >= mn ? 5 : a >= hn ? 2 : 1, s, c, l;
	return i < 0 ? (l = 10 ** -i / o, s = Math.round(e * l), c = Math.round(t * l), s / l < e && ++s, c / l > t && --c, l = -l) : (l = 10 ** i * o, s = Math.round(e / l), c = Math.round(t / l), s * l < e && ++s, c * l > t && --c), c < s && .5 <= n && n < 2 ? gn(e, t, n * 2) : [
		s,
		c,
		l
	];
}
function _n(e, t, n) {
	if (t = +t, e = +e, n = +n, !(n > 0)) return [];
	if (e === t) return [e];
	let r = t < e, [i, a, o] = r ? gn(t, e, n) : gn(e, t, n);
	if (!(a >= i)) return [];
	let s = a - i + 1, c = Array(s);
	if (r) {
		if (o < 0) for (let e = 0; e < s; ++e) c[e] = (a - e) / -o;
		else for (let e = 0; e < s; ++e) c[e] = (a - e) * o;
	} else if (o < 0) for (let e = 0; e < s; ++e) c[e] = (i + e) / -o;
	else for (let e = 0; e < s; ++e) c[e] = (i + e) * o;
	return c;
}
function vn(e, t, n) {
	return t = +t, e = +e, n = +n, gn(e, t, n)[2];
}
function yn(e, t, n) {
	t = +t, e = +e, n = +n;
	let r = t < e, i = r ? vn(t, e, n) : vn(e, t, n);
	return (r ? -1 : 1) * (i < 0 ? 1 / -i : i);
}
function bn(e, t) {
	let n;
	if (t === void 0) for (let t of e) t != null && (n < t || n === void 0 && t >= t) && (n = t);
	else {
		let r = -1;
		for (let i of e) (i = t(i, ++r, e)) != null && (n < i || n === void 0 && i >= i) && (n = i);
	}
	return n;
}
function xn(e, t, n = rn) {
	if ((r = e.length) && !isNaN(t = +t)) {
		if (t <= 0 || r < 2) return +n(e[0], 0, e);
		if (t >= 1) return +n(e[r - 1], r - 1, e);
		var r, i = (r - 1) * t, a = Math.floor(i), o = +n(e[a], a, e);
		return o + (+n(e[a + 1], a + 1, e) - o) * (i - a);
	}
}
function Sn(e, t, n) {
	e = +e, t = +t, n = (i = arguments.length) < 2 ? (t = e, e = 0, 1) : i < 3 ? 1 : +n;
	for (var r = -1, i = Math.max(0, Math.ceil((t - e) / n)) | 0, a = Array(i); ++r < i;) a[r] = e + r * n;
	return a;
}
// node_modules/d3-axis/dist/d3-axis.mjs
function Cn(e) {
	return e;
}
var wn = 1, Tn = 2, En = 3, Dn = 4, On = 1e-6;
function kn(e) {
	return "translate(" + e + ",0)";
}
function An(e) {
	return "translate(0," + e + ")";
}
function jn(e) {
	return (t) => +e(t);
}
function Mn(e, t) {
	return t = Math.max(0, e.bandwidth() - t * 2) / 2, e.round() && (t = Math.round(t)), (n) => +e(n) + t;
}
function Nn() {
	return !this.__axis;
}
function Pn(e, t) {
	var n = [], r = null, i = null, a = 6, o = 6, s = 3, c = typeof window < "u" && window.devicePixelRatio > 1 ? 0 : .5, l = e === wn || e === Dn ? -1 : 1, u = e === Dn || e === Tn ? "x" : "y", d = e === wn || e === En ? kn : An;
	function f(f) {
		var p = r ?? (t.ticks ? t.ticks.apply(t, n) : t.domain()), m = i ?? (t.tickFormat ? t.tickFormat.apply(t, n) : Cn), h = Math.max(a, 0) + s, g = t.range(), _ = +g[0] + c, v = +g[g.length - 1] + c, y = (t.bandwidth ? Mn : jn)(t.copy(), c), b = f.selection ? f.selection() : f, x = b.selectAll(".domain").data([null]), S = b.selectAll(".tick").data(p, t).order(), C = S.exit(), w = S.enter().append("g").attr("class", "tick"), T = S.select("line"), E = S.select("text");
		x = x.merge(x.enter().insert("path", ".tick").attr("class", "domain").attr("stroke", "currentColor")), S = S.merge(w), T = T.merge(w.append("line").attr("stroke", "currentColor").attr(u + "2", l * a)), E = E.merge(w.append("text").attr("fill", "currentColor").attr(u, l * h).attr("dy", e === wn ? "0em" : e === En ? "0.71em" : "0.32em")), f !== b && (x = x.transition(f), S = S.transition(f), T = T.transition(f), E = E.transition(f), C = C.transition(f).attr("opacity", On).attr("transform", function(e) {
			return isFinite(e = y(e)) ? d(e + c) : this.getAttribute("transform");
		}), w.attr("opacity", On).attr("transform", function(e) {
			var t = this.parentNode.__axis;
			return d((t && isFinite(t = t(e)) ? t : y(e)) + c);
		})), C.remove(), x.attr("d", e === Dn || e === Tn ? o ? "M" + l * o + "," + _ + "H" + c + "V" + v + "H" + l * o : "M" + c + "," + _ + "V" + v : o ? "M" + _ + "," + l * o + "V" + c + "H" + v + "V" + l * o : "M" + _ + "," + c + "H" + v), S.attr("opacity", 1).attr("transform", function(e) {
			return d(y(e) + c);
		}), T.attr(u + "2", l * a), E.attr(u, l * h).text(m), b.filter(Nn).attr("fill", "none").attr("font-size", 10).attr("font-family", "sans-serif").attr("text-anchor", e === Tn ? "start" : e === Dn ? "end" : "middle"), b.each(function() {
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
function Fn(e) {
	return Pn(Tn, e);
}
function In(e) {
	return Pn(En, e);
}
function Ln(e) {
	return Pn(Dn, e);
}
// node_modules/d3-dispatch/dist/d3-dispatch.mjs
var Rn = { value: () => {} };
function zn() {
	for (var e = 0, t = arguments.length, n = {}, r; e < t; ++e) {
		if (!(r = arguments[e] + "") || r in n || /[\s.]/.test(r)) throw Error("illegal type: " + r);
		n[r] = [];
	}
	return new Bn(n);
}
function Bn(e) {
	this._ = e;
}
function Vn(e, t) {
	return e.trim().split(/^|\s+/).map(function(e) {
		var n = "", r = e.indexOf(".");
		if (r >= 0 && (n = e.slice(r + 1), e = e.slice(0, r)), e && !t.hasOwnProperty(e)) throw Error("unknown type: " + e);
		return {
			type: e,
			name: n
		};
	});
}
Bn.prototype = zn.prototype = {
	constructor: Bn,
	on: function(e, t) {
		var n = this._, r = Vn(e + "", n), i, a = -1, o = r.length;
		if (arguments.length < 2) {
			for (; ++a < o;) if ((i = (e = r[a]).type) && (i = Hn(n[i], e.name))) return i;
		} else {
			if (t != null && typeof t != "function") throw Error("invalid callback: " + t);
			for (; ++a < o;) if (i = (e = r[a]).type) n[i] = Un(n[i], e.name, t);
			else if (t == null) for (i in n) n[i] = Un(n[i], e.name, null);
			return this;
		}
	},
	copy: function() {
		var e = {}, t = this._;
		for (var n in t) e[n] = t[n].slice();
		return new Bn(e);
	},
	call: function(e, t) {
		if ((i = arguments.length - 2) > 0) for (var n = Array(i), r = 0, i, a; r < i; ++r) n[r] = arguments[r + 2];
		if (!this._.hasOwnProperty(e)) throw Error("unknown type: " + e);
		for (a = this._[e], r = 0, i = a.length; r < i; ++r) a[r].value.apply(t, n);
	},
	apply: function(e, t, n) {
		if (!this._.hasOwnProperty(e)) throw Error("unknown type: " + e);
		for (var r = this._[e], i = 0, a = r.length; i < a; ++i) r[i].value.apply(t, n);
	}
};
function Hn(e, t) {
	for (var n = 0, r = e.length, i; n < r; ++n) if ((i = e[n]).name === t) return i.value;
}
function Un(e, t, n) {
	for (var r = 0, i = e.length; r < i; ++r) if (e[r].name === t) {
		e[r] = Rn, e = e.slice(0, r).concat(e.slice(r + 1));
		break;
	}
	return n != null && e.push({
		name: t,
		value: n
	}), e;
}
// node_modules/d3-selection/dist/d3-selection.mjs
var Wn = "http://www.w3.org/1999/xhtml", Gn = {
	svg: "http://www.w3.org/2000/svg",
	xhtml: Wn,
	xlink: "http://www.w3.org/1999/xlink",
	xml: "http://www.w3.org/XML/1998/namespace",
	xmlns: "http://www.w3.org/2000/xmlns/"
};
function Kn(e) {
	var t = e += "", n = t.indexOf(":");
	return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Gn.hasOwnProperty(t) ? {
		space: Gn[t],
		local: e
	} : e;
}
function qn(e) {
	return function() {
		var t = this.ownerDocument, n = this.namespaceURI;
		return n === Wn && t.documentElement.namespaceURI === Wn ? t.createElement(e) : t.createElementNS(n, e);
	};
}
function Jn(e) {
	return function() {
		return this.ownerDocument.createElementNS(e.space, e.local);
	};
}
function Yn(e) {
	var t = Kn(e);
	return (t.local ? Jn : qn)(t);
}
function Xn() {}
function Zn(e) {
	return e == null ? Xn : function() {
		return this.querySelector(e);
	};
}
function Qn(e) {
	typeof e != "function" && (e = Zn(e));
	for (var t = this._groups, n = t.length, r = Array(n), i = 0; i < n; ++i) for (var a = t[i], o = a.length, s = r[i] = Array(o), c, l, u = 0; u < o; ++u) (c = a[u]) && (l = e.call(c, c.__data__, u, a)) && ("__data__" in c && (l.__data__ = c.__data__), s[u] = l);
	return new Bi(r, this._parents);
}
function $n(e) {
	return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function er() {
	return [];
}
function tr(e) {
	return e == null ? er : function() {
		return this.querySelectorAll(e);
	};
}
function nr(e) {
	return function() {
		return $n(e.apply(this, arguments));
	};
}
function rr(e) {
	e = typeof e == "function" ? nr(e) : tr(e);
	for (var t = this._groups, n = t.length, r = [], i = [], a = 0; a < n; ++a) for (var o = t[a], s = o.length, c, l = 0; l < s; ++l) (c = o[l]) && (r.push(e.call(c, c.__data__, l, o)), i.push(c));
	return new Bi(r, i);
}
function ir(e) {
	return function() {
		return this.matches(e);
	};
}
function ar(e) {
	return function(t) {
		return t.matches(e);
	};
}
var or = Array.prototype.find;
function sr(e) {
	return function() {
		return or.call(this.children, e);
	};
}
function cr() {
	return this.firstElementChild;
}
function lr(e) {
	return this.select(e == null ? cr : sr(typeof e == "function" ? e : ar(e)));
}
var ur = Array.prototype.filter;
function dr() {
	return Array.from(this.children);
}
function fr(e) {
	return function() {
		return ur.call(this.children, e);
	};
}
function pr(e) {
	return this.selectAll(e == null ? dr : fr(typeof e == "function" ? e : ar(e)));
}
function mr(e) {
	typeof e != "function" && (e = ir(e));
	for (var t = this._groups, n = t.length, r = Array(n), i = 0; i < n; ++i) for (var a = t[i], o = a.length, s = r[i] = [], c, l = 0; l < o; ++l) (c = a[l]) && e.call(c, c.__data__, l, a) && s.push(c);
	return new Bi(r, this._parents);
}
function hr(e) {
	return Array(e.length);
}
function gr() {
	return new Bi(this._enter || this._groups.map(hr), this._parents);
}
function _r(e, t) {
	this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
_r.prototype = {
	constructor: _r,
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
function vr(e) {
	return function() {
		return e;
	};
}
function yr(e, t, n, r, i, a) {
	for (var o = 0, s, c = t.length, l = a.length; o < l; ++o) (s = t[o]) ? (s.__data__ = a[o], r[o] = s) : n[o] = new _r(e, a[o]);
	for (; o < c; ++o) (s = t[o]) && (i[o] = s);
}
function br(e, t, n, r, i, a, o) {
	var s, c, l = /* @__PURE__ */ new Map(), u = t.length, d = a.length, f = Array(u), p;
	for (s = 0; s < u; ++s) (c = t[s]) && (f[s] = p = o.call(c, c.__data__, s, t) + "", l.has(p) ? i[s] = c : l.set(p, c));
	for (s = 0; s < d; ++s) p = o.call(e, a[s], s, a) + "", (c = l.get(p)) ? (r[s] = c, c.__data__ = a[s], l.delete(p)) : n[s] = new _r(e, a[s]);
	for (s = 0; s < u; ++s) (c = t[s]) && l.get(f[s]) === c && (i[s] = c);
}
function xr(e) {
	return e.__data__;
}
function Sr(e, t) {
	if (!arguments.length) return Array.from(this, xr);
	var n = t ? br : yr, r = this._parents, i = this._groups;
	typeof e != "function" && (e = vr(e));
	for (var a = i.length, o = Array(a), s = Array(a), c = Array(a), l = 0; l < a; ++l) {
		var u = r[l], d = i[l], f = d.length, p = Cr(e.call(u, u && u.__data__, l, r)), m = p.length, h = s[l] = Array(m), g = o[l] = Array(m);
		n(u, d, h, g, c[l] = Array(f), p, t);
		for (var _ = 0, v = 0, y, b; _ < m; ++_) if (y = h[_]) {
			for (_ >= v && (v = _ + 1); !(b = g[v]) && ++v < m;);
			y._next = b || null;
		}
	}
	return o = new Bi(o, r), o._enter = s, o._exit = c, o;
}
function Cr(e) {
	return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function wr() {
	return new Bi(this._exit || this._groups.map(hr), this._parents);
}
function Tr(e, t, n) {
	var r = this.enter(), i = this, a = this.exit();
	return typeof e == "function" ? (r = e(r), r && (r = r.selection())) : r = r.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? a.remove() : n(a), r && i ? r.merge(i).order() : i;
}
function Er(e) {
	for (var t = e.selection ? e.selection() : e, n = this._groups, r = t._groups, i = n.length, a = r.length, o = Math.min(i, a), s = Array(i), c = 0; c < o; ++c) for (var l = n[c], u = r[c], d = l.length, f = s[c] = Array(d), p, m = 0; m < d; ++m) (p = l[m] || u[m]) && (f[m] = p);
	for (; c < i; ++c) s[c] = n[c];
	return new Bi(s, this._parents);
}
function Dr() {
	for (var e = this._groups, t = -1, n = e.length; ++t < n;) for (var r = e[t], i = r.length - 1, a = r[i], o; --i >= 0;) (o = r[i]) && (a && o.compareDocumentPosition(a) ^ 4 && a.parentNode.insertBefore(o, a), a = o);
	return this;
}
function Or(e) {
	e || (e = kr);
	function t(t, n) {
		return t && n ? e(t.__data__, n.__data__) : !t - !n;
	}
	for (var n = this._groups, r = n.length, i = Array(r), a = 0; a < r; ++a) {
		for (var o = n[a], s = o.length, c = i[a] = Array(s), l, u = 0; u < s; ++u) (l = o[u]) && (c[u] = l);
		c.sort(t);
	}
	return new Bi(i, this._parents).order();
}
function kr(e, t) {
	return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Ar() {
	var e = arguments[0];
	return arguments[0] = this, e.apply(null, arguments), this;
}
function jr() {
	return Array.from(this);
}
function Mr() {
	for (var e = this._groups, t = 0, n = e.length; t < n; ++t) for (var r = e[t], i = 0, a = r.length; i < a; ++i) {
		var o = r[i];
		if (o) return o;
	}
	return null;
}
function Nr() {
	let e = 0;
	for (let t of this) ++e;
	return e;
}
function Pr() {
	return !this.node();
}
function Fr(e) {
	for (var t = this._groups, n = 0, r = t.length; n < r; ++n) for (var i = t[n], a = 0, o = i.length, s; a < o; ++a) (s = i[a]) && e.call(s, s.__data__, a, i);
	return this;
}
function Ir(e) {
	return function() {
		this.removeAttribute(e);
	};
}
function Lr(e) {
	return function() {
		this.removeAttributeNS(e.space, e.local);
	};
}
function Rr(e, t) {
	return function() {
		this.setAttribute(e, t);
	};
}
function zr(e, t) {
	return function() {
		this.setAttributeNS(e.space, e.local, t);
	};
}
function Br(e, t) {
	return function() {
		var n = t.apply(this, arguments);
		n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
	};
}
function Vr(e, t) {
	return function() {
		var n = t.apply(this, arguments);
		n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
	};
}
function Hr(e, t) {
	var n = Kn(e);
	if (arguments.length < 2) {
		var r = this.node();
		return n.local ? r.getAttributeNS(n.space, n.local) : r.getAttribute(n);
	}
	return this.each((t == null ? n.local ? Lr : Ir : typeof t == "function" ? n.local ? Vr : Br : n.local ? zr : Rr)(n, t));
}
function Ur(e) {
	return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Wr(e) {
	return function() {
		this.style.removeProperty(e);
	};
}
function Gr(e, t, n) {
	return function() {
		this.style.setProperty(e, t, n);
	};
}
function Kr(e, t, n) {
	return function() {
		var r = t.apply(this, arguments);
		r == null ? this.style.removeProperty(e) : this.style.setProperty(e, r, n);
	};
}
function qr(e, t, n) {
	return arguments.length > 1 ? this.each((t == null ? Wr : typeof t == "function" ? Kr : Gr)(e, t, n ?? "")) : Jr(this.node(), e);
}
function Jr(e, t) {
	return e.style.getPropertyValue(t) || Ur(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Yr(e) {
	return function() {
		delete this[e];
	};
}
function Xr(e, t) {
	return function() {
		this[e] = t;
	};
}
function Zr(e, t) {
	return function() {
		var n = t.apply(this, arguments);
		n == null ? delete this[e] : this[e] = n;
	};
}
function Qr(e, t) {
	return arguments.length > 1 ? this.each((t == null ? Yr : typeof t == "function" ? Zr : Xr)(e, t)) : this.node()[e];
}
function $r(e) {
	return e.trim().split(/^|\s+/);
}
function ei(e) {
	return e.classList || new ti(e);
}
function ti(e) {
	this._node = e, this._names = $r(e.getAttribute("class") || "");
}
ti.prototype = {
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
function ni(e, t) {
	for (var n = ei(e), r = -1, i = t.length; ++r < i;) n.add(t[r]);
}
function ri(e, t) {
	for (var n = ei(e), r = -1, i = t.length; ++r < i;) n.remove(t[r]);
}
function ii(e) {
	return function() {
		ni(this, e);
	};
}
function ai(e) {
	return function() {
		ri(this, e);
	};
}
function oi(e, t) {
	return function() {
		(t.apply(this, arguments) ? ni : ri)(this, e);
	};
}
function si(e, t) {
	var n = $r(e + "");
	if (arguments.length < 2) {
		for (var r = ei(this.node()), i = -1, a = n.length; ++i < a;) if (!r.contains(n[i])) return !1;
		return !0;
	}
	return this.each((typeof t == "function" ? oi : t ? ii : ai)(n, t));
}
function ci() {
	this.textContent = "";
}
function li(e) {
	return function() {
		this.textContent = e;
	};
}
function ui(e) {
	return function() {
		var t = e.apply(this, arguments);
		this.textContent = t ?? "";
	};
}
function di(e) {
	return arguments.length ? this.each(e == null ? ci : (typeof e == "function" ? ui : li)(e)) : this.node().textContent;
}
function fi() {
	this.innerHTML = "";
}
function pi(e) {
	return function() {
		this.innerHTML = e;
	};
}
function mi(e) {
	return function() {
		var t = e.apply(this, arguments);
		this.innerHTML = t ?? "";
	};
}
function hi(e) {
	return arguments.length ? this.each(e == null ? fi : (typeof e == "function" ? mi : pi)(e)) : this.node().innerHTML;
}
function gi() {
	this.nextSibling && this.parentNode.appendChild(this);
}
function _i() {
	return this.each(gi);
}
function vi() {
	this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function yi() {
	return this.each(vi);
}
function bi(e) {
	var t = typeof e == "function" ? e : Yn(e);
	return this.select(function() {
		return this.appendChild(t.apply(this, arguments));
	});
}
function xi() {
	return null;
}
function Si(e, t) {
	var n = typeof e == "function" ? e : Yn(e), r = t == null ? xi : typeof t == "function" ? t : Zn(t);
	return this.select(function() {
		return this.insertBefore(n.apply(this, arguments), r.apply(this, arguments) || null);
	});
}
function Ci() {
	var e = this.parentNode;
	e && e.removeChild(this);
}
function wi() {
	return this.each(Ci);
}
function Ti() {
	var e = this.cloneNode(!1), t = this.parentNode;
	return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Ei() {
	var e = this.cloneNode(!0), t = this.parentNode;
	return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Di(e) {
	return this.select(e ? Ei : Ti);
}
function Oi(e) {
	return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function ki(e) {
	return function(t) {
		e.call(this, t, this.__data__);
	};
}
function Ai(e) {
	return e.trim().split(/^|\s+/).map(function(e) {
		var t = "", n = e.indexOf(".");
		return n >= 0 && (t = e.slice(n + 1), e = e.slice(0, n)), {
			type: e,
			name: t
		};
	});
}
function ji(e) {
	return function() {
		var t = this.__on;
		if (t) {
			for (var n = 0, r = -1, i = t.length, a; n < i; ++n) a = t[n], (!e.type || a.type === e.type) && a.name === e.name ? this.removeEventListener(a.type, a.listener, a.options) : t[++r] = a;
			++r ? t.length = r : delete this.__on;
		}
	};
}
function Mi(e, t, n) {
	return function() {
		var r = this.__on, i, a = ki(t);
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
function Ni(e, t, n) {
	var r = Ai(e + ""), i, a = r.length, o;
	if (arguments.length < 2) {
		var s = this.node().__on;
		if (s) {
			for (var c = 0, l = s.length, u; c < l; ++c) for (i = 0, u = s[c]; i < a; ++i) if ((o = r[i]).type === u.type && o.name === u.name) return u.value;
		}
	} else {
		for (s = t ? Mi : ji, i = 0; i < a; ++i) this.each(s(r[i], t, n));
		return this;
	}
}
function Pi(e, t, n) {
	var r = Ur(e), i = r.CustomEvent;
	typeof i == "function" ? i = new i(t, n) : (i = r.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Fi(e, t) {
	return function() {
		return Pi(this, e, t);
	};
}
function Ii(e, t) {
	return function() {
		return Pi(this, e, t.apply(this, arguments));
	};
}
function Li(e, t) {
	return this.each((typeof t == "function" ? Ii : Fi)(e, t));
}
function* Ri() {
	for (var e = this._groups, t = 0, n = e.length; t < n; ++t) for (var r = e[t], i = 0, a = r.length, o; i < a; ++i) (o = r[i]) && (yield o);
}
var zi = [null];
function Bi(e, t) {
	this._groups = e, this._parents = t;
}
function Vi() {
	return new Bi([[document.documentElement]], zi);
}
function Hi() {
	return this;
}
Bi.prototype = Vi.prototype = {
	constructor: Bi,
	select: Qn,
	selectAll: rr,
	selectChild: lr,
	selectChildren: pr,
	filter: mr,
	data: Sr,
	enter: gr,
	exit: wr,
	join: Tr,
	merge: Er,
	selection: Hi,
	order: Dr,
	sort: Or,
	call: Ar,
	nodes: jr,
	node: Mr,
	size: Nr,
	empty: Pr,
	each: Fr,
	attr: Hr,
	style: qr,
	property: Qr,
	classed: si,
	text: di,
	html: hi,
	raise: _i,
	lower: yi,
	append: bi,
	insert: Si,
	remove: wi,
	clone: Di,
	datum: Oi,
	on: Ni,
	dispatch: Li,
	[Symbol.iterator]: Ri
};
function U(e) {
	return typeof e == "string" ? new Bi([[document.querySelector(e)]], [document.documentElement]) : new Bi([[e]], zi);
}
var Ui = 0;
function Wi() {
	return new Gi();
}
function Gi() {
	this._ = "@" + (++Ui).toString(36);
}
Gi.prototype = Wi.prototype = {
	constructor: Gi,
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
function Ki(e) {
	let t;
	for (; t = e.sourceEvent;) e = t;
	return e;
}
function W(e, t) {
	if (e = Ki(e), t === void 0 && (t = e.currentTarget), t) {
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
// node_modules/d3-drag/dist/d3-drag.mjs
var qi = {
	capture: !0,
	passive: !1
};
function Ji(e) {
	e.preventDefault(), e.stopImmediatePropagation();
}
function Yi(e) {
	var t = e.document.documentElement, n = U(e).on("dragstart.drag", Ji, qi);
	"onselectstart" in t ? n.on("selectstart.drag", Ji, qi) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Xi(e, t) {
	var n = e.document.documentElement, r = U(e).on("dragstart.drag", null);
	t && (r.on("click.drag", Ji, qi), setTimeout(function() {
		r.on("click.drag", null);
	}, 0)), "onselectstart" in n ? r.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
function Zi(e, { sourceEvent: t, subject: n, target: r, identifier: i, active: a, x: o, y: s, dx: c, dy: l, dispatch: u }) {
	Object.defineProperties(this, {
		type: {
			value: e,
			enumerable: !0,
			configurable: !0
		},
		sourceEvent: {
			value: t,
			enumerable: !0,
			configurable: !0
		},
		subject: {
			value: n,
			enumerable: !0,
			configurable: !0
		},
		target: {
			value: r,
			enumerable: !0,
			configurable: !0
		},
		identifier: {
			value: i,
			enumerable: !0,
			configurable: !0
		},
		active: {
			value: a,
			enumerable: !0,
			configurable: !0
		},
		x: {
			value: o,
			enumerable: !0,
			configurable: !0
		},
		y: {
			value: s,
			enumerable: !0,
			configurable: !0
		},
		dx: {
			value: c,
			enumerable: !0,
			configurable: !0
		},
		dy: {
			value: l,
			enumerable: !0,
			configurable: !0
		},
		_: { value: u }
	});
}
Zi.prototype.on = function() {
	var e = this._.on.apply(this._, arguments);
	return e === this._ ? this : e;
};
// node_modules/d3-color/dist/d3-color.mjs
function Qi(e, t, n) {
	e.prototype = t.prototype = n, n.constructor = e;
}
function $i(e, t) {
	var n = Object.create(e.prototype);
	for (var r in t) n[r] = t[r];
	return n;
}
function ea() {}
var ta = .7, na = 1 / ta, ra = "\\s*([+-]?\\d+)\\s*", ia = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", aa = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", oa = /^#([0-9a-f]{3,8})$/, sa = RegExp(`^rgb\\(${ra},${ra},${ra}\\)$`), ca = RegExp(`^rgb\\(${aa},${aa},${aa}\\)$`), la = RegExp(`^rgba\\(${ra},${ra},${ra},${ia}\\)$`), ua = RegExp(`^rgba\\(${aa},${aa},${aa},${ia}\\)$`), da = RegExp(`^hsl\\(${ia},${aa},${aa}\\)$`), fa = RegExp(`^hsla\\(${ia},${aa},${aa},${ia}\\)$`), pa = {
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
Qi(ea, va, {
	copy(e) {
		return Object.assign(new this.constructor(), this, e);
	},
	displayable() {
		return this.rgb().displayable();
	},
	hex: ma,
	formatHex: ma,
	formatHex8: ha,
	formatHsl: ga,
	formatRgb: _a,
	toString: _a
});
function ma() {
	return this.rgb().formatHex();
}
function ha() {
	return this.rgb().formatHex8();
}
function ga() {
	return Aa(this).formatHsl();
}
function _a() {
	return this.rgb().formatRgb();
}
function va(e) {
	var t, n;
	return e = (e + "").trim().toLowerCase(), (t = oa.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? ya(t) : n === 3 ? new G(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? ba(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? ba(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = sa.exec(e)) ? new G(t[1], t[2], t[3], 1) : (t = ca.exec(e)) ? new G(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = la.exec(e)) ? ba(t[1], t[2], t[3], t[4]) : (t = ua.exec(e)) ? ba(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = da.exec(e)) ? ka(t[1], t[2] / 100, t[3] / 100, 1) : (t = fa.exec(e)) ? ka(t[1], t[2] / 100, t[3] / 100, t[4]) : pa.hasOwnProperty(e) ? ya(pa[e]) : e === "transparent" ? new G(NaN, NaN, NaN, 0) : null;
}
function ya(e) {
	return new G(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function ba(e, t, n, r) {
	return r <= 0 && (e = t = n = NaN), new G(e, t, n, r);
}
function xa(e) {
	return e instanceof ea || (e = va(e)), e ? (e = e.rgb(), new G(e.r, e.g, e.b, e.opacity)) : new G();
}
function Sa(e, t, n, r) {
	return arguments.length === 1 ? xa(e) : new G(e, t, n, r ?? 1);
}
function G(e, t, n, r) {
	this.r = +e, this.g = +t, this.b = +n, this.opacity = +r;
}
Qi(G, Sa, $i(ea, {
	brighter(e) {
		return e = e == null ? na : na ** +e, new G(this.r * e, this.g * e, this.b * e, this.opacity);
	},
	darker(e) {
		return e = e == null ? ta : ta ** +e, new G(this.r * e, this.g * e, this.b * e, this.opacity);
	},
	rgb() {
		return this;
	},
	clamp() {
		return new G(Da(this.r), Da(this.g), Da(this.b), Ea(this.opacity));
	},
	displayable() {
		return -.5 <= this.r && this.r < 255.5 && -.5 <= this.g && this.g < 255.5 && -.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
	},
	hex: Ca,
	formatHex: Ca,
	formatHex8: wa,
	formatRgb: Ta,
	toString: Ta
}));
function Ca() {
	return `#${Oa(this.r)}${Oa(this.g)}${Oa(this.b)}`;
}
function wa() {
	return `#${Oa(this.r)}${Oa(this.g)}${Oa(this.b)}${Oa((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Ta() {
	let e = Ea(this.opacity);
	return `${e === 1 ? "rgb(" : "rgba("}${Da(this.r)}, ${Da(this.g)}, ${Da(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function Ea(e) {
	return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Da(e) {
	return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Oa(e) {
	return e = Da(e), (e < 16 ? "0" : "") + e.toString(16);
}
function ka(e, t, n, r) {
	return r <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Ma(e, t, n, r);
}
function Aa(e) {
	if (e instanceof Ma) return new Ma(e.h, e.s, e.l, e.opacity);
	if (e instanceof ea || (e = va(e)), !e) return new Ma();
	if (e instanceof Ma) return e;
	e = e.rgb();
	var t = e.r / 255, n = e.g / 255, r = e.b / 255, i = Math.min(t, n, r), a = Math.max(t, n, r), o = NaN, s = a - i, c = (a + i) / 2;
	return s ? (o = t === a ? (n - r) / s + (n < r) * 6 : n === a ? (r - t) / s + 2 : (t - n) / s + 4, s /= c < .5 ? a + i : 2 - a - i, o *= 60) : s = c > 0 && c < 1 ? 0 : o, new Ma(o, s, c, e.opacity);
}
function ja(e, t, n, r) {
	return arguments.length === 1 ? Aa(e) : new Ma(e, t, n, r ?? 1);
}
function Ma(e, t, n, r) {
	this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
Qi(Ma, ja, $i(ea, {
	brighter(e) {
		return e = e == null ? na : na ** +e, new Ma(this.h, this.s, this.l * e, this.opacity);
	},
	darker(e) {
		return e = e == null ? ta : ta ** +e, new Ma(this.h, this.s, this.l * e, this.opacity);
	},
	rgb() {
		var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, r = n + (n < .5 ? n : 1 - n) * t, i = 2 * n - r;
		return new G(Fa(e >= 240 ? e - 240 : e + 120, i, r), Fa(e, i, r), Fa(e < 120 ? e + 240 : e - 120, i, r), this.opacity);
	},
	clamp() {
		return new Ma(Na(this.h), Pa(this.s), Pa(this.l), Ea(this.opacity));
	},
	displayable() {
		return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
	},
	formatHsl() {
		let e = Ea(this.opacity);
		return `${e === 1 ? "hsl(" : "hsla("}${Na(this.h)}, ${Pa(this.s) * 100}%, ${Pa(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
	}
}));
function Na(e) {
	return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Pa(e) {
	return Math.max(0, Math.min(1, e || 0));
}
function Fa(e, t, n) {
	return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
var Ia = Math.PI / 180, La = 180 / Math.PI, Ra = 18, za = .96422, Ba = 1, Va = .82521, Ha = 4 / 29, Ua = 6 / 29, Wa = 3 * Ua * Ua, Ga = Ua * Ua * Ua;
function Ka(e) {
	if (e instanceof Ja) return new Ja(e.l, e.a, e.b, e.opacity);
	if (e instanceof to) return no(e);
	e instanceof G || (e = xa(e));
	var t = Qa(e.r), n = Qa(e.g), r = Qa(e.b), i = Ya((.2225045 * t + .7168786 * n + .0606169 * r) / Ba), a, o;
	return t === n && n === r ? a = o = i : (a = Ya((.4360747 * t + .3850649 * n + .1430804 * r) / za), o = Ya((.0139322 * t + .0971045 * n + .7141733 * r) / Va)), new Ja(116 * i - 16, 500 * (a - i), 200 * (i - o), e.opacity);
}
function qa(e, t, n, r) {
	return arguments.length === 1 ? Ka(e) : new Ja(e, t, n, r ?? 1);
}
function Ja(e, t, n, r) {
	this.l = +e, this.a = +t, this.b = +n, this.opacity = +r;
}
Qi(Ja, qa, $i(ea, {
	brighter(e) {
		return new Ja(this.l + Ra * (e ?? 1), this.a, this.b, this.opacity);
	},
	darker(e) {
		return new Ja(this.l - Ra * (e ?? 1), this.a, this.b, this.opacity);
	},
	rgb() {
		var e = (this.l + 16) / 116, t = isNaN(this.a) ? e : e + this.a / 500, n = isNaN(this.b) ? e : e - this.b / 200;
		return t = za * Xa(t), e = Ba * Xa(e), n = Va * Xa(n), new G(Za(3.1338561 * t - 1.6168667 * e - .4906146 * n), Za(-.9787684 * t + 1.9161415 * e + .033454 * n), Za(.0719453 * t - .2289914 * e + 1.4052427 * n), this.opacity);
	}
}));
function Ya(e) {
	return e > Ga ? e ** (1 / 3) : e / Wa + Ha;
}
function Xa(e) {
	return e > Ua ? e * e * e : Wa * (e - Ha);
}
function Za(e) {
	return 255 * (e <= .0031308 ? 12.92 * e : 1.055 * e ** (1 / 2.4) - .055);
}
function Qa(e) {
	return (e /= 255) <= .04045 ? e / 12.92 : ((e + .055) / 1.055) ** 2.4;
}
function $a(e) {
	if (e instanceof to) return new to(e.h, e.c, e.l, e.opacity);
	if (e instanceof Ja || (e = Ka(e)), e.a === 0 && e.b === 0) return new to(NaN, 0 < e.l && e.l < 100 ? 0 : NaN, e.l, e.opacity);
	var t = Math.atan2(e.b, e.a) * La;
	return new to(t < 0 ? t + 360 : t, Math.sqrt(e.a * e.a + e.b * e.b), e.l, e.opacity);
}
function eo(e, t, n, r) {
	return arguments.length === 1 ? $a(e) : new to(e, t, n, r ?? 1);
}
function to(e, t, n, r) {
	this.h = +e, this.c = +t, this.l = +n, this.opacity = +r;
}
function no(e) {
	if (isNaN(e.h)) return new Ja(e.l, 0, 0, e.opacity);
	var t = e.h * Ia;
	return new Ja(e.l, Math.cos(t) * e.c, Math.sin(t) * e.c, e.opacity);
}
Qi(to, eo, $i(ea, {
	brighter(e) {
		return new to(this.h, this.c, this.l + Ra * (e ?? 1), this.opacity);
	},
	darker(e) {
		return new to(this.h, this.c, this.l - Ra * (e ?? 1), this.opacity);
	},
	rgb() {
		return no(this).rgb();
	}
}));
var ro = -.14861, io = 1.78277, ao = -.29227, oo = -.90649, so = 1.97294, co = so * oo, lo = so * io, uo = io * ao - oo * ro;
function fo(e) {
	if (e instanceof mo) return new mo(e.h, e.s, e.l, e.opacity);
	e instanceof G || (e = xa(e));
	var t = e.r / 255, n = e.g / 255, r = e.b / 255, i = (uo * r + co * t - lo * n) / (uo + co - lo), a = r - i, o = (so * (n - i) - ao * a) / oo, s = Math.sqrt(o * o + a * a) / (so * i * (1 - i)), c = s ? Math.atan2(o, a) * La - 120 : NaN;
	return new mo(c < 0 ? c + 360 : c, s, i, e.opacity);
}
function po(e, t, n, r) {
	return arguments.length === 1 ? fo(e) : new mo(e, t, n, r ?? 1);
}
function mo(e, t, n, r) {
	this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
Qi(mo, po, $i(ea, {
	brighter(e) {
		return e = e == null ? na : na ** +e, new mo(this.h, this.s, this.l * e, this.opacity);
	},
	darker(e) {
		return e = e == null ? ta : ta ** +e, new mo(this.h, this.s, this.l * e, this.opacity);
	},
	rgb() {
		var e = isNaN(this.h) ? 0 : (this.h + 120) * Ia, t = +this.l, n = isNaN(this.s) ? 0 : this.s * t * (1 - t), r = Math.cos(e), i = Math.sin(e);
		return new G(255 * (t + n * (ro * r + io * i)), 255 * (t + n * (ao * r + oo * i)), 255 * (t + so * r * n), this.opacity);
	}
}));
// node_modules/d3-interpolate/dist/d3-interpolate.mjs
function ho(e, t, n, r, i) {
	var a = e * e, o = a * e;
	return ((1 - 3 * e + 3 * a - o) * t + (4 - 6 * a + 3 * o) * n + (1 + 3 * e + 3 * a - 3 * o) * r + o * i) / 6;
}
function go(e) {
	var t = e.length - 1;
	return function(n) {
		var r = n <= 0 ? n = 0 : n >= 1 ? (n = 1, t - 1) : Math.floor(n * t), i = e[r], a = e[r + 1], o = r > 0 ? e[r - 1] : 2 * i - a, s = r < t - 1 ? e[r + 2] : 2 * a - i;
		return ho((n - r / t) * t, o, i, a, s);
	};
}
var _o = (e) => () => e;
function vo(e, t) {
	return function(n) {
		return e + n * t;
	};
}
function yo(e, t, n) {
	return e **= +n, t = t ** +n - e, n = 1 / n, function(r) {
		return (e + r * t) ** +n;
	};
}
function bo(e, t) {
	var n = t - e;
	return n ? vo(e, n > 180 || n < -180 ? n - 360 * Math.round(n / 360) : n) : _o(isNaN(e) ? t : e);
}
function xo(e) {
	return (e = +e) == 1 ? So : function(t, n) {
		return n - t ? yo(t, n, e) : _o(isNaN(t) ? n : t);
	};
}
function So(e, t) {
	var n = t - e;
	return n ? vo(e, n) : _o(isNaN(e) ? t : e);
}
var Co = (function e(t) {
	var n = xo(t);
	function r(e, t) {
		var r = n((e = Sa(e)).r, (t = Sa(t)).r), i = n(e.g, t.g), a = n(e.b, t.b), o = So(e.opacity, t.opacity);
		return function(t) {
			return e.r = r(t), e.g = i(t), e.b = a(t), e.opacity = o(t), e + "";
		};
	}
	return r.gamma = e, r;
})(1);
function wo(e) {
	return function(t) {
		for (var n = t.length, r = Array(n), i = Array(n), a = Array(n), o = 0, s; o < n; ++o) s = Sa(t[o]), r[o] = s.r || 0, i[o] = s.g || 0, a[o] = s.b || 0;
		return r = e(r), i = e(i), a = e(a), s.opacity = 1, function(e) {
			return s.r = r(e), s.g = i(e), s.b = a(e), s + "";
		};
	};
}
var To = wo(go);
function Eo(e, t) {
	t || (t = []);
	var n = e ? Math.min(t.length, e.length) : 0, r = t.slice(), i;
	return function(a) {
		for (i = 0; i < n; ++i) r[i] = e[i] * (1 - a) + t[i] * a;
		return r;
	};
}
function Do(e) {
	return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function Oo(e, t) {
	for (var n = t ? t.length : 0, r = e ? Math.min(n, e.length) : 0, i = Array(r), a = Array(n), o = 0; o < r; ++o) i[o] = Lo(e[o], t[o]);
	for (; o < n; ++o) a[o] = t[o];
	return function(e) {
		for (o = 0; o < r; ++o) a[o] = i[o](e);
		return a;
	};
}
function ko(e, t) {
	var n = /* @__PURE__ */ new Date();
	return e = +e, t = +t, function(r) {
		return n.setTime(e * (1 - r) + t * r), n;
	};
}
function Ao(e, t) {
	return e = +e, t = +t, function(n) {
		return e * (1 - n) + t * n;
	};
}
function jo(e, t) {
	var n = {}, r = {}, i;
	for (i in typeof e == "object" && e || (e = {}), typeof t == "object" && t || (t = {}), t) i in e ? n[i] = Lo(e[i], t[i]) : r[i] = t[i];
	return function(e) {
		for (i in n) r[i] = n[i](e);
		return r;
	};
}
var Mo = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, No = new RegExp(Mo.source, "g");
function Po(e) {
	return function() {
		return e;
	};
}
function Fo(e) {
	return function(t) {
		return e(t) + "";
	};
}
function Io(e, t) {
	var n = Mo.lastIndex = No.lastIndex = 0, r, i, a, o = -1, s = [], c = [];
	for (e += "", t += ""; (r = Mo.exec(e)) && (i = No.exec(t));) (a = i.index) > n && (a = t.slice(n, a), s[o] ? s[o] += a : s[++o] = a), (r = r[0]) === (i = i[0]) ? s[o] ? s[o] += i : s[++o] = i : (s[++o] = null, c.push({
		i: o,
		x: Ao(r, i)
	})), n = No.lastIndex;
	return n < t.length && (a = t.slice(n), s[o] ? s[o] += a : s[++o] = a), s.length < 2 ? c[0] ? Fo(c[0].x) : Po(t) : (t = c.length, function(e) {
		for (var n = 0, r; n < t; ++n) s[(r = c[n]).i] = r.x(e);
		return s.join("");
	});
}
function Lo(e, t) {
	var n = typeof t, r;
	return t == null || n === "boolean" ? _o(t) : (n === "number" ? Ao : n === "string" ? (r = va(t)) ? (t = r, Co) : Io : t instanceof va ? Co : t instanceof Date ? ko : Do(t) ? Eo : Array.isArray(t) ? Oo : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? jo : Ao)(e, t);
}
function Ro(e, t) {
	return e = +e, t = +t, function(n) {
		return Math.round(e * (1 - n) + t * n);
	};
}
var zo = 180 / Math.PI, Bo = {
	translateX: 0,
	translateY: 0,
	rotate: 0,
	skewX: 0,
	scaleX: 1,
	scaleY: 1
};
function Vo(e, t, n, r, i, a) {
	var o, s, c;
	return (o = Math.sqrt(e * e + t * t)) && (e /= o, t /= o), (c = e * n + t * r) && (n -= e * c, r -= t * c), (s = Math.sqrt(n * n + r * r)) && (n /= s, r /= s, c /= s), e * r < t * n && (e = -e, t = -t, c = -c, o = -o), {
		translateX: i,
		translateY: a,
		rotate: Math.atan2(t, e) * zo,
		skewX: Math.atan(c) * zo,
		scaleX: o,
		scaleY: s
	};
}
var Ho;
function Uo(e) {
	let t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
	return t.isIdentity ? Bo : Vo(t.a, t.b, t.c, t.d, t.e, t.f);
}
function Wo(e) {
	return e == null || (Ho || (Ho = document.createElementNS("http://www.w3.org/2000/svg", "g")), Ho.setAttribute("transform", e), !(e = Ho.transform.baseVal.consolidate())) ? Bo : (e = e.matrix, Vo(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Go(e, t, n, r) {
	function i(e) {
		return e.length ? e.pop() + " " : "";
	}
	function a(e, r, i, a, o, s) {
		if (e !== i || r !== a) {
			var c = o.push("translate(", null, t, null, n);
			s.push({
				i: c - 4,
				x: Ao(e, i)
			}, {
				i: c - 2,
				x: Ao(r, a)
			});
		} else (i || a) && o.push("translate(" + i + t + a + n);
	}
	function o(e, t, n, a) {
		e === t ? t && n.push(i(n) + "rotate(" + t + r) : (e - t > 180 ? t += 360 : t - e > 180 && (e += 360), a.push({
			i: n.push(i(n) + "rotate(", null, r) - 2,
			x: Ao(e, t)
		}));
	}
	function s(e, t, n, a) {
		e === t ? t && n.push(i(n) + "skewX(" + t + r) : a.push({
			i: n.push(i(n) + "skewX(", null, r) - 2,
			x: Ao(e, t)
		});
	}
	function c(e, t, n, r, a, o) {
		if (e !== n || t !== r) {
			var s = a.push(i(a) + "scale(", null, ",", null, ")");
			o.push({
				i: s - 4,
				x: Ao(e, n)
			}, {
				i: s - 2,
				x: Ao(t, r)
			});
		} else (n !== 1 || r !== 1) && a.push(i(a) + "scale(" + n + "," + r + ")");
	}
	return function(t, n) {
		var r = [], i = [];
		return t = e(t), n = e(n), a(t.translateX, t.translateY, n.translateX, n.translateY, r, i), o(t.rotate, n.rotate, r, i), s(t.skewX, n.skewX, r, i), c(t.scaleX, t.scaleY, n.scaleX, n.scaleY, r, i), t = n = null, function(e) {
			for (var t = -1, n = i.length, a; ++t < n;) r[(a = i[t]).i] = a.x(e);
			return r.join("");
		};
	};
}
var Ko = Go(Uo, "px, ", "px)", "deg)"), qo = Go(Wo, ", ", ")", ")"), Jo = 1e-12;
function Yo(e) {
	return ((e = Math.exp(e)) + 1 / e) / 2;
}
function Xo(e) {
	return ((e = Math.exp(e)) - 1 / e) / 2;
}
function Zo(e) {
	return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
var Qo = (function e(t, n, r) {
	function i(e, i) {
		var a = e[0], o = e[1], s = e[2], c = i[0], l = i[1], u = i[2], d = c - a, f = l - o, p = d * d + f * f, m, h;
		if (p < Jo) h = Math.log(u / s) / t, m = function(e) {
			return [
				a + e * d,
				o + e * f,
				s * Math.exp(t * e * h)
			];
		};
		else {
			var g = Math.sqrt(p), _ = (u * u - s * s + r * p) / (2 * s * n * g), v = (u * u - s * s - r * p) / (2 * u * n * g), y = Math.log(Math.sqrt(_ * _ + 1) - _);
			h = (Math.log(Math.sqrt(v * v + 1) - v) - y) / t, m = function(e) {
				var r = e * h, i = Yo(y), c = s / (n * g) * (i * Zo(t * r + y) - Xo(y));
				return [
					a + c * d,
					o + c * f,
					s * i / Yo(t * r + y)
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
function $o(e) {
	return (function t(n) {
		n = +n;
		function r(t, r) {
			var i = e((t = po(t)).h, (r = po(r)).h), a = So(t.s, r.s), o = So(t.l, r.l), s = So(t.opacity, r.opacity);
			return function(e) {
				return t.h = i(e), t.s = a(e), t.l = o(e ** +n), t.opacity = s(e), t + "";
			};
		}
		return r.gamma = t, r;
	})(1);
}
$o(bo), $o(So);
// node_modules/d3-timer/dist/d3-timer.mjs
var es = 0, ts = 0, ns = 0, rs = 1e3, is, as, os = 0, ss = 0, cs = 0, ls = typeof performance == "object" && performance.now ? performance : Date, us = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
	setTimeout(e, 17);
};
function ds() {
	return ss || (us(fs), ss = ls.now() + cs);
}
function fs() {
	ss = 0;
}
function ps() {
	this._call = this._time = this._next = null;
}
ps.prototype = ms.prototype = {
	constructor: ps,
	restart: function(e, t, n) {
		if (typeof e != "function") throw TypeError("callback is not a function");
		n = (n == null ? ds() : +n) + (t == null ? 0 : +t), !this._next && as !== this && (as ? as._next = this : is = this, as = this), this._call = e, this._time = n, ys();
	},
	stop: function() {
		this._call && (this._call = null, this._time = Infinity, ys());
	}
};
function ms(e, t, n) {
	var r = new ps();
	return r.restart(e, t, n), r;
}
function hs() {
	ds(), ++es;
	for (var e = is, t; e;) (t = ss - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
	--es;
}
function gs() {
	ss = (os = ls.now()) + cs, es = ts = 0;
	try {
		hs();
	} finally {
		es = 0, vs(), ss = 0;
	}
}
function _s() {
	var e = ls.now(), t = e - os;
	t > rs && (cs -= t, os = e);
}
function vs() {
	for (var e, t = is, n, r = Infinity; t;) t._call ? (r > t._time && (r = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : is = n);
	as = e, ys(r);
}
function ys(e) {
	es || (ts && (ts = clearTimeout(ts)), e - ss > 24 ? (e < Infinity && (ts = setTimeout(gs, Math.ceil(e - ls.now() - cs) + 1)), ns && (ns = clearInterval(ns))) : (ns || (os = ls.now(), ns = setInterval(_s, rs)), es = 1, us(gs)));
}
function bs(e, t, n) {
	var r = new ps();
	return t = t == null ? 0 : +t, r.restart((n) => {
		r.stop(), e(n + t);
	}, t, n), r;
}
// node_modules/d3-ease/dist/d3-ease.mjs
function xs(e) {
	return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var Ss = 3;
(function e(t) {
	t = +t;
	function n(e) {
		return e ** +t;
	}
	return n.exponent = e, n;
})(Ss), (function e(t) {
	t = +t;
	function n(e) {
		return 1 - (1 - e) ** t;
	}
	return n.exponent = e, n;
})(Ss), (function e(t) {
	t = +t;
	function n(e) {
		return ((e *= 2) <= 1 ? e ** +t : 2 - (2 - e) ** t) / 2;
	}
	return n.exponent = e, n;
})(Ss);
function Cs(e) {
	return (2 ** (-10 * e) - .0009765625) * 1.0009775171065494;
}
var ws = 4 / 11;
1 / ws / ws;
var Ts = 1.70158;
(function e(t) {
	t = +t;
	function n(e) {
		return (e = +e) * e * (t * (e - 1) + e);
	}
	return n.overshoot = e, n;
})(Ts), (function e(t) {
	t = +t;
	function n(e) {
		return --e * e * ((e + 1) * t + e) + 1;
	}
	return n.overshoot = e, n;
})(Ts), (function e(t) {
	t = +t;
	function n(e) {
		return ((e *= 2) < 1 ? e * e * ((t + 1) * e - t) : (e -= 2) * e * ((t + 1) * e + t) + 2) / 2;
	}
	return n.overshoot = e, n;
})(Ts);
var Es = 2 * Math.PI, Ds = 1, Os = .3;
(function e(t, n) {
	var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= Es);
	function i(e) {
		return t * Cs(- --e) * Math.sin((r - e) / n);
	}
	return i.amplitude = function(t) {
		return e(t, n * Es);
	}, i.period = function(n) {
		return e(t, n);
	}, i;
})(Ds, Os), (function e(t, n) {
	var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= Es);
	function i(e) {
		return 1 - t * Cs(e = +e) * Math.sin((e + r) / n);
	}
	return i.amplitude = function(t) {
		return e(t, n * Es);
	}, i.period = function(n) {
		return e(t, n);
	}, i;
})(Ds, Os), (function e(t, n) {
	var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= Es);
	function i(e) {
		return ((e = e * 2 - 1) < 0 ? t * Cs(-e) * Math.sin((r - e) / n) : 2 - t * Cs(e) * Math.sin((r + e) / n)) / 2;
	}
	return i.amplitude = function(t) {
		return e(t, n * Es);
	}, i.period = function(n) {
		return e(t, n);
	}, i;
})(Ds, Os);
// node_modules/d3-transition/dist/d3-transition.mjs
var ks = zn("start", "end", "cancel", "interrupt"), As = [], js = 0, Ms = 1, Ns = 2, Ps = 3, Fs = 4, Is = 5, Ls = 6;
function Rs(e, t, n, r, i, a) {
	var o = e.__transition;
	if (!o) e.__transition = {};
	else if (n in o) return;
	Hs(e, n, {
		name: t,
		index: r,
		group: i,
		on: ks,
		tween: As,
		time: a.time,
		delay: a.delay,
		duration: a.duration,
		ease: a.ease,
		timer: null,
		state: js
	});
}
function zs(e, t) {
	var n = Vs(e, t);
	if (n.state > js) throw Error("too late; already scheduled");
	return n;
}
function Bs(e, t) {
	var n = Vs(e, t);
	if (n.state > Ps) throw Error("too late; already running");
	return n;
}
function Vs(e, t) {
	var n = e.__transition;
	if (!n || !(n = n[t])) throw Error("transition not found");
	return n;
}
function Hs(e, t, n) {
	var r = e.__transition, i;
	r[t] = n, n.timer = ms(a, 0, n.time);
	function a(e) {
		n.state = Ms, n.timer.restart(o, n.delay, n.time), n.delay <= e && o(e - n.delay);
	}
	function o(a) {
		var l, u, d, f;
		if (n.state !== Ms) return c();
		for (l in r) if (f = r[l], f.name === n.name) {
			if (f.state === Ps) return bs(o);
			f.state === Fs ? (f.state = Ls, f.timer.stop(), f.on.call("interrupt", e, e.__data__, f.index, f.group), delete r[l]) : +l < t && (f.state = Ls, f.timer.stop(), f.on.call("cancel", e, e.__data__, f.index, f.group), delete r[l]);
		}
		if (bs(function() {
			n.state === Ps && (n.state = Fs, n.timer.restart(s, n.delay, n.time), s(a));
		}), n.state = Ns, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Ns) {
			for (n.state = Ps, i = Array(d = n.tween.length), l = 0, u = -1; l < d; ++l) (f = n.tween[l].value.call(e, e.__data__, n.index, n.group)) && (i[++u] = f);
			i.length = u + 1;
		}
	}
	function s(t) {
		for (var r = t < n.duration ? n.ease.call(null, t / n.duration) : (n.timer.restart(c), n.state = Is, 1), a = -1, o = i.length; ++a < o;) i[a].call(e, r);
		n.state === Is && (n.on.call("end", e, e.__data__, n.index, n.group), c());
	}
	function c() {
		for (var i in n.state = Ls, n.timer.stop(), delete r[t], r) return;
		delete e.__transition;
	}
}
function Us(e, t) {
	var n = e.__transition, r, i, a = !0, o;
	if (n) {
		for (o in t = t == null ? null : t + "", n) (r = n[o]).name === t ? (i = r.state > Ns && r.state < Is, r.state = Ls, r.timer.stop(), r.on.call(i ? "interrupt" : "cancel", e, e.__data__, r.index, r.group), delete n[o]) : a = !1;
		a && delete e.__transition;
	}
}
function Ws(e) {
	return this.each(function() {
		Us(this, e);
	});
}
function Gs(e, t) {
	var n, r;
	return function() {
		var i = Bs(this, e), a = i.tween;
		if (a !== n) {
			r = n = a;
			for (var o = 0, s = r.length; o < s; ++o) if (r[o].name === t) {
				r = r.slice(), r.splice(o, 1);
				break;
			}
		}
		i.tween = r;
	};
}
function Ks(e, t, n) {
	var r, i;
	if (typeof n != "function") throw Error();
	return function() {
		var a = Bs(this, e), o = a.tween;
		if (o !== r) {
			i = (r = o).slice();
			for (var s = {
				name: t,
				value: n
			}, c = 0, l = i.length; c < l; ++c) if (i[c].name === t) {
				i[c] = s;
				break;
			}
			c === l && i.push(s);
		}
		a.tween = i;
	};
}
function qs(e, t) {
	var n = this._id;
	if (e += "", arguments.length < 2) {
		for (var r = Vs(this.node(), n).tween, i = 0, a = r.length, o; i < a; ++i) if ((o = r[i]).name === e) return o.value;
		return null;
	}
	return this.each((t == null ? Gs : Ks)(n, e, t));
}
function Js(e, t, n) {
	var r = e._id;
	return e.each(function() {
		var e = Bs(this, r);
		(e.value || (e.value = {}))[t] = n.apply(this, arguments);
	}), function(e) {
		return Vs(e, r).value[t];
	};
}
function Ys(e, t) {
	var n;
	return (typeof t == "number" ? Ao : t instanceof va ? Co : (n = va(t)) ? (t = n, Co) : Io)(e, t);
}
function Xs(e) {
	return function() {
		this.removeAttribute(e);
	};
}
function Zs(e) {
	return function() {
		this.removeAttributeNS(e.space, e.local);
	};
}
function Qs(e, t, n) {
	var r, i = n + "", a;
	return function() {
		var o = this.getAttribute(e);
		return o === i ? null : o === r ? a : a = t(r = o, n);
	};
}
function $s(e, t, n) {
	var r, i = n + "", a;
	return function() {
		var o = this.getAttributeNS(e.space, e.local);
		return o === i ? null : o === r ? a : a = t(r = o, n);
	};
}
function ec(e, t, n) {
	var r, i, a;
	return function() {
		var o, s = n(this), c;
		return s == null ? void this.removeAttribute(e) : (o = this.getAttribute(e), c = s + "", o === c ? null : o === r && c === i ? a : (i = c, a = t(r = o, s)));
	};
}
function tc(e, t, n) {
	var r, i, a;
	return function() {
		var o, s = n(this), c;
		return s == null ? void this.removeAttributeNS(e.space, e.local) : (o = this.getAttributeNS(e.space, e.local), c = s + "", o === c ? null : o === r && c === i ? a : (i = c, a = t(r = o, s)));
	};
}
function nc(e, t) {
	var n = Kn(e), r = n === "transform" ? qo : Ys;
	return this.attrTween(e, typeof t == "function" ? (n.local ? tc : ec)(n, r, Js(this, "attr." + e, t)) : t == null ? (n.local ? Zs : Xs)(n) : (n.local ? $s : Qs)(n, r, t));
}
function rc(e, t) {
	return function(n) {
		this.setAttribute(e, t.call(this, n));
	};
}
function ic(e, t) {
	return function(n) {
		this.setAttributeNS(e.space, e.local, t.call(this, n));
	};
}
function ac(e, t) {
	var n, r;
	function i() {
		var i = t.apply(this, arguments);
		return i !== r && (n = (r = i) && ic(e, i)), n;
	}
	return i._value = t, i;
}
function oc(e, t) {
	var n, r;
	function i() {
		var i = t.apply(this, arguments);
		return i !== r && (n = (r = i) && rc(e, i)), n;
	}
	return i._value = t, i;
}
function sc(e, t) {
	var n = "attr." + e;
	if (arguments.length < 2) return (n = this.tween(n)) && n._value;
	if (t == null) return this.tween(n, null);
	if (typeof t != "function") throw Error();
	var r = Kn(e);
	return this.tween(n, (r.local ? ac : oc)(r, t));
}
function cc(e, t) {
	return function() {
		zs(this, e).delay = +t.apply(this, arguments);
	};
}
function lc(e, t) {
	return t = +t, function() {
		zs(this, e).delay = t;
	};
}
function uc(e) {
	var t = this._id;
	return arguments.length ? this.each((typeof e == "function" ? cc : lc)(t, e)) : Vs(this.node(), t).delay;
}
function dc(e, t) {
	return function() {
		Bs(this, e).duration = +t.apply(this, arguments);
	};
}
function fc(e, t) {
	return t = +t, function() {
		Bs(this, e).duration = t;
	};
}
function pc(e) {
	var t = this._id;
	return arguments.length ? this.each((typeof e == "function" ? dc : fc)(t, e)) : Vs(this.node(), t).duration;
}
function mc(e, t) {
	if (typeof t != "function") throw Error();
	return function() {
		Bs(this, e).ease = t;
	};
}
function hc(e) {
	var t = this._id;
	return arguments.length ? this.each(mc(t, e)) : Vs(this.node(), t).ease;
}
function gc(e, t) {
	return function() {
		var n = t.apply(this, arguments);
		if (typeof n != "function") throw Error();
		Bs(this, e).ease = n;
	};
}
function _c(e) {
	if (typeof e != "function") throw Error();
	return this.each(gc(this._id, e));
}
function vc(e) {
	typeof e != "function" && (e = ir(e));
	for (var t = this._groups, n = t.length, r = Array(n), i = 0; i < n; ++i) for (var a = t[i], o = a.length, s = r[i] = [], c, l = 0; l < o; ++l) (c = a[l]) && e.call(c, c.__data__, l, a) && s.push(c);
	return new qc(r, this._parents, this._name, this._id);
}
function yc(e) {
	if (e._id !== this._id) throw Error();
	for (var t = this._groups, n = e._groups, r = t.length, i = n.length, a = Math.min(r, i), o = Array(r), s = 0; s < a; ++s) for (var c = t[s], l = n[s], u = c.length, d = o[s] = Array(u), f, p = 0; p < u; ++p) (f = c[p] || l[p]) && (d[p] = f);
	for (; s < r; ++s) o[s] = t[s];
	return new qc(o, this._parents, this._name, this._id);
}
function bc(e) {
	return (e + "").trim().split(/^|\s+/).every(function(e) {
		var t = e.indexOf(".");
		return t >= 0 && (e = e.slice(0, t)), !e || e === "start";
	});
}
function xc(e, t, n) {
	var r, i, a = bc(t) ? zs : Bs;
	return function() {
		var o = a(this, e), s = o.on;
		s !== r && (i = (r = s).copy()).on(t, n), o.on = i;
	};
}
function Sc(e, t) {
	var n = this._id;
	return arguments.length < 2 ? Vs(this.node(), n).on.on(e) : this.each(xc(n, e, t));
}
function Cc(e) {
	return function() {
		var t = this.parentNode;
		for (var n in this.__transition) if (+n !== e) return;
		t && t.removeChild(this);
	};
}
function wc() {
	return this.on("end.remove", Cc(this._id));
}
function Tc(e) {
	var t = this._name, n = this._id;
	typeof e != "function" && (e = Zn(e));
	for (var r = this._groups, i = r.length, a = Array(i), o = 0; o < i; ++o) for (var s = r[o], c = s.length, l = a[o] = Array(c), u, d, f = 0; f < c; ++f) (u = s[f]) && (d = e.call(u, u.__data__, f, s)) && ("__data__" in u && (d.__data__ = u.__data__), l[f] = d, Rs(l[f], t, n, f, l, Vs(u, n)));
	return new qc(a, this._parents, t, n);
}
function Ec(e) {
	var t = this._name, n = this._id;
	typeof e != "function" && (e = tr(e));
	for (var r = this._groups, i = r.length, a = [], o = [], s = 0; s < i; ++s) for (var c = r[s], l = c.length, u, d = 0; d < l; ++d) if (u = c[d]) {
		for (var f = e.call(u, u.__data__, d, c), p, m = Vs(u, n), h = 0, g = f.length; h < g; ++h) (p = f[h]) && Rs(p, t, n, h, f, m);
		a.push(f), o.push(u);
	}
	return new qc(a, o, t, n);
}
var Dc = Vi.prototype.constructor;
function Oc() {
	return new Dc(this._groups, this._parents);
}
function kc(e, t) {
	var n, r, i;
	return function() {
		var a = Jr(this, e), o = (this.style.removeProperty(e), Jr(this, e));
		return a === o ? null : a === n && o === r ? i : i = t(n = a, r = o);
	};
}
function Ac(e) {
	return function() {
		this.style.removeProperty(e);
	};
}
function jc(e, t, n) {
	var r, i = n + "", a;
	return function() {
		var o = Jr(this, e);
		return o === i ? null : o === r ? a : a = t(r = o, n);
	};
}
function Mc(e, t, n) {
	var r, i, a;
	return function() {
		var o = Jr(this, e), s = n(this), c = s + "";
		return s ?? (c = s = (this.style.removeProperty(e), Jr(this, e))), o === c ? null : o === r && c === i ? a : (i = c, a = t(r = o, s));
	};
}
function Nc(e, t) {
	var n, r, i, a = "style." + t, o = "end." + a, s;
	return function() {
		var c = Bs(this, e), l = c.on, u = c.value[a] == null ? s || (s = Ac(t)) : void 0;
		(l !== n || i !== u) && (r = (n = l).copy()).on(o, i = u), c.on = r;
	};
}
function Pc(e, t, n) {
	var r = (e += "") == "transform" ? Ko : Ys;
	return t == null ? this.styleTween(e, kc(e, r)).on("end.style." + e, Ac(e)) : typeof t == "function" ? this.styleTween(e, Mc(e, r, Js(this, "style." + e, t))).each(Nc(this._id, e)) : this.styleTween(e, jc(e, r, t), n).on("end.style." + e, null);
}
function Fc(e, t, n) {
	return function(r) {
		this.style.setProperty(e, t.call(this, r), n);
	};
}
function Ic(e, t, n) {
	var r, i;
	function a() {
		var a = t.apply(this, arguments);
		return a !== i && (r = (i = a) && Fc(e, a, n)), r;
	}
	return a._value = t, a;
}
function Lc(e, t, n) {
	var r = "style." + (e += "");
	if (arguments.length < 2) return (r = this.tween(r)) && r._value;
	if (t == null) return this.tween(r, null);
	if (typeof t != "function") throw Error();
	return this.tween(r, Ic(e, t, n ?? ""));
}
function Rc(e) {
	return function() {
		this.textContent = e;
	};
}
function zc(e) {
	return function() {
		var t = e(this);
		this.textContent = t ?? "";
	};
}
function Bc(e) {
	return this.tween("text", typeof e == "function" ? zc(Js(this, "text", e)) : Rc(e == null ? "" : e + ""));
}
function Vc(e) {
	return function(t) {
		this.textContent = e.call(this, t);
	};
}
function Hc(e) {
	var t, n;
	function r() {
		var r = e.apply(this, arguments);
		return r !== n && (t = (n = r) && Vc(r)), t;
	}
	return r._value = e, r;
}
function Uc(e) {
	var t = "text";
	if (arguments.length < 1) return (t = this.tween(t)) && t._value;
	if (e == null) return this.tween(t, null);
	if (typeof e != "function") throw Error();
	return this.tween(t, Hc(e));
}
function Wc() {
	for (var e = this._name, t = this._id, n = Jc(), r = this._groups, i = r.length, a = 0; a < i; ++a) for (var o = r[a], s = o.length, c, l = 0; l < s; ++l) if (c = o[l]) {
		var u = Vs(c, t);
		Rs(c, e, n, l, o, {
			time: u.time + u.delay + u.duration,
			delay: 0,
			duration: u.duration,
			ease: u.ease
		});
	}
	return new qc(r, this._parents, e, n);
}
function Gc() {
	var e, t, n = this, r = n._id, i = n.size();
	return new Promise(function(a, o) {
		var s = { value: o }, c = { value: function() {
			--i === 0 && a();
		} };
		n.each(function() {
			var n = Bs(this, r), i = n.on;
			i !== e && (t = (e = i).copy(), t._.cancel.push(s), t._.interrupt.push(s), t._.end.push(c)), n.on = t;
		}), i === 0 && a();
	});
}
var Kc = 0;
function qc(e, t, n, r) {
	this._groups = e, this._parents = t, this._name = n, this._id = r;
}
function Jc() {
	return ++Kc;
}
var Yc = Vi.prototype;
qc.prototype = {
	constructor: qc,
	select: Tc,
	selectAll: Ec,
	selectChild: Yc.selectChild,
	selectChildren: Yc.selectChildren,
	filter: vc,
	merge: yc,
	selection: Oc,
	transition: Wc,
	call: Yc.call,
	nodes: Yc.nodes,
	node: Yc.node,
	size: Yc.size,
	empty: Yc.empty,
	each: Yc.each,
	on: Sc,
	attr: nc,
	attrTween: sc,
	style: Pc,
	styleTween: Lc,
	text: Bc,
	textTween: Uc,
	remove: wc,
	tween: qs,
	delay: uc,
	duration: pc,
	ease: hc,
	easeVarying: _c,
	end: Gc,
	[Symbol.iterator]: Yc[Symbol.iterator]
};
var Xc = {
	time: null,
	delay: 0,
	duration: 250,
	ease: xs
};
function Zc(e, t) {
	for (var n; !(n = e.__transition) || !(n = n[t]);) if (!(e = e.parentNode)) throw Error(`transition ${t} not found`);
	return n;
}
function Qc(e) {
	var t, n;
	e instanceof qc ? (t = e._id, e = e._name) : (t = Jc(), (n = Xc).time = ds(), e = e == null ? null : e + "");
	for (var r = this._groups, i = r.length, a = 0; a < i; ++a) for (var o = r[a], s = o.length, c, l = 0; l < s; ++l) (c = o[l]) && Rs(c, e, t, l, o, n || Zc(c, t));
	return new qc(r, this._parents, e, t);
}
Vi.prototype.interrupt = Ws, Vi.prototype.transition = Qc;
// node_modules/d3-brush/dist/d3-brush.mjs
var $c = (e) => () => e;
function el(e, { sourceEvent: t, target: n, selection: r, mode: i, dispatch: a }) {
	Object.defineProperties(this, {
		type: {
			value: e,
			enumerable: !0,
			configurable: !0
		},
		sourceEvent: {
			value: t,
			enumerable: !0,
			configurable: !0
		},
		target: {
			value: n,
			enumerable: !0,
			configurable: !0
		},
		selection: {
			value: r,
			enumerable: !0,
			configurable: !0
		},
		mode: {
			value: i,
			enumerable: !0,
			configurable: !0
		},
		_: { value: a }
	});
}
function tl(e) {
	e.stopImmediatePropagation();
}
function nl(e) {
	e.preventDefault(), e.stopImmediatePropagation();
}
var rl = { name: "drag" }, il = { name: "space" }, al = { name: "handle" }, ol = { name: "center" }, { abs: sl, max: K, min: q } = Math;
function cl(e) {
	return [+e[0], +e[1]];
}
function ll(e) {
	return [cl(e[0]), cl(e[1])];
}
var ul = {
	name: "x",
	handles: ["w", "e"].map(_l),
	input: function(e, t) {
		return e == null ? null : [[+e[0], t[0][1]], [+e[1], t[1][1]]];
	},
	output: function(e) {
		return e && [e[0][0], e[1][0]];
	}
}, dl = {
	name: "y",
	handles: ["n", "s"].map(_l),
	input: function(e, t) {
		return e == null ? null : [[t[0][0], +e[0]], [t[1][0], +e[1]]];
	},
	output: function(e) {
		return e && [e[0][1], e[1][1]];
	}
};
[
	"n",
	"w",
	"e",
	"s",
	"nw",
	"ne",
	"sw",
	"se"
].map(_l);
var fl = {
	overlay: "crosshair",
	selection: "move",
	n: "ns-resize",
	e: "ew-resize",
	s: "ns-resize",
	w: "ew-resize",
	nw: "nwse-resize",
	ne: "nesw-resize",
	se: "nwse-resize",
	sw: "nesw-resize"
}, pl = {
	e: "w",
	w: "e",
	nw: "ne",
	ne: "nw",
	se: "sw",
	sw: "se"
}, ml = {
	n: "s",
	s: "n",
	nw: "sw",
	ne: "se",
	se: "ne",
	sw: "nw"
}, hl = {
	overlay: 1,
	selection: 1,
	n: null,
	e: 1,
	s: null,
	w: -1,
	nw: -1,
	ne: 1,
	se: 1,
	sw: -1
}, gl = {
	overlay: 1,
	selection: 1,
	n: -1,
	e: null,
	s: 1,
	w: null,
	nw: -1,
	ne: -1,
	se: 1,
	sw: 1
};
function _l(e) {
	return { type: e };
}
function vl(e) {
	return !e.ctrlKey && !e.button;
}
function yl() {
	var e = this.ownerSVGElement || this;
	return e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]];
}
function bl() {
	return navigator.maxTouchPoints || "ontouchstart" in this;
}
function xl(e) {
	for (; !e.__brush;) if (!(e = e.parentNode)) return;
	return e.__brush;
}
function Sl(e) {
	return e[0][0] === e[1][0] || e[0][1] === e[1][1];
}
function Cl() {
	return wl(ul);
}
function wl(e) {
	var t = yl, n = vl, r = bl, i = !0, a = zn("start", "brush", "end"), o = 6, s;
	function c(t) {
		var n = t.property("__brush", h).selectAll(".overlay").data([_l("overlay")]);
		n.enter().append("rect").attr("class", "overlay").attr("pointer-events", "all").attr("cursor", fl.overlay).merge(n).each(function() {
			var e = xl(this).extent;
			U(this).attr("x", e[0][0]).attr("y", e[0][1]).attr("width", e[1][0] - e[0][0]).attr("height", e[1][1] - e[0][1]);
		}), t.selectAll(".selection").data([_l("selection")]).enter().append("rect").attr("class", "selection").attr("cursor", fl.selection).attr("fill", "#777").attr("fill-opacity", .3).attr("stroke", "#fff").attr("shape-rendering", "crispEdges");
		var i = t.selectAll(".handle").data(e.handles, function(e) {
			return e.type;
		});
		i.exit().remove(), i.enter().append("rect").attr("class", function(e) {
			return "handle handle--" + e.type;
		}).attr("cursor", function(e) {
			return fl[e.type];
		}), t.each(l).attr("fill", "none").attr("pointer-events", "all").on("mousedown.brush", f).filter(r).on("touchstart.brush", f).on("touchmove.brush", p).on("touchend.brush touchcancel.brush", m).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
	}
	c.move = function(t, n, r) {
		t.tween ? t.on("start.brush", function(e) {
			u(this, arguments).beforestart().start(e);
		}).on("interrupt.brush end.brush", function(e) {
			u(this, arguments).end(e);
		}).tween("brush", function() {
			var t = this, r = t.__brush, i = u(t, arguments), a = r.selection, o = e.input(typeof n == "function" ? n.apply(this, arguments) : n, r.extent), s = Lo(a, o);
			function c(e) {
				r.selection = e === 1 && o === null ? null : s(e), l.call(t), i.brush();
			}
			return a !== null && o !== null ? c : c(1);
		}) : t.each(function() {
			var t = this, i = arguments, a = t.__brush, o = e.input(typeof n == "function" ? n.apply(t, i) : n, a.extent), s = u(t, i).beforestart();
			Us(t), a.selection = o === null ? null : o, l.call(t), s.start(r).brush(r).end(r);
		});
	}, c.clear = function(e, t) {
		c.move(e, null, t);
	};
	function l() {
		var e = U(this), t = xl(this).selection;
		t ? (e.selectAll(".selection").style("display", null).attr("x", t[0][0]).attr("y", t[0][1]).attr("width", t[1][0] - t[0][0]).attr("height", t[1][1] - t[0][1]), e.selectAll(".handle").style("display", null).attr("x", function(e) {
			return e.type[e.type.length - 1] === "e" ? t[1][0] - o / 2 : t[0][0] - o / 2;
		}).attr("y", function(e) {
			return e.type[0] === "s" ? t[1][1] - o / 2 : t[0][1] - o / 2;
		}).attr("width", function(e) {
			return e.type === "n" || e.type === "s" ? t[1][0] - t[0][0] + o : o;
		}).attr("height", function(e) {
			return e.type === "e" || e.type === "w" ? t[1][1] - t[0][1] + o : o;
		})) : e.selectAll(".selection,.handle").style("display", "none").attr("x", null).attr("y", null).attr("width", null).attr("height", null);
	}
	function u(e, t, n) {
		var r = e.__brush.emitter;
		return r && (!n || !r.clean) ? r : new d(e, t, n);
	}
	function d(e, t, n) {
		this.that = e, this.args = t, this.state = e.__brush, this.active = 0, this.clean = n;
	}
	d.prototype = {
		beforestart: function() {
			return ++this.active === 1 && (this.state.emitter = this, this.starting = !0), this;
		},
		start: function(e, t) {
			return this.starting ? (this.starting = !1, this.emit("start", e, t)) : this.emit("brush", e), this;
		},
		brush: function(e, t) {
			return this.emit("brush", e, t), this;
		},
		end: function(e, t) {
			return --this.active === 0 && (delete this.state.emitter, this.emit("end", e, t)), this;
		},
		emit: function(t, n, r) {
			var i = U(this.that).datum();
			a.call(t, this.that, new el(t, {
				sourceEvent: n,
				target: c,
				selection: e.output(this.state.selection),
				mode: r,
				dispatch: a
			}), i);
		}
	};
	function f(t) {
		if (s && !t.touches || !n.apply(this, arguments)) return;
		var r = this, a = t.target.__data__.type, o = (i && t.metaKey ? a = "overlay" : a) === "selection" ? rl : i && t.altKey ? ol : al, c = e === dl ? null : hl[a], d = e === ul ? null : gl[a], f = xl(r), p = f.extent, m = f.selection, h = p[0][0], g, _, v = p[0][1], y, b, x = p[1][0], S, C, w = p[1][1], T, E, D = 0, O = 0, k, A = c && d && i && t.shiftKey, j, M, N = Array.from(t.touches || [t], (e) => {
			let t = e.identifier;
			return e = W(e, r), e.point0 = e.slice(), e.identifier = t, e;
		});
		Us(r);
		var P = u(r, arguments, !0).beforestart();
		if (a === "overlay") {
			m && (k = !0);
			let n = [N[0], N[1] || N[0]];
			f.selection = m = [[g = e === dl ? h : q(n[0][0], n[1][0]), y = e === ul ? v : q(n[0][1], n[1][1])], [S = e === dl ? x : K(n[0][0], n[1][0]), T = e === ul ? w : K(n[0][1], n[1][1])]], N.length > 1 && I(t);
		} else g = m[0][0], y = m[0][1], S = m[1][0], T = m[1][1];
		_ = g, b = y, C = S, E = T;
		var F = U(r).attr("pointer-events", "none"), ee = F.selectAll(".overlay").attr("cursor", fl[a]);
		if (t.touches) P.moved = ne, P.ended = re;
		else {
			var te = U(t.view).on("mousemove.brush", ne, !0).on("mouseup.brush", re, !0);
			i && te.on("keydown.brush", ie, !0).on("keyup.brush", ae, !0), Yi(t.view);
		}
		l.call(r), P.start(t, o.name);
		function ne(e) {
			for (let t of e.changedTouches || [e]) for (let e of N) e.identifier === t.identifier && (e.cur = W(t, r));
			if (A && !j && !M && N.length === 1) {
				let e = N[0];
				sl(e.cur[0] - e[0]) > sl(e.cur[1] - e[1]) ? M = !0 : j = !0;
			}
			for (let e of N) e.cur && (e[0] = e.cur[0], e[1] = e.cur[1]);
			k = !0, nl(e), I(e);
		}
		function I(e) {
			let t = N[0], n = t.point0;
			var i;
			switch (D = t[0] - n[0], O = t[1] - n[1], o) {
				case il:
				case rl:
					c && (D = K(h - g, q(x - S, D)), _ = g + D, C = S + D), d && (O = K(v - y, q(w - T, O)), b = y + O, E = T + O);
					break;
				case al:
					N[1] ? (c && (_ = K(h, q(x, N[0][0])), C = K(h, q(x, N[1][0])), c = 1), d && (b = K(v, q(w, N[0][1])), E = K(v, q(w, N[1][1])), d = 1)) : (c < 0 ? (D = K(h - g, q(x - g, D)), _ = g + D, C = S) : c > 0 && (D = K(h - S, q(x - S, D)), _ = g, C = S + D), d < 0 ? (O = K(v - y, q(w - y, O)), b = y + O, E = T) : d > 0 && (O = K(v - T, q(w - T, O)), b = y, E = T + O));
					break;
				case ol: c && (_ = K(h, q(x, g - D * c)), C = K(h, q(x, S + D * c))), d && (b = K(v, q(w, y - O * d)), E = K(v, q(w, T + O * d)));
			}
			C < _ && (c *= -1, i = g, g = S, S = i, i = _, _ = C, C = i, a in pl && ee.attr("cursor", fl[a = pl[a]])), E < b && (d *= -1, i = y, y = T, T = i, i = b, b = E, E = i, a in ml && ee.attr("cursor", fl[a = ml[a]])), f.selection && (m = f.selection), j && (_ = m[0][0], C = m[1][0]), M && (b = m[0][1], E = m[1][1]), (m[0][0] !== _ || m[0][1] !== b || m[1][0] !== C || m[1][1] !== E) && (f.selection = [[_, b], [C, E]], l.call(r), P.brush(e, o.name));
		}
		function re(e) {
			if (tl(e), e.touches) {
				if (e.touches.length) return;
				s && clearTimeout(s), s = setTimeout(function() {
					s = null;
				}, 500);
			} else Xi(e.view, k), te.on("keydown.brush keyup.brush mousemove.brush mouseup.brush", null);
			F.attr("pointer-events", "all"), ee.attr("cursor", fl.overlay), f.selection && (m = f.selection), Sl(m) && (f.selection = null, l.call(r)), P.end(e, o.name);
		}
		function ie(e) {
			switch (e.keyCode) {
				case 16:
					A = c && d;
					break;
				case 18:
					o === al && (c && (S = C - D * c, g = _ + D * c), d && (T = E - O * d, y = b + O * d), o = ol, I(e));
					break;
				case 32:
					(o === al || o === ol) && (c < 0 ? S = C - D : c > 0 && (g = _ - D), d < 0 ? T = E - O : d > 0 && (y = b - O), o = il, ee.attr("cursor", fl.selection), I(e));
					break;
				default: return;
			}
			nl(e);
		}
		function ae(e) {
			switch (e.keyCode) {
				case 16:
					A && (j = M = A = !1, I(e));
					break;
				case 18:
					o === ol && (c < 0 ? S = C : c > 0 && (g = _), d < 0 ? T = E : d > 0 && (y = b), o = al, I(e));
					break;
				case 32:
					o === il && (e.altKey ? (c && (S = C - D * c, g = _ + D * c), d && (T = E - O * d, y = b + O * d), o = ol) : (c < 0 ? S = C : c > 0 && (g = _), d < 0 ? T = E : d > 0 && (y = b), o = al), ee.attr("cursor", fl[a]), I(e));
					break;
				default: return;
			}
			nl(e);
		}
	}
	function p(e) {
		u(this, arguments).moved(e);
	}
	function m(e) {
		u(this, arguments).ended(e);
	}
	function h() {
		var n = this.__brush || { selection: null };
		return n.extent = ll(t.apply(this, arguments)), n.dim = e, n;
	}
	return c.extent = function(e) {
		return arguments.length ? (t = typeof e == "function" ? e : $c(ll(e)), c) : t;
	}, c.filter = function(e) {
		return arguments.length ? (n = typeof e == "function" ? e : $c(!!e), c) : n;
	}, c.touchable = function(e) {
		return arguments.length ? (r = typeof e == "function" ? e : $c(!!e), c) : r;
	}, c.handleSize = function(e) {
		return arguments.length ? (o = +e, c) : o;
	}, c.keyModifiers = function(e) {
		return arguments.length ? (i = !!e, c) : i;
	}, c.on = function() {
		var e = a.on.apply(a, arguments);
		return e === a ? c : e;
	}, c;
}
// node_modules/d3-path/dist/d3-path.mjs
var Tl = Math.PI, El = 2 * Tl, Dl = 1e-6, Ol = El - Dl;
function kl(e) {
	this._ += e[0];
	for (let t = 1, n = e.length; t < n; ++t) this._ += arguments[t] + e[t];
}
function Al(e) {
	let t = Math.floor(e);
	if (!(t >= 0)) throw Error(`invalid digits: ${e}`);
	if (t > 15) return kl;
	let n = 10 ** t;
	return function(e) {
		this._ += e[0];
		for (let t = 1, r = e.length; t < r; ++t) this._ += Math.round(arguments[t] * n) / n + e[t];
	};
}
function jl(e, t, n, r) {
	return e === n && t === r;
}
function Ml(e) {
	let t = Math.floor(e);
	if (!(t <= 15)) return jl;
	let n = 10 ** t, r = function(e) {
		return Math.round(e * n);
	};
	return function(e, t, n, i) {
		return r(e) === r(n) && r(t) === r(i);
	};
}
var Nl = class {
	constructor(e) {
		this._x0 = this._y0 = this._x1 = this._y1 = null, this._ = "", this._append = e == null ? kl : Al(e), this._equal = e == null ? jl : Ml(e);
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
		else if (d > Dl) {
			if (!(Math.abs(u * s - c * l) > Dl) || !i) this._append`L${this._x1 = e},${this._y1 = t}`;
			else {
				let f = n - a, p = r - o, m = s * s + c * c, h = f * f + p * p, g = Math.sqrt(m), _ = Math.sqrt(d), v = i * Math.tan((Tl - Math.acos((m + d - h) / (2 * g * _))) / 2), y = v / _, b = v / g;
				Math.abs(y - 1) > Dl && this._append`L${e + y * l},${t + y * u}`, this._append`A${i},${i},0,0,${+(u * f > l * p)},${this._x1 = e + b * s},${this._y1 = t + b * c}`;
			}
		}
	}
	arc(e, t, n, r, i, a) {
		if (e = +e, t = +t, n = +n, a = !!a, n < 0) throw Error(`negative radius: ${n}`);
		let o = n * Math.cos(r), s = n * Math.sin(r), c = e + o, l = t + s, u = 1 ^ a, d = a ? r - i : i - r;
		if (this._x1 === null ? this._append`M${c},${l}` : (Math.abs(this._x1 - c) > Dl || Math.abs(this._y1 - l) > Dl) && this._append`L${c},${l}`, n) {
			if (d < 0 && (d = d % El + El), d > Ol) this._append`A${n},${n},0,1,${u},${e - o},${t - s}A${n},${n},0,1,${u},${this._x1 = c},${this._y1 = l}`;
			else if (d > Dl) {
				let a = e + n * Math.cos(i), o = t + n * Math.sin(i);
				if (d >= Tl && this._equal(c, l, a, o)) {
					d /= 2;
					let i = r + d;
					this._append`A${n},${n},0,${+(d >= Tl)},${u},${e + n * Math.cos(i)},${t + n * Math.sin(i)}`;
				}
				this._append`A${n},${n},0,${+(d >= Tl)},${u},${this._x1 = a},${this._y1 = o}`;
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
Nl.prototype;
// node_modules/d3-quadtree/dist/d3-quadtree.mjs
function Pl(e) {
	let t = +this._x.call(null, e), n = +this._y.call(null, e);
	return Fl(this.cover(t, n), t, n, e);
}
function Fl(e, t, n, r) {
	if (isNaN(t) || isNaN(n)) return e;
	var i, a = e._root, o = { data: r }, s = e._x0, c = e._y0, l = e._x1, u = e._y1, d, f, p, m, h, g, _, v;
	if (!a) return e._root = o, e;
	for (; a.length;) if ((h = t >= (d = (s + l) / 2)) ? s = d : l = d, (g = n >= (f = (c + u) / 2)) ? c = f : u = f, i = a, !(a = a[_ = g << 1 | h])) return i[_] = o, e;
	if (p = +e._x.call(null, a.data), m = +e._y.call(null, a.data), t === p && n === m) return o.next = a, i ? i[_] = o : e._root = o, e;
	do
		i = i ? i[_] = [
			,
			,
			,
			,
		] : e._root = [
			,
			,
			,
			,
		], (h = t >= (d = (s + l) / 2)) ? s = d : l = d, (g = n >= (f = (c + u) / 2)) ? c = f : u = f;
	while ((_ = g << 1 | h) == (v = (m >= f) << 1 | p >= d));
	return i[v] = a, i[_] = o, e;
}
function Il(e) {
	Array.isArray(e) || (e = Array.from(e));
	let t = e.length, n = new Float64Array(t), r = new Float64Array(t), i = Infinity, a = i, o = -i, s = o;
	for (let c = 0, l, u, d; c < t; ++c) isNaN(u = +this._x.call(null, l = e[c])) || isNaN(d = +this._y.call(null, l)) ? n[c] = NaN : (n[c] = u, r[c] = d, u < i && (i = u), u > o && (o = u), d < a && (a = d), d > s && (s = d));
	if (i > o || a > s) return this;
	this.cover(i, a).cover(o, s);
	for (let i = 0; i < t; ++i) Fl(this, n[i], r[i], e[i]);
	return this;
}
function Ll(e, t) {
	if (isNaN(e = +e) || isNaN(t = +t)) return this;
	var n = this._x0, r = this._y0, i = this._x1, a = this._y1;
	if (isNaN(n)) i = (n = Math.floor(e)) + 1, a = (r = Math.floor(t)) + 1;
	else {
		for (var o = i - n || 1, s = this._root, c, l; n > e || e >= i || r > t || t >= a;) switch (l = (t < r) << 1 | e < n, c = [
			,
			,
			,
			,
		], c[l] = s, s = c, o *= 2, l) {
			case 0:
				i = n + o, a = r + o;
				break;
			case 1:
				n = i - o, a = r + o;
				break;
			case 2:
				i = n + o, r = a - o;
				break;
			case 3: n = i - o, r = a - o;
		}
		this._root && this._root.length && (this._root = s);
	}
	return this._x0 = n, this._y0 = r, this._x1 = i, this._y1 = a, this;
}
function Rl() {
	var e = [];
	return this.visit(function(t) {
		if (!t.length) do
			e.push(t.data);
		while (t = t.next);
	}), e;
}
function zl(e) {
	return arguments.length ? this.cover(+e[0][0], +e[0][1]).cover(+e[1][0], +e[1][1]) : isNaN(this._x0) ? void 0 : [[this._x0, this._y0], [this._x1, this._y1]];
}
function J(e, t, n, r, i) {
	this.node = e, this.x0 = t, this.y0 = n, this.x1 = r, this.y1 = i;
}
function Bl(e, t, n) {
	var r, i = this._x0, a = this._y0, o, s, c, l, u = this._x1, d = this._y1, f = [], p = this._root, m, h;
	for (p && f.push(new J(p, i, a, u, d)), n == null ? n = Infinity : (i = e - n, a = t - n, u = e + n, d = t + n, n *= n); m = f.pop();) if (!(!(p = m.node) || (o = m.x0) > u || (s = m.y0) > d || (c = m.x1) < i || (l = m.y1) < a)) {
		if (p.length) {
			var g = (o + c) / 2, _ = (s + l) / 2;
			f.push(new J(p[3], g, _, c, l), new J(p[2], o, _, g, l), new J(p[1], g, s, c, _), new J(p[0], o, s, g, _)), (h = (t >= _) << 1 | e >= g) && (m = f[f.length - 1], f[f.length - 1] = f[f.length - 1 - h], f[f.length - 1 - h] = m);
		} else {
			var v = e - +this._x.call(null, p.data), y = t - +this._y.call(null, p.data), b = v * v + y * y;
			if (b < n) {
				var x = Math.sqrt(n = b);
				i = e - x, a = t - x, u = e + x, d = t + x, r = p.data;
			}
		}
	}
	return r;
}
function Vl(e) {
	if (isNaN(u = +this._x.call(null, e)) || isNaN(d = +this._y.call(null, e))) return this;
	var t, n = this._root, r, i, a, o = this._x0, s = this._y0, c = this._x1, l = this._y1, u, d, f, p, m, h, g, _;
	if (!n) return this;
	if (n.length) for (;;) {
		if ((m = u >= (f = (o + c) / 2)) ? o = f : c = f, (h = d >= (p = (s + l) / 2)) ? s = p : l = p, t = n, !(n = n[g = h << 1 | m])) return this;
		if (!n.length) break;
		(t[g + 1 & 3] || t[g + 2 & 3] || t[g + 3 & 3]) && (r = t, _ = g);
	}
	for (; n.data !== e;) if (i = n, !(n = n.next)) return this;
	return (a = n.next) && delete n.next, i ? (a ? i.next = a : delete i.next, this) : t ? (a ? t[g] = a : delete t[g], (n = t[0] || t[1] || t[2] || t[3]) && n === (t[3] || t[2] || t[1] || t[0]) && !n.length && (r ? r[_] = n : this._root = n), this) : (this._root = a, this);
}
function Hl(e) {
	for (var t = 0, n = e.length; t < n; ++t) this.remove(e[t]);
	return this;
}
function Ul() {
	return this._root;
}
function Wl() {
	var e = 0;
	return this.visit(function(t) {
		if (!t.length) do
			++e;
		while (t = t.next);
	}), e;
}
function Gl(e) {
	var t = [], n, r = this._root, i, a, o, s, c;
	for (r && t.push(new J(r, this._x0, this._y0, this._x1, this._y1)); n = t.pop();) if (!e(r = n.node, a = n.x0, o = n.y0, s = n.x1, c = n.y1) && r.length) {
		var l = (a + s) / 2, u = (o + c) / 2;
		(i = r[3]) && t.push(new J(i, l, u, s, c)), (i = r[2]) && t.push(new J(i, a, u, l, c)), (i = r[1]) && t.push(new J(i, l, o, s, u)), (i = r[0]) && t.push(new J(i, a, o, l, u));
	}
	return this;
}
function Kl(e) {
	var t = [], n = [], r;
	for (this._root && t.push(new J(this._root, this._x0, this._y0, this._x1, this._y1)); r = t.pop();) {
		var i = r.node;
		if (i.length) {
			var a, o = r.x0, s = r.y0, c = r.x1, l = r.y1, u = (o + c) / 2, d = (s + l) / 2;
			(a = i[0]) && t.push(new J(a, o, s, u, d)), (a = i[1]) && t.push(new J(a, u, s, c, d)), (a = i[2]) && t.push(new J(a, o, d, u, l)), (a = i[3]) && t.push(new J(a, u, d, c, l));
		}
		n.push(r);
	}
	for (; r = n.pop();) e(r.node, r.x0, r.y0, r.x1, r.y1);
	return this;
}
function ql(e) {
	return e[0];
}
function Jl(e) {
	return arguments.length ? (this._x = e, this) : this._x;
}
function Yl(e) {
	return e[1];
}
function Xl(e) {
	return arguments.length ? (this._y = e, this) : this._y;
}
function Zl(e, t, n) {
	var r = new Ql(t ?? ql, n ?? Yl, NaN, NaN, NaN, NaN);
	return e == null ? r : r.addAll(e);
}
function Ql(e, t, n, r, i, a) {
	this._x = e, this._y = t, this._x0 = n, this._y0 = r, this._x1 = i, this._y1 = a, this._root = void 0;
}
function $l(e) {
	for (var t = { data: e.data }, n = t; e = e.next;) n = n.next = { data: e.data };
	return t;
}
var eu = Zl.prototype = Ql.prototype;
eu.copy = function() {
	var e = new Ql(this._x, this._y, this._x0, this._y0, this._x1, this._y1), t = this._root, n, r;
	if (!t) return e;
	if (!t.length) return e._root = $l(t), e;
	for (n = [{
		source: t,
		target: e._root = [
			,
			,
			,
			,
		]
	}]; t = n.pop();) for (var i = 0; i < 4; ++i) (r = t.source[i]) && (r.length ? n.push({
		source: r,
		target: t.target[i] = [
			,
			,
			,
			,
		]
	}) : t.target[i] = $l(r));
	return e;
}, eu.add = Pl, eu.addAll = Il, eu.cover = Ll, eu.data = Rl, eu.extent = zl, eu.find = Bl, eu.remove = Vl, eu.removeAll = Hl, eu.root = Ul, eu.size = Wl, eu.visit = Gl, eu.visitAfter = Kl, eu.x = Jl, eu.y = Xl;
// node_modules/d3-format/dist/d3-format.mjs
function tu(e) {
	return Math.abs(e = Math.round(e)) >= 1e21 ? e.toLocaleString("en").replace(/,/g, "") : e.toString(10);
}
function nu(e, t) {
	if (!isFinite(e) || e === 0) return null;
	var n = (e = t ? e.toExponential(t - 1) : e.toExponential()).indexOf("e"), r = e.slice(0, n);
	return [r.length > 1 ? r[0] + r.slice(2) : r, +e.slice(n + 1)];
}
function ru(e) {
	return e = nu(Math.abs(e)), e ? e[1] : NaN;
}
function iu(e, t) {
	return function(n, r) {
		for (var i = n.length, a = [], o = 0, s = e[0], c = 0; i > 0 && s > 0 && (c + s + 1 > r && (s = Math.max(1, r - c)), a.push(n.substring(i -= s, i + s)), !((c += s + 1) > r));) s = e[o = (o + 1) % e.length];
		return a.reverse().join(t);
	};
}
function au(e) {
	return function(t) {
		return t.replace(/[0-9]/g, function(t) {
			return e[+t];
		});
	};
}
var ou = /^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i;
function su(e) {
	if (!(t = ou.exec(e))) throw Error("invalid format: " + e);
	var t;
	return new cu({
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
su.prototype = cu.prototype;
function cu(e) {
	this.fill = e.fill === void 0 ? " " : e.fill + "", this.align = e.align === void 0 ? ">" : e.align + "", this.sign = e.sign === void 0 ? "-" : e.sign + "", this.symbol = e.symbol === void 0 ? "" : e.symbol + "", this.zero = !!e.zero, this.width = e.width === void 0 ? void 0 : +e.width, this.comma = !!e.comma, this.precision = e.precision === void 0 ? void 0 : +e.precision, this.trim = !!e.trim, this.type = e.type === void 0 ? "" : e.type + "";
}
cu.prototype.toString = function() {
	return this.fill + this.align + this.sign + this.symbol + (this.zero ? "0" : "") + (this.width === void 0 ? "" : Math.max(1, this.width | 0)) + (this.comma ? "," : "") + (this.precision === void 0 ? "" : "." + Math.max(0, this.precision | 0)) + (this.trim ? "~" : "") + this.type;
};
function lu(e) {
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
var uu;
function du(e, t) {
	var n = nu(e, t);
	if (!n) return uu = void 0, e.toPrecision(t);
	var r = n[0], i = n[1], a = i - (uu = Math.max(-8, Math.min(8, Math.floor(i / 3))) * 3) + 1, o = r.length;
	return a === o ? r : a > o ? r + Array(a - o + 1).join("0") : a > 0 ? r.slice(0, a) + "." + r.slice(a) : "0." + Array(1 - a).join("0") + nu(e, Math.max(0, t + a - 1))[0];
}
function fu(e, t) {
	var n = nu(e, t);
	if (!n) return e + "";
	var r = n[0], i = n[1];
	return i < 0 ? "0." + Array(-i).join("0") + r : r.length > i + 1 ? r.slice(0, i + 1) + "." + r.slice(i + 1) : r + Array(i - r.length + 2).join("0");
}
var pu = {
	"%": (e, t) => (e * 100).toFixed(t),
	b: (e) => Math.round(e).toString(2),
	c: (e) => e + "",
	d: tu,
	e: (e, t) => e.toExponential(t),
	f: (e, t) => e.toFixed(t),
	g: (e, t) => e.toPrecision(t),
	o: (e) => Math.round(e).toString(8),
	p: (e, t) => fu(e * 100, t),
	r: fu,
	s: du,
	X: (e) => Math.round(e).toString(16).toUpperCase(),
	x: (e) => Math.round(e).toString(16)
};
function mu(e) {
	return e;
}
var hu = Array.prototype.map, gu = [
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
function _u(e) {
	var t = e.grouping === void 0 || e.thousands === void 0 ? mu : iu(hu.call(e.grouping, Number), e.thousands + ""), n = e.currency === void 0 ? "" : e.currency[0] + "", r = e.currency === void 0 ? "" : e.currency[1] + "", i = e.decimal === void 0 ? "." : e.decimal + "", a = e.numerals === void 0 ? mu : au(hu.call(e.numerals, String)), o = e.percent === void 0 ? "%" : e.percent + "", s = e.minus === void 0 ? "−" : e.minus + "", c = e.nan === void 0 ? "NaN" : e.nan + "";
	function l(e, l) {
		e = su(e);
		var u = e.fill, d = e.align, f = e.sign, p = e.symbol, m = e.zero, h = e.width, g = e.comma, _ = e.precision, v = e.trim, y = e.type;
		y === "n" ? (g = !0, y = "g") : pu[y] || (_ === void 0 && (_ = 12), v = !0, y = "g"), (m || u === "0" && d === "=") && (m = !0, u = "0", d = "=");
		var b = (l && l.prefix !== void 0 ? l.prefix : "") + (p === "$" ? n : p === "#" && /[boxX]/.test(y) ? "0" + y.toLowerCase() : ""), x = (p === "$" ? r : /[%p]/.test(y) ? o : "") + (l && l.suffix !== void 0 ? l.suffix : ""), S = pu[y], C = /[defgprs%]/.test(y);
		_ = _ === void 0 ? 6 : /[gprs]/.test(y) ? Math.max(1, Math.min(21, _)) : Math.max(0, Math.min(20, _));
		function w(e) {
			var n = b, r = x, o, l, p;
			if (y === "c") r = S(e) + r, e = "";
			else {
				e = +e;
				var w = e < 0 || 1 / e < 0;
				if (e = isNaN(e) ? c : S(Math.abs(e), _), v && (e = lu(e)), w && +e == 0 && f !== "+" && (w = !1), n = (w ? f === "(" ? f : s : f === "-" || f === "(" ? "" : f) + n, r = (y === "s" && !isNaN(e) && uu !== void 0 ? gu[8 + uu / 3] : "") + r + (w && f === "(" ? ")" : ""), C) {
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
		var n = Math.max(-8, Math.min(8, Math.floor(ru(t) / 3))) * 3, r = 10 ** -n, i = l((e = su(e), e.type = "f", e), { suffix: gu[8 + n / 3] });
		return function(e) {
			return i(r * e);
		};
	}
	return {
		format: l,
		formatPrefix: u
	};
}
var vu, yu, bu;
xu({
	thousands: ",",
	grouping: [3],
	currency: ["$", ""]
});
function xu(e) {
	return vu = _u(e), yu = vu.format, bu = vu.formatPrefix, vu;
}
function Su(e) {
	return Math.max(0, -ru(Math.abs(e)));
}
function Cu(e, t) {
	return Math.max(0, Math.max(-8, Math.min(8, Math.floor(ru(t) / 3))) * 3 - ru(Math.abs(e)));
}
function wu(e, t) {
	return e = Math.abs(e), t = Math.abs(t) - e, Math.max(0, ru(t) - ru(e)) + 1;
}
// node_modules/d3-scale/dist/d3-scale.mjs
function Tu(e, t) {
	switch (arguments.length) {
		case 0: break;
		case 1:
			this.range(e);
			break;
		default: this.range(t).domain(e);
	}
	return this;
}
var Eu = Symbol("implicit");
function Du() {
	var e = new cn(), t = [], n = [], r = Eu;
	function i(i) {
		let a = e.get(i);
		if (a === void 0) {
			if (r !== Eu) return r;
			e.set(i, a = t.push(i) - 1);
		}
		return n[a % n.length];
	}
	return i.domain = function(n) {
		if (!arguments.length) return t.slice();
		t = [], e = new cn();
		for (let r of n) e.has(r) || e.set(r, t.push(r) - 1);
		return i;
	}, i.range = function(e) {
		return arguments.length ? (n = Array.from(e), i) : n.slice();
	}, i.unknown = function(e) {
		return arguments.length ? (r = e, i) : r;
	}, i.copy = function() {
		return Du(t, n).unknown(r);
	}, Tu.apply(i, arguments), i;
}
function Ou() {
	var e = Du().unknown(void 0), t = e.domain, n = e.range, r = 0, i = 1, a, o, s = !1, c = 0, l = 0, u = .5;
	delete e.unknown;
	function d() {
		var e = t().length, d = i < r, f = d ? i : r, p = d ? r : i;
		a = (p - f) / Math.max(1, e - c + l * 2), s && (a = Math.floor(a)), f += (p - f - a * (e - c)) * u, o = a * (1 - c), s && (f = Math.round(f), o = Math.round(o));
		var m = Sn(e).map(function(e) {
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
		return Ou(t(), [r, i]).round(s).paddingInner(c).paddingOuter(l).align(u);
	}, Tu.apply(d(), arguments);
}
function ku(e) {
	return function() {
		return e;
	};
}
function Au(e) {
	return +e;
}
var ju = [0, 1];
function Mu(e) {
	return e;
}
function Nu(e, t) {
	return (t -= e = +e) ? function(n) {
		return (n - e) / t;
	} : ku(isNaN(t) ? NaN : .5);
}
function Pu(e, t) {
	var n;
	return e > t && (n = e, e = t, t = n), function(n) {
		return Math.max(e, Math.min(t, n));
	};
}
function Fu(e, t, n) {
	var r = e[0], i = e[1], a = t[0], o = t[1];
	return i < r ? (r = Nu(i, r), a = n(o, a)) : (r = Nu(r, i), a = n(a, o)), function(e) {
		return a(r(e));
	};
}
function Iu(e, t, n) {
	var r = Math.min(e.length, t.length) - 1, i = Array(r), a = Array(r), o = -1;
	for (e[r] < e[0] && (e = e.slice().reverse(), t = t.slice().reverse()); ++o < r;) i[o] = Nu(e[o], e[o + 1]), a[o] = n(t[o], t[o + 1]);
	return function(t) {
		var n = on(e, t, 1, r) - 1;
		return a[n](i[n](t));
	};
}
function Lu(e, t) {
	return t.domain(e.domain()).range(e.range()).interpolate(e.interpolate()).clamp(e.clamp()).unknown(e.unknown());
}
function Ru() {
	var e = ju, t = ju, n = Lo, r, i, a, o = Mu, s, c, l;
	function u() {
		var n = Math.min(e.length, t.length);
		return o !== Mu && (o = Pu(e[0], e[n - 1])), s = n > 2 ? Iu : Fu, c = l = null, d;
	}
	function d(i) {
		return i == null || isNaN(i = +i) ? a : (c || (c = s(e.map(r), t, n)))(r(o(i)));
	}
	return d.invert = function(n) {
		return o(i((l || (l = s(t, e.map(r), Ao)))(n)));
	}, d.domain = function(t) {
		return arguments.length ? (e = Array.from(t, Au), u()) : e.slice();
	}, d.range = function(e) {
		return arguments.length ? (t = Array.from(e), u()) : t.slice();
	}, d.rangeRound = function(e) {
		return t = Array.from(e), n = Ro, u();
	}, d.clamp = function(e) {
		return arguments.length ? (o = e ? !0 : Mu, u()) : o !== Mu;
	}, d.interpolate = function(e) {
		return arguments.length ? (n = e, u()) : n;
	}, d.unknown = function(e) {
		return arguments.length ? (a = e, d) : a;
	}, function(e, t) {
		return r = e, i = t, u();
	};
}
function zu() {
	return Ru()(Mu, Mu);
}
function Bu(e, t, n, r) {
	var i = yn(e, t, n), a;
	switch (r = su(r ?? ",f"), r.type) {
		case "s":
			var o = Math.max(Math.abs(e), Math.abs(t));
			return r.precision == null && !isNaN(a = Cu(i, o)) && (r.precision = a), bu(r, o);
		case "":
		case "e":
		case "g":
		case "p":
		case "r":
			r.precision == null && !isNaN(a = wu(i, Math.max(Math.abs(e), Math.abs(t)))) && (r.precision = a - (r.type === "e"));
			break;
		case "f":
		case "%": r.precision == null && !isNaN(a = Su(i)) && (r.precision = a - (r.type === "%") * 2);
	}
	return yu(r);
}
function Vu(e) {
	var t = e.domain;
	return e.ticks = function(e) {
		var n = t();
		return _n(n[0], n[n.length - 1], e ?? 10);
	}, e.tickFormat = function(e, n) {
		var r = t();
		return Bu(r[0], r[r.length - 1], e ?? 10, n);
	}, e.nice = function(n) {
		n ?? (n = 10);
		var r = t(), i = 0, a = r.length - 1, o = r[i], s = r[a], c, l, u = 10;
		for (s < o && (l = o, o = s, s = l, l = i, i = a, a = l); u-- > 0;) {
			if (l = vn(o, s, n), l === c) return r[i] = o, r[a] = s, t(r);
			if (l > 0) o = Math.floor(o / l) * l, s = Math.ceil(s / l) * l;
			else if (l < 0) o = Math.ceil(o * l) / l, s = Math.floor(s * l) / l;
			else break;
			c = l;
		}
		return e;
	}, e;
}
function Hu() {
	var e = zu();
	return e.copy = function() {
		return Lu(e, Hu());
	}, Tu.apply(e, arguments), Vu(e);
}
// node_modules/d3-shape/dist/d3-shape.mjs
function Uu(e) {
	return function() {
		return e;
	};
}
var Wu = Math.abs, Y = Math.atan2, Gu = Math.cos, Ku = Math.max, qu = Math.min, Ju = Math.sin, Yu = Math.sqrt, X = 1e-12, Xu = Math.PI, Zu = Xu / 2, Qu = 2 * Xu;
function $u(e) {
	return e > 1 ? 0 : e < -1 ? Xu : Math.acos(e);
}
function ed(e) {
	return e >= 1 ? Zu : e <= -1 ? -Zu : Math.asin(e);
}
function td(e) {
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
	}, () => new Nl(t);
}
function nd(e) {
	return e.innerRadius;
}
function rd(e) {
	return e.outerRadius;
}
function id(e) {
	return e.startAngle;
}
function ad(e) {
	return e.endAngle;
}
function od(e) {
	return e && e.padAngle;
}
function sd(e, t, n, r, i, a, o, s) {
	var c = n - e, l = r - t, u = o - i, d = s - a, f = d * c - u * l;
	if (!(f * f < X)) return f = (u * (t - a) - d * (e - i)) / f, [e + f * c, t + f * l];
}
function cd(e, t, n, r, i, a, o) {
	var s = e - n, c = t - r, l = (o ? a : -a) / Yu(s * s + c * c), u = l * c, d = -l * s, f = e + u, p = t + d, m = n + u, h = r + d, g = (f + m) / 2, _ = (p + h) / 2, v = m - f, y = h - p, b = v * v + y * y, x = i - a, S = f * h - m * p, C = (y < 0 ? -1 : 1) * Yu(Ku(0, x * x * b - S * S)), w = (S * y - v * C) / b, T = (-S * v - y * C) / b, E = (S * y + v * C) / b, D = (-S * v + y * C) / b, O = w - g, k = T - _, A = E - g, j = D - _;
	return O * O + k * k > A * A + j * j && (w = E, T = D), {
		cx: w,
		cy: T,
		x01: -u,
		y01: -d,
		x11: w * (i / x - 1),
		y11: T * (i / x - 1)
	};
}
function ld() {
	var e = nd, t = rd, n = Uu(0), r = null, i = id, a = ad, o = od, s = null, c = td(l);
	function l() {
		var l, u, d = +e.apply(this, arguments), f = +t.apply(this, arguments), p = i.apply(this, arguments) - Zu, m = a.apply(this, arguments) - Zu, h = Wu(m - p), g = m > p;
		if (s || (s = l = c()), f < d && (u = f, f = d, d = u), !(f > X)) s.moveTo(0, 0);
		else if (h > Qu - X) s.moveTo(f * Gu(p), f * Ju(p)), s.arc(0, 0, f, p, m, !g), d > X && (s.moveTo(d * Gu(m), d * Ju(m)), s.arc(0, 0, d, m, p, g));
		else {
			var _ = p, v = m, y = p, b = m, x = h, S = h, C = o.apply(this, arguments) / 2, w = C > X && (r ? +r.apply(this, arguments) : Yu(d * d + f * f)), T = qu(Wu(f - d) / 2, +n.apply(this, arguments)), E = T, D = T, O, k;
			if (w > X) {
				var A = ed(w / d * Ju(C)), j = ed(w / f * Ju(C));
				(x -= A * 2) > X ? (A *= g ? 1 : -1, y += A, b -= A) : (x = 0, y = b = (p + m) / 2), (S -= j * 2) > X ? (j *= g ? 1 : -1, _ += j, v -= j) : (S = 0, _ = v = (p + m) / 2);
			}
			var M = f * Gu(_), N = f * Ju(_), P = d * Gu(b), F = d * Ju(b);
			if (T > X) {
				var ee = f * Gu(v), te = f * Ju(v), ne = d * Gu(y), I = d * Ju(y), re;
				if (h < Xu) {
					if (re = sd(M, N, ne, I, ee, te, P, F)) {
						var ie = M - re[0], ae = N - re[1], oe = ee - re[0], se = te - re[1], L = 1 / Ju($u((ie * oe + ae * se) / (Yu(ie * ie + ae * ae) * Yu(oe * oe + se * se))) / 2), ce = Yu(re[0] * re[0] + re[1] * re[1]);
						E = qu(T, (d - ce) / (L - 1)), D = qu(T, (f - ce) / (L + 1));
					} else E = D = 0;
				}
			}
			S > X ? D > X ? (O = cd(ne, I, M, N, f, D, g), k = cd(ee, te, P, F, f, D, g), s.moveTo(O.cx + O.x01, O.cy + O.y01), D < T ? s.arc(O.cx, O.cy, D, Y(O.y01, O.x01), Y(k.y01, k.x01), !g) : (s.arc(O.cx, O.cy, D, Y(O.y01, O.x01), Y(O.y11, O.x11), !g), s.arc(0, 0, f, Y(O.cy + O.y11, O.cx + O.x11), Y(k.cy + k.y11, k.cx + k.x11), !g), s.arc(k.cx, k.cy, D, Y(k.y11, k.x11), Y(k.y01, k.x01), !g))) : (s.moveTo(M, N), s.arc(0, 0, f, _, v, !g)) : s.moveTo(M, N), !(d > X) || !(x > X) ? s.lineTo(P, F) : E > X ? (O = cd(P, F, ee, te, d, -E, g), k = cd(M, N, ne, I, d, -E, g), s.lineTo(O.cx + O.x01, O.cy + O.y01), E < T ? s.arc(O.cx, O.cy, E, Y(O.y01, O.x01), Y(k.y01, k.x01), !g) : (s.arc(O.cx, O.cy, E, Y(O.y01, O.x01), Y(O.y11, O.x11), !g), s.arc(0, 0, d, Y(O.cy + O.y11, O.cx + O.x11), Y(k.cy + k.y11, k.cx + k.x11), g), s.arc(k.cx, k.cy, E, Y(k.y11, k.x11), Y(k.y01, k.x01), !g))) : s.arc(0, 0, d, b, y, g);
		}
		if (s.closePath(), l) return s = null, l + "" || null;
	}
	return l.centroid = function() {
		var n = (+e.apply(this, arguments) + +t.apply(this, arguments)) / 2, r = (+i.apply(this, arguments) + +a.apply(this, arguments)) / 2 - Xu / 2;
		return [Gu(r) * n, Ju(r) * n];
	}, l.innerRadius = function(t) {
		return arguments.length ? (e = typeof t == "function" ? t : Uu(+t), l) : e;
	}, l.outerRadius = function(e) {
		return arguments.length ? (t = typeof e == "function" ? e : Uu(+e), l) : t;
	}, l.cornerRadius = function(e) {
		return arguments.length ? (n = typeof e == "function" ? e : Uu(+e), l) : n;
	}, l.padRadius = function(e) {
		return arguments.length ? (r = e == null ? null : typeof e == "function" ? e : Uu(+e), l) : r;
	}, l.startAngle = function(e) {
		return arguments.length ? (i = typeof e == "function" ? e : Uu(+e), l) : i;
	}, l.endAngle = function(e) {
		return arguments.length ? (a = typeof e == "function" ? e : Uu(+e), l) : a;
	}, l.padAngle = function(e) {
		return arguments.length ? (o = typeof e == "function" ? e : Uu(+e), l) : o;
	}, l.context = function(e) {
		return arguments.length ? (s = e ?? null, l) : s;
	}, l;
}
Array.prototype.slice;
function ud(e) {
	return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function dd(e) {
	this._context = e;
}
dd.prototype = {
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
function fd(e) {
	return new dd(e);
}
function pd(e) {
	return e[0];
}
function md(e) {
	return e[1];
}
function hd(e, t) {
	var n = Uu(!0), r = null, i = fd, a = null, o = td(s);
	e = typeof e == "function" ? e : e === void 0 ? pd : Uu(e), t = typeof t == "function" ? t : t === void 0 ? md : Uu(t);
	function s(s) {
		var c, l = (s = ud(s)).length, u, d = !1, f;
		for (r ?? (a = i(f = o())), c = 0; c <= l; ++c) !(c < l && n(u = s[c], c, s)) === d && ((d = !d) ? a.lineStart() : a.lineEnd()), d && a.point(+e(u, c, s), +t(u, c, s));
		if (f) return a = null, f + "" || null;
	}
	return s.x = function(t) {
		return arguments.length ? (e = typeof t == "function" ? t : Uu(+t), s) : e;
	}, s.y = function(e) {
		return arguments.length ? (t = typeof e == "function" ? e : Uu(+e), s) : t;
	}, s.defined = function(e) {
		return arguments.length ? (n = typeof e == "function" ? e : Uu(!!e), s) : n;
	}, s.curve = function(e) {
		return arguments.length ? (i = e, r != null && (a = i(r)), s) : i;
	}, s.context = function(e) {
		return arguments.length ? (e == null ? r = a = null : a = i(r = e), s) : r;
	}, s;
}
_d(fd);
function gd(e) {
	this._curve = e;
}
gd.prototype = {
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
function _d(e) {
	function t(t) {
		return new gd(e(t));
	}
	return t._curve = e, t;
}
Yu(3), Yu(1 / 3) * 2;
var vd = Ju(Xu / 10) / Ju(7 * Xu / 10);
Ju(Qu / 10) * vd, -Gu(Qu / 10) * vd, Yu(3), Yu(3), Yu(3) / 2, (1 / Yu(12) / 2 + 1) * 3;
function yd() {}
function bd(e, t, n) {
	e._context.bezierCurveTo((2 * e._x0 + e._x1) / 3, (2 * e._y0 + e._y1) / 3, (e._x0 + 2 * e._x1) / 3, (e._y0 + 2 * e._y1) / 3, (e._x0 + 4 * e._x1 + t) / 6, (e._y0 + 4 * e._y1 + n) / 6);
}
function xd(e) {
	this._context = e;
}
xd.prototype = {
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
			case 3: bd(this, this._x1, this._y1);
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
			default: bd(this, e, t);
		}
		this._x0 = this._x1, this._x1 = e, this._y0 = this._y1, this._y1 = t;
	}
};
function Sd(e, t) {
	this._basis = new xd(e), this._beta = t;
}
Sd.prototype = {
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
		return t === 1 ? new xd(e) : new Sd(e, t);
	}
	return n.beta = function(t) {
		return e(+t);
	}, n;
})(.85);
function Cd(e, t, n) {
	e._context.bezierCurveTo(e._x1 + e._k * (e._x2 - e._x0), e._y1 + e._k * (e._y2 - e._y0), e._x2 + e._k * (e._x1 - t), e._y2 + e._k * (e._y1 - n), e._x2, e._y2);
}
function wd(e, t) {
	this._context = e, this._k = (1 - t) / 6;
}
wd.prototype = {
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
			case 3: Cd(this, this._x1, this._y1);
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
			default: Cd(this, e, t);
		}
		this._x0 = this._x1, this._x1 = this._x2, this._x2 = e, this._y0 = this._y1, this._y1 = this._y2, this._y2 = t;
	}
}, (function e(t) {
	function n(e) {
		return new wd(e, t);
	}
	return n.tension = function(t) {
		return e(+t);
	}, n;
})(0);
function Td(e, t) {
	this._context = e, this._k = (1 - t) / 6;
}
Td.prototype = {
	areaStart: yd,
	areaEnd: yd,
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
			default: Cd(this, e, t);
		}
		this._x0 = this._x1, this._x1 = this._x2, this._x2 = e, this._y0 = this._y1, this._y1 = this._y2, this._y2 = t;
	}
}, (function e(t) {
	function n(e) {
		return new Td(e, t);
	}
	return n.tension = function(t) {
		return e(+t);
	}, n;
})(0);
function Ed(e, t) {
	this._context = e, this._k = (1 - t) / 6;
}
Ed.prototype = {
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
			default: Cd(this, e, t);
		}
		this._x0 = this._x1, this._x1 = this._x2, this._x2 = e, this._y0 = this._y1, this._y1 = this._y2, this._y2 = t;
	}
}, (function e(t) {
	function n(e) {
		return new Ed(e, t);
	}
	return n.tension = function(t) {
		return e(+t);
	}, n;
})(0);
function Dd(e, t, n) {
	var r = e._x1, i = e._y1, a = e._x2, o = e._y2;
	if (e._l01_a > X) {
		var s = 2 * e._l01_2a + 3 * e._l01_a * e._l12_a + e._l12_2a, c = 3 * e._l01_a * (e._l01_a + e._l12_a);
		r = (r * s - e._x0 * e._l12_2a + e._x2 * e._l01_2a) / c, i = (i * s - e._y0 * e._l12_2a + e._y2 * e._l01_2a) / c;
	}
	if (e._l23_a > X) {
		var l = 2 * e._l23_2a + 3 * e._l23_a * e._l12_a + e._l12_2a, u = 3 * e._l23_a * (e._l23_a + e._l12_a);
		a = (a * l + e._x1 * e._l23_2a - t * e._l12_2a) / u, o = (o * l + e._y1 * e._l23_2a - n * e._l12_2a) / u;
	}
	e._context.bezierCurveTo(r, i, a, o, e._x2, e._y2);
}
function Od(e, t) {
	this._context = e, this._alpha = t;
}
Od.prototype = {
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
			default: Dd(this, e, t);
		}
		this._l01_a = this._l12_a, this._l12_a = this._l23_a, this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a, this._x0 = this._x1, this._x1 = this._x2, this._x2 = e, this._y0 = this._y1, this._y1 = this._y2, this._y2 = t;
	}
}, (function e(t) {
	function n(e) {
		return t ? new Od(e, t) : new wd(e, 0);
	}
	return n.alpha = function(t) {
		return e(+t);
	}, n;
})(.5);
function kd(e, t) {
	this._context = e, this._alpha = t;
}
kd.prototype = {
	areaStart: yd,
	areaEnd: yd,
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
			default: Dd(this, e, t);
		}
		this._l01_a = this._l12_a, this._l12_a = this._l23_a, this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a, this._x0 = this._x1, this._x1 = this._x2, this._x2 = e, this._y0 = this._y1, this._y1 = this._y2, this._y2 = t;
	}
}, (function e(t) {
	function n(e) {
		return t ? new kd(e, t) : new Td(e, 0);
	}
	return n.alpha = function(t) {
		return e(+t);
	}, n;
})(.5);
function Ad(e, t) {
	this._context = e, this._alpha = t;
}
Ad.prototype = {
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
			default: Dd(this, e, t);
		}
		this._l01_a = this._l12_a, this._l12_a = this._l23_a, this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a, this._x0 = this._x1, this._x1 = this._x2, this._x2 = e, this._y0 = this._y1, this._y1 = this._y2, this._y2 = t;
	}
}, (function e(t) {
	function n(e) {
		return t ? new Ad(e, t) : new Ed(e, 0);
	}
	return n.alpha = function(t) {
		return e(+t);
	}, n;
})(.5);
function jd(e) {
	return e < 0 ? -1 : 1;
}
function Md(e, t, n) {
	var r = e._x1 - e._x0, i = t - e._x1, a = (e._y1 - e._y0) / (r || i < 0 && -0), o = (n - e._y1) / (i || r < 0 && -0), s = (a * i + o * r) / (r + i);
	return (jd(a) + jd(o)) * Math.min(Math.abs(a), Math.abs(o), .5 * Math.abs(s)) || 0;
}
function Nd(e, t) {
	var n = e._x1 - e._x0;
	return n ? (3 * (e._y1 - e._y0) / n - t) / 2 : t;
}
function Pd(e, t, n) {
	var r = e._x0, i = e._y0, a = e._x1, o = e._y1, s = (a - r) / 3;
	e._context.bezierCurveTo(r + s, i + s * t, a - s, o - s * n, a, o);
}
function Fd(e) {
	this._context = e;
}
Fd.prototype = {
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
			case 3: Pd(this, this._t0, Nd(this, this._t0));
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
					this._point = 3, Pd(this, Nd(this, n = Md(this, e, t)), n);
					break;
				default: Pd(this, this._t0, n = Md(this, e, t));
			}
			this._x0 = this._x1, this._x1 = e, this._y0 = this._y1, this._y1 = t, this._t0 = n;
		}
	}
}, Object.create(Fd.prototype).point = function(e, t) {
	Fd.prototype.point.call(this, t, e);
};
// node_modules/d3-zoom/dist/d3-zoom.mjs
var Id = (e) => () => e;
function Ld(e, { sourceEvent: t, target: n, transform: r, dispatch: i }) {
	Object.defineProperties(this, {
		type: {
			value: e,
			enumerable: !0,
			configurable: !0
		},
		sourceEvent: {
			value: t,
			enumerable: !0,
			configurable: !0
		},
		target: {
			value: n,
			enumerable: !0,
			configurable: !0
		},
		transform: {
			value: r,
			enumerable: !0,
			configurable: !0
		},
		_: { value: i }
	});
}
function Rd(e, t, n) {
	this.k = e, this.x = t, this.y = n;
}
Rd.prototype = {
	constructor: Rd,
	scale: function(e) {
		return e === 1 ? this : new Rd(this.k * e, this.x, this.y);
	},
	translate: function(e, t) {
		return e === 0 & t === 0 ? this : new Rd(this.k, this.x + this.k * e, this.y + this.k * t);
	},
	apply: function(e) {
		return [e[0] * this.k + this.x, e[1] * this.k + this.y];
	},
	applyX: function(e) {
		return e * this.k + this.x;
	},
	applyY: function(e) {
		return e * this.k + this.y;
	},
	invert: function(e) {
		return [(e[0] - this.x) / this.k, (e[1] - this.y) / this.k];
	},
	invertX: function(e) {
		return (e - this.x) / this.k;
	},
	invertY: function(e) {
		return (e - this.y) / this.k;
	},
	rescaleX: function(e) {
		return e.copy().domain(e.range().map(this.invertX, this).map(e.invert, e));
	},
	rescaleY: function(e) {
		return e.copy().domain(e.range().map(this.invertY, this).map(e.invert, e));
	},
	toString: function() {
		return "translate(" + this.x + "," + this.y + ") scale(" + this.k + ")";
	}
};
var zd = new Rd(1, 0, 0);
Bd.prototype = Rd.prototype;
function Bd(e) {
	for (; !e.__zoom;) if (!(e = e.parentNode)) return zd;
	return e.__zoom;
}
function Vd(e) {
	e.stopImmediatePropagation();
}
function Hd(e) {
	e.preventDefault(), e.stopImmediatePropagation();
}
function Ud(e) {
	return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Wd() {
	var e = this;
	return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Gd() {
	return this.__zoom || zd;
}
function Kd(e) {
	return -e.deltaY * (e.deltaMode === 1 ? .05 : e.deltaMode ? 1 : .002) * (e.ctrlKey ? 10 : 1);
}
function qd() {
	return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Jd(e, t, n) {
	var r = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], a = e.invertY(t[0][1]) - n[0][1], o = e.invertY(t[1][1]) - n[1][1];
	return e.translate(i > r ? (r + i) / 2 : Math.min(0, r) || Math.max(0, i), o > a ? (a + o) / 2 : Math.min(0, a) || Math.max(0, o));
}
function Yd() {
	var e = Ud, t = Wd, n = Jd, r = Kd, i = qd, a = [0, Infinity], o = [[-Infinity, -Infinity], [Infinity, Infinity]], s = 250, c = Qo, l = zn("start", "zoom", "end"), u, d, f, p = 500, m = 150, h = 0, g = 10;
	function _(e) {
		e.property("__zoom", Gd).on("wheel.zoom", w, { passive: !1 }).on("mousedown.zoom", T).on("dblclick.zoom", E).filter(i).on("touchstart.zoom", D).on("touchmove.zoom", O).on("touchend.zoom touchcancel.zoom", k).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
	}
	_.transform = function(e, t, n, r) {
		var i = e.selection ? e.selection() : e;
		i.property("__zoom", Gd), e === i ? i.interrupt().each(function() {
			S(this, arguments).event(r).start().zoom(null, typeof t == "function" ? t.apply(this, arguments) : t).end();
		}) : x(e, t, n, r);
	}, _.scaleBy = function(e, t, n, r) {
		_.scaleTo(e, function() {
			return this.__zoom.k * (typeof t == "function" ? t.apply(this, arguments) : t);
		}, n, r);
	}, _.scaleTo = function(e, r, i, a) {
		_.transform(e, function() {
			var e = t.apply(this, arguments), a = this.__zoom, s = i == null ? b(e) : typeof i == "function" ? i.apply(this, arguments) : i, c = a.invert(s), l = typeof r == "function" ? r.apply(this, arguments) : r;
			return n(y(v(a, l), s, c), e, o);
		}, i, a);
	}, _.translateBy = function(e, r, i, a) {
		_.transform(e, function() {
			return n(this.__zoom.translate(typeof r == "function" ? r.apply(this, arguments) : r, typeof i == "function" ? i.apply(this, arguments) : i), t.apply(this, arguments), o);
		}, null, a);
	}, _.translateTo = function(e, r, i, a, s) {
		_.transform(e, function() {
			var e = t.apply(this, arguments), s = this.__zoom, c = a == null ? b(e) : typeof a == "function" ? a.apply(this, arguments) : a;
			return n(zd.translate(c[0], c[1]).scale(s.k).translate(typeof r == "function" ? -r.apply(this, arguments) : -r, typeof i == "function" ? -i.apply(this, arguments) : -i), e, o);
		}, a, s);
	};
	function v(e, t) {
		return t = Math.max(a[0], Math.min(a[1], t)), t === e.k ? e : new Rd(t, e.x, e.y);
	}
	function y(e, t, n) {
		var r = t[0] - n[0] * e.k, i = t[1] - n[1] * e.k;
		return r === e.x && i === e.y ? e : new Rd(e.k, r, i);
	}
	function b(e) {
		return [(+e[0][0] + +e[1][0]) / 2, (+e[0][1] + +e[1][1]) / 2];
	}
	function x(e, n, r, i) {
		e.on("start.zoom", function() {
			S(this, arguments).event(i).start();
		}).on("interrupt.zoom end.zoom", function() {
			S(this, arguments).event(i).end();
		}).tween("zoom", function() {
			var e = this, a = arguments, o = S(e, a).event(i), s = t.apply(e, a), l = r == null ? b(s) : typeof r == "function" ? r.apply(e, a) : r, u = Math.max(s[1][0] - s[0][0], s[1][1] - s[0][1]), d = e.__zoom, f = typeof n == "function" ? n.apply(e, a) : n, p = c(d.invert(l).concat(u / d.k), f.invert(l).concat(u / f.k));
			return function(e) {
				if (e === 1) e = f;
				else {
					var t = p(e), n = u / t[2];
					e = new Rd(n, l[0] - t[0] * n, l[1] - t[1] * n);
				}
				o.zoom(null, e);
			};
		});
	}
	function S(e, t, n) {
		return !n && e.__zooming || new C(e, t);
	}
	function C(e, n) {
		this.that = e, this.args = n, this.active = 0, this.sourceEvent = null, this.extent = t.apply(e, n), this.taps = 0;
	}
	C.prototype = {
		event: function(e) {
			return e && (this.sourceEvent = e), this;
		},
		start: function() {
			return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
		},
		zoom: function(e, t) {
			return this.mouse && e !== "mouse" && (this.mouse[1] = t.invert(this.mouse[0])), this.touch0 && e !== "touch" && (this.touch0[1] = t.invert(this.touch0[0])), this.touch1 && e !== "touch" && (this.touch1[1] = t.invert(this.touch1[0])), this.that.__zoom = t, this.emit("zoom"), this;
		},
		end: function() {
			return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
		},
		emit: function(e) {
			var t = U(this.that).datum();
			l.call(e, this.that, new Ld(e, {
				sourceEvent: this.sourceEvent,
				target: _,
				transform: this.that.__zoom,
				dispatch: l
			}), t);
		}
	};
	function w(t, ...i) {
		if (!e.apply(this, arguments)) return;
		var s = S(this, i).event(t), c = this.__zoom, l = Math.max(a[0], Math.min(a[1], c.k * 2 ** r.apply(this, arguments))), u = W(t);
		if (s.wheel) (s.mouse[0][0] !== u[0] || s.mouse[0][1] !== u[1]) && (s.mouse[1] = c.invert(s.mouse[0] = u)), clearTimeout(s.wheel);
		else if (c.k === l) return;
		else s.mouse = [u, c.invert(u)], Us(this), s.start();
		Hd(t), s.wheel = setTimeout(d, m), s.zoom("mouse", n(y(v(c, l), s.mouse[0], s.mouse[1]), s.extent, o));
		function d() {
			s.wheel = null, s.end();
		}
	}
	function T(t, ...r) {
		if (f || !e.apply(this, arguments)) return;
		var i = t.currentTarget, a = S(this, r, !0).event(t), s = U(t.view).on("mousemove.zoom", d, !0).on("mouseup.zoom", p, !0), c = W(t, i), l = t.clientX, u = t.clientY;
		Yi(t.view), Vd(t), a.mouse = [c, this.__zoom.invert(c)], Us(this), a.start();
		function d(e) {
			if (Hd(e), !a.moved) {
				var t = e.clientX - l, r = e.clientY - u;
				a.moved = t * t + r * r > h;
			}
			a.event(e).zoom("mouse", n(y(a.that.__zoom, a.mouse[0] = W(e, i), a.mouse[1]), a.extent, o));
		}
		function p(e) {
			s.on("mousemove.zoom mouseup.zoom", null), Xi(e.view, a.moved), Hd(e), a.event(e).end();
		}
	}
	function E(r, ...i) {
		if (e.apply(this, arguments)) {
			var a = this.__zoom, c = W(r.changedTouches ? r.changedTouches[0] : r, this), l = a.invert(c), u = a.k * (r.shiftKey ? .5 : 2), d = n(y(v(a, u), c, l), t.apply(this, i), o);
			Hd(r), s > 0 ? U(this).transition().duration(s).call(x, d, c, r) : U(this).call(_.transform, d, c, r);
		}
	}
	function D(t, ...n) {
		if (e.apply(this, arguments)) {
			var r = t.touches, i = r.length, a = S(this, n, t.changedTouches.length === i).event(t), o, s, c, l;
			for (Vd(t), s = 0; s < i; ++s) c = r[s], l = W(c, this), l = [
				l,
				this.__zoom.invert(l),
				c.identifier
			], a.touch0 ? !a.touch1 && a.touch0[2] !== l[2] && (a.touch1 = l, a.taps = 0) : (a.touch0 = l, o = !0, a.taps = 1 + !!u);
			u && (u = clearTimeout(u)), o && (a.taps < 2 && (d = l[0], u = setTimeout(function() {
				u = null;
			}, p)), Us(this), a.start());
		}
	}
	function O(e, ...t) {
		if (this.__zooming) {
			var r = S(this, t).event(e), i = e.changedTouches, a = i.length, s, c, l, u;
			for (Hd(e), s = 0; s < a; ++s) c = i[s], l = W(c, this), r.touch0 && r.touch0[2] === c.identifier ? r.touch0[0] = l : r.touch1 && r.touch1[2] === c.identifier && (r.touch1[0] = l);
			if (c = r.that.__zoom, r.touch1) {
				var d = r.touch0[0], f = r.touch0[1], p = r.touch1[0], m = r.touch1[1], h = (h = p[0] - d[0]) * h + (h = p[1] - d[1]) * h, g = (g = m[0] - f[0]) * g + (g = m[1] - f[1]) * g;
				c = v(c, Math.sqrt(h / g)), l = [(d[0] + p[0]) / 2, (d[1] + p[1]) / 2], u = [(f[0] + m[0]) / 2, (f[1] + m[1]) / 2];
			} else if (r.touch0) l = r.touch0[0], u = r.touch0[1];
			else return;
			r.zoom("touch", n(y(c, l, u), r.extent, o));
		}
	}
	function k(e, ...t) {
		if (this.__zooming) {
			var n = S(this, t).event(e), r = e.changedTouches, i = r.length, a, o;
			for (Vd(e), f && clearTimeout(f), f = setTimeout(function() {
				f = null;
			}, p), a = 0; a < i; ++a) o = r[a], n.touch0 && n.touch0[2] === o.identifier ? delete n.touch0 : n.touch1 && n.touch1[2] === o.identifier && delete n.touch1;
			if (n.touch1 && !n.touch0 && (n.touch0 = n.touch1, delete n.touch1), n.touch0) n.touch0[1] = this.__zoom.invert(n.touch0[0]);
			else if (n.end(), n.taps === 2 && (o = W(o, this), Math.hypot(d[0] - o[0], d[1] - o[1]) < g)) {
				var s = U(this).on("dblclick.zoom");
				s && s.apply(this, arguments);
			}
		}
	}
	return _.wheelDelta = function(e) {
		return arguments.length ? (r = typeof e == "function" ? e : Id(+e), _) : r;
	}, _.filter = function(t) {
		return arguments.length ? (e = typeof t == "function" ? t : Id(!!t), _) : e;
	}, _.touchable = function(e) {
		return arguments.length ? (i = typeof e == "function" ? e : Id(!!e), _) : i;
	}, _.extent = function(e) {
		return arguments.length ? (t = typeof e == "function" ? e : Id([[+e[0][0], +e[0][1]], [+e[1][0], +e[1][1]]]), _) : t;
	}, _.scaleExtent = function(e) {
		return arguments.length ? (a[0] = +e[0], a[1] = +e[1], _) : [a[0], a[1]];
	}, _.translateExtent = function(e) {
		return arguments.length ? (o[0][0] = +e[0][0], o[1][0] = +e[1][0], o[0][1] = +e[0][1], o[1][1] = +e[1][1], _) : [[o[0][0], o[0][1]], [o[1][0], o[1][1]]];
	}, _.constrain = function(e) {
		return arguments.length ? (n = e, _) : n;
	}, _.duration = function(e) {
		return arguments.length ? (s = +e, _) : s;
	}, _.interpolate = function(e) {
		return arguments.length ? (c = e, _) : c;
	}, _.on = function() {
		var e = l.on.apply(l, arguments);
		return e === l ? _ : e;
	}, _.clickDistance = function(e) {
		return arguments.length ? (h = (e = +e) * e, _) : Math.sqrt(h);
	}, _.tapDistance = function(e) {
		return arguments.length ? (g = +e, _) : g;
	}, _;
}
// src/charts/shared.ts
function Xd(e, t) {
	e.append("text").attr("class", "tbt-axis-label").attr("x", t.iw / 2).attr("y", t.xLabelY).attr("text-anchor", "middle").text(t.xLabel), e.append("text").attr("class", "tbt-axis-label").attr("transform", `translate(${t.yLabelX},${t.ih / 2}) rotate(-90)`).attr("text-anchor", "middle").text(t.yLabel);
}
function Zd(e, t, n, r, i, a) {
	let [o, s] = W(e, t), c = Math.floor(o / n), l = Math.floor(s / r);
	return l >= 0 && l < i && c >= 0 && c < a ? [l, c] : null;
}
// src/charts/lines.ts
var Qd = 3.2, $d = 3;
function ef(e, t, n) {
	switch (e) {
		case "cross": return `M${t - Qd},${n - Qd}L${t + Qd},${n + Qd}M${t - Qd},${n + Qd}L${t + Qd},${n - Qd}`;
		case "circle": return `M${t - $d},${n}a${$d},${$d} 0 1,0 6,0a${$d},${$d} 0 1,0 -6,0Z`;
		case "square": return `M${t - $d},${n - $d}h6v6h-6Z`;
		default: return "";
	}
}
function tf(e, t = 11) {
	return e.length * t * .58;
}
function nf(e, t) {
	let n = t.yTickFormat ?? yu("~g"), r = t.valueFormat ?? n, i = t.xFormat ?? ((e) => t.xTicks ? t.xTicks.find((t) => t.value === e)?.label ?? String(e) : String(e)), a = t.yDomain;
	if (!a) {
		let n = Infinity, r = -Infinity;
		for (let t of e) for (let e of t.points) e.y !== null && (n = Math.min(n, e.y), r = Math.max(r, e.y));
		for (let e of t.refLines ?? []) n = Math.min(n, e.y), r = Math.max(r, e.y);
		(t.yZero || t.zeroLine) && (n = Math.min(n, 0), r = Math.max(r, 0)), n === Infinity && ([n, r] = [0, 1]), n === r && ([n, r] = [n - .5 * (Math.abs(n) || 1), r + .5 * (Math.abs(r) || 1)]);
		let i = (r - n) * .06;
		a = [n - (t.yZero && n === 0 ? 0 : i), r + i];
	}
	let o = Hu().domain(a).nice(5), s = o.ticks(5), c = Math.max(...s.map((e) => tf(n(e))), 10), l = /* @__PURE__ */ new Set();
	for (let t of e) for (let e of t.points) l.add(e.x);
	let u = [...l].sort((e, t) => e - t), d = t.xDomain ?? (u.length ? [u[0], u[u.length - 1]] : [0, 1]);
	d[0] === d[1] && (d = [d[0] - .5, d[1] + .5]);
	let f = !!t.xTicks && t.xTicks.some((e) => tf(e.label) > (t.width - 80) / Math.max(t.xTicks.length, 1) - 4), p = f ? Math.min(90, Math.max(...t.xTicks.map((e) => tf(e.label))) * .72 + 12) : 18, m = {
		top: 14,
		right: 16,
		bottom: p + 26,
		left: Math.ceil(c) + 30
	}, h = Math.max(t.width, 200), g = Math.max(t.height, 120), _ = h - m.left - m.right, v = g - m.top - m.bottom, y = t.xTicks ? .5 : 0, b = Hu().domain([d[0] - y, d[1] + y]).range([0, _]), x = o.range([v, 0]), S = R("svg", {
		class: "tbt-chart",
		width: h,
		height: g,
		viewBox: `0 0 ${h} ${g}`,
		role: "img",
		"aria-label": t.ariaLabel
	}), C = U(S).append("g").attr("transform", `translate(${m.left},${m.top})`);
	if (C.append("g").attr("class", "tbt-gridlines").selectAll("line").data(s).join("line").attr("x1", 0).attr("x2", _).attr("y1", (e) => x(e)).attr("y2", (e) => x(e)), t.highlightX !== null && t.highlightX !== void 0 && t.xTicks) {
		let e = Math.abs(b(1) - b(0));
		C.append("rect").attr("class", "tbt-highlight-band").attr("x", b(t.highlightX) - e / 2).attr("width", e).attr("y", 0).attr("height", v);
	}
	let w = Ln(x).tickValues(s).tickFormat((e) => n(e)).tickSizeOuter(0);
	C.append("g").attr("class", "tbt-axis tbt-axis-y").call(w);
	let T;
	if (t.xTicks) T = In(b).tickValues(t.xTicks.map((e) => e.value)).tickFormat((e) => i(e)).tickSizeOuter(0);
	else {
		let e = b.ticks(Math.max(2, Math.floor(_ / 70))).filter((e) => Number.isInteger(e));
		T = In(b).tickValues(e).tickFormat((e) => String(e)).tickSizeOuter(0);
	}
	let E = C.append("g").attr("class", "tbt-axis tbt-axis-x").attr("transform", `translate(0,${v})`).call(T);
	f && E.selectAll("text").attr("text-anchor", "end").attr("dx", "-0.5em").attr("dy", "0.3em").attr("transform", "rotate(-40)"), Xd(C, {
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
	let D = hd().defined((e) => e.y !== null).x((e) => b(e.x)).y((e) => x(e.y)), O = C.append("g").attr("class", "tbt-series");
	for (let t of e) {
		let e = O.append("g").attr("class", "tbt-line-series").attr("data-series", t.id);
		if (t.markersOnly || e.append("path").attr("class", "tbt-line").attr("d", D(t.points) ?? "").attr("fill", "none").attr("stroke", t.color).attr("stroke-width", t.width ?? 1.8).attr("stroke-dasharray", t.dash || null).attr("stroke-linejoin", "round").attr("stroke-linecap", "round"), t.marker && t.marker !== "none") {
			let n = /* @__PURE__ */ new Map();
			t.points.forEach((e, r) => {
				if (e.y === null) return;
				let i = typeof t.marker == "function" ? t.marker(e, r) : t.marker;
				if (i === "none") return;
				let a = n.get(i) ?? [];
				a.push(ef(i, b(e.x), x(e.y))), n.set(i, a);
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
			let t = b.invert(e), n = sn(u, t);
			return u[Math.max(0, Math.min(u.length - 1, n))];
		};
		a.on("mousemove", (a) => {
			let [s] = W(a, C.node()), c = o(s);
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
			let [n] = W(e, C.node()), r = o(n);
			r !== null && t.onClickX(r);
		});
	}
	return S;
}
// src/charts/tooltip.ts
var rf = class {
	constructor(e) {
		this.element = L("div", {
			class: "tbt-tooltip",
			role: "tooltip",
			"aria-hidden": "true"
		}), getComputedStyle(e).position === "static" && (e.style.position = "relative"), e.appendChild(this.element);
	}
	show(e, t, n, r) {
		let i = this.element;
		z(i), i.appendChild(L("div", { class: "tbt-tooltip-title" }, n));
		for (let e of r) {
			let t = L("span", { class: "tbt-swatch" });
			e.color ? (t.style.borderTopColor = e.color, t.style.borderTopStyle = e.dash ? "dashed" : "solid") : t.style.visibility = "hidden", i.appendChild(L("div", { class: `tbt-tooltip-row${e.muted ? " tbt-muted" : ""}` }, t, L("span", { class: "tbt-tooltip-label" }, e.label), e.value === void 0 ? null : L("span", { class: "tbt-tooltip-value" }, e.value)));
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
};
function af(e, t, n, r, i, a, o) {
	let s = t.getBoundingClientRect(), c = e.offsetWidth || a, l = e.offsetHeight || o, u = n - s.left + i;
	u + c > s.width && (u = Math.max(0, n - s.left - c - i)), e.style.left = `${u}px`, e.style.top = `${Math.max(0, Math.min(r - s.top - l / 2, s.height - l))}px`;
}
// src/statistics/accuracy.ts
var of = {
	target_val: g.solid,
	target: g.dashed,
	source: g.dotted
}, sf = [
	"target_val",
	"target",
	"source"
];
// src/statistics/transferability.ts
B({
	id: "stat-accuracy",
	section: "statistical",
	title: "Accuracy over training",
	span: 8,
	order: 20,
	info: "Colour = data domain (one run) or run (several runs; line style = data). Marker = model: ○ the pretrained model (first step), × the fine-tuned model. The dotted line is the pretrained model reused directly on the target data. Click to select a step.",
	mount(e) {
		let { panel: t, store: n } = e, r = "accuracy", i = /* @__PURE__ */ new Set(), a = null, o = L("select", {
			class: "tbt-select",
			"aria-label": "Metric"
		}, L("option", { value: "accuracy" }, "Accuracy"), L("option", { value: "loss" }, "Loss"));
		o.addEventListener("change", () => {
			r = o.value === "loss" ? "loss" : "accuracy", t.setTitle(r === "loss" ? "Loss over training" : "Accuracy over training"), c.schedule();
		}), t.controls.appendChild(o), t.setExports({ figure: () => a ? {
			svg: a,
			name: `${r}`
		} : null });
		let c = Xt(e, {
			key: (e, t) => `${r}|${[...i]}|${e.sel.compareMode}|${t}`,
			draw: (e, o) => {
				let l = t.body;
				z(l);
				let u = e.theme, d = r === "accuracy", f = e.pair !== null, p = yu(d ? ".1%" : ".3f"), m = [], h = (e) => e.stats.steps[0], _ = e.runs.reduce((e, t) => e + t.stats.steps.length * 3, 0) > 600 || e.runs.some((e) => e.stats.steps.length > 40), v = (e) => (t) => t.x === h(e) ? "circle" : !_ || t.x === e.step ? "cross" : "none", y = e.runs[0], b = sf.filter((t) => e.runs.some((e) => Ie(Fe(e.stats, t, r)))), x = [];
				for (let t of e.runs) if (!(f && t === y)) for (let n of b) {
					if (i.has(n)) continue;
					let a = Fe(t.stats, n, r);
					Ie(a) && (f && (a = ze(Fe(y.stats, n, r), a)), m.push({
						id: `${t.run}:${n}`,
						group: e.single ? void 0 : t.run,
						label: Ut[n],
						color: e.single ? Wt(n, u) : t.color,
						dash: e.single ? n === "target_val" ? g.dashed : g.solid : of[n],
						points: a,
						marker: v(t),
						width: n === "target_val" ? 2.2 : 1.6
					}));
				}
				if (!f && e.single && d) {
					let t = Re(e.runs[0].stats);
					t && x.push({
						y: t.value,
						label: `direct reuse ${Je(t.value)}`,
						name: `direct reuse (pretrained on ${Ut[t.split]})`,
						color: s[u].targetLight,
						dash: g.dotted
					});
				}
				let S = e.single ? b.map((e) => ({
					id: e,
					label: Ut[e],
					color: Wt(e, u),
					dash: e === "target_val" ? g.dashed : "",
					marker: "cross",
					hidden: i.has(e)
				})) : b.map((e) => ({
					id: e,
					label: Ut[e],
					color: "var(--tbt-muted)",
					dash: of[e],
					hidden: i.has(e)
				})), C = L("div", { class: "tbt-legend-row" });
				C.appendChild(fe(S, (e) => {
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
					color: s[u].targetLight,
					dash: g.dotted,
					title: "The pretrained model reused directly on the target data"
				}), C.appendChild(fe(T, void 0, "Markers")), e.single || C.appendChild(Kt(e, f ? y.run : null)), l.appendChild(C);
				let E = f ? `Δ ${d ? "accuracy" : "loss"} vs ${y.run}${d ? " (pp)" : ""}` : d ? "Accuracy (%)" : "Loss (cross-entropy)", D = d ? (e) => Ye(e) : yu("+.3f");
				a = nf(m, {
					width: o,
					height: 280,
					xLabel: `Step (${e.stepLabel})`,
					yLabel: E,
					yDomain: !f && d ? [0, 1] : void 0,
					yTickFormat: d ? f ? (e) => (e * 100).toFixed(0) : (e) => `${Math.round(e * 100)}` : yu("~g"),
					valueFormat: f ? D : p,
					zeroLine: f,
					refLines: x,
					markX: e.selectedStep,
					markXLabel: e.selectedStep === null ? void 0 : `step ${e.selectedStep}`,
					onClickX: (e) => w(e, n),
					tooltip: new rf(l),
					ariaLabel: `${d ? "Accuracy" : "Loss"} over steps for ${e.runs.length} run(s)`
				}), l.appendChild(L("div", { class: "tbt-figure" }, a));
			}
		});
		return c;
	}
}), B({
	id: "stat-transferability",
	section: "statistical",
	title: "Transferability score",
	span: 4,
	order: 30,
	info: Ht,
	mount(e) {
		let { panel: t, store: n } = e, r = null;
		return t.setExports({ figure: () => r ? {
			svg: r,
			name: "transferability"
		} : null }), Xt(e, {
			key: (e, t) => `${e.sel.compareMode}|${t}`,
			draw: (e, i) => {
				let a = t.body;
				z(a);
				let o = e.theme, c = e.pair !== null, l = e.runs[0], u = [];
				for (let t of e.runs) {
					if (c && t === l) continue;
					let n = Le(t.stats);
					c && (n = ze(Le(l.stats), n)), u.push({
						id: t.run,
						label: e.single ? "transferability" : t.run,
						color: e.single ? s[o].target : t.color,
						points: n,
						marker: (e) => e.x === t.stats.steps[0] ? "circle" : "cross"
					});
				}
				if (!u.some((e) => Ie(e.points))) {
					a.appendChild(L("p", { class: "tbt-note" }, "Not defined for these runs: the label spaces of source and target differ and no source head maps them.")), r = null;
					return;
				}
				let d = L("div", { class: "tbt-headline" });
				for (let t of e.runs.slice(0, 4)) {
					let n = t.t >= 0 ? Le(t.stats)[t.t]?.y ?? null : null;
					d.appendChild(L("div", {
						class: "tbt-headline-item",
						title: Ht
					}, e.single ? null : de({
						color: t.color,
						marker: "square",
						markerOnly: !0
					}), L("span", { class: `tbt-headline-value ${n === null ? "" : n >= 0 ? "tbt-good" : "tbt-bad"}` }, Ye(n)), L("span", { class: "tbt-headline-label" }, e.single ? `at step ${t.step ?? "–"}` : t.run)));
				}
				e.runs.length > 4 && d.appendChild(L("span", { class: "tbt-muted" }, `+${e.runs.length - 4} more (hover the chart)`)), a.appendChild(d);
				let f = qe(u.map((e) => e.points)) ?? [0, 0];
				r = nf(u, {
					width: i,
					height: 230,
					xLabel: `Step (${e.stepLabel})`,
					yLabel: c ? `Δ score vs ${l.run} (pp)` : "Gain over direct reuse (pp)",
					yDomain: [Math.min(f[0], 0), Math.max(f[1], 0)],
					yTickFormat: (e) => `${Math.round(e * 100)}`,
					valueFormat: (e) => Ye(e),
					zeroLine: !0,
					yZero: !0,
					markX: e.selectedStep,
					onClickX: (e) => w(e, n),
					tooltip: new rf(a),
					ariaLabel: "Transferability score over steps"
				}), a.appendChild(L("div", { class: "tbt-figure" }, r));
			}
		});
	}
});
// src/charts/table.ts
function cf(e, t, n) {
	if (e === null && t === null) return 0;
	if (e === null) return 1;
	if (t === null) return -1;
	let r = typeof e == "number" && typeof t == "number" ? e - t : String(e).localeCompare(String(t), void 0, { numeric: !0 });
	return n === "asc" ? r : -r;
}
function lf(e, t, n) {
	let r = t.find((e) => e.id === n.column);
	return r ? e.map((e, t) => ({
		r: e,
		i: t
	})).sort((e, t) => cf(r.sortValue(e.r), r.sortValue(t.r), n.dir) || e.i - t.i).map((e) => e.r) : [...e];
}
function uf(e, t) {
	return [t.map((e) => e.label), ...e.map((e) => t.map((t) => t.csv ? t.csv(e) : t.sortValue(e)))];
}
function df(e) {
	let t = lf(e.rows, e.columns, e.sort), n = L("table", {
		class: "tbt-table",
		"aria-label": e.ariaLabel
	}), r = L("thead"), i = L("tr");
	for (let t of e.columns) {
		let n = e.sort.column === t.id, r = L("th", {
			scope: "col",
			class: `${t.numeric ? "tbt-num" : ""} ${t.className ?? ""}`.trim() || null,
			"aria-sort": n ? e.sort.dir === "asc" ? "ascending" : "descending" : t.sortable === !1 ? null : "none",
			title: t.title ?? null
		});
		if (t.sortable === !1) r.textContent = t.label;
		else {
			let i = L("button", {
				type: "button",
				class: `tbt-sort${n ? " tbt-sort-active" : ""}`,
				"data-column": t.id
			}, t.label, L("span", {
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
	let a = L("tbody"), o = [];
	for (let n of t) {
		let t = e.rowKey(n), r = L("tr", {
			tabindex: e.onRowClick ? 0 : null,
			"data-key": String(t)
		});
		for (let t of e.columns) {
			let e = L("td", { class: `${t.numeric ? "tbt-num" : ""} ${t.className ?? ""}`.trim() || null });
			ce(e, t.render(n)), r.appendChild(e);
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
function ff(e, t) {
	let n = e.scrollTop, r = e.scrollLeft;
	z(e), e.appendChild(t), e.scrollTop = n, e.scrollLeft = r;
}
// src/statistics/classes.ts
function pf(e) {
	let t = e.class_names, n = (e, t) => {
		let n = L("span", { class: `tbt-bar-cell ${t}` }, L("span", { class: "tbt-bar-value" }, Je(e))), r = L("span", {
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
			render: (e) => L("span", { class: "tbt-class-name" }, e.name),
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
			render: (e) => L("span", { class: e.diff === null ? "" : e.diff < -.1 ? "tbt-bad" : e.diff > .1 ? "tbt-good" : "" }, Ye(e.diff))
		},
		{
			id: "errors",
			label: "Top target confusions",
			title: "Most frequent wrong predictions for the class's target instances (predicted class: count); sorts by the number of errors",
			sortValue: (e) => e.errors,
			render: (e) => e.confusions.length ? e.confusions.map((n) => L("span", {
				class: "tbt-tag",
				title: `${n.count} target instance(s) of ${e.name} predicted as ${t[n.predicted] ?? n.predicted}`
			}, `${t[n.predicted] ?? n.predicted}: ${n.count}`)) : L("span", { class: "tbt-muted" }, e.errors === null ? "–" : "none"),
			csv: (e) => e.confusions.map((e) => `${t[e.predicted] ?? e.predicted}: ${e.count}`).join("; ")
		}
	];
}
B({
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
		}, i = null, a = null, o = [], s = "", c = L("select", {
			class: "tbt-select",
			"aria-label": "Run shown in the table"
		});
		c.addEventListener("change", () => {
			i = c.value, l.schedule();
		}), t.controls.appendChild(c), t.setExports({ csv: () => a ? {
			rows: uf(a.rowsInOrder(), o),
			name: `classes-${s}`
		} : null });
		let l = Xt(e, {
			controls: (e) => {
				let t = e.runs.map((e) => e.run);
				i && t.includes(i) || (i = t[0] ?? null), z(c);
				for (let e of t) c.appendChild(L("option", { value: e }, e));
				i && (c.value = i), c.hidden = t.length < 2;
			},
			key: () => `${i}|${r.column}:${r.dir}`,
			draw: (e) => {
				let c = t.body, u = e.runs.find((e) => e.run === i) ?? e.runs[0];
				s = u.run;
				let d = Ue(u.stats, u.t);
				o = pf(u.stats), a = df({
					columns: o,
					rows: d,
					rowKey: (e) => e.index,
					sort: r,
					onSort: (e) => {
						r = e, l.schedule();
					},
					selected: e.sel.class,
					onRowClick: (e) => E(e.index, n, !0),
					ariaLabel: `Per-class performance of ${u.run} at step ${u.step ?? ""}`
				});
				let f = c.querySelector(".tbt-table-scroll");
				f || (z(c), f = L("div", { class: "tbt-table-scroll" }), c.appendChild(f)), ff(f, a.element);
				let p = c.querySelector(".tbt-caption");
				p || (p = L("p", { class: "tbt-caption" }), c.appendChild(p)), p.textContent = `${u.run} · step ${u.step ?? "–"} · ${d.length} classes${e.sel.class !== null && d[e.sel.class] ? ` · selected: ${d[e.sel.class].name}` : ""}`;
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
function mf(e, t) {
	let n = (e - t[0]) / (t[1] - t[0] || 1);
	return n < 0 ? 0 : n > 1 ? 1 : n;
}
function hf(e) {
	return To(e === "dark" ? [
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
function gf(e, t, n = {
	low: "",
	high: ""
}, r = !1) {
	let i = hf(t), a = r ? (e) => i(1 - e) : i;
	return {
		domain: e,
		ramp: a,
		color: (t) => a(mf(t, e)),
		diverging: !1,
		lowNote: n.low,
		highNote: n.high
	};
}
var _f = /* @__PURE__ */ new WeakMap();
function vf(e) {
	let t = _f.get(e);
	if (!t) {
		t = /* @__PURE__ */ new Uint8Array(768);
		for (let n = 0; n < 256; n++) {
			let r = Sa(e.ramp(n / 255));
			t[n * 3] = r.r, t[n * 3 + 1] = r.g, t[n * 3 + 2] = r.b;
		}
		_f.set(e, t);
	}
	return t;
}
function yf(e) {
	return To(e === "dark" ? [
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
function bf(e) {
	return e === "dark" ? {
		fill: "#2f343b",
		hatch: "#5d646e"
	} : {
		fill: "#eef0f2",
		hatch: "#b4b9c2"
	};
}
var xf = 0;
function Sf(e, t) {
	let n = bf(t), r = `tbt-ov-hatch-${++xf}`, i = U(e), a = i.select("defs");
	a.empty() && (a = i.insert("defs", ":first-child"));
	let o = a.append("pattern").attr("id", r).attr("patternUnits", "userSpaceOnUse").attr("width", 5).attr("height", 5).attr("patternTransform", "rotate(45)");
	return o.append("rect").attr("width", 5).attr("height", 5).attr("fill", n.fill), o.append("line").attr("x1", 1).attr("y1", 0).attr("x2", 1).attr("y2", 5).style("stroke", n.hatch).style("stroke-width", "1.6px"), `url(#${r})`;
}
function Cf(e, t) {
	let n = bf(t), r = document.createElement("canvas");
	r.width = 6, r.height = 6;
	let i = r.getContext("2d");
	return i ? (i.fillStyle = n.fill, i.fillRect(0, 0, 6, 6), i.strokeStyle = n.hatch, i.lineWidth = 1.2, i.beginPath(), i.moveTo(0, 6), i.lineTo(6, 0), i.moveTo(-1, 1), i.lineTo(1, -1), i.moveTo(5, 7), i.lineTo(7, 5), i.stroke(), e.createPattern(r, "repeat") ?? n.fill) : n.fill;
}
// src/charts/colorLegend.ts
var wf = 0;
function Tf(e, t, n, r, i = {}) {
	let a = i.barWidth ?? 170, o = U(e), s = o.select("defs");
	s.empty() && (s = o.insert("defs", ":first-child"));
	let c = `tbt-ov-grad-${++wf}`, l = s.append("linearGradient").attr("id", c);
	for (let e = 0; e <= 16; e++) l.append("stop").attr("offset", `${e / 16 * 100}%`).attr("stop-color", n.ramp(e / 16));
	let u = t.append("g").attr("class", "tbt-ov-legend").attr("role", "img").attr("aria-label", `Colour scale ${i.label ?? ""} from ${V(n.domain[0])} to ${V(n.domain[1])}`.replace(/\s+/g, " "));
	i.label && u.append("text").attr("class", "tbt-legend-text tbt-ov-legend-title").attr("x", 0).attr("y", 9).text(i.label);
	let d = i.label ? 16 : 6, f = i.tickFormat ?? ((e) => yu("~g")(+e.toPrecision(3))), p = i.ticks ?? Hu().domain(n.domain).ticks(4);
	!i.ticks && n.diverging && !p.includes(0) && (p = [...p, 0].sort((e, t) => e - t));
	let m = n.lowNote ? `← ${n.lowNote}` : "", h = n.highNote ? `${n.highNote} →` : "", g = m ? tf(m, 11) + 6 : Math.ceil(tf(f(p[0] ?? 0), 11) / 2) + 1;
	m && u.append("text").attr("class", "tbt-legend-text tbt-ov-note").attr("x", g - 5).attr("y", d + 8).attr("text-anchor", "end").text(m), u.append("rect").attr("class", "tbt-legend-bar").attr("x", g).attr("y", d).attr("width", a).attr("height", 10).attr("fill", `url(#${c})`), h && u.append("text").attr("class", "tbt-legend-text tbt-ov-note").attr("x", g + a + 5).attr("y", d + 8).text(h);
	let _ = Hu().domain(n.domain).range([g, g + a]), v = u.append("g").attr("class", "tbt-ov-legend-ticks");
	for (let e of p) v.append("line").attr("class", "tbt-ov-tick").attr("x1", _(e)).attr("x2", _(e)).attr("y1", d + 10).attr("y2", d + 13), v.append("text").attr("class", "tbt-legend-text").attr("x", _(e)).attr("y", d + 23).attr("text-anchor", "middle").text(f(e));
	let y = g + a + (h ? 5 + tf(h, 11) : Math.ceil(tf(f(p[p.length - 1] ?? 0), 11) / 2) + 1);
	if (i.missing ?? !0) {
		let t = y + 16;
		u.append("rect").attr("x", t).attr("y", d).attr("width", 14).attr("height", 10).attr("fill", Sf(e, r)).attr("class", "tbt-ov-null-swatch"), u.append("text").attr("class", "tbt-legend-text").attr("x", t + 18).attr("y", d + 8).text("missing / failed"), y = t + 18 + tf("missing / failed", 11);
	}
	return y;
}
function Ef(e, t, n = {}) {
	let r = n.label ? 42 : 32, i = R("svg", {
		class: "tbt-chart tbt-color-legend",
		height: r,
		role: "img",
		"aria-label": n.label ?? "Colour scale"
	}), a = Math.ceil(Tf(i, U(i).append("g"), e, t, n)) + 2;
	return i.setAttribute("width", String(a)), i.setAttribute("viewBox", `0 0 ${a} ${r}`), i;
}
// src/charts/heatmap.ts
function Df(e, t) {
	let n = t.values.length, r = t.values[0]?.length ?? 0;
	if (n * r > t.canvasThreshold) {
		let e = t.cellW * r, i = t.cellH * n, a = L("canvas", {
			class: "tbt-ov-canvas",
			"data-multiple": t.key ?? null
		}), o = Math.min(2, typeof window < "u" && window.devicePixelRatio || 1);
		return a.width = Math.max(1, Math.round(e * o)), a.height = Math.max(1, Math.round(i * o)), Object.assign(a.style, {
			position: "absolute",
			left: `${t.x}px`,
			top: `${t.y}px`,
			width: `${e}px`,
			height: `${i}px`
		}), Of(a, t, o, e, i), t.wrap.appendChild(a), {
			canvas: a,
			x: t.x,
			y: t.y,
			width: e,
			height: i
		};
	}
	let i = [];
	for (let e = 0; e < n; e++) if (!t.absent?.[e]) for (let n = 0; n < r; n++) i.push({
		r: e,
		c: n,
		v: t.values[e][n] ?? null
	});
	return e.append("g").attr("class", "tbt-ov-cells").selectAll("rect").data(t.missing ? i : i.filter((e) => e.v !== null)).join("rect").attr("class", (e) => e.v === null ? "tbt-ov-cell tbt-ov-null" : "tbt-ov-cell").attr("x", (e) => e.c * t.cellW).attr("y", (e) => e.r * t.cellH).attr("width", t.cellW).attr("height", t.cellH).attr("fill", (e) => e.v === null ? t.missing : t.scale.color(e.v)), null;
}
function Of(e, t, n, r, i) {
	let a = e.getContext("2d"), o = t.values.length, s = t.values[0]?.length ?? 0;
	if (!a || !o || !s) return;
	let c = e.ownerDocument.createElement("canvas");
	c.width = s, c.height = o;
	let l = c.getContext("2d");
	if (!l) return;
	let u = l.createImageData(s, o), d = vf(t.scale), f = !1;
	for (let e = 0; e < o; e++) for (let n = 0; n < s; n++) {
		let r = t.values[e][n], i = (e * s + n) * 4;
		if (r == null) {
			f = !0;
			continue;
		}
		let a = Math.round(mf(r, t.scale.domain) * 255) * 3;
		u.data[i] = d[a], u.data[i + 1] = d[a + 1], u.data[i + 2] = d[a + 2], u.data[i + 3] = 255;
	}
	if (l.putImageData(u, 0, 0), a.scale(n, n), f && t.missing) {
		a.fillStyle = Cf(a, t.theme);
		let e = i / o;
		for (let n = 0; n < o; n++) t.absent?.[n] || a.fillRect(0, n * e, r, e);
	}
	a.imageSmoothingEnabled = !1, a.drawImage(c, 0, 0, r, i);
}
function kf(e, t) {
	let n = e.append("rect").attr("class", "tbt-ov-hover").attr("data-export", "skip").attr("width", t.cellW).attr("height", t.cellH).style("display", "none"), r = (n) => Zd(n, e.node(), t.cellW, t.cellH, t.rows, t.cols);
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
function Af(e) {
	let t = e.rows.length, n = e.cols.length, r = Math.min(110, Math.max(24, ...e.rows.map((e) => e.length * 6.4 + 10))), i = Math.min(90, Math.max(24, ...e.cols.map((e) => e.length * 6.4 * .75 + 12))), a = {
		top: 10,
		right: 12,
		bottom: i + 22,
		left: r + 22
	}, o = Math.max(3, Math.min(42, Math.floor((e.width - a.left - a.right) / Math.max(n, 1)))), s = o * n, c = o * t, l = s + a.left + a.right, u = c + a.top + a.bottom, d = e.scale ?? gf([0, bn(e.values.flat(), (e) => e ?? 0) || 1], e.theme), f = d.domain, p = L("div", { class: "tbt-heatmap" });
	p.style.width = `${l}px`, p.style.height = `${u}px`;
	let m = R("svg", {
		class: "tbt-chart",
		width: l,
		height: u,
		viewBox: `0 0 ${l} ${u}`,
		role: "img",
		"aria-label": e.ariaLabel
	}), h = U(m).append("g").attr("transform", `translate(${a.left},${a.top})`), g = h.append("rect").attr("class", "tbt-heatmap-frame").attr("width", s).attr("height", c), _ = Df(h, {
		values: e.values,
		cellW: o,
		cellH: o,
		scale: d,
		theme: e.theme,
		missing: e.hatchMissing ? Sf(m, e.theme) : null,
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
			r.append("text").attr("x", t * o + o / 2).attr("y", i * o + o / 2).attr("dy", "0.35em").attr("text-anchor", "middle").attr("class", s > .55 ? "tbt-cell-label tbt-on-dark" : "tbt-cell-label").text(yu("~s")(n));
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
	}), Xd(h, {
		iw: s,
		ih: c,
		xLabelY: c + i + 16,
		yLabelX: -a.left + 12,
		xLabel: e.xLabel,
		yLabel: e.yLabel
	}), e.diagonal) {
		let t = new Map(e.cols.map((e, t) => [e, t])), n = h.append("g").attr("class", "tbt-heatmap-diags");
		e.rows.forEach((e, r) => {
			let i = t.get(e);
			i !== void 0 && n.append("rect").attr("class", "tbt-heatmap-diag").attr("x", i * o + .5).attr("y", r * o + .5).attr("width", o - 1).attr("height", o - 1);
		});
	}
	if (e.highlight !== null && e.highlight !== void 0 && e.highlight >= 0 && e.highlight < Math.max(t, n)) {
		let r = e.highlight;
		r < t && h.append("rect").attr("class", "tbt-heatmap-hl").attr("x", -1).attr("y", r * o).attr("width", s + 2).attr("height", o), r < n && h.append("rect").attr("class", "tbt-heatmap-hl").attr("x", r * o).attr("y", -1).attr("width", o).attr("height", c + 2);
	}
	return (e.tooltip || e.onCellClick) && kf(h, {
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
function jf(e, t) {
	let n = Math.max(1, Math.min(e, Math.floor((t + 18) / 248)));
	return e === 4 && n === 3 && (n = 2), {
		cols: n,
		each: Math.floor((t - 18 * (n - 1)) / n)
	};
}
B({
	id: "stat-confusion",
	section: "statistical",
	title: "Confusion matrix",
	span: 7,
	order: 50,
	info: "Rows: true class; columns: predicted class; colour: share of the true class's probe instances. Click a cell to select its true class.",
	mount(e) {
		let { panel: t, store: n } = e, r = "target", i = null, a = ue("Domain", [{
			id: "target",
			label: "Target"
		}, {
			id: "source",
			label: "Source"
		}], (e) => {
			r = e, a.set(e), o.schedule();
		}, { initial: r });
		t.controls.appendChild(a.element), t.setExports({ figure: () => i });
		let o = Xt(e, {
			key: (e, t) => `${r}|${e.sel.class}|${t}`,
			draw: (e, a) => {
				let o = t.body;
				z(o), i = null;
				let s = new rf(o), c = e.runs.slice(0, 4), l = L("div", { class: "tbt-multiples" }), { each: u } = jf(c.length, a), d = gf([0, 1], e.theme);
				for (let t of c) {
					let a = We(t.stats, t.t, r), o = L("div", { class: "tbt-multiple" });
					if (e.single || o.appendChild(Gt(t.run, t.color)), !a) {
						o.appendChild(L("p", { class: "tbt-note" }, `No ${r} confusion matrix at step ${t.step ?? "–"}.`)), l.appendChild(o);
						continue;
					}
					let c = t.stats.class_names, f = Af({
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
						onCellClick: (e) => E(e, n),
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
									value: Je(a.rates[n][r])
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
				o.appendChild(l), e.runs.length > c.length && o.appendChild(L("p", { class: "tbt-note" }, `Showing the first ${c.length} of ${e.runs.length} selected runs.`)), o.appendChild(Ef(d, e.theme, {
					label: `Share of the true class's ${r} instances`,
					barWidth: 210,
					ticks: [0, 1],
					tickFormat: (e) => Je(e, 0),
					missing: !1
				}));
			}
		});
		return o;
	}
});
// src/measures.ts
var Mf = {
	weight_drift: {
		label: "Relative weight drift",
		unit: "",
		scale: { kind: "zero-max" },
		direction: "changed",
		format: V,
		help: "Relative weight change ‖W − W₀‖ / ‖W₀‖ from the pretrained weights (0 = unchanged). Mixes rotation and rescaling: read it with the cosine.",
		heatmap: !0
	},
	weight_cosine: {
		label: "Weight cosine to pretrained",
		unit: "",
		scale: { kind: "unit-or-signed" },
		direction: "kept",
		format: V,
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
		format: V,
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
		format: V,
		help: "Unbiased linear CKA to the pretrained model on the source probe: how much of the source representation survives (low = forgetting). Values below 0 are drawn as 0. Sensitive to outliers; compare layers with care.",
		heatmap: !0
	},
	mmd: {
		label: "Linear MMD (source vs target)",
		unit: "",
		scale: { kind: "zero-max" },
		direction: "differ",
		format: V,
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
		format: V,
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
		format: V,
		help: "2(1 − 2·error) of the same domain classifier, in [0, 2]; saturates at 2 quickly in high dimensions — prefer the domain AUC.",
		heatmap: !1
	},
	logme: {
		label: "LogME (target labels)",
		unit: "nats per instance",
		scale: { kind: "extent" },
		direction: "kept",
		format: V,
		help: "LogME evidence of the layer's features for the target labels (higher = more linearly usable). Scale depends on the data set; compare runs, not absolute values.",
		heatmap: !1
	}
}, Nf = Object.keys(Mf).filter((e) => Mf[e].heatmap);
function Pf(e) {
	return Mf[e] ?? {
		label: e,
		unit: "",
		scale: { kind: "extent" },
		direction: "changed",
		format: V,
		help: e,
		heatmap: !1
	};
}
function Ff(e) {
	return Pf(e).label;
}
function If(e) {
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
var Lf = "LEEP: log expected empirical prediction of the source head's softmax on the target probe (higher = more transferable)";
function Rf(e) {
	let t = L("div", { class: "tbt-leep" }), n = e.runs.filter((e) => (e.stats.leep ?? []).some((e) => typeof e == "number"));
	if (n.length < e.runs.length) {
		let r = e.runs.length - n.length;
		t.appendChild(L("div", {
			class: "tbt-leep-row",
			title: Lf
		}, L("span", { class: "tbt-leep-label" }, "LEEP"), L("span", { class: "tbt-muted" }, n.length ? `not logged for ${r} run${r > 1 ? "s" : ""} (no source head)` : "not logged (no source head)")));
	}
	for (let r of n) {
		let n = r.stats.leep ?? [], i = r.t >= 0 ? n[r.t] ?? null : null, a = n[0] ?? null;
		t.appendChild(L("div", {
			class: "tbt-leep-row",
			title: Lf
		}, e.single ? null : de({
			color: r.color,
			marker: "square",
			markerOnly: !0
		}), L("span", { class: "tbt-leep-label" }, e.single ? "LEEP" : `${r.run} · LEEP`), L("span", null, `${V(i)} at step ${r.step ?? "–"} · ${V(a)} at step ${r.stats.steps[0]}`)));
	}
	return t;
}
B({
	id: "stat-layers",
	section: "statistical",
	title: "Layer transferability",
	span: 8,
	order: 60,
	info: "A transferability estimate per layer (model order) at the selected step, with the first step (the pretrained model, before fine-tuning) for reference. LogME: log evidence of a linear model on the layer's pooled features for the target labels (higher = features more useful). Gaps: the measure failed or was not computed. Click a layer to select it.",
	mount(e) {
		let { panel: t, store: n } = e, r = "logme", i = null, a = L("select", {
			class: "tbt-select",
			"aria-label": "Layer measure"
		});
		a.addEventListener("change", () => {
			r = a.value, o.schedule();
		}), t.controls.appendChild(a), t.setExports({ figure: () => i ? {
			svg: i,
			name: `layers-${r}`
		} : null });
		let o = Xt(e, {
			controls: (e) => {
				let t = [...new Set(e.runs.flatMap((e) => e.stats.layer_stats.measures))];
				if (t.length && !t.includes(r) && (r = t.includes("logme") ? "logme" : t[0]), [...a.options].map((e) => e.value).join("|") !== t.join("|")) {
					z(a);
					for (let e of t) a.appendChild(L("option", { value: e }, Ff(e)));
				}
				a.value = r;
			},
			key: (e, t) => `${r}|${e.sel.layer}|${t}`,
			draw: (e, a) => {
				let o = t.body;
				z(o);
				let c = e.theme, l = [];
				for (let t of e.runs) for (let e of t.stats.layer_stats.layers) l.includes(e) || l.push(e);
				if (!l.length) {
					i = null, o.appendChild(L("p", { class: "tbt-note" }, "No per-layer measures were logged."));
					return;
				}
				let u = [], d = (e, t) => e.stats.layer_stats.layers.map((e, n) => ({
					x: l.indexOf(e),
					y: t[n]?.y ?? null
				})).sort((e, t) => e.x - t.x);
				for (let t of e.runs) {
					let n = e.single ? s[c].target : t.color;
					t.t !== 0 && u.push({
						id: `${t.run}:first`,
						group: e.single ? void 0 : t.run,
						label: `step ${t.stats.steps[0]} (pretrained)`,
						color: n,
						dash: g.dashed,
						width: 1.4,
						points: d(t, Ge(t.stats, r, 0)),
						marker: "circle",
						hollow: !0
					}), u.push({
						id: `${t.run}:now`,
						group: e.single ? void 0 : t.run,
						label: `step ${t.step ?? "–"}`,
						color: n,
						points: d(t, Ge(t.stats, r, t.t)),
						marker: t.t === 0 ? "circle" : "cross",
						width: 2
					});
				}
				let f = e.single ? s[c].target : "var(--tbt-muted)", p = L("div", { class: "tbt-legend-row" }, fe([{
					id: "now",
					label: `selected step${e.single ? ` (${e.runs[0].step ?? "–"})` : ""}`,
					color: f,
					marker: "cross"
				}, {
					id: "first",
					label: "first step (pretrained model)",
					color: f,
					dash: g.dashed,
					marker: "circle",
					hollow: !0
				}], void 0, "Steps"));
				e.single || p.appendChild(Kt(e, null)), o.appendChild(p);
				let m = e.sel.layer === null ? -1 : l.indexOf(e.sel.layer);
				i = nf(u, {
					width: a,
					height: 260,
					xLabel: "Layer (input → output)",
					yLabel: Ff(r),
					xTicks: l.map((e, t) => ({
						value: t,
						label: e
					})),
					highlightX: m >= 0 ? m : null,
					valueFormat: (e) => Pf(r).format(e),
					yTickFormat: yu("~g"),
					onClickX: (e) => T(l[e] ?? null, n),
					tooltip: new rf(o),
					ariaLabel: `${Ff(r)} per layer`
				}), o.appendChild(L("div", { class: "tbt-figure" }, i)), o.appendChild(Rf(e));
			}
		});
		return o;
	}
});
// src/statistics/failures.ts
function zf(e, t) {
	return L("li", null, L("span", { class: "tbt-failure-where" }, `${t}${Ff(e.measure)}${e.layer ? ` @ ${e.layer}` : ""}`), L("span", { class: "tbt-failure-error" }, e.error));
}
function Bf(e) {
	let t = 0, n = L("ul", { class: "tbt-failures" });
	for (let r of e.runs) {
		let i = Ke(r.stats);
		t += i.length;
		for (let t of i.filter((e) => e.step === r.step)) n.appendChild(zf(t, e.single ? "" : `${r.run} · `));
	}
	let r = n.childElementCount, i = [L("p", { class: r ? "tbt-note tbt-bad" : "tbt-note" }, r ? `${r} failed at step ${e.selectedStep ?? "–"}:` : `No measure failed at step ${e.selectedStep ?? "–"}.`)];
	if (r && i.push(n), t > r) {
		let n = L("ul", { class: "tbt-failures" });
		for (let t of e.runs) for (let r of Ke(t.stats)) n.appendChild(zf(r, `${e.single ? "" : `${t.run} · `}step ${r.step} · `));
		i.push(L("details", { class: "tbt-details" }, L("summary", null, `All steps (${t} failures)`), n));
	}
	return i;
}
B({
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
			for (let n of t.runs) for (let t of Ke(n.stats)) e.push([
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
		} }), Xt(e, {
			key: () => "",
			draw(n) {
				t = n, z(e.panel.body), e.panel.body.append(...Bf(n));
			}
		});
	}
});
// src/overview/common.ts
var Vf = { watch: (e) => [
	e.runs,
	e.step,
	e.layer,
	e.neuron,
	e.compareMode,
	e.theme
] };
function Hf(e) {
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
		layers: Ve(r).map((e) => ({
			name: e,
			inputs: [...t.get(e) ?? []]
		})),
		types: n
	};
}
function Uf(e) {
	let t = e.get().runs;
	t.length >= 2 && S([
		t[1],
		t[0],
		...t.slice(2)
	], e);
}
var Wf = (e) => `${e[0].run} − ${e[1].run}`;
function Gf(e) {
	let t = L("div", { class: "tbt-ov-compare" }), n = ue("Compare runs", [{
		id: "overlay",
		label: "Side by side",
		title: "Each run as its own small multiple, all on the same scales"
	}, {
		id: "difference",
		label: "A − B",
		title: "The second selected run minus the first (the reference, as in the statistical level), on a diverging scale centred at 0"
	}], (t) => k(t, e.store), { control: "compare" }), r = L("button", {
		type: "button",
		class: "tbt-button tbt-ov-swap",
		"data-control": "swap",
		title: "Swap runs A and B (reorders the first two selected runs)"
	}, "Swap A ⇄ B");
	return r.addEventListener("click", () => Uf(e.store)), t.append(n.element, r), {
		element: t,
		update(e) {
			t.hidden = e.runs.length < 2, n.set(e.sel.compareMode), r.hidden = !e.pair;
		}
	};
}
function Kf(e, t) {
	return t.sel.runs.length ? t.runs.length ? t.layers.length ? (e.setState("ready"), !0) : (e.setState("empty", "The selected runs have no layer measures (layer_stats) yet."), !1) : (t.loading.length ? e.setState("loading", `Loading ${t.loading.join(", ")}…`) : e.setState("error", t.errors.map((e) => `${e.run}: ${e.error}`).join("\n") || "No data."), !1) : (e.setState("empty", "Select one or more runs in the header."), !1);
}
function qf(e) {
	let t = [], n = e.errors.filter((t) => !e.runs.some((e) => e.run === t.run));
	return e.loading.length && t.push(`Loading ${e.loading.join(", ")}…`), n.length && t.push(`Not shown (could not be read): ${n.map((e) => e.run).join(", ")}.`), t.length ? L("p", {
		class: "tbt-note tbt-ov-sub",
		title: n.map((e) => `${e.run}: ${e.error}`).join("\n")
	}, t.join(" ")) : null;
}
function Jf(e, t) {
	let n = L("div", {
		class: "tbt-panel-exports tbt-ov-chart-exports",
		role: "group",
		"aria-label": `Export ${e}`
	});
	return n.append(...De(e, t)), n;
}
// src/overview/heatmap.ts
var Yf = 14, Xf = 38, Zf = 18;
function Qf(e, t = 26) {
	if (e.length <= t) return e;
	let n = Math.ceil((t - 1) * .45);
	return `${e.slice(0, n)}…${e.slice(e.length - (t - 1 - n))}`;
}
function $f(e) {
	let t = (e.multiples[0]?.matrix ?? {
		layers: [],
		steps: [],
		values: []
	}).layers, n = e.multiples.map((e) => e.matrix.steps), r = Be(n), i = t.length, a = Math.max(0, ...n.map((e) => e.length)), o = n.reduce((e, t) => e + Math.max(1, t.length), 0), s = Math.max(1, e.multiples.length), c = t.map((e) => Qf(e)), l = Math.ceil(Math.min(170, Math.max(40, ...c.map((e) => tf(e, 11) + 10)))), u = Math.max(3, Math.min(44, Math.floor((e.width - l - 10 - (s - 1) * Yf) / Math.max(1, o)))), d = i <= 24 ? 16 : Math.max(4, Math.min(16, Math.floor(480 / i))), f = n.map((e) => u * Math.max(1, e.length)), p = d * i, m = Xf + Zf, h = l + f.reduce((e, t) => e + t, 0) + (s - 1) * Yf, g = Math.max(h + 8, 420), _ = m + p + 34, v = (e) => l + f.slice(0, e).reduce((e, t) => e + t, 0) + e * Yf, y = e.multiples.some((e) => e.matrix.absent?.some((e) => e)), b = L("div", {
		class: "tbt-ov-heatmap",
		"data-measure": e.measure,
		"data-domain": e.scale.domain.join(","),
		tabindex: 0,
		role: "group",
		"aria-label": `${e.title}: layer × ${e.stepLabel} heat-map. Arrow keys move the selected layer (up/down) and ${e.stepLabel} (left/right).`
	});
	b.style.position = "relative", b.style.width = `${g}px`, b.style.height = `${_}px`;
	let x = R("svg", {
		class: "tbt-chart tbt-ov-heatmap-svg",
		width: g,
		height: _,
		viewBox: `0 0 ${g} ${_}`,
		role: "img",
		"aria-label": e.title
	});
	x.style.position = "absolute", x.style.left = "0", x.style.top = "0";
	let S = U(x), C = Sf(x, e.theme);
	S.append("text").attr("class", "tbt-ov-title").attr("x", 0).attr("y", 14).text(e.title).append("title").text(e.help);
	let w = S.append("g"), T = Tf(x, w, e.scale, e.theme, { barWidth: 160 });
	if (y) {
		let e = T + 16;
		w.append("line").attr("class", "tbt-ov-absent tbt-ov-absent-swatch").attr("x1", e).attr("x2", e + 14).attr("y1", 11).attr("y2", 11), w.append("text").attr("class", "tbt-legend-text").attr("x", e + 18).attr("y", 14).text("not in this run");
	}
	w.attr("transform", `translate(${Math.ceil(tf(e.title, 13)) + 28},0)`);
	let E = [], D = S.append("g").attr("class", "tbt-axis tbt-ov-rows").attr("transform", `translate(0,${m})`), O = Math.max(1, Math.ceil(11 / d)), k = Math.max(...r.map((e) => tf(String(e), 10)), 8), A = Math.max(1, Math.ceil((k + 6) / u)), N = [], P = [];
	e.multiples.forEach((n, r) => {
		let a = v(r), o = n.matrix.steps, s = f[r], c = n.matrix.absent ?? [], l = S.append("g").attr("class", "tbt-ov-multiple").attr("data-multiple", n.key).attr("data-layers", i).attr("data-steps", o.length).attr("data-cells", i * o.length).attr("transform", `translate(${a},${m})`), h = S.append("g").attr("class", "tbt-ov-multiple-title").attr("transform", `translate(${a},${Xf + 12})`), g = 0;
		n.color && (h.append("rect").attr("x", 0).attr("y", -9).attr("width", 10).attr("height", 10).attr("rx", 2).attr("fill", n.color), g = 14), h.append("text").attr("class", "tbt-ov-run-name").attr("x", g).attr("y", 0).text(n.title).append("title").text(n.title);
		let _ = Df(l, {
			values: n.matrix.values,
			cellW: u,
			cellH: d,
			scale: e.scale,
			theme: e.theme,
			missing: C,
			canvasThreshold: e.canvasThreshold ?? 1500,
			wrap: b,
			x: a,
			y: m,
			key: n.key,
			absent: c
		});
		_ && E.push(_), c.forEach((e, n) => {
			e && l.append("line").attr("class", "tbt-ov-absent").attr("data-layer", t[n]).attr("x1", 3).attr("x2", s - 3).attr("y1", n * d + d / 2).attr("y2", n * d + d / 2);
		}), l.append("rect").attr("class", "tbt-ov-frame").attr("width", s).attr("height", p).attr("fill", "none"), N.push(l.append("g").attr("class", "tbt-axis tbt-ov-steps").attr("transform", `translate(0,${p})`)), P.push(l.append("g").attr("class", "tbt-ov-highlights")), kf(l, {
			rows: i,
			cols: o.length,
			cellW: u,
			cellH: d,
			tooltip: e.tooltip,
			tooltipRows: (i, a) => ({
				title: n.title,
				rows: [
					{
						label: "layer",
						value: t[i]
					},
					{
						label: e.stepLabel,
						value: String(o[a])
					},
					{
						label: e.title,
						value: c[i] ? "not in this run" : e.format(n.matrix.values[i][a], e.signed)
					},
					...e.extraRows?.(r, i, a) ?? []
				]
			}),
			onClick: (n, r) => e.onSelect(t[n], o[r])
		});
	});
	let F = (r, i) => {
		let a = r === null ? -1 : t.indexOf(r);
		D.selectAll("*").remove(), c.forEach((e, n) => {
			if (n % O && n !== a || n !== a && a >= 0 && Math.abs(n - a) * d < 11) return;
			let r = D.append("text").attr("x", l - 6).attr("y", n * d + d / 2).attr("dy", "0.35em").attr("text-anchor", "end").attr("class", n === a ? "tbt-tick-selected" : null).text(e);
			e !== t[n] && r.append("title").text(t[n]);
		}), N.forEach((t, r) => {
			let o = n[r], s = f[r], c = M(o, i);
			t.selectAll("*").remove(), o.forEach((e, n) => {
				n % A && n !== c || n !== c && c >= 0 && Math.abs(n - c) * u < k + 4 || t.append("text").attr("x", n * u + u / 2).attr("y", 12).attr("text-anchor", "middle").attr("class", n === c ? "tbt-tick-selected" : null).text(String(e));
			}), t.append("text").attr("class", "tbt-axis-label").attr("x", s / 2).attr("y", 28).attr("text-anchor", "middle").text(e.stepLabel);
			let l = P[r];
			l.selectAll("*").remove(), a >= 0 && l.append("rect").attr("class", "tbt-ov-hl").attr("x", -1.5).attr("y", a * d - .5).attr("width", s + 3).attr("height", d + 1), c >= 0 && l.append("rect").attr("class", "tbt-ov-hl").attr("x", c * u - .5).attr("y", -1.5).attr("width", u + 1).attr("height", p + 3), a >= 0 && c >= 0 && l.append("rect").attr("class", "tbt-ov-hl tbt-ov-hl-cell").attr("x", c * u - 1).attr("y", a * d - 1).attr("width", u + 2).attr("height", d + 2);
		});
	};
	return F(e.selectedLayer, e.selectedStep), b.addEventListener("keydown", (n) => {
		let a = r.length;
		if (!i || !a) return;
		let o = {
			ArrowUp: [-1, 0],
			ArrowDown: [1, 0],
			ArrowLeft: [0, -1],
			ArrowRight: [0, 1],
			Home: [0, -a],
			End: [0, a]
		}[n.key];
		if (!o) return;
		n.preventDefault();
		let s = e.current(), c = s.layer === null ? -1 : t.indexOf(s.layer), l = s.step === null ? a - 1 : r.indexOf(j(r, s.step) ?? NaN), u = c < 0 ? 0 : Math.max(0, Math.min(i - 1, c + o[0])), d = Math.max(0, Math.min(a - 1, (l < 0 ? a - 1 : l) + o[1]));
		e.onSelect(t[u], r[d]);
	}), b.appendChild(x), {
		element: b,
		figure: {
			svg: x,
			rasters: E,
			name: e.measure
		},
		cells: i * a,
		select: F
	};
}
// src/overview/matrix.ts
function ep(e, t) {
	let n = e.layer_stats, r = n?.measures.indexOf(t) ?? -1, i = n ? [...n.layers] : [], a = [...e.steps];
	return {
		layers: i,
		steps: a,
		values: i.map((e, t) => a.map((e, i) => {
			let a = r >= 0 ? n.values[i] : null;
			return a ? Pe(a[r]?.[t]) : null;
		}))
	};
}
function tp(e, t, n) {
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
function np(e) {
	let t = Ve(e.map((e) => e.layers)), n = Be(e.map((e) => e.steps));
	return e.map((e) => tp(e, t, n));
}
function rp(e) {
	let t = Ve(e.map((e) => e.layers));
	return e.map((e) => {
		let n = new Set(e.layers);
		return {
			...tp(e, t, e.steps),
			absent: t.map((e) => !n.has(e))
		};
	});
}
function ip(e, t) {
	let [n, r] = np([e, t]);
	return {
		layers: n.layers,
		steps: n.steps,
		values: n.values.map((e, t) => e.map((e, n) => {
			let i = r.values[t][n];
			return e === null || i === null ? null : e - i;
		}))
	};
}
function ap(e) {
	let t = Infinity, n = -Infinity;
	for (let r of e) for (let e of r.values) for (let r of e) r !== null && (r < t && (t = r), r > n && (n = r));
	return t === Infinity ? null : [t, n];
}
function op(e, t) {
	let n = Pf(e).scale, r = ap(t), i, a;
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
function sp(e) {
	let t = ap(e), n = t ? Math.max(Math.abs(t[0]), Math.abs(t[1])) : 0;
	return n > 0 ? [-n, n] : [-1, 1];
}
function cp(e) {
	let t = Be(e.map((e) => e.matrix.steps)), n = [[
		"run",
		"layer",
		...t.map(String)
	]];
	for (let { title: r, matrix: i } of e) {
		let e = tp(i, i.layers, t);
		i.layers.forEach((t, a) => {
			i.absent?.[a] || n.push([
				r,
				t,
				...e.values[a]
			]);
		});
	}
	return n;
}
function lp(e, t) {
	let n = e.steps.indexOf(t);
	return e.layers.map((t, r) => n >= 0 ? e.values[r][n] : null);
}
// src/overview/scales.ts
function up(e, t, n) {
	let { direction: r } = Pf(e);
	return gf(op(e, t), n, If(r), r === "kept");
}
function dp(e, t, n = "A", r = "B") {
	let i = sp(e), a = yf(t);
	return {
		domain: i,
		ramp: a,
		color: (e) => a(mf(e, i)),
		diverging: !0,
		lowNote: `${r} higher`,
		highNote: `${n} higher`
	};
}
function fp(e, t = !1) {
	return e === null ? "missing / failed" : `${t && e > 0 ? "+" : ""}${V(e)}`;
}
// src/overview/heatmapsPanel.ts
function pp(e, t) {
	if (e.pair) {
		let [n, r] = e.pair, i = ep(n.stats, t), a = ep(r.stats, t), o = ip(i, a), [s, c] = np([i, a]);
		return {
			measure: t,
			title: `${Ff(t)}: A − B`,
			multiples: [{
				key: "difference",
				title: `A − B = ${Wf(e.pair)}`,
				color: null,
				matrix: o
			}],
			signed: !0,
			scale: dp([o], e.theme, n.run, r.run),
			parts: [s, c]
		};
	}
	let n = rp(e.runs.map((e) => ep(e.stats, t)));
	return {
		measure: t,
		title: Ff(t),
		multiples: e.runs.map((e, t) => ({
			key: e.run,
			title: e.run,
			color: e.color,
			matrix: n[t]
		})),
		signed: !1,
		scale: up(t, n, e.theme)
	};
}
function mp(e) {
	let { panel: t } = e, n = Gf(e);
	t.controls.appendChild(n.element);
	let r = L("div", { class: "tbt-ov-content" });
	t.body.appendChild(r);
	let i = new rf(t.body), a = [];
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
	let o = "", s = [], c = H(e, (c, l) => {
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
		if (o = d, s = [], z(r), !Kf(t, c)) return;
		let f = qf(c);
		f && r.appendChild(f), c.sel.compareMode === "difference" && !c.pair && r.appendChild(L("p", { class: "tbt-note" }, "Difference mode needs two runs: select a second run to see A − B.")), a = Nf.map((e) => pp(c, e));
		for (let t of a) {
			let n = Pf(t.measure), a = $f({
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
						step: j(c.steps, t.step)
					};
				},
				tooltip: i,
				signed: t.signed,
				format: fp,
				extraRows: c.pair && t.parts ? (e, n, r) => c.pair.map((e, i) => ({
					color: e.color,
					label: `${i ? "B" : "A"}: ${e.run}`,
					value: fp(t.parts[i].values[n][r])
				})) : void 0
			});
			s.push(a);
			let o = L("div", {
				class: "tbt-ov-row",
				"data-measure-row": t.measure
			}), l = L("div", { class: "tbt-ov-scroll" }, a.element);
			o.append(Jf(t.title, {
				figure: () => ({
					...a.figure,
					name: `heatmap-${t.measure}${c.pair ? "-difference" : ""}`
				}),
				csv: () => ({
					rows: cp(t.multiples.map((e) => ({
						title: e.title,
						matrix: e.matrix
					}))),
					name: `heatmap-${t.measure}${c.pair ? "-difference" : ""}`
				})
			}), l), r.appendChild(o);
		}
		r.appendChild(L("p", { class: "tbt-caption" }, c.pair ? "Orange: run A is higher, purple: run B is higher; steps are matched by value (a step only one run logged is hatched). " : "One colour scale per measure, shared by every run and layer (fixed for bounded measures; from 0 to the largest value of any selected run otherwise). The strongest colour always means changed from pretrained / domains differ. ", c.pair ? "" : "Each run over the steps it logged. ", "Hatched: missing or failed; a dashed row: a layer the run does not have. Click a cell, or focus a heat-map and use the arrow keys, to select a layer and step."));
	}, Vf);
	return { destroy() {
		c.destroy();
	} };
}
B({
	id: "overview-heatmaps",
	section: "overview",
	title: "Layer × step heat-maps",
	info: "Per tracked layer (rows, model order) and logged step (columns): relative weight drift, weight cosine to the pretrained weights, unbiased linear CKA to the pretrained model on the target and the source probe, and the domain discrepancy of the layer's features (MMD, domain-classifier AUC). Each measure has one colour scale shared by all runs and layers. Several runs: aligned small multiples; difference mode: run A − run B.",
	span: 12,
	order: 10,
	mount: (e) => mp(e)
});
// src/overview/dag.ts
function hp(e) {
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
var gp = y({ measure: "weight_drift" });
function _p(e, t) {
	let n = L("select", {
		class: "tbt-select",
		"aria-label": "Measure",
		"data-control": `measure-${t}`,
		title: "Measure shown by the network diagram and the depth profiles"
	}), r = new Set(e ? e.runs.flatMap((e) => e.stats.layer_stats?.measures ?? []) : []), i = [...Object.keys(Mf).filter((e) => !r.size || r.has(e)), ...[...r].filter((e) => !Mf[e])];
	for (let e of i) n.appendChild(L("option", { value: e }, Ff(e)));
	return n.value = gp.get().measure, n.addEventListener("change", () => gp.set({ measure: n.value })), n;
}
function vp(e, t) {
	if (e.pair) {
		let n = ip(ep(e.pair[0].stats, t), ep(e.pair[1].stats, t)), r = e.step === null ? [] : lp(n, e.step);
		return {
			series: [{
				key: "difference",
				title: `A − B = ${Wf(e.pair)}`,
				color: null,
				run: null,
				step: e.step,
				values: e.layers.map((e) => r[n.layers.indexOf(e)] ?? null)
			}],
			signed: !0,
			matrices: [n]
		};
	}
	let n = e.runs.map((e) => ep(e.stats, t));
	return {
		series: e.runs.map((t, r) => {
			let i = j(t.stats.steps, e.sel.step), a = n[r], o = i === null ? [] : lp(a, i);
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
function yp(e, t, n, r) {
	let { panel: i } = e, a = L("div", { class: "tbt-ov-controls" });
	i.controls.appendChild(a);
	let o = L("div", { class: "tbt-ov-content" });
	i.body.appendChild(o);
	let s = new rf(i.body), c = {
		svg: null,
		csvRows: []
	};
	i.setExports({
		figure: () => c.svg ? {
			svg: c.svg,
			name: `${t}-${gp.get().measure}`
		} : null,
		csv: () => c.csvRows.length ? {
			rows: c.csvRows,
			name: `${t}-${gp.get().measure}`
		} : null
	});
	let l = H(e, (e, t) => {
		s.hide(), z(a), a.appendChild(_p(e, n)), z(o), c.svg = null, Kf(i, e) && r(e, t, o, s, c);
	}, Vf), u = gp.subscribe((e) => e.measure, () => l.schedule());
	return { destroy() {
		u(), l.destroy();
	} };
}
// src/overview/network.ts
var bp = 54, xp = 16;
function Sp(e) {
	let { nodes: t, edges: n, ranks: r, lanes: i } = e.layout, a = Math.max(24, Math.min(30, Math.floor(620 / Math.max(1, r)))), o = n.reduce((e, t) => Math.max(e, t.span > 1 ? t.span : 0), 0), s = o ? 14 + Math.min(o, 10) * 5 : 6, c = Math.max(e.width, s + i * 204 + 8, 340), l = 54 + r * a + 8, u = new Map(t.map((e) => [e.name, {
		x: s + e.lane * 204,
		y: 54 + e.rank * a
	}])), d = new Map(t.map((e) => [e.name, e])), f = R("svg", {
		class: "tbt-chart tbt-ov-network",
		width: c,
		height: l,
		viewBox: `0 0 ${c} ${l}`,
		role: "group",
		"aria-label": `Network diagram coloured by ${e.measureLabel}`
	}), p = U(f), m = Sf(f, e.theme);
	Tf(f, p.append("g").attr("transform", "translate(4,0)"), e.scale, e.theme, {
		barWidth: 150,
		label: e.measureLabel
	});
	let h = p.append("g").attr("class", "tbt-ov-edges"), g = (a - xp) / 2;
	for (let e of n) {
		let t = d.get(e.from), n = u.get(e.from), r = u.get(e.to), i = n.x + bp / 2, a = r.x + bp / 2, o = r.y - g, s = 8 + Math.min(e.span, 10) * 5, c = n.y + xp / 2, l;
		l = e.span === 1 ? n.x === r.x ? `M${i},${n.y + xp}V${r.y}` : `M${i},${n.y + xp}V${o}H${a}V${r.y}` : t.lane === 0 && n.x === r.x ? `M${n.x},${c}C${n.x - s},${c} ${n.x - s},${r.y + xp / 2} ${n.x},${r.y + xp / 2}` : t.lane === 0 ? `M${n.x},${c}C${n.x - s},${c} ${n.x - s},${o} ${n.x},${o}H${a}V${r.y}` : `M${i},${n.y + xp}V${o}H${a}V${r.y}`, h.append("path").attr("class", e.span > 1 ? "tbt-ov-edge tbt-ov-skip" : "tbt-ov-edge").attr("d", l).attr("fill", "none").attr("data-from", e.from).attr("data-to", e.to);
	}
	let _ = p.append("g").attr("class", "tbt-ov-nodes"), v = Math.max(1, e.series.length), y = bp / v, b = t.map((e) => e.name);
	for (let n of t) {
		let t = u.get(n.name), r = n.name === e.selectedLayer, i = e.series.map((e) => e.values.get(n.name) ?? null), a = e.types.get(n.name) ?? "", o = _.append("g").attr("class", r ? "tbt-ov-node tbt-selected" : "tbt-ov-node").attr("data-layer", n.name).attr("transform", `translate(${t.x},${t.y})`).attr("tabindex", 0).attr("role", "button").attr("aria-pressed", r ? "true" : "false").attr("aria-label", `${n.name}${a ? ` (${a})` : ""}: ${e.series.map((t, n) => `${t.title} ${e.format(i[n], e.signed)}`).join(", ")}`).style("cursor", "pointer");
		e.series.forEach((t, n) => {
			let r = i[n];
			o.append("rect").attr("class", r === null ? "tbt-ov-seg tbt-ov-null" : "tbt-ov-seg").attr("x", n * y).attr("width", y).attr("height", xp).attr("fill", r === null ? m : e.scale.color(r)), v > 1 && t.color && o.append("rect").attr("x", n * y).attr("y", -3).attr("width", y).attr("height", 3).attr("fill", t.color);
		}), o.append("rect").attr("class", "tbt-ov-node-frame").attr("width", bp).attr("height", xp).attr("rx", 2).attr("fill", "none");
		let s = o.append("text").attr("class", "tbt-ov-node-label").attr("x", 60).attr("y", xp / 2).attr("dy", "0.35em");
		s.append("tspan").text(Qf(n.name, 22)), a && s.append("tspan").attr("class", "tbt-ov-node-type").attr("dx", 5).text(a), o.append("title").text(n.name);
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
function Cp(e) {
	return yp(e, "network", "network", (t, n, r, i, a) => {
		let o = gp.get().measure, { layers: s, types: c } = Hf(t), l = hp(s), u = vp(t, o), d = u.signed ? dp(u.matrices, t.theme, t.pair[0].run, t.pair[1].run) : up(o, np(u.matrices), t.theme), f = u.series.map((e) => ({
			key: e.key,
			title: e.run ? `${e.title} · ${t.stepLabel} ${e.step ?? "–"}` : e.title,
			color: e.color,
			values: new Map(t.layers.map((t, n) => [t, e.values[n]]))
		})), p = qf(t);
		p && r.appendChild(p), r.appendChild(L("p", { class: "tbt-caption tbt-ov-sub" }, `${Ff(o)}${u.signed ? " (A − B)" : ""} at ${t.stepLabel} ${t.step ?? "–"}${!u.signed && t.runs.length > 1 ? "; one segment per run, left to right in selection order" : ""}.`));
		let m = Sp({
			layout: l,
			types: c,
			series: f,
			scale: d,
			measureLabel: `${Ff(o)}${u.signed ? " (A − B)" : ""}`,
			theme: t.theme,
			width: Math.max(300, n - 8),
			selectedLayer: t.sel.layer,
			onSelect: (t) => T(t, e.store),
			tooltip: i,
			format: fp,
			signed: u.signed
		});
		a.svg = m, r.appendChild(L("div", { class: "tbt-ov-scroll tbt-ov-network-scroll" }, m)), a.csvRows = [[
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
B({
	id: "overview-network",
	section: "overview",
	title: "Network diagram",
	info: "The tracked layers as a graph (from the model's data flow; skip connections as arcs on the left), each coloured by the chosen measure at the selected step on the same scale as its heat-map. Click a layer (or focus it and press Enter) to select it.",
	span: 5,
	order: 20,
	mount: (e) => Cp(e)
});
// src/overview/profiles.ts
var wp = 16, Tp = 20, Ep = 260;
function Dp(e) {
	return e.map((e, t) => ({
		value: t,
		label: Qf(e, 16)
	}));
}
function Op(e, t) {
	let n = Math.max(1, e.length), r = Math.max(240, Math.floor((t.width - (n - 1) * wp) / n)), i = n * r + (n - 1) * wp, a = R("svg", {
		class: "tbt-chart tbt-ov-profiles",
		width: i,
		height: 280,
		viewBox: `0 0 ${i} 280`,
		role: "group",
		"aria-label": `Depth profiles of ${t.measureLabel}`
	}), o = U(a), s = t.selectedLayer === null ? null : t.layers.indexOf(t.selectedLayer);
	return e.forEach((e, n) => {
		let i = n * (r + wp), c = o.append("g").attr("class", "tbt-ov-multiple-title").attr("data-multiple", e.key).attr("transform", `translate(${i + 4},14)`);
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
		let u = nf(l, {
			width: r,
			height: Ep,
			xLabel: "layer (model order)",
			yLabel: t.measureLabel,
			xTicks: Dp(t.layers),
			yDomain: t.domain,
			highlightX: s !== null && s >= 0 ? s : null,
			onClickX: (e) => t.onSelectLayer(t.layers[e]),
			tooltip: t.tooltip,
			tooltipHost: t.tooltipHost,
			xFormat: (e) => t.layers[e] ?? String(e),
			ariaLabel: `${t.measureLabel} by layer, ${e.title}`
		});
		u.setAttribute("x", String(i)), u.setAttribute("y", String(Tp)), u.setAttribute("data-multiple", e.key), a.appendChild(u);
	}), a;
}
function kp(e, t) {
	let n = t.layers.length, r = Dp(t.layers), i = r.some((e) => tf(e.label) > (t.width - 80) / Math.max(n, 1) - 4), a = (i ? Math.min(90, Math.max(...r.map((e) => tf(e.label))) * .72 + 12) : 18) + 26, o = {
		top: 28,
		right: 16,
		bottom: a,
		left: 56
	}, s = Math.max(t.width, 260), c = s - o.left - o.right, l = 280 - o.top - o.bottom, u = R("svg", {
		class: "tbt-chart tbt-ov-profiles tbt-ov-diff-profile",
		width: s,
		height: 280,
		viewBox: `0 0 ${s} 280`,
		role: "group",
		"aria-label": `${t.title} by layer`
	}), d = U(u), f = Sf(u, t.theme);
	d.append("text").attr("class", "tbt-ov-run-name").attr("x", 4).attr("y", 14).text(t.title);
	let p = d.append("g").attr("transform", `translate(${o.left},${o.top})`), m = Ou().domain(Sn(n)).range([0, c]).padding(.2), h = Hu().domain(t.scale.domain).range([l, 0]).nice();
	p.append("g").attr("class", "tbt-gridlines").selectAll("line").data(h.ticks(5)).join("line").attr("x1", 0).attr("x2", c).attr("y1", (e) => h(e)).attr("y2", (e) => h(e));
	let g = t.selectedLayer === null ? -1 : t.layers.indexOf(t.selectedLayer);
	g >= 0 && p.append("rect").attr("class", "tbt-highlight-band").attr("x", (m(g) ?? 0) - m.step() * m.padding() / 2).attr("width", m.step()).attr("y", 0).attr("height", l), p.append("g").attr("class", "tbt-axis tbt-axis-y").call(Ln(h).ticks(5).tickFormat((e) => yu("~g")(e)).tickSizeOuter(0));
	let _ = p.append("g").attr("class", "tbt-axis tbt-axis-x").attr("transform", `translate(0,${l})`).call(In(m).tickFormat((e) => r[e].label).tickSizeOuter(0));
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
function Ap(e) {
	return yp(e, "profile", "profiles", (t, n, r, i, a) => {
		let o = gp.get().measure, s = Pf(o), c = vp(t, o), l = Math.max(300, n - 8), u = {
			layers: t.layers,
			measureLabel: Ff(o),
			stepLabel: t.stepLabel,
			width: l,
			theme: t.theme,
			selectedLayer: t.sel.layer,
			onSelectLayer: (t) => T(t, e.store),
			tooltip: i,
			tooltipHost: e.panel.body
		}, d = qf(t);
		if (d && r.appendChild(d), c.signed) {
			let e = dp(c.matrices, t.theme, t.pair[0].run, t.pair[1].run), n = `${Ff(o)}: A − B = ${Wf(t.pair)} at ${t.stepLabel} ${t.step ?? "–"}`;
			a.svg = kp(c.series[0].values, {
				...u,
				domain: e.domain,
				scale: e,
				title: n,
				format: fp
			}), a.csvRows = [["layer", `${o} A − B`], ...t.layers.map((e, t) => [e, c.series[0].values[t]])];
		} else {
			let e = op(o, np(c.matrices)), n = c.series.map((e, n) => {
				let r = e.run, i = r.stats.steps[0] ?? null, a = c.matrices[n], o = i === null ? [] : lp(a, i);
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
			a.svg = Op(n, {
				...u,
				domain: e
			}), a.csvRows = [["layer", ...n.flatMap((e) => [`${e.title} @${e.step}`, `${e.title} @${e.firstStep}`])], ...t.layers.map((e, t) => [e, ...n.flatMap((e) => [e.values[t], e.first[t]])])];
		}
		r.appendChild(L("div", { class: "tbt-ov-scroll" }, a.svg)), r.appendChild(L("p", { class: "tbt-caption" }, s.help));
	});
}
B({
	id: "overview-profiles",
	section: "overview",
	title: "Depth profiles",
	info: "The chosen measure across layers at the selected step (solid) and at the first logged step, the pretrained model (dashed). Several runs: one chart per run with the same y scale. Difference mode: A − B per layer. Click a layer to select it.",
	span: 7,
	order: 30,
	mount: (e) => Ap(e)
});
// src/overview/filters.ts
function jp(e) {
	return e.map((e, t) => ({
		v: e,
		k: t
	})).sort((e, t) => e.v === null ? t.v === null ? e.k - t.k : 1 : t.v === null ? -1 : t.v - e.v || e.k - t.k).map((e) => e.k);
}
function Mp(e) {
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
function Np(e, t) {
	return e.length ? xn(e, t) ?? null : null;
}
function Pp(e) {
	let t = e.filter((e) => e !== null).sort((e, t) => e - t);
	return {
		n: t.length,
		median: Np(t, .5),
		p90: Np(t, .9),
		max: t.length ? t[t.length - 1] : null
	};
}
var Fp = 64, Ip = 40, Lp = 18, Rp = 34, zp = 18;
function Bp(e, t) {
	let n = Mp(e), r = {
		left: 62,
		right: 12
	}, i = Math.max(t.width, 320), a = i - r.left - r.right, o = Math.max(1, ...e.map((e) => e.drift.length)), s = Math.min(a, o * zp), c = Math.max(330, r.left + s + r.right), l = Math.max(1, Math.floor((i + Lp) / (c + Lp))), u = Math.ceil(e.length / l) * 184, d = R("svg", {
		class: "tbt-chart tbt-ov-filters",
		width: i,
		height: u,
		viewBox: `0 0 ${i} ${u}`,
		role: "group",
		"aria-label": `Per-filter drift of ${t.layer}`
	}), f = U(d), p = Sf(d, t.theme), m = Hu().domain(n.drift).range([Fp, 0]).nice(), h = Hu().domain(n.cosine).range([Ip, 0]);
	return e.forEach((e, i) => {
		let a = e.drift.length, o = jp(e.drift), u = new Map(o.map((e, t) => [e, t])), d = Ou().domain(Sn(a)).range([0, Math.min(s, a * zp)]).paddingInner(a > 120 ? 0 : .15), g = d.range()[1], _ = Math.max(.5, d.bandwidth()), v = f.append("g").attr("class", "tbt-ov-filter-run").attr("data-multiple", e.key).attr("data-filters", a).attr("transform", `translate(${i % l * (c + Lp) + r.left},${Math.floor(i / l) * 184})`), y = Pp(e.drift), b = v.append("g").attr("class", "tbt-ov-multiple-title").attr("transform", `translate(${-r.left + 4},12)`);
		b.append("rect").attr("x", 0).attr("y", -9).attr("width", 10).attr("height", 10).attr("rx", 2).attr("fill", e.color), b.append("text").attr("class", "tbt-ov-run-name").attr("x", 14).text(`${e.title} · ${t.stepLabel} ${e.step ?? "–"}`), b.append("text").attr("class", "tbt-legend-text").attr("x", 0).attr("y", 15).text(`${a} filters · drift median ${t.format(y.median)} · 90th pct ${t.format(y.p90)} · max ${t.format(y.max)}`);
		let x = v.append("g").attr("transform", `translate(0,${Rp})`);
		x.append("g").attr("class", "tbt-gridlines").selectAll("line").data(m.ticks(3)).join("line").attr("x1", 0).attr("x2", g).attr("y1", (e) => m(e)).attr("y2", (e) => m(e)), x.append("g").attr("class", "tbt-axis tbt-axis-y").call(Ln(m).ticks(3).tickFormat((e) => yu("~g")(e)).tickSizeOuter(0)), x.append("text").attr("class", "tbt-axis-label").attr("transform", `translate(${-r.left + 12},${Fp / 2}) rotate(-90)`).attr("text-anchor", "middle").text("drift");
		let S = "", C = "";
		o.forEach((t, n) => {
			let r = e.drift[t], i = d(n) ?? 0;
			if (r === null) C += `M${i},0h${_}v${Fp}h${-_}Z`;
			else {
				let e = m(r);
				S += `M${i},${e}h${_}v${Math.max(.5, Fp - e)}h${-_}Z`;
			}
		}), x.append("path").attr("class", "tbt-ov-bars-drift").attr("d", S).attr("fill", e.color), C && x.append("path").attr("class", "tbt-ov-null").attr("d", C).attr("fill", p);
		let w = v.append("g").attr("transform", "translate(0,110)");
		w.append("g").attr("class", "tbt-axis tbt-axis-y").call(Ln(h).tickValues(n.cosine).tickFormat((e) => yu("~g")(e)).tickSizeOuter(0)), w.append("text").attr("class", "tbt-axis-label").attr("transform", `translate(${-r.left + 12},${Ip / 2}) rotate(-90)`).attr("text-anchor", "middle").text("cos");
		let T = "", E = "";
		if (o.forEach((t, n) => {
			let r = e.cosine[t], i = d(n) ?? 0;
			r === null ? E += `M${i},0h${_}v${Ip}h${-_}Z` : T += `M${i},0h${_}v${Math.max(.5, Math.min(Ip, h(r)))}h${-_}Z`;
		}), w.append("path").attr("class", "tbt-ov-bars-cosine").attr("d", T).attr("fill", e.color).attr("fill-opacity", .55), E && w.append("path").attr("class", "tbt-ov-null").attr("d", E).attr("fill", p), w.append("text").attr("class", "tbt-axis-label").attr("x", g / 2).attr("y", 53).attr("text-anchor", "middle").text("filters, sorted by drift (largest first)"), t.selectedChannel !== null && u.has(t.selectedChannel)) {
			let e = d(u.get(t.selectedChannel)) ?? 0;
			v.append("rect").attr("class", "tbt-ov-hl").attr("x", e - 1.5).attr("y", 32).attr("width", _ + 3).attr("height", 120);
		}
		let D = v.append("rect").attr("class", "tbt-ov-hover").attr("data-export", "skip").attr("y", Rp).attr("height", 116).style("display", "none"), O = (e) => {
			let [t] = W(e, v.node()), n = Math.floor(t / g * a);
			return n >= 0 && n < a ? n : null;
		};
		v.append("rect").attr("class", "tbt-overlay").attr("data-export", "skip").attr("y", Rp).attr("width", g).attr("height", 116).attr("fill", "transparent").style("cursor", "pointer").on("mousemove", (n) => {
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
function Vp(e) {
	let { panel: t } = e, n = L("div", { class: "tbt-ov-content" });
	t.body.appendChild(n);
	let r = new rf(t.body), i = null, a = [], o = 0;
	t.setExports({
		figure: () => i ? {
			svg: i,
			name: `filters-${e.store.get().layer ?? ""}`
		} : null,
		csv: () => a.length ? {
			rows: a,
			name: `filters-${e.store.get().layer ?? ""}`
		} : null
	});
	let s = H(e, (s, c) => {
		if (r.hide(), !Kf(t, s)) {
			z(n), i = null;
			return;
		}
		let l = s.sel.layer;
		if (!l) {
			z(n), n.appendChild(L("p", { class: "tbt-note" }, "Select a layer (header, heat-map or network diagram) to see the drift of its filters."));
			return;
		}
		let u = s.runs.filter((e) => e.stats.layer_stats?.layers.includes(l) || e.info?.layers?.some((e) => e.name === l)), d = ++o;
		n.childElementCount || t.setState("loading", `Loading per-filter drift of ${l}…`), ie(e, u, l, s.sel.step).then(({ answers: f, failed: p }) => {
			if (d !== o) return;
			t.setState("ready"), z(n);
			let m = f.map(({ run: e, at: t }) => {
				let n = t.values("drift"), r = t.values("cosine"), i = Math.max(n.length, r.length), a = (e) => e.length ? e : Array(i).fill(null);
				return {
					key: e.run,
					title: e.run,
					color: e.color,
					step: t.step,
					drift: a(n),
					cosine: a(r)
				};
			}), h = s.runs.filter((e) => !u.includes(e)).map((e) => e.run);
			if (h.length && n.appendChild(L("p", { class: "tbt-note" }, `${l} is not a tracked layer of ${h.join(", ")}: pick a layer in the header, a heat-map or the network diagram.`)), p.length && n.appendChild(L("p", { class: "tbt-note tbt-bad" }, `Per-filter drift unavailable: ${p.join("; ")}`)), !m.length) {
				i = null, a = [];
				return;
			}
			let g = s.sel.neuron && s.sel.neuron.layer === l ? s.sel.neuron.channel : null;
			n.appendChild(L("p", { class: "tbt-caption tbt-ov-sub" }, `${l}: relative drift ‖W_k − W0_k‖/‖W0_k‖ and cosine to the pretrained filter, per output filter; scales shared by the runs. Click a filter to select it.`)), i = Bp(m, {
				layer: l,
				width: Math.max(320, c - 8),
				theme: s.theme,
				stepLabel: s.stepLabel,
				selectedChannel: g,
				onSelectChannel: (t) => O({
					layer: l,
					channel: t
				}, e.store),
				tooltip: r,
				tooltipHost: t.body,
				format: (e) => fp(e)
			}), n.appendChild(L("div", { class: "tbt-ov-scroll" }, i)), a = [[
				"run",
				"step",
				"filter",
				"drift",
				"cosine"
			]];
			for (let e of m) e.drift.forEach((t, n) => a.push([
				e.title,
				e.step,
				n,
				t,
				e.cosine[n] ?? null
			]));
		});
	}, Vf);
	return { destroy() {
		o++, s.destroy();
	} };
}
B({
	id: "overview-filters",
	section: "overview",
	title: "Per-filter drift",
	info: "For the selected layer at the selected step: every output filter's relative weight change from its pretrained weights (bars, sorted largest first) and its cosine to them (below, same order; bars hang from 1 so a longer bar is a larger change). Shows whether a layer changed as a whole or through a few rewritten filters.",
	span: 12,
	order: 40,
	mount: (e) => Vp(e)
});
// src/instance/style.ts
var Hp = "\n.tbt-inst-body { position: relative; }\n.tbt-inst-control { display: inline-flex; align-items: center; gap: 6px; }\n.tbt-inst-control .tbt-select { height: 28px; font-size: 12px; }\n[data-panel=\"instance-scatter\"] .tbt-panel-controls { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; }\n.tbt-inst-multiples { display: grid; gap: 12px; }\n.tbt-inst-cell { min-width: 0; }\n.tbt-inst-cell-head { display: flex; align-items: baseline; gap: 6px; margin-bottom: 2px; font-size: 12px; min-height: 18px; }\n.tbt-inst-cell-title { font-weight: 500; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 45%; }\n.tbt-inst-status { color: var(--tbt-muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-inst-run-swatch { width: 10px; height: 10px; border-radius: 2px; flex: none; align-self: center; }\n.tbt-inst-scatter { position: relative; }\n.tbt-inst-cell-error .tbt-inst-status { color: var(--tbt-error-fg); white-space: normal; }\n.tbt-inst-scatter canvas, .tbt-inst-scatter svg { position: absolute; left: 0; top: 0; }\n.tbt-inst-scatter[data-tool=\"pan\"] .tbt-inst-svg { cursor: grab; }\n.tbt-inst-scatter[data-tool=\"lasso\"] .tbt-inst-svg, .tbt-inst-scatter[data-tool=\"box\"] .tbt-inst-svg { cursor: crosshair; }\n.tbt-inst-svg { touch-action: none; user-select: none; }\n.tbt-inst-lasso { fill: var(--tbt-accent); fill-opacity: .08; stroke: var(--tbt-accent); stroke-width: 1.5; stroke-dasharray: 4 3; pointer-events: none; }\n.tbt-inst-nn-line { stroke: var(--tbt-fg); stroke-width: 1.2; stroke-opacity: .7; stroke-dasharray: 3 2; pointer-events: none; }\n.tbt-inst-overlay { pointer-events: none; }\n.tbt-chart .tbt-axis-title { fill: var(--tbt-muted); font-size: 11px; }\n.tbt-inst-legend { display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 12px; color: var(--tbt-muted); margin-top: 6px; }\n.tbt-inst-legend-group { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; }\n.tbt-inst-glyph { font-weight: 700; color: var(--tbt-fg); }\n.tbt-inst-glyph-out { color: var(--tbt-faint); -webkit-text-stroke: 1px var(--tbt-fg); }\n.tbt-inst-legend-class { border: 1px solid transparent; background: none; border-radius: 10px; padding: 0 6px 0 0; cursor: pointer;\n  display: inline-flex; align-items: center; gap: 4px; color: var(--tbt-muted); font-size: 12px; }\n.tbt-inst-legend-class:hover { border-color: var(--tbt-border); }\n.tbt-inst-legend-class[aria-pressed=\"true\"] { border-color: var(--tbt-accent); color: var(--tbt-fg); }\n.tbt-inst-sw { width: 11px; height: 11px; border-radius: 50%; display: inline-block; margin-left: 6px; }\n.tbt-inst-card { position: absolute; z-index: 30; display: flex; gap: 10px; padding: 8px; background: var(--tbt-panel);\n  border: 1px solid var(--tbt-border); border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); pointer-events: none; font-size: 12px; }\n.tbt-inst-card-rows { display: grid; grid-template-columns: auto auto; gap: 2px 10px; align-content: start; }\n.tbt-inst-card-row { display: contents; }\n.tbt-inst-thumb { image-rendering: pixelated; border-radius: 3px; background: var(--tbt-panel-2); border: 1px solid var(--tbt-border); display: block; }\n.tbt-inst-chip { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 11px; line-height: 16px; color: #fff;\n  background: var(--chip); max-width: 110px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: middle; }\nhtml.tbt-dark .tbt-inst-chip { color: #111; }\n.tbt-inst-chip-none { background: var(--tbt-grid); color: var(--tbt-muted); }\n.tbt-inst-sel-summary { font-size: 12px; margin-bottom: 6px; }\n.tbt-inst-counts { border-collapse: collapse; font-size: 12px; margin-bottom: 8px; }\n.tbt-inst-counts th, .tbt-inst-counts td { padding: 1px 8px 1px 0; text-align: left; font-variant-numeric: tabular-nums; }\n.tbt-inst-counts th { color: var(--tbt-muted); font-weight: 500; }\n.tbt-inst-thumbs { display: flex; flex-wrap: wrap; gap: 6px; max-height: 360px; overflow-y: auto; }\n.tbt-inst-thumb-item { display: flex; flex-direction: column; align-items: center; gap: 2px; font-size: 11px; cursor: default; }\n.tbt-inst-thumb-caption { display: flex; gap: 2px; align-items: center; }\n.tbt-inst-thumb-caption .tbt-inst-chip { max-width: 56px; font-size: 10px; padding: 0 4px; }\n.tbt-inst-action { height: 26px; font-size: 12px; }\n.tbt-inst-flip-group { margin: 8px 0; }\n.tbt-inst-flip-select { height: 26px; font-size: 12px; margin-bottom: 4px; }\n.tbt-inst-nn-focus { display: flex; gap: 10px; align-items: center; margin-bottom: 6px; font-size: 12px; }\n.tbt-inst-bar { shape-rendering: crispEdges; }\n.tbt-inst-brush .selection { fill: var(--tbt-accent); fill-opacity: .15; stroke: var(--tbt-accent); }\n";
function Up(e) {
	if (e.querySelector("style[data-tb-transfer-instance]")) return;
	let t = e.createElement("style");
	t.setAttribute("data-tb-transfer-instance", ""), t.textContent = Hp, e.head.appendChild(t);
}
// src/feature/answers.ts
var Wp = 48, Gp = /* @__PURE__ */ new Map();
function Kp(e, t, n, r, i) {
	let a = [
		t,
		n,
		r,
		i
	].join("\0"), o = Gp.get(a);
	if (o) return Gp.delete(a), Gp.set(a, o), o;
	let s = e.channel(t, n, r, i, {}, 9);
	for (o = s, Gp.set(a, s), s.catch(() => {
		Gp.get(a) === s && Gp.delete(a);
	}); Gp.size > Wp;) Gp.delete(Gp.keys().next().value);
	return s;
}
// src/instance/model.ts
var qp = {
	light: [
		"#332288",
		"#44AA99",
		"#CC6677",
		"#117733",
		"#88CCEE",
		"#AA4499",
		"#999933",
		"#E69F00",
		"#882255",
		"#DDCC77"
	],
	dark: [
		"#8E84E0",
		"#44AA99",
		"#CC6677",
		"#3CAF62",
		"#88CCEE",
		"#C565B5",
		"#B8B848",
		"#E69F00",
		"#C0508A",
		"#DDCC77"
	]
}, Jp = {
	light: "#c4c7cc",
	dark: "#6b6e73"
}, Yp = {
	light: "#1b1b1b",
	dark: "#f2f2f2"
}, Xp = {
	light: ["#d6604d", "#4393c3"],
	dark: ["#ef8a62", "#67a9cf"]
}, Zp = {
	light: ["#0072B2", "#D55E00"],
	dark: ["#56B4E9", "#F0782A"]
}, Qp = {
	light: "#E69F00",
	dark: "#F0B040"
};
function $p(e, t, n) {
	let r = qp[n];
	if (e <= 10) return Array.from({ length: e }, (e, t) => r[t]);
	let i = Array.from({ length: e }, () => Jp[n]);
	return [...new Set(t)].filter((t) => t >= 0 && t < e).slice(0, 10).forEach((e, t) => i[e] = r[t]), i;
}
var em = [
	{
		id: "class",
		label: "Class"
	},
	{
		id: "domain",
		label: "Domain"
	},
	{
		id: "correct",
		label: "Correct / incorrect"
	},
	{
		id: "p_target",
		label: "Domain confusion P(target)"
	},
	{
		id: "loss",
		label: "Loss"
	},
	{
		id: "changed",
		label: "Prediction changed"
	},
	{
		id: "neuron",
		label: "Selected channel"
	}
];
function tm(e, t) {
	let [n, r] = Xp[t], i = t === "dark" ? [
		154,
		154,
		154
	] : [
		230,
		230,
		230
	], a = im(n), o = im(r), s = Math.max(0, Math.min(1, e)), [c, l, u] = s < .5 ? [
		a,
		i,
		s / .5
	] : [
		i,
		o,
		(s - .5) / .5
	];
	return am(c.map((e, t) => e + (l[t] - e) * u));
}
var nm = [
	"#440154",
	"#482878",
	"#3e4989",
	"#31688e",
	"#26828e",
	"#1f9e89",
	"#35b779",
	"#6ece58",
	"#b5de2b",
	"#fde725"
];
function rm(e) {
	let t = Math.max(0, Math.min(1, e)) * (nm.length - 1), n = Math.min(nm.length - 2, Math.floor(t)), r = im(nm[n]), i = im(nm[n + 1]);
	return am(r.map((e, r) => e + (i[r] - e) * (t - n)));
}
function im(e) {
	let t = parseInt(e.slice(1), 16);
	return [
		t >> 16 & 255,
		t >> 8 & 255,
		t & 255
	];
}
function am(e) {
	return `#${e.map((e) => Math.round(Math.max(0, Math.min(255, e))).toString(16).padStart(2, "0")).join("")}`;
}
function om(e) {
	let t = (e ?? []).filter((e) => e !== null && Number.isFinite(e)).sort((e, t) => e - t);
	if (!t.length) return 1;
	let n = t[Math.min(t.length - 1, Math.floor(.95 * (t.length - 1)))];
	return n > 0 ? n : Math.max(t[t.length - 1], 1e-6);
}
function sm(e) {
	let t = Infinity, n = -Infinity;
	for (let r of e ?? []) r !== null && Number.isFinite(r) && (r < t && (t = r), r > n && (n = r));
	return t <= n ? n > t ? [t, n] : [t - .5, n + .5] : null;
}
function cm(e, t) {
	let n = e.coords?.length ?? 0, r = Jp[t.theme], i = Array(n).fill(r), a = e.label, o = e.prediction;
	switch (t.mode) {
		case "class": {
			let e = $p(t.nClasses, t.highlighted, t.theme);
			if (a) for (let t = 0; t < n; t++) i[t] = e[a[t]] ?? r;
			break;
		}
		case "domain":
			if (e.domain) for (let r = 0; r < n; r++) i[r] = Xp[t.theme][+!!e.domain[r]];
			break;
		case "correct":
			if (a && o) for (let e = 0; e < n; e++) o[e] !== null && (i[e] = Zp[t.theme][o[e] === a[e] ? 0 : 1]);
			break;
		case "p_target":
			if (e.p_target) for (let r = 0; r < n; r++) e.p_target[r] !== null && (i[r] = tm(e.p_target[r], t.theme));
			break;
		case "loss": {
			let t = om(e.loss);
			if (e.loss) for (let r = 0; r < n; r++) e.loss[r] !== null && (i[r] = rm(e.loss[r] / t));
			break;
		}
		case "neuron": {
			let e = t.activation, r = sm(e);
			if (e && r && e.length === n) for (let t = 0; t < n; t++) e[t] !== null && Number.isFinite(e[t]) && (i[t] = rm((e[t] - r[0]) / (r[1] - r[0])));
			break;
		}
		case "changed": {
			let a = e.previous_prediction;
			if (o && a) for (let e = 0; e < n; e++) o[e] !== null && a[e] !== null && (i[e] = o[e] === a[e] ? r : Qp[t.theme]);
			break;
		}
	}
	return i;
}
function lm(e) {
	let t = e.coords?.length ?? 0, n = new Uint8Array(t);
	if (e.label && e.prediction) for (let r = 0; r < t; r++) n[r] = +(e.prediction[r] !== null && e.prediction[r] !== e.label[r]);
	return n;
}
function um(e, t) {
	let n = Infinity, r = -Infinity, i = Infinity, a = -Infinity;
	for (let o = 0; o < e.length; o++) {
		let s = e[o], c = t[o];
		Number.isFinite(s) && Number.isFinite(c) && (s < n && (n = s), s > r && (r = s), c < i && (i = c), c > a && (a = c));
	}
	if (!(n <= r)) return {
		x0: -1,
		x1: 1,
		y0: -1,
		y1: 1
	};
	let o = Math.max(r - n, a - i, 1e-9) * 1e-6;
	return {
		x0: n - o,
		x1: r + o,
		y0: i - o,
		y1: a + o
	};
}
function dm(e, t, n, r = .05) {
	let i = (e.x0 + e.x1) / 2, a = (e.y0 + e.y1) / 2, o = Math.max(e.x1 - e.x0, 1e-9) * (1 + 2 * r), s = Math.max(e.y1 - e.y0, 1e-9) * (1 + 2 * r), c = Math.max(o / Math.max(t, 1), s / Math.max(n, 1)), l = c * t / 2, u = c * n / 2;
	return {
		x0: i - l,
		x1: i + l,
		y0: a - u,
		y1: a + u
	};
}
function fm(e, t, n) {
	let r = !1;
	for (let i = 0, a = n.length - 1; i < n.length; a = i++) {
		let [o, s] = n[i], [c, l] = n[a];
		s > t != l > t && e < (c - o) * (t - s) / (l - s) + o && (r = !r);
	}
	return r;
}
function pm(e, t, n) {
	if (n.length < 3) return [];
	let r = Infinity, i = -Infinity, a = Infinity, o = -Infinity;
	for (let [e, t] of n) r = Math.min(r, e), i = Math.max(i, e), a = Math.min(a, t), o = Math.max(o, t);
	let s = [];
	for (let c = 0; c < e.length; c++) {
		let l = e[c], u = t[c];
		l < r || l > i || u < a || u > o || fm(l, u, n) && s.push(c);
	}
	return s;
}
function mm(e, t, n, r) {
	let [i, a] = n[0] < r[0] ? [n[0], r[0]] : [r[0], n[0]], [o, s] = n[1] < r[1] ? [n[1], r[1]] : [r[1], n[1]], c = [];
	for (let n = 0; n < e.length; n++) e[n] >= i && e[n] <= a && t[n] >= o && t[n] <= s && c.push(n);
	return c;
}
var hm = class {
	constructor(e, t) {
		this.x = e, this.y = t;
		let n = [];
		for (let r = 0; r < e.length; r++) Number.isFinite(e[r]) && Number.isFinite(t[r]) && n.push(r);
		this.tree = Zl().x((e) => this.x[e]).y((e) => this.y[e]).addAll(n);
	}
	find(e, t, n = Infinity) {
		let r = this.tree.find(e, t, n);
		return r === void 0 ? -1 : r;
	}
};
function gm(e, t, n, r) {
	let i = t.length, a = r && r.length === i ? r : new Float32Array(i), o = Math.max(0, Math.min(1, n));
	for (let n = 0; n < i; n++) {
		let r = e[n], i = t[n];
		a[n] = Number.isFinite(r) ? r + (i - r) * o : i;
	}
	return a;
}
function _m(e) {
	let t = Math.max(0, Math.min(1, e));
	return t < .5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}
function vm(e, t, n) {
	let r = Math.max(0, Math.min(1, n)), i = (e, t) => e + (t - e) * r;
	return {
		x0: i(e.x0, t.x0),
		x1: i(e.x1, t.x1),
		y0: i(e.y0, t.y0),
		y1: i(e.y1, t.y1)
	};
}
function ym(e) {
	let t = e.length, n = new Float32Array(t), r = new Float32Array(t);
	for (let i = 0; i < t; i++) n[i] = e[i][0] ?? NaN, r[i] = e[i][1] ?? NaN;
	return {
		x: n,
		y: r
	};
}
function bm(e) {
	let t = {
		fixed: [],
		broken: [],
		changedWrong: []
	}, { label: n, prediction: r, previous_prediction: i } = e;
	if (!n || !r || !i) return t;
	for (let e = 0; e < n.length; e++) r[e] !== null && i[e] !== null && r[e] !== i[e] && (r[e] === n[e] ? t.fixed.push(e) : i[e] === n[e] ? t.broken.push(e) : t.changedWrong.push(e));
	return t;
}
function xm(e, t, n = 20) {
	let r = Array.from({ length: n + 1 }, (e, t) => t / n), i = [Array(n).fill(0), Array(n).fill(0)], a = e.p_target, o = e.domain;
	if (a && o) for (let e = 0; e < a.length; e++) {
		let r = a[e];
		r === null || !Number.isFinite(r) || t && !t(e) || i[+!!o[e]][Sm(r, n)]++;
	}
	return {
		edges: r,
		counts: i
	};
}
function Sm(e, t) {
	return Math.max(0, Math.min(t - 1, Math.floor(e * t)));
}
function Cm(e, t, n, r) {
	let i = [], a = e.p_target;
	if (!a) return i;
	for (let e = 0; e < a.length; e++) {
		let o = a[e];
		o !== null && o >= t && o <= n && (!r || r(e)) && i.push(e);
	}
	return i;
}
function wm(e, t) {
	let n = [];
	for (let r = 0; r < t; r++) e.has(r) || n.push(r);
	return n;
}
function Tm(e, t, n) {
	let r = Array.from({ length: n }, () => [0, 0]);
	if (!e.label || !e.domain) return r;
	for (let i of t) {
		let t = e.label[i];
		t >= 0 && t < n && r[t][+!!e.domain[i]]++;
	}
	return r;
}
function Em(e, t, n) {
	let r = [[
		"instance",
		"index",
		"domain",
		"label",
		"prediction",
		"x",
		"y"
	]], i = (e) => e == null ? null : n.classes[e] ?? String(e);
	for (let a of t) r.push([
		a,
		e.index?.[a] ?? null,
		e.domain ? n.domains[+!!e.domain[a]] : null,
		i(e.label?.[a]),
		i(e.prediction?.[a]),
		e.coords[a]?.[0] ?? null,
		e.coords[a]?.[1] ?? null
	]);
	return r;
}
var Dm = "penultimate";
function Om() {
	return {
		projection: "pca",
		colorBy: "class",
		classFilter: "all",
		tool: "pan",
		layerMode: "header",
		hovered: null,
		focus: null,
		neighbors: null,
		runs: []
	};
}
var km = y(Om());
function Am(e, t) {
	return t.layerMode === "penultimate" ? Dm : e.layer;
}
function jm(e) {
	return e.runs.find((e) => e.shown) ?? null;
}
var Mm = 800, Nm = class {
	constructor(e, t, n, r = km) {
		this.api = e, this.store = t, this.data = n, this.state = r, this.answers = new se(), this.generation = 0, this.timers = /* @__PURE__ */ new Set(), this.attach = oe(() => {
			let e = [
				this.store.subscribe((e) => [
					e.runs.slice(0, 4).join("\0"),
					e.step,
					e.layer
				], () => this.refresh()),
				this.state.subscribe((e) => [e.projection, e.layerMode], () => this.refresh()),
				this.data.subscribe((e) => [e.runs, e.version], () => {
					this.answers.forgetSteps(), this.refresh();
				})
			];
			return this.refresh(), () => {
				e.forEach((e) => e()), this.generation++, this.timers.forEach(clearTimeout), this.timers.clear();
			};
		});
	}
	async fetchReady(e, t, n, r) {
		let i = this.answers.lookup(e, t, n, r);
		if (i) return i;
		let a = await this.api.instances(e, t, n, r);
		return a.status === "pending" ? "pending" : a.status === "failed" ? { failed: a.error } : (this.answers.keep(e, t, r, a), a);
	}
	refresh() {
		let e = ++this.generation;
		this.timers.forEach(clearTimeout), this.timers.clear();
		let t = this.store.get(), n = this.state.get(), r = Am(t, n), i = new Map(this.data.get().runs.map((e) => [e.run, e])), a = t.runs.slice(0, 4);
		if (!r) {
			this.state.set({ runs: [] });
			return;
		}
		let o = new Map(n.runs.map((e) => [e.run, e]));
		this.state.set({ runs: a.map((e) => {
			let t = o.get(e);
			return t && t.layer === r ? {
				...t,
				status: t.shown ? t.status : "loading"
			} : {
				run: e,
				layer: r,
				info: i.get(e)?.info ?? null,
				status: "loading",
				tsne: "off"
			};
		}) });
		for (let o of a) this.load(o, r, t.step, n.projection, e, i.get(o)?.info ?? null);
	}
	update(e, t, n) {
		e === this.generation && this.state.set((e) => ({ runs: e.runs.map((e) => e.run === t ? {
			...e,
			...n
		} : e) }));
	}
	async load(t, n, r, i, a, o) {
		try {
			let e = this.answers.steps(t, n), s = e ? j(e, r) : null, c = await this.fetchReady(t, n, s, "pca");
			if (c === "pending" || "failed" in c) throw Error("PCA projection unavailable");
			if (!e && (s = j(c.steps ?? [c.step], r), s !== null && s !== c.step)) {
				let e = await this.fetchReady(t, n, s, "pca");
				e !== "pending" && !("failed" in e) && (c = e);
			}
			if (a !== this.generation) return;
			let l = this.state.get().runs.find((e) => e.run === t), u = i === "tsne" && l?.shown?.projection === "tsne" && l.shown.step === c.step;
			this.update(a, t, {
				info: o,
				status: "ready",
				error: void 0,
				pca: c,
				shown: u ? l.shown : c,
				tsne: i === "tsne" ? u ? "ready" : "pending" : "off"
			}), i === "tsne" && !u && await this.pollTsne(t, n, c.step, a);
		} catch (n) {
			if (a !== this.generation) return;
			let r = n instanceof e || n instanceof Error ? n.message : String(n);
			this.update(a, t, {
				status: "error",
				error: r,
				shown: void 0,
				pca: void 0,
				tsne: "off"
			});
		}
	}
	async pollTsne(e, t, n, r) {
		if (r !== this.generation) return;
		let i = await this.fetchReady(e, t, n, "tsne");
		if (r === this.generation) {
			if (i === "pending") {
				let i = setTimeout(() => {
					this.timers.delete(i), this.pollTsne(e, t, n, r).catch((t) => this.update(r, e, {
						tsne: "failed",
						tsneError: String(t?.message ?? t)
					}));
				}, Mm);
				this.timers.add(i);
			} else "failed" in i ? this.update(r, e, {
				tsne: "failed",
				tsneError: i.failed
			}) : this.update(r, e, {
				tsne: "ready",
				shown: i
			});
		}
	}
}, Pm = null;
function Fm(e, t, n) {
	return Pm || (Pm = new Nm(e, t, n)), Pm;
}
// src/instance/common.ts
function Im(e, t, n) {
	let r = Fm(e.api, e.store, e.data).attach(), i = H(e, (e, n) => t(n), { watch: n }), a = km.subscribe((e) => [e.runs], () => i.schedule());
	return { destroy() {
		i.destroy(), a(), r();
	} };
}
function Lm(e, t) {
	let n = L("select", {
		class: `tbt-select ${t}`,
		"aria-label": e
	});
	return {
		wrap: L("label", { class: "tbt-inst-control" }, L("span", { class: "tbt-control-label" }, e), n),
		select: n
	};
}
function Rm(e, t) {
	let n = e?.class_names ?? [], r = n.length - 1;
	for (let e of t?.label ?? []) e > r && (r = e);
	return Array.from({ length: r + 1 }, (e, t) => n[t] ?? `class ${t}`);
}
function zm(e) {
	return [e?.domain_names?.source || "source", e?.domain_names?.target || "target"];
}
function Bm(e, t, n, r) {
	if (e == null) return L("span", { class: "tbt-inst-chip tbt-inst-chip-none" }, "—");
	let i = $p(t.length, r, n)[e], a = L("span", {
		class: "tbt-inst-chip",
		"data-class": e
	}, t[e] ?? `class ${e}`);
	return a.style.setProperty("--chip", i ?? "#888"), a;
}
var Vm = (e, t = 3) => e == null || !Number.isFinite(e) ? "—" : e.toFixed(t);
function Hm(e, t, n) {
	let r = e === null ? [] : [e];
	if (n?.label) for (let e of t) e < n.label.length && r.push(n.label[e]);
	return [...new Set(r)];
}
// src/instance/scatter.ts
var Um = {
	left: 44,
	right: 10,
	top: 8,
	bottom: 32
}, Wm = 550, Gm = {
	light: "#e8710a",
	dark: "#ff9f43"
}, Km = {
	light: "#202124",
	dark: "#ffffff"
}, qm = class {
	constructor(e = {}) {
		this.cb = e, this.width = 400, this.height = 360, this.theme = "light", this.tool = "pan", this.tx = /* @__PURE__ */ new Float32Array(), this.x = /* @__PURE__ */ new Float32Array(), this.y = /* @__PURE__ */ new Float32Array(), this.domain = /* @__PURE__ */ new Uint8Array(), this.extent = {
			x0: -1,
			x1: 1,
			y0: -1,
			y1: 1
		}, this.shownExtent = this.extent, this.style = {
			fill: [],
			alpha: /* @__PURE__ */ new Float32Array(),
			outline: /* @__PURE__ */ new Uint8Array()
		}, this.marks = {
			selected: /* @__PURE__ */ new Set(),
			hovered: null,
			lines: null
		}, this.keys = [], this.transform = zd, this.index = null, this.anim = null, this.frame = 0, this.drag = null, this.lastDrawMs = 0, this.firstDraw = !1, this.root = document.createElement("div"), this.root.className = "tbt-inst-scatter", this.canvas = document.createElement("canvas"), this.canvas.className = "tbt-inst-canvas", this.svg = R("svg", { class: "tbt-chart tbt-inst-svg" }), this.xAxis = R("g", { class: "tbt-axis tbt-inst-xaxis" }), this.yAxis = R("g", { class: "tbt-axis tbt-inst-yaxis" }), this.xTitle = R("text", {
			class: "tbt-axis-title",
			"text-anchor": "middle"
		}), this.yTitle = R("text", {
			class: "tbt-axis-title",
			"text-anchor": "middle"
		}), this.overlay = R("g", { class: "tbt-inst-overlay" }), this.lassoPath = R("path", { class: "tbt-inst-lasso" }), this.events = R("rect", {
			class: "tbt-inst-events",
			fill: "transparent"
		}), this.svg.append(this.xAxis, this.yAxis, this.xTitle, this.yTitle, this.events, this.overlay, this.lassoPath), this.root.append(this.canvas, this.svg), this.zoomer = Yd().scaleExtent([.5, 60]).filter((e) => e.type === "wheel" || e.type === "dblclick" || this.tool === "pan" && !e.button && !e.ctrlKey).on("zoom", (e) => {
			this.transform = e.transform, this.schedule();
		}), U(this.svg).call(this.zoomer).on("dblclick.zoom", null), this.bindPointer(), this.resize(this.width, this.height);
	}
	resize(e, t) {
		this.width = Math.max(120, Math.round(e)), this.height = Math.max(120, Math.round(t));
		let n = globalThis.devicePixelRatio || 1;
		this.canvas.width = Math.round(this.width * n), this.canvas.height = Math.round(this.height * n), this.canvas.style.width = `${this.width}px`, this.canvas.style.height = `${this.height}px`, this.svg.setAttribute("width", String(this.width)), this.svg.setAttribute("height", String(this.height)), this.svg.setAttribute("viewBox", `0 0 ${this.width} ${this.height}`), this.root.style.width = `${this.width}px`, this.root.style.height = `${this.height}px`;
		let r = this.plot();
		this.events.setAttribute("x", String(r.left)), this.events.setAttribute("y", String(r.top)), this.events.setAttribute("width", String(r.width)), this.events.setAttribute("height", String(r.height)), this.zoomer.extent([[r.left, r.top], [r.left + r.width, r.top + r.height]]), this.root.dataset.plot = [
			r.left,
			r.top,
			r.width,
			r.height
		].join(","), this.drawNow();
	}
	setTheme(e) {
		this.theme = e, this.schedule();
	}
	setTool(e) {
		this.tool = e, this.root.dataset.tool = e;
	}
	setAxisTitles(e, t) {
		this.xTitle.textContent = e, this.yTitle.textContent = t;
	}
	setData(e, t, n, r) {
		let i = e.length === this.tx.length, a = {
			x: this.x,
			y: this.y,
			extent: this.shownExtent
		};
		if (this.tx = e, this.domain = n, this.keys = [], this.extent = um(e, t), this.index = new hm(e, t), r.resetView && (this.transform = zd, U(this.svg).call(this.zoomer.transform, zd)), this.anim?.stop(), this.anim = null, !(r.animate && i && a.x.length)) {
			this.x = e, this.y = t, this.shownExtent = this.extent, delete this.root.dataset.animating, this.firstDraw = !0, this.schedule();
			return;
		}
		let o = new Float32Array(e.length), s = new Float32Array(t.length), c = a.x.slice(), l = a.y.slice(), u = a.extent;
		this.root.dataset.animating = "true", this.anim = ms((n) => {
			let r = _m(n / Wm);
			this.x = gm(c, e, r, o), this.y = gm(l, t, r, s), this.shownExtent = vm(u, this.extent, r), n >= Wm && (this.anim?.stop(), this.anim = null, this.x = e, this.y = t, this.shownExtent = this.extent, delete this.root.dataset.animating), this.drawNow();
		});
	}
	setStyle(e) {
		this.style = e, this.keys = [], this.schedule();
	}
	setMarks(e) {
		this.marks = e, this.root.dataset.hovered = e.hovered === null ? "" : String(e.hovered), this.root.dataset.selected = String(e.selected.size), this.schedule();
	}
	position(e) {
		let { sx: t, sy: n } = this.scales(), r = this.x[e], i = this.y[e];
		return Number.isFinite(r) && Number.isFinite(i) ? [t(r), n(i)] : null;
	}
	destroy() {
		this.anim?.stop(), cancelAnimationFrame(this.frame), U(this.svg).on(".zoom", null), this.root.remove();
	}
	plot() {
		return {
			left: Um.left,
			top: Um.top,
			width: Math.max(10, this.width - Um.left - Um.right),
			height: Math.max(10, this.height - Um.top - Um.bottom)
		};
	}
	scales() {
		let e = this.plot(), t = dm(this.shownExtent, e.width, e.height), n = Hu().domain([t.x0, t.x1]).range([e.left, e.left + e.width]), r = Hu().domain([t.y0, t.y1]).range([e.top + e.height, e.top]), i = this.transform.rescaleX(n), a = this.transform.rescaleY(r);
		return {
			p: e,
			zx: i,
			zy: a,
			sx: (e) => i(e),
			sy: (e) => a(e)
		};
	}
	schedule() {
		this.frame || (this.frame = requestAnimationFrame(() => {
			this.frame = 0, this.drawNow();
		}));
	}
	radius() {
		let e = this.x.length;
		return e > 5e3 ? 2.4 : e > 1500 ? 3 : e > 300 ? 3.6 : 4.4;
	}
	drawNow() {
		let e = performance.now(), { p: t, zx: n, zy: r } = this.scales(), i = this.canvas.getContext("2d");
		if (!i) return;
		let a = this.canvas.width / this.width;
		i.setTransform(a, 0, 0, a, 0, 0), i.clearRect(0, 0, this.width, this.height), i.save(), i.beginPath(), i.rect(t.left, t.top, t.width, t.height), i.clip();
		let o = this.x.length, s = this.radius();
		if (this.keys.length !== o) {
			let { fill: e, alpha: t, outline: n } = this.style;
			this.keys = Array(o);
			for (let r = 0; r < o; r++) this.keys[r] = `${+!!this.domain[r]}${+!!n[r]}${t[r] ?? 1}|${e[r] ?? "#888"}`;
		}
		let c = n.domain(), l = r.domain(), u = t.width / (c[1] - c[0]), d = t.left - c[0] * u, f = -t.height / (l[1] - l[0]), p = t.top + t.height - l[0] * f, m = /* @__PURE__ */ new Map(), h = 0, g = new Float32Array(o), _ = new Float32Array(o);
		for (let e = 0; e < o; e++) {
			let n = this.x[e], r = this.y[e];
			if (!Number.isFinite(n) || !Number.isFinite(r)) {
				g[e] = NaN;
				continue;
			}
			h++;
			let i = n * u + d, a = r * f + p;
			if (g[e] = i, _[e] = a, i < t.left - 6 || i > t.left + t.width + 6 || a < t.top - 6 || a > t.top + t.height + 6) continue;
			let o = this.keys[e], s = m.get(o);
			s || m.set(o, s = []), s.push(e);
		}
		let v = [...m.keys()].sort(), y = Yp[this.theme];
		for (let e of v) {
			let t = m.get(e), n = e[0] === "1", r = e[1] === "1", a = e.indexOf("|"), o = Number(e.slice(2, a)), c = e.slice(a + 1);
			if (i.globalAlpha = o, i.beginPath(), n) {
				for (let e of t) i.moveTo(g[e] + s, _[e]), i.arc(g[e], _[e], s, 0, 2 * Math.PI);
				i.fillStyle = c, i.fill(), r && (i.strokeStyle = y, i.lineWidth = 1.3, i.stroke());
			} else {
				let e = s * .95;
				for (let n of t) i.moveTo(g[n] - e, _[n] - e), i.lineTo(g[n] + e, _[n] + e), i.moveTo(g[n] - e, _[n] + e), i.lineTo(g[n] + e, _[n] - e);
				i.lineCap = "round", r && (i.strokeStyle = y, i.lineWidth = 3.6, i.stroke()), i.strokeStyle = c, i.lineWidth = 1.8, i.stroke();
			}
		}
		i.globalAlpha = 1;
		let b = this.marks.selected;
		if (b.size) {
			i.beginPath();
			for (let e of b) e >= o || !Number.isFinite(g[e]) || (i.moveTo(g[e] + s + 2.5, _[e]), i.arc(g[e], _[e], s + 2.5, 0, 2 * Math.PI));
			i.strokeStyle = Gm[this.theme], i.lineWidth = 1.6, i.stroke();
		}
		let x = this.marks.hovered;
		x !== null && x < o && Number.isFinite(g[x]) && (i.beginPath(), i.arc(g[x], _[x], s + 5, 0, 2 * Math.PI), i.strokeStyle = Km[this.theme], i.lineWidth = 2, i.stroke()), i.restore(), this.drawSvg(n, r, t, g, _), this.root.dataset.points = String(h);
		let [S, C] = n.domain(), [w, T] = r.domain();
		this.root.dataset.view = [
			S,
			C,
			w,
			T
		].join(","), this.lastDrawMs = performance.now() - e, this.root.dataset.drawMs = this.lastDrawMs.toFixed(2), this.firstDraw && (this.firstDraw = !1, this.root.dataset.firstDrawMs = this.lastDrawMs.toFixed(2));
	}
	drawSvg(e, t, n, r, i) {
		let a = Math.max(2, Math.round(n.width / 80)), o = Math.max(2, Math.round(n.height / 60));
		for (U(this.xAxis).attr("transform", `translate(0,${n.top + n.height})`).call(In(e).ticks(a).tickSizeOuter(0)), U(this.yAxis).attr("transform", `translate(${n.left},0)`).call(Ln(t).ticks(o).tickSizeOuter(0)), this.xTitle.setAttribute("x", String(n.left + n.width / 2)), this.xTitle.setAttribute("y", String(n.top + n.height + 28)), this.yTitle.setAttribute("transform", `translate(11,${n.top + n.height / 2}) rotate(-90)`); this.overlay.firstChild;) this.overlay.removeChild(this.overlay.firstChild);
		let s = this.marks.lines;
		if (s && s.from < r.length && Number.isFinite(r[s.from])) for (let e of s.to) e >= r.length || !Number.isFinite(r[e]) || this.overlay.appendChild(R("line", {
			class: "tbt-inst-nn-line",
			x1: r[s.from],
			y1: i[s.from],
			x2: r[e],
			y2: i[e],
			"data-to": e
		}));
	}
	hit(e, t) {
		if (!this.index) return -1;
		let { zx: n, zy: r } = this.scales(), i = n.invert(e), a = r.invert(t), o = Math.abs(n.invert(e + 1) - i);
		return this.index.find(i, a, (this.radius() + 5) * o);
	}
	bindPointer() {
		let e = this.svg;
		e.addEventListener("pointermove", (t) => {
			let [n, r] = W(t, e);
			if (this.drag) {
				let e = this.drag.points[this.drag.points.length - 1];
				this.drag.kind === "box" ? this.drag.points = [this.drag.points[0], [n, r]] : Math.hypot(n - e[0], r - e[1]) >= 2 && this.drag.points.push([n, r]), this.drawDrag();
				return;
			}
			let i = this.hit(n, r);
			this.cb.onHover?.(i >= 0 ? i : null, t.clientX, t.clientY);
		}), e.addEventListener("pointerleave", () => {
			this.drag || this.cb.onHover?.(null, 0, 0);
		}), e.addEventListener("pointerdown", (t) => {
			if (this.tool === "pan" || t.button !== 0) return;
			let [n, r] = W(t, e);
			this.drag = {
				kind: this.tool === "box" ? "box" : "lasso",
				points: [[n, r]],
				additive: t.shiftKey
			}, e.setPointerCapture?.(t.pointerId), t.preventDefault();
		}), e.addEventListener("pointerup", (t) => {
			let n = this.drag;
			if (!n) return;
			this.drag = null, this.lassoPath.setAttribute("d", ""), e.releasePointerCapture?.(t.pointerId);
			let r = n.points.length > 1 && Math.hypot(n.points[n.points.length - 1][0] - n.points[0][0], n.points[n.points.length - 1][1] - n.points[0][1]) > 3;
			if (n.kind === "lasso" && n.points.length < 3 && !r || !r && n.kind === "box") {
				let e = this.hit(n.points[0][0], n.points[0][1]);
				this.cb.onClick?.(e >= 0 ? e : null);
				return;
			}
			let { px: i, py: a } = this.screenPositions(), o = n.kind === "box" ? mm(i, a, n.points[0], n.points[n.points.length - 1]) : pm(i, a, n.points);
			this.cb.onSelect?.(o, n.additive);
		}), e.addEventListener("pointercancel", () => {
			this.drag = null, this.lassoPath.setAttribute("d", "");
		}), e.addEventListener("click", (t) => {
			if (this.tool !== "pan") return;
			let [n, r] = W(t, e), i = this.hit(n, r);
			this.cb.onClick?.(i >= 0 ? i : null);
		});
	}
	screenPositions() {
		let { zx: e, zy: t } = this.scales(), n = this.x.length, r = new Float32Array(n), i = new Float32Array(n);
		for (let a = 0; a < n; a++) r[a] = Number.isFinite(this.x[a]) ? e(this.x[a]) : NaN, i[a] = Number.isFinite(this.y[a]) ? t(this.y[a]) : NaN;
		return {
			px: r,
			py: i
		};
	}
	drawDrag() {
		let e = this.drag;
		if (e) {
			if (e.kind === "box") {
				let [t, n] = [e.points[0], e.points[e.points.length - 1]];
				this.lassoPath.setAttribute("d", `M${t[0]},${t[1]}H${n[0]}V${n[1]}H${t[0]}Z`);
			} else this.lassoPath.setAttribute("d", `M${e.points.map((e) => e.join(",")).join("L")}Z`);
		}
	}
}, Jm = /* @__PURE__ */ new Map();
function Ym(e, t) {
	let n = Jm.get(t);
	return n || (n = new Promise((n, r) => {
		let i = new Image();
		i.onload = () => n(i), i.onerror = () => {
			Jm.delete(t), r(/* @__PURE__ */ Error(`no thumbnails for run ${t}`));
		}, i.src = e.thumbnailsUrl(t);
	}), Jm.set(t, n)), n;
}
function Xm(e) {
	let t = e?.thumbnails;
	return t && t.size > 0 && t.columns > 0 ? {
		size: t.size,
		columns: t.columns,
		count: t.count
	} : null;
}
function Zm(e, t) {
	return [t % e.columns * e.size, Math.floor(t / e.columns) * e.size];
}
function Qm(e, t, n, r, i, a = "tbt-inst-thumb") {
	let o = document.createElement("canvas");
	o.className = a, o.dataset.id = String(r);
	let s = Xm(n), c = s ? Math.max(1, Math.round(i / s.size)) : 1;
	return o.width = s ? s.size * c : i, o.height = s ? s.size * c : i, o.style.width = `${i}px`, o.style.height = `${i}px`, !s || r < 0 || r >= s.count || Ym(e, t).then((e) => {
		let t = o.getContext("2d");
		if (!t) return;
		t.imageSmoothingEnabled = !1;
		let [n, i] = Zm(s, r);
		t.drawImage(e, n, i, s.size, s.size, 0, 0, o.width, o.height), o.dataset.drawn = "true";
	}).catch(() => o.classList.add("tbt-inst-thumb-missing")), o;
}
// src/instance/scatterPanel.ts
function $m(e) {
	let { panel: t, store: n, api: r, data: i } = e, a = Fm(r, n, i).attach(), o = km, s = ue("Projection", [{
		id: "pca",
		label: "PCA",
		title: "PCA: one frame per run and layer, fitted on the first step"
	}, {
		id: "tsne",
		label: "t-SNE",
		title: "t-SNE: computed by the backend, warm-started and aligned across steps"
	}], (e) => o.set({ projection: e })), c = Lm("Colour", "tbt-inst-colorby");
	for (let e of em) c.select.appendChild(L("option", { value: e.id }, e.label));
	c.select.addEventListener("change", () => o.set({ colorBy: c.select.value }));
	let l = Lm("Classes", "tbt-inst-classfilter");
	l.select.append(L("option", { value: "all" }, "All classes"), L("option", { value: "selected" }, "Selected class only")), l.select.addEventListener("change", () => o.set({ classFilter: l.select.value }));
	let u = Lm("Embedding", "tbt-inst-embedding");
	u.select.append(L("option", { value: "header" }, "Layer of the header"), L("option", { value: "penultimate" }, "penultimate")), u.select.addEventListener("change", () => o.set({ layerMode: u.select.value }));
	let d = ue("Tool", [
		{
			id: "pan",
			label: "Pan",
			title: "Drag to pan, wheel to zoom, click an instance for its nearest neighbours"
		},
		{
			id: "lasso",
			label: "Lasso",
			title: "Draw around instances to select them (Shift adds)"
		},
		{
			id: "box",
			label: "Box",
			title: "Drag a rectangle to select instances (Shift adds)"
		}
	], (e) => o.set({ tool: e }));
	t.controls.append(s.element, d.element, c.wrap, l.wrap, u.wrap);
	let f = L("div", { class: "tbt-inst-multiples" }), p = L("div", {
		class: "tbt-inst-legend",
		"aria-label": "Legend"
	}), m = L("div", {
		class: "tbt-inst-card",
		role: "tooltip"
	});
	m.hidden = !0, t.body.classList.add("tbt-inst-body"), t.body.append(f, p, m);
	let h = /* @__PURE__ */ new Map(), g = null, _ = /* @__PURE__ */ new Map();
	function v(e, t) {
		let i = n.get().neuron;
		if (!i) return { values: null };
		let a = [
			i.layer,
			i.channel,
			t
		].join("\0"), o = _.get(e);
		if (o?.key === a) return o;
		let s = {
			key: a,
			values: null
		};
		return _.set(e, s), Kp(r, e, i.layer, t, i.channel).then((e) => {
			s.values = e.activations.current, k.schedule();
		}, (e) => {
			s.error = e?.message ?? String(e), k.schedule();
		}), s;
	}
	function y() {
		return n.get().theme;
	}
	function b(t) {
		let r = h.get(t.run);
		if (r) return r;
		let i = new qm({
			onHover: (e, n, r) => {
				g = e === null ? null : t.run, o.set({ hovered: e }), e === null ? m.hidden = !0 : T(t.run, e, n, r);
			},
			onClick: (e) => o.set({ focus: e === null ? null : {
				run: t.run,
				id: e
			} }),
			onSelect: (e, t) => D(t ? [...n.get().instances, ...e] : e, n)
		}), a = L("span", { class: "tbt-inst-run-swatch" });
		a.style.background = e.runColor(t.run);
		let s = L("div", { class: "tbt-inst-cell-title" }), c = L("span", {
			class: "tbt-inst-status",
			role: "status"
		}), l = L("div", { class: "tbt-inst-cell-head" }, a, s, c), u = L("div", {
			class: "tbt-inst-cell",
			"data-run": t.run
		}, l, i.root);
		return i.root.dataset.run = t.run, r = {
			run: t.run,
			root: u,
			title: s,
			status: c,
			chart: i
		}, h.set(t.run, r), r;
	}
	function x(e, n) {
		let r = n || t.body.clientWidth || 800, i = e <= 1 ? 1 : 2;
		f.style.gridTemplateColumns = `repeat(${i}, minmax(0, 1fr))`;
		let a = Math.floor((r - (i - 1) * 12) / i);
		return {
			w: a,
			h: e <= 1 ? Math.min(520, Math.max(320, Math.round(a * .62))) : Math.min(420, Math.max(260, Math.round(a * .8)))
		};
	}
	function S(e) {
		let r = o.get(), i = n.get();
		s.set(r.projection), d.set(r.tool), c.select.value = r.colorBy, l.select.value = r.classFilter, u.select.value = r.layerMode;
		let a = Am(i, r);
		if (!i.runs.length) {
			t.setState("empty", "Select a run to see its probe instances.");
			return;
		}
		if (!a) {
			t.setState("empty", "Pick a layer in the header (or the penultimate embedding).");
			return;
		}
		let p = r.runs;
		if (p.length && p.every((e) => e.status === "error")) {
			t.setState("error", p.map((e) => `${e.run}: ${e.error}`).join("\n"));
			return;
		}
		if (!p.some((e) => e.shown)) {
			t.setState("loading", "Loading instances…");
			return;
		}
		t.setState("ready");
		let m = new Set(p.map((e) => e.run));
		for (let [e, t] of h) m.has(e) || (t.chart.destroy(), t.root.remove(), h.delete(e));
		let { w: g, h: _ } = x(p.length, e), v = p.map((e) => b(e).root);
		(v.length !== f.children.length || v.some((e, t) => f.children[t] !== e)) && (z(f), f.append(...v));
		for (let e of p) {
			let t = b(e);
			t.chart.setTheme(i.theme), t.chart.setTool(r.tool), (Number(t.chart.root.style.width.replace("px", "")) !== g || Number(t.chart.root.style.height.replace("px", "")) !== _) && t.chart.resize(g, _), C(t, e);
		}
		O(), t.setExports({
			figure: () => {
				let e = [...h.values()][0];
				return e ? {
					svg: e.chart.svg,
					rasters: [{
						canvas: e.chart.canvas,
						x: 0,
						y: 0,
						width: g,
						height: _
					}],
					name: `instances-${e.run}`
				} : null;
			},
			csv: () => {
				let e = [[
					"run",
					"instance",
					"index",
					"domain",
					"label",
					"prediction",
					"x",
					"y"
				]];
				for (let t of o.get().runs) {
					let n = t.shown;
					if (!n) continue;
					let r = Rm(t.info, n), i = zm(t.info);
					n.coords.forEach((a, o) => e.push([
						t.run,
						o,
						n.index?.[o] ?? null,
						n.domain ? i[n.domain[o]] : null,
						n.label ? r[n.label[o]] : null,
						n.prediction?.[o] ?? null,
						a[0],
						a[1]
					]));
				}
				return {
					rows: e,
					name: "instances"
				};
			}
		});
	}
	function C(e, t) {
		let r = t.shown, i = o.get(), a = n.get();
		e.root.dataset.state = t.status, e.title.textContent = `${t.run}`;
		let s = [];
		r && s.push(`${t.layer} · step ${r.step} · ${r.projection === "tsne" ? "t-SNE" : "PCA"}`), t.tsne === "pending" && s.push("t-SNE computing…"), t.tsne === "failed" && s.push(`t-SNE failed: ${t.tsneError ?? ""}`), t.status === "error" && s.push(t.error ?? "error"), e.status.textContent = s.join(" — ");
		let c = e.chart.root;
		if (c.dataset.tsne = t.tsne, c.hidden = !r, e.root.classList.toggle("tbt-inst-cell-error", t.status === "error"), !r) return;
		if (c.dataset.projection = r.projection, c.dataset.step = String(r.step), c.dataset.layer = t.layer, c.dataset.n = String(r.coords.length), e.shown !== r) {
			let { x: n, y: i } = ym(r.coords), a = new Uint8Array(r.coords.length);
			r.domain?.forEach((e, t) => a[t] = +!!e);
			let o = e.layer !== t.layer || e.shown !== void 0 && e.shown.coords.length !== r.coords.length;
			e.chart.setData(n, i, a, {
				animate: e.shown !== void 0 && !o,
				resetView: o
			});
			let s = r.explained_variance;
			e.chart.setAxisTitles(r.projection === "tsne" ? "t-SNE 1" : `PC 1${s?.[0] == null ? "" : ` (${Math.round(s[0] * 100)}%)`}`, r.projection === "tsne" ? "t-SNE 2" : `PC 2${s?.[1] == null ? "" : ` (${Math.round(s[1] * 100)}%)`}`), e.shown = r, e.layer = t.layer;
		}
		let l = Rm(t.info, r), u = Hm(a.class, a.instances, r), d = i.colorBy === "neuron" && a.neuron ? v(t.run, r.step) : null, f = cm(r, {
			mode: i.colorBy,
			theme: a.theme,
			nClasses: l.length,
			highlighted: u,
			activation: d?.values ?? null
		});
		c.dataset.colorBy = i.colorBy, c.dataset.neuron = d?.values && a.neuron ? `${a.neuron.layer}:${a.neuron.channel}:${r.step}` : "", d?.error && (e.status.textContent = [e.status.textContent, `selected channel: ${d.error}`].filter(Boolean).join(" — "));
		let p = new Float32Array(r.coords.length).fill(1);
		if (i.classFilter === "selected" && a.class !== null && r.label && r.label.forEach((e, t) => p[t] = e === a.class ? 1 : .12), a.instances.size) for (let e = 0; e < p.length; e++) a.instances.has(e) || (p[e] *= .35);
		e.chart.setStyle({
			fill: f,
			alpha: p,
			outline: lm(r)
		}), w(e);
	}
	function w(e) {
		let t = o.get(), r = t.neighbors && t.neighbors.run === e.run ? t.neighbors : null;
		e.chart.setMarks({
			selected: n.get().instances,
			hovered: t.hovered,
			lines: r ? {
				from: r.id,
				to: r.ids
			} : null
		});
	}
	function T(e, i, a, s) {
		let c = o.get().runs.find((t) => t.run === e), l = c?.shown;
		if (!c || !l) return;
		let u = y(), d = n.get(), f = Rm(c.info, l), p = Hm(d.class, d.instances, l), h = zm(c.info);
		z(m), m.dataset.id = String(i), m.dataset.run = e;
		let g = Qm(r, e, c.info, i, 112, "tbt-inst-thumb tbt-inst-thumb-large"), _ = L("div", { class: "tbt-inst-card-rows" }), v = (e, ...t) => _.appendChild(L("div", { class: "tbt-inst-card-row" }, L("span", { class: "tbt-muted" }, e), L("span", null, ...t))), b = l.domain ? l.domain[i] : null;
		m.dataset.domain = b === null ? "" : String(b), v("Instance", `#${i}${l.index ? ` (dataset index ${l.index[i]})` : ""}`);
		let x = b ? "target" : "source";
		v("Domain", b === null ? "—" : `${h[b]}${h[b] === x ? "" : ` (${x})`} ${b ? "●" : "×"}`), v("Label", Bm(l.label?.[i], f, u, p)), v("Prediction", Bm(l.prediction?.[i], f, u, p)), v("Previous", Bm(l.previous_prediction?.[i], f, u, p)), v("Loss", Vm(l.loss?.[i])), v("Margin", Vm(l.margin?.[i])), v("P(target)", Vm(l.p_target?.[i])), m.append(g, _), m.hidden = !1, af(m, t.body, a, s, 16, 300, 140);
	}
	function O() {
		z(p);
		let e = o.get(), t = n.get().theme, r = e.runs.find((e) => e.shown), i = r?.shown, a = L("span", { class: "tbt-inst-legend-group" }, L("span", { class: "tbt-inst-glyph" }, "×"), " source ", L("span", { class: "tbt-inst-glyph" }, "●"), " target ", L("span", { class: "tbt-inst-glyph tbt-inst-glyph-out" }, "●"), " dark outline = mispredicted");
		p.appendChild(a);
		let s = L("span", { class: "tbt-inst-legend-group" }), c = (e, t, r) => {
			let i = L("span", { class: "tbt-inst-sw" });
			if (i.style.background = e, r === void 0) {
				s.append(i, L("span", null, t));
				return;
			}
			let a = L("button", {
				type: "button",
				class: "tbt-inst-legend-class",
				"data-class": r,
				"aria-pressed": String(n.get().class === r),
				title: `Select class ${t} everywhere`
			}, i, t);
			a.addEventListener("click", () => E(r, n, !0)), s.append(a);
		}, l = Rm(r?.info ?? null, i), u = zm(r?.info ?? null);
		switch (e.colorBy) {
			case "class": {
				let e = Hm(n.get().class, n.get().instances, i), r = $p(l.length, e, t), a = l.length <= 10 ? l.map((e, t) => t) : e.slice(0, 10);
				a.forEach((e) => c(r[e], l[e], e)), l.length > 10 && c(Jp[t], a.length ? "other classes" : "all classes (select a class to colour it)");
				break;
			}
			case "domain":
				c(Xp[t][0], u[0]), c(Xp[t][1], u[1]);
				break;
			case "correct":
				c(Zp[t][0], "correct"), c(Zp[t][1], "incorrect");
				break;
			case "p_target":
				[
					0,
					.25,
					.5,
					.75,
					1
				].forEach((e) => c(tm(e, t), e === 0 ? "0 (source-like)" : e === 1 ? "1 (target-like)" : String(e)));
				break;
			case "loss": {
				let e = om(i?.loss ?? null);
				[
					0,
					.5,
					1
				].forEach((t) => c(rm(t), t === 1 ? `≥ ${e.toFixed(2)}` : (t * e).toFixed(2)));
				break;
			}
			case "neuron": {
				let e = n.get().neuron;
				if (!e) {
					c(Jp[t], "no channel selected: click a channel in the feature level");
					break;
				}
				let a = sm(r && i ? _.get(r.run)?.values ?? null : null);
				if (!a) {
					c(Jp[t], `channel ${e.channel} of ${e.layer}: loading…`);
					break;
				}
				s.appendChild(L("span", null, `channel ${e.channel} of ${e.layer}, current model:`)), [
					0,
					.5,
					1
				].forEach((e) => c(rm(e), (a[0] + e * (a[1] - a[0])).toFixed(2)));
				break;
			}
			case "changed": c(Qp[t], "prediction changed since the previous step"), c(Jp[t], "unchanged or unknown");
		}
		p.appendChild(s);
	}
	let k = H(e, (e, t) => S(t), { watch: (e) => [
		e.instances,
		e.class,
		e.theme,
		e.runs,
		e.layer,
		e.neuron
	] }), A = [o.subscribe((e) => [
		e.runs,
		e.colorBy,
		e.classFilter,
		e.tool,
		e.projection,
		e.layerMode,
		e.neighbors
	], () => k.schedule()), o.subscribe((e) => e.hovered, () => {
		for (let e of h.values()) w(e);
		(o.get().hovered === null || g === null) && (m.hidden = !0);
	})];
	return { destroy() {
		k.destroy(), A.forEach((e) => e());
		for (let e of h.values()) e.chart.destroy();
		a();
	} };
}
B({
	id: "instance-scatter",
	section: "instance",
	title: "Probe instances",
	info: "Each probe instance at the layer and step: × source, ● target; colour by class (or another measure, or the activation of the channel selected in the feature level); a dark outline marks a misprediction. Equal aspect ratio. PCA uses one frame per run and layer, so points move only when the representation moves; t-SNE is warm-started and aligned across steps (PCA is shown while it computes). Wheel to zoom, drag to pan, Lasso/Box to select, click an instance for its nearest neighbours in the other domain. Up to four selected runs side by side, hover and selection linked.",
	span: 8,
	order: 10,
	mount: $m
});
// src/instance/selectionPanel.ts
var eh = 120;
function th(e) {
	let { panel: t, store: n, api: r } = e, i = km, a = (e, t, n) => {
		let r = L("button", {
			type: "button",
			class: "tbt-button tbt-inst-action",
			title: t
		}, e);
		return r.addEventListener("click", n), r;
	}, o = a("Clear", "Empty the selection", () => D([], n)), s = a("Invert", "Select every other probe instance", () => {
		let e = jm(i.get())?.shown;
		e && D(wm(n.get().instances, e.coords.length), n);
	}), c = a("Only mispredicted", "Keep only the selected instances mispredicted at this step", () => {
		let e = jm(i.get())?.shown;
		e?.label && e.prediction && D([...n.get().instances].filter((t) => e.prediction[t] !== null && e.prediction[t] !== e.label[t]), n);
	});
	t.controls.append(o, s, c);
	let l = L("div", {
		class: "tbt-inst-sel-summary",
		role: "status"
	}), u = L("table", { class: "tbt-inst-counts" }), d = L("div", {
		class: "tbt-inst-thumbs",
		role: "list",
		"aria-label": "Selected instances"
	});
	t.body.append(l, u, d);
	function f() {
		let e = jm(i.get()), a = e?.shown, f = n.get(), p = [...f.instances].sort((e, t) => e - t).filter((e) => !a || e < a.coords.length);
		if (t.root.dataset.count = String(p.length), [
			o,
			s,
			c
		].forEach((e) => e.disabled = !a), !e || !a) {
			t.setState("empty", "No instances shown yet.");
			return;
		}
		t.setState("ready");
		let m = Rm(e.info, a), h = zm(e.info), g = Hm(f.class, f.instances, a);
		if (z(l), z(u), z(d), !p.length) {
			l.textContent = "Nothing selected. Use Lasso or Box on the scatter, brush the domain-confusion histogram, or click a group of prediction flips.", t.setExports({});
			return;
		}
		let _ = a.label && a.prediction ? p.filter((e) => a.prediction[e] !== null && a.prediction[e] !== a.label[e]).length : 0;
		l.textContent = `${p.length} selected (${e.run}, step ${a.step}) · ${_} mispredicted`;
		let v = Tm(a, p, m.length);
		u.appendChild(L("tr", null, L("th", null, "class"), L("th", null, h[0]), L("th", null, h[1]))), v.forEach((e, t) => {
			e[0] + e[1] !== 0 && u.appendChild(L("tr", null, L("td", null, Bm(t, m, f.theme, g)), L("td", null, String(e[0])), L("td", null, String(e[1]))));
		});
		for (let t of p.slice(0, eh)) {
			let n = L("div", {
				class: "tbt-inst-thumb-item",
				role: "listitem",
				"data-id": t,
				title: `#${t} · ${a.domain ? h[a.domain[t]] : ""}`
			}, Qm(r, e.run, e.info, t, 48), L("div", { class: "tbt-inst-thumb-caption" }, Bm(a.label?.[t], m, f.theme, g), L("span", { class: "tbt-muted" }, "→"), Bm(a.prediction?.[t], m, f.theme, g)));
			n.addEventListener("mouseenter", () => i.set({ hovered: t })), n.addEventListener("mouseleave", () => i.set({ hovered: null })), d.appendChild(n);
		}
		p.length > eh && d.appendChild(L("div", { class: "tbt-muted tbt-small" }, `and ${p.length - eh} more (all in the CSV)`)), t.setExports({ csv: () => ({
			rows: Em(a, p, {
				classes: m,
				domains: h
			}),
			name: `selection-${e.run}-step${a.step}`
		}) });
	}
	return Im(e, () => f(), (e) => [
		e.instances,
		e.theme,
		e.class
	]);
}
B({
	id: "instance-selection",
	section: "instance",
	title: "Selected instances",
	info: "The instances selected anywhere in the tab (the same probe instances at every step, layer and run): thumbnails with label → prediction, counts per class and domain. CSV: instance, dataset index, domain, label, prediction and the shown coordinates.",
	span: 4,
	order: 20,
	mount: th
});
// src/instance/confusionPanel.ts
var nh = 20;
function rh(e) {
	let { panel: t, store: n } = e, r = km, i = L("div", { class: "tbt-inst-hist" }), a = L("div", { class: "tbt-muted tbt-small" });
	t.body.append(i, a);
	let o = null;
	function s(e) {
		let s = jm(r.get()), c = s?.shown, l = n.get();
		if (!s || !c) {
			t.setState("empty", "No instances shown yet.");
			return;
		}
		if (!c.p_target || !c.domain) {
			t.setState("empty", "No per-instance P(target) at this step.");
			return;
		}
		t.setState("ready");
		let u = l.class, d = u === null || !c.label ? null : (e) => c.label[e] === u, f = xm(c, d, nh), p = Math.max(260, e || t.body.clientWidth || 360), m = {
			l: 38,
			r: 8,
			t: 10,
			b: 34
		}, h = Hu().domain([0, 1]).range([m.l, p - m.r]), g = Math.max(1, ...f.counts[0].map((e, t) => e + f.counts[1][t])), _ = Hu().domain([0, g]).nice().range([210 - m.b, m.t]);
		z(i), o = R("svg", {
			class: "tbt-chart",
			width: p,
			height: 210,
			viewBox: `0 0 ${p} 210`,
			"data-total": f.counts[0].reduce((e, t) => e + t, 0) + f.counts[1].reduce((e, t) => e + t, 0)
		}), i.appendChild(o);
		let v = U(o), y = l.theme;
		for (let e = 0; e < nh; e++) {
			let t = 0;
			for (let n of [0, 1]) {
				let r = f.counts[n][e];
				r && (v.append("rect").attr("class", `tbt-inst-bar tbt-inst-bar-${n ? "target" : "source"}`).attr("x", h(f.edges[e]) + .5).attr("width", Math.max(0, h(f.edges[e + 1]) - h(f.edges[e]) - 1)).attr("y", _(t + r)).attr("height", _(t) - _(t + r)).attr("fill", Xp[y][n]).append("title").text(`${n ? "target" : "source"}: ${r} with P(target) in [${f.edges[e].toFixed(2)}, ${f.edges[e + 1].toFixed(2)})`), t += r);
			}
		}
		v.append("g").attr("class", "tbt-axis").attr("transform", `translate(0,${210 - m.b})`).call(In(h).ticks(5)), v.append("g").attr("class", "tbt-axis").attr("transform", `translate(${m.l},0)`).call(Ln(_).ticks(4)), v.append("text").attr("class", "tbt-axis-title").attr("x", (m.l + p - m.r) / 2).attr("y", 206).attr("text-anchor", "middle").text("P(target | features): source-like ← → target-like");
		let b = Cl().extent([[m.l, m.t], [p - m.r, 210 - m.b]]).on("end", (e) => {
			if (!e.sourceEvent || !e.selection) return;
			let [t, r] = e.selection.map((e) => h.invert(e));
			D(Cm(c, t, r, d), n);
		});
		v.append("g").attr("class", "tbt-inst-brush").call(b);
		let x = Rm(s.info, c);
		a.textContent = `${s.run}, ${s.layer}, step ${c.step} · ${u === null ? "all classes" : `class ${x[u] ?? u}`} · brush a range to select those instances. Out-of-fold domain-classifier probability; 0.5 = the domains are confused.`, t.setExports({ figure: () => o ? {
			svg: o,
			name: `domain-confusion-${s.run}`
		} : null });
	}
	return Im(e, s, (e) => [e.class, e.theme]);
}
B({
	id: "instance-confusion",
	section: "instance",
	title: "Domain confusion",
	info: "Per-instance out-of-fold P(target | features) of a domain classifier at this layer and step, source and target stacked, for the selected class (or all). Mass near 0 and 1 means the layer tells the domains apart; mass near 0.5 means it confuses them. Brush a range to select those instances.",
	span: 4,
	order: 30,
	mount: rh
});
// src/instance/flipsPanel.ts
var ih = 24;
function ah(e) {
	let { panel: t, store: n, api: r } = e, i = km;
	function a() {
		let e = jm(i.get()), a = e?.shown;
		if (!e || !a) {
			t.setState("empty", "No instances shown yet.");
			return;
		}
		if (!a.previous_prediction || !a.prediction) {
			t.setState("empty", `No previous step to compare with at step ${a.step}.`);
			return;
		}
		t.setState("ready"), z(t.body);
		let o = n.get(), s = Rm(e.info, a), c = Hm(o.class, o.instances, a), l = bm(a), u = (t, l, u) => {
			let d = L("button", {
				type: "button",
				class: "tbt-button tbt-inst-flip-select",
				"data-group": t,
				title: `Select these ${u.length} instances`,
				disabled: !u.length
			}, `${l}: ${u.length}`);
			d.addEventListener("click", () => D(u, n));
			let f = L("div", { class: "tbt-inst-thumbs" });
			for (let t of u.slice(0, ih)) {
				let l = L("div", {
					class: "tbt-inst-thumb-item",
					"data-id": t
				}, Qm(r, e.run, e.info, t, 40), L("div", { class: "tbt-inst-thumb-caption" }, Bm(a.previous_prediction?.[t], s, o.theme, c), L("span", { class: "tbt-muted" }, "→"), Bm(a.prediction?.[t], s, o.theme, c)));
				l.addEventListener("mouseenter", () => i.set({ hovered: t })), l.addEventListener("mouseleave", () => i.set({ hovered: null })), l.addEventListener("click", () => D([t], n)), f.appendChild(l);
			}
			return u.length > ih && f.appendChild(L("div", { class: "tbt-muted tbt-small" }, `and ${u.length - ih} more`)), L("div", {
				class: "tbt-inst-flip-group",
				"data-group": t,
				"data-count": u.length
			}, d, f);
		};
		t.body.append(L("div", { class: "tbt-muted tbt-small" }, `${e.run}, step ${a.step} against the previous logged step (captions: previous → now prediction).`), u("fixed", "Fixed (wrong → right)", l.fixed), u("broken", "Broken (right → wrong)", l.broken), u("other", "Changed, still wrong", l.changedWrong));
	}
	return Im(e, () => a(), (e) => [e.theme, e.class]);
}
B({
	id: "instance-flips",
	section: "instance",
	title: "Prediction flips",
	info: "Instances whose prediction changed since the previous logged step: fixed (wrong → right), broken (right → wrong), and changed but still wrong. Click a group to select it.",
	span: 4,
	order: 40,
	mount: ah
});
function oh(e) {
	let { panel: t, store: n, api: r, data: i } = e, a = Fm(r, n, i).attach(), o = km, s = 0;
	async function c() {
		let e = o.get(), n = ++s, i = e.focus, a = i ? e.runs.find((e) => e.run === i.run) : void 0, c = a?.shown;
		if (!i || !a || !c) e.neighbors && o.set({ neighbors: null }), t.setState("empty", "Click an instance in the scatter to see its nearest neighbours in the other domain.");
		else {
			t.setState("loading", "Finding neighbours…");
			try {
				let e = await r.neighbors(a.run, a.layer, c.step, i.id, 8);
				if (n !== s) return;
				o.set({ neighbors: {
					run: a.run,
					id: i.id,
					ids: e.neighbors,
					distances: e.distances
				} }), l();
			} catch (e) {
				if (n !== s) return;
				o.set({ neighbors: null }), t.setState("error", e.message);
			}
		}
	}
	function l() {
		let e = o.get(), i = e.neighbors, a = i ? e.runs.find((e) => e.run === i.run) : void 0, s = a?.shown;
		if (!i || !a || !s) return;
		t.setState("ready"), z(t.body);
		let c = n.get(), l = Rm(a.info, s), u = zm(a.info), d = Hm(c.class, c.instances, s), f = s.domain?.[i.id] ?? 0, p = L("div", {
			class: "tbt-inst-nn-focus",
			"data-id": i.id
		}, Qm(r, a.run, a.info, i.id, 64), L("div", null, L("div", null, `#${i.id} · ${u[f]}`), Bm(s.label?.[i.id], l, c.theme, d), L("div", { class: "tbt-muted tbt-small" }, `${a.run}, ${a.layer}, step ${s.step}`))), m = L("div", {
			class: "tbt-inst-thumbs tbt-inst-nn-list",
			role: "list"
		});
		i.ids.forEach((e, t) => {
			let n = L("div", {
				class: "tbt-inst-thumb-item",
				role: "listitem",
				"data-id": e
			}, Qm(r, a.run, a.info, e, 48), L("div", { class: "tbt-inst-thumb-caption" }, Bm(s.label?.[e], l, c.theme, d)), L("div", { class: "tbt-muted tbt-small" }, `d = ${Vm(i.distances[t], 2)}`));
			n.addEventListener("mouseenter", () => o.set({ hovered: e })), n.addEventListener("mouseleave", () => o.set({ hovered: null })), m.appendChild(n);
		});
		let h = L("button", {
			type: "button",
			class: "tbt-button"
		}, "Select these");
		h.addEventListener("click", () => D([i.id, ...i.ids], n)), t.body.append(p, L("div", { class: "tbt-muted tbt-small" }, `${i.ids.length} nearest ${u[+!f]} instances (Euclidean distance in the layer's embedding)`), m, h);
	}
	let u = [o.subscribe((e) => `${e.focus ? `${e.focus.run}\u0000${e.focus.id}` : ""}|${e.runs.map((e) => e.shown ? `${e.run}\u0000${e.layer}\u0000${e.shown.step}` : "").join("|")}`, () => void c()), n.subscribe((e) => [e.theme], () => l())];
	return c(), { destroy() {
		u.forEach((e) => e()), a();
	} };
}
// src/instance/index.ts
B({
	id: "instance-neighbors",
	section: "instance",
	title: "Nearest neighbours across domains",
	info: "The 8 probe instances of the other domain nearest to the clicked instance, in the layer's feature space at that step; lines in the scatter point to them.",
	span: 4,
	order: 50,
	mount: oh
}), typeof document < "u" && Up(document);
// src/feature/state.ts
function sh(e) {
	return e.instances.size > 0 ? {
		kind: "selection",
		instances: [...e.instances].sort((e, t) => e - t)
	} : e.class === null ? { kind: "all" } : {
		kind: "class",
		class: e.class
	};
}
function ch(e) {
	return e.kind === "selection" ? { instances: e.instances } : e.kind === "class" ? { class: e.class } : {};
}
function lh(e, t = []) {
	return e.kind === "selection" ? `${e.instances.length} selected instance${e.instances.length === 1 ? "" : "s"}` : e.kind === "class" ? `class ${t[e.class] ?? e.class}` : "all classes";
}
var uh = y({
	order: "most",
	checked: null,
	layer: null
});
function dh(e, t, n) {
	return e.layer === t && e.checked !== null ? [...e.checked] : n.slice(0, 5);
}
function fh(e, t, n) {
	let r = dh(uh.get(), e, t), i = r.includes(n) ? r.filter((e) => e !== n) : [...r, n];
	uh.set({
		checked: i,
		layer: e
	});
}
var ph = y({
	layer: null,
	group: { kind: "all" },
	runs: []
});
function mh(e) {
	return e.kind === "class" ? `c${e.class}` : e.kind === "selection" ? `i${e.instances.join(",")}` : "all";
}
var hh = class {
	constructor(e, t, n, r = ph) {
		this.api = e, this.store = t, this.data = n, this.state = r, this.answers = new se(), this.controller = null, this.attach = oe(() => {
			let e = [this.store.subscribe((e) => [
				e.runs.slice(0, 4).join("\0"),
				e.step,
				e.layer,
				mh(sh(e))
			], () => this.refresh()), this.data.subscribe((e) => [e.runs, e.version], () => {
				this.answers.forgetSteps(), this.refresh();
			})];
			return this.refresh(), () => {
				e.forEach((e) => e()), this.controller?.abort(), this.controller = null;
			};
		});
	}
	refresh() {
		this.controller?.abort();
		let e = new AbortController();
		this.controller = e;
		let t = this.store.get(), n = t.layer, r = sh(t), i = new Map(this.data.get().runs.map((e) => [e.run, e])), a = t.runs.slice(0, 4);
		if (!n) {
			this.state.set({
				layer: null,
				group: r,
				runs: []
			});
			return;
		}
		let o = new Map(this.state.get().runs.map((e) => [e.run, e]));
		this.state.set({
			layer: n,
			group: r,
			runs: a.map((e) => {
				let t = o.get(e), r = i.get(e)?.info ?? null;
				return t && t.layer === n ? {
					...t,
					info: r,
					status: "loading"
				} : {
					run: e,
					layer: n,
					info: r,
					status: "loading"
				};
			})
		});
		for (let i of a) this.load(i, n, t.step, r, e.signal);
	}
	async fetch(e, t, n, r, i) {
		let a = this.answers.lookup(e, t, n, mh(r));
		if (a) return a;
		let o = await this.api.features(e, t, n, ch(r), { signal: i });
		return this.answers.keep(e, t, mh(r), o), o;
	}
	async load(e, t, n, r, i) {
		let a = this.state.get().runs.find((t) => t.run === e)?.info;
		if (a && !a.layers.some((e) => e.name === t)) this.patch(e, t, {
			status: "error",
			error: `${t} is not a tracked layer of this run.`,
			features: void 0
		});
		else try {
			let a = this.answers.steps(e, t), o = null;
			a || (o = await this.fetch(e, t, null, r, i), a = o.steps);
			let s = j(a, n);
			o && o.step === s || (o = await this.fetch(e, t, s, r, i)), i.aborted || this.patch(e, t, {
				status: "ready",
				features: o,
				error: void 0
			});
		} catch (n) {
			if (i.aborted || n?.name === "AbortError") return;
			this.patch(e, t, {
				status: "error",
				error: n?.message ?? String(n),
				features: void 0
			});
		}
	}
	patch(e, t, n) {
		let r = this.state.get();
		this.state.set({ runs: r.runs.map((r) => r.run === e && r.layer === t ? {
			...r,
			...n
		} : r) });
	}
}, gh = /* @__PURE__ */ new WeakMap();
function _h(e, t, n) {
	let r = gh.get(t);
	return r || (r = new hh(e, t, n), gh.set(t, r)), r;
}
// src/feature/model.ts
var vh = (e) => e != null && Number.isFinite(e);
function yh(e, t, n) {
	let r = e.models[t], i = new Map(e.recorded.map((e, t) => [e, t])), a = [], o = [];
	return r.ranking.forEach((e, t) => {
		let n = i.get(e);
		if (n === void 0) return;
		let s = r.domain_coef[n] ?? null, c = {
			rank: vh(s) ? t + 1 : null,
			channel: e,
			index: n,
			coef: s,
			auc: r.domain_auc[n] ?? null,
			importance: r.importance[n] ?? null,
			hist: [r.hist[0]?.[n] ?? [], r.hist[1]?.[n] ?? []],
			extent: r.extent[n] ?? [null, null],
			dead: [r.dead[0]?.[n] ?? null, r.dead[1]?.[n] ?? null]
		};
		(c.rank === null ? o : a).push(c);
	}), n === "least" && a.reverse(), [...a, ...o];
}
function bh(e, t) {
	let n = /* @__PURE__ */ new Map();
	for (let r of yh(e, t, "most")) r.rank !== null && n.set(r.channel, r.rank);
	return n;
}
function xh(e) {
	let t = 0;
	for (let n of e) vh(n) && Math.abs(n) > t && (t = Math.abs(n));
	return t;
}
function Sh(e, t, n, r, i = 4) {
	if (r <= 0 || n <= 0) return {
		start: 0,
		end: 0
	};
	let a = Math.floor(Math.max(0, e) / n), o = Math.ceil((Math.max(0, e) + Math.max(0, t)) / n), s = Math.max(0, Math.min(r, a - i));
	return {
		start: s,
		end: Math.max(s, Math.min(r, o + i))
	};
}
function Ch(e, t, n) {
	let r = Math.max(e[0].length, e[1].length), i = n / 2, a = [Math.max(0, ...e[0]), Math.max(0, ...e[1])], o = [];
	if (!r) return {
		bars: o,
		max: a,
		mid: i
	};
	let s = t / r;
	for (let t of [0, 1]) e[t].forEach((e, n) => {
		if (!(e > 0)) return;
		let r = a[t] > 0 ? e / a[t] * (i - 1) : 0;
		o.push({
			domain: t,
			bin: n,
			count: e,
			x: n * s,
			y: t === 0 ? i - r : i,
			width: Math.max(.5, s - .5),
			height: r
		});
	});
	return {
		bars: o,
		max: a,
		mid: i
	};
}
function wh(e, t = 20, n = "most") {
	let r = bh(e, "pretrained"), i = bh(e, "current"), a = (r) => yh(e, r, n).filter((e) => e.rank !== null).slice(0, t).map((e) => e.channel);
	return [.../* @__PURE__ */ new Set([...a("pretrained"), ...a("current")])].map((e) => {
		let t = r.get(e) ?? null, n = i.get(e) ?? null;
		return {
			channel: e,
			from: t,
			to: n,
			kind: t === null || n === null || t === n ? "same" : n < t ? "specific" : "invariant"
		};
	});
}
// src/feature/style.ts
var Th = "\n.tbt-feat-runs { display: flex; flex-direction: column; gap: 16px; }\n.tbt-feat-run-head { display: flex; align-items: baseline; gap: 6px; font-size: 12px; margin-bottom: 4px; min-width: 0; }\n.tbt-feat-run-name { font-weight: 500; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 40%; }\n.tbt-feat-run-swatch { width: 10px; height: 10px; border-radius: 2px; flex: none; align-self: center; }\n.tbt-feat-status { color: var(--tbt-muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-feat-error { color: var(--tbt-error-fg); background: var(--tbt-error-bg); padding: 6px 8px; border-radius: 4px; font-size: 12px; }\n.tbt-feat-lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 12px; }\n.tbt-feat-list { min-width: 0; border: 1px solid var(--tbt-border); border-radius: 4px; background: var(--tbt-panel); }\n.tbt-feat-list-title { font-size: 12px; font-weight: 500; padding: 4px 8px; border-bottom: 1px solid var(--tbt-border);\n  background: var(--tbt-panel-2); color: var(--tbt-fg); }\n.tbt-feat-cols, .tbt-feat-row { display: grid; grid-template-columns: 30px 48px minmax(88px, 1.1fr) minmax(56px, .8fr) minmax(150px, 1.6fr) 40px 22px;\n  align-items: center; column-gap: 6px; padding: 0 6px; }\n.tbt-feat-cols { font-size: 11px; color: var(--tbt-muted); height: 22px; border-bottom: 1px solid var(--tbt-grid); }\n.tbt-feat-scroll { position: relative; overflow-y: auto; overflow-x: hidden; }\n.tbt-feat-spacer { position: relative; }\n.tbt-feat-row { position: absolute; left: 0; right: 0; font-size: 12px; color: var(--tbt-fg); cursor: pointer;\n  border-bottom: 1px solid var(--tbt-grid); box-sizing: border-box; }\n.tbt-feat-row:hover { background: var(--tbt-panel-2); }\n.tbt-feat-row:focus-visible { outline: 2px solid var(--tbt-accent); outline-offset: -2px; }\n.tbt-feat-row.tbt-selected { background: var(--tbt-select); box-shadow: inset 3px 0 0 var(--tbt-select-edge); }\n.tbt-feat-rank { color: var(--tbt-muted); font-variant-numeric: tabular-nums; text-align: right; }\n.tbt-feat-channel { font-family: var(--tbt-mono); font-size: 11px; }\n.tbt-feat-bar { display: flex; flex-direction: column; gap: 2px; min-width: 0; }\n.tbt-feat-track { height: 6px; background: var(--tbt-grid); border-radius: 3px; overflow: hidden; }\n.tbt-feat-fill { height: 100%; border-radius: 3px; }\n.tbt-feat-fill-source { background: var(--tbt-source); }\n.tbt-feat-fill-target { background: var(--tbt-target); }\n.tbt-feat-fill-importance { background: var(--tbt-accent); }\n.tbt-feat-num { font-size: 10.5px; color: var(--tbt-muted); font-variant-numeric: tabular-nums; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }\n.tbt-feat-hist { display: block; overflow: visible; }\n.tbt-feat-hist .tbt-feat-bar-source { fill: var(--tbt-source); }\n.tbt-feat-hist .tbt-feat-bar-target { fill: var(--tbt-target); }\n.tbt-feat-hist .tbt-feat-mid { stroke: var(--tbt-axis); stroke-width: 1; }\n.tbt-feat-hist .tbt-feat-max { font-size: 9px; font-variant-numeric: tabular-nums; }\n.tbt-feat-hist .tbt-feat-max-source { fill: var(--tbt-source); }\n.tbt-feat-hist .tbt-feat-max-target { fill: var(--tbt-target); }\n.tbt-feat-dead { font-size: 11px; color: var(--tbt-muted); text-align: right; font-variant-numeric: tabular-nums; }\n.tbt-feat-check { margin: 0; cursor: pointer; accent-color: var(--tbt-accent); }\n.tbt-feat-note { font-size: 11px; color: var(--tbt-muted); margin: 4px 0 0; }\n.tbt-feat-slopes { display: flex; flex-wrap: wrap; gap: 12px; }\n.tbt-feat-slope { min-width: 0; flex: none; }\n.tbt-feat-slope svg { display: block; }\n.tbt-feat-slope .tbt-feat-axis { stroke: var(--tbt-axis); stroke-width: 1; }\n.tbt-feat-slope .tbt-feat-axis-label { fill: var(--tbt-muted); font-size: 11px; }\n.tbt-feat-slope .tbt-feat-end { fill: var(--tbt-fg); font-size: 10px; font-family: var(--tbt-mono); }\n.tbt-feat-slope .tbt-feat-leader { stroke: var(--tbt-muted); stroke-width: .7; }\n.tbt-feat-line { fill: none; stroke-width: 1.6; cursor: pointer; }\n.tbt-feat-line-specific { stroke: var(--tbt-bad); }\n.tbt-feat-line-invariant { stroke: var(--tbt-good); }\n.tbt-feat-line-same { stroke: var(--tbt-faint); }\n.tbt-feat-line.tbt-selected { stroke-width: 3.5; }\n.tbt-feat-line-hit { fill: none; stroke: transparent; stroke-width: 8; cursor: pointer; }\n.tbt-feat-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 11px; color: var(--tbt-muted); margin-top: 4px; }\n.tbt-feat-key { display: inline-block; width: 14px; height: 3px; border-radius: 2px; vertical-align: middle; margin-right: 4px; }\n.tbt-feat-key-specific { background: var(--tbt-bad); }\n.tbt-feat-key-invariant { background: var(--tbt-good); }\n.tbt-feat-key-same { background: var(--tbt-faint); }\n";
function Eh(e) {
	if (e.querySelector("style[data-tb-transfer-feature-lists]")) return;
	let t = e.createElement("style");
	t.setAttribute("data-tb-transfer-feature-lists", ""), t.textContent = Th, e.head.appendChild(t);
}
var Dh = 150, Oh = 36, kh = ["pretrained", "current"], Ah = (e, t = 2) => e == null || !Number.isFinite(e) ? "—" : e.toFixed(t), jh = (e) => e == null || !Number.isFinite(e) ? "—" : `${Math.round(e * 100)}%`;
function Mh(e, t) {
	let n = 0, r = 0;
	for (let i of [0, 1]) {
		let a = e[i];
		a !== null && Number.isFinite(a) && t[i] > 0 && (n += a * t[i], r += t[i]);
	}
	return r ? n / r : null;
}
function Nh(e) {
	let { bars: t, max: n, mid: r } = Ch(e.hist, 132, Oh), i = R("svg", {
		class: "tbt-feat-hist",
		width: Dh,
		height: Oh,
		viewBox: `0 0 ${Dh} ${Oh}`,
		role: "img",
		"aria-label": `activation histogram of channel ${e.channel}: source above (max ${n[0]}), target below (max ${n[1]})`,
		"data-counts": `${e.hist[0].join(",")}|${e.hist[1].join(",")}`
	});
	for (let e of t) i.appendChild(R("rect", {
		class: e.domain === 0 ? "tbt-feat-bar-source" : "tbt-feat-bar-target",
		x: e.x.toFixed(1),
		y: e.y.toFixed(1),
		width: e.width.toFixed(1),
		height: Math.max(.5, e.height).toFixed(1)
	}));
	i.appendChild(R("line", {
		class: "tbt-feat-mid",
		x1: 0,
		x2: 132,
		y1: r,
		y2: r
	}));
	let a = (e) => {
		let t = R("text", {
			class: `tbt-feat-max tbt-feat-max-${e ? "target" : "source"}`,
			x: 134,
			y: e ? 34 : 9
		});
		return t.textContent = String(n[e]), t;
	};
	i.append(a(0), a(1));
	let [o, s] = e.extent, c = R("title");
	return c.textContent = `pooled activation from ${Ah(o, 3)} to ${Ah(s, 3)}; bins shared by the domains`, i.prepend(c), i;
}
function Ph(e, t, n, r) {
	let i = L("div", { class: `tbt-feat-fill ${t}` });
	return i.style.width = `${Math.max(0, Math.min(1, e)) * 100}%`, L("div", {
		class: "tbt-feat-bar",
		title: r
	}, L("div", { class: "tbt-feat-track" }, i), L("span", { class: "tbt-feat-num" }, n));
}
function Fh(e, t, n, r, i, a) {
	let o = e.coef, s = o === null ? null : Math.abs(o), c = Mh(e.dead, t.count), l = L("input", {
		type: "checkbox",
		class: "tbt-feat-check",
		"aria-label": `Project channel ${e.channel} in the domain-discrimination plot`
	});
	return l.checked = r, l.addEventListener("click", (e) => e.stopPropagation()), l.addEventListener("change", a), L("div", {
		class: `tbt-feat-row${i ? " tbt-selected" : ""}`,
		role: "listitem",
		tabindex: 0,
		"data-channel": e.channel,
		"data-rank": e.rank ?? "",
		"aria-current": i ? "true" : null
	}, L("span", { class: "tbt-feat-rank" }, e.rank ?? "—"), L("span", { class: "tbt-feat-channel" }, `#${e.channel}`), Ph(n.coef && s !== null && Number.isFinite(s) ? s / n.coef : 0, o !== null && o < 0 ? "tbt-feat-fill-source" : "tbt-feat-fill-target", `|w| ${Ah(s)} · AUC ${Ah(e.auc)}`, `domain coefficient ${Ah(o, 3)}${o === null ? "" : o < 0 ? " (higher on source)" : " (higher on target)"}; rank AUC of target vs source ${Ah(e.auc, 3)} (0.5: no difference)`), Ph(n.importance && e.importance !== null ? e.importance / n.importance : 0, "tbt-feat-fill-importance", Ah(e.importance), `class importance (gradient × activation) ${Ah(e.importance, 3)}`), Nh(e), L("span", {
		class: "tbt-feat-dead",
		title: `dead (pooled activation ≤ 0): source ${jh(e.dead[0])}, target ${jh(e.dead[1])}`
	}, jh(c)), l);
}
function Ih(e, t, n = 0, r) {
	let i = Math.min(10, e.length) * 44, a = L("div", { class: "tbt-feat-spacer" });
	a.style.height = `${e.length * 44}px`;
	let o = L("div", {
		class: "tbt-feat-scroll",
		role: "list",
		"data-rows": e.length,
		"data-order": e.map((e) => e.channel).join(",")
	}, a);
	o.style.height = `${i}px`;
	let s = "", c = () => {
		let r = Sh(o.scrollTop || n, i, 44, e.length), c = `${r.start}:${r.end}`;
		if (c !== s) {
			s = c, z(a);
			for (let n = r.start; n < r.end; n++) {
				let r = t(e[n]);
				r.style.top = `${n * 44}px`, r.style.height = "44px", a.appendChild(r);
			}
			o.dataset.start = String(r.start), o.dataset.end = String(r.end);
		}
	};
	return o.addEventListener("scroll", () => {
		n = o.scrollTop, r?.(n), c();
	}), c(), n && queueMicrotask(() => o.scrollTop = n), o;
}
function Lh(e, t) {
	if (e < 0) return t;
	let n = e * 44;
	return n >= t && n + 44 <= t + 440 ? t : Math.max(0, n - 88);
}
function Rh(e) {
	Eh(document);
	let { panel: t, store: n, api: r, data: i } = e, a = _h(r, n, i).attach(), o = /* @__PURE__ */ new Map(), s = "", c = ue("Order", [{
		id: "most",
		label: "Most domain-discriminative",
		title: "Channels that tell the domains apart best first (domain-specific)"
	}, {
		id: "least",
		label: "Least",
		title: "Channels that tell the domains apart least first (domain-invariant, transferable)"
	}], (e) => uh.set({ order: e }));
	t.controls.append(c.element);
	let l = () => {
		let e = [[
			"run",
			"layer",
			"step",
			"model",
			"rank",
			"channel",
			"domain_coef",
			"domain_auc",
			"importance",
			"dead_source",
			"dead_target"
		]];
		for (let t of ph.get().runs) {
			let n = t.features;
			if (n) for (let r of kh) for (let i of yh(n, r, "most")) e.push([
				t.run,
				n.layer,
				n.step,
				r,
				i.rank,
				i.channel,
				i.coef,
				i.auc,
				i.importance,
				i.dead[0],
				i.dead[1]
			]);
		}
		return e;
	};
	t.setExports({ csv: () => ({
		rows: l(),
		name: "ranked_channels"
	}) });
	function u(e, t, r, i) {
		let a = e.features, s = n.get(), c = e.info?.class_names ?? [], l = L("div", { class: "tbt-feat-run-head" }, L("span", { class: "tbt-feat-run-swatch" }), L("span", {
			class: "tbt-feat-run-name",
			title: e.run
		}, e.run));
		l.firstChild.style.background = r;
		let u = L("div", {
			class: "tbt-feat-run",
			"data-run": e.run,
			"data-status": e.status
		}, l);
		if (e.status === "error") return u.append(L("div", {
			class: "tbt-feat-error",
			role: "alert"
		}, e.error ?? "could not be read")), u;
		if (!a) return l.append(L("span", { class: "tbt-feat-status" }, "loading…")), u;
		let d = a.recorded.length < a.channels ? ` · ${a.recorded.length} of ${a.channels} channels recorded` : ` · ${a.channels} channels`;
		l.append(L("span", { class: "tbt-feat-status" }, `${a.layer} · step ${a.step} · ${zh(a, c)} (${a.count[0]} source, ${a.count[1]} target)${d}${e.status === "loading" ? " · updating…" : ""}`)), u.dataset.step = String(a.step), u.dataset.count = a.count.join(",");
		let f = {
			coef: xh(kh.flatMap((e) => a.models[e].domain_coef)),
			importance: xh(kh.flatMap((e) => a.models[e].importance))
		}, p = a.models.current.ranking, m = new Set(dh(t, a.layer, p)), h = s.neuron && s.neuron.layer === a.layer ? s.neuron.channel : null, g = L("div", { class: "tbt-feat-lists" });
		for (let r of kh) {
			let s = yh(a, r, t.order), c = `${e.run}\u0000${r}`;
			i && h !== null && o.set(c, Lh(s.findIndex((e) => e.channel === h), o.get(c) ?? 0));
			let l = (e) => {
				let t = Fh(e, a, f, m.has(e.channel), e.channel === h, () => fh(a.layer, p, e.channel)), r = () => O({
					layer: a.layer,
					channel: e.channel
				}, n);
				return t.addEventListener("click", r), t.addEventListener("keydown", (e) => {
					(e.key === "Enter" || e.key === " ") && (e.preventDefault(), r());
				}), t;
			}, u = L("div", {
				class: "tbt-feat-cols",
				"aria-hidden": "true"
			}, L("span", { class: "tbt-feat-rank" }, "#"), L("span", null, "channel"), L("span", { title: "|coefficient| of a linear target-vs-source classifier on the group's standardised activations; rank AUC" }, "|w| · AUC"), L("span", { title: "class importance (gradient × activation)" }, "importance"), L("span", { title: "pooled activation over the group's instances: source above, target below, shared bins; numbers: each half's max count" }, "source ▲ / target ▼"), L("span", {
				class: "tbt-feat-dead",
				title: "fraction of the group's instances with pooled activation ≤ 0"
			}, "dead"), L("span", { title: "project in the domain-discrimination plot" }, "✓")), d = r === "pretrained" ? "Pretrained model (step 0)" : `Current model (step ${a.step})`, _ = L("div", {
				class: "tbt-feat-list",
				"data-model": r
			}, L("div", { class: "tbt-feat-list-title" }, d), u, s.length ? Ih(s, l, o.get(c) ?? 0, (e) => o.set(c, e)) : L("p", { class: "tbt-feat-note" }, "No recorded channels."));
			g.append(_);
		}
		return u.append(g), a.recorded.length < a.channels && u.append(L("p", { class: "tbt-feat-note" }, `Only recorded channels are ranked: per-instance activations are kept for ${a.recorded.length} of the layer's ${a.channels} channels, chosen once per run from the pretrained model (alternately the most important and the most domain-discriminative), so both ends of the ranking are among them.`)), u;
	}
	let d = H(e, (n) => {
		let r = ph.get(), i = uh.get();
		if (c.set(i.order), !n.selected.length) {
			t.setState("empty", "Select a run to rank its channels.");
			return;
		}
		if (!r.layer) {
			t.setState("empty", "Pick a layer in the header.");
			return;
		}
		if (!r.runs.length) {
			t.setState("loading");
			return;
		}
		if (r.runs.every((e) => e.status === "error")) {
			t.setState("error", r.runs.map((e) => `${e.run}: ${e.error}`).join("\n"));
			return;
		}
		t.setState("ready"), z(t.body);
		let a = L("div", { class: "tbt-feat-runs" }), o = n.sel.neuron ? `${n.sel.neuron.layer}\u0000${n.sel.neuron.channel}` : "", l = o !== s && r.runs.some((e) => e.features);
		l && (s = o);
		for (let t of r.runs) a.append(u(t, i, e.runColor(t.run), l));
		t.body.append(a);
	}, { watch: (e) => [
		e.runs,
		e.step,
		e.layer,
		e.class,
		e.instances,
		e.neuron,
		e.theme
	] }), f = [ph.subscribe((e) => [e.runs, e.layer], () => d.schedule()), uh.subscribe((e) => [
		e.order,
		e.checked,
		e.layer
	], () => d.schedule())];
	return { destroy() {
		f.forEach((e) => e()), d.destroy(), a();
	} };
}
function zh(e, t) {
	return e.group === "class" && e.class !== null ? lh({
		kind: "class",
		class: e.class
	}, t) : e.group === "instances" ? lh({
		kind: "selection",
		instances: Array(e.count[0] + e.count[1]).fill(0)
	}) : lh({ kind: "all" });
}
B({
	id: "feature-lists",
	section: "feature",
	title: "Ranked channels",
	info: "For the group (the instance level's selection, else the selected class, else every class) at the selected layer: the channels of the pretrained and of the current model ranked by domain-discriminativeness (|coefficient| of a linear target-vs-source classifier on the group's activations). Each row: |coefficient| and rank AUC, class importance, the mirrored activation histogram (source above, target below, shared bins, each half's maximum count), the dead fraction, and a checkbox that projects the channel in the domain-discrimination plot. Click a row to select the channel everywhere.",
	span: 12,
	order: 10,
	mount: Rh
});
// src/charts/labels.ts
function Bh(e, t, n, r) {
	let i = e.map((e, t) => t).sort((t, n) => e[t] - e[n] || t - n), a = [], o = (e) => {
		let i = e.ids.length;
		e.top = e.sum / i - (i - 1) * t / 2, e.top = Math.max(n, Math.min(e.top, r - (i - 1) * t));
	};
	for (let n of i) {
		let r = {
			ids: [n],
			sum: e[n],
			top: 0
		};
		for (o(r), a.push(r); a.length > 1;) {
			let e = a[a.length - 1], n = a[a.length - 2];
			if (n.top + n.ids.length * t <= e.top + 1e-9) break;
			n.ids.push(...e.ids), n.sum += e.sum, o(n), a.pop();
		}
	}
	let s = Array(e.length);
	for (let e of a) e.ids.forEach((n, r) => s[n] = e.top + r * t);
	return s;
}
function Vh(e, t) {
	let n = Math.min(e.x + e.w, t.x + t.w) - Math.max(e.x, t.x), r = Math.min(e.y + e.h, t.y + t.h) - Math.max(e.y, t.y);
	return n > 0 && r > 0 ? n * r : 0;
}
var Hh = [
	0,
	30,
	-30,
	60,
	-60,
	90,
	-90,
	120,
	-120,
	150,
	-150,
	180
].map((e) => e * Math.PI / 180), Uh = [
	3,
	12,
	24
];
function Wh(e, t, n = 4) {
	let r = [], i = e.map((e) => ({
		x: e.x - n,
		y: e.y - n,
		w: 2 * n,
		h: 2 * n
	}));
	return e.map((e, n) => {
		let a = Math.atan2(e.dy, e.dx), o = Number.isFinite(a) && (e.dx !== 0 || e.dy !== 0) ? a : 0, s = null, c = Infinity, l = 0;
		search: for (let a = 0; a < Uh.length; a++) for (let u of Hh) {
			let d = Math.cos(o + u), f = Math.sin(o + u), p = Uh[a] + Math.abs(d) * (e.w / 2) + Math.abs(f) * (e.h / 2), m = {
				x: e.x + d * p - e.w / 2,
				y: e.y + f * p - e.h / 2,
				w: e.w,
				h: e.h
			}, h = 0;
			for (let e of r) h += Vh(m, e);
			if (i.forEach((e, t) => {
				t !== n && (h += Vh(m, e));
			}), h += e.w * e.h - Vh(m, t), h < c - 1e-9 && (s = m, c = h, l = a), h <= 1e-9) break search;
		}
		return r.push(s), {
			...s,
			moved: l > 0
		};
	});
}
function Gh(e, t) {
	let n = e.map((e, t) => t).sort((t, n) => e[t] - e[n] || t - n), r = [], i = Array(e.length);
	for (let a of n) {
		let n = 0;
		for (; n < r.length && e[a] - r[n] < t;) n++;
		r[n] = e[a], i[a] = n;
	}
	return i;
}
var Kh = 380, qh = {
	top: 26,
	right: 46,
	bottom: 22,
	left: 46
}, Jh = 11;
function Yh(e, t, n = Kh) {
	let r = n - qh.top - qh.bottom;
	return qh.top + (t > 1 ? (e - 1) / (t - 1) * r : r / 2);
}
function Xh(e, t, n, r, i) {
	let a = t.filter((e) => e.from !== null && e.to !== null), o = Math.max(2, ...a.map((e) => Math.max(e.from, e.to))), s = qh.left, c = n - qh.right, l = R("svg", {
		width: n,
		height: Kh,
		viewBox: `0 0 ${n} ${Kh}`,
		role: "img",
		"aria-label": `rank movement of the top 20 channels of layer ${e.layer}, pretrained to current`
	}), u = (e, t, n, r) => {
		let i = R("text", {
			class: "tbt-feat-axis-label",
			x: e,
			y: t,
			"text-anchor": r
		});
		return i.textContent = n, i;
	};
	l.append(u(2, 12, "pretrained: rank 1", "start"), u(n - 2, 12, `current (step ${e.step}): rank 1`, "end"), u(2, 377, `rank ${o}`, "start"), u(n - 2, 377, `rank ${o}`, "end"));
	for (let e of [s, c]) l.append(R("line", {
		class: "tbt-feat-axis",
		x1: e,
		x2: e,
		y1: Yh(1, o),
		y2: Yh(o, o)
	}));
	let d = (e) => {
		let t = a.filter((t) => t[e] <= 20 || t.channel === r), n = Bh(t.map((t) => Yh(t[e], o)), Jh, qh.top - 6, Kh - qh.bottom + 6);
		return new Map(t.map((e, t) => [e.channel, n[t]]));
	}, f = {
		from: d("from"),
		to: d("to")
	}, p = [...a].sort((e, t) => Number(e.channel === r) - Number(t.channel === r));
	for (let e of p) {
		let t = Yh(e.from, o), n = Yh(e.to, o), a = R("g", {
			"data-channel": e.channel,
			"data-from": e.from,
			"data-to": e.to,
			class: "tbt-feat-slope-line"
		}), u = R("title");
		u.textContent = `channel ${e.channel}: rank ${e.from} → ${e.to}${e.kind === "specific" ? " (became more domain-specific)" : e.kind === "invariant" ? " (became more domain-invariant)" : ""}`;
		let d = R("line", {
			class: `tbt-feat-line tbt-feat-line-${e.kind}${e.channel === r ? " tbt-selected" : ""}`,
			x1: s,
			y1: t,
			x2: c,
			y2: n
		}), p = R("line", {
			class: "tbt-feat-line-hit",
			x1: s,
			y1: t,
			x2: c,
			y2: n
		});
		a.append(u, d, p), a.addEventListener("click", () => i(e.channel));
		let m = (t, n, r, i) => {
			if (i === void 0) return;
			a.append(R("line", {
				class: "tbt-feat-leader",
				x1: t,
				y1: n,
				x2: t + r * 6,
				y2: i
			}));
			let o = R("text", {
				class: "tbt-feat-end",
				x: t + r * 8,
				y: i + 3.5,
				"text-anchor": r < 0 ? "end" : "start"
			});
			o.textContent = `#${e.channel}`, a.append(o);
		};
		m(s, t, -1, f.from.get(e.channel)), m(c, n, 1, f.to.get(e.channel)), l.append(a);
	}
	return l;
}
function Zh(e) {
	Eh(document);
	let { panel: t, store: n, api: r, data: i } = e, a = _h(r, n, i).attach();
	t.setExports({ csv: () => {
		let e = [[
			"run",
			"layer",
			"step",
			"channel",
			"pretrained_rank",
			"current_rank",
			"movement"
		]];
		for (let t of ph.get().runs) {
			let n = t.features;
			if (n) for (let r of wh(n, 20, uh.get().order)) e.push([
				t.run,
				n.layer,
				n.step,
				r.channel,
				r.from,
				r.to,
				r.kind
			]);
		}
		return {
			rows: e,
			name: "rank_movement"
		};
	} });
	let o = H(e, (r, i) => {
		let a = ph.get(), o = uh.get().order, s = a.runs.filter((e) => e.features);
		if (!r.selected.length || !a.layer) {
			t.setState("empty", r.selected.length ? "Pick a layer in the header." : "Select a run.");
			return;
		}
		if (!s.length) {
			a.runs.length && a.runs.every((e) => e.status === "error") ? t.setState("error", a.runs.map((e) => `${e.run}: ${e.error}`).join("\n")) : t.setState("loading");
			return;
		}
		t.setState("ready"), z(t.body);
		let c = n.get(), l = L("div", { class: "tbt-feat-slopes" }), u = i || t.body.clientWidth || 440, d = Math.max(220, Math.min(440, Math.floor((u - 12 * (s.length - 1)) / s.length)));
		for (let t of s) {
			let r = t.features, i = c.neuron && c.neuron.layer === r.layer ? c.neuron.channel : null, a = wh(r, 20, o), s = L("div", { class: "tbt-feat-run-head" }, L("span", { class: "tbt-feat-run-swatch" }), L("span", {
				class: "tbt-feat-run-name",
				title: t.run
			}, t.run), L("span", {
				class: "tbt-feat-status",
				title: `the 20 ${o} domain-discriminative channels of either model`
			}, `top 20 (${o})`));
			s.firstChild.style.background = e.runColor(t.run);
			let u = a.some((e) => e.from !== null && e.to !== null), f = L("div", {
				class: "tbt-feat-slope",
				"data-run": t.run,
				"data-lines": a.length
			}, s, u ? Xh(r, a, d, i, (e) => O({
				layer: r.layer,
				channel: e
			}, n)) : L("p", { class: "tbt-note tbt-feat-unranked" }, "No channel is ranked in both models: the group has no domain coefficients (e.g. no source instance)."));
			f.style.width = `${d}px`, l.append(f);
		}
		let f = (e, t) => L("span", null, L("span", { class: `tbt-feat-key ${e}` }), t), p = L("div", { class: "tbt-feat-legend" }, f("tbt-feat-key-specific", "became more domain-specific (rank up)"), f("tbt-feat-key-invariant", "became more domain-invariant (rank down)"), f("tbt-feat-key-same", "same rank"));
		t.body.append(l, p);
	}, { watch: (e) => [
		e.runs,
		e.step,
		e.layer,
		e.class,
		e.instances,
		e.neuron,
		e.theme
	] }), s = [ph.subscribe((e) => [e.runs, e.layer], () => o.schedule()), uh.subscribe((e) => [e.order], () => o.schedule())];
	return { destroy() {
		s.forEach((e) => e()), o.destroy(), a();
	} };
}
B({
	id: "feature-slopes",
	section: "feature",
	title: "Rank movement",
	info: "The top 20 channels of either model by domain-discriminativeness (or the least, per the order), from their rank in the pretrained model (left) to their rank in the current model (right): rising lines became domain-specific, falling lines domain-invariant. Click a line to select the channel.",
	span: 6,
	order: 50,
	mount: Zh
});
// src/feature/plots.ts
function Qh(e) {
	let t = new Float64Array(e.length), n = new Float64Array(e.length);
	return e.forEach(([e, r], i) => {
		t[i] = e ?? NaN, n[i] = r ?? NaN;
	}), {
		x: t,
		y: n
	};
}
function $h(e, t, n, r = .85) {
	let i = [];
	for (let n = 0; n < e.length; n++) {
		let r = Math.hypot(e[n], t[n]);
		Number.isFinite(r) && i.push(r);
	}
	i.sort((e, t) => e - t);
	let a = i.length ? i[Math.min(i.length - 1, Math.floor(.95 * (i.length - 1)))] : 1, o = 0;
	for (let [e, t] of n) {
		let n = Math.hypot(e ?? 0, t ?? 0);
		Number.isFinite(n) && n > o && (o = n);
	}
	return o > 0 ? r * (a > 0 ? a : 1) / o : 0;
}
function eg(e, t) {
	return e.map(([e, n]) => [(e ?? 0) * t, (n ?? 0) * t]);
}
function tg(e, t, n, r, i) {
	return dm(um([
		...Array.from(e),
		0,
		...n.map((e) => e[0])
	], [
		...Array.from(t),
		0,
		...n.map((e) => e[1])
	]), r, i, .06);
}
function ng(e, t, n, r) {
	let i = t === e ? 0 : (r - n) / (t - e);
	return (t) => n + (t - e) * i;
}
var rg = (e) => e == null || !Number.isFinite(e) ? null : e;
function ig(e, t, n) {
	let r = e.length, i = [], a = (e, t) => {
		let n = rg(e?.[t]);
		return n === null ? null : Math.abs(n - .5);
	};
	for (let o = 0; o < r; o++) {
		let r = {
			channel: e[o],
			importance: [rg(t.importance?.[o]), rg(n.importance?.[o])],
			specificity: [a(t.domain_auc, o), a(n.domain_auc, o)]
		};
		(r.importance[0] !== null && r.specificity[0] !== null || r.importance[1] !== null && r.specificity[1] !== null) && i.push(r);
	}
	return i;
}
function ag(e, t = .25) {
	let n = e.flatMap((e) => e.importance.filter((e) => e !== null)).sort((e, t) => e - t);
	return {
		importance: n.length ? n.length % 2 ? n[(n.length - 1) / 2] : (n[n.length / 2 - 1] + n[n.length / 2]) / 2 : 0,
		specificity: t
	};
}
function og(e, t, n) {
	return e !== null && t !== null && e >= n.importance && e > 0 && t > n.specificity;
}
var sg = class {
	constructor() {
		this.controller = null, this.seq = 0;
	}
	async run(e) {
		this.controller?.abort();
		let t = new AbortController();
		this.controller = t;
		let n = ++this.seq;
		try {
			let r = await e(t.signal);
			return n === this.seq && !t.signal.aborted ? r : null;
		} catch (e) {
			if (n !== this.seq || t.signal.aborted) return null;
			throw e;
		} finally {
			this.controller === t && n === this.seq && (this.controller = null);
		}
	}
	cancel() {
		this.seq++, this.controller?.abort(), this.controller = null;
	}
}, cg = "\n.tbt-fp-rows { display: flex; flex-direction: column; gap: 14px; position: relative; }\n.tbt-fp-run-head { display: flex; align-items: baseline; gap: 6px; font-size: 12px; margin-bottom: 4px; }\n.tbt-fp-run-name { font-weight: 500; }\n.tbt-fp-swatch { width: 10px; height: 10px; border-radius: 2px; flex: none; align-self: center; }\n.tbt-fp-pair { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 12px; }\n.tbt-fp-cell-head { display: flex; justify-content: space-between; gap: 8px; font-size: 12px; min-height: 18px; }\n.tbt-fp-model { font-weight: 500; }\n.tbt-fp-acc { font-variant-numeric: tabular-nums; color: var(--tbt-muted); }\n.tbt-fp-acc strong { color: var(--tbt-fg); font-weight: 600; }\n.tbt-fp-status { color: var(--tbt-muted); font-size: 12px; }\n.tbt-fp-status.tbt-fp-error { color: var(--tbt-error-fg); }\n.tbt-fp-svg { display: block; overflow: visible; touch-action: none; }\n.tbt-fp-frame { fill: none; stroke: var(--tbt-border); }\n.tbt-fp-zero { stroke: var(--tbt-grid); stroke-width: 1; }\n.tbt-fp-bg-label { font-size: 22px; font-weight: 700; fill: var(--tbt-fg); fill-opacity: .07; pointer-events: none; }\n.tbt-fp-axis-title { fill: var(--tbt-muted); font-size: 11px; }\n.tbt-fp-point { stroke-width: 1.3; }\n.tbt-fp-ring { fill: none; stroke: var(--tbt-accent); stroke-width: 2; pointer-events: none; }\n.tbt-fp-arrow line { stroke: var(--tbt-fg); stroke-opacity: .75; stroke-width: 1.4; }\n.tbt-fp-arrow text { fill: var(--tbt-fg); font-size: 11px; paint-order: stroke; stroke: var(--tbt-panel); stroke-width: 3px; }\n.tbt-fp-arrow { cursor: pointer; }\n.tbt-fp-arrow line.tbt-fp-arrow-hit { stroke: transparent; stroke-width: 10; pointer-events: stroke; }\n.tbt-fp-arrow:hover line:not(.tbt-fp-arrow-hit):not(.tbt-fp-leader), .tbt-fp-arrow[data-selected=\"true\"] line:not(.tbt-fp-arrow-hit):not(.tbt-fp-leader) { stroke: var(--tbt-accent); stroke-opacity: 1; stroke-width: 2.4; }\n.tbt-fp-arrow[data-selected=\"true\"] text { fill: var(--tbt-accent); font-weight: 600; }\n.tbt-fp-arrowhead { fill: var(--tbt-fg); fill-opacity: .75; }\n.tbt-fp-arrow line.tbt-fp-leader { stroke: var(--tbt-fg); stroke-opacity: .45; stroke-width: .8; stroke-dasharray: 2 2; }\n.tbt-fp-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; font-size: 12px; color: var(--tbt-muted); margin-top: 6px; }\n.tbt-fp-chip { border: 1px solid var(--tbt-border); background: var(--tbt-panel-2); color: var(--tbt-fg); border-radius: 10px;\n  font-size: 11px; padding: 0 7px; height: 20px; cursor: pointer; }\n.tbt-fp-chip:hover { border-color: var(--tbt-accent); }\n.tbt-fp-chips { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px; }\n.tbt-fp-chips-run { flex-basis: 100%; }\n.tbt-fp-card { position: absolute; z-index: 30; display: flex; gap: 10px; padding: 8px; background: var(--tbt-panel);\n  border: 1px solid var(--tbt-border); border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); pointer-events: none; font-size: 12px; }\n.tbt-fp-card-rows { display: grid; grid-template-columns: auto auto; gap: 2px 10px; align-content: start; }\n.tbt-fi-svg { display: block; overflow: visible; }\n.tbt-fi-quadrant { fill: var(--tbt-bad); fill-opacity: .07; }\n.tbt-fi-top { stroke: var(--tbt-muted); stroke-width: .8; stroke-dasharray: 3 3; }\n.tbt-fi-quadrant-label { fill: var(--tbt-bad); font-size: 11px; font-weight: 600; }\n.tbt-fi-move { stroke: var(--tbt-faint); stroke-width: 1; }\n.tbt-fi-point { cursor: pointer; }\n.tbt-fi-point[data-selected=\"true\"] { stroke: var(--tbt-accent); stroke-width: 2.5; }\n.tbt-fi-axis text { fill: var(--tbt-muted); font-size: 10px; }\n.tbt-fi-axis line, .tbt-fi-axis path { stroke: var(--tbt-axis); }\n.tbt-fd-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 10px 16px; }\n.tbt-fd-run + .tbt-fd-run { margin-top: 12px; }\n.tbt-fd-group h4 { margin: 0 0 4px; font-size: 12px; font-weight: 500; }\n.tbt-fd-thumbs { display: grid; grid-template-columns: repeat(9, minmax(0, 1fr)); gap: 4px; }\n.tbt-fd-item { display: flex; flex-direction: column; align-items: center; font-size: 10px; color: var(--tbt-muted);\n  font-variant-numeric: tabular-nums; min-width: 0; }\n.tbt-fd-item canvas { width: 100% !important; height: auto !important; aspect-ratio: 1; }\n";
function lg(e) {
	if (e.querySelector("style[data-tb-transfer-feature-plots]")) return;
	let t = e.createElement("style");
	t.setAttribute("data-tb-transfer-feature-plots", ""), t.textContent = cg, e.head.appendChild(t);
}
// src/feature/projectionPanel.ts
var ug = ["pretrained", "current"], dg = {
	pretrained: "Pretrained",
	current: "Current"
}, Z = {
	left: 30,
	right: 10,
	top: 8,
	bottom: 30
}, fg = 6.4, pg = 13;
function mg(e) {
	return [e?.domain_names?.source || "source", e?.domain_names?.target || "target"];
}
function hg(e) {
	let { panel: t, store: n, api: r, data: i } = e, a = _h(r, n, i).attach(), o = /* @__PURE__ */ new Map(), s = L("div", { class: "tbt-fp-rows" }), c = L("div", {
		class: "tbt-fp-legend",
		"aria-label": "Legend"
	}), l = L("div", {
		class: "tbt-fp-card",
		role: "tooltip"
	});
	l.hidden = !0, t.body.append(s, c, l);
	let u = [], d = null, f = "";
	function p(e, t) {
		let n = uh.get(), r = e.runs.filter((e) => e.layer === t);
		for (let e of [...o.keys()]) r.some((t) => t.run === e) || (o.get(e).request.cancel(), o.delete(e));
		for (let i of r) {
			let r = o.get(i.run);
			r || (r = {
				run: i.run,
				request: new sg(),
				want: "",
				status: "loading",
				channels: [],
				info: i.info
			}, o.set(i.run, r)), r.info = i.info;
			let a = i.features;
			if (!a) {
				i.status === "error" && (r.request.cancel(), r.want = "", Object.assign(r, {
					status: "error",
					message: i.error,
					answers: void 0
				}));
				continue;
			}
			let s = new Set(a.recorded), c = dh(n, t, a.models.current.ranking).filter((e) => s.has(e)), l = [
				t,
				a.step,
				mh(e.group),
				c.join(",")
			].join("\0");
			r.want !== l && (r.want = l, m(r, t, a.step, e.group, c, l));
		}
		return r;
	}
	async function m(e, n, i, a, s, c) {
		let l = performance.now();
		e.answers || (e.status = "loading"), t.root.dataset.pending = "true";
		try {
			let t = ch(a), o = s.length ? await e.request.run((a) => Promise.all(ug.map((o) => r.featureProjection(e.run, n, i, t, o, s, { signal: a })))) : [];
			if (o === null || e.want !== c) return;
			e.channels = s, o.length ? (e.answers = {
				pretrained: o[0],
				current: o[1]
			}, e.status = "ready", e.ms = performance.now() - l) : (e.request.cancel(), e.status = "empty", e.message = "No channel is checked: check channels in the ranked lists.", e.answers = void 0);
		} catch (t) {
			if (e.want !== c) return;
			e.status = "error", e.message = t?.message ?? String(t), e.answers = void 0;
		}
		[...o.values()].every((e) => e.status !== "loading") && delete t.root.dataset.pending, C.schedule();
	}
	function h(e, n) {
		let r = e.sel.layer;
		if (!e.runs.length) {
			t.setState(e.loading.length ? "loading" : "empty", e.loading.length ? "Loading runs…" : "Select a run.");
			return;
		}
		if (!r) {
			t.setState("empty", "Pick a layer in the header to see its channels.");
			return;
		}
		let i = ph.get(), a = p(i, r), c = a.map((e) => o.get(e.run));
		if (!c.length || c.every((e) => e.status === "loading" && !e.answers)) {
			t.setState("loading", "Projecting…");
			return;
		}
		let m = [
			Math.round(n),
			e.theme,
			r,
			JSON.stringify(e.sel.neuron),
			mh(i.group),
			...c.map((e) => `${e.run}:${e.status}:${e.message ?? ""}:${nt(e.answers)}:${nt(e.info)}`)
		].join("|");
		if (m === f && t.root.dataset.state === "ready") return;
		f = m, t.setState("ready");
		let h = a[0]?.info?.class_names ?? [];
		t.setTitle(`Domain-discrimination plot · ${lh(i.group, h)}`);
		let _ = Math.max(160, Math.floor(((n || 800) - 12) / 2)), v = Math.min(360, Math.max(200, Math.round(_ * .75)));
		z(s), u = [], d = null, l.hidden = !0;
		for (let t of c) s.appendChild(g(e, t, r, _, v));
		let y = c.find((e) => e.answers);
		t.root.dataset.channels = (y?.channels ?? []).join(","), y?.ms !== void 0 && (t.root.dataset.fetchMs = y.ms.toFixed(1)), S(r, c.filter((e) => e.answers).map((e) => ({
			run: e.run,
			channels: e.channels
		})), y?.info ?? null, e.theme), t.setExports({
			figure: () => u[0] ? {
				svg: u[0].svg,
				name: `domain-discrimination-${u[0].run}-${u[0].model}`
			} : null,
			csv: () => {
				let e = [[
					"run",
					"model",
					"instance",
					"domain",
					"x",
					"y"
				]];
				for (let t of u) t.answer.points.forEach(([n, r], i) => e.push([
					t.run,
					t.model,
					t.answer.instances[i],
					t.answer.domain[i],
					n,
					r
				]));
				return {
					rows: e,
					name: "domain-discrimination"
				};
			}
		});
	}
	function g(t, n, r, i, a) {
		let o = L("span", { class: "tbt-fp-swatch" });
		o.style.background = e.runColor(n.run);
		let s = L("div", { class: "tbt-fp-run-head" }, o, L("span", { class: "tbt-fp-run-name" }, n.run), L("span", { class: "tbt-muted" }, `${r}${n.answers ? ` · step ${n.answers.current.step}` : ""}`)), c = L("div", {
			class: "tbt-fp-run",
			"data-run": n.run
		}, s);
		if (!n.answers) {
			let e = n.status === "error" ? "tbt-fp-status tbt-fp-error" : "tbt-fp-status";
			return c.appendChild(L("div", {
				class: e,
				role: "status"
			}, n.status === "loading" ? "Projecting…" : n.message ?? "")), c;
		}
		let l = L("div", { class: "tbt-fp-pair" });
		for (let e of ug) l.appendChild(_(t, n, e, i, a));
		return c.appendChild(l), c;
	}
	function _(e, t, n, r, i) {
		let a = t.answers[n], o = a.svm_accuracy, s = o === null || !Number.isFinite(o) ? "—" : `${(o * 100).toFixed(1)}%`;
		return L("div", { class: "tbt-fp-cell" }, L("div", { class: "tbt-fp-cell-head" }, L("span", { class: "tbt-fp-model" }, n === "pretrained" ? `${dg[n]} (step 0)` : `${dg[n]} (step ${a.step ?? "?"})`), L("span", {
			class: "tbt-fp-acc",
			title: "Training accuracy of the linear SVM that separates source from target on the checked channels"
		}, "SVM accuracy ", L("strong", null, s))), v(e.theme, t, n, a, r, i));
	}
	function v(e, t, r, i, a, o) {
		let s = R("svg", {
			class: "tbt-fp-svg tbt-fp-plot",
			width: a,
			height: o,
			viewBox: `0 0 ${a} ${o}`,
			role: "img",
			"aria-label": `Domain-discrimination plot of run ${t.run}, ${r} model`
		});
		s.dataset.run = t.run, s.dataset.model = r, s.dataset.channels = i.channels.join(","), s.dataset.points = String(i.points.length), s.dataset.accuracy = String(i.svm_accuracy ?? ""), s.dataset.arrows = JSON.stringify(i.arrows);
		let c = a - Z.left - Z.right, l = o - Z.top - Z.bottom, { x: d, y: f } = Qh(i.points), p = $h(d, f, i.arrows), m = eg(i.arrows, p), h = tg(d, f, m, c, l), g = ng(h.x0, h.x1, Z.left, Z.left + c), _ = ng(h.y0, h.y1, Z.top + l, Z.top), [v, x] = mg(t.info);
		s.append(R("rect", {
			class: "tbt-fp-frame",
			x: Z.left,
			y: Z.top,
			width: c,
			height: l
		}), R("line", {
			class: "tbt-fp-zero",
			x1: g(0),
			x2: g(0),
			y1: Z.top,
			y2: Z.top + l
		}), R("line", {
			class: "tbt-fp-zero",
			x1: Z.left,
			x2: Z.left + c,
			y1: _(0),
			y2: _(0)
		}));
		let S = R("text", {
			class: "tbt-fp-bg-label",
			x: Z.left + 8,
			y: Z.top + l / 2,
			"text-anchor": "start",
			"dominant-baseline": "middle"
		});
		S.textContent = v;
		let C = R("text", {
			class: "tbt-fp-bg-label",
			x: Z.left + c - 8,
			y: Z.top + l / 2,
			"text-anchor": "end",
			"dominant-baseline": "middle"
		});
		C.textContent = x;
		let w = R("text", {
			class: "tbt-fp-axis-title",
			x: Z.left + c / 2,
			y: o - 8,
			"text-anchor": "middle"
		});
		w.textContent = `SVM normal (${v} ← → ${x})`;
		let T = R("text", {
			class: "tbt-fp-axis-title",
			transform: `translate(12 ${Z.top + l / 2}) rotate(-90)`,
			"text-anchor": "middle"
		});
		T.textContent = "1st PC of the residual", s.append(S, C, w, T);
		let E = Xp[e], D = R("g", { class: "tbt-fp-points" }), k = new Float64Array(d.length), A = new Float64Array(d.length);
		for (let t = 0; t < d.length; t++) if (k[t] = g(d[t]), A[t] = _(f[t]), Number.isFinite(k[t]) && Number.isFinite(A[t])) {
			if (i.domain[t] === 1) D.appendChild(R("circle", {
				class: "tbt-fp-point",
				cx: k[t].toFixed(1),
				cy: A[t].toFixed(1),
				r: 3.2,
				fill: E[1],
				"fill-opacity": .75,
				stroke: Jp[e]
			}));
			else {
				let e = `M${(k[t] - 3).toFixed(1)},${(A[t] - 3).toFixed(1)}l6,6m-6,0l6,-6`;
				D.appendChild(R("path", {
					class: "tbt-fp-point",
					d: e,
					stroke: E[0],
					fill: "none"
				}));
			}
		}
		s.appendChild(D);
		let j = g(0), M = _(0), N = n.get().neuron, P = R("g", { class: "tbt-fp-arrows" }), F = i.channels.map((e, t) => [g(m[t][0]), _(m[t][1])]), ee = i.channels.map((e, t) => t).sort((e, t) => Math.hypot(F[t][0] - j, F[t][1] - M) - Math.hypot(F[e][0] - j, F[e][1] - M)), te = Wh(ee.map((e) => ({
			x: F[e][0],
			y: F[e][1],
			w: fg * `ch ${i.channels[e]}`.length + 2,
			h: pg,
			dx: F[e][0] - j,
			dy: F[e][1] - M
		})), {
			x: Z.left,
			y: Z.top,
			w: c,
			h: l
		}), ne = new Map(ee.map((e, t) => [e, te[t]]));
		i.channels.forEach((e, t) => {
			let r = g(m[t][0]), a = _(m[t][1]), o = R("g", {
				class: "tbt-fp-arrow",
				"data-channel": e,
				tabindex: 0,
				role: "button",
				"aria-label": `Channel ${e}: loadings ${gg(i.arrows[t][0])}, ${gg(i.arrows[t][1])}; select it`
			});
			o.dataset.selected = String(!!N && N.layer === i.layer && N.channel === e);
			let s = Math.hypot(r - j, a - M);
			if (o.appendChild(R("line", {
				x1: j,
				y1: M,
				x2: r,
				y2: a
			})), o.appendChild(R("line", {
				class: "tbt-fp-arrow-hit",
				x1: j,
				y1: M,
				x2: r,
				y2: a
			})), s > 6) {
				let e = (r - j) / s, t = (a - M) / s, n = [
					[r, a],
					[r - 7 * e + 3.5 * t, a - 7 * t - 3.5 * e],
					[r - 7 * e - 3.5 * t, a - 7 * t + 3.5 * e]
				];
				o.appendChild(R("polygon", {
					class: "tbt-fp-arrowhead",
					points: n.map((e) => e.map((e) => e.toFixed(1)).join(",")).join(" ")
				}));
			}
			let c = ne.get(t);
			if (c.moved) {
				let e = Math.max(c.x, Math.min(r, c.x + c.w)), t = Math.max(c.y, Math.min(a, c.y + c.h));
				o.appendChild(R("line", {
					class: "tbt-fp-leader",
					x1: r,
					y1: a,
					x2: e,
					y2: t
				}));
			}
			let l = R("text", {
				x: c.x + 1,
				y: c.y + c.h - 2.5,
				"text-anchor": "start"
			});
			l.textContent = `ch ${e}`;
			let u = R("title");
			u.textContent = `Channel ${e}: loading ${gg(i.arrows[t][0])} on the SVM normal, ${gg(i.arrows[t][1])} on the residual's PC 1. Click to select it.`, o.append(l, u);
			let d = () => O({
				layer: i.layer ?? n.get().layer ?? "",
				channel: e
			}, n);
			o.addEventListener("click", d), o.addEventListener("keydown", (e) => {
				(e.key === "Enter" || e.key === " ") && (e.preventDefault(), d());
			}), P.appendChild(o);
		}), s.appendChild(P);
		let I = R("circle", {
			class: "tbt-fp-ring",
			r: 6,
			cx: -99,
			cy: -99
		});
		I.style.display = "none", s.appendChild(I);
		let re = {
			run: t.run,
			model: r,
			svg: s,
			ring: I,
			px: k,
			py: A,
			ids: i.instances,
			answer: i
		};
		return u.push(re), s.addEventListener("pointermove", (e) => y(re, e)), s.addEventListener("pointerleave", () => b(null)), s;
	}
	function y(e, t) {
		if (t.target?.closest(".tbt-fp-arrow")) return b(null);
		let n = e.svg.getBoundingClientRect(), r = t.clientX - n.left, i = t.clientY - n.top, a = -1, o = 100;
		for (let t = 0; t < e.px.length; t++) {
			let n = (e.px[t] - r) ** 2 + (e.py[t] - i) ** 2;
			n < o && (o = n, a = t);
		}
		if (a < 0) return b(null);
		b({
			run: e.run,
			id: e.ids[a]
		}, e, t.clientX, t.clientY);
	}
	function b(e, n, r = 0, i = 0) {
		if (d?.run !== e?.run || d?.id !== e?.id) {
			d = e, t.root.dataset.hovered = e ? String(e.id) : "";
			for (let t of u) {
				let n = e && t.run === e.run ? t.ids.indexOf(e.id) : -1;
				t.ring.style.display = n >= 0 ? "" : "none", n >= 0 && (t.ring.setAttribute("cx", t.px[n].toFixed(1)), t.ring.setAttribute("cy", t.py[n].toFixed(1)));
			}
			km.set({ hovered: e ? e.id : null }), !e || !n ? l.hidden = !0 : x(n, e.id, r, i);
		}
	}
	function x(e, n, i, a) {
		let s = o.get(e.run), c = e.answer, u = c.instances.indexOf(n), d = s?.info ?? null, [f, p] = mg(d);
		z(l), l.dataset.id = String(n), l.dataset.run = e.run;
		let m = c.label?.[u], h = L("div", { class: "tbt-fp-card-rows" }), g = (e, t) => h.append(L("span", { class: "tbt-muted" }, e), L("span", null, t));
		g("Instance", `#${n}`), g("Domain", c.domain[u] === 1 ? `${p} ●` : `${f} ×`), m !== void 0 && g("Label", d?.class_names?.[m] ?? String(m)), g("Position", `${gg(c.points[u][0])}, ${gg(c.points[u][1])}`), l.append(Qm(r, e.run, d, n, 96, "tbt-inst-thumb tbt-fp-thumb"), h), l.hidden = !1, af(l, t.body, i, a, 14, 240, 110);
	}
	function S(t, n, r, i) {
		z(c);
		let [a, o] = mg(r), s = L("span", { class: "tbt-inst-glyph" }, "×");
		s.style.color = Xp[i][0];
		let l = L("span", { class: "tbt-inst-glyph" }, "●");
		l.style.color = Xp[i][1], c.append(L("span", null, s, ` ${a}  `, l, ` ${o}`), L("span", null, "Arrows: the checked channels' loadings on the two axes (click one to select the channel)."));
		let u = n.filter((e) => e.channels.length), d = u.every((e) => e.channels.join() === u[0].channels.join());
		for (let n of d ? u.slice(0, 1) : u) {
			let r = d ? u.map((e) => e.run) : [n.run], i = L("span", {
				class: `tbt-fp-chips${d ? "" : " tbt-fp-chips-run"}`,
				role: "group",
				"data-runs": r.join("\n"),
				"aria-label": `Checked channels${d ? "" : ` of ${n.run}`}`
			});
			if (!d) {
				let t = L("span", { class: "tbt-fp-swatch" });
				t.style.background = e.runColor(n.run), i.append(t, L("span", { class: "tbt-fp-run-name" }, n.run), " ");
			}
			i.append("Checked: ");
			for (let e of n.channels) {
				let r = L("button", {
					type: "button",
					class: "tbt-fp-chip",
					"data-channel": e,
					title: `Uncheck channel ${e}`
				}, `ch ${e} ×`);
				r.addEventListener("click", () => {
					let r = n.channels;
					fh(t, r, e);
				}), i.appendChild(r);
			}
			c.appendChild(i);
		}
	}
	let C = H(e, h, { watch: (e) => [
		e.runs,
		e.layer,
		e.neuron,
		e.theme
	] }), w = [uh.subscribe((e) => [e.checked, e.layer], () => C.schedule()), ph.subscribe((e) => [e.runs, e.group], () => C.schedule())];
	return { destroy() {
		C.destroy(), w.forEach((e) => e()), a();
		for (let e of o.values()) e.request.cancel();
	} };
}
function gg(e) {
	return e == null || !Number.isFinite(e) ? "—" : e.toFixed(2);
}
typeof document < "u" && lg(document), B({
	id: "feature-projection",
	section: "feature",
	title: "Domain-discrimination plot",
	info: "The group's probe instances (× source, ● target) on x = the unit normal of a linear SVM that separates source from target on the checked channels (standardised), and y = the first principal component of what is left; the pretrained model (step 0) beside the current one, each with the SVM's training accuracy. Arrows: each checked channel's loadings on the two axes. Checking a channel re-projects at once. Hover an instance for its thumbnail; click an arrow to select the channel everywhere.",
	span: 12,
	order: 30,
	mount: hg
});
// src/feature/importancePanel.ts
var Q = {
	l: 44,
	r: 12,
	t: 16,
	b: 36
}, _g = 4, vg = 7;
function yg(e) {
	let { panel: t, store: n, api: r, data: i } = e, a = _h(r, n, i).attach(), o = L("div", { class: "tbt-fp-pair" }), s = L("div", { class: "tbt-fp-legend" });
	t.body.append(o, s);
	let c = [], l = [], u = "", d = !1;
	function f(n, r) {
		let i = ph.get(), a = n.sel.layer;
		if (!n.runs.length) return t.setState(n.loading.length ? "loading" : "empty", n.loading.length ? "Loading runs…" : "Select a run.");
		if (!a) return t.setState("empty", "Pick a layer in the header to see its channels.");
		let f = i.runs.filter((e) => e.layer === a);
		if (!f.length || f.every((e) => !e.features && e.status === "loading")) return t.setState("loading", "Loading channels…");
		let m = [
			Math.round(r),
			n.theme,
			a,
			JSON.stringify(n.sel.neuron),
			...f.map((e) => `${e.run}:${e.status}:${e.error ?? ""}:${nt(e.features)}`)
		].join("|");
		if (m === u && t.root.dataset.state === "ready") return;
		u = m, t.setState("ready"), t.setTitle(`Importance × discriminativeness · ${lh(i.group, f[0]?.info?.class_names ?? [])}`);
		let h = f.length > 1 ? 2 : 1;
		o.style.gridTemplateColumns = `repeat(${h}, minmax(0, 1fr))`;
		let g = Math.max(220, Math.floor(((r || 600) - (h - 1) * 12) / h)), _ = Math.min(340, Math.max(220, Math.round(g * .62)));
		z(o), d = !1, c = [], l = [];
		for (let t of f) {
			let r = L("span", { class: "tbt-fp-swatch" });
			r.style.background = e.runColor(t.run);
			let i = L("div", { class: "tbt-fp-run-head" }, r, L("span", { class: "tbt-fp-run-name" }, t.run)), s = L("div", {
				class: "tbt-fi-cell",
				"data-run": t.run
			}, i);
			if (!t.features) s.appendChild(L("div", {
				class: `tbt-fp-status${t.status === "error" ? " tbt-fp-error" : ""}`,
				role: "status"
			}, t.status === "error" ? t.error ?? "" : "Loading…"));
			else {
				let e = t.features, r = ig(e.recorded, e.models.pretrained, e.models.current);
				l.push({
					run: t.run,
					points: r
				}), i.appendChild(L("span", { class: "tbt-muted" }, `${a} · step ${e.step}`)), r.length ? s.appendChild(p(n.theme, t.run, e, r, g, _)) : s.appendChild(L("div", {
					class: "tbt-fp-status",
					role: "status"
				}, "No channel has both a class importance and a domain AUC for this group."));
			}
			o.appendChild(s);
		}
		z(s);
		let v = L("span", { class: "tbt-inst-glyph" }, "○");
		v.style.color = Xp[n.theme][1];
		let y = L("span", { class: "tbt-inst-glyph" }, "●");
		y.style.color = Xp[n.theme][1], s.append(L("span", null, v, " pretrained (step 0) → ", y, " current; one point per channel"), L("span", null, "x: class importance (Taylor, ℓ2-normalised over the recorded channels) · y: |domain AUC − 0.5| (0: both domains alike, 0.5: fully separated). Click a channel to select it.")), d && s.append(L("span", { class: "tbt-fi-dodge-note" }, "Points at y = 0.5 (AUC 0 or 1: the channel alone separates the domains) that would hide each other are stacked in rows above the dashed 0.5 line: every row is y = 0.5.")), t.setExports({
			figure: () => c[0] ? {
				svg: c[0],
				name: "importance-discriminativeness"
			} : null,
			csv: () => {
				let e = [[
					"run",
					"channel",
					"importance_pretrained",
					"importance_current",
					"auc_distance_pretrained",
					"auc_distance_current"
				]];
				for (let t of l) for (let n of t.points) e.push([
					t.run,
					n.channel,
					n.importance[0],
					n.importance[1],
					n.specificity[0],
					n.specificity[1]
				]);
				return {
					rows: e,
					name: "importance-discriminativeness"
				};
			}
		});
	}
	function p(e, t, r, i, a, o) {
		let s = ag(i), l = Math.max(1e-6, ...i.flatMap((e) => e.importance.filter((e) => e !== null))), u = Hu().domain([0, l]).nice().range([Q.l, a - Q.r]), f = [];
		for (let e of i) for (let t of [0, 1]) e.importance[t] !== null && e.specificity[t] !== null && e.specificity[t] >= .5 - 1e-9 && f.push({
			p: e,
			m: t
		});
		let p = Gh(f.map((e) => u(e.p.importance[e.m])), 9), m = Math.max(0, ...p), h = m ? Math.min(vg, .3 * (o - Q.t - Q.b) / m) : vg, g = m * h, _ = Hu().domain([0, .5]).range([o - Q.b, Q.t + g]), v = new Map(f.map((e, t) => [`${e.p.channel}:${e.m}`, p[t] * h])), y = (e, t) => e.importance[t] === null || e.specificity[t] === null ? null : [u(e.importance[t]), _(e.specificity[t]) - (v.get(`${e.channel}:${t}`) ?? 0)], b = R("svg", {
			class: "tbt-fi-svg tbt-chart",
			width: a,
			height: o,
			viewBox: `0 0 ${a} ${o}`,
			role: "img",
			"aria-label": `Importance and domain-discriminativeness of the channels of run ${t}`
		});
		b.dataset.run = t, b.dataset.channels = String(i.length), c.push(b);
		let x = U(b), S = u(Math.min(s.importance, u.domain()[1])), C = _(s.specificity);
		x.append("rect").attr("class", "tbt-fi-quadrant").attr("x", S).attr("y", Q.t).attr("width", Math.max(0, a - Q.r - S)).attr("height", Math.max(0, C - Q.t)), x.append("text").attr("class", "tbt-fi-quadrant-label").attr("x", a - Q.r - 4).attr("y", C - 18).attr("text-anchor", "end").text("important and domain-specific: transfer hurts here"), x.append("g").attr("class", "tbt-fi-axis").attr("transform", `translate(0,${o - Q.b})`).call(In(u).ticks(5)), x.append("g").attr("class", "tbt-fi-axis").attr("transform", `translate(${Q.l},0)`).call(Ln(_).ticks(5)), b.dataset.dodged = String(g > 0 ? p.filter((e) => e > 0).length : 0), b.dataset.topY = String(_(.5)), g > 0 && (d = !0, x.append("line").attr("class", "tbt-fi-top").attr("x1", Q.l).attr("x2", a - Q.r).attr("y1", _(.5)).attr("y2", _(.5))), x.append("text").attr("class", "tbt-fp-axis-title").attr("x", (Q.l + a - Q.r) / 2).attr("y", o - 4).attr("text-anchor", "middle").text("class importance"), x.append("text").attr("class", "tbt-fp-axis-title").attr("transform", `translate(11 ${(Q.t + o - Q.b) / 2}) rotate(-90)`).attr("text-anchor", "middle").text("|domain AUC − 0.5|");
		let w = Xp[e][1], T = n.get().neuron, E = r.layer, D = {
			pretrained: 0,
			current: 0
		};
		for (let e of i) {
			let [t, r] = e.importance, [i, a] = e.specificity;
			og(t, i, s) && D.pretrained++, og(r, a, s) && D.current++;
			let o = R("g", {
				class: "tbt-fi-channel",
				"data-channel": e.channel
			}), c = y(e, 0), l = y(e, 1);
			if (c && l) {
				let [e, t] = c, [n, r] = l, i = Math.hypot(n - e, r - t);
				if (o.appendChild(R("line", {
					class: "tbt-fi-move",
					x1: e,
					y1: t,
					x2: n,
					y2: r
				})), i > 8) {
					let a = (n - e) / i, s = (r - t) / i, c = n - 4 * a, l = r - 4 * s;
					o.appendChild(R("polygon", {
						class: "tbt-fp-arrowhead",
						points: `${c.toFixed(1)},${l.toFixed(1)} ${(c - 5 * a + 2.5 * s).toFixed(1)},${(l - 5 * s - 2.5 * a).toFixed(1)} ${(c - 5 * a - 2.5 * s).toFixed(1)},${(l - 5 * s + 2.5 * a).toFixed(1)}`
					}));
				}
			}
			let u = !!T && T.layer === E && T.channel === e.channel;
			c && o.appendChild(R("circle", {
				class: "tbt-fi-point tbt-fi-pre",
				cx: c[0],
				cy: c[1],
				r: 3.5,
				fill: "none",
				stroke: w,
				"stroke-width": 1.3,
				"data-selected": String(u)
			})), l && o.appendChild(R("circle", {
				class: "tbt-fi-point tbt-fi-cur",
				cx: l[0],
				cy: l[1],
				r: _g,
				fill: w,
				"fill-opacity": .85,
				"data-selected": String(u)
			}));
			let d = R("title"), f = (e) => e === null ? "—" : e.toFixed(3);
			d.textContent = `Channel ${e.channel}: importance ${f(t)} → ${f(r)}, |AUC − 0.5| ${f(i)} → ${f(a)}. Click to select it.`, o.appendChild(d), o.addEventListener("click", () => O({
				layer: E,
				channel: e.channel
			}, n)), b.appendChild(o);
		}
		return b.dataset.hurtPretrained = String(D.pretrained), b.dataset.hurtCurrent = String(D.current), x.append("text").attr("class", "tbt-fp-axis-title tbt-fi-hurt-count").attr("x", a - Q.r - 4).attr("y", C - 5).attr("text-anchor", "end").text(`channels in it: ${D.pretrained} pretrained → ${D.current} current`), b;
	}
	let m = H(e, f, { watch: (e) => [
		e.runs,
		e.layer,
		e.neuron,
		e.theme
	] }), h = ph.subscribe((e) => [e.runs, e.group], () => m.schedule());
	return { destroy() {
		m.destroy(), h(), a();
	} };
}
typeof document < "u" && lg(document), B({
	id: "feature-importance",
	section: "feature",
	title: "Importance × discriminativeness",
	info: "One point per recorded channel of the layer: x = its importance for the group's class (gradient × activation), y = how far its domain AUC is from 0.5 (how well it alone tells source from target). Hollow: the pretrained model; filled: the current one; the arrow shows how fine-tuning moved the channel. The shaded quadrant (importance at or above the median and above 0, AUC outside [0.25, 0.75]) holds channels the class relies on that respond differently to the two domains: where transfer hurts.",
	span: 6,
	order: 40,
	mount: yg
});
// src/feature/detectsPanel.ts
var bg = 4, xg = ["pretrained", "current"], Sg = ["source", "target"];
function Cg(e) {
	let { panel: t, api: n } = e, r = /* @__PURE__ */ new Map(), i = L("div", { class: "tbt-fd-runs" }), a = "";
	t.body.append(i);
	function o(e, t, i) {
		let a = [
			t.layer,
			t.channel,
			i
		].join("\0"), o = r.get(e);
		if (o?.key === a) return o;
		let s = {
			key: a,
			status: "loading"
		};
		return r.set(e, s), Kp(n, e, t.layer, i, t.channel).then((t) => {
			r.get(e) === s && (s.status = "ready", s.answer = t, l.schedule());
		}, (t) => {
			r.get(e) === s && (s.status = "error", s.error = t?.message ?? String(t), l.schedule());
		}), s;
	}
	function s(e) {
		let n = e.sel.neuron;
		if (!e.runs.length) return t.setState(e.loading.length ? "loading" : "empty", e.loading.length ? "Loading runs…" : "Select a run.");
		if (!n) return t.setTitle("What a channel detects"), delete t.root.dataset.channel, t.setState("empty", "Click a channel (a row of the ranked lists, an arrow of the domain-discrimination plot, or a point of importance × discriminativeness) to see the probe images that activate it most.");
		let r = e.runs.slice(0, bg).map((t) => ({
			r: t,
			e: o(t.run, n, e.sel.step === null ? null : t.step)
		}));
		if (t.setTitle(`What channel ${n.channel} of ${n.layer} detects`), t.root.dataset.layer = n.layer, t.root.dataset.channel = String(n.channel), r.every((e) => e.e.status === "loading")) return t.setState("loading", "Loading the channel's activations…");
		let s = [e.theme, ...r.map(({ r: e, e: t }) => `${e.run}:${t.status}:${t.key}:${nt(t.answer)}:${nt(e.info)}`)].join("|");
		if (s !== a || t.root.dataset.state !== "ready") {
			a = s, t.setState("ready"), z(i);
			for (let { r: e, e: t } of r) {
				let n = L("span", { class: "tbt-fp-swatch" });
				n.style.background = e.color;
				let r = L("div", { class: "tbt-fp-run-head" }, n, L("span", { class: "tbt-fp-run-name" }, e.run)), a = L("div", {
					class: "tbt-fd-run",
					"data-run": e.run
				}, r);
				t.status !== "ready" || !t.answer ? a.appendChild(L("div", {
					class: `tbt-fp-status${t.status === "error" ? " tbt-fp-error" : ""}`,
					role: "status"
				}, t.status === "error" ? t.error ?? "" : "Loading…")) : (r.appendChild(L("span", { class: "tbt-muted" }, `step ${t.answer.step}`)), a.appendChild(c(e.run, e.info, t.answer))), i.appendChild(a);
			}
		}
	}
	function c(e, t, r) {
		let i = L("div", { class: "tbt-fd-grid" }), a = {
			source: t?.domain_names?.source || "source",
			target: t?.domain_names?.target || "target"
		};
		for (let o of xg) for (let s of Sg) {
			let c = r.top[o][s], l = L("div", { class: "tbt-fd-thumbs" });
			c.instances.forEach((r, i) => {
				let a = c.activations[i], o = L("div", {
					class: "tbt-fd-item",
					"data-id": r,
					title: `Instance #${r}: activation ${a === null ? "—" : a}`
				}, Qm(n, e, t, r, 44, "tbt-inst-thumb"), a === null ? "—" : wg(a));
				l.appendChild(o);
			}), c.instances.length || l.appendChild(L("span", { class: "tbt-muted" }, "no instances"));
			let u = `${o === "pretrained" ? "Pretrained" : "Current"} · ${a[s]}`;
			i.appendChild(L("div", {
				class: "tbt-fd-group",
				"data-model": o,
				"data-domain": s
			}, L("h4", null, u), l));
		}
		return i;
	}
	let l = H(e, (e) => s(e), { watch: (e) => [
		e.runs,
		e.step,
		e.neuron,
		e.theme
	] });
	return { destroy: l.destroy };
}
function wg(e) {
	let t = Math.abs(e);
	return t >= 100 ? e.toFixed(0) : t >= 10 ? e.toFixed(1) : e.toFixed(2);
}
typeof document < "u" && lg(document), B({
	id: "feature-detects",
	section: "feature",
	title: "What a channel detects",
	info: "The 9 probe images of each domain that activate the selected channel most (its pooled activation, written under each image), in the pretrained model and in the current one: what the channel responds to, read off the probe set (no image synthesis). Over the whole probe set, at each run's step.",
	span: 12,
	order: 60,
	mount: Cg
});
// src/structure/style.ts
var Tg = "\n.tbt-st-body { position: relative; }\n[data-panel=\"structure-matrices\"] .tbt-panel-controls { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; }\n.tbt-st-controls { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }\n.tbt-st-layers { display: flex; flex-wrap: wrap; gap: 4px; }\n.tbt-st-layer, .tbt-st-switch { height: 24px; font-size: 12px; padding: 0 6px; }\n.tbt-st-bar { display: flex; gap: 10px; align-items: center; margin-bottom: 4px; }\n.tbt-st-scroll { overflow: hidden; border: 1px solid var(--tbt-border); border-radius: 4px; }\n.tbt-st-svg { display: block; max-width: 100%; height: auto; cursor: grab; touch-action: none; user-select: none; font-family: var(--tbt-font); }\n.tbt-st-svg text { fill: var(--tbt-fg); font-size: 11px; }\n.tbt-st-svg .tbt-st-label { font-size: 10px; font-family: var(--tbt-mono); cursor: pointer; }\n.tbt-st-svg .tbt-st-label:hover, .tbt-st-svg .tbt-st-label:focus { text-decoration: underline; outline: none; font-weight: 700; }\n.tbt-st-svg .tbt-st-run-title { font-weight: 600; font-size: 12px; }\n.tbt-st-svg .tbt-st-unit-title { font-weight: 500; }\n.tbt-st-svg .tbt-st-hist-label, .tbt-st-svg .tbt-st-note { fill: var(--tbt-muted); font-size: 9px; }\n.tbt-st-cell { cursor: pointer; stroke: var(--tbt-border); stroke-width: .5; }\n.tbt-st-cell:hover, .tbt-st-cell:focus { stroke: var(--tbt-fg); stroke-width: 1.5; outline: none; }\n.tbt-st-frame { fill: none; stroke: var(--tbt-border); stroke-dasharray: 3 2; }\n.tbt-st-barrier line { stroke: var(--tbt-fg); stroke-width: 1.5; stroke-dasharray: 6 3; }\n.tbt-st-bar { fill: var(--tbt-axis); }\n.tbt-st-whist .tbt-st-bar { fill: var(--tbt-faint); }\n.tbt-st-whisker, .tbt-st-median { stroke: var(--tbt-fg); stroke-width: 1; }\n.tbt-st-median { stroke-width: 2; }\n.tbt-st-pie-bg { fill: var(--tbt-panel); stroke: var(--tbt-fg); stroke-width: .8; }\n.tbt-st-dot { fill: var(--tbt-source); stroke: var(--tbt-panel); stroke-width: .8; pointer-events: none; }\n.tbt-st-flowline { stroke-opacity: .45; stroke-linecap: round; }\n.tbt-st-highlight { fill: var(--tbt-accent); fill-opacity: .12; stroke: var(--tbt-accent); stroke-width: 2; pointer-events: none; }\n.tbt-st-detail-panel { align-self: start; position: sticky; top: 8px; }\n.tbt-st-detail-cols { display: flex; flex-wrap: wrap; gap: 14px; margin: 6px 0; }\n.tbt-st-detail-col { min-width: 180px; flex: 1; display: flex; flex-direction: column; gap: 4px; }\n.tbt-st-detail-head { font-weight: 600; }\n.tbt-st-pretrained, .tbt-st-source { color: var(--tbt-source); }\n.tbt-st-current, .tbt-st-target { color: var(--tbt-target); }\n.tbt-st-matches { margin: 0; padding-left: 20px; font-size: 12px; }\n.tbt-st-matches button { background: none; border: none; color: var(--tbt-accent); cursor: pointer; padding: 0; font: inherit; text-decoration: underline; }\n.tbt-st-thumbs { display: flex; flex-wrap: wrap; gap: 6px; }\n.tbt-st-thumb { margin: 0; display: flex; flex-direction: column; align-items: center; }\n.tbt-st-thumb canvas { image-rendering: pixelated; border: 1px solid var(--tbt-border); }\n";
function Eg(e) {
	if (e.getElementById("tbt-structure-styles")) return;
	let t = e.createElement("style");
	t.id = "tbt-structure-styles", t.textContent = Tg, e.head.appendChild(t);
}
// src/structure/data.ts
var Dg = 400, Og = /* @__PURE__ */ new Map(), kg = /* @__PURE__ */ new Map(), Ag = /* @__PURE__ */ new Set();
function jg(e, t, n, r) {
	return JSON.stringify([
		e,
		t,
		n,
		r
	]);
}
function Mg() {
	[...Ag].forEach((e) => e());
}
function Ng(e, t, n, r, i) {
	let a = jg(t, n, r, i), o = Og.get(a);
	if (!o) {
		for (; Og.size >= Dg;) Og.delete(Og.keys().next().value);
		o = { status: "pending" }, Og.set(a, o), e.structure(t, n, r, i).then((e) => {
			Og.set(a, {
				status: "ready",
				value: e
			}), r === null && typeof e.step == "number" && Og.set(jg(t, n, e.step, i), {
				status: "ready",
				value: e
			}), Array.isArray(e.steps) && kg.set(JSON.stringify([t, n]), e.steps);
		}).catch((e) => Og.set(a, {
			status: "error",
			error: e.message
		})).finally(Mg);
	}
	return o;
}
function Pg(e, t, n) {
	let r = kg.get(JSON.stringify([e, t]));
	return r ? j(r, n) : null;
}
function Fg(e, t, n, r, i, a) {
	if (Ag.add(a), !kg.has(JSON.stringify([t, n]))) {
		let r = Ng(e, t, n, null, i);
		if (r.status !== "ready") return r;
	}
	return Ng(e, t, n, Pg(t, n, r), i);
}
function Ig(e) {
	Ag.delete(e);
}
function Lg(e, t, n, r) {
	let i = Og.get(jg(e, t, Pg(e, t, n), r));
	return i?.status === "ready" ? i.value : null;
}
function Rg(e) {
	return (e?.layers ?? []).filter((e) => (e.out_channels ?? 0) > 1);
}
function zg(e) {
	let t = /* @__PURE__ */ new Set(), n = [];
	for (let r of e) for (let e of Rg(r)) t.has(e.name) || (t.add(e.name), n.push(e));
	return n;
}
function Bg(e, t, n) {
	let r = e?.layers.find((e) => e.name === t)?.conn_source ?? null;
	return r && n.includes(r) ? r : null;
}
function Vg(e, t, n = 18) {
	let r = e * n, i = t * n, a = t > 0, o = a ? 80 + i + 26 : 26, s = a ? 80 + i + 26 : 26, c = o + r + 8, l = s + r + 8, u = {
		width: c + 72,
		height: l + 72,
		matrix: {
			x: o,
			y: s,
			w: r,
			h: r
		},
		histRight: {
			x: c,
			y: s,
			w: 72,
			h: r
		},
		histBelow: {
			x: o,
			y: l,
			w: r,
			h: 72
		},
		histCorner: {
			x: c,
			y: l,
			w: 72,
			h: 72
		},
		barrierX: o + r + 4,
		barrierY: s + r + 4,
		weights: null
	};
	return a && (u.weights = {
		current: {
			cells: {
				x: o,
				y: 80,
				w: r,
				h: i
			},
			toI: {
				x: o,
				y: 0,
				w: r,
				h: 72
			},
			fromI: {
				x: c,
				y: 80,
				w: 72,
				h: i
			},
			nn: {
				x: c,
				y: 0,
				w: 72,
				h: 72
			},
			flow: {
				x: 0,
				y: 0,
				w: 80 + i,
				h: 72
			}
		},
		pretrained: {
			cells: {
				x: 80,
				y: s,
				w: i,
				h: r
			},
			toI: {
				x: 0,
				y: s,
				w: 72,
				h: r
			},
			fromI: {
				x: 80,
				y: l,
				w: i,
				h: 72
			},
			nn: {
				x: 0,
				y: l,
				w: 72,
				h: 72
			},
			flow: {
				x: 0,
				y: 80,
				w: 72,
				h: i
			}
		}
	}), u;
}
function Hg(e, t, n) {
	let r = e.reduce((e, t) => e + t, 0);
	if (!(r > 0)) return NaN;
	let i = Math.min(Math.max(n, 0), 1) * r, a = 0;
	for (let n = 0; n < e.length; n++) {
		let r = e[n];
		if (r > 0 && a + r >= i) {
			let e = (i - a) / r;
			return t[n] + e * (t[n + 1] - t[n]);
		}
		a += r;
	}
	return t[t.length - 1];
}
function Ug(e, t) {
	if (!e || !t || e.some((e) => e === null) || t.some((e) => e === null)) return null;
	let n = e, r = t, i = n.reduce((e, t) => e + t, 0);
	if (!(i > 0)) return null;
	let a = n.findIndex((e) => e > 0), o = n.length - 1;
	for (; n[o] === 0;) o--;
	let s = r[a], c = r[o + 1], l = Hg(n, r, .25), u = Hg(n, r, .5), d = Hg(n, r, .75), f = d - l;
	return {
		count: i,
		min: s,
		q1: l,
		median: u,
		q3: d,
		max: c,
		lo: Math.max(s, l - 1.5 * f),
		hi: Math.min(c, d + 1.5 * f)
	};
}
function Wg(e) {
	let t = 0;
	for (let n of e) for (let e of n?.distance ?? []) for (let n of e) n !== null && n > t && (t = n);
	return [0, t > 0 ? Math.min(1, t) : 1];
}
function Gg(e, t) {
	return gf(e, t, {
		low: "similar",
		high: "different"
	}, t === "light");
}
function Kg(e) {
	let t = 0;
	for (let n of e) {
		for (let e of n?.conn_weight ?? []) for (let n of e) for (let e of n) e !== null && e > t && (t = e);
		for (let e of n?.conn_edges ?? []) {
			let n = e[e.length - 1];
			n != null && n > t && (t = n);
		}
	}
	return t > 0 ? t : 1;
}
function qg(e, t) {
	let n = (e) => (e ?? []).reduce((e, t) => e + (t ?? 0), 0), r = e.conn_weight?.[t];
	return !r || !e.conn_i_to_n?.[t] || !e.conn_n_to_i?.[t] || !e.conn_n_to_n?.[t] || e.conn_i_to_n[t].some((e) => e.some((e) => e === null)) ? null : {
		ii: r.reduce((e, t) => e + t.filter((e) => e !== null).length, 0),
		in: e.conn_i_to_n[t].reduce((e, t) => e + n(t), 0),
		ni: e.conn_n_to_i[t].reduce((e, t) => e + n(t), 0),
		nn: n(e.conn_n_to_n[t])
	};
}
function Jg(e, t) {
	return t == null || !(e > 0) ? null : t / e;
}
// src/structure/state.ts
var $ = y({
	layers: null,
	rest: !0,
	weights: !0,
	detail: null
});
function Yg(e) {
	return e.slice(0, 3).map((e) => e.name);
}
function Xg(e, t) {
	if (e.layers === null) return Yg(t);
	let n = new Set(e.layers);
	return t.filter((e) => n.has(e.name)).map((e) => e.name);
}
function Zg(e, t, n) {
	return n === null || !t.includes(n) || e.includes(n) ? [...e] : t.filter((t) => t === n || e.includes(t));
}
// src/structure/matricesPanel.ts
var Qg = 34, $g = 28, e_ = 48, t_ = zd;
function n_(e, t) {
	return t === 0 ? s[e].source : s[e].target;
}
function r_(e) {
	let { panel: t, store: n, api: r } = e;
	t.body.classList.add("tbt-st-body");
	let i = L("div", { class: "tbt-st-controls" });
	t.controls.appendChild(i);
	let a = new rf(t.body), o = null, c = [];
	t.setExports({
		figure: () => o ? {
			svg: o,
			name: "structure-matrices"
		} : null,
		csv: () => c.length > 1 ? {
			rows: c,
			name: "structure-matrices"
		} : null
	});
	let l = H(e, (e) => m(e), { watch: (e) => [
		e.runs,
		e.step,
		e.class,
		e.neuron,
		e.theme
	] }), u = () => l.schedule(), d = $.subscribe((e) => [
		e.layers,
		e.rest,
		e.weights
	], u), f = n.subscribe((e) => [e.layer, e.neuron?.layer ?? null], ([t, r]) => {
		let i = new Set(n.get().runs), a = zg(e.data.get().runs.filter((e) => i.has(e.run)).map((e) => e.info));
		if (!a.length) return;
		let o = Xg($.get(), a);
		for (let e of [t, r]) o = Zg(o, a.map((e) => e.name), e);
		$.set({ layers: o });
	});
	function p(e, t, r, a) {
		z(i);
		let o = L("select", {
			class: "tbt-select tbt-st-class",
			"aria-label": "Class"
		});
		o.appendChild(L("option", { value: "" }, "Class…")), a.forEach((t, n) => {
			let r = L("option", { value: String(n) }, t);
			e.sel.class === n && (r.selected = !0), o.appendChild(r);
		}), o.addEventListener("change", () => E(o.value === "" ? null : Number(o.value), n));
		let s = L("div", {
			class: "tbt-st-layers",
			role: "group",
			"aria-label": "Layers"
		});
		for (let e of r) {
			let n = t.includes(e), i = L("button", {
				type: "button",
				class: "tbt-toggle tbt-st-layer",
				"aria-pressed": String(n),
				"data-layer": e
			}, e);
			i.addEventListener("click", () => {
				let i = n ? t.filter((t) => t !== e) : [...t, e];
				$.set({
					layers: r.filter((e) => i.includes(e)),
					detail: null
				});
			}), s.appendChild(i);
		}
		let c = $.get(), l = (e, t) => {
			let n = L("button", {
				type: "button",
				class: "tbt-toggle tbt-st-switch",
				"aria-pressed": String(c[t]),
				"data-switch": t
			}, e);
			return n.addEventListener("click", () => $.set({ [t]: !$.get()[t] })), n;
		};
		i.append(o, s, l("Rest", "rest"), l("Weights", "weights"));
	}
	function m(e) {
		let n = e.runs[0], i = zg(e.runs.map((e) => e.info)), s = i.map((e) => e.name), l = n?.info?.class_names ?? [], d = Xg($.get(), i);
		if (p(e, d, s, l), o = null, c = [], !e.runs.length) return t.setState("empty", "Select a run.");
		if (!s.length) return t.setState("empty", "The selected runs have no tracked layers with channels.");
		let f = e.sel.class;
		if (f === null) return t.setState("empty", "Important channels are found per class, so “All classes” has none to show: choose a class here or in the header.");
		if (!d.length) return t.setState("empty", "Choose one or more layers.");
		t.setState("ready");
		let m = $.get(), g = e.runs.map((e) => d.map((t) => {
			let n = Fg(r, e.run, t, e.step, f, u), i = m.weights ? Bg(e.info, t, d) : null, a = null;
			return n.status === "ready" && (a = Vg(n.value.important[1]?.length ?? 0, i && n.value.conn_weight ? n.value.important_source?.[1]?.length ?? n.value.conn_weight[1]?.[0]?.length ?? 0 : 0)), {
				run: e.run,
				layer: t,
				source: i,
				entry: n,
				layout: a,
				x: 0,
				y: 0
			};
		})), _ = g.flat().filter((e) => e.entry.status === "ready").map((e) => e.entry.value), v = Gg(Wg(_), e.theme), y = Kg(_), b = Math.max(1, ..._.flatMap((e) => [0, 1].map((t) => qg(e, t)).flatMap((e) => e ? [
			e.ii,
			e.in,
			e.ni,
			e.nn
		] : []))), x = 0, S = 0, C = [];
		for (let e of g) {
			let t = 90, n = 260;
			for (let r of e) {
				r.x = x, r.y = t + Qg;
				let e = r.layout?.width ?? 260, i = r.layout?.height ?? 40;
				n = Math.max(n, e), t += Qg + i + $g;
			}
			C.push(n), x += n + e_, S = Math.max(S, t);
		}
		let w = Math.max(x - e_, 620), T = U(document.createElementNS("http://www.w3.org/2000/svg", "svg")).attr("class", "tbt-st-svg").attr("width", w).attr("height", S).attr("viewBox", `0 0 ${w} ${S}`).attr("role", "img").attr("aria-label", `Matching matrices of class ${l[f] ?? f}`), E = T.node(), D = T.append("g").attr("class", "tbt-st-zoom"), O = T.append("g").attr("class", "tbt-st-legend").attr("transform", "translate(0,4)");
		Tf(E, O, v, e.theme, {
			label: "Distance (1 − Pearson r)/2 between channels, class " + (l[f] ?? f),
			barWidth: 180
		}), O.append("text").attr("class", "tbt-legend-text").attr("x", 0).attr("y", 56).text(`Rows: the pretrained model's important channels; columns: the current model's. Weight cells: opacity = ‖w‖ / ${V(y, 3)}; ● = among the pretrained model's important connections`), c = [[
			"run",
			"layer",
			"kind",
			"model",
			"row",
			"column",
			"value"
		]], e.runs.forEach((t, n) => {
			let r = g[n], i = D.append("g").attr("class", "tbt-st-run").attr("data-run", t.run);
			i.append("rect").attr("x", r[0]?.x ?? 0).attr("y", 70).attr("width", 10).attr("height", 10).attr("fill", t.color), i.append("text").attr("class", "tbt-st-run-title").attr("x", (r[0]?.x ?? 0) + 14).attr("y", 79).text(`${t.run} · ${e.stepLabel} ${t.step ?? "–"}`);
			for (let t of r) h(i, t, e, v, y, b);
		});
		let k = Yd().scaleExtent([.2, 4]).on("zoom", (e) => {
			t_ = e.transform, D.attr("transform", t_.toString());
		});
		T.call(k).on("dblclick.zoom", null), T.call(k.transform, t_), o = E;
		let A = L("button", {
			type: "button",
			class: "tbt-button tbt-st-reset",
			"data-export": "skip"
		}, "Reset zoom");
		A.addEventListener("click", () => T.call(k.transform, zd));
		let j = g.flat().filter((e) => e.entry.status === "pending").length;
		z(t.body), t.body.append(L("div", { class: "tbt-st-bar" }, A, L("span", { class: "tbt-muted tbt-small" }, j ? `Loading ${j} layer${j === 1 ? "" : "s"}…` : "Drag to pan, wheel to zoom. Click a channel id or a cell for details.")), L("div", { class: "tbt-st-scroll" }, E), a.element), t.root.dataset.loading = String(j);
	}
	function h(e, t, n, r, i, o) {
		let s = e.append("g").attr("class", "tbt-st-unit").attr("data-run", t.run).attr("data-layer", t.layer).attr("transform", `translate(${t.x},${t.y})`), l = (n.runs.find((e) => e.run === t.run)?.info)?.layers.find((e) => e.name === t.layer), u = `${t.layer} · ${l?.type ?? ""}${l?.out_channels ? ` (${l.out_channels} ch)` : ""}${t.source ? ` · weights from ${t.source}` : l?.conn_source ? ` · source ${l.conn_source} not drawn` : ""}`;
		if (s.append("text").attr("class", "tbt-st-unit-title").attr("x", 0).attr("y", -20).text(u), t.entry.status !== "ready" || !t.layout) {
			s.attr("data-status", t.entry.status), s.append("text").attr("class", "tbt-muted tbt-st-note").attr("x", 0).attr("y", 10).text(t.entry.status === "pending" ? "Loading…" : `No structure: ${t.entry.error}`);
			return;
		}
		s.attr("data-status", "ready");
		let d = t.entry.value, f = n.runs.find((e) => e.run === t.run)?.step;
		typeof d.step == "number" && d.step !== f && s.append("text").attr("class", "tbt-st-note").attr("x", 0).attr("y", -8).text(`records of ${n.stepLabel} ${d.step} (the nearest kept)`);
		let p = t.layout, m = $.get(), h = n.theme, b = d.important[0] ?? [], x = d.important[1] ?? [], C = n.sel.neuron, w = s.append("g").attr("class", "tbt-st-matrix").attr("transform", `translate(${p.matrix.x},${p.matrix.y})`);
		if (d.distance.forEach((e, n) => e.forEach((e, i) => {
			w.append("rect").attr("class", "tbt-st-cell").attr("x", i * 18 + 1).attr("y", n * 18 + 1).attr("width", 16).attr("height", 16).attr("fill", e === null ? "none" : r.color(e)).attr("data-row", b[n]).attr("data-col", x[i]).attr("data-distance", e === null ? "" : String(e)).attr("tabindex", 0).attr("role", "button").attr("aria-label", `pretrained ${b[n]} × current ${x[i]}: ${V(e, 3)}`).on("mouseenter", (t) => S(t, `Pretrained ${b[n]} × current ${x[i]}`, [{
				label: "Distance",
				value: V(e, 3)
			}])).on("mouseleave", () => a.hide()).on("click", () => o()).on("keydown", (e) => {
				(e.key === "Enter" || e.key === " ") && o();
			});
			let o = () => $.set({ detail: {
				kind: "cell",
				run: t.run,
				layer: t.layer,
				pretrained: b[n],
				current: x[i],
				distance: e
			} });
			c.push([
				t.run,
				t.layer,
				"distance",
				"",
				b[n],
				x[i],
				e
			]);
		})), _(s, t, b, 0, "row", p.matrix.x - 3, p.matrix.y, t.layer, h), _(s, t, x, 1, "col", p.matrix.x, p.matrix.y - 3, t.layer, h), m.rest) {
			let e = s.append("g").attr("class", "tbt-st-barrier");
			e.append("line").attr("x1", p.barrierX).attr("x2", p.barrierX).attr("y1", p.matrix.y - 2).attr("y2", p.height), e.append("line").attr("y1", p.barrierY).attr("y2", p.barrierY).attr("x1", p.matrix.x - 2).attr("x2", p.width);
			let t = d.rest_hist ?? [], n = Math.max(1, ...t.flat().map((e) => e ?? 0)), r = [
				"important pretrained × other current",
				"other pretrained × important current",
				"other × other"
			];
			[
				p.histRight,
				p.histBelow,
				p.histCorner
			].forEach((e, i) => y(s, e, t[i] ?? [], d.rest_hist_edges, n, "tbt-st-dhist", `Distances: ${r[i]}`, String(i)));
		}
		if (C && C.layer === t.layer) {
			let e = b.indexOf(C.channel), t = x.indexOf(C.channel), n = p.weights ? p.weights.pretrained.cells.x : p.matrix.x, r = p.weights ? p.weights.current.cells.y : p.matrix.y;
			e >= 0 && v(s, {
				x: n - 1,
				y: p.matrix.y + e * 18,
				w: p.matrix.x + p.matrix.w - n + 2,
				h: 18
			}, "row"), t >= 0 && v(s, {
				x: p.matrix.x + t * 18,
				y: r - 1,
				w: 18,
				h: p.matrix.y + p.matrix.h - r + 2
			}, "col");
		}
		p.weights && t.source && d.conn_weight && g(s, t, d, p, n, i, o);
	}
	function g(e, t, n, r, i, o, s) {
		let l = r.weights, u = i.theme, d = n.important_source ?? [[], []], f = $.get(), p = i.sel.neuron;
		for (let r of [1, 0]) {
			let i = r === 1 ? l.current : l.pretrained, m = n.important[r] ?? [], h = d[r] ?? [], g = n_(u, r), C = e.append("g").attr("class", "tbt-st-weights").attr("data-model", r === 1 ? "current" : "pretrained");
			if (C.append("rect").attr("class", "tbt-st-frame").attr("x", i.cells.x - 1).attr("y", i.cells.y - 1).attr("width", i.cells.w + 2).attr("height", i.cells.h + 2), (n.conn_weight?.[r] ?? []).forEach((e, s) => e.forEach((e, l) => {
				let [u, d] = r === 1 ? [s, l] : [l, s];
				C.append("rect").attr("class", "tbt-st-wcell").attr("x", i.cells.x + u * 18 + 1).attr("y", i.cells.y + d * 18 + 1).attr("width", 16).attr("height", 16).attr("fill", e === null ? "none" : g).attr("fill-opacity", e === null ? 0 : Math.max(.04, Math.abs(e) / o)).attr("data-from", h[l]).attr("data-to", m[s]).attr("data-w", e === null ? "" : String(e)).on("mouseenter", (n) => S(n, `${r ? "Current" : "Pretrained"}: ${t.source} ${h[l]} → ${t.layer} ${m[s]}`, [{
					label: "‖w‖",
					value: V(e, 4)
				}])).on("mouseleave", () => a.hide()), r === 1 && n.conn_in_pretrained?.[s]?.[l] && C.append("circle").attr("class", "tbt-st-dot").attr("cx", i.cells.x + u * 18 + 9).attr("cy", i.cells.y + d * 18 + 9).attr("r", 2.5).attr("data-from", h[l]).attr("data-to", m[s]), c.push([
					t.run,
					t.layer,
					"weight",
					r ? "current" : "pretrained",
					h[l],
					m[s],
					e
				]);
			})), r === 1 ? _(e, t, h, 1, "row", i.cells.x - 3, i.cells.y, t.source, u) : _(e, t, h, 0, "col", i.cells.x, i.cells.y - 3, t.source, u), p && p.layer === t.source) {
				let t = h.indexOf(p.channel);
				t >= 0 && v(e, r === 1 ? {
					x: i.cells.x - 1,
					y: i.cells.y + t * 18,
					w: i.cells.w + 2,
					h: 18
				} : {
					x: i.cells.x + t * 18,
					y: i.cells.y - 1,
					w: 18,
					h: i.cells.h + 2
				}, r === 1 ? "row" : "col");
			}
			if (!f.rest) continue;
			let w = n.conn_edges?.[r] ?? null, T = (n.conn_i_to_n?.[r] ?? []).map((e) => Ug(e, w)), E = (n.conn_n_to_i?.[r] ?? []).map((e) => Ug(e, w)), D = Math.max(1, ...[...T, ...E].map((e) => e?.count ?? 0)), O = (e, t, n) => r === 1 && n ? Jg(n.count, e?.[t]) : null;
			T.forEach((e, a) => b(C, i.fromI, a, r === 1 ? "h" : "v", e, o, D, g, O(n.conn_i_to_n_in_pretrained, a, e), `I→N from ${t.source} ${h[a]}`, u)), E.forEach((e, a) => b(C, i.toI, a, r === 1 ? "v" : "h", e, o, D, g, O(n.conn_n_to_i_in_pretrained, a, e), `N→I to ${t.layer} ${m[a]}`, u));
			let k = n.conn_n_to_n?.[r] ?? [];
			y(C, i.nn, k, w, Math.max(1, ...k.map((e) => e ?? 0)), "tbt-st-whist", `${r ? "Current" : "Pretrained"} weights N→N (‖w‖)`, "nn");
			let A = qg(n, r);
			A && x(C, i.flow, A, s, g, r, t);
		}
	}
	function _(e, t, r, i, a, o, s, c, l) {
		let u = e.append("g").attr("class", "tbt-st-labels");
		r.forEach((e, r) => {
			let d = u.append("text").attr("class", "tbt-st-label").attr("fill", n_(l, i)).attr("data-model", i ? "current" : "pretrained").attr("data-channel", e).attr("data-layer", c).attr("tabindex", 0).attr("role", "button").attr("aria-label", `${i ? "current" : "pretrained"} model, ${c}, channel ${e}`).text(String(e));
			a === "row" ? d.attr("x", o).attr("y", s + r * 18 + 9 + 4).attr("text-anchor", "end") : d.attr("transform", `translate(${o + r * 18 + 9 + 4},${s}) rotate(-90)`);
			let f = () => {
				O({
					layer: c,
					channel: e
				}, n), $.set({ detail: {
					kind: "neuron",
					run: t.run,
					layer: c,
					model: i ? "current" : "pretrained",
					channel: e
				} });
			};
			d.on("click", f).on("keydown", (e) => {
				(e.key === "Enter" || e.key === " ") && f();
			});
		});
	}
	function v(e, t, n) {
		e.append("rect").attr("class", "tbt-st-highlight").attr("data-band", n).attr("x", t.x).attr("y", t.y).attr("width", t.w).attr("height", t.h);
	}
	function y(e, t, n, r, i, o, s, c) {
		let l = e.append("g").attr("class", o).attr("data-hist", c).attr("transform", `translate(${t.x},${t.y})`);
		l.append("rect").attr("class", "tbt-st-frame").attr("width", t.w).attr("height", t.h);
		let u = n.length;
		if (!u) return;
		let d = (t.w - 4) / u;
		n.forEach((e, n) => {
			let r = (e ?? 0) / i * (t.h - 14);
			l.append("rect").attr("class", "tbt-st-bar").attr("x", 2 + n * d).attr("y", t.h - 2 - r).attr("width", Math.max(.5, d - .5)).attr("height", r).attr("data-count", e ?? "");
		}), l.append("text").attr("class", "tbt-st-hist-label").attr("x", 3).attr("y", 9).text(`Σ ${n.reduce((e, t) => e + (t ?? 0), 0)}`), l.on("mouseenter", (e) => S(e, s, [{
			label: "count",
			value: String(n.reduce((e, t) => e + (t ?? 0), 0))
		}, {
			label: "range",
			value: r ? `${V(r[0], 3)} – ${V(r[r.length - 1], 3)}` : "–"
		}])).on("mouseleave", () => a.hide());
	}
	function b(e, t, n, r, i, o, c, l, u, d, f) {
		let p = e.append("g").attr("class", "tbt-st-box").attr("data-index", n).attr("data-count", i?.count ?? 0);
		if (!i) return;
		let m = (r === "h" ? t.w : t.h) - 14, h = (e) => e / o * m, g = 4 + 10 * (i.count / c), _ = (r === "h" ? t.y : t.x) + n * 18 + 9, v = (e) => r === "h" ? t.x + h(e) : t.y + t.h - h(e);
		((e, t, n) => {
			let i = p.append("line").attr("class", n);
			r === "h" ? i.attr("x1", v(e)).attr("x2", v(t)).attr("y1", _).attr("y2", _) : i.attr("y1", v(e)).attr("y2", v(t)).attr("x1", _).attr("x2", _);
		})(i.lo, i.hi, "tbt-st-whisker");
		let [y, b] = [v(i.q1), v(i.q3)], x = p.append("rect").attr("class", "tbt-st-boxrect").attr("fill", l).attr("fill-opacity", .35).attr("stroke", l);
		r === "h" ? x.attr("x", Math.min(y, b)).attr("width", Math.max(1, Math.abs(b - y))).attr("y", _ - g / 2).attr("height", g) : x.attr("y", Math.min(y, b)).attr("height", Math.max(1, Math.abs(b - y))).attr("x", _ - g / 2).attr("width", g);
		let C = p.append("line").attr("class", "tbt-st-median");
		if (r === "h" ? C.attr("x1", v(i.median)).attr("x2", v(i.median)).attr("y1", _ - g / 2).attr("y2", _ + g / 2) : C.attr("y1", v(i.median)).attr("y2", v(i.median)).attr("x1", _ - g / 2).attr("x2", _ + g / 2), u !== null) {
			let [e, n] = r === "h" ? [t.x + t.w - 6, _] : [_, t.y + 6];
			p.attr("data-share", u.toFixed(4)), p.append("circle").attr("class", "tbt-st-pie-bg").attr("cx", e).attr("cy", n).attr("r", 5);
			let i = ld()({
				innerRadius: 0,
				outerRadius: 5,
				startAngle: 0,
				endAngle: 2 * Math.PI * u
			});
			i && p.append("path").attr("class", "tbt-st-pie").attr("d", i).attr("fill", s[f].source).attr("transform", `translate(${e},${n})`);
		}
		p.on("mouseenter", (e) => S(e, d, [
			{
				label: "# connections",
				value: String(i.count)
			},
			{
				label: "median ‖w‖",
				value: V(i.median, 3)
			},
			{
				label: "Q1 – Q3",
				value: `${V(i.q1, 3)} – ${V(i.q3, 3)}`
			},
			...u === null ? [] : [{
				label: "corresponding to pretrained",
				value: `${(u * 100).toFixed(0)}%`
			}]
		])).on("mouseleave", () => a.hide());
	}
	function x(e, t, n, r, i, o, s) {
		let c = e.append("g").attr("class", "tbt-st-flow").attr("data-model", o ? "current" : "pretrained"), l = t.x + 22, u = t.x + t.w - 22, d = [t.y + t.h * .3, t.y + t.h * .7], f = [
			[
				0,
				0,
				n.ii,
				"I→I"
			],
			[
				0,
				1,
				n.in,
				"I→N"
			],
			[
				1,
				0,
				n.ni,
				"N→I"
			],
			[
				1,
				1,
				n.nn,
				"N→N"
			]
		];
		if (o === 0) {
			let e = [t.x + t.w * .3, t.x + t.w * .7];
			for (let [n, o, l, u] of f) c.append("line").attr("class", "tbt-st-flowline").attr("x1", e[n]).attr("y1", t.y + 14).attr("x2", e[o]).attr("y2", t.y + t.h - 14).attr("stroke", i).attr("stroke-width", Math.max(.5, l / r * 12)).attr("data-flow", u).attr("data-count", l).on("mouseenter", (e) => S(e, `Pretrained ${u}: ${s.source} → ${s.layer}`, [{
				label: "# connections",
				value: String(l)
			}])).on("mouseleave", () => a.hide());
			c.append("text").attr("class", "tbt-st-hist-label").attr("x", e[0]).attr("y", t.y + 10).attr("text-anchor", "middle").text("I"), c.append("text").attr("class", "tbt-st-hist-label").attr("x", e[1]).attr("y", t.y + 10).attr("text-anchor", "middle").text("N");
		} else {
			for (let [e, t, n, o] of f) c.append("line").attr("class", "tbt-st-flowline").attr("x1", l).attr("y1", d[e]).attr("x2", u).attr("y2", d[t]).attr("stroke", i).attr("stroke-width", Math.max(.5, n / r * 12)).attr("data-flow", o).attr("data-count", n).on("mouseenter", (e) => S(e, `Current ${o}: ${s.source} → ${s.layer}`, [{
				label: "# connections",
				value: String(n)
			}])).on("mouseleave", () => a.hide());
			["I", "N"].forEach((e, t) => {
				c.append("text").attr("class", "tbt-st-hist-label").attr("x", l - 6).attr("y", d[t] + 3).attr("text-anchor", "end").text(e), c.append("text").attr("class", "tbt-st-hist-label").attr("x", u + 6).attr("y", d[t] + 3).text(e);
			});
		}
	}
	function S(e, n, r) {
		let i = t.body.getBoundingClientRect();
		a.show(e.clientX - i.left + 12, e.clientY - i.top + 12, n, r);
	}
	return { destroy() {
		d(), f(), Ig(u), l.destroy();
	} };
}
B({
	id: "structure-matrices",
	section: "structure",
	title: "Matching matrices and weight blocks",
	info: "Per layer, the selected class's important channels of the pretrained model (rows, red ids) × those of the current model (columns, blue ids); a cell's colour is their distance (dark = similar), on one scale for every layer and run. Beyond the barrier lines: histograms of the distances not drawn as cells. When a layer's source is drawn too, its weights: the current model's above the matrix, the pretrained model's to its left (cells: opacity ‖w‖; box plots: I→N and N→I with the share corresponding to pretrained connections; N→N histogram; flow lines ∝ counts).",
	span: 8,
	order: 10,
	mount: r_
});
function i_(e, t) {
	let n = [];
	for (let r of ["source", "target"]) {
		let i = e.top[t]?.[r];
		i?.instances.forEach((e, t) => n.push({
			domain: r,
			id: e,
			value: i.activations[t] ?? null
		}));
	}
	return n;
}
function a_(e, t, n) {
	let r = t === "pretrained" ? 0 : 1, i = e.important[r]?.indexOf(n) ?? -1;
	if (i < 0) return null;
	let a = (r === 0 ? e.matches_pretrained : e.matches_current)[i] ?? [], o = (r === 0 ? e.match_distance_pretrained : e.match_distance_current)?.[i] ?? [];
	return a.map((e, t) => ({
		channel: e,
		distance: o[t] ?? null
	}));
}
function o_(e) {
	let { panel: t, store: n, api: r } = e;
	t.root.classList.add("tbt-st-detail-panel");
	let i = 0, a = /* @__PURE__ */ new Map(), o = (e, t, n, i, o) => {
		let s = JSON.stringify([
			e,
			t,
			n,
			i,
			o
		]);
		return a.has(s) || a.set(s, r.channel(e, t, n, i, { class: o }, 4)), a.get(s);
	};
	async function s(t, a, s, c, l) {
		let u = L("div", {
			class: "tbt-st-detail-col",
			"data-model": t.model,
			"data-channel": t.channel,
			"data-layer": t.layer
		}), d = t.model === "pretrained" ? "current" : "pretrained";
		u.appendChild(L("div", { class: `tbt-st-detail-head tbt-st-${t.model}` }, `${t.model === "pretrained" ? "Pretrained" : "Current"} model · ${t.layer} · channel ${t.channel}`));
		let f = Lg(t.run, t.layer, s, c), p = f ? a_(f, t.model, t.channel) : null;
		if (p) {
			let e = f.important[t.model === "pretrained" ? 0 : 1].indexOf(t.channel);
			u.appendChild(L("div", { class: "tbt-muted tbt-small" }, `Rank ${e + 1} among the class's important channels`));
			let r = L("ol", {
				class: "tbt-st-matches",
				"aria-label": `Most similar channels in the ${d} model`
			});
			for (let e of p) {
				let i = L("button", {
					type: "button",
					class: "tbt-linkish",
					"data-channel": e.channel
				}, `channel ${e.channel}`);
				i.addEventListener("click", () => {
					O({
						layer: t.layer,
						channel: e.channel
					}, n), $.set({ detail: {
						...t,
						model: d,
						channel: e.channel
					} });
				}), r.appendChild(L("li", {
					"data-channel": e.channel,
					"data-distance": e.distance ?? ""
				}, i, ` d = ${V(e.distance, 3)}`));
			}
			u.append(L("div", { class: "tbt-small" }, `5 most similar channels in the ${d} model:`), r);
		} else u.appendChild(L("div", { class: "tbt-muted tbt-small" }, "Not among this layer's important channels for the class (draw the layer to see its matches)."));
		try {
			let n = await ae(e, t.run, t.layer, s);
			if (l !== i) return null;
			let r = n.values("drift")[t.channel] ?? null, a = n.values("cosine")[t.channel] ?? null;
			u.appendChild(L("div", {
				class: "tbt-small tbt-st-drift",
				"data-drift": r ?? "",
				"data-cosine": a ?? ""
			}, `Filter drift ‖W − W₀‖/‖W₀‖ = ${V(r, 3)}, cosine to the pretrained filter = ${V(a, 3)} (step ${n.step ?? "–"})`));
		} catch (e) {
			u.appendChild(L("div", { class: "tbt-muted tbt-small" }, `No filter drift: ${e.message}`));
		}
		try {
			let e = await o(t.run, t.layer, Pg(t.run, t.layer, s) ?? s, t.channel, c);
			if (l !== i) return null;
			let n = i_(e, t.model), d = L("div", {
				class: "tbt-st-thumbs",
				"aria-label": "Top-activating probe images"
			});
			for (let e of n) d.appendChild(L("figure", {
				class: "tbt-st-thumb",
				"data-id": e.id,
				"data-domain": e.domain
			}, Qm(r, t.run, a, e.id, 40), L("figcaption", { class: `tbt-small tbt-st-${e.domain}` }, `${e.domain === "source" ? "S" : "T"} ${V(e.value, 2)}`)));
			u.append(L("div", { class: "tbt-small" }, n.length ? `Top-activating probe images of the class per domain (${t.model} model; S = source, T = target):` : "No probe instances of the class."), d);
		} catch (e) {
			u.appendChild(L("div", { class: "tbt-muted tbt-small" }, `No top-activating images: ${e.message}`));
		}
		return u;
	}
	async function c() {
		let r = ++i, a = $.get().detail, o = n.get();
		if (!a || o.class === null) {
			z(t.body), t.setState("empty", a ? `Channels are matched per class, so “All classes” has no matching: choose a class in the header to see channel ${a.kind === "neuron" ? a.channel : a.current} of ${a.layer} matched for it.` : "Click a channel id or a cell of a matching matrix (or a channel in the feature level).");
			return;
		}
		let c = e.data.get().runs.find((e) => e.run === a.run), l = e.data.get().stats.get(a.run), u = j(l?.status === "ready" && l.data ? l.data.steps : c?.steps ?? [], o.step), d = c?.info ?? null;
		t.setState("ready");
		let f = a.kind === "neuron" ? [a] : [{
			kind: "neuron",
			run: a.run,
			layer: a.layer,
			model: "pretrained",
			channel: a.pretrained
		}, {
			kind: "neuron",
			run: a.run,
			layer: a.layer,
			model: "current",
			channel: a.current
		}], p = await Promise.all(f.map((e) => s(e, d, u, o.class, r)));
		if (r !== i || p.some((e) => e === null)) return;
		z(t.body);
		let m = L("div", { class: "tbt-small tbt-muted" }, `${a.run} · ${a.layer} · class ${d?.class_names?.[o.class] ?? o.class}${a.kind === "cell" ? ` · distance ${V(a.distance, 3)}` : ""}`), h = L("button", {
			type: "button",
			class: "tbt-button"
		}, "Close");
		h.addEventListener("click", () => $.set({ detail: null })), t.body.append(L("div", {
			class: "tbt-st-detail",
			"data-kind": a.kind
		}, m, L("div", { class: "tbt-st-detail-cols" }, ...p), h));
	}
	let l = [
		n.subscribe((e) => e.neuron, (e) => {
			let t = $.get().detail, r = n.get().runs[0];
			!e || !r || t && t.layer === e.layer && (t.kind === "neuron" ? t.channel === e.channel : t.current === e.channel) || $.set({ detail: {
				kind: "neuron",
				run: r,
				layer: e.layer,
				model: "current",
				channel: e.channel
			} });
		}),
		$.subscribe((e) => [e.detail], () => void c()),
		n.subscribe((e) => [
			e.class,
			e.step,
			e.theme
		], () => void c()),
		e.data.subscribe((e) => [e.version], () => void c())
	];
	return c(), { destroy: () => l.forEach((e) => e()) };
}
B({
	id: "structure-detail",
	section: "structure",
	title: "Neuron detail",
	info: "For a clicked channel id: its 5 most similar channels in the other model with distances, its filter drift and cosine to the pretrained filter, and the class's probe images that activate it most. For a clicked cell: both neurons side by side.",
	span: 4,
	order: 20,
	mount: o_
});
// src/structure/layerModel.ts
var s_ = [
	"mean_shift",
	"log_var_ratio",
	"weight_change",
	"bias_change"
], c_ = {
	mean_shift: "running mean shift",
	log_var_ratio: "log running-variance ratio",
	weight_change: "γ change",
	bias_change: "β change"
};
function l_(e) {
	let t = e.values.map((e) => e.map(Pe)), n = new Map(e.pretrained.map((e, t) => [e, t]));
	return {
		values: t,
		diagonal: e.current.map((e, r) => {
			let i = n.get(e);
			return i === void 0 ? null : t[r]?.[i] ?? null;
		})
	};
}
function u_(e) {
	return e.values.map((t) => {
		let n = null, r = -1;
		return t.forEach((e, t) => {
			let i = Pe(e);
			i !== null && (n === null || i > n) && (n = i, r = t);
		}), r >= 0 ? e.pretrained[r] : null;
	});
}
function d_(e, t) {
	let n = e.bn_stats, r = n ? n.fields.indexOf(t) : -1, i = n ? [...n.layers] : [], a = [...e.steps];
	return {
		layers: i,
		steps: a,
		values: i.map((e, t) => a.map((e, i) => n && r >= 0 ? Pe(n.values[i]?.[r]?.[t]) : null))
	};
}
function f_(e, t) {
	return rp(e.map((e) => d_(e, t)));
}
function p_(e, t) {
	return !t || !e?.bn_layers ? null : e.bn_layers.find((e) => e.layer === t)?.name ?? null;
}
function m_(e, t) {
	return !t || !e?.bn_layers ? null : e.bn_layers.find((e) => e.name === t)?.layer ?? null;
}
function h_(e) {
	let t = 0;
	for (let n of e) for (let e of n) e !== null && Math.abs(e) > t && (t = Math.abs(e));
	return t > 0 ? t : 1;
}
function g_(e, t, n) {
	let r = e.weight_steps;
	if (!r) return [];
	let i = r.fields.indexOf(n), a = r.layers.indexOf(t);
	return r.steps.map((e, t) => ({
		x: e,
		y: i >= 0 && a >= 0 ? Pe(r.values[t]?.[i]?.[a]) : null
	}));
}
function __(e, t, n) {
	let r = e.layer_stats, i = r ? r.measures.indexOf(n === "drift" ? "weight_drift" : "weight_cosine") : -1, a = r ? r.layers.indexOf(t) : -1;
	return e.steps.map((e, t) => ({
		x: e,
		y: r && i >= 0 && a >= 0 ? Pe(r.values[t]?.[i]?.[a]) : null
	}));
}
function v_(e, t) {
	let n = Infinity, r = -Infinity;
	for (let t of e) for (let e of t) e.y !== null && (n = Math.min(n, e.y), r = Math.max(r, e.y));
	if (n === Infinity) return null;
	if (t && (n = Math.min(n, 0)), n === r) return [n - .5 * (Math.abs(n) || 1), r + .5 * (Math.abs(r) || 1)];
	let i = (r - n) * .05;
	return [t && n === 0 ? 0 : n - i, r + i];
}
// src/structure/ckaPanel.ts
var y_ = 4;
function b_(e) {
	let { panel: t } = e, n = L("div", { class: "tbt-structure-cka" });
	t.body.appendChild(n);
	let r = null, i = [], a = 0;
	t.setExports({
		figure: () => r,
		csv: () => i.length > 1 ? {
			rows: i,
			name: "layer-cka"
		} : null
	});
	let o = (t, n) => I(e, JSON.stringify([
		"layer_cka",
		t,
		n
	]), () => e.api.layerCka(t, n)), s = H(e, (s, c) => {
		if (!Kf(t, s)) {
			z(n), r = null;
			return;
		}
		let l = s.runs.slice(0, y_), u = ++a;
		n.childElementCount || t.setState("loading", "Loading the layer × layer CKA…"), Promise.allSettled(l.map((e) => o(e.run, e.step))).then((o) => {
			if (u !== a) return;
			t.setState("ready"), z(n), r = null, i = [[
				"run",
				"step",
				"current_layer",
				"pretrained_layer",
				"cka"
			]];
			let d = new rf(t.body), f = gf([0, 1], s.theme, {
				low: "different",
				high: "same representation"
			}), p = Math.max(1, Math.min(l.length, Math.floor((c + 18) / 398))), m = Math.floor((c - 18 * (p - 1)) / p), h = L("div", { class: "tbt-multiples" });
			o.forEach((t, n) => {
				let a = l[n], o = L("div", {
					class: "tbt-multiple tbt-cka-multiple",
					"data-run": a.run
				});
				if (o.appendChild(Gt(`${a.run} · ${s.stepLabel} ${a.step ?? "–"}`, a.color)), t.status === "rejected") {
					o.appendChild(L("p", { class: "tbt-note" }, `No layer CKA: ${t.reason?.message ?? t.reason}`)), h.appendChild(o);
					return;
				}
				let c = t.value, { values: u, diagonal: p } = l_(c), g = u_(c);
				o.dataset.step = String(c.step), o.dataset.layers = String(c.current.length);
				let _ = s.sel.layer ? c.current.indexOf(s.sel.layer) : -1, v = Af({
					rows: c.current,
					cols: c.pretrained,
					values: u,
					scale: f,
					theme: s.theme,
					width: Math.min(m, 620),
					xLabel: "pretrained model's layer",
					yLabel: "fine-tuned model's layer",
					highlight: _ >= 0 && c.pretrained[_] === c.current[_] ? _ : null,
					diagonal: !0,
					hatchMissing: !0,
					onCellClick: (t) => T(c.current[t], e.store),
					tooltip: d,
					tooltipRows: (e, t) => ({
						title: `${c.current[e]} (fine-tuned) vs ${c.pretrained[t]} (pretrained)`,
						rows: [
							{
								label: "CKA (target probe)",
								value: u[e][t] === null ? "undefined (see failures)" : V(u[e][t])
							},
							{
								label: `${c.current[e]} is most similar to`,
								value: g[e] ?? "–"
							},
							...c.current[e] === c.pretrained[t] ? [{
								label: "diagonal",
								value: "= the layer's CKA (target)"
							}] : [],
							...s.single ? [] : [{
								label: "run",
								value: a.run,
								color: a.color
							}]
						]
					}),
					ariaLabel: `Layer × layer CKA of ${a.run} at ${s.stepLabel} ${c.step}`
				});
				o.appendChild(v.element);
				let y = c.current.filter((e, t) => g[t] !== null && g[t] !== e && p[t] !== null);
				o.appendChild(L("p", { class: "tbt-caption" }, y.length ? `Closest to another pretrained layer than to its own: ${y.slice(0, 6).join(", ")}${y.length > 6 ? ` and ${y.length - 6} more` : ""}.` : "Every layer is closest to its own pretrained layer.")), r ?? (r = {
					...v.figure,
					name: `layer-cka-${a.run}`
				}), c.current.forEach((e, t) => c.pretrained.forEach((n, r) => i.push([
					a.run,
					c.step,
					e,
					n,
					u[t][r]
				]))), h.appendChild(o);
			}), n.appendChild(h), s.runs.length > l.length && n.appendChild(L("p", { class: "tbt-note" }, `Showing the first ${l.length} of ${s.runs.length} selected runs.`)), n.appendChild(Ef(f, s.theme, {
				label: "Unbiased linear CKA on the target probe (dashed: the diagonal, layer i vs layer i)",
				barWidth: 200,
				ticks: [
					0,
					.5,
					1
				]
			}));
		});
	});
	return { destroy() {
		a++, s.destroy();
	} };
}
B({
	id: "structure-layer-cka",
	section: "structure",
	title: "Layer × layer CKA",
	info: "Unbiased linear CKA (Kornblith et al. 2019; the unbiased estimator of Nguyen et al. 2021) between every layer of the fine-tuned model (rows) and every layer of the pretrained model (columns), on the target probe, at the selected step. A bright diagonal: each layer still represents what it did; a bright cell off the diagonal: that representation moved to another depth. Dashed: the diagonal (the layer overview's CKA, target). Click a cell to select its row's layer.",
	span: 12,
	order: 60,
	mount: (e) => b_(e)
});
// src/structure/bnChannels.ts
var x_ = 40, S_ = 22, C_ = 16, w_ = 14;
function T_(e) {
	return s_.map((t, n) => h_(e.map((e) => e.values[n] ?? [])));
}
function E_(e, t) {
	let n = {
		left: 150,
		right: 10
	}, r = Math.max(t.width, 360), i = Math.max(1, ...e.map((e) => e.values[0]?.length ?? 0)), a = Math.min(r - n.left - n.right, i * w_), o = S_ + s_.length * 52 + 14, s = e.length * (o + C_), c = R("svg", {
		class: "tbt-chart tbt-bn-channels",
		width: r,
		height: s,
		viewBox: `0 0 ${r} ${s}`,
		role: "group",
		"aria-label": `Per-channel BatchNorm drift of ${t.bn}`
	}), l = U(c), u = Sf(c, t.theme), d = T_(e);
	return e.forEach((e, r) => {
		let i = e.values[0]?.length ?? 0, s = Ou().domain(Sn(i)).range([0, Math.min(a, i * w_)]).paddingInner(i > 100 ? 0 : .15), c = s.range()[1], f = Math.max(.5, s.bandwidth()), p = l.append("g").attr("class", "tbt-bn-run").attr("data-multiple", e.key).attr("data-channels", i).attr("transform", `translate(${n.left},${r * (o + C_)})`), m = p.append("g").attr("transform", `translate(${-n.left + 4},13)`);
		m.append("rect").attr("x", 0).attr("y", -9).attr("width", 10).attr("height", 10).attr("rx", 2).attr("fill", e.color), m.append("text").attr("class", "tbt-ov-run-name").attr("x", 14).text(`${e.title} · ${t.bn} · ${t.stepLabel} ${e.step ?? "–"} · ${i} channels`), s_.forEach((t, n) => {
			let r = S_ + n * 52, i = Hu().domain([-d[n], d[n]]).range([x_, 0]), a = p.append("g").attr("class", "tbt-bn-strip").attr("data-field", t).attr("transform", `translate(0,${r})`);
			a.append("text").attr("class", "tbt-axis-label").attr("x", -8).attr("y", x_ / 2).attr("dy", "0.35em").attr("text-anchor", "end").text(c_[t]), a.append("g").attr("class", "tbt-axis tbt-axis-y").attr("transform", `translate(${c + 4},0)`).call(Fn(i).tickValues([
				-d[n],
				0,
				d[n]
			]).tickFormat((e) => yu("~g")(+e.toPrecision(2))).tickSizeOuter(0)), a.append("line").attr("class", "tbt-bn-zero").attr("x1", 0).attr("x2", c).attr("y1", i(0)).attr("y2", i(0));
			let o = "", l = "";
			(e.values[n] ?? []).forEach((e, t) => {
				let n = s(t) ?? 0;
				if (e === null) l += `M${n},0h${f}v${x_}h${-f}Z`;
				else {
					let t = i(Math.max(0, e));
					o += `M${n},${t}h${f}v${Math.max(.5, Math.abs(i(e) - i(0)))}h${-f}Z`;
				}
			}), a.append("path").attr("class", "tbt-bn-bars").attr("d", o).attr("fill", e.color), l && a.append("path").attr("class", "tbt-ov-null").attr("d", l).attr("fill", u);
		}), p.append("text").attr("class", "tbt-axis-label").attr("x", c / 2).attr("y", o - 4).attr("text-anchor", "middle").text("channels (index order)");
		let h = s_.length * 52, g = p.append("rect").attr("class", "tbt-ov-hover").attr("data-export", "skip").attr("y", S_).attr("height", h).style("display", "none");
		p.append("rect").attr("class", "tbt-overlay").attr("data-export", "skip").attr("y", S_).attr("width", c).attr("height", h).attr("fill", "transparent").on("mousemove", (n) => {
			let [r] = W(n, p.node()), a = Math.floor(r / c * i);
			if (a < 0 || a >= i) return;
			g.style("display", null).attr("x", (s(a) ?? 0) - 1).attr("width", f + 2);
			let o = t.tooltipHost.getBoundingClientRect();
			t.tooltip.show(n.clientX - o.left + t.tooltipHost.scrollLeft, n.clientY - o.top + t.tooltipHost.scrollTop, `${e.title} · ${t.bn} · channel ${a}`, s_.map((n, r) => ({
				label: c_[n],
				value: t.format(e.values[r]?.[a] ?? null)
			})));
		}).on("mouseleave", () => {
			g.style("display", "none"), t.tooltip.hide();
		});
	}), c;
}
// src/structure/bnPanel.ts
function D_(e) {
	let { panel: t, store: n } = e, r = "mean_shift", i = null, a, o = ue("BatchNorm field", s_.map((e) => ({
		id: e,
		label: c_[e]
	})), (e) => {
		r = e, o.set(e), p.schedule();
	}, {
		initial: r,
		control: "bn"
	});
	t.controls.appendChild(o.element);
	let s = L("div", { class: "tbt-structure-bn" });
	t.body.appendChild(s);
	let c = new rf(t.body), l = 0, u = [], d = null, f = (n, r, i, a) => {
		let o = n.runs.filter((e) => e.stats.bn_stats?.layers.includes(r)), s = n.runs.filter((e) => e.stats.bn_stats?.layers.length && !o.includes(e)).map((e) => e.run), f = ++l;
		i.appendChild(L("p", { class: "tbt-note" }, `Loading the channels of ${r}…`)), ie(e, o, r, n.sel.step).then(({ answers: e, failed: o }) => {
			if (f !== l) return;
			z(i);
			let p = e.map(({ run: e, at: t }) => ({
				key: e.run,
				title: e.run,
				color: e.color,
				step: t.step,
				values: s_.map((e) => t.values(e))
			}));
			s.length && i.appendChild(L("p", { class: "tbt-note" }, `${r} is not a BatchNorm layer of ${s.join(", ")}.`)), o.length && i.appendChild(L("p", { class: "tbt-note tbt-bad" }, `Per-channel drift unavailable: ${o.join("; ")}`)), u = [[
				"run",
				"step",
				"bn_layer",
				"channel",
				...s_
			]];
			for (let e of p) (e.values[0] ?? []).forEach((t, n) => u.push([
				e.title,
				e.step,
				r,
				n,
				...e.values.map((e) => e[n] ?? null)
			]));
			if (!p.length) {
				d = null;
				return;
			}
			d = E_(p, {
				bn: r,
				width: Math.max(360, a - 8),
				theme: n.theme,
				stepLabel: n.stepLabel,
				tooltip: c,
				tooltipHost: t.body,
				format: (e) => fp(e)
			});
			let m = d;
			i.append(L("p", { class: "tbt-caption tbt-ov-sub" }, `${r} at the selected ${n.stepLabel}, per channel: running mean shift (in pretrained standard deviations), log ratio of the running variances, and the change of γ and β; one symmetric scale per field, shared by the runs.`), Jf(`BatchNorm channels of ${r}`, {
				figure: () => ({
					svg: m,
					name: `bn-channels-${r}`
				}),
				csv: () => ({
					rows: u,
					name: `bn-channels-${r}`
				})
			}), L("div", { class: "tbt-ov-scroll" }, m));
		});
	}, p = H(e, (e, o) => {
		if (c.hide(), z(s), d = null, !Kf(t, e)) return;
		let l = qf(e);
		l && s.appendChild(l);
		let u = e.runs.filter((e) => e.stats.bn_stats?.layers.length);
		if (!u.length) {
			s.appendChild(L("p", { class: "tbt-note" }, "The selected runs have no BatchNorm layers (no bn_stats records)."));
			return;
		}
		let m = e.runs.filter((e) => !u.includes(e)).map((e) => e.run);
		m.length && s.appendChild(L("p", {
			class: "tbt-note tbt-bn-without",
			"data-runs": m.join("\n")
		}, `Not shown: ${m.join(", ")} ${m.length > 1 ? "have" : "has"} no BatchNorm layers (no bn_stats records).`));
		let h = Ve(u.map((e) => e.stats.bn_stats.layers));
		e.sel.layer !== a && (a = e.sel.layer, i = u.map((t) => p_(t.info, e.sel.layer)).find((e) => e) ?? i);
		let g = i && h.includes(i) ? i : h[0], _ = f_(u.map((e) => e.stats), r), v = 0;
		for (let e of _) for (let t of e.values) for (let e of t) e !== null && e > v && (v = e);
		let y = gf([0, v > 0 ? v : 1], e.theme, {
			low: "kept",
			high: "changed"
		}), b = `|${c_[r]}|, mean over channels`, x = $f({
			measure: `bn-${r}`,
			title: b,
			help: "Per BatchNorm layer (rows, model order) and step: the mean over its channels of the absolute drift of this field from the pretrained model.",
			multiples: u.map((e, t) => ({
				key: e.run,
				title: e.run,
				color: e.color,
				matrix: _[t]
			})),
			scale: y,
			theme: e.theme,
			width: Math.max(320, o) - 4,
			selectedLayer: g,
			selectedStep: e.sel.step,
			stepLabel: e.stepLabel,
			onSelect: (e, t) => {
				i = e, a = u.map((t) => m_(t.info, e)).find((e) => e) ?? n.get().layer, n.set({
					step: t,
					layer: a
				}), p.schedule();
			},
			current: () => ({
				layer: i ?? g,
				step: n.get().step
			}),
			tooltip: c,
			format: fp
		});
		s.appendChild(L("div", { class: "tbt-ov-row tbt-bn-heat" }, Jf(b, {
			figure: () => ({
				...x.figure,
				name: `bn-${r}`
			}),
			csv: () => ({
				rows: cp(u.map((e, t) => ({
					title: e.run,
					matrix: _[t]
				}))),
				name: `bn-${r}`
			})
		}), L("div", { class: "tbt-ov-scroll" }, x.element)));
		let S = L("div", {
			class: "tbt-ov-row tbt-bn-channel-host",
			"data-bn": g
		});
		s.appendChild(S), f(e, g, S, o);
	});
	return t.setExports({
		csv: () => u.length > 1 ? {
			rows: u,
			name: "bn-channels"
		} : null,
		figure: () => d ? {
			svg: d,
			name: "bn-channels"
		} : null
	}), { destroy() {
		l++, p.destroy();
	} };
}
B({
	id: "structure-bn",
	section: "structure",
	title: "BatchNorm drift",
	info: "How the BatchNorm layers moved from the pretrained model: per layer over the steps (heat-maps: the mean over channels of |drift| of the chosen field, one scale for every run), and per channel of the selected BatchNorm layer at the selected step (bars). The running statistics move when the target domain's activations differ from the source's; γ and β move with training. Click a cell to select a BatchNorm layer and step.",
	span: 12,
	order: 70,
	mount: (e) => D_(e)
});
// src/structure/weightStepsPanel.ts
var O_ = {
	drift: "relative drift ‖W − W0‖/‖W0‖",
	cosine: "cosine to W0"
};
function k_(e) {
	let { panel: t } = e, n = "drift", r = ue("Weight measure", [{
		id: "drift",
		label: "Drift"
	}, {
		id: "cosine",
		label: "Cosine"
	}], (e) => {
		n = e, r.set(e), c.schedule();
	}, {
		initial: n,
		control: "ws"
	});
	t.controls.appendChild(r.element);
	let i = L("div", { class: "tbt-structure-ws" });
	t.body.appendChild(i);
	let a = new rf(t.body), o = [], s = null;
	t.setExports({
		figure: () => s ? {
			svg: s,
			name: `weight-steps-${n}`
		} : null,
		csv: () => o.length > 1 ? {
			rows: o,
			name: `weight-steps-${n}`
		} : null
	});
	let c = H(e, (r, c) => {
		if (a.hide(), z(i), s = null, o = [], !Kf(t, r)) return;
		let l = qf(r);
		l && i.appendChild(l);
		let u = r.sel.layer && r.layers.includes(r.sel.layer) ? r.sel.layer : r.layers[r.layers.length - 1], d = r.runs.filter((e) => e.stats.weight_steps?.steps.length), f = d.map((e) => ({
			id: e.run,
			label: e.run,
			color: e.color,
			points: g_(e.stats, u, n),
			width: 1.6
		})), p = r.runs.map((e) => ({
			id: e.run,
			label: e.run,
			color: e.color,
			points: __(e.stats, u, n),
			marker: "circle",
			width: 1.6
		})), m = v_([...f, ...p].map((e) => e.points), n === "drift") ?? void 0;
		i.appendChild(L("p", { class: "tbt-caption tbt-ov-sub" }, `${u}${r.sel.layer ? "" : " (the last layer; select another in the header or the layer overview)"}: ${O_[n]}, left at optimizer steps (on_train_step), right per logged ${r.stepLabel}; one y scale.`));
		let h = L("div", { class: "tbt-multiples tbt-ws-row" }), g = Math.max(300, Math.floor((c - 18) / 2)), _ = L("div", {
			class: "tbt-multiple tbt-ws-fine",
			"data-layer": u,
			"data-runs": d.length
		});
		_.appendChild(L("div", { class: "tbt-run-title" }, "At optimizer steps (weight_steps)")), f.some((e) => Ie(e.points)) ? (s = nf(f, {
			width: g,
			height: 220,
			xLabel: "optimizer step",
			yLabel: n,
			yDomain: m,
			yZero: n === "drift",
			valueFormat: (e) => V(e),
			tooltip: a,
			tooltipHost: t.body,
			ariaLabel: `${O_[n]} of ${u} at optimizer steps`
		}), _.appendChild(s)) : _.appendChild(L("p", { class: "tbt-note" }, d.length ? `No weight_steps values for ${u}.` : "No weight_steps records: call cb.on_train_step(step) after optimizer steps (every_n_steps= thins them)."));
		let v = L("div", {
			class: "tbt-multiple tbt-ws-epoch",
			"data-layer": u
		});
		v.appendChild(L("div", { class: "tbt-run-title" }, `Per ${r.stepLabel} (layer_stats)`));
		let y = nf(p, {
			width: g,
			height: 220,
			xLabel: r.stepLabel,
			yLabel: n,
			yDomain: m,
			yZero: n === "drift",
			markX: r.step,
			valueFormat: (e) => V(e),
			onClickX: (t) => e.store.set({ step: t }),
			tooltip: a,
			tooltipHost: t.body,
			ariaLabel: `${O_[n]} of ${u} per ${r.stepLabel}`
		});
		v.appendChild(y), h.append(_, v), i.appendChild(h), o = [[
			"run",
			"axis",
			"step",
			"layer",
			n
		]];
		for (let e of f) for (let t of e.points) o.push([
			e.id,
			"optimizer_step",
			t.x,
			u,
			t.y
		]);
		for (let e of p) for (let t of e.points) o.push([
			e.id,
			r.stepLabel,
			t.x,
			u,
			t.y
		]);
	});
	return { destroy: () => c.destroy() };
}
// src/structure/index.ts
B({
	id: "structure-weight-steps",
	section: "structure",
	title: "Weight drift at optimizer steps",
	info: "The selected layer's relative weight change from its pretrained weights (or cosine to them), logged at optimizer steps by on_train_step (left; its own step axis), beside the same measure at each logged step (right). The fine-grained series shows when within an epoch a layer moved, e.g. a jump in the first steps after unfreezing.",
	span: 12,
	order: 80,
	mount: (e) => k_(e)
}), typeof document < "u" && Eg(document);
// src/index.ts
var A_ = !1;
function j_() {
	if (A_) return;
	A_ = !0, Dt(document), m(() => x.get().theme), Ct((e) => {
		document.documentElement.classList.toggle("tbt-dark", e === "dark"), A(e, x);
	});
	let e = document.getElementById("tb-transfer-root");
	e || (e = document.createElement("div"), e.id = "tb-transfer-root", document.body.appendChild(e)), xt(e, {
		store: x,
		data: P,
		loader: te,
		api: a
	}), St({ onReload: () => void te.reload(x.get().runs) }), te.loadRuns();
}
export { a as api, ke as createPanel, P as data, te as loader, B as registerPanel, j_ as render, x as store };
