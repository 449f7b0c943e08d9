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
// src/data.ts
function M() {
	return {
		status: "loading",
		runs: [],
		error: null,
		stats: /* @__PURE__ */ new Map(),
		version: 0
	};
}
var N = y(M());
function ee(e) {
	if (!e) return "";
	let t = e.steps;
	return `${t.length}:${t[0] ?? ""}:${t[t.length - 1] ?? ""}:${e.error ?? ""}`;
}
function P(t) {
	return t instanceof e || t instanceof Error ? t.message : String(t);
}
var te = new class {
	constructor(e = N, t = a) {
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
				let n = this.store.get(), r = n.status !== "ready" || n.runs.length !== t.length || n.runs.some((e, n) => e.run !== t[n].run || ee(e) !== ee(t[n]));
				this.store.set({
					status: "ready",
					runs: t,
					error: null,
					version: r ? n.version + 1 : n.version
				});
			} catch (e) {
				this.store.get().status === "ready" ? console.warn("tb-transfer: reloading runs failed", e) : this.store.set({
					status: "error",
					error: P(e)
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
			let e = this.entry(t), c = ee(e), l = this.store.get().stats.get(t);
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
						error: P(e),
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
function re(e, t, n) {
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
function ie(e, t) {
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
async function ae(e, t, n, r) {
	let i = await Promise.allSettled(t.map((t) => oe(e, t.run, n, r))), a = [], o = [];
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
async function oe(e, t, n, r) {
	return ie(await re(e, JSON.stringify([
		"layer",
		t,
		n
	]), () => e.api.layer(t, n)), r);
}
function se(e) {
	let t = 0, n = null;
	return () => {
		t++ === 0 && (n = e());
		let r = !0;
		return () => {
			r && (r = !1, --t === 0 && (n?.(), n = null));
		};
	};
}
var ce = class {
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
function F(e, t = null, ...n) {
	let r = document.createElement(e);
	if (t) for (let [e, n] of Object.entries(t)) n !== !1 && n != null && (e === "class" ? r.className = String(n) : r.setAttribute(e, n === !0 ? "" : String(n)));
	return le(r, ...n), r;
}
function le(e, ...t) {
	for (let n of t.flat()) n != null && n !== !1 && e.appendChild(typeof n == "object" ? n : document.createTextNode(String(n)));
}
var ue = "http://www.w3.org/2000/svg";
function I(e, t = null) {
	let n = document.createElementNS(ue, e);
	if (t) for (let [e, r] of Object.entries(t)) r !== !1 && r != null && n.setAttribute(e, String(r));
	return n;
}
function L(e) {
	for (; e.firstChild;) e.removeChild(e.firstChild);
}
function de(e, t, n, r = {}) {
	let i = F("div", {
		class: "tbt-segmented",
		role: "group",
		"aria-label": e
	}), a = t.map((e) => {
		let t = F("button", {
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
function fe(e) {
	let t = !!e.markerOnly, n = t ? 12 : 26, r = n / 2, i = I("svg", {
		class: "tbt-legend-swatch",
		width: n,
		height: 12,
		viewBox: `0 0 ${n} 12`,
		"aria-hidden": "true"
	}), a = (t, n, r) => {
		n && (t.style.stroke = e.color), t.style.fill = r ? e.color : "none";
	};
	if (!t) {
		let t = I("line", {
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
		let n = I("circle", {
			cx: r,
			cy: 6,
			r: t ? 4 : 3.2,
			"stroke-width": 1.3
		});
		a(n, !0, !e.hollow), e.hollow && (n.style.fill = "var(--tbt-panel)"), i.appendChild(n);
	} else if (o === "cross") {
		let e = I("path", {
			d: `M${r - 3.2},2.8L${r + 3.2},9.2M${r - 3.2},9.2L${r + 3.2},2.8`,
			"stroke-width": 1.6
		});
		a(e, !0, !1), i.appendChild(e);
	} else if (o === "square") {
		let e = t ? I("rect", {
			x: 1,
			y: 1,
			width: 10,
			height: 10,
			rx: 2
		}) : I("rect", {
			x: r - 3,
			y: 3,
			width: 6,
			height: 6
		});
		a(e, !1, !0), i.appendChild(e);
	}
	return i;
}
function pe(e, t, n = "Legend") {
	let r = F("div", {
		class: "tbt-legend",
		role: "group",
		"aria-label": n
	});
	for (let n of e) {
		let e = [fe(n), F("span", { class: "tbt-legend-label" }, n.label)], i = t ? F("button", {
			type: "button",
			class: `tbt-legend-item${n.hidden ? " tbt-off" : ""}`,
			"aria-pressed": n.hidden ? "false" : "true",
			title: n.title ?? `Show or hide ${n.label}`,
			"data-series": n.id
		}, ...e) : F("span", {
			class: "tbt-legend-item",
			title: n.title ?? null
		}, ...e);
		t && i.addEventListener("click", () => t(n.id)), r.appendChild(i);
	}
	return r;
}
// src/export.ts
function me(e) {
	if (e == null) return "";
	if (typeof e == "number") return Number.isFinite(e) ? String(Number(e.toPrecision(7))) : "";
	let t = String(e);
	return (/^[=+@\t\r]/.test(t) || /^-/.test(t) && !/^-\d*\.?\d+(e[+-]?\d+)?$/i.test(t)) && (t = `'${t}`), /[",\r\n]/.test(t) ? `"${t.replace(/"/g, "\"\"")}"` : t;
}
function he(e) {
	return e.map((e) => e.map(me).join(",")).join("\r\n") + "\r\n";
}
var ge = [
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
], _e = "http://www.w3.org/2000/svg";
function ve(e, t = {}) {
	let n = e.cloneNode(!0), r = [e, ...Array.from(e.querySelectorAll("*"))], i = [n, ...Array.from(n.querySelectorAll("*"))], a = e.ownerDocument.defaultView;
	for (let e = 0; e < r.length && e < i.length; e++) {
		let t = a?.getComputedStyle(r[e]);
		if (!t) continue;
		let n = [];
		for (let e of ge) {
			let r = t.getPropertyValue(e);
			r !== "" && r != null && n.push(`${e}:${r}`);
		}
		n.length && i[e].setAttribute("style", n.join(";")), i[e].removeAttribute("class");
	}
	for (let e of Array.from(n.querySelectorAll("[data-export='skip']"))) e.remove();
	if (n.setAttribute("xmlns", _e), n.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink"), n.setAttribute("version", "1.1"), t.background) {
		let r = e.ownerDocument.createElementNS(_e, "rect");
		r.setAttribute("width", "100%"), r.setAttribute("height", "100%"), r.setAttribute("fill", t.background), n.insertBefore(r, n.firstChild);
	}
	return t.mutate?.(n), `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(n)}`;
}
function ye(e, t, n, r = 2) {
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
function be(...e) {
	return (e.filter(Boolean).join("_").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "").replace(/-+/g, "-") || "export").slice(0, 120);
}
function xe(e, t, n = "text/plain") {
	let r = typeof e == "string" ? new Blob([e], { type: `${n};charset=utf-8` }) : e, i = URL.createObjectURL(r), a = document.createElement("a");
	a.href = i, a.download = t, a.style.display = "none", document.body.appendChild(a), a.click(), a.remove(), setTimeout(() => URL.revokeObjectURL(i), 1e4);
}
function Se(e) {
	let t = e.ownerDocument.defaultView, n = e;
	for (; n && t;) {
		let e = t.getComputedStyle(n).backgroundColor;
		if (e && e !== "transparent" && e !== "rgba(0, 0, 0, 0)") return e;
		n = n.parentElement;
	}
	return "#ffffff";
}
function Ce(e) {
	return ve(e.svg, {
		background: Se(e.svg),
		mutate: (t) => {
			let n = e.rasters ?? [], r = t.firstChild?.nextSibling ?? null;
			for (let e of n) {
				let n = t.ownerDocument.createElementNS(_e, "image");
				n.setAttribute("x", String(e.x)), n.setAttribute("y", String(e.y)), n.setAttribute("width", String(e.width)), n.setAttribute("height", String(e.height)), n.setAttribute("href", e.canvas.toDataURL("image/png")), t.insertBefore(n, r);
			}
		}
	});
}
function we(e) {
	xe(Ce(e), `${be("tb-transfer", e.name)}.svg`, "image/svg+xml");
}
async function Te(e) {
	let t = Number(e.svg.getAttribute("width")) || e.svg.getBoundingClientRect().width, n = Number(e.svg.getAttribute("height")) || e.svg.getBoundingClientRect().height;
	xe(await ye(Ce(e), t, n, 2), `${be("tb-transfer", e.name)}.png`, "image/png");
}
function Ee(e, t) {
	xe(he(e), `${be("tb-transfer", t)}.csv`, "text/csv");
}
// src/panels.ts
var De = [
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
function Oe(e, t) {
	let n = (t, n) => {
		let r = F("button", {
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
		e && await Te(e);
	}), n("SVG", () => {
		let e = t.figure?.();
		e && we(e);
	})), t.csv && r.push(n("CSV", () => {
		let e = t.csv?.();
		e && Ee(e.rows, e.name);
	})), r;
}
var ke = 0;
function Ae(e) {
	let t = `tbt-panel-title-${++ke}`, n = F("section", {
		class: "tbt-panel",
		"data-panel": e.id,
		"aria-labelledby": t
	});
	n.style.gridColumn = `span ${e.span ?? 6}`;
	let r = F("h3", {
		class: "tbt-panel-title",
		id: t
	}, e.title), i = F("header", { class: "tbt-panel-header" }, r);
	if (e.info) {
		let t = F("span", {
			class: "tbt-info",
			tabindex: 0,
			role: "note",
			"aria-label": e.info,
			title: e.info
		}, "?");
		r.appendChild(t);
	}
	let a = F("div", { class: "tbt-panel-controls" }), o = F("div", {
		class: "tbt-panel-exports",
		role: "group",
		"aria-label": `Export ${e.title}`
	});
	i.append(a, o);
	let s = F("div", { class: "tbt-panel-body" }), c = F("div", {
		class: "tbt-panel-message",
		role: "status"
	});
	return c.hidden = !0, n.append(i, c, s), {
		id: e.id,
		root: n,
		body: s,
		controls: a,
		setExports(t) {
			L(o), o.append(...Oe(e.title, t));
		},
		setState(e, t) {
			n.dataset.state = e, e === "ready" ? (c.hidden = !0, L(c), s.hidden = !1) : (L(c), c.className = `tbt-panel-message tbt-${e}`, e === "loading" && c.appendChild(F("span", {
				class: "tbt-spinner",
				"aria-hidden": "true"
			})), c.appendChild(F("span", null, t ?? (e === "loading" ? "Loading…" : e === "empty" ? "No data." : "Error."))), c.hidden = !1, s.hidden = !0);
		},
		setTitle(e) {
			r.firstChild.textContent = e;
		}
	};
}
var je = /* @__PURE__ */ new Map(), Me = /* @__PURE__ */ new Set();
function R(e) {
	je.set(e.id, e), Me.forEach((e) => e());
}
function Ne(e) {
	return [...je.values()].filter((t) => t.section === e).sort((e, t) => (e.order ?? 100) - (t.order ?? 100));
}
function Pe(e) {
	return Me.add(e), () => Me.delete(e);
}
// src/transforms.ts
function Fe(e) {
	return typeof e == "number" && Number.isFinite(e) ? e : null;
}
function Ie(e, t, n) {
	let r = e.performance.splits.indexOf(t), i = e.performance.metrics.indexOf(n);
	return e.steps.map((t, n) => {
		let a = e.performance.values[n];
		return {
			x: t,
			y: r < 0 || i < 0 || !a ? null : Fe(a[r]?.[i])
		};
	});
}
function Le(e) {
	return e.some((e) => e.y !== null);
}
function Re(e) {
	return e.steps.map((t, n) => ({
		x: t,
		y: Fe(e.transferability[n])
	}));
}
function ze(e, t = "accuracy") {
	if (!e.steps.length) return null;
	for (let n of ["target_val", "target"]) {
		let r = Ie(e, n, t)[0]?.y ?? null;
		if (r !== null) return {
			split: n,
			value: r
		};
	}
	return null;
}
function Be(e, t) {
	let n = new Map(e.map((e) => [e.x, e.y]));
	return t.map((e) => {
		let t = n.get(e.x);
		return {
			x: e.x,
			y: e.y === null || t == null ? null : e.y - t
		};
	});
}
function Ve(e) {
	let t = /* @__PURE__ */ new Set();
	for (let n of e) for (let e of n) t.add(e);
	return [...t].sort((e, t) => e - t);
}
function He(e) {
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
function Ue(e, t, n = 3) {
	if (!e) return [];
	let r = [];
	return e.forEach((e, n) => {
		let i = Fe(e);
		n !== t && i !== null && i > 0 && r.push({
			predicted: n,
			count: i
		});
	}), r.sort((e, t) => t.count - e.count || e.predicted - t.predicted), r.slice(0, n);
}
function We(e, t, n = 3) {
	let r = t >= 0 ? e.class_accuracy.values[t] : null, i = t >= 0 ? e.confusion.values[t] : null, a = e.class_accuracy.domains.indexOf("source"), o = e.class_accuracy.domains.indexOf("target"), s = e.confusion.domains.indexOf("target");
	return e.class_names.map((e, t) => {
		let c = r && a >= 0 ? Fe(r[a]?.[t]) : null, l = r && o >= 0 ? Fe(r[o]?.[t]) : null, u = i && s >= 0 ? i[s]?.[t] : void 0, d = null, f = null;
		return u && (f = 0, d = 0, u.forEach((e, n) => {
			let r = Fe(e) ?? 0;
			f += r, n !== t && (d += r);
		})), {
			index: t,
			name: e,
			source: c,
			target: l,
			diff: c !== null && l !== null ? l - c : null,
			confusions: Ue(u, t, n),
			errors: d,
			support: f
		};
	});
}
function Ge(e, t, n) {
	let r = e.confusion.domains.indexOf(n), i = t >= 0 ? e.confusion.values[t] : null;
	if (!i || r < 0 || !i[r]) return null;
	let a = i[r].map((e) => e.map(Fe));
	return {
		counts: a,
		rates: a.map((e) => {
			let t = e.reduce((e, t) => e + (t ?? 0), 0);
			return e.map((e) => t > 0 && e !== null ? e / t : null);
		})
	};
}
function Ke(e, t, n) {
	let r = e.layer_stats.measures.indexOf(t), i = n >= 0 ? e.layer_stats.values[n] : null;
	return e.layer_stats.layers.map((e, t) => ({
		x: t,
		y: r < 0 || !i ? null : Fe(i[r]?.[t])
	}));
}
function qe(e, t = null) {
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
function Je(e, t = 0) {
	let n = Infinity, r = -Infinity;
	for (let t of e) for (let e of t) e.y !== null && (e.y < n && (n = e.y), e.y > r && (r = e.y));
	if (n === Infinity) return null;
	let i = r - n || Math.abs(r) || 1;
	return [n - i * t, r + i * t];
}
function Ye(e, t = 1) {
	return e === null ? "–" : `${(e * 100).toFixed(t)}%`;
}
function Xe(e, t = 1) {
	if (e === null) return "–";
	let n = (e * 100).toFixed(t);
	return `${e > 0 ? "+" : e < 0 ? "" : "±"}${n === "-0.0" ? "0.0" : n} pp`;
}
function z(e, t = 3) {
	if (e === null) return "–";
	let n = Math.abs(e);
	return n !== 0 && (n >= 1e4 || n < .001) ? e.toExponential(2) : e.toFixed(t);
}
// src/view.ts
function Ze(e) {
	let t = e.find((e) => e?.step_unit)?.step_unit;
	return t ? String(t) : "step";
}
var Qe = /* @__PURE__ */ new WeakMap();
function $e(e, t, n) {
	let r = e.get(), i = t.get(), a = Qe.get(r);
	if (a && a.data === i && a.runColor === n) return a.view;
	let o = et(r, i, n);
	return Qe.set(r, {
		data: i,
		runColor: n,
		view: o
	}), o;
}
function et(e, t, n) {
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
	let s = Ve(i.map((e) => e.stats.steps)), c = e.compareMode === "difference" && i.length >= 2 ? [i[1], i[0]] : null, l = He((c ?? i).map((e) => e.stats.layer_stats?.layers ?? [])), u = c ? Ve(c.map((e) => e.stats.steps)) : s, d = j(u, e.step);
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
		stepLabel: Ze(i.map((e) => e.info))
	};
}
var tt = /* @__PURE__ */ new WeakMap(), nt = 1;
function rt(e) {
	if (!e) return 0;
	let t = tt.get(e);
	return t || (t = nt++, tt.set(e, t)), t;
}
function it(e) {
	return `${e.runs.map((e) => `${e.run}#${rt(e.stats)}@${e.step}`).join(",")}|${e.theme}|${e.selectedStep}`;
}
// src/loop.ts
var at = (e) => [
	e.runs,
	e.step,
	e.layer,
	e.class,
	e.neuron,
	e.compareMode,
	e.theme
];
function ot(e) {
	let { body: t, root: n } = e.panel, r = (e) => parseFloat(e) || 0, i = getComputedStyle(t), a = t.getBoundingClientRect().width;
	if (!a) {
		let e = getComputedStyle(n);
		a = n.getBoundingClientRect().width - r(e.borderLeftWidth) - r(e.borderRightWidth);
	}
	return Math.max(0, a - r(i.paddingLeft) - r(i.paddingRight));
}
function B(e, t, n = {}) {
	let { panel: r } = e, i = n.slack ?? 16, a = !1, o = 0, s = () => {
		a = !1;
		let n = st(r.root);
		o || (o = ot(e));
		let i = performance.now();
		try {
			t($e(e.store, e.data, e.runColor), o), r.root.dataset.rendered = "true", r.root.dataset.renderMs = (performance.now() - i).toFixed(1), r.root.dataset.renders = String(Number(r.root.dataset.renders ?? 0) + 1);
		} catch (e) {
			console.error(`tb-transfer: ${r.id} failed`, e), r.setState("error", `Could not draw this panel: ${e.message}`);
		}
		n && ct(r.root, n);
	}, c = () => {
		a || (a = !0, typeof requestAnimationFrame == "function" ? requestAnimationFrame(s) : setTimeout(s, 0));
	}, l = [e.store.subscribe(n.watch ?? at, c), e.data.subscribe((e) => [
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
function st(e) {
	let t = e.ownerDocument.activeElement;
	if (!t || !e.contains(t)) return null;
	let n = t.getAttribute("data-measure");
	if (n) return `[data-measure="${CSS.escape(n)}"]`;
	let r = t.getAttribute("data-layer");
	if (r) return `.tbt-ov-node[data-layer="${CSS.escape(r)}"]`;
	let i = t.getAttribute("data-control");
	return i ? `[data-control="${CSS.escape(i)}"]` : null;
}
function ct(e, t) {
	let n = e.querySelector(t);
	n && e.ownerDocument.activeElement !== n && n.focus({ preventScroll: !0 });
}
function lt(e) {
	typeof requestAnimationFrame == "function" ? requestAnimationFrame(() => setTimeout(e, 0)) : setTimeout(e, 0);
}
var ut = 3e3, dt = [
	"from tb_transfer import TransferCallback",
	"cb = TransferCallback(model, source_probe, target_probe, class_names, log_dir=\"runs/finetune\")",
	"cb.on_epoch_end(epoch)  # in the training loop, after each epoch"
];
function ft(e) {
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
function pt(e, t) {
	return F("label", {
		class: "tbt-control-label",
		for: t
	}, e);
}
function mt(e) {
	let { store: t, data: n } = e, r = F("div", { class: "tbt-control tbt-runs" }), i = F("button", {
		type: "button",
		class: "tbt-runs-button",
		id: "tbt-runs-button",
		"aria-haspopup": "true",
		"aria-expanded": "false",
		"aria-controls": "tbt-runs-popover"
	}), a = F("div", {
		class: "tbt-popover",
		id: "tbt-runs-popover",
		role: "dialog",
		"aria-label": "Select runs"
	});
	a.hidden = !0;
	let o = F("input", {
		type: "search",
		class: "tbt-input",
		placeholder: "Filter runs (text or regex)",
		"aria-label": "Filter runs",
		spellcheck: "false"
	}), s = F("button", {
		type: "button",
		class: "tbt-link"
	}, "Select shown"), c = F("button", {
		type: "button",
		class: "tbt-link"
	}, "Clear"), l = F("div", {
		class: "tbt-run-list",
		role: "group",
		"aria-label": "Runs"
	}), u = F("div", { class: "tbt-muted tbt-small" });
	a.append(F("div", { class: "tbt-popover-head" }, o, s, c), l, u), r.append(pt("Runs", "tbt-runs-button"), i, a);
	let d = () => {
		let e = ft(o.value);
		return n.get().runs.filter((t) => e(t.run));
	}, p = () => {
		L(l);
		let e = new Set(t.get().runs), r = d(), i = t.get().theme;
		r.forEach((n, r) => {
			let a = `tbt-run-cb-${r}`, s = F("input", {
				type: "checkbox",
				id: a,
				class: "tbt-run-checkbox"
			});
			s.checked = e.has(n.run), s.style.accentColor = f(n.run, i), s.addEventListener("change", () => C(n.run, t)), s.addEventListener("keydown", (e) => {
				let t = [...l.querySelectorAll("input[type=checkbox]")], n = t.indexOf(s);
				e.key === "ArrowDown" ? (e.preventDefault(), t[Math.min(t.length - 1, n + 1)]?.focus()) : e.key === "ArrowUp" && (e.preventDefault(), n === 0 ? o.focus() : t[n - 1]?.focus());
			});
			let c = F("label", {
				class: `tbt-run-row${n.error ? " tbt-has-error" : ""}`,
				for: a,
				title: n.error ? `${n.run}: ${n.error}` : n.run
			}, s, fe({
				color: f(n.run, i),
				marker: "square",
				markerOnly: !0
			}), F("span", { class: "tbt-run-name" }, n.run), n.error ? F("span", {
				class: "tbt-error-badge",
				"aria-label": `error: ${n.error}`
			}, "!") : null, F("span", { class: "tbt-run-steps tbt-muted" }, n.steps.length ? `${n.steps.length} steps` : "no steps"));
			l.appendChild(c);
		}), r.length || l.appendChild(F("div", { class: "tbt-muted tbt-small" }, "No run matches the filter.")), u.textContent = `${e.size} of ${n.get().runs.length} runs selected`;
	}, m = "", h = () => {
		let e = t.get().runs.length, r = n.get().runs.length;
		if (i.textContent = "", i.append(F("span", null, e === 0 ? "No run selected" : e === 1 ? t.get().runs[0] : `${e} of ${r} runs`), F("span", {
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
function ht(e) {
	let t = F("div", {
		class: "tbt-chips",
		role: "list",
		"aria-label": "Selected runs"
	});
	return {
		element: t,
		update: () => {
			L(t);
			let { store: n, data: r } = e, i = n.get().theme, a = new Map(r.get().runs.map((e) => [e.run, e]));
			for (let e of n.get().runs) {
				let r = a.get(e), o = F("button", {
					type: "button",
					class: "tbt-chip-remove",
					"aria-label": `Remove run ${e}`,
					title: "Remove from the selection"
				}, "×");
				o.addEventListener("click", () => C(e, n));
				let s = F("span", {
					class: `tbt-chip${r?.error ? " tbt-has-error" : ""}`,
					role: "listitem",
					title: r?.error ? `${e}: ${r.error}` : e
				}, fe({
					color: f(e, i),
					marker: "square",
					markerOnly: !0
				}), F("span", { class: "tbt-run-name" }, e), r?.error ? F("span", {
					class: "tbt-error-badge",
					"aria-hidden": "true"
				}, "!") : null, o);
				s.style.borderColor = f(e, i), t.appendChild(s);
			}
		}
	};
}
function gt(e) {
	let t = e.store.get().runs;
	return e.data.get().runs.filter((e) => t.includes(e.run));
}
function _t(e) {
	let { store: t } = e, n = F("div", { class: "tbt-control tbt-step" }), r = F("input", {
		type: "range",
		id: "tbt-step-range",
		class: "tbt-range",
		min: 0,
		max: 0,
		step: 1,
		"aria-label": "Step"
	}), i = F("input", {
		type: "number",
		class: "tbt-input tbt-step-number",
		"aria-label": "Step number",
		step: 1
	}), a = F("button", {
		type: "button",
		class: "tbt-toggle",
		"aria-pressed": "true",
		title: "Follow the latest step while training runs"
	}, "Latest"), o = F("span", { class: "tbt-muted tbt-small tbt-step-unit" });
	n.append(pt("Step", "tbt-step-range"), r, i, a, o);
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
			let n = gt(e);
			s = Ve(n.map((e) => e.steps));
			let l = t.get().step, u = l === null ? s[s.length - 1] : c(l), d = u == null ? 0 : s.indexOf(u);
			r.max = String(Math.max(0, s.length - 1)), r.value = String(Math.max(0, d)), r.disabled = s.length < 2, i.disabled = !s.length, s.length && (i.min = String(s[0]), i.max = String(s[s.length - 1])), i.value = u == null ? "" : String(u), r.setAttribute("aria-valuetext", u == null ? "no step" : `step ${u}`), a.setAttribute("aria-pressed", l === null ? "true" : "false"), o.textContent = s.length ? `${Ze(n.map((e) => e.info))} · ${s[0]}–${s[s.length - 1]}` : "";
		}
	};
}
function vt(e) {
	let { store: t } = e, n = F("div", { class: "tbt-control" }), r = F("select", {
		class: "tbt-select",
		id: "tbt-layer-select"
	});
	return n.append(pt("Layer", "tbt-layer-select"), r), r.addEventListener("change", () => T(r.value || null, t)), {
		element: n,
		update: () => {
			let n = [], i = /* @__PURE__ */ new Map();
			for (let t of gt(e)) for (let e of t.info?.layers ?? []) n.includes(e.name) || n.push(e.name), i.set(e.name, e.type);
			L(r), n.length || r.appendChild(F("option", { value: "" }, "—"));
			for (let e of n) r.appendChild(F("option", { value: e }, i.get(e) ? `${e} (${i.get(e)})` : e));
			let a = t.get().layer;
			a && !n.includes(a) && r.appendChild(F("option", { value: a }, a)), r.value = a ?? n[n.length - 1] ?? "", r.disabled = !n.length;
		}
	};
}
function yt(e) {
	let { store: t } = e, n = F("div", { class: "tbt-control" }), r = F("select", {
		class: "tbt-select",
		id: "tbt-class-select"
	});
	return n.append(pt("Class", "tbt-class-select"), r), r.addEventListener("change", () => E(r.value === "" ? null : Number(r.value), t)), {
		element: n,
		update: () => {
			let n = gt(e).find((e) => e.info?.class_names?.length)?.info?.class_names ?? [];
			L(r), r.appendChild(F("option", { value: "" }, "All classes")), n.forEach((e, t) => r.appendChild(F("option", { value: String(t) }, e)));
			let i = t.get().class;
			i !== null && i >= n.length && r.appendChild(F("option", { value: String(i) }, `class ${i}`)), r.value = i === null ? "" : String(i);
		}
	};
}
function bt(e) {
	let { store: t } = e, n = F("div", { class: "tbt-control tbt-compare" }), r = de("Compare runs", [{
		id: "overlay",
		label: "Overlay",
		title: "Draw every selected run on the same axes"
	}, {
		id: "difference",
		label: "Difference",
		title: "Draw every run minus the first selected run (the reference)"
	}], (e) => k(e, t));
	return n.append(F("span", { class: "tbt-control-label" }, "Compare"), r.element), {
		element: n,
		update: () => {
			n.hidden = t.get().runs.length < 2, r.set(t.get().compareMode);
		}
	};
}
function xt(e, t, n, r) {
	let i = De.find((e) => e.id === t), a = F("section", {
		class: "tbt-section",
		"data-section": t,
		"aria-labelledby": `tbt-section-${t}`
	});
	a.append(F("div", { class: "tbt-section-head" }, F("h2", {
		class: "tbt-section-title",
		id: `tbt-section-${t}`
	}, i.title), F("span", { class: "tbt-section-question" }, i.question)));
	let o = F("div", { class: "tbt-grid" });
	a.appendChild(o), e.appendChild(a);
	let s = [], c = () => {
		s.forEach((e) => e.destroy?.()), s = [], L(o);
		for (let e of Ne(t)) {
			let t = Ae({
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
	let l = Pe(() => {
		let e = Ne(t).map((e) => e.id).join(",");
		e !== o.dataset.panels && (o.dataset.panels = e, c());
	});
	return o.dataset.panels = Ne(t).map((e) => e.id).join(","), () => {
		l(), s.forEach((e) => e.destroy?.());
	};
}
function St(e, t) {
	let { store: n, data: r, loader: i } = t;
	try {
		performance.mark("tb-transfer:frame-start");
	} catch {}
	let a = F("div", { class: "tbt-app" }), o = F("header", { class: "tbt-header" }), s = F("div", { class: "tbt-brand" }, F("h1", { class: "tbt-title" }, "Transfer"), F("span", { class: "tbt-subtitle" }, "what fine-tuning transferred, and what it changed")), c = mt(t), l = _t(t), u = vt(t), d = yt(t), p = bt(t), m = F("div", { class: "tbt-controls" }, c.element, l.element, u.element, d.element, p.element), h = ht(t);
	o.append(F("div", { class: "tbt-header-row" }, s, m), h.element);
	let g = F("div", {
		class: "tbt-state",
		role: "status"
	}), _ = F("div", { class: "tbt-sections" }), v = F("main", { class: "tbt-main" }, g, _);
	a.append(o, v), e.appendChild(a);
	let y = (e) => f(e, n.get().theme), b = De.map((e) => xt(_, e.id, t, y)), x = () => {
		let e = r.get();
		if (L(g), a.dataset.state = e.status === "ready" ? e.runs.length ? "ready" : "empty" : e.status, e.status === "loading") g.append(F("div", { class: "tbt-state-card" }, F("span", {
			class: "tbt-spinner",
			"aria-hidden": "true"
		}), F("span", null, "Loading runs…")));
		else if (e.status === "error") {
			let t = F("button", {
				type: "button",
				class: "tbt-button"
			}, "Retry");
			t.addEventListener("click", () => void i.loadRuns()), g.append(F("div", {
				class: "tbt-state-card tbt-error-card",
				role: "alert"
			}, F("h2", null, "Could not load the Transfer data"), F("p", { class: "tbt-error-message" }, e.error ?? "unknown error"), t));
		} else e.runs.length || g.append(F("div", { class: "tbt-state-card tbt-empty-card" }, F("h2", null, "No transfer data yet"), F("p", null, "None of the runs in this log directory has tb-transfer records. Add the callback to your training loop:"), F("pre", { class: "tbt-snippet" }, F("code", null, dt.join("\n"))), F("p", { class: "tbt-muted" }, "Then point TensorBoard at the parent directory (tensorboard --logdir runs); new steps appear while training runs.")));
		let t = e.status === "ready" && e.runs.length > 0;
		_.hidden = !t, m.hidden = !t, h.element.hidden = !t;
	}, C = () => {
		c.update(), h.update(), l.update(), u.update(), d.update(), p.update();
	}, w = () => {};
	t.api.holdUntil(new Promise((e) => w = e), ut);
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
		i.ensureStatistics(n.get().runs).finally(() => lt(w));
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
function Ct(e) {
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
function wt(e) {
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
var Tt = "\n.tbt-ov-content { min-width: 0; }\n.tbt-ov-scroll { overflow-x: auto; overflow-y: hidden; max-width: 100%; padding-bottom: 2px; }\n.tbt-ov-network-scroll { overflow-y: auto; max-height: 720px; }\n.tbt-ov-row { position: relative; margin: 4px 0 14px; padding-top: 2px; }\n.tbt-ov-row + .tbt-ov-row { border-top: 1px solid var(--tbt-grid); padding-top: 10px; }\n.tbt-ov-chart-exports { position: absolute; right: 0; top: 6px; z-index: 2; opacity: .55; }\n.tbt-ov-row:hover .tbt-ov-chart-exports, .tbt-ov-chart-exports:focus-within { opacity: 1; }\n.tbt-ov-chart-exports .tbt-export { height: 20px; padding: 0 5px; font-size: 10px; background: var(--tbt-panel); }\n.tbt-ov-heatmap { outline: none; border-radius: 3px; }\n.tbt-ov-heatmap:focus-visible { box-shadow: 0 0 0 2px var(--tbt-accent); }\n.tbt-ov-canvas { image-rendering: pixelated; }\n.tbt-chart .tbt-ov-title { fill: var(--tbt-fg); font-size: 13px; font-weight: 500; cursor: help; }\n.tbt-chart .tbt-ov-run-name { fill: var(--tbt-fg); font-size: 12px; font-weight: 500; }\n.tbt-chart .tbt-ov-note { font-style: italic; }\n.tbt-chart .tbt-ov-tick { stroke: var(--tbt-axis); stroke-width: 1; }\n.tbt-ov-frame { stroke: var(--tbt-border); }\n.tbt-ov-cell { shape-rendering: crispEdges; }\n.tbt-ov-hl { fill: none; stroke: var(--tbt-select-edge); stroke-width: 1.5; pointer-events: none; }\n.tbt-ov-hl-cell { stroke-width: 2.5; }\n.tbt-ov-hover { fill: none; stroke: var(--tbt-accent); stroke-width: 1.5; pointer-events: none; }\n.tbt-ov-edge { stroke: var(--tbt-faint); stroke-width: 1.2; }\n.tbt-ov-skip { stroke-dasharray: 3 2; }\n.tbt-ov-node { outline: none; }\n.tbt-ov-node-frame { stroke: var(--tbt-axis); stroke-width: 1; }\n.tbt-ov-node:hover .tbt-ov-node-frame { stroke: var(--tbt-accent); stroke-width: 1.5; }\n.tbt-ov-node:focus-visible .tbt-ov-node-frame { stroke: var(--tbt-accent); stroke-width: 2.5; }\n.tbt-ov-node.tbt-selected .tbt-ov-node-frame { stroke: var(--tbt-select-edge); stroke-width: 2.5; }\n.tbt-chart .tbt-ov-node-label { fill: var(--tbt-fg); font-size: 11px; }\n.tbt-chart .tbt-ov-node.tbt-selected .tbt-ov-node-label { font-weight: 700; }\n.tbt-chart .tbt-ov-node-type { fill: var(--tbt-faint); font-size: 10px; }\n.tbt-ov-null-swatch { stroke: var(--tbt-border); stroke-width: .5; }\n.tbt-ov-compare, .tbt-ov-controls { display: flex; gap: 8px; align-items: center; }\n.tbt-ov-swap { height: 28px; font-size: 12px; }\n.tbt-ov-sub { margin: 0 0 6px; }\n.tbt-ov-profiles .tbt-line-series[data-series$=\":first\"] { color: var(--tbt-faint); }\n", Et = "\n:root {\n  --tbt-bg: #f5f6f8;\n  --tbt-panel: #ffffff;\n  --tbt-panel-2: #f8f9fa;\n  --tbt-border: #dfe2e6;\n  --tbt-fg: #202124;\n  --tbt-muted: #5f6368;\n  --tbt-faint: #9aa0a6;\n  --tbt-grid: #eceef1;\n  --tbt-axis: #80868b;\n  --tbt-accent: #e8710a;\n  --tbt-accent-soft: #fdf0e4;\n  --tbt-select: #fff3c4;\n  --tbt-select-edge: #202124;\n  --tbt-good: #1a7f4b;\n  --tbt-bad: #c5221f;\n  --tbt-error-bg: #fce8e6;\n  --tbt-error-fg: #a50e0e;\n  --tbt-code-bg: #f1f3f4;\n  --tbt-source: #d6604d;\n  --tbt-target: #4393c3;\n  --tbt-source-soft: #f4b6b2;\n  --tbt-target-soft: #92c5de;\n  --tbt-shadow: 0 1px 2px rgba(60, 64, 67, .12), 0 1px 3px rgba(60, 64, 67, .08);\n  --tbt-font: Roboto, \"Helvetica Neue\", Arial, \"Liberation Sans\", sans-serif;\n  --tbt-mono: \"Roboto Mono\", Menlo, Consolas, \"DejaVu Sans Mono\", monospace;\n  color-scheme: light;\n}\nhtml.tbt-dark {\n  --tbt-bg: #303030;\n  --tbt-panel: #3a3a3a;\n  --tbt-panel-2: #333333;\n  --tbt-border: #4d4d4d;\n  --tbt-fg: #e8eaed;\n  --tbt-muted: #b0b4b9;\n  --tbt-faint: #80868b;\n  --tbt-grid: #474747;\n  --tbt-axis: #9aa0a6;\n  --tbt-accent: #ff9f43;\n  --tbt-accent-soft: #4a3a2a;\n  --tbt-select: #5b4e1f;\n  --tbt-select-edge: #f5f5f5;\n  --tbt-good: #5fd39a;\n  --tbt-bad: #ff8a80;\n  --tbt-error-bg: #5c2b29;\n  --tbt-error-fg: #ffd6d2;\n  --tbt-code-bg: #2a2a2a;\n  --tbt-source: #ef8a62;\n  --tbt-target: #67a9cf;\n  --tbt-shadow: 0 1px 2px rgba(0, 0, 0, .35);\n  color-scheme: dark;\n}\nhtml, body { margin: 0; padding: 0; background: var(--tbt-bg); }\nbody { color: var(--tbt-fg); font: 13px/1.45 var(--tbt-font); -webkit-font-smoothing: antialiased; }\n.tbt-app { min-height: 100vh; color: var(--tbt-fg); }\n.tbt-app *, .tbt-app *::before, .tbt-app *::after { box-sizing: border-box; }\n.tbt-app button, .tbt-app input, .tbt-app select { font: inherit; color: inherit; }\n.tbt-app :focus-visible { outline: 2px solid var(--tbt-accent); outline-offset: 1px; }\n[hidden] { display: none !important; }\n\n/* header */\n.tbt-header { position: sticky; top: 0; z-index: 20; background: var(--tbt-panel); border-bottom: 1px solid var(--tbt-border);\n  padding: 10px 20px 8px; box-shadow: var(--tbt-shadow); }\n.tbt-header-row { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 12px 28px; }\n.tbt-brand { display: flex; flex-direction: column; min-width: 170px; }\n.tbt-title { margin: 0; font-size: 20px; font-weight: 500; letter-spacing: .2px; line-height: 1.2; }\n.tbt-subtitle { font-size: 12px; color: var(--tbt-muted); }\n.tbt-controls { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 10px 22px; flex: 1; }\n.tbt-control { display: flex; flex-direction: column; gap: 3px; position: relative; }\n.tbt-control.tbt-step { flex-direction: row; flex-wrap: wrap; align-items: center; column-gap: 8px; max-width: 440px; }\n.tbt-control.tbt-step .tbt-control-label { flex-basis: 100%; }\n.tbt-control-label { font-size: 11px; font-weight: 500; text-transform: uppercase; letter-spacing: .6px; color: var(--tbt-muted); }\n.tbt-select, .tbt-input, .tbt-runs-button { height: 30px; border: 1px solid var(--tbt-border); border-radius: 4px;\n  background: var(--tbt-panel); padding: 0 8px; min-width: 0; }\n.tbt-select { padding-right: 4px; max-width: 240px; }\n.tbt-select:hover, .tbt-input:hover, .tbt-runs-button:hover { border-color: var(--tbt-faint); }\n.tbt-runs-button { display: inline-flex; align-items: center; gap: 10px; min-width: 180px; max-width: 280px; cursor: pointer; justify-content: space-between; }\n.tbt-runs-button > span:first-child { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-caret { color: var(--tbt-muted); font-size: 11px; }\n.tbt-range { width: 190px; accent-color: var(--tbt-accent); }\n.tbt-step-number { width: 72px; }\n.tbt-step-unit { white-space: nowrap; }\n.tbt-toggle, .tbt-button, .tbt-segmented button, .tbt-export { height: 30px; border: 1px solid var(--tbt-border); border-radius: 4px;\n  background: var(--tbt-panel); padding: 0 10px; cursor: pointer; }\n.tbt-toggle[aria-pressed=\"true\"], .tbt-segmented button[aria-pressed=\"true\"] { background: var(--tbt-accent-soft);\n  border-color: var(--tbt-accent); color: var(--tbt-fg); font-weight: 500; }\n.tbt-segmented { display: inline-flex; }\n.tbt-segmented button { border-radius: 0; margin-left: -1px; height: 28px; font-size: 12px; }\n.tbt-segmented button:first-child { border-radius: 4px 0 0 4px; margin-left: 0; }\n.tbt-segmented button:last-child { border-radius: 0 4px 4px 0; }\n.tbt-link { border: 0; background: none; color: var(--tbt-accent); cursor: pointer; padding: 0 4px; white-space: nowrap; }\n.tbt-small { font-size: 11px; }\n.tbt-muted { color: var(--tbt-muted); }\n\n/* run popover */\n.tbt-popover { position: absolute; top: 100%; left: 0; z-index: 30; margin-top: 4px; width: 360px; max-width: 90vw; background: var(--tbt-panel);\n  border: 1px solid var(--tbt-border); border-radius: 6px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 8px; }\n.tbt-popover-head { display: flex; gap: 6px; align-items: center; margin-bottom: 6px; }\n.tbt-popover-head .tbt-input { flex: 1; }\n.tbt-run-list { max-height: 320px; overflow: auto; display: flex; flex-direction: column; }\n.tbt-run-row { display: flex; align-items: center; gap: 6px; padding: 4px 6px; border-radius: 4px; cursor: pointer; }\n.tbt-run-row:hover { background: var(--tbt-panel-2); }\n.tbt-run-row .tbt-run-name { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-run-steps { font-size: 11px; white-space: nowrap; }\n.tbt-error-badge { display: inline-flex; align-items: center; justify-content: center; width: 16px; height: 16px; border-radius: 50%;\n  background: var(--tbt-bad); color: #fff; font-size: 11px; font-weight: 700; flex: none; }\n.tbt-chips { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }\n.tbt-chips:empty { display: none; }\n.tbt-chip { display: inline-flex; align-items: center; gap: 4px; height: 24px; padding: 0 2px 0 6px; border: 1px solid var(--tbt-border);\n  border-left-width: 3px; border-radius: 12px; background: var(--tbt-panel-2); font-size: 12px; max-width: 280px; }\n.tbt-chip .tbt-run-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-chip .tbt-legend-swatch { width: 12px; }\n.tbt-chip-remove { border: 0; background: none; cursor: pointer; color: var(--tbt-muted); font-size: 15px; line-height: 1; width: 20px; height: 20px; border-radius: 50%; }\n.tbt-chip-remove:hover { background: var(--tbt-grid); color: var(--tbt-fg); }\n\n/* states */\n.tbt-main { padding: 16px 20px 40px; max-width: 1800px; margin: 0 auto; }\n.tbt-state:empty { display: none; }\n.tbt-state-card { background: var(--tbt-panel); border: 1px solid var(--tbt-border); border-radius: 8px; padding: 24px 28px; max-width: 820px;\n  margin: 32px auto; box-shadow: var(--tbt-shadow); display: flex; flex-direction: column; gap: 8px; align-items: flex-start; }\n.tbt-state-card h2 { margin: 0; font-size: 17px; font-weight: 500; }\n.tbt-state-card p { margin: 0; }\n.tbt-state-card > .tbt-spinner { align-self: flex-start; }\n.tbt-state-card:has(> .tbt-spinner) { flex-direction: row; align-items: center; }\n.tbt-error-card { border-color: var(--tbt-bad); }\n.tbt-snippet { margin: 6px 0; padding: 12px 14px; background: var(--tbt-code-bg); border-radius: 6px; font: 12.5px/1.55 var(--tbt-mono);\n  overflow-x: auto; width: 100%; white-space: pre; }\n.tbt-spinner { width: 16px; height: 16px; border: 2px solid var(--tbt-border); border-top-color: var(--tbt-accent); border-radius: 50%;\n  display: inline-block; animation: tbt-spin .8s linear infinite; flex: none; }\n@keyframes tbt-spin { to { transform: rotate(360deg); } }\n\n/* sections and panels */\n.tbt-section { margin-bottom: 26px; }\n.tbt-section-head { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; margin: 4px 2px 10px; }\n.tbt-section-title { margin: 0; font-size: 16px; font-weight: 500; }\n.tbt-section-question { color: var(--tbt-muted); font-size: 13px; }\n.tbt-grid { display: grid; grid-template-columns: repeat(12, minmax(0, 1fr)); gap: 14px; align-items: start; }\n.tbt-panel { background: var(--tbt-panel); border: 1px solid var(--tbt-border); border-radius: 8px; box-shadow: var(--tbt-shadow);\n  min-width: 0; display: flex; flex-direction: column; align-self: stretch; }\n.tbt-panel-header { display: flex; align-items: center; gap: 10px; padding: 10px 14px 6px; min-height: 42px; flex-wrap: wrap; }\n.tbt-panel-title { margin: 0; font-size: 14px; font-weight: 500; display: flex; align-items: center; gap: 6px; flex: 1; min-width: 140px; }\n.tbt-panel-controls { display: flex; gap: 8px; align-items: center; }\n.tbt-panel-controls .tbt-select { height: 28px; font-size: 12px; }\n.tbt-panel-exports { display: flex; gap: 4px; }\n.tbt-export { height: 24px; padding: 0 7px; font-size: 11px; color: var(--tbt-muted); background: transparent; }\n.tbt-export:hover { color: var(--tbt-fg); border-color: var(--tbt-faint); }\n.tbt-info { display: inline-flex; align-items: center; justify-content: center; width: 16px; height: 16px; border-radius: 50%;\n  border: 1px solid var(--tbt-faint); color: var(--tbt-muted); font-size: 10px; font-weight: 700; cursor: help; }\n.tbt-panel-body { padding: 4px 14px 12px; position: relative; min-width: 0; }\n.tbt-panel-message { padding: 18px 14px 22px; color: var(--tbt-muted); display: flex; gap: 8px; align-items: center; }\n.tbt-panel-message.tbt-error { color: var(--tbt-error-fg); }\n.tbt-note { margin: 6px 0; color: var(--tbt-muted); }\n.tbt-note.tbt-bad { color: var(--tbt-bad); }\n.tbt-caption { margin: 6px 0 0; color: var(--tbt-muted); font-size: 12px; }\n.tbt-figure { overflow: hidden; }\n.tbt-good { color: var(--tbt-good); }\n.tbt-bad { color: var(--tbt-bad); }\n\n/* run errors */\n.tbt-run-errors { display: flex; flex-direction: column; gap: 6px; }\n.tbt-run-errors:empty { display: none; }\n.tbt-run-error { background: var(--tbt-error-bg); color: var(--tbt-error-fg); border-radius: 6px; padding: 8px 12px; display: flex;\n  gap: 4px; align-items: baseline; flex-wrap: wrap; }\n.tbt-run-error-icon { margin-right: 4px; }\n.tbt-error-message { font-family: var(--tbt-mono); font-size: 12px; word-break: break-word; }\n\n/* summary cards */\n.tbt-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 10px; }\n.tbt-card { border: 1px solid var(--tbt-border); border-top: 3px solid; border-radius: 6px; padding: 8px 12px 10px; background: var(--tbt-panel-2); min-width: 0; }\n.tbt-run-title { display: flex; align-items: center; gap: 6px; font-weight: 500; min-width: 0; }\n.tbt-run-title .tbt-legend-swatch { width: 12px; flex: none; }\n.tbt-run-title .tbt-run-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-card-meta { color: var(--tbt-muted); font-size: 12px; margin-top: 2px; }\n.tbt-card-domains { font-size: 12px; margin-top: 2px; }\n.tbt-dom-source { color: var(--tbt-source); font-weight: 500; }\n.tbt-dom-target { color: var(--tbt-target); font-weight: 500; }\n.tbt-arrow { color: var(--tbt-muted); }\n.tbt-kpis { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 8px; margin-top: 8px; }\n.tbt-kpi { min-width: 0; }\n.tbt-kpi-label { font-size: 11px; color: var(--tbt-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }\n.tbt-kpi-value { font-size: 19px; font-weight: 500; font-variant-numeric: tabular-nums; line-height: 1.25; }\n.tbt-kpi-sub { font-size: 11px; color: var(--tbt-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }\n\n/* transferability headline */\n.tbt-headline { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0 0 4px; }\n.tbt-headline-item { display: flex; align-items: baseline; gap: 6px; min-width: 0; }\n.tbt-headline-item .tbt-legend-swatch { width: 12px; align-self: center; }\n.tbt-headline-value { font-size: 20px; font-weight: 500; font-variant-numeric: tabular-nums; }\n.tbt-headline-label { color: var(--tbt-muted); font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 160px; }\n\n/* legends */\n.tbt-legend-row { display: flex; flex-wrap: wrap; gap: 4px 18px; align-items: center; margin-bottom: 2px; }\n.tbt-legend { display: flex; flex-wrap: wrap; gap: 2px 4px; align-items: center; }\n.tbt-legend-item { display: inline-flex; align-items: center; gap: 5px; font-size: 12px; padding: 2px 6px; border-radius: 4px;\n  border: 0; background: none; color: var(--tbt-fg); max-width: 240px; }\nbutton.tbt-legend-item { cursor: pointer; }\nbutton.tbt-legend-item:hover { background: var(--tbt-panel-2); }\n.tbt-legend-item.tbt-off { opacity: .4; text-decoration: line-through; }\n.tbt-legend-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-legend-swatch { flex: none; overflow: visible; }\n\n/* charts */\n.tbt-chart { display: block; overflow: visible; font-family: var(--tbt-font); }\n.tbt-chart text { fill: var(--tbt-muted); font-size: 11px; font-family: var(--tbt-font); }\n.tbt-axis path, .tbt-axis line { stroke: var(--tbt-axis); }\n.tbt-axis text { fill: var(--tbt-muted); font-size: 11px; }\n.tbt-chart .tbt-axis-label { fill: var(--tbt-fg); font-size: 12px; font-weight: 500; }\n.tbt-gridlines line { stroke: var(--tbt-grid); stroke-width: 1; }\n.tbt-zero { stroke: var(--tbt-axis); stroke-width: 1; }\n.tbt-mark-x { stroke: var(--tbt-accent); stroke-width: 1.5; stroke-dasharray: 4 3; }\n.tbt-chart .tbt-mark-x-label { fill: var(--tbt-accent); font-size: 11px; font-weight: 500; }\n.tbt-hover-x { stroke: var(--tbt-faint); stroke-width: 1; pointer-events: none; }\n.tbt-refline { stroke-width: 1.5; }\n.tbt-chart .tbt-refline-label { font-size: 11px; font-weight: 500; }\n.tbt-highlight-band { fill: var(--tbt-select); opacity: .55; }\n.tbt-chart .tbt-legend-text { font-size: 11px; fill: var(--tbt-muted); }\n.tbt-legend-bar { stroke: var(--tbt-border); stroke-width: .5; }\n.tbt-color-legend { margin-top: 6px; }\n\n/* heat-map */\n.tbt-multiples { display: flex; flex-wrap: wrap; gap: 12px 18px; align-items: flex-start; }\n.tbt-multiple { min-width: 0; }\n.tbt-multiple .tbt-run-title { margin-bottom: 4px; font-size: 12px; }\n.tbt-heatmap { position: relative; }\n.tbt-heatmap > svg { position: absolute; left: 0; top: 0; }\n.tbt-heatmap-frame { fill: var(--tbt-panel-2); stroke: var(--tbt-border); }\n.tbt-heatmap-hl { fill: none; stroke: var(--tbt-select-edge); stroke-width: 2; pointer-events: none; }\n.tbt-bn-channels .tbt-bn-zero { stroke: var(--tbt-axis); stroke-width: .8; }\n.tbt-ws-row .tbt-run-title { font-size: 12px; color: var(--tbt-muted); }\n.tbt-heatmap-diag { fill: none; stroke: var(--tbt-fg); stroke-width: 1.2; stroke-dasharray: 2 2; pointer-events: none; }\n.tbt-chart .tbt-cell-label { font-size: 10px; fill: #1f2d3d; pointer-events: none; font-variant-numeric: tabular-nums; }\n.tbt-chart .tbt-cell-label.tbt-on-dark { fill: #ffffff; }\nhtml.tbt-dark .tbt-chart .tbt-cell-label { fill: #e8eaed; }\nhtml.tbt-dark .tbt-chart .tbt-cell-label.tbt-on-dark { fill: #10202e; }\n.tbt-chart .tbt-tick-selected { fill: var(--tbt-fg); font-weight: 700; }\n\n/* table */\n.tbt-table-scroll { max-height: 360px; overflow: auto; border: 1px solid var(--tbt-border); border-radius: 6px; }\n.tbt-table { width: 100%; border-collapse: collapse; font-size: 12.5px; font-variant-numeric: tabular-nums; }\n.tbt-table th { position: sticky; top: 0; background: var(--tbt-panel-2); z-index: 1; text-align: left; font-weight: 500;\n  border-bottom: 1px solid var(--tbt-border); padding: 0; white-space: nowrap; }\n.tbt-table th.tbt-num { text-align: right; }\n.tbt-sort { border: 0; background: none; padding: 7px 8px; width: 100%; text-align: inherit; cursor: pointer; font-weight: 500; color: var(--tbt-muted); }\n.tbt-sort:hover, .tbt-sort-active { color: var(--tbt-fg); }\n.tbt-sort-arrow { margin-left: 4px; font-size: 9px; color: var(--tbt-faint); }\n.tbt-sort-active .tbt-sort-arrow { color: var(--tbt-accent); }\n.tbt-table td { padding: 5px 8px; border-bottom: 1px solid var(--tbt-grid); vertical-align: middle; }\n.tbt-table td.tbt-num { text-align: right; white-space: nowrap; }\n.tbt-table tbody tr { cursor: pointer; }\n.tbt-table tbody tr:hover { background: var(--tbt-panel-2); }\n.tbt-table tbody tr.tbt-selected { background: var(--tbt-select); box-shadow: inset 3px 0 0 var(--tbt-select-edge); }\n.tbt-table tbody tr.tbt-selected td { font-weight: 500; }\n.tbt-class-name { font-weight: 500; }\n.tbt-bar-cell { position: relative; display: inline-block; min-width: 64px; padding: 0 2px; }\n.tbt-bar { position: absolute; left: 0; bottom: -2px; height: 3px; border-radius: 2px; opacity: .85; }\n.tbt-bar-source .tbt-bar { background: var(--tbt-source); }\n.tbt-bar-target .tbt-bar { background: var(--tbt-target); }\n.tbt-bar-value { position: relative; }\n.tbt-tag { display: inline-block; margin: 1px 4px 1px 0; padding: 0 6px; border-radius: 9px; background: var(--tbt-code-bg);\n  border: 1px solid var(--tbt-border); font-size: 11px; white-space: nowrap; }\n\n/* layers, failures */\n.tbt-leep { display: flex; flex-wrap: wrap; gap: 2px 18px; margin-top: 6px; font-size: 12px; }\n.tbt-leep-row { display: flex; gap: 6px; align-items: center; }\n.tbt-leep-row .tbt-legend-swatch { width: 12px; }\n.tbt-leep-label { font-weight: 500; }\n.tbt-failures { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-direction: column; gap: 6px; max-height: 260px; overflow: auto; }\n.tbt-failures li { display: flex; flex-direction: column; padding: 6px 8px; border-left: 3px solid var(--tbt-bad); background: var(--tbt-panel-2); border-radius: 0 4px 4px 0; }\n.tbt-failure-where { font-weight: 500; font-size: 12px; }\n.tbt-failure-error { font-family: var(--tbt-mono); font-size: 11.5px; color: var(--tbt-muted); word-break: break-word; }\n.tbt-details summary { cursor: pointer; color: var(--tbt-muted); margin-top: 6px; }\n\n/* tooltip */\n.tbt-tooltip { position: absolute; display: none; z-index: 40; pointer-events: none; background: var(--tbt-panel); color: var(--tbt-fg);\n  border: 1px solid var(--tbt-border); border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 6px 9px; font-size: 12px;\n  max-width: 360px; }\n.tbt-tooltip-title { font-weight: 500; margin-bottom: 3px; }\n.tbt-tooltip-row { display: flex; align-items: center; gap: 6px; white-space: nowrap; }\n.tbt-tooltip-row.tbt-muted { color: var(--tbt-muted); }\n.tbt-swatch { display: inline-block; width: 16px; border-top: 2.5px solid; flex: none; }\n.tbt-tooltip-label { overflow: hidden; text-overflow: ellipsis; flex: 1; }\n.tbt-tooltip-value { font-variant-numeric: tabular-nums; font-weight: 500; margin-left: 10px; }\n\n@media (max-width: 1100px) {\n  .tbt-grid > .tbt-panel, .tbt-grid > .tbt-run-errors { grid-column: 1 / -1 !important; }\n}\n", Dt = null;
function Ot(e = document) {
	Dt && Dt.ownerDocument === e && Dt.isConnected || (Dt = e.createElement("style"), Dt.setAttribute("data-tb-transfer", ""), Dt.textContent = Et + Tt, e.head.appendChild(Dt));
}
// src/findings/format.ts
function kt(e) {
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
function At(e) {
	let t = (t) => e.filter(t).length, n = [], r = (e, t, r) => {
		e && n.push(`${e} ${e === 1 ? t : r}`);
	};
	return r(t((e) => e.status === "found" && e.severity === "problem"), "problem", "problems"), r(t((e) => e.status === "found" && e.severity === "warning"), "warning", "warnings"), r(t((e) => e.status === "found" && e.severity === "note"), "note", "notes"), r(t((e) => e.status === "undecided"), "undecided", "undecided"), n.length ? n.join(" · ") : "nothing found";
}
// src/findings/link.ts
function jt(e, t, n) {
	let r = t.get(), i = {};
	r.runs.includes(e.run) || (i.runs = [...r.runs, e.run]), j(n, r.step) !== e.step && (i.step = e.step), e.layer !== null && e.layer !== r.layer && (i.layer = e.layer), e.class !== null && e.class !== r.class && (i.class = e.class), Object.keys(i).length && t.set(i);
}
function Mt(e, t = document) {
	let n = (e, n) => [...t.querySelectorAll(`[${e}]`)].find((t) => t.getAttribute(e) === n) ?? null;
	return (e.panel ? n("data-panel", e.panel) : null) ?? n("data-section", e.section);
}
function Nt(e, t = document) {
	let n = Mt(e, t);
	if (!n) return null;
	let r = t.querySelector?.(".tbt-header");
	return n.style.scrollMarginTop = `${(r?.offsetHeight ?? 0) + 8}px`, n.scrollIntoView({
		block: "start",
		behavior: "auto"
	}), n.classList.remove("tbt-evidence"), n.offsetWidth, n.classList.add("tbt-evidence"), n.dataset.evidenceFor = e.run, n;
}
// src/findings/index.ts
var Pt = {
	problem: "Problem",
	warning: "Warning",
	note: "Note"
}, Ft = "\n.tbt-findings { display: flex; flex-direction: column; gap: 14px; }\n.tbt-findings-run-head { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; font-size: 13px; font-weight: 500; }\n.tbt-findings-run-head .tbt-run-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 50%; }\n.tbt-findings-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }\n.tbt-finding { display: grid; grid-template-columns: 88px 1fr auto; gap: 4px 12px; align-items: start; padding: 7px 10px;\n  border: 1px solid var(--tbt-border); border-left: 4px solid var(--tbt-sev); border-radius: 4px; background: var(--tbt-panel-2); }\n.tbt-finding { --tbt-sev: var(--tbt-faint); }\n.tbt-finding.tbt-sev-problem { --tbt-sev: var(--tbt-bad); }\n.tbt-finding.tbt-sev-warning { --tbt-sev: #b06000; }\nhtml.tbt-dark .tbt-finding.tbt-sev-warning { --tbt-sev: #fdd663; }\n.tbt-finding.tbt-sev-note { --tbt-sev: var(--tbt-target); }\n.tbt-finding.tbt-undecided { --tbt-sev: var(--tbt-faint); border-left-style: dashed; }\n.tbt-finding-badge { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .5px; color: var(--tbt-sev); padding-top: 1px; }\n.tbt-finding.tbt-undecided .tbt-finding-badge { color: var(--tbt-muted); }\n.tbt-finding-sentence { margin: 0; }\n.tbt-finding-numbers { margin: 2px 0 0; font-size: 12px; color: var(--tbt-fg); font-variant-numeric: tabular-nums; }\n.tbt-finding-numbers .tbt-num-label { color: var(--tbt-muted); }\n.tbt-finding-rule { margin: 2px 0 0; font-size: 11px; color: var(--tbt-muted); }\n.tbt-finding-link { align-self: center; height: 26px; border: 1px solid var(--tbt-border); border-radius: 4px; background: var(--tbt-panel);\n  color: var(--tbt-accent); padding: 0 10px; cursor: pointer; white-space: nowrap; font-size: 12px; }\n.tbt-finding-link:hover { border-color: var(--tbt-accent); }\n.tbt-findings-clear { margin-top: 6px; font-size: 12px; color: var(--tbt-muted); }\n.tbt-findings-clear summary { cursor: pointer; }\n.tbt-findings-clear ul { margin: 4px 0 0; padding-left: 18px; }\n.tbt-findings-clear .tbt-clear-title { color: var(--tbt-fg); }\n.tbt-findings-compared h4 { margin: 0 0 6px; font-size: 13px; font-weight: 500; }\n@keyframes tbt-evidence-flash { from { box-shadow: 0 0 0 3px var(--tbt-accent); } to { box-shadow: 0 0 0 3px transparent; } }\n.tbt-evidence { animation: tbt-evidence-flash 1.6s ease-out 1; }\n";
function It(e) {
	if (e.querySelector("style[data-tb-transfer-findings]")) return;
	let t = e.createElement("style");
	t.setAttribute("data-tb-transfer-findings", ""), t.textContent = Ft, e.head.appendChild(t);
}
function Lt(e, t) {
	let n = e.status === "undecided", r = F("li", {
		class: `tbt-finding tbt-sev-${e.severity}${n ? " tbt-undecided" : ""}`,
		"data-rule": e.rule,
		"data-status": e.status,
		"data-severity": e.severity
	}), i = F("span", { class: "tbt-finding-badge" }, n ? "Undecided" : Pt[e.severity]), a = F("div", { class: "tbt-finding-main" }, F("p", { class: "tbt-finding-sentence" }, e.sentence));
	if (e.numbers.length) {
		let t = F("p", { class: "tbt-finding-numbers" });
		e.numbers.forEach((e, n) => {
			n && t.append(" · "), t.append(F("span", { class: "tbt-num-label" }, `${e.label} `), F("span", { class: "tbt-num" }, kt(e)));
		}), a.append(t);
	}
	if (a.append(F("p", { class: "tbt-finding-rule" }, `Rule: ${e.title} — ${e.threshold}.`)), r.append(i, a), e.link) {
		let n = [e.link.layer ? `layer ${e.link.layer}` : "", e.link.class === null ? "" : `class ${e.link.class}`].filter(Boolean).join(", "), i = F("button", {
			type: "button",
			class: "tbt-finding-link",
			title: `Select ${e.link.run} at step ${e.link.step}${n ? `, ${n}` : ""} and show the evidence`
		}, "Show evidence ›");
		i.addEventListener("click", () => t(e)), r.append(i);
	}
	return r;
}
function Rt(e, t, n) {
	let r = F("div", {
		class: "tbt-findings-run",
		"data-run-step": e.step ?? ""
	});
	if (r.dataset.run = e.run, e.error) return r.append(F("h4", { class: "tbt-findings-run-head" }, fe({
		color: t,
		marker: "square",
		markerOnly: !0
	}), F("span", { class: "tbt-run-name" }, e.run)), F("p", { class: "tbt-error-message" }, `No findings: ${e.error}`)), r;
	let i = e.findings.filter((e) => e.status !== "clear"), a = e.findings.filter((e) => e.status === "clear");
	if (r.append(F("h4", { class: "tbt-findings-run-head" }, fe({
		color: t,
		marker: "square",
		markerOnly: !0
	}), F("span", { class: "tbt-run-name" }, e.run), F("span", { class: "tbt-muted" }, `at step ${e.step} — ${At(e.findings)}`))), i.length && r.append(F("ul", { class: "tbt-findings-list" }, i.map((e) => Lt(e, n)))), a.length) {
		let e = F("details", { class: "tbt-findings-clear" });
		e.append(F("summary", null, `${a.length} rule${a.length === 1 ? "" : "s"} checked with nothing found`), F("ul", null, a.map((e) => F("li", null, F("span", { class: "tbt-clear-title" }, `${e.title}: `), e.sentence)))), r.append(e);
	}
	return r;
}
function zt(t) {
	let { panel: n, store: r, data: i, api: a } = t;
	It(n.root.ownerDocument);
	let o = 0, s = null, c = null, l = () => {}, u = (e) => {
		if (!e.link) return;
		let t = e.link, a = i.get().runs.find((e) => e.run === t.run)?.steps ?? [];
		jt(t, r, a);
		let o = n.root.ownerDocument;
		requestAnimationFrame(() => requestAnimationFrame(() => Nt(t, o))), l();
		let s = i.subscribe((e) => e.stats, () => requestAnimationFrame(() => Nt(t, o))), c = o.defaultView, u = () => l(), d = setTimeout(u, 4e3);
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
		L(n.body);
		let r = F("div", { class: "tbt-findings" });
		for (let n of e.runs) r.append(Rt(n, t.runColor(n.run), u));
		let i = e.compared.filter((e) => e.status !== "clear");
		i.length && r.append(F("div", { class: "tbt-findings-compared" }, F("h4", null, "Runs compared"), F("ul", { class: "tbt-findings-list" }, i.map((e) => Lt(e, u))))), n.body.append(r), n.setState("ready"), n.root.dataset.rendered = "true";
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
function Bt() {
	R({
		id: "findings",
		section: "findings",
		title: "Findings",
		info: "What went wrong in this transfer, for each selected run at the selected step: one sentence per finding, with the numbers behind it and the rule and threshold it applies (docs/findings.md). Undecided: a record the rule needs is missing. Show evidence selects the run, step, layer and class and scrolls to the view with the evidence.",
		span: 12,
		order: 0,
		mount: (e) => zt(e)
	});
}
Bt();
// src/statistics/level.ts
var Vt = "tb-transfer:stat-rendered", Ht = 2e3, Ut = "Transferability score at step t: accuracy of the current model on the target validation set (the target probe when there is no validation set) minus the accuracy of the pretrained model on the same data (direct reuse; step 0's performance). Positive: fine-tuning gained over reusing the pretrained model as it was. Undefined (gap) when the label spaces differ and no source head maps them.", Wt = {
	source: "source data",
	target: "target train",
	target_val: "target val"
};
function Gt(e, t) {
	let n = s[t];
	return e === "source" ? n.source : e === "target" ? n.target : n.targetDeep;
}
function Kt(e, t) {
	return F("div", { class: "tbt-run-title" }, fe({
		color: t,
		markerOnly: !0,
		marker: "square"
	}), F("span", { class: "tbt-run-name" }, e));
}
function qt(e, t) {
	return pe(e.runs.map((e) => ({
		id: e.run,
		label: e.run === t ? `${e.run} (reference)` : e.run,
		color: e.color,
		marker: "square",
		markerOnly: !0
	})), void 0, "Runs");
}
var Jt = (e) => [
	e.runs,
	e.step,
	e.class,
	e.layer,
	e.compareMode,
	e.theme
], Yt = class {
	constructor(e, t) {
		this.grid = e, this.ctx = t, this.members = /* @__PURE__ */ new Map(), this.reports = /* @__PURE__ */ new Map(), this.view = null, this.drew = !1, this.t0 = 0, this.everRendered = !1, this.partialExpired = !1, this.partialTimer = null, this.marked = !1, e.dataset.panel = "statistics", e.dataset.rendered = "false", this.errorsBox = F("div", {
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
			}, Ht)), this.report(e.id, !t.loading.length), !1;
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
				performance.mark(Vt);
			} catch {}
		}
	}
	renderErrors(e) {
		let t = this.errorsBox;
		L(t), t.hidden = !e.errors.length;
		for (let n of e.errors) t.appendChild(F("div", {
			class: "tbt-run-error",
			"data-run-error": ""
		}, F("span", {
			class: "tbt-run-error-icon",
			"aria-hidden": "true"
		}, "⚠"), F("span", null, "Run "), F("strong", { class: "tbt-run-name" }, n.run), F("span", null, " could not be read: "), F("span", { class: "tbt-error-message" }, n.error)));
	}
}, Xt = /* @__PURE__ */ new WeakMap();
function Zt(e, t) {
	let n = Xt.get(e.grid);
	n || (n = new Yt(e.grid, e), Xt.set(e.grid, n));
	let r = n, i = null, a = B(e, (n, a) => {
		if (!r.gate(e.panel, n)) {
			i = null;
			return;
		}
		let o = Math.max(260, Math.round(a));
		try {
			t.controls?.(n);
			let e = `${it(n)}|${t.key(n, o)}`;
			e === i ? t.same?.(n) : (i = e, t.draw(n, o));
		} catch (e) {
			throw i = null, e;
		} finally {
			r.report(e.panel.id, n.loading.length === 0);
		}
	}, {
		watch: Jt,
		slack: 4
	});
	return r.join(e.panel.id, a.schedule), {
		schedule: a.schedule,
		destroy() {
			a.destroy(), r.leave(e.panel.id) && Xt.delete(e.grid);
		}
	};
}
// src/statistics/glance.ts
function Qt(e, t, n, r, i) {
	return F("div", {
		class: "tbt-kpi",
		title: r
	}, F("div", { class: "tbt-kpi-label" }, e), F("div", { class: `tbt-kpi-value ${n}`.trim() }, t), i ? F("div", { class: "tbt-kpi-sub" }, i) : null);
}
function $t(e) {
	let t = F("div", { class: "tbt-cards" });
	for (let n of e.runs) {
		let e = n.info, r = ze(n.stats), i = r?.split ?? "target_val", a = n.t >= 0 ? Ie(n.stats, i, "accuracy")[n.t]?.y ?? null : null, o = Ie(n.stats, "source", "accuracy"), s = n.t >= 0 ? o[n.t]?.y ?? null : null, c = o[0]?.y ?? null, l = n.t >= 0 ? Re(n.stats)[n.t]?.y ?? null : null, u = e?.domain_names ?? {}, d = e?.probe, f = F("article", {
			class: "tbt-card",
			"data-run": ""
		}, Kt(n.run, n.color), F("div", { class: "tbt-card-meta" }, `${e?.model ?? "model"} · ${n.stats.class_names.length} classes · ${n.stats.layer_stats.layers.length} layers · step ${n.step ?? "–"} of ${n.stats.steps[n.stats.steps.length - 1] ?? "–"}`), F("div", { class: "tbt-card-domains" }, F("span", { class: "tbt-dom tbt-dom-source" }, `${u.source ?? "source"}${d ? ` (${d.source})` : ""}`), F("span", {
			class: "tbt-arrow",
			"aria-hidden": "true"
		}, " → "), F("span", { class: "tbt-dom tbt-dom-target" }, `${u.target ?? "target"}${d ? ` (${d.target})` : ""}`)), F("div", { class: "tbt-kpis" }, Qt("Transferability", Xe(l), l === null ? "" : l >= 0 ? "tbt-good" : "tbt-bad", Ut), Qt(i === "target_val" ? "Target val acc." : "Target acc.", Ye(a), "", `Accuracy of the model at step ${n.step ?? "–"} on ${Wt[i]}; direct reuse of the pretrained model: ${Ye(r?.value ?? null)}`, r ? `reuse ${Ye(r.value)}` : void 0), Qt("Source acc.", Ye(s), s !== null && c !== null && s < c - .05 ? "tbt-bad" : "", "Accuracy on the source probe: a drop from the pretrained model's means forgetting.", c === null ? void 0 : `pretrained ${Ye(c)}`)));
		f.style.borderTopColor = n.color, t.appendChild(f);
	}
	return t;
}
R({
	id: "stat-summary",
	section: "statistical",
	title: "Runs at a glance",
	span: 12,
	order: 10,
	mount(e) {
		return Zt(e, {
			key: () => "",
			draw(t) {
				L(e.panel.body), e.panel.body.appendChild($t(t));
			}
		});
	}
});
// node_modules/d3-array/dist/d3-array.mjs
function en(e, t) {
	return e == null || t == null ? NaN : e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function tn(e, t) {
	return e == null || t == null ? NaN : t < e ? -1 : t > e ? 1 : t >= e ? 0 : NaN;
}
function nn(e) {
	let t, n, r;
	e.length === 2 ? (t = e === en || e === tn ? e : rn, n = e, r = e) : (t = en, n = (t, n) => en(e(t), n), r = (t, n) => e(t) - n);
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
function rn() {
	return 0;
}
function an(e) {
	return e === null ? NaN : +e;
}
var on = nn(en), sn = on.right;
on.left;
var cn = nn(an).center, ln = class extends Map {
	constructor(e, t = pn) {
		if (super(), Object.defineProperties(this, {
			_intern: { value: /* @__PURE__ */ new Map() },
			_key: { value: t }
		}), e != null) for (let [t, n] of e) this.set(t, n);
	}
	get(e) {
		return super.get(un(this, e));
	}
	has(e) {
		return super.has(un(this, e));
	}
	set(e, t) {
		return super.set(dn(this, e), t);
	}
	delete(e) {
		return super.delete(fn(this, e));
	}
};
function un({ _intern: e, _key: t }, n) {
	let r = t(n);
	return e.has(r) ? e.get(r) : n;
}
function dn({ _intern: e, _key: t }, n) {
	let r = t(n);
	return e.has(r) ? e.get(r) : (e.set(r, n), n);
}
function fn({ _intern: e, _key: t }, n) {
	let r = t(n);
	return e.has(r) && (n = e.get(r), e.delete(r)), n;
}
function pn(e) {
	return typeof e == "object" && e ? e.valueOf() : e;
}
Array.prototype.slice;
var mn = Math.sqrt(50), hn = Math.sqrt(10), gn = Math.sqrt(2);
function _n(e, t, n) {
	let r = (t - e) / Math.max(0, n), i = Math.floor(Math.log10(r)), a = r / 10 ** i, o = a >= mn ? 10 : a >= hn ? 5 : a >= gn ? 2 : 1, s, c, l;
	return i < 0 ? (l = 10 ** -i / o, s = Math.round(e * l), c = Math.round(t * l), s / l < e && ++s, c / l > t && --c, l = -l) : (l = 10 ** i * o, s = Math.round(e / l), c = Math.round(t / l), s * l < e && ++s, c * l > t && --c), c < s && .5 <= n && n < 2 ? _n(e, t, n * 2) : [
		s,
		c,
		l
	];
}
function vn(e, t, n) {
	if (t = +t, e = +e, n = +n, !(n > 0)) return [];
	if (e === t) return [e];
	let r = t < e, [i, a, o] = r ? _n(t, e, n) : _n(e, t, n);
	if (!(a >= i)) return [];
	let s = a - i + 1, c = Array(s);
	if (r) {
		if (o < 0) for (let e = 0; e < s; ++e) c[e] = (a - e) / -o;
		else for (let e = 0; e < s; ++e) c[e] = (a - e) * o;
	} else if (o < 0) for (let e = 0; e < s; ++e) c[e] = (i + e) / -o;
	else for (let e = 0; e < s; ++e) c[e] = (i + e) * o;
	return c;
}
function yn(e, t, n) {
	return t = +t, e = +e, n = +n, _n(e, t, n)[2];
}
function bn(e, t, n) {
	t = +t, e = +e, n = +n;
	let r = t < e, i = r ? yn(t, e, n) : yn(e, t, n);
	return (r ? -1 : 1) * (i < 0 ? 1 / -i : i);
}
function xn(e, t) {
	let n;
	if (t === void 0) for (let t of e) t != null && (n < t || n === void 0 && t >= t) && (n = t);
	else {
		let r = -1;
		for (let i of e) (i = t(i, ++r, e)) != null && (n < i || n === void 0 && i >= i) && (n = i);
	}
	return n;
}
function Sn(e, t, n = an) {
	if ((r = e.length) && !isNaN(t = +t)) {
		if (t <= 0 || r < 2) return +n(e[0], 0, e);
		if (t >= 1) return +n(e[r - 1], r - 1, e);
		var r, i = (r - 1) * t, a = Math.floor(i), o = +n(e[a], a, e);
		return o + (+n(e[a + 1], a + 1, e) - o) * (i - a);
	}
}
function Cn(e, t, n) {
	e = +e, t = +t, n = (i = arguments.length) < 2 ? (t = e, e = 0, 1) : i < 3 ? 1 : +n;
	for (var r = -1, i = Math.max(0, Math.ceil((t - e) / n)) | 0, a = Array(i); ++r < i;) a[r] = e + r * n;
	return a;
}
// node_modules/d3-axis/dist/d3-axis.mjs
function wn(e) {
	return e;
}
var Tn = 1, En = 2, Dn = 3, On = 4, kn = 1e-6;
function An(e) {
	return "translate(" + e + ",0)";
}
function jn(e) {
	return "translate(0," + e + ")";
}
function Mn(e) {
	return (t) => +e(t);
}
function Nn(e, t) {
	return t = Math.max(0, e.bandwidth() - t * 2) / 2, e.round() && (t = Math.round(t)), (n) => +e(n) + t;
}
function Pn() {
	return !this.__axis;
}
function Fn(e, t) {
	var n = [], r = null, i = null, a = 6, o = 6, s = 3, c = typeof window < "u" && window.devicePixelRatio > 1 ? 0 : .5, l = e === Tn || e === On ? -1 : 1, u = e === On || e === En ? "x" : "y", d = e === Tn || e === Dn ? An : jn;
	function f(f) {
		var p = r ?? (t.ticks ? t.ticks.apply(t, n) : t.domain()), m = i ?? (t.tickFormat ? t.tickFormat.apply(t, n) : wn), h = Math.max(a, 0) + s, g = t.range(), _ = +g[0] + c, v = +g[g.length - 1] + c, y = (t.bandwidth ? Nn : Mn)(t.copy(), c), b = f.selection ? f.selection() : f, x = b.selectAll(".domain").data([null]), S = b.selectAll(".tick").data(p, t).order(), C = S.exit(), w = S.enter().append("g").attr("class", "tick"), T = S.select("line"), E = S.select("text");
		x = x.merge(x.enter().insert("path", ".tick").attr("class", "domain").attr("stroke", "currentColor")), S = S.merge(w), T = T.merge(w.append("line").attr("stroke", "currentColor").attr(u + "2", l * a)), E = E.merge(w.append("text").attr("fill", "currentColor").attr(u, l * h).attr("dy", e === Tn ? "0em" : e === Dn ? "0.71em" : "0.32em")), f !== b && (x = x.transition(f), S = S.transition(f), T = T.transition(f), E = E.transition(f), C = C.transition(f).attr("opacity", kn).attr("transform", function(e) {
			return isFinite(e = y(e)) ? d(e + c) : this.getAttribute("transform");
		}), w.attr("opacity", kn).attr("transform", function(e) {
			var t = this.parentNode.__axis;
			return d((t && isFinite(t = t(e)) ? t : y(e)) + c);
		})), C.remove(), x.attr("d", e === On || e === En ? o ? "M" + l * o + "," + _ + "H" + c + "V" + v + "H" + l * o : "M" + c + "," + _ + "V" + v : o ? "M" + _ + "," + l * o + "V" + c + "H" + v + "V" + l * o : "M" + _ + "," + c + "H" + v), S.attr("opacity", 1).attr("transform", function(e) {
			return d(y(e) + c);
		}), T.attr(u + "2", l * a), E.attr(u, l * h).text(m), b.filter(Pn).attr("fill", "none").attr("font-size", 10).attr("font-family", "sans-serif").attr("text-anchor", e === En ? "start" : e === On ? "end" : "middle"), b.each(function() {
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
function In(e) {
	return Fn(En, e);
}
function Ln(e) {
	return Fn(Dn, e);
}
function Rn(e) {
	return Fn(On, e);
}
// node_modules/d3-dispatch/dist/d3-dispatch.mjs
var zn = { value: () => {} };
function Bn() {
	for (var e = 0, t = arguments.length, n = {}, r; e < t; ++e) {
		if (!(r = arguments[e] + "") || r in n || /[\s.]/.test(r)) throw Error("illegal type: " + r);
		n[r] = [];
	}
	return new Vn(n);
}
function Vn(e) {
	this._ = e;
}
function Hn(e, t) {
	return e.trim().split(/^|\s+/).map(function(e) {
		var n = "", r = e.indexOf(".");
		if (r >= 0 && (n = e.slice(r + 1), e = e.slice(0, r)), e && !t.hasOwnProperty(e)) throw Error("unknown type: " + e);
		return {
			type: e,
			name: n
		};
	});
}
Vn.prototype = Bn.prototype = {
	constructor: Vn,
	on: function(e, t) {
		var n = this._, r = Hn(e + "", n), i, a = -1, o = r.length;
		if (arguments.length < 2) {
			for (; ++a < o;) if ((i = (e = r[a]).type) && (i = Un(n[i], e.name))) return i;
		} else {
			if (t != null && typeof t != "function") throw Error("invalid callback: " + t);
			for (; ++a < o;) if (i = (e = r[a]).type) n[i] = Wn(n[i], e.name, t);
			else if (t == null) for (i in n) n[i] = Wn(n[i], e.name, null);
			return this;
		}
	},
	copy: function() {
		var e = {}, t = this._;
		for (var n in t) e[n] = t[n].slice();
		return new Vn(e);
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
function Un(e, t) {
	for (var n = 0, r = e.length, i; n < r; ++n) if ((i = e[n]).name === t) return i.value;
}
function Wn(e, t, n) {
	for (var r = 0, i = e.length; r < i; ++r) if (e[r].name === t) {
		e[r] = zn, e = e.slice(0, r).concat(e.slice(r + 1));
		break;
	}
	return n != null && e.push({
		name: t,
		value: n
	}), e;
}
// node_modules/d3-selection/dist/d3-selection.mjs
var Gn = "http://www.w3.org/1999/xhtml", Kn = {
	svg: "http://www.w3.org/2000/svg",
	xhtml: Gn,
	xlink: "http://www.w3.org/1999/xlink",
	xml: "http://www.w3.org/XML/1998/namespace",
	xmlns: "http://www.w3.org/2000/xmlns/"
};
function qn(e) {
	var t = e += "", n = t.indexOf(":");
	return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Kn.hasOwnProperty(t) ? {
		space: Kn[t],
		local: e
	} : e;
}
function Jn(e) {
	return function() {
		var t = this.ownerDocument, n = this.namespaceURI;
		return n === Gn && t.documentElement.namespaceURI === Gn ? t.createElement(e) : t.createElementNS(n, e);
	};
}
function Yn(e) {
	return function() {
		return this.ownerDocument.createElementNS(e.space, e.local);
	};
}
function Xn(e) {
	var t = qn(e);
	return (t.local ? Yn : Jn)(t);
}
function Zn() {}
function Qn(e) {
	return e == null ? Zn : function() {
		return this.querySelector(e);
	};
}
function $n(e) {
	typeof e != "function" && (e = Qn(e));
	for (var t = this._groups, n = t.length, r = Array(n), i = 0; i < n; ++i) for (var a = t[i], o = a.length, s = r[i] = Array(o), c, l, u = 0; u < o; ++u) (c = a[u]) && (l = e.call(c, c.__data__, u, a)) && ("__data__" in c && (l.__data__ = c.__data__), s[u] = l);
	return new Vi(r, this._parents);
}
function er(e) {
	return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function tr() {
	return [];
}
function nr(e) {
	return e == null ? tr : function() {
		return this.querySelectorAll(e);
	};
}
function rr(e) {
	return function() {
		return er(e.apply(this, arguments));
	};
}
function ir(e) {
	e = typeof e == "function" ? rr(e) : nr(e);
	for (var t = this._groups, n = t.length, r = [], i = [], a = 0; a < n; ++a) for (var o = t[a], s = o.length, c, l = 0; l < s; ++l) (c = o[l]) && (r.push(e.call(c, c.__data__, l, o)), i.push(c));
	return new Vi(r, i);
}
function ar(e) {
	return function() {
		return this.matches(e);
	};
}
function or(e) {
	return function(t) {
		return t.matches(e);
	};
}
var sr = Array.prototype.find;
function cr(e) {
	return function() {
		return sr.call(this.children, e);
	};
}
function lr() {
	return this.firstElementChild;
}
function ur(e) {
	return this.select(e == null ? lr : cr(typeof e == "function" ? e : or(e)));
}
var dr = Array.prototype.filter;
function fr() {
	return Array.from(this.children);
}
function pr(e) {
	return function() {
		return dr.call(this.children, e);
	};
}
function mr(e) {
	return this.selectAll(e == null ? fr : pr(typeof e == "function" ? e : or(e)));
}
function hr(e) {
	typeof e != "function" && (e = ar(e));
	for (var t = this._groups, n = t.length, r = Array(n), i = 0; i < n; ++i) for (var a = t[i], o = a.length, s = r[i] = [], c, l = 0; l < o; ++l) (c = a[l]) && e.call(c, c.__data__, l, a) && s.push(c);
	return new Vi(r, this._parents);
}
function gr(e) {
	return Array(e.length);
}
function _r() {
	return new Vi(this._enter || this._groups.map(gr), this._parents);
}
function vr(e, t) {
	this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
vr.prototype = {
	constructor: vr,
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
function yr(e) {
	return function() {
		return e;
	};
}
function br(e, t, n, r, i, a) {
	for (var o = 0, s, c = t.length, l = a.length; o < l; ++o) (s = t[o]) ? (s.__data__ = a[o], r[o] = s) : n[o] = new vr(e, a[o]);
	for (; o < c; ++o) (s = t[o]) && (i[o] = s);
}
function xr(e, t, n, r, i, a, o) {
	var s, c, l = /* @__PURE__ */ new Map(), u = t.length, d = a.length, f = Array(u), p;
	for (s = 0; s < u; ++s) (c = t[s]) && (f[s] = p = o.call(c, c.__data__, s, t) + "", l.has(p) ? i[s] = c : l.set(p, c));
	for (s = 0; s < d; ++s) p = o.call(e, a[s], s, a) + "", (c = l.get(p)) ? (r[s] = c, c.__data__ = a[s], l.delete(p)) : n[s] = new vr(e, a[s]);
	for (s = 0; s < u; ++s) (c = t[s]) && l.get(f[s]) === c && (i[s] = c);
}
function Sr(e) {
	return e.__data__;
}
function Cr(e, t) {
	if (!arguments.length) return Array.from(this, Sr);
	var n = t ? xr : br, r = this._parents, i = this._groups;
	typeof e != "function" && (e = yr(e));
	for (var a = i.length, o = Array(a), s = Array(a), c = Array(a), l = 0; l < a; ++l) {
		var u = r[l], d = i[l], f = d.length, p = wr(e.call(u, u && u.__data__, l, r)), m = p.length, h = s[l] = Array(m), g = o[l] = Array(m);
		n(u, d, h, g, c[l] = Array(f), p, t);
		for (var _ = 0, v = 0, y, b; _ < m; ++_) if (y = h[_]) {
			for (_ >= v && (v = _ + 1); !(b = g[v]) && ++v < m;);
			y._next = b || null;
		}
	}
	return o = new Vi(o, r), o._enter = s, o._exit = c, o;
}
function wr(e) {
	return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Tr() {
	return new Vi(this._exit || this._groups.map(gr), this._parents);
}
function Er(e, t, n) {
	var r = this.enter(), i = this, a = this.exit();
	return typeof e == "function" ? (r = e(r), r && (r = r.selection())) : r = r.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? a.remove() : n(a), r && i ? r.merge(i).order() : i;
}
function Dr(e) {
	for (var t = e.selection ? e.selection() : e, n = this._groups, r = t._groups, i = n.length, a = r.length, o = Math.min(i, a), s = Array(i), c = 0; c < o; ++c) for (var l = n[c], u = r[c], d = l.length, f = s[c] = Array(d), p, m = 0; m < d; ++m) (p = l[m] || u[m]) && (f[m] = p);
	for (; c < i; ++c) s[c] = n[c];
	return new Vi(s, this._parents);
}
function Or() {
	for (var e = this._groups, t = -1, n = e.length; ++t < n;) for (var r = e[t], i = r.length - 1, a = r[i], o; --i >= 0;) (o = r[i]) && (a && o.compareDocumentPosition(a) ^ 4 && a.parentNode.insertBefore(o, a), a = o);
	return this;
}
function kr(e) {
	e || (e = Ar);
	function t(t, n) {
		return t && n ? e(t.__data__, n.__data__) : !t - !n;
	}
	for (var n = this._groups, r = n.length, i = Array(r), a = 0; a < r; ++a) {
		for (var o = n[a], s = o.length, c = i[a] = Array(s), l, u = 0; u < s; ++u) (l = o[u]) && (c[u] = l);
		c.sort(t);
	}
	return new Vi(i, this._parents).order();
}
function Ar(e, t) {
	return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function jr() {
	var e = arguments[0];
	return arguments[0] = this, e.apply(null, arguments), this;
}
function Mr() {
	return Array.from(this);
}
function Nr() {
	for (var e = this._groups, t = 0, n = e.length; t < n; ++t) for (var r = e[t], i = 0, a = r.length; i < a; ++i) {
		var o = r[i];
		if (o) return o;
	}
	return null;
}
function Pr() {
	let e = 0;
	for (let t of this) ++e;
	return e;
}
function Fr() {
	return !this.node();
}
function Ir(e) {
	for (var t = this._groups, n = 0, r = t.length; n < r; ++n) for (var i = t[n], a = 0, o = i.length, s; a < o; ++a) (s = i[a]) && e.call(s, s.__data__, a, i);
	return this;
}
function Lr(e) {
	return function() {
		this.removeAttribute(e);
	};
}
function Rr(e) {
	return function() {
		this.removeAttributeNS(e.space, e.local);
	};
}
function zr(e, t) {
	return function() {
		this.setAttribute(e, t);
	};
}
function Br(e, t) {
	return function() {
		this.setAttributeNS(e.space, e.local, t);
	};
}
function Vr(e, t) {
	return function() {
		var n = t.apply(this, arguments);
		n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
	};
}
function Hr(e, t) {
	return function() {
		var n = t.apply(this, arguments);
		n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
	};
}
function Ur(e, t) {
	var n = qn(e);
	if (arguments.length < 2) {
		var r = this.node();
		return n.local ? r.getAttributeNS(n.space, n.local) : r.getAttribute(n);
	}
	return this.each((t == null ? n.local ? Rr : Lr : typeof t == "function" ? n.local ? Hr : Vr : n.local ? Br : zr)(n, t));
}
function Wr(e) {
	return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Gr(e) {
	return function() {
		this.style.removeProperty(e);
	};
}
function Kr(e, t, n) {
	return function() {
		this.style.setProperty(e, t, n);
	};
}
function qr(e, t, n) {
	return function() {
		var r = t.apply(this, arguments);
		r == null ? this.style.removeProperty(e) : this.style.setProperty(e, r, n);
	};
}
function Jr(e, t, n) {
	return arguments.length > 1 ? this.each((t == null ? Gr : typeof t == "function" ? qr : Kr)(e, t, n ?? "")) : Yr(this.node(), e);
}
function Yr(e, t) {
	return e.style.getPropertyValue(t) || Wr(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Xr(e) {
	return function() {
		delete this[e];
	};
}
function Zr(e, t) {
	return function() {
		this[e] = t;
	};
}
function Qr(e, t) {
	return function() {
		var n = t.apply(this, arguments);
		n == null ? delete this[e] : this[e] = n;
	};
}
function $r(e, t) {
	return arguments.length > 1 ? this.each((t == null ? Xr : typeof t == "function" ? Qr : Zr)(e, t)) : this.node()[e];
}
function ei(e) {
	return e.trim().split(/^|\s+/);
}
function ti(e) {
	return e.classList || new ni(e);
}
function ni(e) {
	this._node = e, this._names = ei(e.getAttribute("class") || "");
}
ni.prototype = {
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
function ri(e, t) {
	for (var n = ti(e), r = -1, i = t.length; ++r < i;) n.add(t[r]);
}
function ii(e, t) {
	for (var n = ti(e), r = -1, i = t.length; ++r < i;) n.remove(t[r]);
}
function ai(e) {
	return function() {
		ri(this, e);
	};
}
function oi(e) {
	return function() {
		ii(this, e);
	};
}
function si(e, t) {
	return function() {
		(t.apply(this, arguments) ? ri : ii)(this, e);
	};
}
function ci(e, t) {
	var n = ei(e + "");
	if (arguments.length < 2) {
		for (var r = ti(this.node()), i = -1, a = n.length; ++i < a;) if (!r.contains(n[i])) return !1;
		return !0;
	}
	return this.each((typeof t == "function" ? si : t ? ai : oi)(n, t));
}
function li() {
	this.textContent = "";
}
function ui(e) {
	return function() {
		this.textContent = e;
	};
}
function di(e) {
	return function() {
		var t = e.apply(this, arguments);
		this.textContent = t ?? "";
	};
}
function fi(e) {
	return arguments.length ? this.each(e == null ? li : (typeof e == "function" ? di : ui)(e)) : this.node().textContent;
}
function pi() {
	this.innerHTML = "";
}
function mi(e) {
	return function() {
		this.innerHTML = e;
	};
}
function hi(e) {
	return function() {
		var t = e.apply(this, arguments);
		this.innerHTML = t ?? "";
	};
}
function gi(e) {
	return arguments.length ? this.each(e == null ? pi : (typeof e == "function" ? hi : mi)(e)) : this.node().innerHTML;
}
function _i() {
	this.nextSibling && this.parentNode.appendChild(this);
}
function vi() {
	return this.each(_i);
}
function yi() {
	this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function bi() {
	return this.each(yi);
}
function xi(e) {
	var t = typeof e == "function" ? e : Xn(e);
	return this.select(function() {
		return this.appendChild(t.apply(this, arguments));
	});
}
function Si() {
	return null;
}
function Ci(e, t) {
	var n = typeof e == "function" ? e : Xn(e), r = t == null ? Si : typeof t == "function" ? t : Qn(t);
	return this.select(function() {
		return this.insertBefore(n.apply(this, arguments), r.apply(this, arguments) || null);
	});
}
function wi() {
	var e = this.parentNode;
	e && e.removeChild(this);
}
function Ti() {
	return this.each(wi);
}
function Ei() {
	var e = this.cloneNode(!1), t = this.parentNode;
	return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Di() {
	var e = this.cloneNode(!0), t = this.parentNode;
	return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Oi(e) {
	return this.select(e ? Di : Ei);
}
function ki(e) {
	return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Ai(e) {
	return function(t) {
		e.call(this, t, this.__data__);
	};
}
function ji(e) {
	return e.trim().split(/^|\s+/).map(function(e) {
		var t = "", n = e.indexOf(".");
		return n >= 0 && (t = e.slice(n + 1), e = e.slice(0, n)), {
			type: e,
			name: t
		};
	});
}
function Mi(e) {
	return function() {
		var t = this.__on;
		if (t) {
			for (var n = 0, r = -1, i = t.length, a; n < i; ++n) a = t[n], (!e.type || a.type === e.type) && a.name === e.name ? this.removeEventListener(a.type, a.listener, a.options) : t[++r] = a;
			++r ? t.length = r : delete this.__on;
		}
	};
}
function Ni(e, t, n) {
	return function() {
		var r = this.__on, i, a = Ai(t);
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
function Pi(e, t, n) {
	var r = ji(e + ""), i, a = r.length, o;
	if (arguments.length < 2) {
		var s = this.node().__on;
		if (s) {
			for (var c = 0, l = s.length, u; c < l; ++c) for (i = 0, u = s[c]; i < a; ++i) if ((o = r[i]).type === u.type && o.name === u.name) return u.value;
		}
	} else {
		for (s = t ? Ni : Mi, i = 0; i < a; ++i) this.each(s(r[i], t, n));
		return this;
	}
}
function Fi(e, t, n) {
	var r = Wr(e), i = r.CustomEvent;
	typeof i == "function" ? i = new i(t, n) : (i = r.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Ii(e, t) {
	return function() {
		return Fi(this, e, t);
	};
}
function Li(e, t) {
	return function() {
		return Fi(this, e, t.apply(this, arguments));
	};
}
function Ri(e, t) {
	return this.each((typeof t == "function" ? Li : Ii)(e, t));
}
function* zi() {
	for (var e = this._groups, t = 0, n = e.length; t < n; ++t) for (var r = e[t], i = 0, a = r.length, o; i < a; ++i) (o = r[i]) && (yield o);
}
var Bi = [null];
function Vi(e, t) {
	this._groups = e, this._parents = t;
}
function Hi() {
	return new Vi([[document.documentElement]], Bi);
}
function Ui() {
	return this;
}
Vi.prototype = Hi.prototype = {
	constructor: Vi,
	select: $n,
	selectAll: ir,
	selectChild: ur,
	selectChildren: mr,
	filter: hr,
	data: Cr,
	enter: _r,
	exit: Tr,
	join: Er,
	merge: Dr,
	selection: Ui,
	order: Or,
	sort: kr,
	call: jr,
	nodes: Mr,
	node: Nr,
	size: Pr,
	empty: Fr,
	each: Ir,
	attr: Ur,
	style: Jr,
	property: $r,
	classed: ci,
	text: fi,
	html: gi,
	raise: vi,
	lower: bi,
	append: xi,
	insert: Ci,
	remove: Ti,
	clone: Oi,
	datum: ki,
	on: Pi,
	dispatch: Ri,
	[Symbol.iterator]: zi
};
function V(e) {
	return typeof e == "string" ? new Vi([[document.querySelector(e)]], [document.documentElement]) : new Vi([[e]], Bi);
}
var Wi = 0;
function Gi() {
	return new Ki();
}
function Ki() {
	this._ = "@" + (++Wi).toString(36);
}
Ki.prototype = Gi.prototype = {
	constructor: Ki,
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
function qi(e) {
	let t;
	for (; t = e.sourceEvent;) e = t;
	return e;
}
function H(e, t) {
	if (e = qi(e), t === void 0 && (t = e.currentTarget), t) {
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
var Ji = {
	capture: !0,
	passive: !1
};
function Yi(e) {
	e.preventDefault(), e.stopImmediatePropagation();
}
function Xi(e) {
	var t = e.document.documentElement, n = V(e).on("dragstart.drag", Yi, Ji);
	"onselectstart" in t ? n.on("selectstart.drag", Yi, Ji) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Zi(e, t) {
	var n = e.document.documentElement, r = V(e).on("dragstart.drag", null);
	t && (r.on("click.drag", Yi, Ji), setTimeout(function() {
		r.on("click.drag", null);
	}, 0)), "onselectstart" in n ? r.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
function Qi(e, { sourceEvent: t, subject: n, target: r, identifier: i, active: a, x: o, y: s, dx: c, dy: l, dispatch: u }) {
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
Qi.prototype.on = function() {
	var e = this._.on.apply(this._, arguments);
	return e === this._ ? this : e;
};
// node_modules/d3-color/dist/d3-color.mjs
function $i(e, t, n) {
	e.prototype = t.prototype = n, n.constructor = e;
}
function ea(e, t) {
	var n = Object.create(e.prototype);
	for (var r in t) n[r] = t[r];
	return n;
}
function ta() {}
var na = .7, ra = 1 / na, ia = "\\s*([+-]?\\d+)\\s*", aa = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", oa = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", sa = /^#([0-9a-f]{3,8})$/, ca = RegExp(`^rgb\\(${ia},${ia},${ia}\\)$`), la = RegExp(`^rgb\\(${oa},${oa},${oa}\\)$`), ua = RegExp(`^rgba\\(${ia},${ia},${ia},${aa}\\)$`), da = RegExp(`^rgba\\(${oa},${oa},${oa},${aa}\\)$`), fa = RegExp(`^hsl\\(${aa},${oa},${oa}\\)$`), pa = RegExp(`^hsla\\(${aa},${oa},${oa},${aa}\\)$`), ma = {
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
$i(ta, ya, {
	copy(e) {
		return Object.assign(new this.constructor(), this, e);
	},
	displayable() {
		return this.rgb().displayable();
	},
	hex: ha,
	formatHex: ha,
	formatHex8: ga,
	formatHsl: _a,
	formatRgb: va,
	toString: va
});
function ha() {
	return this.rgb().formatHex();
}
function ga() {
	return this.rgb().formatHex8();
}
function _a() {
	return ja(this).formatHsl();
}
function va() {
	return this.rgb().formatRgb();
}
function ya(e) {
	var t, n;
	return e = (e + "").trim().toLowerCase(), (t = sa.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? ba(t) : n === 3 ? new U(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? xa(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? xa(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = ca.exec(e)) ? new U(t[1], t[2], t[3], 1) : (t = la.exec(e)) ? new U(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = ua.exec(e)) ? xa(t[1], t[2], t[3], t[4]) : (t = da.exec(e)) ? xa(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = fa.exec(e)) ? Aa(t[1], t[2] / 100, t[3] / 100, 1) : (t = pa.exec(e)) ? Aa(t[1], t[2] / 100, t[3] / 100, t[4]) : ma.hasOwnProperty(e) ? ba(ma[e]) : e === "transparent" ? new U(NaN, NaN, NaN, 0) : null;
}
function ba(e) {
	return new U(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function xa(e, t, n, r) {
	return r <= 0 && (e = t = n = NaN), new U(e, t, n, r);
}
function Sa(e) {
	return e instanceof ta || (e = ya(e)), e ? (e = e.rgb(), new U(e.r, e.g, e.b, e.opacity)) : new U();
}
function Ca(e, t, n, r) {
	return arguments.length === 1 ? Sa(e) : new U(e, t, n, r ?? 1);
}
function U(e, t, n, r) {
	this.r = +e, this.g = +t, this.b = +n, this.opacity = +r;
}
$i(U, Ca, ea(ta, {
	brighter(e) {
		return e = e == null ? ra : ra ** +e, new U(this.r * e, this.g * e, this.b * e, this.opacity);
	},
	darker(e) {
		return e = e == null ? na : na ** +e, new U(this.r * e, this.g * e, this.b * e, this.opacity);
	},
	rgb() {
		return this;
	},
	clamp() {
		return new U(Oa(this.r), Oa(this.g), Oa(this.b), Da(this.opacity));
	},
	displayable() {
		return -.5 <= this.r && this.r < 255.5 && -.5 <= this.g && this.g < 255.5 && -.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
	},
	hex: wa,
	formatHex: wa,
	formatHex8: Ta,
	formatRgb: Ea,
	toString: Ea
}));
function wa() {
	return `#${ka(this.r)}${ka(this.g)}${ka(this.b)}`;
}
function Ta() {
	return `#${ka(this.r)}${ka(this.g)}${ka(this.b)}${ka((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Ea() {
	let e = Da(this.opacity);
	return `${e === 1 ? "rgb(" : "rgba("}${Oa(this.r)}, ${Oa(this.g)}, ${Oa(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function Da(e) {
	return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Oa(e) {
	return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function ka(e) {
	return e = Oa(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Aa(e, t, n, r) {
	return r <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Na(e, t, n, r);
}
function ja(e) {
	if (e instanceof Na) return new Na(e.h, e.s, e.l, e.opacity);
	if (e instanceof ta || (e = ya(e)), !e) return new Na();
	if (e instanceof Na) return e;
	e = e.rgb();
	var t = e.r / 255, n = e.g / 255, r = e.b / 255, i = Math.min(t, n, r), a = Math.max(t, n, r), o = NaN, s = a - i, c = (a + i) / 2;
	return s ? (o = t === a ? (n - r) / s + (n < r) * 6 : n === a ? (r - t) / s + 2 : (t - n) / s + 4, s /= c < .5 ? a + i : 2 - a - i, o *= 60) : s = c > 0 && c < 1 ? 0 : o, new Na(o, s, c, e.opacity);
}
function Ma(e, t, n, r) {
	return arguments.length === 1 ? ja(e) : new Na(e, t, n, r ?? 1);
}
function Na(e, t, n, r) {
	this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
$i(Na, Ma, ea(ta, {
	brighter(e) {
		return e = e == null ? ra : ra ** +e, new Na(this.h, this.s, this.l * e, this.opacity);
	},
	darker(e) {
		return e = e == null ? na : na ** +e, new Na(this.h, this.s, this.l * e, this.opacity);
	},
	rgb() {
		var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, r = n + (n < .5 ? n : 1 - n) * t, i = 2 * n - r;
		return new U(Ia(e >= 240 ? e - 240 : e + 120, i, r), Ia(e, i, r), Ia(e < 120 ? e + 240 : e - 120, i, r), this.opacity);
	},
	clamp() {
		return new Na(Pa(this.h), Fa(this.s), Fa(this.l), Da(this.opacity));
	},
	displayable() {
		return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
	},
	formatHsl() {
		let e = Da(this.opacity);
		return `${e === 1 ? "hsl(" : "hsla("}${Pa(this.h)}, ${Fa(this.s) * 100}%, ${Fa(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
	}
}));
function Pa(e) {
	return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Fa(e) {
	return Math.max(0, Math.min(1, e || 0));
}
function Ia(e, t, n) {
	return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
var La = Math.PI / 180, Ra = 180 / Math.PI, za = 18, Ba = .96422, Va = 1, Ha = .82521, Ua = 4 / 29, Wa = 6 / 29, Ga = 3 * Wa * Wa, Ka = Wa * Wa * Wa;
function qa(e) {
	if (e instanceof Ya) return new Ya(e.l, e.a, e.b, e.opacity);
	if (e instanceof no) return ro(e);
	e instanceof U || (e = Sa(e));
	var t = $a(e.r), n = $a(e.g), r = $a(e.b), i = Xa((.2225045 * t + .7168786 * n + .0606169 * r) / Va), a, o;
	return t === n && n === r ? a = o = i : (a = Xa((.4360747 * t + .3850649 * n + .1430804 * r) / Ba), o = Xa((.0139322 * t + .0971045 * n + .7141733 * r) / Ha)), new Ya(116 * i - 16, 500 * (a - i), 200 * (i - o), e.opacity);
}
function Ja(e, t, n, r) {
	return arguments.length === 1 ? qa(e) : new Ya(e, t, n, r ?? 1);
}
function Ya(e, t, n, r) {
	this.l = +e, this.a = +t, this.b = +n, this.opacity = +r;
}
$i(Ya, Ja, ea(ta, {
	brighter(e) {
		return new Ya(this.l + za * (e ?? 1), this.a, this.b, this.opacity);
	},
	darker(e) {
		return new Ya(this.l - za * (e ?? 1), this.a, this.b, this.opacity);
	},
	rgb() {
		var e = (this.l + 16) / 116, t = isNaN(this.a) ? e : e + this.a / 500, n = isNaN(this.b) ? e : e - this.b / 200;
		return t = Ba * Za(t), e = Va * Za(e), n = Ha * Za(n), new U(Qa(3.1338561 * t - 1.6168667 * e - .4906146 * n), Qa(-.9787684 * t + 1.9161415 * e + .033454 * n), Qa(.0719453 * t - .2289914 * e + 1.4052427 * n), this.opacity);
	}
}));
function Xa(e) {
	return e > Ka ? e ** (1 / 3) : e / Ga + Ua;
}
function Za(e) {
	return e > Wa ? e * e * e : Ga * (e - Ua);
}
function Qa(e) {
	return 255 * (e <= .0031308 ? 12.92 * e : 1.055 * e ** (1 / 2.4) - .055);
}
function $a(e) {
	return (e /= 255) <= .04045 ? e / 12.92 : ((e + .055) / 1.055) ** 2.4;
}
function eo(e) {
	if (e instanceof no) return new no(e.h, e.c, e.l, e.opacity);
	if (e instanceof Ya || (e = qa(e)), e.a === 0 && e.b === 0) return new no(NaN, 0 < e.l && e.l < 100 ? 0 : NaN, e.l, e.opacity);
	var t = Math.atan2(e.b, e.a) * Ra;
	return new no(t < 0 ? t + 360 : t, Math.sqrt(e.a * e.a + e.b * e.b), e.l, e.opacity);
}
function to(e, t, n, r) {
	return arguments.length === 1 ? eo(e) : new no(e, t, n, r ?? 1);
}
function no(e, t, n, r) {
	this.h = +e, this.c = +t, this.l = +n, this.opacity = +r;
}
function ro(e) {
	if (isNaN(e.h)) return new Ya(e.l, 0, 0, e.opacity);
	var t = e.h * La;
	return new Ya(e.l, Math.cos(t) * e.c, Math.sin(t) * e.c, e.opacity);
}
$i(no, to, ea(ta, {
	brighter(e) {
		return new no(this.h, this.c, this.l + za * (e ?? 1), this.opacity);
	},
	darker(e) {
		return new no(this.h, this.c, this.l - za * (e ?? 1), this.opacity);
	},
	rgb() {
		return ro(this).rgb();
	}
}));
var io = -.14861, ao = 1.78277, oo = -.29227, so = -.90649, co = 1.97294, lo = co * so, uo = co * ao, fo = ao * oo - so * io;
function po(e) {
	if (e instanceof ho) return new ho(e.h, e.s, e.l, e.opacity);
	e instanceof U || (e = Sa(e));
	var t = e.r / 255, n = e.g / 255, r = e.b / 255, i = (fo * r + lo * t - uo * n) / (fo + lo - uo), a = r - i, o = (co * (n - i) - oo * a) / so, s = Math.sqrt(o * o + a * a) / (co * i * (1 - i)), c = s ? Math.atan2(o, a) * Ra - 120 : NaN;
	return new ho(c < 0 ? c + 360 : c, s, i, e.opacity);
}
function mo(e, t, n, r) {
	return arguments.length === 1 ? po(e) : new ho(e, t, n, r ?? 1);
}
function ho(e, t, n, r) {
	this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
$i(ho, mo, ea(ta, {
	brighter(e) {
		return e = e == null ? ra : ra ** +e, new ho(this.h, this.s, this.l * e, this.opacity);
	},
	darker(e) {
		return e = e == null ? na : na ** +e, new ho(this.h, this.s, this.l * e, this.opacity);
	},
	rgb() {
		var e = isNaN(this.h) ? 0 : (this.h + 120) * La, t = +this.l, n = isNaN(this.s) ? 0 : this.s * t * (1 - t), r = Math.cos(e), i = Math.sin(e);
		return new U(255 * (t + n * (io * r + ao * i)), 255 * (t + n * (oo * r + so * i)), 255 * (t + co * r * n), this.opacity);
	}
}));
// node_modules/d3-interpolate/dist/d3-interpolate.mjs
function go(e, t, n, r, i) {
	var a = e * e, o = a * e;
	return ((1 - 3 * e + 3 * a - o) * t + (4 - 6 * a + 3 * o) * n + (1 + 3 * e + 3 * a - 3 * o) * r + o * i) / 6;
}
function _o(e) {
	var t = e.length - 1;
	return function(n) {
		var r = n <= 0 ? n = 0 : n >= 1 ? (n = 1, t - 1) : Math.floor(n * t), i = e[r], a = e[r + 1], o = r > 0 ? e[r - 1] : 2 * i - a, s = r < t - 1 ? e[r + 2] : 2 * a - i;
		return go((n - r / t) * t, o, i, a, s);
	};
}
var vo = (e) => () => e;
function yo(e, t) {
	return function(n) {
		return e + n * t;
	};
}
function bo(e, t, n) {
	return e **= +n, t = t ** +n - e, n = 1 / n, function(r) {
		return (e + r * t) ** +n;
	};
}
function xo(e, t) {
	var n = t - e;
	return n ? yo(e, n > 180 || n < -180 ? n - 360 * Math.round(n / 360) : n) : vo(isNaN(e) ? t : e);
}
function So(e) {
	return (e = +e) == 1 ? Co : function(t, n) {
		return n - t ? bo(t, n, e) : vo(isNaN(t) ? n : t);
	};
}
function Co(e, t) {
	var n = t - e;
	return n ? yo(e, n) : vo(isNaN(e) ? t : e);
}
var wo = (function e(t) {
	var n = So(t);
	function r(e, t) {
		var r = n((e = Ca(e)).r, (t = Ca(t)).r), i = n(e.g, t.g), a = n(e.b, t.b), o = Co(e.opacity, t.opacity);
		return function(t) {
			return e.r = r(t), e.g = i(t), e.b = a(t), e.opacity = o(t), e + "";
		};
	}
	return r.gamma = e, r;
})(1);
function To(e) {
	return function(t) {
		for (var n = t.length, r = Array(n), i = Array(n), a = Array(n), o = 0, s; o < n; ++o) s = Ca(t[o]), r[o] = s.r || 0, i[o] = s.g || 0, a[o] = s.b || 0;
		return r = e(r), i = e(i), a = e(a), s.opacity = 1, function(e) {
			return s.r = r(e), s.g = i(e), s.b = a(e), s + "";
		};
	};
}
var Eo = To(_o);
function Do(e, t) {
	t || (t = []);
	var n = e ? Math.min(t.length, e.length) : 0, r = t.slice(), i;
	return function(a) {
		for (i = 0; i < n; ++i) r[i] = e[i] * (1 - a) + t[i] * a;
		return r;
	};
}
function Oo(e) {
	return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function ko(e, t) {
	for (var n = t ? t.length : 0, r = e ? Math.min(n, e.length) : 0, i = Array(r), a = Array(n), o = 0; o < r; ++o) i[o] = Ro(e[o], t[o]);
	for (; o < n; ++o) a[o] = t[o];
	return function(e) {
		for (o = 0; o < r; ++o) a[o] = i[o](e);
		return a;
	};
}
function Ao(e, t) {
	var n = /* @__PURE__ */ new Date();
	return e = +e, t = +t, function(r) {
		return n.setTime(e * (1 - r) + t * r), n;
	};
}
function jo(e, t) {
	return e = +e, t = +t, function(n) {
		return e * (1 - n) + t * n;
	};
}
function Mo(e, t) {
	var n = {}, r = {}, i;
	for (i in typeof e == "object" && e || (e = {}), typeof t == "object" && t || (t = {}), t) i in e ? n[i] = Ro(e[i], t[i]) : r[i] = t[i];
	return function(e) {
		for (i in n) r[i] = n[i](e);
		return r;
	};
}
var No = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, Po = new RegExp(No.source, "g");
function Fo(e) {
	return function() {
		return e;
	};
}
function Io(e) {
	return function(t) {
		return e(t) + "";
	};
}
function Lo(e, t) {
	var n = No.lastIndex = Po.lastIndex = 0, r, i, a, o = -1, s = [], c = [];
	for (e += "", t += ""; (r = No.exec(e)) && (i = Po.exec(t));) (a = i.index) > n && (a = t.slice(n, a), s[o] ? s[o] += a : s[++o] = a), (r = r[0]) === (i = i[0]) ? s[o] ? s[o] += i : s[++o] = i : (s[++o] = null, c.push({
		i: o,
		x: jo(r, i)
	})), n = Po.lastIndex;
	return n < t.length && (a = t.slice(n), s[o] ? s[o] += a : s[++o] = a), s.length < 2 ? c[0] ? Io(c[0].x) : Fo(t) : (t = c.length, function(e) {
		for (var n = 0, r; n < t; ++n) s[(r = c[n]).i] = r.x(e);
		return s.join("");
	});
}
function Ro(e, t) {
	var n = typeof t, r;
	return t == null || n === "boolean" ? vo(t) : (n === "number" ? jo : n === "string" ? (r = ya(t)) ? (t = r, wo) : Lo : t instanceof ya ? wo : t instanceof Date ? Ao : Oo(t) ? Do : Array.isArray(t) ? ko : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Mo : jo)(e, t);
}
function zo(e, t) {
	return e = +e, t = +t, function(n) {
		return Math.round(e * (1 - n) + t * n);
	};
}
var Bo = 180 / Math.PI, Vo = {
	translateX: 0,
	translateY: 0,
	rotate: 0,
	skewX: 0,
	scaleX: 1,
	scaleY: 1
};
function Ho(e, t, n, r, i, a) {
	var o, s, c;
	return (o = Math.sqrt(e * e + t * t)) && (e /= o, t /= o), (c = e * n + t * r) && (n -= e * c, r -= t * c), (s = Math.sqrt(n * n + r * r)) && (n /= s, r /= s, c /= s), e * r < t * n && (e = -e, t = -t, c = -c, o = -o), {
		translateX: i,
		translateY: a,
		rotate: Math.atan2(t, e) * Bo,
		skewX: Math.atan(c) * Bo,
		scaleX: o,
		scaleY: s
	};
}
var Uo;
function Wo(e) {
	let t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
	return t.isIdentity ? Vo : Ho(t.a, t.b, t.c, t.d, t.e, t.f);
}
function Go(e) {
	return e == null || (Uo || (Uo = document.createElementNS("http://www.w3.org/2000/svg", "g")), Uo.setAttribute("transform", e), !(e = Uo.transform.baseVal.consolidate())) ? Vo : (e = e.matrix, Ho(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Ko(e, t, n, r) {
	function i(e) {
		return e.length ? e.pop() + " " : "";
	}
	function a(e, r, i, a, o, s) {
		if (e !== i || r !== a) {
			var c = o.push("translate(", null, t, null, n);
			s.push({
				i: c - 4,
				x: jo(e, i)
			}, {
				i: c - 2,
				x: jo(r, a)
			});
		} else (i || a) && o.push("translate(" + i + t + a + n);
	}
	function o(e, t, n, a) {
		e === t ? t && n.push(i(n) + "rotate(" + t + r) : (e - t > 180 ? t += 360 : t - e > 180 && (e += 360), a.push({
			i: n.push(i(n) + "rotate(", null, r) - 2,
			x: jo(e, t)
		}));
	}
	function s(e, t, n, a) {
		e === t ? t && n.push(i(n) + "skewX(" + t + r) : a.push({
			i: n.push(i(n) + "skewX(", null, r) - 2,
			x: jo(e, t)
		});
	}
	function c(e, t, n, r, a, o) {
		if (e !== n || t !== r) {
			var s = a.push(i(a) + "scale(", null, ",", null, ")");
			o.push({
				i: s - 4,
				x: jo(e, n)
			}, {
				i: s - 2,
				x: jo(t, r)
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
var qo = Ko(Wo, "px, ", "px)", "deg)"), Jo = Ko(Go, ", ", ")", ")"), Yo = 1e-12;
function Xo(e) {
	return ((e = Math.exp(e)) + 1 / e) / 2;
}
function Zo(e) {
	return ((e = Math.exp(e)) - 1 / e) / 2;
}
function Qo(e) {
	return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
var $o = (function e(t, n, r) {
	function i(e, i) {
		var a = e[0], o = e[1], s = e[2], c = i[0], l = i[1], u = i[2], d = c - a, f = l - o, p = d * d + f * f, m, h;
		if (p < Yo) h = Math.log(u / s) / t, m = function(e) {
			return [
				a + e * d,
				o + e * f,
				s * Math.exp(t * e * h)
			];
		};
		else {
			var g = Math.sqrt(p), _ = (u * u - s * s + r * p) / (2 * s * n * g), v = (u * u - s * s - r * p) / (2 * u * n * g), y = Math.log(Math.sqrt(_ * _ + 1) - _);
			h = (Math.log(Math.sqrt(v * v + 1) - v) - y) / t, m = function(e) {
				var r = e * h, i = Xo(y), c = s / (n * g) * (i * Qo(t * r + y) - Zo(y));
				return [
					a + c * d,
					o + c * f,
					s * i / Xo(t * r + y)
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
function es(e) {
	return (function t(n) {
		n = +n;
		function r(t, r) {
			var i = e((t = mo(t)).h, (r = mo(r)).h), a = Co(t.s, r.s), o = Co(t.l, r.l), s = Co(t.opacity, r.opacity);
			return function(e) {
				return t.h = i(e), t.s = a(e), t.l = o(e ** +n), t.opacity = s(e), t + "";
			};
		}
		return r.gamma = t, r;
	})(1);
}
es(xo), es(Co);
// node_modules/d3-timer/dist/d3-timer.mjs
var ts = 0, ns = 0, rs = 0, is = 1e3, as, os, ss = 0, cs = 0, ls = 0, us = typeof performance == "object" && performance.now ? performance : Date, ds = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
	setTimeout(e, 17);
};
function fs() {
	return cs || (ds(ps), cs = us.now() + ls);
}
function ps() {
	cs = 0;
}
function ms() {
	this._call = this._time = this._next = null;
}
ms.prototype = hs.prototype = {
	constructor: ms,
	restart: function(e, t, n) {
		if (typeof e != "function") throw TypeError("callback is not a function");
		n = (n == null ? fs() : +n) + (t == null ? 0 : +t), !this._next && os !== this && (os ? os._next = this : as = this, os = this), this._call = e, this._time = n, bs();
	},
	stop: function() {
		this._call && (this._call = null, this._time = Infinity, bs());
	}
};
function hs(e, t, n) {
	var r = new ms();
	return r.restart(e, t, n), r;
}
function gs() {
	fs(), ++ts;
	for (var e = as, t; e;) (t = cs - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
	--ts;
}
function _s() {
	cs = (ss = us.now()) + ls, ts = ns = 0;
	try {
		gs();
	} finally {
		ts = 0, ys(), cs = 0;
	}
}
function vs() {
	var e = us.now(), t = e - ss;
	t > is && (ls -= t, ss = e);
}
function ys() {
	for (var e, t = as, n, r = Infinity; t;) t._call ? (r > t._time && (r = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : as = n);
	os = e, bs(r);
}
function bs(e) {
	ts || (ns && (ns = clearTimeout(ns)), e - cs > 24 ? (e < Infinity && (ns = setTimeout(_s, Math.ceil(e - us.now() - ls) + 1)), rs && (rs = clearInterval(rs))) : (rs || (ss = us.now(), rs = setInterval(vs, is)), ts = 1, ds(_s)));
}
function xs(e, t, n) {
	var r = new ms();
	return t = t == null ? 0 : +t, r.restart((n) => {
		r.stop(), e(n + t);
	}, t, n), r;
}
// node_modules/d3-ease/dist/d3-ease.mjs
function Ss(e) {
	return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var Cs = 3;
(function e(t) {
	t = +t;
	function n(e) {
		return e ** +t;
	}
	return n.exponent = e, n;
})(Cs), (function e(t) {
	t = +t;
	function n(e) {
		return 1 - (1 - e) ** t;
	}
	return n.exponent = e, n;
})(Cs), (function e(t) {
	t = +t;
	function n(e) {
		return ((e *= 2) <= 1 ? e ** +t : 2 - (2 - e) ** t) / 2;
	}
	return n.exponent = e, n;
})(Cs);
function ws(e) {
	return (2 ** (-10 * e) - .0009765625) * 1.0009775171065494;
}
var Ts = 4 / 11;
1 / Ts / Ts;
var Es = 1.70158;
(function e(t) {
	t = +t;
	function n(e) {
		return (e = +e) * e * (t * (e - 1) + e);
	}
	return n.overshoot = e, n;
})(Es), (function e(t) {
	t = +t;
	function n(e) {
		return --e * e * ((e + 1) * t + e) + 1;
	}
	return n.overshoot = e, n;
})(Es), (function e(t) {
	t = +t;
	function n(e) {
		return ((e *= 2) < 1 ? e * e * ((t + 1) * e - t) : (e -= 2) * e * ((t + 1) * e + t) + 2) / 2;
	}
	return n.overshoot = e, n;
})(Es);
var Ds = 2 * Math.PI, Os = 1, ks = .3;
(function e(t, n) {
	var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= Ds);
	function i(e) {
		return t * ws(- --e) * Math.sin((r - e) / n);
	}
	return i.amplitude = function(t) {
		return e(t, n * Ds);
	}, i.period = function(n) {
		return e(t, n);
	}, i;
})(Os, ks), (function e(t, n) {
	var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= Ds);
	function i(e) {
		return 1 - t * ws(e = +e) * Math.sin((e + r) / n);
	}
	return i.amplitude = function(t) {
		return e(t, n * Ds);
	}, i.period = function(n) {
		return e(t, n);
	}, i;
})(Os, ks), (function e(t, n) {
	var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= Ds);
	function i(e) {
		return ((e = e * 2 - 1) < 0 ? t * ws(-e) * Math.sin((r - e) / n) : 2 - t * ws(e) * Math.sin((r + e) / n)) / 2;
	}
	return i.amplitude = function(t) {
		return e(t, n * Ds);
	}, i.period = function(n) {
		return e(t, n);
	}, i;
})(Os, ks);
// node_modules/d3-transition/dist/d3-transition.mjs
var As = Bn("start", "end", "cancel", "interrupt"), js = [], Ms = 0, Ns = 1, Ps = 2, Fs = 3, Is = 4, Ls = 5, Rs = 6;
function zs(e, t, n, r, i, a) {
	var o = e.__transition;
	if (!o) e.__transition = {};
	else if (n in o) return;
	Us(e, n, {
		name: t,
		index: r,
		group: i,
		on: As,
		tween: js,
		time: a.time,
		delay: a.delay,
		duration: a.duration,
		ease: a.ease,
		timer: null,
		state: Ms
	});
}
function Bs(e, t) {
	var n = Hs(e, t);
	if (n.state > Ms) throw Error("too late; already scheduled");
	return n;
}
function Vs(e, t) {
	var n = Hs(e, t);
	if (n.state > Fs) throw Error("too late; already running");
	return n;
}
function Hs(e, t) {
	var n = e.__transition;
	if (!n || !(n = n[t])) throw Error("transition not found");
	return n;
}
function Us(e, t, n) {
	var r = e.__transition, i;
	r[t] = n, n.timer = hs(a, 0, n.time);
	function a(e) {
		n.state = Ns, n.timer.restart(o, n.delay, n.time), n.delay <= e && o(e - n.delay);
	}
	function o(a) {
		var l, u, d, f;
		if (n.state !== Ns) return c();
		for (l in r) if (f = r[l], f.name === n.name) {
			if (f.state === Fs) return xs(o);
			f.state === Is ? (f.state = Rs, f.timer.stop(), f.on.call("interrupt", e, e.__data__, f.index, f.group), delete r[l]) : +l < t && (f.state = Rs, f.timer.stop(), f.on.call("cancel", e, e.__data__, f.index, f.group), delete r[l]);
		}
		if (xs(function() {
			n.state === Fs && (n.state = Is, n.timer.restart(s, n.delay, n.time), s(a));
		}), n.state = Ps, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Ps) {
			for (n.state = Fs, i = Array(d = n.tween.length), l = 0, u = -1; l < d; ++l) (f = n.tween[l].value.call(e, e.__data__, n.index, n.group)) && (i[++u] = f);
			i.length = u + 1;
		}
	}
	function s(t) {
		for (var r = t < n.duration ? n.ease.call(null, t / n.duration) : (n.timer.restart(c), n.state = Ls, 1), a = -1, o = i.length; ++a < o;) i[a].call(e, r);
		n.state === Ls && (n.on.call("end", e, e.__data__, n.index, n.group), c());
	}
	function c() {
		for (var i in n.state = Rs, n.timer.stop(), delete r[t], r) return;
		delete e.__transition;
	}
}
function Ws(e, t) {
	var n = e.__transition, r, i, a = !0, o;
	if (n) {
		for (o in t = t == null ? null : t + "", n) (r = n[o]).name === t ? (i = r.state > Ps && r.state < Ls, r.state = Rs, r.timer.stop(), r.on.call(i ? "interrupt" : "cancel", e, e.__data__, r.index, r.group), delete n[o]) : a = !1;
		a && delete e.__transition;
	}
}
function Gs(e) {
	return this.each(function() {
		Ws(this, e);
	});
}
function Ks(e, t) {
	var n, r;
	return function() {
		var i = Vs(this, e), a = i.tween;
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
function qs(e, t, n) {
	var r, i;
	if (typeof n != "function") throw Error();
	return function() {
		var a = Vs(this, e), o = a.tween;
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
function Js(e, t) {
	var n = this._id;
	if (e += "", arguments.length < 2) {
		for (var r = Hs(this.node(), n).tween, i = 0, a = r.length, o; i < a; ++i) if ((o = r[i]).name === e) return o.value;
		return null;
	}
	return this.each((t == null ? Ks : qs)(n, e, t));
}
function Ys(e, t, n) {
	var r = e._id;
	return e.each(function() {
		var e = Vs(this, r);
		(e.value || (e.value = {}))[t] = n.apply(this, arguments);
	}), function(e) {
		return Hs(e, r).value[t];
	};
}
function Xs(e, t) {
	var n;
	return (typeof t == "number" ? jo : t instanceof ya ? wo : (n = ya(t)) ? (t = n, wo) : Lo)(e, t);
}
function Zs(e) {
	return function() {
		this.removeAttribute(e);
	};
}
function Qs(e) {
	return function() {
		this.removeAttributeNS(e.space, e.local);
	};
}
function $s(e, t, n) {
	var r, i = n + "", a;
	return function() {
		var o = this.getAttribute(e);
		return o === i ? null : o === r ? a : a = t(r = o, n);
	};
}
function ec(e, t, n) {
	var r, i = n + "", a;
	return function() {
		var o = this.getAttributeNS(e.space, e.local);
		return o === i ? null : o === r ? a : a = t(r = o, n);
	};
}
function tc(e, t, n) {
	var r, i, a;
	return function() {
		var o, s = n(this), c;
		return s == null ? void this.removeAttribute(e) : (o = this.getAttribute(e), c = s + "", o === c ? null : o === r && c === i ? a : (i = c, a = t(r = o, s)));
	};
}
function nc(e, t, n) {
	var r, i, a;
	return function() {
		var o, s = n(this), c;
		return s == null ? void this.removeAttributeNS(e.space, e.local) : (o = this.getAttributeNS(e.space, e.local), c = s + "", o === c ? null : o === r && c === i ? a : (i = c, a = t(r = o, s)));
	};
}
function rc(e, t) {
	var n = qn(e), r = n === "transform" ? Jo : Xs;
	return this.attrTween(e, typeof t == "function" ? (n.local ? nc : tc)(n, r, Ys(this, "attr." + e, t)) : t == null ? (n.local ? Qs : Zs)(n) : (n.local ? ec : $s)(n, r, t));
}
function ic(e, t) {
	return function(n) {
		this.setAttribute(e, t.call(this, n));
	};
}
function ac(e, t) {
	return function(n) {
		this.setAttributeNS(e.space, e.local, t.call(this, n));
	};
}
function oc(e, t) {
	var n, r;
	function i() {
		var i = t.apply(this, arguments);
		return i !== r && (n = (r = i) && ac(e, i)), n;
	}
	return i._value = t, i;
}
function sc(e, t) {
	var n, r;
	function i() {
		var i = t.apply(this, arguments);
		return i !== r && (n = (r = i) && ic(e, i)), n;
	}
	return i._value = t, i;
}
function cc(e, t) {
	var n = "attr." + e;
	if (arguments.length < 2) return (n = this.tween(n)) && n._value;
	if (t == null) return this.tween(n, null);
	if (typeof t != "function") throw Error();
	var r = qn(e);
	return this.tween(n, (r.local ? oc : sc)(r, t));
}
function lc(e, t) {
	return function() {
		Bs(this, e).delay = +t.apply(this, arguments);
	};
}
function uc(e, t) {
	return t = +t, function() {
		Bs(this, e).delay = t;
	};
}
function dc(e) {
	var t = this._id;
	return arguments.length ? this.each((typeof e == "function" ? lc : uc)(t, e)) : Hs(this.node(), t).delay;
}
function fc(e, t) {
	return function() {
		Vs(this, e).duration = +t.apply(this, arguments);
	};
}
function pc(e, t) {
	return t = +t, function() {
		Vs(this, e).duration = t;
	};
}
function mc(e) {
	var t = this._id;
	return arguments.length ? this.each((typeof e == "function" ? fc : pc)(t, e)) : Hs(this.node(), t).duration;
}
function hc(e, t) {
	if (typeof t != "function") throw Error();
	return function() {
		Vs(this, e).ease = t;
	};
}
function gc(e) {
	var t = this._id;
	return arguments.length ? this.each(hc(t, e)) : Hs(this.node(), t).ease;
}
function _c(e, t) {
	return function() {
		var n = t.apply(this, arguments);
		if (typeof n != "function") throw Error();
		Vs(this, e).ease = n;
	};
}
function vc(e) {
	if (typeof e != "function") throw Error();
	return this.each(_c(this._id, e));
}
function yc(e) {
	typeof e != "function" && (e = ar(e));
	for (var t = this._groups, n = t.length, r = Array(n), i = 0; i < n; ++i) for (var a = t[i], o = a.length, s = r[i] = [], c, l = 0; l < o; ++l) (c = a[l]) && e.call(c, c.__data__, l, a) && s.push(c);
	return new Jc(r, this._parents, this._name, this._id);
}
function bc(e) {
	if (e._id !== this._id) throw Error();
	for (var t = this._groups, n = e._groups, r = t.length, i = n.length, a = Math.min(r, i), o = Array(r), s = 0; s < a; ++s) for (var c = t[s], l = n[s], u = c.length, d = o[s] = Array(u), f, p = 0; p < u; ++p) (f = c[p] || l[p]) && (d[p] = f);
	for (; s < r; ++s) o[s] = t[s];
	return new Jc(o, this._parents, this._name, this._id);
}
function xc(e) {
	return (e + "").trim().split(/^|\s+/).every(function(e) {
		var t = e.indexOf(".");
		return t >= 0 && (e = e.slice(0, t)), !e || e === "start";
	});
}
function Sc(e, t, n) {
	var r, i, a = xc(t) ? Bs : Vs;
	return function() {
		var o = a(this, e), s = o.on;
		s !== r && (i = (r = s).copy()).on(t, n), o.on = i;
	};
}
function Cc(e, t) {
	var n = this._id;
	return arguments.length < 2 ? Hs(this.node(), n).on.on(e) : this.each(Sc(n, e, t));
}
function wc(e) {
	return function() {
		var t = this.parentNode;
		for (var n in this.__transition) if (+n !== e) return;
		t && t.removeChild(this);
	};
}
function Tc() {
	return this.on("end.remove", wc(this._id));
}
function Ec(e) {
	var t = this._name, n = this._id;
	typeof e != "function" && (e = Qn(e));
	for (var r = this._groups, i = r.length, a = Array(i), o = 0; o < i; ++o) for (var s = r[o], c = s.length, l = a[o] = Array(c), u, d, f = 0; f < c; ++f) (u = s[f]) && (d = e.call(u, u.__data__, f, s)) && ("__data__" in u && (d.__data__ = u.__data__), l[f] = d, zs(l[f], t, n, f, l, Hs(u, n)));
	return new Jc(a, this._parents, t, n);
}
function Dc(e) {
	var t = this._name, n = this._id;
	typeof e != "function" && (e = nr(e));
	for (var r = this._groups, i = r.length, a = [], o = [], s = 0; s < i; ++s) for (var c = r[s], l = c.length, u, d = 0; d < l; ++d) if (u = c[d]) {
		for (var f = e.call(u, u.__data__, d, c), p, m = Hs(u, n), h = 0, g = f.length; h < g; ++h) (p = f[h]) && zs(p, t, n, h, f, m);
		a.push(f), o.push(u);
	}
	return new Jc(a, o, t, n);
}
var Oc = Hi.prototype.constructor;
function kc() {
	return new Oc(this._groups, this._parents);
}
function Ac(e, t) {
	var n, r, i;
	return function() {
		var a = Yr(this, e), o = (this.style.removeProperty(e), Yr(this, e));
		return a === o ? null : a === n && o === r ? i : i = t(n = a, r = o);
	};
}
function jc(e) {
	return function() {
		this.style.removeProperty(e);
	};
}
function Mc(e, t, n) {
	var r, i = n + "", a;
	return function() {
		var o = Yr(this, e);
		return o === i ? null : o === r ? a : a = t(r = o, n);
	};
}
function Nc(e, t, n) {
	var r, i, a;
	return function() {
		var o = Yr(this, e), s = n(this), c = s + "";
		return s ?? (c = s = (this.style.removeProperty(e), Yr(this, e))), o === c ? null : o === r && c === i ? a : (i = c, a = t(r = o, s));
	};
}
function Pc(e, t) {
	var n, r, i, a = "style." + t, o = "end." + a, s;
	return function() {
		var c = Vs(this, e), l = c.on, u = c.value[a] == null ? s || (s = jc(t)) : void 0;
		(l !== n || i !== u) && (r = (n = l).copy()).on(o, i = u), c.on = r;
	};
}
function Fc(e, t, n) {
	var r = (e += "") == "transform" ? qo : Xs;
	return t == null ? this.styleTween(e, Ac(e, r)).on("end.style." + e, jc(e)) : typeof t == "function" ? this.styleTween(e, Nc(e, r, Ys(this, "style." + e, t))).each(Pc(this._id, e)) : this.styleTween(e, Mc(e, r, t), n).on("end.style." + e, null);
}
function Ic(e, t, n) {
	return function(r) {
		this.style.setProperty(e, t.call(this, r), n);
	};
}
function Lc(e, t, n) {
	var r, i;
	function a() {
		var a = t.apply(this, arguments);
		return a !== i && (r = (i = a) && Ic(e, a, n)), r;
	}
	return a._value = t, a;
}
function Rc(e, t, n) {
	var r = "style." + (e += "");
	if (arguments.length < 2) return (r = this.tween(r)) && r._value;
	if (t == null) return this.tween(r, null);
	if (typeof t != "function") throw Error();
	return this.tween(r, Lc(e, t, n ?? ""));
}
function zc(e) {
	return function() {
		this.textContent = e;
	};
}
function Bc(e) {
	return function() {
		var t = e(this);
		this.textContent = t ?? "";
	};
}
function Vc(e) {
	return this.tween("text", typeof e == "function" ? Bc(Ys(this, "text", e)) : zc(e == null ? "" : e + ""));
}
function Hc(e) {
	return function(t) {
		this.textContent = e.call(this, t);
	};
}
function Uc(e) {
	var t, n;
	function r() {
		var r = e.apply(this, arguments);
		return r !== n && (t = (n = r) && Hc(r)), t;
	}
	return r._value = e, r;
}
function Wc(e) {
	var t = "text";
	if (arguments.length < 1) return (t = this.tween(t)) && t._value;
	if (e == null) return this.tween(t, null);
	if (typeof e != "function") throw Error();
	return this.tween(t, Uc(e));
}
function Gc() {
	for (var e = this._name, t = this._id, n = Yc(), r = this._groups, i = r.length, a = 0; a < i; ++a) for (var o = r[a], s = o.length, c, l = 0; l < s; ++l) if (c = o[l]) {
		var u = Hs(c, t);
		zs(c, e, n, l, o, {
			time: u.time + u.delay + u.duration,
			delay: 0,
			duration: u.duration,
			ease: u.ease
		});
	}
	return new Jc(r, this._parents, e, n);
}
function Kc() {
	var e, t, n = this, r = n._id, i = n.size();
	return new Promise(function(a, o) {
		var s = { value: o }, c = { value: function() {
			--i === 0 && a();
		} };
		n.each(function() {
			var n = Vs(this, r), i = n.on;
			i !== e && (t = (e = i).copy(), t._.cancel.push(s), t._.interrupt.push(s), t._.end.push(c)), n.on = t;
		}), i === 0 && a();
	});
}
var qc = 0;
function Jc(e, t, n, r) {
	this._groups = e, this._parents = t, this._name = n, this._id = r;
}
function Yc() {
	return ++qc;
}
var Xc = Hi.prototype;
Jc.prototype = {
	constructor: Jc,
	select: Ec,
	selectAll: Dc,
	selectChild: Xc.selectChild,
	selectChildren: Xc.selectChildren,
	filter: yc,
	merge: bc,
	selection: kc,
	transition: Gc,
	call: Xc.call,
	nodes: Xc.nodes,
	node: Xc.node,
	size: Xc.size,
	empty: Xc.empty,
	each: Xc.each,
	on: Cc,
	attr: rc,
	attrTween: cc,
	style: Fc,
	styleTween: Rc,
	text: Vc,
	textTween: Wc,
	remove: Tc,
	tween: Js,
	delay: dc,
	duration: mc,
	ease: gc,
	easeVarying: vc,
	end: Kc,
	[Symbol.iterator]: Xc[Symbol.iterator]
};
var Zc = {
	time: null,
	delay: 0,
	duration: 250,
	ease: Ss
};
function Qc(e, t) {
	for (var n; !(n = e.__transition) || !(n = n[t]);) if (!(e = e.parentNode)) throw Error(`transition ${t} not found`);
	return n;
}
function $c(e) {
	var t, n;
	e instanceof Jc ? (t = e._id, e = e._name) : (t = Yc(), (n = Zc).time = fs(), e = e == null ? null : e + "");
	for (var r = this._groups, i = r.length, a = 0; a < i; ++a) for (var o = r[a], s = o.length, c, l = 0; l < s; ++l) (c = o[l]) && zs(c, e, t, l, o, n || Qc(c, t));
	return new Jc(r, this._parents, e, t);
}
Hi.prototype.interrupt = Gs, Hi.prototype.transition = $c;
// node_modules/d3-brush/dist/d3-brush.mjs
var el = (e) => () => e;
function tl(e, { sourceEvent: t, target: n, selection: r, mode: i, dispatch: a }) {
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
function nl(e) {
	e.stopImmediatePropagation();
}
function rl(e) {
	e.preventDefault(), e.stopImmediatePropagation();
}
var il = { name: "drag" }, al = { name: "space" }, ol = { name: "handle" }, sl = { name: "center" }, { abs: cl, max: W, min: G } = Math;
function ll(e) {
	return [+e[0], +e[1]];
}
function ul(e) {
	return [ll(e[0]), ll(e[1])];
}
var dl = {
	name: "x",
	handles: ["w", "e"].map(vl),
	input: function(e, t) {
		return e == null ? null : [[+e[0], t[0][1]], [+e[1], t[1][1]]];
	},
	output: function(e) {
		return e && [e[0][0], e[1][0]];
	}
}, fl = {
	name: "y",
	handles: ["n", "s"].map(vl),
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
].map(vl);
var pl = {
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
}, ml = {
	e: "w",
	w: "e",
	nw: "ne",
	ne: "nw",
	se: "sw",
	sw: "se"
}, hl = {
	n: "s",
	s: "n",
	nw: "sw",
	ne: "se",
	se: "ne",
	sw: "nw"
}, gl = {
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
}, _l = {
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
function vl(e) {
	return { type: e };
}
function yl(e) {
	return !e.ctrlKey && !e.button;
}
function bl() {
	var e = this.ownerSVGElement || this;
	return e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]];
}
function xl() {
	return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Sl(e) {
	for (; !e.__brush;) if (!(e = e.parentNode)) return;
	return e.__brush;
}
function Cl(e) {
	return e[0][0] === e[1][0] || e[0][1] === e[1][1];
}
function wl() {
	return Tl(dl);
}
function Tl(e) {
	var t = bl, n = yl, r = xl, i = !0, a = Bn("start", "brush", "end"), o = 6, s;
	function c(t) {
		var n = t.property("__brush", h).selectAll(".overlay").data([vl("overlay")]);
		n.enter().append("rect").attr("class", "overlay").attr("pointer-events", "all").attr("cursor", pl.overlay).merge(n).each(function() {
			var e = Sl(this).extent;
			V(this).attr("x", e[0][0]).attr("y", e[0][1]).attr("width", e[1][0] - e[0][0]).attr("height", e[1][1] - e[0][1]);
		}), t.selectAll(".selection").data([vl("selection")]).enter().append("rect").attr("class", "selection").attr("cursor", pl.selection).attr("fill", "#777").attr("fill-opacity", .3).attr("stroke", "#fff").attr("shape-rendering", "crispEdges");
		var i = t.selectAll(".handle").data(e.handles, function(e) {
			return e.type;
		});
		i.exit().remove(), i.enter().append("rect").attr("class", function(e) {
			return "handle handle--" + e.type;
		}).attr("cursor", function(e) {
			return pl[e.type];
		}), t.each(l).attr("fill", "none").attr("pointer-events", "all").on("mousedown.brush", f).filter(r).on("touchstart.brush", f).on("touchmove.brush", p).on("touchend.brush touchcancel.brush", m).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
	}
	c.move = function(t, n, r) {
		t.tween ? t.on("start.brush", function(e) {
			u(this, arguments).beforestart().start(e);
		}).on("interrupt.brush end.brush", function(e) {
			u(this, arguments).end(e);
		}).tween("brush", function() {
			var t = this, r = t.__brush, i = u(t, arguments), a = r.selection, o = e.input(typeof n == "function" ? n.apply(this, arguments) : n, r.extent), s = Ro(a, o);
			function c(e) {
				r.selection = e === 1 && o === null ? null : s(e), l.call(t), i.brush();
			}
			return a !== null && o !== null ? c : c(1);
		}) : t.each(function() {
			var t = this, i = arguments, a = t.__brush, o = e.input(typeof n == "function" ? n.apply(t, i) : n, a.extent), s = u(t, i).beforestart();
			Ws(t), a.selection = o === null ? null : o, l.call(t), s.start(r).brush(r).end(r);
		});
	}, c.clear = function(e, t) {
		c.move(e, null, t);
	};
	function l() {
		var e = V(this), t = Sl(this).selection;
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
			var i = V(this.that).datum();
			a.call(t, this.that, new tl(t, {
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
		var r = this, a = t.target.__data__.type, o = (i && t.metaKey ? a = "overlay" : a) === "selection" ? il : i && t.altKey ? sl : ol, c = e === fl ? null : gl[a], d = e === dl ? null : _l[a], f = Sl(r), p = f.extent, m = f.selection, h = p[0][0], g, _, v = p[0][1], y, b, x = p[1][0], S, C, w = p[1][1], T, E, D = 0, O = 0, k, A = c && d && i && t.shiftKey, j, M, N = Array.from(t.touches || [t], (e) => {
			let t = e.identifier;
			return e = H(e, r), e.point0 = e.slice(), e.identifier = t, e;
		});
		Ws(r);
		var ee = u(r, arguments, !0).beforestart();
		if (a === "overlay") {
			m && (k = !0);
			let n = [N[0], N[1] || N[0]];
			f.selection = m = [[g = e === fl ? h : G(n[0][0], n[1][0]), y = e === dl ? v : G(n[0][1], n[1][1])], [S = e === fl ? x : W(n[0][0], n[1][0]), T = e === dl ? w : W(n[0][1], n[1][1])]], N.length > 1 && ie(t);
		} else g = m[0][0], y = m[0][1], S = m[1][0], T = m[1][1];
		_ = g, b = y, C = S, E = T;
		var P = V(r).attr("pointer-events", "none"), te = P.selectAll(".overlay").attr("cursor", pl[a]);
		if (t.touches) ee.moved = re, ee.ended = ae;
		else {
			var ne = V(t.view).on("mousemove.brush", re, !0).on("mouseup.brush", ae, !0);
			i && ne.on("keydown.brush", oe, !0).on("keyup.brush", se, !0), Xi(t.view);
		}
		l.call(r), ee.start(t, o.name);
		function re(e) {
			for (let t of e.changedTouches || [e]) for (let e of N) e.identifier === t.identifier && (e.cur = H(t, r));
			if (A && !j && !M && N.length === 1) {
				let e = N[0];
				cl(e.cur[0] - e[0]) > cl(e.cur[1] - e[1]) ? M = !0 : j = !0;
			}
			for (let e of N) e.cur && (e[0] = e.cur[0], e[1] = e.cur[1]);
			k = !0, rl(e), ie(e);
		}
		function ie(e) {
			let t = N[0], n = t.point0;
			var i;
			switch (D = t[0] - n[0], O = t[1] - n[1], o) {
				case al:
				case il:
					c && (D = W(h - g, G(x - S, D)), _ = g + D, C = S + D), d && (O = W(v - y, G(w - T, O)), b = y + O, E = T + O);
					break;
				case ol:
					N[1] ? (c && (_ = W(h, G(x, N[0][0])), C = W(h, G(x, N[1][0])), c = 1), d && (b = W(v, G(w, N[0][1])), E = W(v, G(w, N[1][1])), d = 1)) : (c < 0 ? (D = W(h - g, G(x - g, D)), _ = g + D, C = S) : c > 0 && (D = W(h - S, G(x - S, D)), _ = g, C = S + D), d < 0 ? (O = W(v - y, G(w - y, O)), b = y + O, E = T) : d > 0 && (O = W(v - T, G(w - T, O)), b = y, E = T + O));
					break;
				case sl: c && (_ = W(h, G(x, g - D * c)), C = W(h, G(x, S + D * c))), d && (b = W(v, G(w, y - O * d)), E = W(v, G(w, T + O * d)));
			}
			C < _ && (c *= -1, i = g, g = S, S = i, i = _, _ = C, C = i, a in ml && te.attr("cursor", pl[a = ml[a]])), E < b && (d *= -1, i = y, y = T, T = i, i = b, b = E, E = i, a in hl && te.attr("cursor", pl[a = hl[a]])), f.selection && (m = f.selection), j && (_ = m[0][0], C = m[1][0]), M && (b = m[0][1], E = m[1][1]), (m[0][0] !== _ || m[0][1] !== b || m[1][0] !== C || m[1][1] !== E) && (f.selection = [[_, b], [C, E]], l.call(r), ee.brush(e, o.name));
		}
		function ae(e) {
			if (nl(e), e.touches) {
				if (e.touches.length) return;
				s && clearTimeout(s), s = setTimeout(function() {
					s = null;
				}, 500);
			} else Zi(e.view, k), ne.on("keydown.brush keyup.brush mousemove.brush mouseup.brush", null);
			P.attr("pointer-events", "all"), te.attr("cursor", pl.overlay), f.selection && (m = f.selection), Cl(m) && (f.selection = null, l.call(r)), ee.end(e, o.name);
		}
		function oe(e) {
			switch (e.keyCode) {
				case 16:
					A = c && d;
					break;
				case 18:
					o === ol && (c && (S = C - D * c, g = _ + D * c), d && (T = E - O * d, y = b + O * d), o = sl, ie(e));
					break;
				case 32:
					(o === ol || o === sl) && (c < 0 ? S = C - D : c > 0 && (g = _ - D), d < 0 ? T = E - O : d > 0 && (y = b - O), o = al, te.attr("cursor", pl.selection), ie(e));
					break;
				default: return;
			}
			rl(e);
		}
		function se(e) {
			switch (e.keyCode) {
				case 16:
					A && (j = M = A = !1, ie(e));
					break;
				case 18:
					o === sl && (c < 0 ? S = C : c > 0 && (g = _), d < 0 ? T = E : d > 0 && (y = b), o = ol, ie(e));
					break;
				case 32:
					o === al && (e.altKey ? (c && (S = C - D * c, g = _ + D * c), d && (T = E - O * d, y = b + O * d), o = sl) : (c < 0 ? S = C : c > 0 && (g = _), d < 0 ? T = E : d > 0 && (y = b), o = ol), te.attr("cursor", pl[a]), ie(e));
					break;
				default: return;
			}
			rl(e);
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
		return n.extent = ul(t.apply(this, arguments)), n.dim = e, n;
	}
	return c.extent = function(e) {
		return arguments.length ? (t = typeof e == "function" ? e : el(ul(e)), c) : t;
	}, c.filter = function(e) {
		return arguments.length ? (n = typeof e == "function" ? e : el(!!e), c) : n;
	}, c.touchable = function(e) {
		return arguments.length ? (r = typeof e == "function" ? e : el(!!e), c) : r;
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
var El = Math.PI, Dl = 2 * El, Ol = 1e-6, kl = Dl - Ol;
function Al(e) {
	this._ += e[0];
	for (let t = 1, n = e.length; t < n; ++t) this._ += arguments[t] + e[t];
}
function jl(e) {
	let t = Math.floor(e);
	if (!(t >= 0)) throw Error(`invalid digits: ${e}`);
	if (t > 15) return Al;
	let n = 10 ** t;
	return function(e) {
		this._ += e[0];
		for (let t = 1, r = e.length; t < r; ++t) this._ += Math.round(arguments[t] * n) / n + e[t];
	};
}
function Ml(e, t, n, r) {
	return e === n && t === r;
}
function Nl(e) {
	let t = Math.floor(e);
	if (!(t <= 15)) return Ml;
	let n = 10 ** t, r = function(e) {
		return Math.round(e * n);
	};
	return function(e, t, n, i) {
		return r(e) === r(n) && r(t) === r(i);
	};
}
var Pl = class {
	constructor(e) {
		this._x0 = this._y0 = this._x1 = this._y1 = null, this._ = "", this._append = e == null ? Al : jl(e), this._equal = e == null ? Ml : Nl(e);
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
		else if (d > Ol) {
			if (!(Math.abs(u * s - c * l) > Ol) || !i) this._append`L${this._x1 = e},${this._y1 = t}`;
			else {
				let f = n - a, p = r - o, m = s * s + c * c, h = f * f + p * p, g = Math.sqrt(m), _ = Math.sqrt(d), v = i * Math.tan((El - Math.acos((m + d - h) / (2 * g * _))) / 2), y = v / _, b = v / g;
				Math.abs(y - 1) > Ol && this._append`L${e + y * l},${t + y * u}`, this._append`A${i},${i},0,0,${+(u * f > l * p)},${this._x1 = e + b * s},${this._y1 = t + b * c}`;
			}
		}
	}
	arc(e, t, n, r, i, a) {
		if (e = +e, t = +t, n = +n, a = !!a, n < 0) throw Error(`negative radius: ${n}`);
		let o = n * Math.cos(r), s = n * Math.sin(r), c = e + o, l = t + s, u = 1 ^ a, d = a ? r - i : i - r;
		if (this._x1 === null ? this._append`M${c},${l}` : (Math.abs(this._x1 - c) > Ol || Math.abs(this._y1 - l) > Ol) && this._append`L${c},${l}`, n) {
			if (d < 0 && (d = d % Dl + Dl), d > kl) this._append`A${n},${n},0,1,${u},${e - o},${t - s}A${n},${n},0,1,${u},${this._x1 = c},${this._y1 = l}`;
			else if (d > Ol) {
				let a = e + n * Math.cos(i), o = t + n * Math.sin(i);
				if (d >= El && this._equal(c, l, a, o)) {
					d /= 2;
					let i = r + d;
					this._append`A${n},${n},0,${+(d >= El)},${u},${e + n * Math.cos(i)},${t + n * Math.sin(i)}`;
				}
				this._append`A${n},${n},0,${+(d >= El)},${u},${this._x1 = a},${this._y1 = o}`;
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
Pl.prototype;
// node_modules/d3-quadtree/dist/d3-quadtree.mjs
function Fl(e) {
	let t = +this._x.call(null, e), n = +this._y.call(null, e);
	return Il(this.cover(t, n), t, n, e);
}
function Il(e, t, n, r) {
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
function Ll(e) {
	Array.isArray(e) || (e = Array.from(e));
	let t = e.length, n = new Float64Array(t), r = new Float64Array(t), i = Infinity, a = i, o = -i, s = o;
	for (let c = 0, l, u, d; c < t; ++c) isNaN(u = +this._x.call(null, l = e[c])) || isNaN(d = +this._y.call(null, l)) ? n[c] = NaN : (n[c] = u, r[c] = d, u < i && (i = u), u > o && (o = u), d < a && (a = d), d > s && (s = d));
	if (i > o || a > s) return this;
	this.cover(i, a).cover(o, s);
	for (let i = 0; i < t; ++i) Il(this, n[i], r[i], e[i]);
	return this;
}
function Rl(e, t) {
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
function zl() {
	var e = [];
	return this.visit(function(t) {
		if (!t.length) do
			e.push(t.data);
		while (t = t.next);
	}), e;
}
function Bl(e) {
	return arguments.length ? this.cover(+e[0][0], +e[0][1]).cover(+e[1][0], +e[1][1]) : isNaN(this._x0) ? void 0 : [[this._x0, this._y0], [this._x1, this._y1]];
}
function K(e, t, n, r, i) {
	this.node = e, this.x0 = t, this.y0 = n, this.x1 = r, this.y1 = i;
}
function Vl(e, t, n) {
	var r, i = this._x0, a = this._y0, o, s, c, l, u = this._x1, d = this._y1, f = [], p = this._root, m, h;
	for (p && f.push(new K(p, i, a, u, d)), n == null ? n = Infinity : (i = e - n, a = t - n, u = e + n, d = t + n, n *= n); m = f.pop();) if (!(!(p = m.node) || (o = m.x0) > u || (s = m.y0) > d || (c = m.x1) < i || (l = m.y1) < a)) {
		if (p.length) {
			var g = (o + c) / 2, _ = (s + l) / 2;
			f.push(new K(p[3], g, _, c, l), new K(p[2], o, _, g, l), new K(p[1], g, s, c, _), new K(p[0], o, s, g, _)), (h = (t >= _) << 1 | e >= g) && (m = f[f.length - 1], f[f.length - 1] = f[f.length - 1 - h], f[f.length - 1 - h] = m);
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
function Hl(e) {
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
function Ul(e) {
	for (var t = 0, n = e.length; t < n; ++t) this.remove(e[t]);
	return this;
}
function Wl() {
	return this._root;
}
function Gl() {
	var e = 0;
	return this.visit(function(t) {
		if (!t.length) do
			++e;
		while (t = t.next);
	}), e;
}
function Kl(e) {
	var t = [], n, r = this._root, i, a, o, s, c;
	for (r && t.push(new K(r, this._x0, this._y0, this._x1, this._y1)); n = t.pop();) if (!e(r = n.node, a = n.x0, o = n.y0, s = n.x1, c = n.y1) && r.length) {
		var l = (a + s) / 2, u = (o + c) / 2;
		(i = r[3]) && t.push(new K(i, l, u, s, c)), (i = r[2]) && t.push(new K(i, a, u, l, c)), (i = r[1]) && t.push(new K(i, l, o, s, u)), (i = r[0]) && t.push(new K(i, a, o, l, u));
	}
	return this;
}
function ql(e) {
	var t = [], n = [], r;
	for (this._root && t.push(new K(this._root, this._x0, this._y0, this._x1, this._y1)); r = t.pop();) {
		var i = r.node;
		if (i.length) {
			var a, o = r.x0, s = r.y0, c = r.x1, l = r.y1, u = (o + c) / 2, d = (s + l) / 2;
			(a = i[0]) && t.push(new K(a, o, s, u, d)), (a = i[1]) && t.push(new K(a, u, s, c, d)), (a = i[2]) && t.push(new K(a, o, d, u, l)), (a = i[3]) && t.push(new K(a, u, d, c, l));
		}
		n.push(r);
	}
	for (; r = n.pop();) e(r.node, r.x0, r.y0, r.x1, r.y1);
	return this;
}
function Jl(e) {
	return e[0];
}
function Yl(e) {
	return arguments.length ? (this._x = e, this) : this._x;
}
function Xl(e) {
	return e[1];
}
function Zl(e) {
	return arguments.length ? (this._y = e, this) : this._y;
}
function Ql(e, t, n) {
	var r = new $l(t ?? Jl, n ?? Xl, NaN, NaN, NaN, NaN);
	return e == null ? r : r.addAll(e);
}
function $l(e, t, n, r, i, a) {
	this._x = e, this._y = t, this._x0 = n, this._y0 = r, this._x1 = i, this._y1 = a, this._root = void 0;
}
function eu(e) {
	for (var t = { data: e.data }, n = t; e = e.next;) n = n.next = { data: e.data };
	return t;
}
var q = Ql.prototype = $l.prototype;
q.copy = function() {
	var e = new $l(this._x, this._y, this._x0, this._y0, this._x1, this._y1), t = this._root, n, r;
	if (!t) return e;
	if (!t.length) return e._root = eu(t), e;
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
	}) : t.target[i] = eu(r));
	return e;
}, q.add = Fl, q.addAll = Ll, q.cover = Rl, q.data = zl, q.extent = Bl, q.find = Vl, q.remove = Hl, q.removeAll = Ul, q.root = Wl, q.size = Gl, q.visit = Kl, q.visitAfter = ql, q.x = Yl, q.y = Zl;
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
	var e = new ln(), t = [], n = [], r = Eu;
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
		t = [], e = new ln();
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
		var m = Cn(e).map(function(e) {
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
		var n = sn(e, t, 1, r) - 1;
		return a[n](i[n](t));
	};
}
function Lu(e, t) {
	return t.domain(e.domain()).range(e.range()).interpolate(e.interpolate()).clamp(e.clamp()).unknown(e.unknown());
}
function Ru() {
	var e = ju, t = ju, n = Ro, r, i, a, o = Mu, s, c, l;
	function u() {
		var n = Math.min(e.length, t.length);
		return o !== Mu && (o = Pu(e[0], e[n - 1])), s = n > 2 ? Iu : Fu, c = l = null, d;
	}
	function d(i) {
		return i == null || isNaN(i = +i) ? a : (c || (c = s(e.map(r), t, n)))(r(o(i)));
	}
	return d.invert = function(n) {
		return o(i((l || (l = s(t, e.map(r), jo)))(n)));
	}, d.domain = function(t) {
		return arguments.length ? (e = Array.from(t, Au), u()) : e.slice();
	}, d.range = function(e) {
		return arguments.length ? (t = Array.from(e), u()) : t.slice();
	}, d.rangeRound = function(e) {
		return t = Array.from(e), n = zo, u();
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
	var i = bn(e, t, n), a;
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
		return vn(n[0], n[n.length - 1], e ?? 10);
	}, e.tickFormat = function(e, n) {
		var r = t();
		return Bu(r[0], r[r.length - 1], e ?? 10, n);
	}, e.nice = function(n) {
		n ?? (n = 10);
		var r = t(), i = 0, a = r.length - 1, o = r[i], s = r[a], c, l, u = 10;
		for (s < o && (l = o, o = s, s = l, l = i, i = a, a = l); u-- > 0;) {
			if (l = yn(o, s, n), l === c) return r[i] = o, r[a] = s, t(r);
			if (l > 0) o = Math.floor(o / l) * l, s = Math.ceil(s / l) * l;
			else if (l < 0) o = Math.ceil(o * l) / l, s = Math.floor(s * l) / l;
			else break;
			c = l;
		}
		return e;
	}, e;
}
function J() {
	var e = zu();
	return e.copy = function() {
		return Lu(e, J());
	}, Tu.apply(e, arguments), Vu(e);
}
// node_modules/d3-shape/dist/d3-shape.mjs
function Hu(e) {
	return function() {
		return e;
	};
}
var Uu = Math.abs, Y = Math.atan2, Wu = Math.cos, Gu = Math.max, Ku = Math.min, qu = Math.sin, Ju = Math.sqrt, X = 1e-12, Yu = Math.PI, Xu = Yu / 2, Zu = 2 * Yu;
function Qu(e) {
	return e > 1 ? 0 : e < -1 ? Yu : Math.acos(e);
}
function $u(e) {
	return e >= 1 ? Xu : e <= -1 ? -Xu : Math.asin(e);
}
function ed(e) {
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
	}, () => new Pl(t);
}
function td(e) {
	return e.innerRadius;
}
function nd(e) {
	return e.outerRadius;
}
function rd(e) {
	return e.startAngle;
}
function id(e) {
	return e.endAngle;
}
function ad(e) {
	return e && e.padAngle;
}
function od(e, t, n, r, i, a, o, s) {
	var c = n - e, l = r - t, u = o - i, d = s - a, f = d * c - u * l;
	if (!(f * f < X)) return f = (u * (t - a) - d * (e - i)) / f, [e + f * c, t + f * l];
}
function sd(e, t, n, r, i, a, o) {
	var s = e - n, c = t - r, l = (o ? a : -a) / Ju(s * s + c * c), u = l * c, d = -l * s, f = e + u, p = t + d, m = n + u, h = r + d, g = (f + m) / 2, _ = (p + h) / 2, v = m - f, y = h - p, b = v * v + y * y, x = i - a, S = f * h - m * p, C = (y < 0 ? -1 : 1) * Ju(Gu(0, x * x * b - S * S)), w = (S * y - v * C) / b, T = (-S * v - y * C) / b, E = (S * y + v * C) / b, D = (-S * v + y * C) / b, O = w - g, k = T - _, A = E - g, j = D - _;
	return O * O + k * k > A * A + j * j && (w = E, T = D), {
		cx: w,
		cy: T,
		x01: -u,
		y01: -d,
		x11: w * (i / x - 1),
		y11: T * (i / x - 1)
	};
}
function cd() {
	var e = td, t = nd, n = Hu(0), r = null, i = rd, a = id, o = ad, s = null, c = ed(l);
	function l() {
		var l, u, d = +e.apply(this, arguments), f = +t.apply(this, arguments), p = i.apply(this, arguments) - Xu, m = a.apply(this, arguments) - Xu, h = Uu(m - p), g = m > p;
		if (s || (s = l = c()), f < d && (u = f, f = d, d = u), !(f > X)) s.moveTo(0, 0);
		else if (h > Zu - X) s.moveTo(f * Wu(p), f * qu(p)), s.arc(0, 0, f, p, m, !g), d > X && (s.moveTo(d * Wu(m), d * qu(m)), s.arc(0, 0, d, m, p, g));
		else {
			var _ = p, v = m, y = p, b = m, x = h, S = h, C = o.apply(this, arguments) / 2, w = C > X && (r ? +r.apply(this, arguments) : Ju(d * d + f * f)), T = Ku(Uu(f - d) / 2, +n.apply(this, arguments)), E = T, D = T, O, k;
			if (w > X) {
				var A = $u(w / d * qu(C)), j = $u(w / f * qu(C));
				(x -= A * 2) > X ? (A *= g ? 1 : -1, y += A, b -= A) : (x = 0, y = b = (p + m) / 2), (S -= j * 2) > X ? (j *= g ? 1 : -1, _ += j, v -= j) : (S = 0, _ = v = (p + m) / 2);
			}
			var M = f * Wu(_), N = f * qu(_), ee = d * Wu(b), P = d * qu(b);
			if (T > X) {
				var te = f * Wu(v), ne = f * qu(v), re = d * Wu(y), ie = d * qu(y), ae;
				if (h < Yu) {
					if (ae = od(M, N, re, ie, te, ne, ee, P)) {
						var oe = M - ae[0], se = N - ae[1], ce = te - ae[0], F = ne - ae[1], le = 1 / qu(Qu((oe * ce + se * F) / (Ju(oe * oe + se * se) * Ju(ce * ce + F * F))) / 2), ue = Ju(ae[0] * ae[0] + ae[1] * ae[1]);
						E = Ku(T, (d - ue) / (le - 1)), D = Ku(T, (f - ue) / (le + 1));
					} else E = D = 0;
				}
			}
			S > X ? D > X ? (O = sd(re, ie, M, N, f, D, g), k = sd(te, ne, ee, P, f, D, g), s.moveTo(O.cx + O.x01, O.cy + O.y01), D < T ? s.arc(O.cx, O.cy, D, Y(O.y01, O.x01), Y(k.y01, k.x01), !g) : (s.arc(O.cx, O.cy, D, Y(O.y01, O.x01), Y(O.y11, O.x11), !g), s.arc(0, 0, f, Y(O.cy + O.y11, O.cx + O.x11), Y(k.cy + k.y11, k.cx + k.x11), !g), s.arc(k.cx, k.cy, D, Y(k.y11, k.x11), Y(k.y01, k.x01), !g))) : (s.moveTo(M, N), s.arc(0, 0, f, _, v, !g)) : s.moveTo(M, N), !(d > X) || !(x > X) ? s.lineTo(ee, P) : E > X ? (O = sd(ee, P, te, ne, d, -E, g), k = sd(M, N, re, ie, d, -E, g), s.lineTo(O.cx + O.x01, O.cy + O.y01), E < T ? s.arc(O.cx, O.cy, E, Y(O.y01, O.x01), Y(k.y01, k.x01), !g) : (s.arc(O.cx, O.cy, E, Y(O.y01, O.x01), Y(O.y11, O.x11), !g), s.arc(0, 0, d, Y(O.cy + O.y11, O.cx + O.x11), Y(k.cy + k.y11, k.cx + k.x11), g), s.arc(k.cx, k.cy, E, Y(k.y11, k.x11), Y(k.y01, k.x01), !g))) : s.arc(0, 0, d, b, y, g);
		}
		if (s.closePath(), l) return s = null, l + "" || null;
	}
	return l.centroid = function() {
		var n = (+e.apply(this, arguments) + +t.apply(this, arguments)) / 2, r = (+i.apply(this, arguments) + +a.apply(this, arguments)) / 2 - Yu / 2;
		return [Wu(r) * n, qu(r) * n];
	}, l.innerRadius = function(t) {
		return arguments.length ? (e = typeof t == "function" ? t : Hu(+t), l) : e;
	}, l.outerRadius = function(e) {
		return arguments.length ? (t = typeof e == "function" ? e : Hu(+e), l) : t;
	}, l.cornerRadius = function(e) {
		return arguments.length ? (n = typeof e == "function" ? e : Hu(+e), l) : n;
	}, l.padRadius = function(e) {
		return arguments.length ? (r = e == null ? null : typeof e == "function" ? e : Hu(+e), l) : r;
	}, l.startAngle = function(e) {
		return arguments.length ? (i = typeof e == "function" ? e : Hu(+e), l) : i;
	}, l.endAngle = function(e) {
		return arguments.length ? (a = typeof e == "function" ? e : Hu(+e), l) : a;
	}, l.padAngle = function(e) {
		return arguments.length ? (o = typeof e == "function" ? e : Hu(+e), l) : o;
	}, l.context = function(e) {
		return arguments.length ? (s = e ?? null, l) : s;
	}, l;
}
Array.prototype.slice;
function ld(e) {
	return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function ud(e) {
	this._context = e;
}
ud.prototype = {
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
function dd(e) {
	return new ud(e);
}
function fd(e) {
	return e[0];
}
function pd(e) {
	return e[1];
}
function md(e, t) {
	var n = Hu(!0), r = null, i = dd, a = null, o = ed(s);
	e = typeof e == "function" ? e : e === void 0 ? fd : Hu(e), t = typeof t == "function" ? t : t === void 0 ? pd : Hu(t);
	function s(s) {
		var c, l = (s = ld(s)).length, u, d = !1, f;
		for (r ?? (a = i(f = o())), c = 0; c <= l; ++c) !(c < l && n(u = s[c], c, s)) === d && ((d = !d) ? a.lineStart() : a.lineEnd()), d && a.point(+e(u, c, s), +t(u, c, s));
		if (f) return a = null, f + "" || null;
	}
	return s.x = function(t) {
		return arguments.length ? (e = typeof t == "function" ? t : Hu(+t), s) : e;
	}, s.y = function(e) {
		return arguments.length ? (t = typeof e == "function" ? e : Hu(+e), s) : t;
	}, s.defined = function(e) {
		return arguments.length ? (n = typeof e == "function" ? e : Hu(!!e), s) : n;
	}, s.curve = function(e) {
		return arguments.length ? (i = e, r != null && (a = i(r)), s) : i;
	}, s.context = function(e) {
		return arguments.length ? (e == null ? r = a = null : a = i(r = e), s) : r;
	}, s;
}
gd(dd);
function hd(e) {
	this._curve = e;
}
hd.prototype = {
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
function gd(e) {
	function t(t) {
		return new hd(e(t));
	}
	return t._curve = e, t;
}
Ju(3), Ju(1 / 3) * 2;
var _d = qu(Yu / 10) / qu(7 * Yu / 10);
qu(Zu / 10) * _d, -Wu(Zu / 10) * _d, Ju(3), Ju(3), Ju(3) / 2, (1 / Ju(12) / 2 + 1) * 3;
function vd() {}
function yd(e, t, n) {
	e._context.bezierCurveTo((2 * e._x0 + e._x1) / 3, (2 * e._y0 + e._y1) / 3, (e._x0 + 2 * e._x1) / 3, (e._y0 + 2 * e._y1) / 3, (e._x0 + 4 * e._x1 + t) / 6, (e._y0 + 4 * e._y1 + n) / 6);
}
function bd(e) {
	this._context = e;
}
bd.prototype = {
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
			case 3: yd(this, this._x1, this._y1);
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
			default: yd(this, e, t);
		}
		this._x0 = this._x1, this._x1 = e, this._y0 = this._y1, this._y1 = t;
	}
};
function xd(e, t) {
	this._basis = new bd(e), this._beta = t;
}
xd.prototype = {
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
		return t === 1 ? new bd(e) : new xd(e, t);
	}
	return n.beta = function(t) {
		return e(+t);
	}, n;
})(.85);
function Sd(e, t, n) {
	e._context.bezierCurveTo(e._x1 + e._k * (e._x2 - e._x0), e._y1 + e._k * (e._y2 - e._y0), e._x2 + e._k * (e._x1 - t), e._y2 + e._k * (e._y1 - n), e._x2, e._y2);
}
function Cd(e, t) {
	this._context = e, this._k = (1 - t) / 6;
}
Cd.prototype = {
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
			case 3: Sd(this, this._x1, this._y1);
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
			default: Sd(this, e, t);
		}
		this._x0 = this._x1, this._x1 = this._x2, this._x2 = e, this._y0 = this._y1, this._y1 = this._y2, this._y2 = t;
	}
}, (function e(t) {
	function n(e) {
		return new Cd(e, t);
	}
	return n.tension = function(t) {
		return e(+t);
	}, n;
})(0);
function wd(e, t) {
	this._context = e, this._k = (1 - t) / 6;
}
wd.prototype = {
	areaStart: vd,
	areaEnd: vd,
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
			default: Sd(this, e, t);
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
			default: Sd(this, e, t);
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
function Ed(e, t, n) {
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
function Dd(e, t) {
	this._context = e, this._alpha = t;
}
Dd.prototype = {
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
			default: Ed(this, e, t);
		}
		this._l01_a = this._l12_a, this._l12_a = this._l23_a, this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a, this._x0 = this._x1, this._x1 = this._x2, this._x2 = e, this._y0 = this._y1, this._y1 = this._y2, this._y2 = t;
	}
}, (function e(t) {
	function n(e) {
		return t ? new Dd(e, t) : new Cd(e, 0);
	}
	return n.alpha = function(t) {
		return e(+t);
	}, n;
})(.5);
function Od(e, t) {
	this._context = e, this._alpha = t;
}
Od.prototype = {
	areaStart: vd,
	areaEnd: vd,
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
			default: Ed(this, e, t);
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
			default: Ed(this, e, t);
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
function Ad(e) {
	return e < 0 ? -1 : 1;
}
function jd(e, t, n) {
	var r = e._x1 - e._x0, i = t - e._x1, a = (e._y1 - e._y0) / (r || i < 0 && -0), o = (n - e._y1) / (i || r < 0 && -0), s = (a * i + o * r) / (r + i);
	return (Ad(a) + Ad(o)) * Math.min(Math.abs(a), Math.abs(o), .5 * Math.abs(s)) || 0;
}
function Md(e, t) {
	var n = e._x1 - e._x0;
	return n ? (3 * (e._y1 - e._y0) / n - t) / 2 : t;
}
function Nd(e, t, n) {
	var r = e._x0, i = e._y0, a = e._x1, o = e._y1, s = (a - r) / 3;
	e._context.bezierCurveTo(r + s, i + s * t, a - s, o - s * n, a, o);
}
function Pd(e) {
	this._context = e;
}
Pd.prototype = {
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
			case 3: Nd(this, this._t0, Md(this, this._t0));
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
					this._point = 3, Nd(this, Md(this, n = jd(this, e, t)), n);
					break;
				default: Nd(this, this._t0, n = jd(this, e, t));
			}
			this._x0 = this._x1, this._x1 = e, this._y0 = this._y1, this._y1 = t, this._t0 = n;
		}
	}
}, Object.create(Pd.prototype).point = function(e, t) {
	Pd.prototype.point.call(this, t, e);
};
// node_modules/d3-zoom/dist/d3-zoom.mjs
var Fd = (e) => () => e;
function Id(e, { sourceEvent: t, target: n, transform: r, dispatch: i }) {
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
function Ld(e, t, n) {
	this.k = e, this.x = t, this.y = n;
}
Ld.prototype = {
	constructor: Ld,
	scale: function(e) {
		return e === 1 ? this : new Ld(this.k * e, this.x, this.y);
	},
	translate: function(e, t) {
		return e === 0 & t === 0 ? this : new Ld(this.k, this.x + this.k * e, this.y + this.k * t);
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
var Rd = new Ld(1, 0, 0);
zd.prototype = Ld.prototype;
function zd(e) {
	for (; !e.__zoom;) if (!(e = e.parentNode)) return Rd;
	return e.__zoom;
}
function Bd(e) {
	e.stopImmediatePropagation();
}
function Vd(e) {
	e.preventDefault(), e.stopImmediatePropagation();
}
function Hd(e) {
	return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Ud() {
	var e = this;
	return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Wd() {
	return this.__zoom || Rd;
}
function Gd(e) {
	return -e.deltaY * (e.deltaMode === 1 ? .05 : e.deltaMode ? 1 : .002) * (e.ctrlKey ? 10 : 1);
}
function Kd() {
	return navigator.maxTouchPoints || "ontouchstart" in this;
}
function qd(e, t, n) {
	var r = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], a = e.invertY(t[0][1]) - n[0][1], o = e.invertY(t[1][1]) - n[1][1];
	return e.translate(i > r ? (r + i) / 2 : Math.min(0, r) || Math.max(0, i), o > a ? (a + o) / 2 : Math.min(0, a) || Math.max(0, o));
}
function Jd() {
	var e = Hd, t = Ud, n = qd, r = Gd, i = Kd, a = [0, Infinity], o = [[-Infinity, -Infinity], [Infinity, Infinity]], s = 250, c = $o, l = Bn("start", "zoom", "end"), u, d, f, p = 500, m = 150, h = 0, g = 10;
	function _(e) {
		e.property("__zoom", Wd).on("wheel.zoom", w, { passive: !1 }).on("mousedown.zoom", T).on("dblclick.zoom", E).filter(i).on("touchstart.zoom", D).on("touchmove.zoom", O).on("touchend.zoom touchcancel.zoom", k).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
	}
	_.transform = function(e, t, n, r) {
		var i = e.selection ? e.selection() : e;
		i.property("__zoom", Wd), e === i ? i.interrupt().each(function() {
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
			return n(Rd.translate(c[0], c[1]).scale(s.k).translate(typeof r == "function" ? -r.apply(this, arguments) : -r, typeof i == "function" ? -i.apply(this, arguments) : -i), e, o);
		}, a, s);
	};
	function v(e, t) {
		return t = Math.max(a[0], Math.min(a[1], t)), t === e.k ? e : new Ld(t, e.x, e.y);
	}
	function y(e, t, n) {
		var r = t[0] - n[0] * e.k, i = t[1] - n[1] * e.k;
		return r === e.x && i === e.y ? e : new Ld(e.k, r, i);
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
					e = new Ld(n, l[0] - t[0] * n, l[1] - t[1] * n);
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
			var t = V(this.that).datum();
			l.call(e, this.that, new Id(e, {
				sourceEvent: this.sourceEvent,
				target: _,
				transform: this.that.__zoom,
				dispatch: l
			}), t);
		}
	};
	function w(t, ...i) {
		if (!e.apply(this, arguments)) return;
		var s = S(this, i).event(t), c = this.__zoom, l = Math.max(a[0], Math.min(a[1], c.k * 2 ** r.apply(this, arguments))), u = H(t);
		if (s.wheel) (s.mouse[0][0] !== u[0] || s.mouse[0][1] !== u[1]) && (s.mouse[1] = c.invert(s.mouse[0] = u)), clearTimeout(s.wheel);
		else if (c.k === l) return;
		else s.mouse = [u, c.invert(u)], Ws(this), s.start();
		Vd(t), s.wheel = setTimeout(d, m), s.zoom("mouse", n(y(v(c, l), s.mouse[0], s.mouse[1]), s.extent, o));
		function d() {
			s.wheel = null, s.end();
		}
	}
	function T(t, ...r) {
		if (f || !e.apply(this, arguments)) return;
		var i = t.currentTarget, a = S(this, r, !0).event(t), s = V(t.view).on("mousemove.zoom", d, !0).on("mouseup.zoom", p, !0), c = H(t, i), l = t.clientX, u = t.clientY;
		Xi(t.view), Bd(t), a.mouse = [c, this.__zoom.invert(c)], Ws(this), a.start();
		function d(e) {
			if (Vd(e), !a.moved) {
				var t = e.clientX - l, r = e.clientY - u;
				a.moved = t * t + r * r > h;
			}
			a.event(e).zoom("mouse", n(y(a.that.__zoom, a.mouse[0] = H(e, i), a.mouse[1]), a.extent, o));
		}
		function p(e) {
			s.on("mousemove.zoom mouseup.zoom", null), Zi(e.view, a.moved), Vd(e), a.event(e).end();
		}
	}
	function E(r, ...i) {
		if (e.apply(this, arguments)) {
			var a = this.__zoom, c = H(r.changedTouches ? r.changedTouches[0] : r, this), l = a.invert(c), u = a.k * (r.shiftKey ? .5 : 2), d = n(y(v(a, u), c, l), t.apply(this, i), o);
			Vd(r), s > 0 ? V(this).transition().duration(s).call(x, d, c, r) : V(this).call(_.transform, d, c, r);
		}
	}
	function D(t, ...n) {
		if (e.apply(this, arguments)) {
			var r = t.touches, i = r.length, a = S(this, n, t.changedTouches.length === i).event(t), o, s, c, l;
			for (Bd(t), s = 0; s < i; ++s) c = r[s], l = H(c, this), l = [
				l,
				this.__zoom.invert(l),
				c.identifier
			], a.touch0 ? !a.touch1 && a.touch0[2] !== l[2] && (a.touch1 = l, a.taps = 0) : (a.touch0 = l, o = !0, a.taps = 1 + !!u);
			u && (u = clearTimeout(u)), o && (a.taps < 2 && (d = l[0], u = setTimeout(function() {
				u = null;
			}, p)), Ws(this), a.start());
		}
	}
	function O(e, ...t) {
		if (this.__zooming) {
			var r = S(this, t).event(e), i = e.changedTouches, a = i.length, s, c, l, u;
			for (Vd(e), s = 0; s < a; ++s) c = i[s], l = H(c, this), r.touch0 && r.touch0[2] === c.identifier ? r.touch0[0] = l : r.touch1 && r.touch1[2] === c.identifier && (r.touch1[0] = l);
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
			for (Bd(e), f && clearTimeout(f), f = setTimeout(function() {
				f = null;
			}, p), a = 0; a < i; ++a) o = r[a], n.touch0 && n.touch0[2] === o.identifier ? delete n.touch0 : n.touch1 && n.touch1[2] === o.identifier && delete n.touch1;
			if (n.touch1 && !n.touch0 && (n.touch0 = n.touch1, delete n.touch1), n.touch0) n.touch0[1] = this.__zoom.invert(n.touch0[0]);
			else if (n.end(), n.taps === 2 && (o = H(o, this), Math.hypot(d[0] - o[0], d[1] - o[1]) < g)) {
				var s = V(this).on("dblclick.zoom");
				s && s.apply(this, arguments);
			}
		}
	}
	return _.wheelDelta = function(e) {
		return arguments.length ? (r = typeof e == "function" ? e : Fd(+e), _) : r;
	}, _.filter = function(t) {
		return arguments.length ? (e = typeof t == "function" ? t : Fd(!!t), _) : e;
	}, _.touchable = function(e) {
		return arguments.length ? (i = typeof e == "function" ? e : Fd(!!e), _) : i;
	}, _.extent = function(e) {
		return arguments.length ? (t = typeof e == "function" ? e : Fd([[+e[0][0], +e[0][1]], [+e[1][0], +e[1][1]]]), _) : t;
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
function Yd(e, t) {
	e.append("text").attr("class", "tbt-axis-label").attr("x", t.iw / 2).attr("y", t.xLabelY).attr("text-anchor", "middle").text(t.xLabel), e.append("text").attr("class", "tbt-axis-label").attr("transform", `translate(${t.yLabelX},${t.ih / 2}) rotate(-90)`).attr("text-anchor", "middle").text(t.yLabel);
}
function Xd(e, t, n, r, i, a) {
	let [o, s] = H(e, t), c = Math.floor(o / n), l = Math.floor(s / r);
	return l >= 0 && l < i && c >= 0 && c < a ? [l, c] : null;
}
// src/charts/lines.ts
var Zd = 3.2, Qd = 3;
function $d(e, t, n) {
	switch (e) {
		case "cross": return `M${t - Zd},${n - Zd}L${t + Zd},${n + Zd}M${t - Zd},${n + Zd}L${t + Zd},${n - Zd}`;
		case "circle": return `M${t - Qd},${n}a${Qd},${Qd} 0 1,0 6,0a${Qd},${Qd} 0 1,0 -6,0Z`;
		case "square": return `M${t - Qd},${n - Qd}h6v6h-6Z`;
		default: return "";
	}
}
function ef(e, t = 11) {
	return e.length * t * .58;
}
function tf(e, t) {
	let n = t.yTickFormat ?? yu("~g"), r = t.valueFormat ?? n, i = t.xFormat ?? ((e) => t.xTicks ? t.xTicks.find((t) => t.value === e)?.label ?? String(e) : String(e)), a = t.yDomain;
	if (!a) {
		let n = Infinity, r = -Infinity;
		for (let t of e) for (let e of t.points) e.y !== null && (n = Math.min(n, e.y), r = Math.max(r, e.y));
		for (let e of t.refLines ?? []) n = Math.min(n, e.y), r = Math.max(r, e.y);
		(t.yZero || t.zeroLine) && (n = Math.min(n, 0), r = Math.max(r, 0)), n === Infinity && ([n, r] = [0, 1]), n === r && ([n, r] = [n - .5 * (Math.abs(n) || 1), r + .5 * (Math.abs(r) || 1)]);
		let i = (r - n) * .06;
		a = [n - (t.yZero && n === 0 ? 0 : i), r + i];
	}
	let o = J().domain(a).nice(5), s = o.ticks(5), c = Math.max(...s.map((e) => ef(n(e))), 10), l = /* @__PURE__ */ new Set();
	for (let t of e) for (let e of t.points) l.add(e.x);
	let u = [...l].sort((e, t) => e - t), d = t.xDomain ?? (u.length ? [u[0], u[u.length - 1]] : [0, 1]);
	d[0] === d[1] && (d = [d[0] - .5, d[1] + .5]);
	let f = !!t.xTicks && t.xTicks.some((e) => ef(e.label) > (t.width - 80) / Math.max(t.xTicks.length, 1) - 4), p = f ? Math.min(90, Math.max(...t.xTicks.map((e) => ef(e.label))) * .72 + 12) : 18, m = {
		top: 14,
		right: 16,
		bottom: p + 26,
		left: Math.ceil(c) + 30
	}, h = Math.max(t.width, 200), g = Math.max(t.height, 120), _ = h - m.left - m.right, v = g - m.top - m.bottom, y = t.xTicks ? .5 : 0, b = J().domain([d[0] - y, d[1] + y]).range([0, _]), x = o.range([v, 0]), S = I("svg", {
		class: "tbt-chart",
		width: h,
		height: g,
		viewBox: `0 0 ${h} ${g}`,
		role: "img",
		"aria-label": t.ariaLabel
	}), C = V(S).append("g").attr("transform", `translate(${m.left},${m.top})`);
	if (C.append("g").attr("class", "tbt-gridlines").selectAll("line").data(s).join("line").attr("x1", 0).attr("x2", _).attr("y1", (e) => x(e)).attr("y2", (e) => x(e)), t.highlightX !== null && t.highlightX !== void 0 && t.xTicks) {
		let e = Math.abs(b(1) - b(0));
		C.append("rect").attr("class", "tbt-highlight-band").attr("x", b(t.highlightX) - e / 2).attr("width", e).attr("y", 0).attr("height", v);
	}
	let w = Rn(x).tickValues(s).tickFormat((e) => n(e)).tickSizeOuter(0);
	C.append("g").attr("class", "tbt-axis tbt-axis-y").call(w);
	let T;
	if (t.xTicks) T = Ln(b).tickValues(t.xTicks.map((e) => e.value)).tickFormat((e) => i(e)).tickSizeOuter(0);
	else {
		let e = b.ticks(Math.max(2, Math.floor(_ / 70))).filter((e) => Number.isInteger(e));
		T = Ln(b).tickValues(e).tickFormat((e) => String(e)).tickSizeOuter(0);
	}
	let E = C.append("g").attr("class", "tbt-axis tbt-axis-x").attr("transform", `translate(0,${v})`).call(T);
	f && E.selectAll("text").attr("text-anchor", "end").attr("dx", "-0.5em").attr("dy", "0.3em").attr("transform", "rotate(-40)"), Yd(C, {
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
	let D = md().defined((e) => e.y !== null).x((e) => b(e.x)).y((e) => x(e.y)), O = C.append("g").attr("class", "tbt-series");
	for (let t of e) {
		let e = O.append("g").attr("class", "tbt-line-series").attr("data-series", t.id);
		if (t.markersOnly || e.append("path").attr("class", "tbt-line").attr("d", D(t.points) ?? "").attr("fill", "none").attr("stroke", t.color).attr("stroke-width", t.width ?? 1.8).attr("stroke-dasharray", t.dash || null).attr("stroke-linejoin", "round").attr("stroke-linecap", "round"), t.marker && t.marker !== "none") {
			let n = /* @__PURE__ */ new Map();
			t.points.forEach((e, r) => {
				if (e.y === null) return;
				let i = typeof t.marker == "function" ? t.marker(e, r) : t.marker;
				if (i === "none") return;
				let a = n.get(i) ?? [];
				a.push($d(i, b(e.x), x(e.y))), n.set(i, a);
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
			let t = b.invert(e), n = cn(u, t);
			return u[Math.max(0, Math.min(u.length - 1, n))];
		};
		a.on("mousemove", (a) => {
			let [s] = H(a, C.node()), c = o(s);
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
			let [n] = H(e, C.node()), r = o(n);
			r !== null && t.onClickX(r);
		});
	}
	return S;
}
// src/charts/tooltip.ts
var nf = class {
	constructor(e) {
		this.element = F("div", {
			class: "tbt-tooltip",
			role: "tooltip",
			"aria-hidden": "true"
		}), getComputedStyle(e).position === "static" && (e.style.position = "relative"), e.appendChild(this.element);
	}
	show(e, t, n, r) {
		let i = this.element;
		L(i), i.appendChild(F("div", { class: "tbt-tooltip-title" }, n));
		for (let e of r) {
			let t = F("span", { class: "tbt-swatch" });
			e.color ? (t.style.borderTopColor = e.color, t.style.borderTopStyle = e.dash ? "dashed" : "solid") : t.style.visibility = "hidden", i.appendChild(F("div", { class: `tbt-tooltip-row${e.muted ? " tbt-muted" : ""}` }, t, F("span", { class: "tbt-tooltip-label" }, e.label), e.value === void 0 ? null : F("span", { class: "tbt-tooltip-value" }, e.value)));
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
function rf(e, t, n, r, i, a, o) {
	let s = t.getBoundingClientRect(), c = e.offsetWidth || a, l = e.offsetHeight || o, u = n - s.left + i;
	u + c > s.width && (u = Math.max(0, n - s.left - c - i)), e.style.left = `${u}px`, e.style.top = `${Math.max(0, Math.min(r - s.top - l / 2, s.height - l))}px`;
}
// src/statistics/accuracy.ts
var af = {
	target_val: g.solid,
	target: g.dashed,
	source: g.dotted
}, of = [
	"target_val",
	"target",
	"source"
];
// src/statistics/transferability.ts
R({
	id: "stat-accuracy",
	section: "statistical",
	title: "Accuracy over training",
	span: 8,
	order: 20,
	info: "Colour = data domain (one run) or run (several runs; line style = data). Marker = model: ○ the pretrained model (first step), × the fine-tuned model. The dotted line is the pretrained model reused directly on the target data. Click to select a step.",
	mount(e) {
		let { panel: t, store: n } = e, r = "accuracy", i = /* @__PURE__ */ new Set(), a = null, o = F("select", {
			class: "tbt-select",
			"aria-label": "Metric"
		}, F("option", { value: "accuracy" }, "Accuracy"), F("option", { value: "loss" }, "Loss"));
		o.addEventListener("change", () => {
			r = o.value === "loss" ? "loss" : "accuracy", t.setTitle(r === "loss" ? "Loss over training" : "Accuracy over training"), c.schedule();
		}), t.controls.appendChild(o), t.setExports({ figure: () => a ? {
			svg: a,
			name: `${r}`
		} : null });
		let c = Zt(e, {
			key: (e, t) => `${r}|${[...i]}|${e.sel.compareMode}|${t}`,
			draw: (e, o) => {
				let l = t.body;
				L(l);
				let u = e.theme, d = r === "accuracy", f = e.pair !== null, p = yu(d ? ".1%" : ".3f"), m = [], h = (e) => e.stats.steps[0], _ = e.runs.reduce((e, t) => e + t.stats.steps.length * 3, 0) > 600 || e.runs.some((e) => e.stats.steps.length > 40), v = (e) => (t) => t.x === h(e) ? "circle" : !_ || t.x === e.step ? "cross" : "none", y = e.runs[0], b = of.filter((t) => e.runs.some((e) => Le(Ie(e.stats, t, r)))), x = [];
				for (let t of e.runs) if (!(f && t === y)) for (let n of b) {
					if (i.has(n)) continue;
					let a = Ie(t.stats, n, r);
					Le(a) && (f && (a = Be(Ie(y.stats, n, r), a)), m.push({
						id: `${t.run}:${n}`,
						group: e.single ? void 0 : t.run,
						label: Wt[n],
						color: e.single ? Gt(n, u) : t.color,
						dash: e.single ? n === "target_val" ? g.dashed : g.solid : af[n],
						points: a,
						marker: v(t),
						width: n === "target_val" ? 2.2 : 1.6
					}));
				}
				if (!f && e.single && d) {
					let t = ze(e.runs[0].stats);
					t && x.push({
						y: t.value,
						label: `direct reuse ${Ye(t.value)}`,
						name: `direct reuse (pretrained on ${Wt[t.split]})`,
						color: s[u].targetLight,
						dash: g.dotted
					});
				}
				let S = e.single ? b.map((e) => ({
					id: e,
					label: Wt[e],
					color: Gt(e, u),
					dash: e === "target_val" ? g.dashed : "",
					marker: "cross",
					hidden: i.has(e)
				})) : b.map((e) => ({
					id: e,
					label: Wt[e],
					color: "var(--tbt-muted)",
					dash: af[e],
					hidden: i.has(e)
				})), C = F("div", { class: "tbt-legend-row" });
				C.appendChild(pe(S, (e) => {
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
				}), C.appendChild(pe(T, void 0, "Markers")), e.single || C.appendChild(qt(e, f ? y.run : null)), l.appendChild(C);
				let E = f ? `Δ ${d ? "accuracy" : "loss"} vs ${y.run}${d ? " (pp)" : ""}` : d ? "Accuracy (%)" : "Loss (cross-entropy)", D = d ? (e) => Xe(e) : yu("+.3f");
				a = tf(m, {
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
					tooltip: new nf(l),
					ariaLabel: `${d ? "Accuracy" : "Loss"} over steps for ${e.runs.length} run(s)`
				}), l.appendChild(F("div", { class: "tbt-figure" }, a));
			}
		});
		return c;
	}
}), R({
	id: "stat-transferability",
	section: "statistical",
	title: "Transferability score",
	span: 4,
	order: 30,
	info: Ut,
	mount(e) {
		let { panel: t, store: n } = e, r = null;
		return t.setExports({ figure: () => r ? {
			svg: r,
			name: "transferability"
		} : null }), Zt(e, {
			key: (e, t) => `${e.sel.compareMode}|${t}`,
			draw: (e, i) => {
				let a = t.body;
				L(a);
				let o = e.theme, c = e.pair !== null, l = e.runs[0], u = [];
				for (let t of e.runs) {
					if (c && t === l) continue;
					let n = Re(t.stats);
					c && (n = Be(Re(l.stats), n)), u.push({
						id: t.run,
						label: e.single ? "transferability" : t.run,
						color: e.single ? s[o].target : t.color,
						points: n,
						marker: (e) => e.x === t.stats.steps[0] ? "circle" : "cross"
					});
				}
				if (!u.some((e) => Le(e.points))) {
					a.appendChild(F("p", { class: "tbt-note" }, "Not defined for these runs: the label spaces of source and target differ and no source head maps them.")), r = null;
					return;
				}
				let d = F("div", { class: "tbt-headline" });
				for (let t of e.runs.slice(0, 4)) {
					let n = t.t >= 0 ? Re(t.stats)[t.t]?.y ?? null : null;
					d.appendChild(F("div", {
						class: "tbt-headline-item",
						title: Ut
					}, e.single ? null : fe({
						color: t.color,
						marker: "square",
						markerOnly: !0
					}), F("span", { class: `tbt-headline-value ${n === null ? "" : n >= 0 ? "tbt-good" : "tbt-bad"}` }, Xe(n)), F("span", { class: "tbt-headline-label" }, e.single ? `at step ${t.step ?? "–"}` : t.run)));
				}
				e.runs.length > 4 && d.appendChild(F("span", { class: "tbt-muted" }, `+${e.runs.length - 4} more (hover the chart)`)), a.appendChild(d);
				let f = Je(u.map((e) => e.points)) ?? [0, 0];
				r = tf(u, {
					width: i,
					height: 230,
					xLabel: `Step (${e.stepLabel})`,
					yLabel: c ? `Δ score vs ${l.run} (pp)` : "Gain over direct reuse (pp)",
					yDomain: [Math.min(f[0], 0), Math.max(f[1], 0)],
					yTickFormat: (e) => `${Math.round(e * 100)}`,
					valueFormat: (e) => Xe(e),
					zeroLine: !0,
					yZero: !0,
					markX: e.selectedStep,
					onClickX: (e) => w(e, n),
					tooltip: new nf(a),
					ariaLabel: "Transferability score over steps"
				}), a.appendChild(F("div", { class: "tbt-figure" }, r));
			}
		});
	}
});
// src/charts/table.ts
function sf(e, t, n) {
	if (e === null && t === null) return 0;
	if (e === null) return 1;
	if (t === null) return -1;
	let r = typeof e == "number" && typeof t == "number" ? e - t : String(e).localeCompare(String(t), void 0, { numeric: !0 });
	return n === "asc" ? r : -r;
}
function cf(e, t, n) {
	let r = t.find((e) => e.id === n.column);
	return r ? e.map((e, t) => ({
		r: e,
		i: t
	})).sort((e, t) => sf(r.sortValue(e.r), r.sortValue(t.r), n.dir) || e.i - t.i).map((e) => e.r) : [...e];
}
function lf(e, t) {
	return [t.map((e) => e.label), ...e.map((e) => t.map((t) => t.csv ? t.csv(e) : t.sortValue(e)))];
}
function uf(e) {
	let t = cf(e.rows, e.columns, e.sort), n = F("table", {
		class: "tbt-table",
		"aria-label": e.ariaLabel
	}), r = F("thead"), i = F("tr");
	for (let t of e.columns) {
		let n = e.sort.column === t.id, r = F("th", {
			scope: "col",
			class: `${t.numeric ? "tbt-num" : ""} ${t.className ?? ""}`.trim() || null,
			"aria-sort": n ? e.sort.dir === "asc" ? "ascending" : "descending" : t.sortable === !1 ? null : "none",
			title: t.title ?? null
		});
		if (t.sortable === !1) r.textContent = t.label;
		else {
			let i = F("button", {
				type: "button",
				class: `tbt-sort${n ? " tbt-sort-active" : ""}`,
				"data-column": t.id
			}, t.label, F("span", {
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
	let a = F("tbody"), o = [];
	for (let n of t) {
		let t = e.rowKey(n), r = F("tr", {
			tabindex: e.onRowClick ? 0 : null,
			"data-key": String(t)
		});
		for (let t of e.columns) {
			let e = F("td", { class: `${t.numeric ? "tbt-num" : ""} ${t.className ?? ""}`.trim() || null });
			le(e, t.render(n)), r.appendChild(e);
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
function df(e, t) {
	let n = e.scrollTop, r = e.scrollLeft;
	L(e), e.appendChild(t), e.scrollTop = n, e.scrollLeft = r;
}
// src/statistics/classes.ts
function ff(e) {
	let t = e.class_names, n = (e, t) => {
		let n = F("span", { class: `tbt-bar-cell ${t}` }, F("span", { class: "tbt-bar-value" }, Ye(e))), r = F("span", {
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
			render: (e) => F("span", { class: "tbt-class-name" }, e.name),
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
			render: (e) => F("span", { class: e.diff === null ? "" : e.diff < -.1 ? "tbt-bad" : e.diff > .1 ? "tbt-good" : "" }, Xe(e.diff))
		},
		{
			id: "errors",
			label: "Top target confusions",
			title: "Most frequent wrong predictions for the class's target instances (predicted class: count); sorts by the number of errors",
			sortValue: (e) => e.errors,
			render: (e) => e.confusions.length ? e.confusions.map((n) => F("span", {
				class: "tbt-tag",
				title: `${n.count} target instance(s) of ${e.name} predicted as ${t[n.predicted] ?? n.predicted}`
			}, `${t[n.predicted] ?? n.predicted}: ${n.count}`)) : F("span", { class: "tbt-muted" }, e.errors === null ? "–" : "none"),
			csv: (e) => e.confusions.map((e) => `${t[e.predicted] ?? e.predicted}: ${e.count}`).join("; ")
		}
	];
}
R({
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
		}, i = null, a = null, o = [], s = "", c = F("select", {
			class: "tbt-select",
			"aria-label": "Run shown in the table"
		});
		c.addEventListener("change", () => {
			i = c.value, l.schedule();
		}), t.controls.appendChild(c), t.setExports({ csv: () => a ? {
			rows: lf(a.rowsInOrder(), o),
			name: `classes-${s}`
		} : null });
		let l = Zt(e, {
			controls: (e) => {
				let t = e.runs.map((e) => e.run);
				i && t.includes(i) || (i = t[0] ?? null), L(c);
				for (let e of t) c.appendChild(F("option", { value: e }, e));
				i && (c.value = i), c.hidden = t.length < 2;
			},
			key: () => `${i}|${r.column}:${r.dir}`,
			draw: (e) => {
				let c = t.body, u = e.runs.find((e) => e.run === i) ?? e.runs[0];
				s = u.run;
				let d = We(u.stats, u.t);
				o = ff(u.stats), a = uf({
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
				f || (L(c), f = F("div", { class: "tbt-table-scroll" }), c.appendChild(f)), df(f, a.element);
				let p = c.querySelector(".tbt-caption");
				p || (p = F("p", { class: "tbt-caption" }), c.appendChild(p)), p.textContent = `${u.run} · step ${u.step ?? "–"} · ${d.length} classes${e.sel.class !== null && d[e.sel.class] ? ` · selected: ${d[e.sel.class].name}` : ""}`;
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
function pf(e, t) {
	let n = (e - t[0]) / (t[1] - t[0] || 1);
	return n < 0 ? 0 : n > 1 ? 1 : n;
}
function mf(e) {
	return Eo(e === "dark" ? [
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
function hf(e, t, n = {
	low: "",
	high: ""
}, r = !1) {
	let i = mf(t), a = r ? (e) => i(1 - e) : i;
	return {
		domain: e,
		ramp: a,
		color: (t) => a(pf(t, e)),
		diverging: !1,
		lowNote: n.low,
		highNote: n.high
	};
}
var gf = /* @__PURE__ */ new WeakMap();
function _f(e) {
	let t = gf.get(e);
	if (!t) {
		t = /* @__PURE__ */ new Uint8Array(768);
		for (let n = 0; n < 256; n++) {
			let r = Ca(e.ramp(n / 255));
			t[n * 3] = r.r, t[n * 3 + 1] = r.g, t[n * 3 + 2] = r.b;
		}
		gf.set(e, t);
	}
	return t;
}
function vf(e) {
	return Eo(e === "dark" ? [
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
function yf(e) {
	return e === "dark" ? {
		fill: "#2f343b",
		hatch: "#5d646e"
	} : {
		fill: "#eef0f2",
		hatch: "#b4b9c2"
	};
}
var bf = 0;
function xf(e, t) {
	let n = yf(t), r = `tbt-ov-hatch-${++bf}`, i = V(e), a = i.select("defs");
	a.empty() && (a = i.insert("defs", ":first-child"));
	let o = a.append("pattern").attr("id", r).attr("patternUnits", "userSpaceOnUse").attr("width", 5).attr("height", 5).attr("patternTransform", "rotate(45)");
	return o.append("rect").attr("width", 5).attr("height", 5).attr("fill", n.fill), o.append("line").attr("x1", 1).attr("y1", 0).attr("x2", 1).attr("y2", 5).style("stroke", n.hatch).style("stroke-width", "1.6px"), `url(#${r})`;
}
function Sf(e, t) {
	let n = yf(t), r = document.createElement("canvas");
	r.width = 6, r.height = 6;
	let i = r.getContext("2d");
	return i ? (i.fillStyle = n.fill, i.fillRect(0, 0, 6, 6), i.strokeStyle = n.hatch, i.lineWidth = 1.2, i.beginPath(), i.moveTo(0, 6), i.lineTo(6, 0), i.moveTo(-1, 1), i.lineTo(1, -1), i.moveTo(5, 7), i.lineTo(7, 5), i.stroke(), e.createPattern(r, "repeat") ?? n.fill) : n.fill;
}
// src/charts/colorLegend.ts
var Cf = 0;
function wf(e, t, n, r, i = {}) {
	let a = i.barWidth ?? 170, o = V(e), s = o.select("defs");
	s.empty() && (s = o.insert("defs", ":first-child"));
	let c = `tbt-ov-grad-${++Cf}`, l = s.append("linearGradient").attr("id", c);
	for (let e = 0; e <= 16; e++) l.append("stop").attr("offset", `${e / 16 * 100}%`).attr("stop-color", n.ramp(e / 16));
	let u = t.append("g").attr("class", "tbt-ov-legend").attr("role", "img").attr("aria-label", `Colour scale ${i.label ?? ""} from ${z(n.domain[0])} to ${z(n.domain[1])}`.replace(/\s+/g, " "));
	i.label && u.append("text").attr("class", "tbt-legend-text tbt-ov-legend-title").attr("x", 0).attr("y", 9).text(i.label);
	let d = i.label ? 16 : 6, f = i.tickFormat ?? ((e) => yu("~g")(+e.toPrecision(3))), p = i.ticks ?? J().domain(n.domain).ticks(4);
	!i.ticks && n.diverging && !p.includes(0) && (p = [...p, 0].sort((e, t) => e - t));
	let m = n.lowNote ? `← ${n.lowNote}` : "", h = n.highNote ? `${n.highNote} →` : "", g = m ? ef(m, 11) + 6 : Math.ceil(ef(f(p[0] ?? 0), 11) / 2) + 1;
	m && u.append("text").attr("class", "tbt-legend-text tbt-ov-note").attr("x", g - 5).attr("y", d + 8).attr("text-anchor", "end").text(m), u.append("rect").attr("class", "tbt-legend-bar").attr("x", g).attr("y", d).attr("width", a).attr("height", 10).attr("fill", `url(#${c})`), h && u.append("text").attr("class", "tbt-legend-text tbt-ov-note").attr("x", g + a + 5).attr("y", d + 8).text(h);
	let _ = J().domain(n.domain).range([g, g + a]), v = u.append("g").attr("class", "tbt-ov-legend-ticks");
	for (let e of p) v.append("line").attr("class", "tbt-ov-tick").attr("x1", _(e)).attr("x2", _(e)).attr("y1", d + 10).attr("y2", d + 13), v.append("text").attr("class", "tbt-legend-text").attr("x", _(e)).attr("y", d + 23).attr("text-anchor", "middle").text(f(e));
	let y = g + a + (h ? 5 + ef(h, 11) : Math.ceil(ef(f(p[p.length - 1] ?? 0), 11) / 2) + 1);
	if (i.missing ?? !0) {
		let t = y + 16;
		u.append("rect").attr("x", t).attr("y", d).attr("width", 14).attr("height", 10).attr("fill", xf(e, r)).attr("class", "tbt-ov-null-swatch"), u.append("text").attr("class", "tbt-legend-text").attr("x", t + 18).attr("y", d + 8).text("missing / failed"), y = t + 18 + ef("missing / failed", 11);
	}
	return y;
}
function Tf(e, t, n = {}) {
	let r = n.label ? 42 : 32, i = I("svg", {
		class: "tbt-chart tbt-color-legend",
		height: r,
		role: "img",
		"aria-label": n.label ?? "Colour scale"
	}), a = Math.ceil(wf(i, V(i).append("g"), e, t, n)) + 2;
	return i.setAttribute("width", String(a)), i.setAttribute("viewBox", `0 0 ${a} ${r}`), i;
}
// src/charts/heatmap.ts
function Ef(e, t) {
	let n = t.values.length, r = t.values[0]?.length ?? 0;
	if (n * r > t.canvasThreshold) {
		let e = t.cellW * r, i = t.cellH * n, a = F("canvas", {
			class: "tbt-ov-canvas",
			"data-multiple": t.key ?? null
		}), o = Math.min(2, typeof window < "u" && window.devicePixelRatio || 1);
		return a.width = Math.max(1, Math.round(e * o)), a.height = Math.max(1, Math.round(i * o)), Object.assign(a.style, {
			position: "absolute",
			left: `${t.x}px`,
			top: `${t.y}px`,
			width: `${e}px`,
			height: `${i}px`
		}), Df(a, t, o, e, i), t.wrap.appendChild(a), {
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
function Df(e, t, n, r, i) {
	let a = e.getContext("2d"), o = t.values.length, s = t.values[0]?.length ?? 0;
	if (!a || !o || !s) return;
	let c = e.ownerDocument.createElement("canvas");
	c.width = s, c.height = o;
	let l = c.getContext("2d");
	if (!l) return;
	let u = l.createImageData(s, o), d = _f(t.scale), f = !1;
	for (let e = 0; e < o; e++) for (let n = 0; n < s; n++) {
		let r = t.values[e][n], i = (e * s + n) * 4;
		if (r == null) {
			f = !0;
			continue;
		}
		let a = Math.round(pf(r, t.scale.domain) * 255) * 3;
		u.data[i] = d[a], u.data[i + 1] = d[a + 1], u.data[i + 2] = d[a + 2], u.data[i + 3] = 255;
	}
	l.putImageData(u, 0, 0), a.scale(n, n), f && t.missing && (a.fillStyle = Sf(a, t.theme), a.fillRect(0, 0, r, i)), a.imageSmoothingEnabled = !1, a.drawImage(c, 0, 0, r, i);
}
function Of(e, t) {
	let n = e.append("rect").attr("class", "tbt-ov-hover").attr("data-export", "skip").attr("width", t.cellW).attr("height", t.cellH).style("display", "none"), r = (n) => Xd(n, e.node(), t.cellW, t.cellH, t.rows, t.cols);
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
function kf(e) {
	let t = e.rows.length, n = e.cols.length, r = Math.min(110, Math.max(24, ...e.rows.map((e) => e.length * 6.4 + 10))), i = Math.min(90, Math.max(24, ...e.cols.map((e) => e.length * 6.4 * .75 + 12))), a = {
		top: 10,
		right: 12,
		bottom: i + 22,
		left: r + 22
	}, o = Math.max(3, Math.min(42, Math.floor((e.width - a.left - a.right) / Math.max(n, 1)))), s = o * n, c = o * t, l = s + a.left + a.right, u = c + a.top + a.bottom, d = e.scale ?? hf([0, xn(e.values.flat(), (e) => e ?? 0) || 1], e.theme), f = d.domain, p = F("div", { class: "tbt-heatmap" });
	p.style.width = `${l}px`, p.style.height = `${u}px`;
	let m = I("svg", {
		class: "tbt-chart",
		width: l,
		height: u,
		viewBox: `0 0 ${l} ${u}`,
		role: "img",
		"aria-label": e.ariaLabel
	}), h = V(m).append("g").attr("transform", `translate(${a.left},${a.top})`), g = h.append("rect").attr("class", "tbt-heatmap-frame").attr("width", s).attr("height", c), _ = Ef(h, {
		values: e.values,
		cellW: o,
		cellH: o,
		scale: d,
		theme: e.theme,
		missing: e.hatchMissing ? xf(m, e.theme) : null,
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
	}), Yd(h, {
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
	return (e.tooltip || e.onCellClick) && Of(h, {
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
function Af(e, t) {
	let n = Math.max(1, Math.min(e, Math.floor((t + 18) / 248)));
	return e === 4 && n === 3 && (n = 2), {
		cols: n,
		each: Math.floor((t - 18 * (n - 1)) / n)
	};
}
R({
	id: "stat-confusion",
	section: "statistical",
	title: "Confusion matrix",
	span: 7,
	order: 50,
	info: "Rows: true class; columns: predicted class; colour: share of the true class's probe instances. Click a cell to select its true class.",
	mount(e) {
		let { panel: t, store: n } = e, r = "target", i = null, a = de("Domain", [{
			id: "target",
			label: "Target"
		}, {
			id: "source",
			label: "Source"
		}], (e) => {
			r = e, a.set(e), o.schedule();
		}, { initial: r });
		t.controls.appendChild(a.element), t.setExports({ figure: () => i });
		let o = Zt(e, {
			key: (e, t) => `${r}|${e.sel.class}|${t}`,
			draw: (e, a) => {
				let o = t.body;
				L(o), i = null;
				let s = new nf(o), c = e.runs.slice(0, 4), l = F("div", { class: "tbt-multiples" }), { each: u } = Af(c.length, a), d = hf([0, 1], e.theme);
				for (let t of c) {
					let a = Ge(t.stats, t.t, r), o = F("div", { class: "tbt-multiple" });
					if (e.single || o.appendChild(Kt(t.run, t.color)), !a) {
						o.appendChild(F("p", { class: "tbt-note" }, `No ${r} confusion matrix at step ${t.step ?? "–"}.`)), l.appendChild(o);
						continue;
					}
					let c = t.stats.class_names, f = kf({
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
									value: Ye(a.rates[n][r])
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
				o.appendChild(l), e.runs.length > c.length && o.appendChild(F("p", { class: "tbt-note" }, `Showing the first ${c.length} of ${e.runs.length} selected runs.`)), o.appendChild(Tf(d, e.theme, {
					label: `Share of the true class's ${r} instances`,
					barWidth: 210,
					ticks: [0, 1],
					tickFormat: (e) => Ye(e, 0),
					missing: !1
				}));
			}
		});
		return o;
	}
});
// src/measures.ts
var jf = {
	weight_drift: {
		label: "Relative weight drift",
		unit: "",
		scale: { kind: "zero-max" },
		direction: "changed",
		format: z,
		help: "Relative weight change ‖W − W₀‖ / ‖W₀‖ from the pretrained weights (0 = unchanged). Mixes rotation and rescaling: read it with the cosine.",
		heatmap: !0
	},
	weight_cosine: {
		label: "Weight cosine to pretrained",
		unit: "",
		scale: { kind: "unit-or-signed" },
		direction: "kept",
		format: z,
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
		format: z,
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
		format: z,
		help: "Unbiased linear CKA to the pretrained model on the source probe: how much of the source representation survives (low = forgetting). Values below 0 are drawn as 0. Sensitive to outliers; compare layers with care.",
		heatmap: !0
	},
	mmd: {
		label: "Linear MMD (source vs target)",
		unit: "",
		scale: { kind: "zero-max" },
		direction: "differ",
		format: z,
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
		format: z,
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
		format: z,
		help: "2(1 − 2·error) of the same domain classifier, in [0, 2]; saturates at 2 quickly in high dimensions — prefer the domain AUC.",
		heatmap: !1
	},
	logme: {
		label: "LogME (target labels)",
		unit: "nats per instance",
		scale: { kind: "extent" },
		direction: "kept",
		format: z,
		help: "LogME evidence of the layer's features for the target labels (higher = more linearly usable). Scale depends on the data set; compare runs, not absolute values.",
		heatmap: !1
	}
}, Mf = Object.keys(jf).filter((e) => jf[e].heatmap);
function Nf(e) {
	return jf[e] ?? {
		label: e,
		unit: "",
		scale: { kind: "extent" },
		direction: "changed",
		format: z,
		help: e,
		heatmap: !1
	};
}
function Pf(e) {
	return Nf(e).label;
}
function Ff(e) {
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
var If = "LEEP: log expected empirical prediction of the source head's softmax on the target probe (higher = more transferable)";
function Lf(e) {
	let t = F("div", { class: "tbt-leep" }), n = e.runs.filter((e) => (e.stats.leep ?? []).some((e) => typeof e == "number"));
	if (n.length < e.runs.length) {
		let r = e.runs.length - n.length;
		t.appendChild(F("div", {
			class: "tbt-leep-row",
			title: If
		}, F("span", { class: "tbt-leep-label" }, "LEEP"), F("span", { class: "tbt-muted" }, n.length ? `not logged for ${r} run${r > 1 ? "s" : ""} (no source head)` : "not logged (no source head)")));
	}
	for (let r of n) {
		let n = r.stats.leep ?? [], i = r.t >= 0 ? n[r.t] ?? null : null, a = n[0] ?? null;
		t.appendChild(F("div", {
			class: "tbt-leep-row",
			title: If
		}, e.single ? null : fe({
			color: r.color,
			marker: "square",
			markerOnly: !0
		}), F("span", { class: "tbt-leep-label" }, e.single ? "LEEP" : `${r.run} · LEEP`), F("span", null, `${z(i)} at step ${r.step ?? "–"} · ${z(a)} at step ${r.stats.steps[0]}`)));
	}
	return t;
}
R({
	id: "stat-layers",
	section: "statistical",
	title: "Layer transferability",
	span: 8,
	order: 60,
	info: "A transferability estimate per layer (model order) at the selected step, with the first step (the pretrained model, before fine-tuning) for reference. LogME: log evidence of a linear model on the layer's pooled features for the target labels (higher = features more useful). Gaps: the measure failed or was not computed. Click a layer to select it.",
	mount(e) {
		let { panel: t, store: n } = e, r = "logme", i = null, a = F("select", {
			class: "tbt-select",
			"aria-label": "Layer measure"
		});
		a.addEventListener("change", () => {
			r = a.value, o.schedule();
		}), t.controls.appendChild(a), t.setExports({ figure: () => i ? {
			svg: i,
			name: `layers-${r}`
		} : null });
		let o = Zt(e, {
			controls: (e) => {
				let t = [...new Set(e.runs.flatMap((e) => e.stats.layer_stats.measures))];
				if (t.length && !t.includes(r) && (r = t.includes("logme") ? "logme" : t[0]), [...a.options].map((e) => e.value).join("|") !== t.join("|")) {
					L(a);
					for (let e of t) a.appendChild(F("option", { value: e }, Pf(e)));
				}
				a.value = r;
			},
			key: (e, t) => `${r}|${e.sel.layer}|${t}`,
			draw: (e, a) => {
				let o = t.body;
				L(o);
				let c = e.theme, l = [];
				for (let t of e.runs) for (let e of t.stats.layer_stats.layers) l.includes(e) || l.push(e);
				if (!l.length) {
					i = null, o.appendChild(F("p", { class: "tbt-note" }, "No per-layer measures were logged."));
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
						points: d(t, Ke(t.stats, r, 0)),
						marker: "circle",
						hollow: !0
					}), u.push({
						id: `${t.run}:now`,
						group: e.single ? void 0 : t.run,
						label: `step ${t.step ?? "–"}`,
						color: n,
						points: d(t, Ke(t.stats, r, t.t)),
						marker: t.t === 0 ? "circle" : "cross",
						width: 2
					});
				}
				let f = e.single ? s[c].target : "var(--tbt-muted)", p = F("div", { class: "tbt-legend-row" }, pe([{
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
				e.single || p.appendChild(qt(e, null)), o.appendChild(p);
				let m = e.sel.layer === null ? -1 : l.indexOf(e.sel.layer);
				i = tf(u, {
					width: a,
					height: 260,
					xLabel: "Layer (input → output)",
					yLabel: Pf(r),
					xTicks: l.map((e, t) => ({
						value: t,
						label: e
					})),
					highlightX: m >= 0 ? m : null,
					valueFormat: (e) => Nf(r).format(e),
					yTickFormat: yu("~g"),
					onClickX: (e) => T(l[e] ?? null, n),
					tooltip: new nf(o),
					ariaLabel: `${Pf(r)} per layer`
				}), o.appendChild(F("div", { class: "tbt-figure" }, i)), o.appendChild(Lf(e));
			}
		});
		return o;
	}
});
// src/statistics/failures.ts
function Rf(e, t) {
	return F("li", null, F("span", { class: "tbt-failure-where" }, `${t}${Pf(e.measure)}${e.layer ? ` @ ${e.layer}` : ""}`), F("span", { class: "tbt-failure-error" }, e.error));
}
function zf(e) {
	let t = 0, n = F("ul", { class: "tbt-failures" });
	for (let r of e.runs) {
		let i = qe(r.stats);
		t += i.length;
		for (let t of i.filter((e) => e.step === r.step)) n.appendChild(Rf(t, e.single ? "" : `${r.run} · `));
	}
	let r = n.childElementCount, i = [F("p", { class: r ? "tbt-note tbt-bad" : "tbt-note" }, r ? `${r} failed at step ${e.selectedStep ?? "–"}:` : `No measure failed at step ${e.selectedStep ?? "–"}.`)];
	if (r && i.push(n), t > r) {
		let n = F("ul", { class: "tbt-failures" });
		for (let t of e.runs) for (let r of qe(t.stats)) n.appendChild(Rf(r, `${e.single ? "" : `${t.run} · `}step ${r.step} · `));
		i.push(F("details", { class: "tbt-details" }, F("summary", null, `All steps (${t} failures)`), n));
	}
	return i;
}
R({
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
			for (let n of t.runs) for (let t of qe(n.stats)) e.push([
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
		} }), Zt(e, {
			key: () => "",
			draw(n) {
				t = n, L(e.panel.body), e.panel.body.append(...zf(n));
			}
		});
	}
});
// src/overview/common.ts
var Bf = { watch: (e) => [
	e.runs,
	e.step,
	e.layer,
	e.neuron,
	e.compareMode,
	e.theme
] };
function Vf(e) {
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
		layers: He(r).map((e) => ({
			name: e,
			inputs: [...t.get(e) ?? []]
		})),
		types: n
	};
}
function Hf(e) {
	let t = e.get().runs;
	t.length >= 2 && S([
		t[1],
		t[0],
		...t.slice(2)
	], e);
}
var Uf = (e) => `${e[0].run} − ${e[1].run}`;
function Wf(e) {
	let t = F("div", { class: "tbt-ov-compare" }), n = de("Compare runs", [{
		id: "overlay",
		label: "Side by side",
		title: "Each run as its own small multiple, all on the same scales"
	}, {
		id: "difference",
		label: "A − B",
		title: "The second selected run minus the first (the reference, as in the statistical level), on a diverging scale centred at 0"
	}], (t) => k(t, e.store), { control: "compare" }), r = F("button", {
		type: "button",
		class: "tbt-button tbt-ov-swap",
		"data-control": "swap",
		title: "Swap runs A and B (reorders the first two selected runs)"
	}, "Swap A ⇄ B");
	return r.addEventListener("click", () => Hf(e.store)), t.append(n.element, r), {
		element: t,
		update(e) {
			t.hidden = e.runs.length < 2, n.set(e.sel.compareMode), r.hidden = !e.pair;
		}
	};
}
function Gf(e, t) {
	return t.sel.runs.length ? t.runs.length ? t.layers.length ? (e.setState("ready"), !0) : (e.setState("empty", "The selected runs have no layer measures (layer_stats) yet."), !1) : (t.loading.length ? e.setState("loading", `Loading ${t.loading.join(", ")}…`) : e.setState("error", t.errors.map((e) => `${e.run}: ${e.error}`).join("\n") || "No data."), !1) : (e.setState("empty", "Select one or more runs in the header."), !1);
}
function Kf(e) {
	let t = [], n = e.errors.filter((t) => !e.runs.some((e) => e.run === t.run));
	return e.loading.length && t.push(`Loading ${e.loading.join(", ")}…`), n.length && t.push(`Not shown (could not be read): ${n.map((e) => e.run).join(", ")}.`), t.length ? F("p", {
		class: "tbt-note tbt-ov-sub",
		title: n.map((e) => `${e.run}: ${e.error}`).join("\n")
	}, t.join(" ")) : null;
}
function qf(e, t) {
	let n = F("div", {
		class: "tbt-panel-exports tbt-ov-chart-exports",
		role: "group",
		"aria-label": `Export ${e}`
	});
	return n.append(...Oe(e, t)), n;
}
// src/overview/heatmap.ts
var Jf = 14, Yf = 38, Xf = 18;
function Zf(e, t = 26) {
	if (e.length <= t) return e;
	let n = Math.ceil((t - 1) * .45);
	return `${e.slice(0, n)}…${e.slice(e.length - (t - 1 - n))}`;
}
function Qf(e) {
	let t = e.multiples[0]?.matrix ?? {
		layers: [],
		steps: [],
		values: []
	}, n = t.layers, r = t.steps, i = n.length, a = r.length, o = Math.max(1, e.multiples.length), s = n.map((e) => Zf(e)), c = Math.ceil(Math.min(170, Math.max(40, ...s.map((e) => ef(e, 11) + 10)))), l = Math.max(3, Math.min(44, Math.floor((e.width - c - 10 - (o - 1) * Jf) / Math.max(1, o * a)))), u = i <= 24 ? 16 : Math.max(4, Math.min(16, Math.floor(480 / i))), d = l * a, f = u * i, p = Yf + Xf, m = c + o * d + (o - 1) * Jf, h = Math.max(m + 8, 420), g = p + f + 34, _ = (e) => c + e * (d + Jf), v = F("div", {
		class: "tbt-ov-heatmap",
		"data-measure": e.measure,
		"data-domain": e.scale.domain.join(","),
		tabindex: 0,
		role: "group",
		"aria-label": `${e.title}: layer × ${e.stepLabel} heat-map. Arrow keys move the selected layer (up/down) and ${e.stepLabel} (left/right).`
	});
	v.style.position = "relative", v.style.width = `${h}px`, v.style.height = `${g}px`;
	let y = I("svg", {
		class: "tbt-chart tbt-ov-heatmap-svg",
		width: h,
		height: g,
		viewBox: `0 0 ${h} ${g}`,
		role: "img",
		"aria-label": e.title
	});
	y.style.position = "absolute", y.style.left = "0", y.style.top = "0";
	let b = V(y), x = xf(y, e.theme);
	b.append("text").attr("class", "tbt-ov-title").attr("x", 0).attr("y", 14).text(e.title).append("title").text(e.help);
	let S = b.append("g");
	wf(y, S, e.scale, e.theme, { barWidth: 160 }), S.attr("transform", `translate(${Math.ceil(ef(e.title, 13)) + 28},0)`);
	let C = [], w = b.append("g").attr("class", "tbt-axis tbt-ov-rows").attr("transform", `translate(0,${p})`), T = Math.max(1, Math.ceil(11 / u)), E = Math.max(...r.map((e) => ef(String(e), 10)), 8), D = Math.max(1, Math.ceil((E + 6) / l)), O = [], k = [];
	e.multiples.forEach((t, o) => {
		let s = _(o), c = b.append("g").attr("class", "tbt-ov-multiple").attr("data-multiple", t.key).attr("data-layers", i).attr("data-steps", a).attr("data-cells", i * a).attr("transform", `translate(${s},${p})`), m = b.append("g").attr("class", "tbt-ov-multiple-title").attr("transform", `translate(${s},${Yf + 12})`), h = 0;
		t.color && (m.append("rect").attr("x", 0).attr("y", -9).attr("width", 10).attr("height", 10).attr("rx", 2).attr("fill", t.color), h = 14), m.append("text").attr("class", "tbt-ov-run-name").attr("x", h).attr("y", 0).text(t.title).append("title").text(t.title);
		let g = Ef(c, {
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
		g && C.push(g), c.append("rect").attr("class", "tbt-ov-frame").attr("width", d).attr("height", f).attr("fill", "none"), O.push(c.append("g").attr("class", "tbt-axis tbt-ov-steps").attr("transform", `translate(0,${f})`)), k.push(c.append("g").attr("class", "tbt-ov-highlights")), Of(c, {
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
	let A = (t, i) => {
		let a = t === null ? -1 : n.indexOf(t), o = i === null ? -1 : r.indexOf(i);
		w.selectAll("*").remove(), s.forEach((e, t) => {
			if (t % T && t !== a || t !== a && a >= 0 && Math.abs(t - a) * u < 11) return;
			let r = w.append("text").attr("x", c - 6).attr("y", t * u + u / 2).attr("dy", "0.35em").attr("text-anchor", "end").attr("class", t === a ? "tbt-tick-selected" : null).text(e);
			e !== n[t] && r.append("title").text(n[t]);
		});
		for (let t of O) t.selectAll("*").remove(), r.forEach((e, n) => {
			n % D && n !== o || n !== o && o >= 0 && Math.abs(n - o) * l < E + 4 || t.append("text").attr("x", n * l + l / 2).attr("y", 12).attr("text-anchor", "middle").attr("class", n === o ? "tbt-tick-selected" : null).text(String(e));
		}), t.append("text").attr("class", "tbt-axis-label").attr("x", d / 2).attr("y", 28).attr("text-anchor", "middle").text(e.stepLabel);
		for (let e of k) e.selectAll("*").remove(), a >= 0 && e.append("rect").attr("class", "tbt-ov-hl").attr("x", -1.5).attr("y", a * u - .5).attr("width", d + 3).attr("height", u + 1), o >= 0 && e.append("rect").attr("class", "tbt-ov-hl").attr("x", o * l - .5).attr("y", -1.5).attr("width", l + 1).attr("height", f + 3), a >= 0 && o >= 0 && e.append("rect").attr("class", "tbt-ov-hl tbt-ov-hl-cell").attr("x", o * l - 1).attr("y", a * u - 1).attr("width", l + 2).attr("height", u + 2);
	};
	return A(e.selectedLayer, e.selectedStep), v.addEventListener("keydown", (t) => {
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
		select: A
	};
}
// src/overview/matrix.ts
function $f(e, t) {
	let n = e.layer_stats, r = n?.measures.indexOf(t) ?? -1, i = n ? [...n.layers] : [], a = [...e.steps];
	return {
		layers: i,
		steps: a,
		values: i.map((e, t) => a.map((e, i) => {
			let a = r >= 0 ? n.values[i] : null;
			return a ? Fe(a[r]?.[t]) : null;
		}))
	};
}
function ep(e, t, n) {
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
function tp(e) {
	let t = He(e.map((e) => e.layers)), n = Ve(e.map((e) => e.steps));
	return e.map((e) => ep(e, t, n));
}
function np(e, t) {
	let [n, r] = tp([e, t]);
	return {
		layers: n.layers,
		steps: n.steps,
		values: n.values.map((e, t) => e.map((e, n) => {
			let i = r.values[t][n];
			return e === null || i === null ? null : e - i;
		}))
	};
}
function rp(e) {
	let t = Infinity, n = -Infinity;
	for (let r of e) for (let e of r.values) for (let r of e) r !== null && (r < t && (t = r), r > n && (n = r));
	return t === Infinity ? null : [t, n];
}
function ip(e, t) {
	let n = Nf(e).scale, r = rp(t), i, a;
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
function ap(e) {
	let t = rp(e), n = t ? Math.max(Math.abs(t[0]), Math.abs(t[1])) : 0;
	return n > 0 ? [-n, n] : [-1, 1];
}
function op(e) {
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
function sp(e, t) {
	let n = e.steps.indexOf(t);
	return e.layers.map((t, r) => n >= 0 ? e.values[r][n] : null);
}
// src/overview/scales.ts
function cp(e, t, n) {
	let { direction: r } = Nf(e);
	return hf(ip(e, t), n, Ff(r), r === "kept");
}
function lp(e, t, n = "A", r = "B") {
	let i = ap(e), a = vf(t);
	return {
		domain: i,
		ramp: a,
		color: (e) => a(pf(e, i)),
		diverging: !0,
		lowNote: `${r} higher`,
		highNote: `${n} higher`
	};
}
function up(e, t = !1) {
	return e === null ? "missing / failed" : `${t && e > 0 ? "+" : ""}${z(e)}`;
}
// src/overview/heatmapsPanel.ts
function dp(e, t) {
	if (e.pair) {
		let [n, r] = e.pair, i = $f(n.stats, t), a = $f(r.stats, t), o = np(i, a), [s, c] = tp([i, a]);
		return {
			measure: t,
			title: `${Pf(t)}: A − B`,
			multiples: [{
				key: "difference",
				title: `A − B = ${Uf(e.pair)}`,
				color: null,
				matrix: o
			}],
			signed: !0,
			scale: lp([o], e.theme, n.run, r.run),
			parts: [s, c]
		};
	}
	let n = tp(e.runs.map((e) => $f(e.stats, t)));
	return {
		measure: t,
		title: Pf(t),
		multiples: e.runs.map((e, t) => ({
			key: e.run,
			title: e.run,
			color: e.color,
			matrix: n[t]
		})),
		signed: !1,
		scale: cp(t, n, e.theme)
	};
}
function fp(e) {
	let { panel: t } = e, n = Wf(e);
	t.controls.appendChild(n.element);
	let r = F("div", { class: "tbt-ov-content" });
	t.body.appendChild(r);
	let i = new nf(t.body), a = [];
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
	let o = "", s = [], c = B(e, (c, l) => {
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
		if (o = d, s = [], L(r), !Gf(t, c)) return;
		let f = Kf(c);
		f && r.appendChild(f), c.sel.compareMode === "difference" && !c.pair && r.appendChild(F("p", { class: "tbt-note" }, "Difference mode needs two runs: select a second run to see A − B.")), a = Mf.map((e) => dp(c, e));
		for (let t of a) {
			let n = Nf(t.measure), a = Qf({
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
				format: up,
				extraRows: c.pair && t.parts ? (e, n, r) => c.pair.map((e, i) => ({
					color: e.color,
					label: `${i ? "B" : "A"}: ${e.run}`,
					value: up(t.parts[i].values[n][r])
				})) : void 0
			});
			s.push(a);
			let o = F("div", {
				class: "tbt-ov-row",
				"data-measure-row": t.measure
			}), l = F("div", { class: "tbt-ov-scroll" }, a.element);
			o.append(qf(t.title, {
				figure: () => ({
					...a.figure,
					name: `heatmap-${t.measure}${c.pair ? "-difference" : ""}`
				}),
				csv: () => ({
					rows: op(t.multiples.map((e) => ({
						title: e.title,
						matrix: e.matrix
					}))),
					name: `heatmap-${t.measure}${c.pair ? "-difference" : ""}`
				})
			}), l), r.appendChild(o);
		}
		r.appendChild(F("p", { class: "tbt-caption" }, c.pair ? "Orange: run A is higher, purple: run B is higher; steps are matched by value (a step only one run logged is hatched). " : "One colour scale per measure, shared by every run and layer (fixed for bounded measures; from 0 to the largest value of any selected run otherwise). The strongest colour always means changed from pretrained / domains differ. ", "Hatched: missing or failed. Click a cell, or focus a heat-map and use the arrow keys, to select a layer and step."));
	}, Bf);
	return { destroy() {
		c.destroy();
	} };
}
R({
	id: "overview-heatmaps",
	section: "overview",
	title: "Layer × step heat-maps",
	info: "Per tracked layer (rows, model order) and logged step (columns): relative weight drift, weight cosine to the pretrained weights, unbiased linear CKA to the pretrained model on the target and the source probe, and the domain discrepancy of the layer's features (MMD, domain-classifier AUC). Each measure has one colour scale shared by all runs and layers. Several runs: aligned small multiples; difference mode: run A − run B.",
	span: 12,
	order: 10,
	mount: (e) => fp(e)
});
// src/overview/dag.ts
function pp(e) {
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
var mp = y({ measure: "weight_drift" });
function hp(e, t) {
	let n = F("select", {
		class: "tbt-select",
		"aria-label": "Measure",
		"data-control": `measure-${t}`,
		title: "Measure shown by the network diagram and the depth profiles"
	}), r = new Set(e ? e.runs.flatMap((e) => e.stats.layer_stats?.measures ?? []) : []), i = [...Object.keys(jf).filter((e) => !r.size || r.has(e)), ...[...r].filter((e) => !jf[e])];
	for (let e of i) n.appendChild(F("option", { value: e }, Pf(e)));
	return n.value = mp.get().measure, n.addEventListener("change", () => mp.set({ measure: n.value })), n;
}
function gp(e, t) {
	if (e.pair) {
		let n = np($f(e.pair[0].stats, t), $f(e.pair[1].stats, t)), r = e.step === null ? [] : sp(n, e.step);
		return {
			series: [{
				key: "difference",
				title: `A − B = ${Uf(e.pair)}`,
				color: null,
				run: null,
				step: e.step,
				values: e.layers.map((e) => r[n.layers.indexOf(e)] ?? null)
			}],
			signed: !0,
			matrices: [n]
		};
	}
	let n = e.runs.map((e) => $f(e.stats, t));
	return {
		series: e.runs.map((t, r) => {
			let i = j(t.stats.steps, e.sel.step), a = n[r], o = i === null ? [] : sp(a, i);
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
function _p(e, t, n, r) {
	let { panel: i } = e, a = F("div", { class: "tbt-ov-controls" });
	i.controls.appendChild(a);
	let o = F("div", { class: "tbt-ov-content" });
	i.body.appendChild(o);
	let s = new nf(i.body), c = {
		svg: null,
		csvRows: []
	};
	i.setExports({
		figure: () => c.svg ? {
			svg: c.svg,
			name: `${t}-${mp.get().measure}`
		} : null,
		csv: () => c.csvRows.length ? {
			rows: c.csvRows,
			name: `${t}-${mp.get().measure}`
		} : null
	});
	let l = B(e, (e, t) => {
		s.hide(), L(a), a.appendChild(hp(e, n)), L(o), c.svg = null, Gf(i, e) && r(e, t, o, s, c);
	}, Bf), u = mp.subscribe((e) => e.measure, () => l.schedule());
	return { destroy() {
		u(), l.destroy();
	} };
}
// src/overview/network.ts
var vp = 54, yp = 16;
function bp(e) {
	let { nodes: t, edges: n, ranks: r, lanes: i } = e.layout, a = Math.max(24, Math.min(30, Math.floor(620 / Math.max(1, r)))), o = n.reduce((e, t) => Math.max(e, t.span > 1 ? t.span : 0), 0), s = o ? 14 + Math.min(o, 10) * 5 : 6, c = Math.max(e.width, s + i * 204 + 8, 340), l = 54 + r * a + 8, u = new Map(t.map((e) => [e.name, {
		x: s + e.lane * 204,
		y: 54 + e.rank * a
	}])), d = new Map(t.map((e) => [e.name, e])), f = I("svg", {
		class: "tbt-chart tbt-ov-network",
		width: c,
		height: l,
		viewBox: `0 0 ${c} ${l}`,
		role: "group",
		"aria-label": `Network diagram coloured by ${e.measureLabel}`
	}), p = V(f), m = xf(f, e.theme);
	wf(f, p.append("g").attr("transform", "translate(4,0)"), e.scale, e.theme, {
		barWidth: 150,
		label: e.measureLabel
	});
	let h = p.append("g").attr("class", "tbt-ov-edges"), g = (a - yp) / 2;
	for (let e of n) {
		let t = d.get(e.from), n = u.get(e.from), r = u.get(e.to), i = n.x + vp / 2, a = r.x + vp / 2, o = r.y - g, s = 8 + Math.min(e.span, 10) * 5, c = n.y + yp / 2, l;
		l = e.span === 1 ? n.x === r.x ? `M${i},${n.y + yp}V${r.y}` : `M${i},${n.y + yp}V${o}H${a}V${r.y}` : t.lane === 0 && n.x === r.x ? `M${n.x},${c}C${n.x - s},${c} ${n.x - s},${r.y + yp / 2} ${n.x},${r.y + yp / 2}` : t.lane === 0 ? `M${n.x},${c}C${n.x - s},${c} ${n.x - s},${o} ${n.x},${o}H${a}V${r.y}` : `M${i},${n.y + yp}V${o}H${a}V${r.y}`, h.append("path").attr("class", e.span > 1 ? "tbt-ov-edge tbt-ov-skip" : "tbt-ov-edge").attr("d", l).attr("fill", "none").attr("data-from", e.from).attr("data-to", e.to);
	}
	let _ = p.append("g").attr("class", "tbt-ov-nodes"), v = Math.max(1, e.series.length), y = vp / v, b = t.map((e) => e.name);
	for (let n of t) {
		let t = u.get(n.name), r = n.name === e.selectedLayer, i = e.series.map((e) => e.values.get(n.name) ?? null), a = e.types.get(n.name) ?? "", o = _.append("g").attr("class", r ? "tbt-ov-node tbt-selected" : "tbt-ov-node").attr("data-layer", n.name).attr("transform", `translate(${t.x},${t.y})`).attr("tabindex", 0).attr("role", "button").attr("aria-pressed", r ? "true" : "false").attr("aria-label", `${n.name}${a ? ` (${a})` : ""}: ${e.series.map((t, n) => `${t.title} ${e.format(i[n], e.signed)}`).join(", ")}`).style("cursor", "pointer");
		e.series.forEach((t, n) => {
			let r = i[n];
			o.append("rect").attr("class", r === null ? "tbt-ov-seg tbt-ov-null" : "tbt-ov-seg").attr("x", n * y).attr("width", y).attr("height", yp).attr("fill", r === null ? m : e.scale.color(r)), v > 1 && t.color && o.append("rect").attr("x", n * y).attr("y", -3).attr("width", y).attr("height", 3).attr("fill", t.color);
		}), o.append("rect").attr("class", "tbt-ov-node-frame").attr("width", vp).attr("height", yp).attr("rx", 2).attr("fill", "none");
		let s = o.append("text").attr("class", "tbt-ov-node-label").attr("x", 60).attr("y", yp / 2).attr("dy", "0.35em");
		s.append("tspan").text(Zf(n.name, 22)), a && s.append("tspan").attr("class", "tbt-ov-node-type").attr("dx", 5).text(a), o.append("title").text(n.name);
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
function xp(e) {
	return _p(e, "network", "network", (t, n, r, i, a) => {
		let o = mp.get().measure, { layers: s, types: c } = Vf(t), l = pp(s), u = gp(t, o), d = u.signed ? lp(u.matrices, t.theme, t.pair[0].run, t.pair[1].run) : cp(o, tp(u.matrices), t.theme), f = u.series.map((e) => ({
			key: e.key,
			title: e.run ? `${e.title} · ${t.stepLabel} ${e.step ?? "–"}` : e.title,
			color: e.color,
			values: new Map(t.layers.map((t, n) => [t, e.values[n]]))
		})), p = Kf(t);
		p && r.appendChild(p), r.appendChild(F("p", { class: "tbt-caption tbt-ov-sub" }, `${Pf(o)}${u.signed ? " (A − B)" : ""} at ${t.stepLabel} ${t.step ?? "–"}${!u.signed && t.runs.length > 1 ? "; one segment per run, left to right in selection order" : ""}.`));
		let m = bp({
			layout: l,
			types: c,
			series: f,
			scale: d,
			measureLabel: `${Pf(o)}${u.signed ? " (A − B)" : ""}`,
			theme: t.theme,
			width: Math.max(300, n - 8),
			selectedLayer: t.sel.layer,
			onSelect: (t) => T(t, e.store),
			tooltip: i,
			format: up,
			signed: u.signed
		});
		a.svg = m, r.appendChild(F("div", { class: "tbt-ov-scroll tbt-ov-network-scroll" }, m)), a.csvRows = [[
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
R({
	id: "overview-network",
	section: "overview",
	title: "Network diagram",
	info: "The tracked layers as a graph (from the model's data flow; skip connections as arcs on the left), each coloured by the chosen measure at the selected step on the same scale as its heat-map. Click a layer (or focus it and press Enter) to select it.",
	span: 5,
	order: 20,
	mount: (e) => xp(e)
});
// src/overview/profiles.ts
var Sp = 16, Cp = 20, wp = 260;
function Tp(e) {
	return e.map((e, t) => ({
		value: t,
		label: Zf(e, 16)
	}));
}
function Ep(e, t) {
	let n = Math.max(1, e.length), r = Math.max(240, Math.floor((t.width - (n - 1) * Sp) / n)), i = n * r + (n - 1) * Sp, a = I("svg", {
		class: "tbt-chart tbt-ov-profiles",
		width: i,
		height: 280,
		viewBox: `0 0 ${i} 280`,
		role: "group",
		"aria-label": `Depth profiles of ${t.measureLabel}`
	}), o = V(a), s = t.selectedLayer === null ? null : t.layers.indexOf(t.selectedLayer);
	return e.forEach((e, n) => {
		let i = n * (r + Sp), c = o.append("g").attr("class", "tbt-ov-multiple-title").attr("data-multiple", e.key).attr("transform", `translate(${i + 4},14)`);
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
		let u = tf(l, {
			width: r,
			height: wp,
			xLabel: "layer (model order)",
			yLabel: t.measureLabel,
			xTicks: Tp(t.layers),
			yDomain: t.domain,
			highlightX: s !== null && s >= 0 ? s : null,
			onClickX: (e) => t.onSelectLayer(t.layers[e]),
			tooltip: t.tooltip,
			tooltipHost: t.tooltipHost,
			xFormat: (e) => t.layers[e] ?? String(e),
			ariaLabel: `${t.measureLabel} by layer, ${e.title}`
		});
		u.setAttribute("x", String(i)), u.setAttribute("y", String(Cp)), u.setAttribute("data-multiple", e.key), a.appendChild(u);
	}), a;
}
function Dp(e, t) {
	let n = t.layers.length, r = Tp(t.layers), i = r.some((e) => ef(e.label) > (t.width - 80) / Math.max(n, 1) - 4), a = (i ? Math.min(90, Math.max(...r.map((e) => ef(e.label))) * .72 + 12) : 18) + 26, o = {
		top: 28,
		right: 16,
		bottom: a,
		left: 56
	}, s = Math.max(t.width, 260), c = s - o.left - o.right, l = 280 - o.top - o.bottom, u = I("svg", {
		class: "tbt-chart tbt-ov-profiles tbt-ov-diff-profile",
		width: s,
		height: 280,
		viewBox: `0 0 ${s} 280`,
		role: "group",
		"aria-label": `${t.title} by layer`
	}), d = V(u), f = xf(u, t.theme);
	d.append("text").attr("class", "tbt-ov-run-name").attr("x", 4).attr("y", 14).text(t.title);
	let p = d.append("g").attr("transform", `translate(${o.left},${o.top})`), m = Ou().domain(Cn(n)).range([0, c]).padding(.2), h = J().domain(t.scale.domain).range([l, 0]).nice();
	p.append("g").attr("class", "tbt-gridlines").selectAll("line").data(h.ticks(5)).join("line").attr("x1", 0).attr("x2", c).attr("y1", (e) => h(e)).attr("y2", (e) => h(e));
	let g = t.selectedLayer === null ? -1 : t.layers.indexOf(t.selectedLayer);
	g >= 0 && p.append("rect").attr("class", "tbt-highlight-band").attr("x", (m(g) ?? 0) - m.step() * m.padding() / 2).attr("width", m.step()).attr("y", 0).attr("height", l), p.append("g").attr("class", "tbt-axis tbt-axis-y").call(Rn(h).ticks(5).tickFormat((e) => yu("~g")(e)).tickSizeOuter(0));
	let _ = p.append("g").attr("class", "tbt-axis tbt-axis-x").attr("transform", `translate(0,${l})`).call(Ln(m).tickFormat((e) => r[e].label).tickSizeOuter(0));
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
function Op(e) {
	return _p(e, "profile", "profiles", (t, n, r, i, a) => {
		let o = mp.get().measure, s = Nf(o), c = gp(t, o), l = Math.max(300, n - 8), u = {
			layers: t.layers,
			measureLabel: Pf(o),
			stepLabel: t.stepLabel,
			width: l,
			theme: t.theme,
			selectedLayer: t.sel.layer,
			onSelectLayer: (t) => T(t, e.store),
			tooltip: i,
			tooltipHost: e.panel.body
		}, d = Kf(t);
		if (d && r.appendChild(d), c.signed) {
			let e = lp(c.matrices, t.theme, t.pair[0].run, t.pair[1].run), n = `${Pf(o)}: A − B = ${Uf(t.pair)} at ${t.stepLabel} ${t.step ?? "–"}`;
			a.svg = Dp(c.series[0].values, {
				...u,
				domain: e.domain,
				scale: e,
				title: n,
				format: up
			}), a.csvRows = [["layer", `${o} A − B`], ...t.layers.map((e, t) => [e, c.series[0].values[t]])];
		} else {
			let e = ip(o, tp(c.matrices)), n = c.series.map((e, n) => {
				let r = e.run, i = r.stats.steps[0] ?? null, a = c.matrices[n], o = i === null ? [] : sp(a, i);
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
			a.svg = Ep(n, {
				...u,
				domain: e
			}), a.csvRows = [["layer", ...n.flatMap((e) => [`${e.title} @${e.step}`, `${e.title} @${e.firstStep}`])], ...t.layers.map((e, t) => [e, ...n.flatMap((e) => [e.values[t], e.first[t]])])];
		}
		r.appendChild(F("div", { class: "tbt-ov-scroll" }, a.svg)), r.appendChild(F("p", { class: "tbt-caption" }, s.help));
	});
}
R({
	id: "overview-profiles",
	section: "overview",
	title: "Depth profiles",
	info: "The chosen measure across layers at the selected step (solid) and at the first logged step, the pretrained model (dashed). Several runs: one chart per run with the same y scale. Difference mode: A − B per layer. Click a layer to select it.",
	span: 7,
	order: 30,
	mount: (e) => Op(e)
});
// src/overview/filters.ts
function kp(e) {
	return e.map((e, t) => ({
		v: e,
		k: t
	})).sort((e, t) => e.v === null ? t.v === null ? e.k - t.k : 1 : t.v === null ? -1 : t.v - e.v || e.k - t.k).map((e) => e.k);
}
function Ap(e) {
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
function jp(e, t) {
	return e.length ? Sn(e, t) ?? null : null;
}
function Mp(e) {
	let t = e.filter((e) => e !== null).sort((e, t) => e - t);
	return {
		n: t.length,
		median: jp(t, .5),
		p90: jp(t, .9),
		max: t.length ? t[t.length - 1] : null
	};
}
var Np = 64, Pp = 40, Fp = 18, Ip = 34, Lp = 18;
function Rp(e, t) {
	let n = Ap(e), r = {
		left: 62,
		right: 12
	}, i = Math.max(t.width, 320), a = i - r.left - r.right, o = Math.max(1, ...e.map((e) => e.drift.length)), s = Math.min(a, o * Lp), c = Math.max(330, r.left + s + r.right), l = Math.max(1, Math.floor((i + Fp) / (c + Fp))), u = Math.ceil(e.length / l) * 184, d = I("svg", {
		class: "tbt-chart tbt-ov-filters",
		width: i,
		height: u,
		viewBox: `0 0 ${i} ${u}`,
		role: "group",
		"aria-label": `Per-filter drift of ${t.layer}`
	}), f = V(d), p = xf(d, t.theme), m = J().domain(n.drift).range([Np, 0]).nice(), h = J().domain(n.cosine).range([Pp, 0]);
	return e.forEach((e, i) => {
		let a = e.drift.length, o = kp(e.drift), u = new Map(o.map((e, t) => [e, t])), d = Ou().domain(Cn(a)).range([0, Math.min(s, a * Lp)]).paddingInner(a > 120 ? 0 : .15), g = d.range()[1], _ = Math.max(.5, d.bandwidth()), v = f.append("g").attr("class", "tbt-ov-filter-run").attr("data-multiple", e.key).attr("data-filters", a).attr("transform", `translate(${i % l * (c + Fp) + r.left},${Math.floor(i / l) * 184})`), y = Mp(e.drift), b = v.append("g").attr("class", "tbt-ov-multiple-title").attr("transform", `translate(${-r.left + 4},12)`);
		b.append("rect").attr("x", 0).attr("y", -9).attr("width", 10).attr("height", 10).attr("rx", 2).attr("fill", e.color), b.append("text").attr("class", "tbt-ov-run-name").attr("x", 14).text(`${e.title} · ${t.stepLabel} ${e.step ?? "–"}`), b.append("text").attr("class", "tbt-legend-text").attr("x", 0).attr("y", 15).text(`${a} filters · drift median ${t.format(y.median)} · 90th pct ${t.format(y.p90)} · max ${t.format(y.max)}`);
		let x = v.append("g").attr("transform", `translate(0,${Ip})`);
		x.append("g").attr("class", "tbt-gridlines").selectAll("line").data(m.ticks(3)).join("line").attr("x1", 0).attr("x2", g).attr("y1", (e) => m(e)).attr("y2", (e) => m(e)), x.append("g").attr("class", "tbt-axis tbt-axis-y").call(Rn(m).ticks(3).tickFormat((e) => yu("~g")(e)).tickSizeOuter(0)), x.append("text").attr("class", "tbt-axis-label").attr("transform", `translate(${-r.left + 12},${Np / 2}) rotate(-90)`).attr("text-anchor", "middle").text("drift");
		let S = "", C = "";
		o.forEach((t, n) => {
			let r = e.drift[t], i = d(n) ?? 0;
			if (r === null) C += `M${i},0h${_}v${Np}h${-_}Z`;
			else {
				let e = m(r);
				S += `M${i},${e}h${_}v${Math.max(.5, Np - e)}h${-_}Z`;
			}
		}), x.append("path").attr("class", "tbt-ov-bars-drift").attr("d", S).attr("fill", e.color), C && x.append("path").attr("class", "tbt-ov-null").attr("d", C).attr("fill", p);
		let w = v.append("g").attr("transform", "translate(0,110)");
		w.append("g").attr("class", "tbt-axis tbt-axis-y").call(Rn(h).tickValues(n.cosine).tickFormat((e) => yu("~g")(e)).tickSizeOuter(0)), w.append("text").attr("class", "tbt-axis-label").attr("transform", `translate(${-r.left + 12},${Pp / 2}) rotate(-90)`).attr("text-anchor", "middle").text("cos");
		let T = "", E = "";
		if (o.forEach((t, n) => {
			let r = e.cosine[t], i = d(n) ?? 0;
			r === null ? E += `M${i},0h${_}v${Pp}h${-_}Z` : T += `M${i},0h${_}v${Math.max(.5, Math.min(Pp, h(r)))}h${-_}Z`;
		}), w.append("path").attr("class", "tbt-ov-bars-cosine").attr("d", T).attr("fill", e.color).attr("fill-opacity", .55), E && w.append("path").attr("class", "tbt-ov-null").attr("d", E).attr("fill", p), w.append("text").attr("class", "tbt-axis-label").attr("x", g / 2).attr("y", 53).attr("text-anchor", "middle").text("filters, sorted by drift (largest first)"), t.selectedChannel !== null && u.has(t.selectedChannel)) {
			let e = d(u.get(t.selectedChannel)) ?? 0;
			v.append("rect").attr("class", "tbt-ov-hl").attr("x", e - 1.5).attr("y", 32).attr("width", _ + 3).attr("height", 120);
		}
		let D = v.append("rect").attr("class", "tbt-ov-hover").attr("data-export", "skip").attr("y", Ip).attr("height", 116).style("display", "none"), O = (e) => {
			let [t] = H(e, v.node()), n = Math.floor(t / g * a);
			return n >= 0 && n < a ? n : null;
		};
		v.append("rect").attr("class", "tbt-overlay").attr("data-export", "skip").attr("y", Ip).attr("width", g).attr("height", 116).attr("fill", "transparent").style("cursor", "pointer").on("mousemove", (n) => {
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
function zp(e) {
	let { panel: t } = e, n = F("div", { class: "tbt-ov-content" });
	t.body.appendChild(n);
	let r = new nf(t.body), i = null, a = [], o = 0;
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
	let s = B(e, (s, c) => {
		if (r.hide(), !Gf(t, s)) {
			L(n), i = null;
			return;
		}
		let l = s.sel.layer;
		if (!l) {
			L(n), n.appendChild(F("p", { class: "tbt-note" }, "Select a layer (header, heat-map or network diagram) to see the drift of its filters."));
			return;
		}
		let u = s.runs.filter((e) => e.stats.layer_stats?.layers.includes(l) || e.info?.layers?.some((e) => e.name === l)), d = ++o;
		n.childElementCount || t.setState("loading", `Loading per-filter drift of ${l}…`), ae(e, u, l, s.sel.step).then(({ answers: f, failed: p }) => {
			if (d !== o) return;
			t.setState("ready"), L(n);
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
			if (h.length && n.appendChild(F("p", { class: "tbt-note" }, `${l} is not a tracked layer of ${h.join(", ")}: pick a layer in the header, a heat-map or the network diagram.`)), p.length && n.appendChild(F("p", { class: "tbt-note tbt-bad" }, `Per-filter drift unavailable: ${p.join("; ")}`)), !m.length) {
				i = null, a = [];
				return;
			}
			let g = s.sel.neuron && s.sel.neuron.layer === l ? s.sel.neuron.channel : null;
			n.appendChild(F("p", { class: "tbt-caption tbt-ov-sub" }, `${l}: relative drift ‖W_k − W0_k‖/‖W0_k‖ and cosine to the pretrained filter, per output filter; scales shared by the runs. Click a filter to select it.`)), i = Rp(m, {
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
				format: (e) => up(e)
			}), n.appendChild(F("div", { class: "tbt-ov-scroll" }, i)), a = [[
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
	}, Bf);
	return { destroy() {
		o++, s.destroy();
	} };
}
R({
	id: "overview-filters",
	section: "overview",
	title: "Per-filter drift",
	info: "For the selected layer at the selected step: every output filter's relative weight change from its pretrained weights (bars, sorted largest first) and its cosine to them (below, same order; bars hang from 1 so a longer bar is a larger change). Shows whether a layer changed as a whole or through a few rewritten filters.",
	span: 12,
	order: 40,
	mount: (e) => zp(e)
});
// src/instance/style.ts
var Bp = "\n.tbt-inst-body { position: relative; }\n.tbt-inst-control { display: inline-flex; align-items: center; gap: 6px; }\n.tbt-inst-control .tbt-select { height: 28px; font-size: 12px; }\n[data-panel=\"instance-scatter\"] .tbt-panel-controls { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; }\n.tbt-inst-multiples { display: grid; gap: 12px; }\n.tbt-inst-cell { min-width: 0; }\n.tbt-inst-cell-head { display: flex; align-items: baseline; gap: 6px; margin-bottom: 2px; font-size: 12px; min-height: 18px; }\n.tbt-inst-cell-title { font-weight: 500; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 45%; }\n.tbt-inst-status { color: var(--tbt-muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-inst-run-swatch { width: 10px; height: 10px; border-radius: 2px; flex: none; align-self: center; }\n.tbt-inst-scatter { position: relative; }\n.tbt-inst-cell-error .tbt-inst-status { color: var(--tbt-error-fg); white-space: normal; }\n.tbt-inst-scatter canvas, .tbt-inst-scatter svg { position: absolute; left: 0; top: 0; }\n.tbt-inst-scatter[data-tool=\"pan\"] .tbt-inst-svg { cursor: grab; }\n.tbt-inst-scatter[data-tool=\"lasso\"] .tbt-inst-svg, .tbt-inst-scatter[data-tool=\"box\"] .tbt-inst-svg { cursor: crosshair; }\n.tbt-inst-svg { touch-action: none; user-select: none; }\n.tbt-inst-lasso { fill: var(--tbt-accent); fill-opacity: .08; stroke: var(--tbt-accent); stroke-width: 1.5; stroke-dasharray: 4 3; pointer-events: none; }\n.tbt-inst-nn-line { stroke: var(--tbt-fg); stroke-width: 1.2; stroke-opacity: .7; stroke-dasharray: 3 2; pointer-events: none; }\n.tbt-inst-overlay { pointer-events: none; }\n.tbt-chart .tbt-axis-title { fill: var(--tbt-muted); font-size: 11px; }\n.tbt-inst-legend { display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 12px; color: var(--tbt-muted); margin-top: 6px; }\n.tbt-inst-legend-group { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; }\n.tbt-inst-glyph { font-weight: 700; color: var(--tbt-fg); }\n.tbt-inst-glyph-out { color: var(--tbt-faint); -webkit-text-stroke: 1px var(--tbt-fg); }\n.tbt-inst-legend-class { border: 1px solid transparent; background: none; border-radius: 10px; padding: 0 6px 0 0; cursor: pointer;\n  display: inline-flex; align-items: center; gap: 4px; color: var(--tbt-muted); font-size: 12px; }\n.tbt-inst-legend-class:hover { border-color: var(--tbt-border); }\n.tbt-inst-legend-class[aria-pressed=\"true\"] { border-color: var(--tbt-accent); color: var(--tbt-fg); }\n.tbt-inst-sw { width: 11px; height: 11px; border-radius: 50%; display: inline-block; margin-left: 6px; }\n.tbt-inst-card { position: absolute; z-index: 30; display: flex; gap: 10px; padding: 8px; background: var(--tbt-panel);\n  border: 1px solid var(--tbt-border); border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); pointer-events: none; font-size: 12px; }\n.tbt-inst-card-rows { display: grid; grid-template-columns: auto auto; gap: 2px 10px; align-content: start; }\n.tbt-inst-card-row { display: contents; }\n.tbt-inst-thumb { image-rendering: pixelated; border-radius: 3px; background: var(--tbt-panel-2); border: 1px solid var(--tbt-border); display: block; }\n.tbt-inst-chip { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 11px; line-height: 16px; color: #fff;\n  background: var(--chip); max-width: 110px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: middle; }\nhtml.tbt-dark .tbt-inst-chip { color: #111; }\n.tbt-inst-chip-none { background: var(--tbt-grid); color: var(--tbt-muted); }\n.tbt-inst-sel-summary { font-size: 12px; margin-bottom: 6px; }\n.tbt-inst-counts { border-collapse: collapse; font-size: 12px; margin-bottom: 8px; }\n.tbt-inst-counts th, .tbt-inst-counts td { padding: 1px 8px 1px 0; text-align: left; font-variant-numeric: tabular-nums; }\n.tbt-inst-counts th { color: var(--tbt-muted); font-weight: 500; }\n.tbt-inst-thumbs { display: flex; flex-wrap: wrap; gap: 6px; max-height: 360px; overflow-y: auto; }\n.tbt-inst-thumb-item { display: flex; flex-direction: column; align-items: center; gap: 2px; font-size: 11px; cursor: default; }\n.tbt-inst-thumb-caption { display: flex; gap: 2px; align-items: center; }\n.tbt-inst-thumb-caption .tbt-inst-chip { max-width: 56px; font-size: 10px; padding: 0 4px; }\n.tbt-inst-action { height: 26px; font-size: 12px; }\n.tbt-inst-flip-group { margin: 8px 0; }\n.tbt-inst-flip-select { height: 26px; font-size: 12px; margin-bottom: 4px; }\n.tbt-inst-nn-focus { display: flex; gap: 10px; align-items: center; margin-bottom: 6px; font-size: 12px; }\n.tbt-inst-bar { shape-rendering: crispEdges; }\n.tbt-inst-brush .selection { fill: var(--tbt-accent); fill-opacity: .15; stroke: var(--tbt-accent); }\n";
function Vp(e) {
	if (e.querySelector("style[data-tb-transfer-instance]")) return;
	let t = e.createElement("style");
	t.setAttribute("data-tb-transfer-instance", ""), t.textContent = Bp, e.head.appendChild(t);
}
// src/feature/answers.ts
var Hp = 48, Up = /* @__PURE__ */ new Map();
function Wp(e, t, n, r, i) {
	let a = [
		t,
		n,
		r,
		i
	].join("\0"), o = Up.get(a);
	if (o) return Up.delete(a), Up.set(a, o), o;
	let s = e.channel(t, n, r, i, {}, 9);
	for (o = s, Up.set(a, s), s.catch(() => {
		Up.get(a) === s && Up.delete(a);
	}); Up.size > Hp;) Up.delete(Up.keys().next().value);
	return s;
}
// src/instance/model.ts
var Gp = {
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
}, Kp = {
	light: "#c4c7cc",
	dark: "#6b6e73"
}, qp = {
	light: "#1b1b1b",
	dark: "#f2f2f2"
}, Jp = {
	light: ["#d6604d", "#4393c3"],
	dark: ["#ef8a62", "#67a9cf"]
}, Yp = {
	light: ["#0072B2", "#D55E00"],
	dark: ["#56B4E9", "#F0782A"]
}, Xp = {
	light: "#E69F00",
	dark: "#F0B040"
};
function Zp(e, t, n) {
	let r = Gp[n];
	if (e <= 10) return Array.from({ length: e }, (e, t) => r[t]);
	let i = Array.from({ length: e }, () => Kp[n]);
	return [...new Set(t)].filter((t) => t >= 0 && t < e).slice(0, 10).forEach((e, t) => i[e] = r[t]), i;
}
var Qp = [
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
function $p(e, t) {
	let [n, r] = Jp[t], i = t === "dark" ? [
		154,
		154,
		154
	] : [
		230,
		230,
		230
	], a = nm(n), o = nm(r), s = Math.max(0, Math.min(1, e)), [c, l, u] = s < .5 ? [
		a,
		i,
		s / .5
	] : [
		i,
		o,
		(s - .5) / .5
	];
	return rm(c.map((e, t) => e + (l[t] - e) * u));
}
var em = [
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
function tm(e) {
	let t = Math.max(0, Math.min(1, e)) * (em.length - 1), n = Math.min(em.length - 2, Math.floor(t)), r = nm(em[n]), i = nm(em[n + 1]);
	return rm(r.map((e, r) => e + (i[r] - e) * (t - n)));
}
function nm(e) {
	let t = parseInt(e.slice(1), 16);
	return [
		t >> 16 & 255,
		t >> 8 & 255,
		t & 255
	];
}
function rm(e) {
	return `#${e.map((e) => Math.round(Math.max(0, Math.min(255, e))).toString(16).padStart(2, "0")).join("")}`;
}
function im(e) {
	let t = (e ?? []).filter((e) => e !== null && Number.isFinite(e)).sort((e, t) => e - t);
	if (!t.length) return 1;
	let n = t[Math.min(t.length - 1, Math.floor(.95 * (t.length - 1)))];
	return n > 0 ? n : Math.max(t[t.length - 1], 1e-6);
}
function am(e) {
	let t = Infinity, n = -Infinity;
	for (let r of e ?? []) r !== null && Number.isFinite(r) && (r < t && (t = r), r > n && (n = r));
	return t <= n ? n > t ? [t, n] : [t - .5, n + .5] : null;
}
function om(e, t) {
	let n = e.coords?.length ?? 0, r = Kp[t.theme], i = Array(n).fill(r), a = e.label, o = e.prediction;
	switch (t.mode) {
		case "class": {
			let e = Zp(t.nClasses, t.highlighted, t.theme);
			if (a) for (let t = 0; t < n; t++) i[t] = e[a[t]] ?? r;
			break;
		}
		case "domain":
			if (e.domain) for (let r = 0; r < n; r++) i[r] = Jp[t.theme][+!!e.domain[r]];
			break;
		case "correct":
			if (a && o) for (let e = 0; e < n; e++) o[e] !== null && (i[e] = Yp[t.theme][o[e] === a[e] ? 0 : 1]);
			break;
		case "p_target":
			if (e.p_target) for (let r = 0; r < n; r++) e.p_target[r] !== null && (i[r] = $p(e.p_target[r], t.theme));
			break;
		case "loss": {
			let t = im(e.loss);
			if (e.loss) for (let r = 0; r < n; r++) e.loss[r] !== null && (i[r] = tm(e.loss[r] / t));
			break;
		}
		case "neuron": {
			let e = t.activation, r = am(e);
			if (e && r && e.length === n) for (let t = 0; t < n; t++) e[t] !== null && Number.isFinite(e[t]) && (i[t] = tm((e[t] - r[0]) / (r[1] - r[0])));
			break;
		}
		case "changed": {
			let a = e.previous_prediction;
			if (o && a) for (let e = 0; e < n; e++) o[e] !== null && a[e] !== null && (i[e] = o[e] === a[e] ? r : Xp[t.theme]);
			break;
		}
	}
	return i;
}
function sm(e) {
	let t = e.coords?.length ?? 0, n = new Uint8Array(t);
	if (e.label && e.prediction) for (let r = 0; r < t; r++) n[r] = +(e.prediction[r] !== null && e.prediction[r] !== e.label[r]);
	return n;
}
function cm(e, t) {
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
function lm(e, t, n, r = .05) {
	let i = (e.x0 + e.x1) / 2, a = (e.y0 + e.y1) / 2, o = Math.max(e.x1 - e.x0, 1e-9) * (1 + 2 * r), s = Math.max(e.y1 - e.y0, 1e-9) * (1 + 2 * r), c = Math.max(o / Math.max(t, 1), s / Math.max(n, 1)), l = c * t / 2, u = c * n / 2;
	return {
		x0: i - l,
		x1: i + l,
		y0: a - u,
		y1: a + u
	};
}
function um(e, t, n) {
	let r = !1;
	for (let i = 0, a = n.length - 1; i < n.length; a = i++) {
		let [o, s] = n[i], [c, l] = n[a];
		s > t != l > t && e < (c - o) * (t - s) / (l - s) + o && (r = !r);
	}
	return r;
}
function dm(e, t, n) {
	if (n.length < 3) return [];
	let r = Infinity, i = -Infinity, a = Infinity, o = -Infinity;
	for (let [e, t] of n) r = Math.min(r, e), i = Math.max(i, e), a = Math.min(a, t), o = Math.max(o, t);
	let s = [];
	for (let c = 0; c < e.length; c++) {
		let l = e[c], u = t[c];
		l < r || l > i || u < a || u > o || um(l, u, n) && s.push(c);
	}
	return s;
}
function fm(e, t, n, r) {
	let [i, a] = n[0] < r[0] ? [n[0], r[0]] : [r[0], n[0]], [o, s] = n[1] < r[1] ? [n[1], r[1]] : [r[1], n[1]], c = [];
	for (let n = 0; n < e.length; n++) e[n] >= i && e[n] <= a && t[n] >= o && t[n] <= s && c.push(n);
	return c;
}
var pm = class {
	constructor(e, t) {
		this.x = e, this.y = t;
		let n = [];
		for (let r = 0; r < e.length; r++) Number.isFinite(e[r]) && Number.isFinite(t[r]) && n.push(r);
		this.tree = Ql().x((e) => this.x[e]).y((e) => this.y[e]).addAll(n);
	}
	find(e, t, n = Infinity) {
		let r = this.tree.find(e, t, n);
		return r === void 0 ? -1 : r;
	}
};
function mm(e, t, n, r) {
	let i = t.length, a = r && r.length === i ? r : new Float32Array(i), o = Math.max(0, Math.min(1, n));
	for (let n = 0; n < i; n++) {
		let r = e[n], i = t[n];
		a[n] = Number.isFinite(r) ? r + (i - r) * o : i;
	}
	return a;
}
function hm(e) {
	let t = Math.max(0, Math.min(1, e));
	return t < .5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}
function gm(e, t, n) {
	let r = Math.max(0, Math.min(1, n)), i = (e, t) => e + (t - e) * r;
	return {
		x0: i(e.x0, t.x0),
		x1: i(e.x1, t.x1),
		y0: i(e.y0, t.y0),
		y1: i(e.y1, t.y1)
	};
}
function _m(e) {
	let t = e.length, n = new Float32Array(t), r = new Float32Array(t);
	for (let i = 0; i < t; i++) n[i] = e[i][0] ?? NaN, r[i] = e[i][1] ?? NaN;
	return {
		x: n,
		y: r
	};
}
function vm(e) {
	let t = {
		fixed: [],
		broken: [],
		changedWrong: []
	}, { label: n, prediction: r, previous_prediction: i } = e;
	if (!n || !r || !i) return t;
	for (let e = 0; e < n.length; e++) r[e] !== null && i[e] !== null && r[e] !== i[e] && (r[e] === n[e] ? t.fixed.push(e) : i[e] === n[e] ? t.broken.push(e) : t.changedWrong.push(e));
	return t;
}
function ym(e, t, n = 20) {
	let r = Array.from({ length: n + 1 }, (e, t) => t / n), i = [Array(n).fill(0), Array(n).fill(0)], a = e.p_target, o = e.domain;
	if (a && o) for (let e = 0; e < a.length; e++) {
		let r = a[e];
		r === null || !Number.isFinite(r) || t && !t(e) || i[+!!o[e]][bm(r, n)]++;
	}
	return {
		edges: r,
		counts: i
	};
}
function bm(e, t) {
	return Math.max(0, Math.min(t - 1, Math.floor(e * t)));
}
function xm(e, t, n, r) {
	let i = [], a = e.p_target;
	if (!a) return i;
	for (let e = 0; e < a.length; e++) {
		let o = a[e];
		o !== null && o >= t && o <= n && (!r || r(e)) && i.push(e);
	}
	return i;
}
function Sm(e, t) {
	let n = [];
	for (let r = 0; r < t; r++) e.has(r) || n.push(r);
	return n;
}
function Cm(e, t, n) {
	let r = Array.from({ length: n }, () => [0, 0]);
	if (!e.label || !e.domain) return r;
	for (let i of t) {
		let t = e.label[i];
		t >= 0 && t < n && r[t][+!!e.domain[i]]++;
	}
	return r;
}
function wm(e, t, n) {
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
var Tm = "penultimate";
function Em() {
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
var Dm = y(Em());
function Om(e, t) {
	return t.layerMode === "penultimate" ? Tm : e.layer;
}
function km(e) {
	return e.runs.find((e) => e.shown) ?? null;
}
var Am = 800, jm = class {
	constructor(e, t, n, r = Dm) {
		this.api = e, this.store = t, this.data = n, this.state = r, this.answers = new ce(), this.generation = 0, this.timers = /* @__PURE__ */ new Set(), this.attach = se(() => {
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
		let t = this.store.get(), n = this.state.get(), r = Om(t, n), i = new Map(this.data.get().runs.map((e) => [e.run, e])), a = t.runs.slice(0, 4);
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
				}, Am);
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
}, Mm = null;
function Nm(e, t, n) {
	return Mm || (Mm = new jm(e, t, n)), Mm;
}
// src/instance/common.ts
function Pm(e, t, n) {
	let r = Nm(e.api, e.store, e.data).attach(), i = B(e, (e, n) => t(n), { watch: n }), a = Dm.subscribe((e) => [e.runs], () => i.schedule());
	return { destroy() {
		i.destroy(), a(), r();
	} };
}
function Fm(e, t) {
	let n = F("select", {
		class: `tbt-select ${t}`,
		"aria-label": e
	});
	return {
		wrap: F("label", { class: "tbt-inst-control" }, F("span", { class: "tbt-control-label" }, e), n),
		select: n
	};
}
function Im(e, t) {
	let n = e?.class_names ?? [], r = n.length - 1;
	for (let e of t?.label ?? []) e > r && (r = e);
	return Array.from({ length: r + 1 }, (e, t) => n[t] ?? `class ${t}`);
}
function Lm(e) {
	return [e?.domain_names?.source || "source", e?.domain_names?.target || "target"];
}
function Rm(e, t, n, r) {
	if (e == null) return F("span", { class: "tbt-inst-chip tbt-inst-chip-none" }, "—");
	let i = Zp(t.length, r, n)[e], a = F("span", {
		class: "tbt-inst-chip",
		"data-class": e
	}, t[e] ?? `class ${e}`);
	return a.style.setProperty("--chip", i ?? "#888"), a;
}
var zm = (e, t = 3) => e == null || !Number.isFinite(e) ? "—" : e.toFixed(t);
function Bm(e, t, n) {
	let r = e === null ? [] : [e];
	if (n?.label) for (let e of t) e < n.label.length && r.push(n.label[e]);
	return [...new Set(r)];
}
// src/instance/scatter.ts
var Vm = {
	left: 44,
	right: 10,
	top: 8,
	bottom: 32
}, Hm = 550, Um = {
	light: "#e8710a",
	dark: "#ff9f43"
}, Wm = {
	light: "#202124",
	dark: "#ffffff"
}, Gm = class {
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
		}, this.keys = [], this.transform = Rd, this.index = null, this.anim = null, this.frame = 0, this.drag = null, this.lastDrawMs = 0, this.firstDraw = !1, this.root = document.createElement("div"), this.root.className = "tbt-inst-scatter", this.canvas = document.createElement("canvas"), this.canvas.className = "tbt-inst-canvas", this.svg = I("svg", { class: "tbt-chart tbt-inst-svg" }), this.xAxis = I("g", { class: "tbt-axis tbt-inst-xaxis" }), this.yAxis = I("g", { class: "tbt-axis tbt-inst-yaxis" }), this.xTitle = I("text", {
			class: "tbt-axis-title",
			"text-anchor": "middle"
		}), this.yTitle = I("text", {
			class: "tbt-axis-title",
			"text-anchor": "middle"
		}), this.overlay = I("g", { class: "tbt-inst-overlay" }), this.lassoPath = I("path", { class: "tbt-inst-lasso" }), this.events = I("rect", {
			class: "tbt-inst-events",
			fill: "transparent"
		}), this.svg.append(this.xAxis, this.yAxis, this.xTitle, this.yTitle, this.events, this.overlay, this.lassoPath), this.root.append(this.canvas, this.svg), this.zoomer = Jd().scaleExtent([.5, 60]).filter((e) => e.type === "wheel" || e.type === "dblclick" || this.tool === "pan" && !e.button && !e.ctrlKey).on("zoom", (e) => {
			this.transform = e.transform, this.schedule();
		}), V(this.svg).call(this.zoomer).on("dblclick.zoom", null), this.bindPointer(), this.resize(this.width, this.height);
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
		if (this.tx = e, this.domain = n, this.keys = [], this.extent = cm(e, t), this.index = new pm(e, t), r.resetView && (this.transform = Rd, V(this.svg).call(this.zoomer.transform, Rd)), this.anim?.stop(), this.anim = null, !(r.animate && i && a.x.length)) {
			this.x = e, this.y = t, this.shownExtent = this.extent, delete this.root.dataset.animating, this.firstDraw = !0, this.schedule();
			return;
		}
		let o = new Float32Array(e.length), s = new Float32Array(t.length), c = a.x.slice(), l = a.y.slice(), u = a.extent;
		this.root.dataset.animating = "true", this.anim = hs((n) => {
			let r = hm(n / Hm);
			this.x = mm(c, e, r, o), this.y = mm(l, t, r, s), this.shownExtent = gm(u, this.extent, r), n >= Hm && (this.anim?.stop(), this.anim = null, this.x = e, this.y = t, this.shownExtent = this.extent, delete this.root.dataset.animating), this.drawNow();
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
		this.anim?.stop(), cancelAnimationFrame(this.frame), V(this.svg).on(".zoom", null), this.root.remove();
	}
	plot() {
		return {
			left: Vm.left,
			top: Vm.top,
			width: Math.max(10, this.width - Vm.left - Vm.right),
			height: Math.max(10, this.height - Vm.top - Vm.bottom)
		};
	}
	scales() {
		let e = this.plot(), t = lm(this.shownExtent, e.width, e.height), n = J().domain([t.x0, t.x1]).range([e.left, e.left + e.width]), r = J().domain([t.y0, t.y1]).range([e.top + e.height, e.top]), i = this.transform.rescaleX(n), a = this.transform.rescaleY(r);
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
		let v = [...m.keys()].sort(), y = qp[this.theme];
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
			i.strokeStyle = Um[this.theme], i.lineWidth = 1.6, i.stroke();
		}
		let x = this.marks.hovered;
		x !== null && x < o && Number.isFinite(g[x]) && (i.beginPath(), i.arc(g[x], _[x], s + 5, 0, 2 * Math.PI), i.strokeStyle = Wm[this.theme], i.lineWidth = 2, i.stroke()), i.restore(), this.drawSvg(n, r, t, g, _), this.root.dataset.points = String(h);
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
		for (V(this.xAxis).attr("transform", `translate(0,${n.top + n.height})`).call(Ln(e).ticks(a).tickSizeOuter(0)), V(this.yAxis).attr("transform", `translate(${n.left},0)`).call(Rn(t).ticks(o).tickSizeOuter(0)), this.xTitle.setAttribute("x", String(n.left + n.width / 2)), this.xTitle.setAttribute("y", String(n.top + n.height + 28)), this.yTitle.setAttribute("transform", `translate(11,${n.top + n.height / 2}) rotate(-90)`); this.overlay.firstChild;) this.overlay.removeChild(this.overlay.firstChild);
		let s = this.marks.lines;
		if (s && s.from < r.length && Number.isFinite(r[s.from])) for (let e of s.to) e >= r.length || !Number.isFinite(r[e]) || this.overlay.appendChild(I("line", {
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
			let [n, r] = H(t, e);
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
			let [n, r] = H(t, e);
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
			let { px: i, py: a } = this.screenPositions(), o = n.kind === "box" ? fm(i, a, n.points[0], n.points[n.points.length - 1]) : dm(i, a, n.points);
			this.cb.onSelect?.(o, n.additive);
		}), e.addEventListener("pointercancel", () => {
			this.drag = null, this.lassoPath.setAttribute("d", "");
		}), e.addEventListener("click", (t) => {
			if (this.tool !== "pan") return;
			let [n, r] = H(t, e), i = this.hit(n, r);
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
}, Km = /* @__PURE__ */ new Map();
function qm(e, t) {
	let n = Km.get(t);
	return n || (n = new Promise((n, r) => {
		let i = new Image();
		i.onload = () => n(i), i.onerror = () => {
			Km.delete(t), r(/* @__PURE__ */ Error(`no thumbnails for run ${t}`));
		}, i.src = e.thumbnailsUrl(t);
	}), Km.set(t, n)), n;
}
function Jm(e) {
	let t = e?.thumbnails;
	return t && t.size > 0 && t.columns > 0 ? {
		size: t.size,
		columns: t.columns,
		count: t.count
	} : null;
}
function Ym(e, t) {
	return [t % e.columns * e.size, Math.floor(t / e.columns) * e.size];
}
function Xm(e, t, n, r, i, a = "tbt-inst-thumb") {
	let o = document.createElement("canvas");
	o.className = a, o.dataset.id = String(r);
	let s = Jm(n), c = s ? Math.max(1, Math.round(i / s.size)) : 1;
	return o.width = s ? s.size * c : i, o.height = s ? s.size * c : i, o.style.width = `${i}px`, o.style.height = `${i}px`, !s || r < 0 || r >= s.count || qm(e, t).then((e) => {
		let t = o.getContext("2d");
		if (!t) return;
		t.imageSmoothingEnabled = !1;
		let [n, i] = Ym(s, r);
		t.drawImage(e, n, i, s.size, s.size, 0, 0, o.width, o.height), o.dataset.drawn = "true";
	}).catch(() => o.classList.add("tbt-inst-thumb-missing")), o;
}
// src/instance/scatterPanel.ts
function Zm(e) {
	let { panel: t, store: n, api: r, data: i } = e, a = Nm(r, n, i).attach(), o = Dm, s = de("Projection", [{
		id: "pca",
		label: "PCA",
		title: "PCA: one frame per run and layer, fitted on the first step"
	}, {
		id: "tsne",
		label: "t-SNE",
		title: "t-SNE: computed by the backend, warm-started and aligned across steps"
	}], (e) => o.set({ projection: e })), c = Fm("Colour", "tbt-inst-colorby");
	for (let e of Qp) c.select.appendChild(F("option", { value: e.id }, e.label));
	c.select.addEventListener("change", () => o.set({ colorBy: c.select.value }));
	let l = Fm("Classes", "tbt-inst-classfilter");
	l.select.append(F("option", { value: "all" }, "All classes"), F("option", { value: "selected" }, "Selected class only")), l.select.addEventListener("change", () => o.set({ classFilter: l.select.value }));
	let u = Fm("Embedding", "tbt-inst-embedding");
	u.select.append(F("option", { value: "header" }, "Layer of the header"), F("option", { value: "penultimate" }, "penultimate")), u.select.addEventListener("change", () => o.set({ layerMode: u.select.value }));
	let d = de("Tool", [
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
	let f = F("div", { class: "tbt-inst-multiples" }), p = F("div", {
		class: "tbt-inst-legend",
		"aria-label": "Legend"
	}), m = F("div", {
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
		return _.set(e, s), Wp(r, e, i.layer, t, i.channel).then((e) => {
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
		let i = new Gm({
			onHover: (e, n, r) => {
				g = e === null ? null : t.run, o.set({ hovered: e }), e === null ? m.hidden = !0 : T(t.run, e, n, r);
			},
			onClick: (e) => o.set({ focus: e === null ? null : {
				run: t.run,
				id: e
			} }),
			onSelect: (e, t) => D(t ? [...n.get().instances, ...e] : e, n)
		}), a = F("span", { class: "tbt-inst-run-swatch" });
		a.style.background = e.runColor(t.run);
		let s = F("div", { class: "tbt-inst-cell-title" }), c = F("span", {
			class: "tbt-inst-status",
			role: "status"
		}), l = F("div", { class: "tbt-inst-cell-head" }, a, s, c), u = F("div", {
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
		let a = Om(i, r);
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
		(v.length !== f.children.length || v.some((e, t) => f.children[t] !== e)) && (L(f), f.append(...v));
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
					let r = Im(t.info, n), i = Lm(t.info);
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
			let { x: n, y: i } = _m(r.coords), a = new Uint8Array(r.coords.length);
			r.domain?.forEach((e, t) => a[t] = +!!e);
			let o = e.layer !== t.layer || e.shown !== void 0 && e.shown.coords.length !== r.coords.length;
			e.chart.setData(n, i, a, {
				animate: e.shown !== void 0 && !o,
				resetView: o
			});
			let s = r.explained_variance;
			e.chart.setAxisTitles(r.projection === "tsne" ? "t-SNE 1" : `PC 1${s?.[0] == null ? "" : ` (${Math.round(s[0] * 100)}%)`}`, r.projection === "tsne" ? "t-SNE 2" : `PC 2${s?.[1] == null ? "" : ` (${Math.round(s[1] * 100)}%)`}`), e.shown = r, e.layer = t.layer;
		}
		let l = Im(t.info, r), u = Bm(a.class, a.instances, r), d = i.colorBy === "neuron" && a.neuron ? v(t.run, r.step) : null, f = om(r, {
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
			outline: sm(r)
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
		let u = y(), d = n.get(), f = Im(c.info, l), p = Bm(d.class, d.instances, l), h = Lm(c.info);
		L(m), m.dataset.id = String(i), m.dataset.run = e;
		let g = Xm(r, e, c.info, i, 112, "tbt-inst-thumb tbt-inst-thumb-large"), _ = F("div", { class: "tbt-inst-card-rows" }), v = (e, ...t) => _.appendChild(F("div", { class: "tbt-inst-card-row" }, F("span", { class: "tbt-muted" }, e), F("span", null, ...t))), b = l.domain ? l.domain[i] : null;
		m.dataset.domain = b === null ? "" : String(b), v("Instance", `#${i}${l.index ? ` (dataset index ${l.index[i]})` : ""}`);
		let x = b ? "target" : "source";
		v("Domain", b === null ? "—" : `${h[b]}${h[b] === x ? "" : ` (${x})`} ${b ? "●" : "×"}`), v("Label", Rm(l.label?.[i], f, u, p)), v("Prediction", Rm(l.prediction?.[i], f, u, p)), v("Previous", Rm(l.previous_prediction?.[i], f, u, p)), v("Loss", zm(l.loss?.[i])), v("Margin", zm(l.margin?.[i])), v("P(target)", zm(l.p_target?.[i])), m.append(g, _), m.hidden = !1, rf(m, t.body, a, s, 16, 300, 140);
	}
	function O() {
		L(p);
		let e = o.get(), t = n.get().theme, r = e.runs.find((e) => e.shown), i = r?.shown, a = F("span", { class: "tbt-inst-legend-group" }, F("span", { class: "tbt-inst-glyph" }, "×"), " source ", F("span", { class: "tbt-inst-glyph" }, "●"), " target ", F("span", { class: "tbt-inst-glyph tbt-inst-glyph-out" }, "●"), " dark outline = mispredicted");
		p.appendChild(a);
		let s = F("span", { class: "tbt-inst-legend-group" }), c = (e, t, r) => {
			let i = F("span", { class: "tbt-inst-sw" });
			if (i.style.background = e, r === void 0) {
				s.append(i, F("span", null, t));
				return;
			}
			let a = F("button", {
				type: "button",
				class: "tbt-inst-legend-class",
				"data-class": r,
				"aria-pressed": String(n.get().class === r),
				title: `Select class ${t} everywhere`
			}, i, t);
			a.addEventListener("click", () => E(r, n, !0)), s.append(a);
		}, l = Im(r?.info ?? null, i), u = Lm(r?.info ?? null);
		switch (e.colorBy) {
			case "class": {
				let e = Bm(n.get().class, n.get().instances, i), r = Zp(l.length, e, t), a = l.length <= 10 ? l.map((e, t) => t) : e.slice(0, 10);
				a.forEach((e) => c(r[e], l[e], e)), l.length > 10 && c(Kp[t], a.length ? "other classes" : "all classes (select a class to colour it)");
				break;
			}
			case "domain":
				c(Jp[t][0], u[0]), c(Jp[t][1], u[1]);
				break;
			case "correct":
				c(Yp[t][0], "correct"), c(Yp[t][1], "incorrect");
				break;
			case "p_target":
				[
					0,
					.25,
					.5,
					.75,
					1
				].forEach((e) => c($p(e, t), e === 0 ? "0 (source-like)" : e === 1 ? "1 (target-like)" : String(e)));
				break;
			case "loss": {
				let e = im(i?.loss ?? null);
				[
					0,
					.5,
					1
				].forEach((t) => c(tm(t), t === 1 ? `≥ ${e.toFixed(2)}` : (t * e).toFixed(2)));
				break;
			}
			case "neuron": {
				let e = n.get().neuron;
				if (!e) {
					c(Kp[t], "no channel selected: click a channel in the feature level");
					break;
				}
				let a = am(r && i ? _.get(r.run)?.values ?? null : null);
				if (!a) {
					c(Kp[t], `channel ${e.channel} of ${e.layer}: loading…`);
					break;
				}
				s.appendChild(F("span", null, `channel ${e.channel} of ${e.layer}, current model:`)), [
					0,
					.5,
					1
				].forEach((e) => c(tm(e), (a[0] + e * (a[1] - a[0])).toFixed(2)));
				break;
			}
			case "changed": c(Xp[t], "prediction changed since the previous step"), c(Kp[t], "unchanged or unknown");
		}
		p.appendChild(s);
	}
	let k = B(e, (e, t) => S(t), { watch: (e) => [
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
R({
	id: "instance-scatter",
	section: "instance",
	title: "Probe instances",
	info: "Each probe instance at the layer and step: × source, ● target; colour by class (or another measure, or the activation of the channel selected in the feature level); a dark outline marks a misprediction. Equal aspect ratio. PCA uses one frame per run and layer, so points move only when the representation moves; t-SNE is warm-started and aligned across steps (PCA is shown while it computes). Wheel to zoom, drag to pan, Lasso/Box to select, click an instance for its nearest neighbours in the other domain. Up to four selected runs side by side, hover and selection linked.",
	span: 8,
	order: 10,
	mount: Zm
});
// src/instance/selectionPanel.ts
var Qm = 120;
function $m(e) {
	let { panel: t, store: n, api: r } = e, i = Dm, a = (e, t, n) => {
		let r = F("button", {
			type: "button",
			class: "tbt-button tbt-inst-action",
			title: t
		}, e);
		return r.addEventListener("click", n), r;
	}, o = a("Clear", "Empty the selection", () => D([], n)), s = a("Invert", "Select every other probe instance", () => {
		let e = km(i.get())?.shown;
		e && D(Sm(n.get().instances, e.coords.length), n);
	}), c = a("Only mispredicted", "Keep only the selected instances mispredicted at this step", () => {
		let e = km(i.get())?.shown;
		e?.label && e.prediction && D([...n.get().instances].filter((t) => e.prediction[t] !== null && e.prediction[t] !== e.label[t]), n);
	});
	t.controls.append(o, s, c);
	let l = F("div", {
		class: "tbt-inst-sel-summary",
		role: "status"
	}), u = F("table", { class: "tbt-inst-counts" }), d = F("div", {
		class: "tbt-inst-thumbs",
		role: "list",
		"aria-label": "Selected instances"
	});
	t.body.append(l, u, d);
	function f() {
		let e = km(i.get()), a = e?.shown, f = n.get(), p = [...f.instances].sort((e, t) => e - t).filter((e) => !a || e < a.coords.length);
		if (t.root.dataset.count = String(p.length), [
			o,
			s,
			c
		].forEach((e) => e.disabled = !a), !e || !a) {
			t.setState("empty", "No instances shown yet.");
			return;
		}
		t.setState("ready");
		let m = Im(e.info, a), h = Lm(e.info), g = Bm(f.class, f.instances, a);
		if (L(l), L(u), L(d), !p.length) {
			l.textContent = "Nothing selected. Use Lasso or Box on the scatter, brush the domain-confusion histogram, or click a group of prediction flips.", t.setExports({});
			return;
		}
		let _ = a.label && a.prediction ? p.filter((e) => a.prediction[e] !== null && a.prediction[e] !== a.label[e]).length : 0;
		l.textContent = `${p.length} selected (${e.run}, step ${a.step}) · ${_} mispredicted`;
		let v = Cm(a, p, m.length);
		u.appendChild(F("tr", null, F("th", null, "class"), F("th", null, h[0]), F("th", null, h[1]))), v.forEach((e, t) => {
			e[0] + e[1] !== 0 && u.appendChild(F("tr", null, F("td", null, Rm(t, m, f.theme, g)), F("td", null, String(e[0])), F("td", null, String(e[1]))));
		});
		for (let t of p.slice(0, Qm)) {
			let n = F("div", {
				class: "tbt-inst-thumb-item",
				role: "listitem",
				"data-id": t,
				title: `#${t} · ${a.domain ? h[a.domain[t]] : ""}`
			}, Xm(r, e.run, e.info, t, 48), F("div", { class: "tbt-inst-thumb-caption" }, Rm(a.label?.[t], m, f.theme, g), F("span", { class: "tbt-muted" }, "→"), Rm(a.prediction?.[t], m, f.theme, g)));
			n.addEventListener("mouseenter", () => i.set({ hovered: t })), n.addEventListener("mouseleave", () => i.set({ hovered: null })), d.appendChild(n);
		}
		p.length > Qm && d.appendChild(F("div", { class: "tbt-muted tbt-small" }, `and ${p.length - Qm} more (all in the CSV)`)), t.setExports({ csv: () => ({
			rows: wm(a, p, {
				classes: m,
				domains: h
			}),
			name: `selection-${e.run}-step${a.step}`
		}) });
	}
	return Pm(e, () => f(), (e) => [
		e.instances,
		e.theme,
		e.class
	]);
}
R({
	id: "instance-selection",
	section: "instance",
	title: "Selected instances",
	info: "The instances selected anywhere in the tab (the same probe instances at every step, layer and run): thumbnails with label → prediction, counts per class and domain. CSV: instance, dataset index, domain, label, prediction and the shown coordinates.",
	span: 4,
	order: 20,
	mount: $m
});
// src/instance/confusionPanel.ts
var eh = 20;
function th(e) {
	let { panel: t, store: n } = e, r = Dm, i = F("div", { class: "tbt-inst-hist" }), a = F("div", { class: "tbt-muted tbt-small" });
	t.body.append(i, a);
	let o = null;
	function s(e) {
		let s = km(r.get()), c = s?.shown, l = n.get();
		if (!s || !c) {
			t.setState("empty", "No instances shown yet.");
			return;
		}
		if (!c.p_target || !c.domain) {
			t.setState("empty", "No per-instance P(target) at this step.");
			return;
		}
		t.setState("ready");
		let u = l.class, d = u === null || !c.label ? null : (e) => c.label[e] === u, f = ym(c, d, eh), p = Math.max(260, e || t.body.clientWidth || 360), m = {
			l: 38,
			r: 8,
			t: 10,
			b: 34
		}, h = J().domain([0, 1]).range([m.l, p - m.r]), g = Math.max(1, ...f.counts[0].map((e, t) => e + f.counts[1][t])), _ = J().domain([0, g]).nice().range([210 - m.b, m.t]);
		L(i), o = I("svg", {
			class: "tbt-chart",
			width: p,
			height: 210,
			viewBox: `0 0 ${p} 210`,
			"data-total": f.counts[0].reduce((e, t) => e + t, 0) + f.counts[1].reduce((e, t) => e + t, 0)
		}), i.appendChild(o);
		let v = V(o), y = l.theme;
		for (let e = 0; e < eh; e++) {
			let t = 0;
			for (let n of [0, 1]) {
				let r = f.counts[n][e];
				r && (v.append("rect").attr("class", `tbt-inst-bar tbt-inst-bar-${n ? "target" : "source"}`).attr("x", h(f.edges[e]) + .5).attr("width", Math.max(0, h(f.edges[e + 1]) - h(f.edges[e]) - 1)).attr("y", _(t + r)).attr("height", _(t) - _(t + r)).attr("fill", Jp[y][n]).append("title").text(`${n ? "target" : "source"}: ${r} with P(target) in [${f.edges[e].toFixed(2)}, ${f.edges[e + 1].toFixed(2)})`), t += r);
			}
		}
		v.append("g").attr("class", "tbt-axis").attr("transform", `translate(0,${210 - m.b})`).call(Ln(h).ticks(5)), v.append("g").attr("class", "tbt-axis").attr("transform", `translate(${m.l},0)`).call(Rn(_).ticks(4)), v.append("text").attr("class", "tbt-axis-title").attr("x", (m.l + p - m.r) / 2).attr("y", 206).attr("text-anchor", "middle").text("P(target | features): source-like ← → target-like");
		let b = wl().extent([[m.l, m.t], [p - m.r, 210 - m.b]]).on("end", (e) => {
			if (!e.sourceEvent || !e.selection) return;
			let [t, r] = e.selection.map((e) => h.invert(e));
			D(xm(c, t, r, d), n);
		});
		v.append("g").attr("class", "tbt-inst-brush").call(b);
		let x = Im(s.info, c);
		a.textContent = `${s.run}, ${s.layer}, step ${c.step} · ${u === null ? "all classes" : `class ${x[u] ?? u}`} · brush a range to select those instances. Out-of-fold domain-classifier probability; 0.5 = the domains are confused.`, t.setExports({ figure: () => o ? {
			svg: o,
			name: `domain-confusion-${s.run}`
		} : null });
	}
	return Pm(e, s, (e) => [e.class, e.theme]);
}
R({
	id: "instance-confusion",
	section: "instance",
	title: "Domain confusion",
	info: "Per-instance out-of-fold P(target | features) of a domain classifier at this layer and step, source and target stacked, for the selected class (or all). Mass near 0 and 1 means the layer tells the domains apart; mass near 0.5 means it confuses them. Brush a range to select those instances.",
	span: 4,
	order: 30,
	mount: th
});
// src/instance/flipsPanel.ts
var nh = 24;
function rh(e) {
	let { panel: t, store: n, api: r } = e, i = Dm;
	function a() {
		let e = km(i.get()), a = e?.shown;
		if (!e || !a) {
			t.setState("empty", "No instances shown yet.");
			return;
		}
		if (!a.previous_prediction || !a.prediction) {
			t.setState("empty", `No previous step to compare with at step ${a.step}.`);
			return;
		}
		t.setState("ready"), L(t.body);
		let o = n.get(), s = Im(e.info, a), c = Bm(o.class, o.instances, a), l = vm(a), u = (t, l, u) => {
			let d = F("button", {
				type: "button",
				class: "tbt-button tbt-inst-flip-select",
				"data-group": t,
				title: `Select these ${u.length} instances`,
				disabled: !u.length
			}, `${l}: ${u.length}`);
			d.addEventListener("click", () => D(u, n));
			let f = F("div", { class: "tbt-inst-thumbs" });
			for (let t of u.slice(0, nh)) {
				let l = F("div", {
					class: "tbt-inst-thumb-item",
					"data-id": t
				}, Xm(r, e.run, e.info, t, 40), F("div", { class: "tbt-inst-thumb-caption" }, Rm(a.previous_prediction?.[t], s, o.theme, c), F("span", { class: "tbt-muted" }, "→"), Rm(a.prediction?.[t], s, o.theme, c)));
				l.addEventListener("mouseenter", () => i.set({ hovered: t })), l.addEventListener("mouseleave", () => i.set({ hovered: null })), l.addEventListener("click", () => D([t], n)), f.appendChild(l);
			}
			return u.length > nh && f.appendChild(F("div", { class: "tbt-muted tbt-small" }, `and ${u.length - nh} more`)), F("div", {
				class: "tbt-inst-flip-group",
				"data-group": t,
				"data-count": u.length
			}, d, f);
		};
		t.body.append(F("div", { class: "tbt-muted tbt-small" }, `${e.run}, step ${a.step} against the previous logged step (captions: previous → now prediction).`), u("fixed", "Fixed (wrong → right)", l.fixed), u("broken", "Broken (right → wrong)", l.broken), u("other", "Changed, still wrong", l.changedWrong));
	}
	return Pm(e, () => a(), (e) => [e.theme, e.class]);
}
R({
	id: "instance-flips",
	section: "instance",
	title: "Prediction flips",
	info: "Instances whose prediction changed since the previous logged step: fixed (wrong → right), broken (right → wrong), and changed but still wrong. Click a group to select it.",
	span: 4,
	order: 40,
	mount: rh
});
function ih(e) {
	let { panel: t, store: n, api: r, data: i } = e, a = Nm(r, n, i).attach(), o = Dm, s = 0;
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
		t.setState("ready"), L(t.body);
		let c = n.get(), l = Im(a.info, s), u = Lm(a.info), d = Bm(c.class, c.instances, s), f = s.domain?.[i.id] ?? 0, p = F("div", {
			class: "tbt-inst-nn-focus",
			"data-id": i.id
		}, Xm(r, a.run, a.info, i.id, 64), F("div", null, F("div", null, `#${i.id} · ${u[f]}`), Rm(s.label?.[i.id], l, c.theme, d), F("div", { class: "tbt-muted tbt-small" }, `${a.run}, ${a.layer}, step ${s.step}`))), m = F("div", {
			class: "tbt-inst-thumbs tbt-inst-nn-list",
			role: "list"
		});
		i.ids.forEach((e, t) => {
			let n = F("div", {
				class: "tbt-inst-thumb-item",
				role: "listitem",
				"data-id": e
			}, Xm(r, a.run, a.info, e, 48), F("div", { class: "tbt-inst-thumb-caption" }, Rm(s.label?.[e], l, c.theme, d)), F("div", { class: "tbt-muted tbt-small" }, `d = ${zm(i.distances[t], 2)}`));
			n.addEventListener("mouseenter", () => o.set({ hovered: e })), n.addEventListener("mouseleave", () => o.set({ hovered: null })), m.appendChild(n);
		});
		let h = F("button", {
			type: "button",
			class: "tbt-button"
		}, "Select these");
		h.addEventListener("click", () => D([i.id, ...i.ids], n)), t.body.append(p, F("div", { class: "tbt-muted tbt-small" }, `${i.ids.length} nearest ${u[+!f]} instances (Euclidean distance in the layer's embedding)`), m, h);
	}
	let u = [o.subscribe((e) => `${e.focus ? `${e.focus.run}\u0000${e.focus.id}` : ""}|${e.runs.map((e) => e.shown ? `${e.run}\u0000${e.layer}\u0000${e.shown.step}` : "").join("|")}`, () => void c()), n.subscribe((e) => [e.theme], () => l())];
	return c(), { destroy() {
		u.forEach((e) => e()), a();
	} };
}
// src/instance/index.ts
R({
	id: "instance-neighbors",
	section: "instance",
	title: "Nearest neighbours across domains",
	info: "The 8 probe instances of the other domain nearest to the clicked instance, in the layer's feature space at that step; lines in the scatter point to them.",
	span: 4,
	order: 50,
	mount: ih
}), typeof document < "u" && Vp(document);
// src/feature/state.ts
function ah(e) {
	return e.instances.size > 0 ? {
		kind: "selection",
		instances: [...e.instances].sort((e, t) => e - t)
	} : e.class === null ? { kind: "all" } : {
		kind: "class",
		class: e.class
	};
}
function oh(e) {
	return e.kind === "selection" ? { instances: e.instances } : e.kind === "class" ? { class: e.class } : {};
}
function sh(e, t = []) {
	return e.kind === "selection" ? `${e.instances.length} selected instance${e.instances.length === 1 ? "" : "s"}` : e.kind === "class" ? `class ${t[e.class] ?? e.class}` : "all classes";
}
var ch = y({
	order: "most",
	checked: null,
	layer: null
});
function lh(e, t, n) {
	return e.layer === t && e.checked !== null ? [...e.checked] : n.slice(0, 5);
}
function uh(e, t, n) {
	let r = lh(ch.get(), e, t), i = r.includes(n) ? r.filter((e) => e !== n) : [...r, n];
	ch.set({
		checked: i,
		layer: e
	});
}
var dh = y({
	layer: null,
	group: { kind: "all" },
	runs: []
});
function fh(e) {
	return e.kind === "class" ? `c${e.class}` : e.kind === "selection" ? `i${e.instances.join(",")}` : "all";
}
var ph = class {
	constructor(e, t, n, r = dh) {
		this.api = e, this.store = t, this.data = n, this.state = r, this.answers = new ce(), this.controller = null, this.attach = se(() => {
			let e = [this.store.subscribe((e) => [
				e.runs.slice(0, 4).join("\0"),
				e.step,
				e.layer,
				fh(ah(e))
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
		let t = this.store.get(), n = t.layer, r = ah(t), i = new Map(this.data.get().runs.map((e) => [e.run, e])), a = t.runs.slice(0, 4);
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
		let a = this.answers.lookup(e, t, n, fh(r));
		if (a) return a;
		let o = await this.api.features(e, t, n, oh(r), { signal: i });
		return this.answers.keep(e, t, fh(r), o), o;
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
}, mh = /* @__PURE__ */ new WeakMap();
function hh(e, t, n) {
	let r = mh.get(t);
	return r || (r = new ph(e, t, n), mh.set(t, r)), r;
}
// src/feature/model.ts
var gh = (e) => e != null && Number.isFinite(e);
function _h(e, t, n) {
	let r = e.models[t], i = new Map(e.recorded.map((e, t) => [e, t])), a = [], o = [];
	return r.ranking.forEach((e, t) => {
		let n = i.get(e);
		if (n === void 0) return;
		let s = r.domain_coef[n] ?? null, c = {
			rank: gh(s) ? t + 1 : null,
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
function vh(e, t) {
	let n = /* @__PURE__ */ new Map();
	for (let r of _h(e, t, "most")) r.rank !== null && n.set(r.channel, r.rank);
	return n;
}
function yh(e) {
	let t = 0;
	for (let n of e) gh(n) && Math.abs(n) > t && (t = Math.abs(n));
	return t;
}
function bh(e, t, n, r, i = 4) {
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
function xh(e, t, n) {
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
function Sh(e, t = 20, n = "most") {
	let r = vh(e, "pretrained"), i = vh(e, "current"), a = (r) => _h(e, r, n).filter((e) => e.rank !== null).slice(0, t).map((e) => e.channel);
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
var Ch = "\n.tbt-feat-runs { display: flex; flex-direction: column; gap: 16px; }\n.tbt-feat-run-head { display: flex; align-items: baseline; gap: 6px; font-size: 12px; margin-bottom: 4px; min-width: 0; }\n.tbt-feat-run-name { font-weight: 500; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 40%; }\n.tbt-feat-run-swatch { width: 10px; height: 10px; border-radius: 2px; flex: none; align-self: center; }\n.tbt-feat-status { color: var(--tbt-muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }\n.tbt-feat-error { color: var(--tbt-error-fg); background: var(--tbt-error-bg); padding: 6px 8px; border-radius: 4px; font-size: 12px; }\n.tbt-feat-lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 12px; }\n.tbt-feat-list { min-width: 0; border: 1px solid var(--tbt-border); border-radius: 4px; background: var(--tbt-panel); }\n.tbt-feat-list-title { font-size: 12px; font-weight: 500; padding: 4px 8px; border-bottom: 1px solid var(--tbt-border);\n  background: var(--tbt-panel-2); color: var(--tbt-fg); }\n.tbt-feat-cols, .tbt-feat-row { display: grid; grid-template-columns: 30px 48px minmax(88px, 1.1fr) minmax(56px, .8fr) minmax(150px, 1.6fr) 40px 22px;\n  align-items: center; column-gap: 6px; padding: 0 6px; }\n.tbt-feat-cols { font-size: 11px; color: var(--tbt-muted); height: 22px; border-bottom: 1px solid var(--tbt-grid); }\n.tbt-feat-scroll { position: relative; overflow-y: auto; overflow-x: hidden; }\n.tbt-feat-spacer { position: relative; }\n.tbt-feat-row { position: absolute; left: 0; right: 0; font-size: 12px; color: var(--tbt-fg); cursor: pointer;\n  border-bottom: 1px solid var(--tbt-grid); box-sizing: border-box; }\n.tbt-feat-row:hover { background: var(--tbt-panel-2); }\n.tbt-feat-row:focus-visible { outline: 2px solid var(--tbt-accent); outline-offset: -2px; }\n.tbt-feat-row.tbt-selected { background: var(--tbt-select); box-shadow: inset 3px 0 0 var(--tbt-select-edge); }\n.tbt-feat-rank { color: var(--tbt-muted); font-variant-numeric: tabular-nums; text-align: right; }\n.tbt-feat-channel { font-family: var(--tbt-mono); font-size: 11px; }\n.tbt-feat-bar { display: flex; flex-direction: column; gap: 2px; min-width: 0; }\n.tbt-feat-track { height: 6px; background: var(--tbt-grid); border-radius: 3px; overflow: hidden; }\n.tbt-feat-fill { height: 100%; border-radius: 3px; }\n.tbt-feat-fill-source { background: var(--tbt-source); }\n.tbt-feat-fill-target { background: var(--tbt-target); }\n.tbt-feat-fill-importance { background: var(--tbt-accent); }\n.tbt-feat-num { font-size: 10.5px; color: var(--tbt-muted); font-variant-numeric: tabular-nums; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }\n.tbt-feat-hist { display: block; overflow: visible; }\n.tbt-feat-hist .tbt-feat-bar-source { fill: var(--tbt-source); }\n.tbt-feat-hist .tbt-feat-bar-target { fill: var(--tbt-target); }\n.tbt-feat-hist .tbt-feat-mid { stroke: var(--tbt-axis); stroke-width: 1; }\n.tbt-feat-hist .tbt-feat-max { font-size: 9px; font-variant-numeric: tabular-nums; }\n.tbt-feat-hist .tbt-feat-max-source { fill: var(--tbt-source); }\n.tbt-feat-hist .tbt-feat-max-target { fill: var(--tbt-target); }\n.tbt-feat-dead { font-size: 11px; color: var(--tbt-muted); text-align: right; font-variant-numeric: tabular-nums; }\n.tbt-feat-check { margin: 0; cursor: pointer; accent-color: var(--tbt-accent); }\n.tbt-feat-note { font-size: 11px; color: var(--tbt-muted); margin: 4px 0 0; }\n.tbt-feat-slopes { display: flex; flex-wrap: wrap; gap: 12px; }\n.tbt-feat-slope { min-width: 0; flex: none; }\n.tbt-feat-slope svg { display: block; }\n.tbt-feat-slope .tbt-feat-axis { stroke: var(--tbt-axis); stroke-width: 1; }\n.tbt-feat-slope .tbt-feat-axis-label { fill: var(--tbt-muted); font-size: 11px; }\n.tbt-feat-slope .tbt-feat-end { fill: var(--tbt-fg); font-size: 10px; font-family: var(--tbt-mono); }\n.tbt-feat-slope .tbt-feat-leader { stroke: var(--tbt-muted); stroke-width: .7; }\n.tbt-feat-line { fill: none; stroke-width: 1.6; cursor: pointer; }\n.tbt-feat-line-specific { stroke: var(--tbt-bad); }\n.tbt-feat-line-invariant { stroke: var(--tbt-good); }\n.tbt-feat-line-same { stroke: var(--tbt-faint); }\n.tbt-feat-line.tbt-selected { stroke-width: 3.5; }\n.tbt-feat-line-hit { fill: none; stroke: transparent; stroke-width: 8; cursor: pointer; }\n.tbt-feat-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 11px; color: var(--tbt-muted); margin-top: 4px; }\n.tbt-feat-key { display: inline-block; width: 14px; height: 3px; border-radius: 2px; vertical-align: middle; margin-right: 4px; }\n.tbt-feat-key-specific { background: var(--tbt-bad); }\n.tbt-feat-key-invariant { background: var(--tbt-good); }\n.tbt-feat-key-same { background: var(--tbt-faint); }\n";
function wh(e) {
	if (e.querySelector("style[data-tb-transfer-feature-lists]")) return;
	let t = e.createElement("style");
	t.setAttribute("data-tb-transfer-feature-lists", ""), t.textContent = Ch, e.head.appendChild(t);
}
var Th = 150, Eh = 36, Dh = ["pretrained", "current"], Oh = (e, t = 2) => e == null || !Number.isFinite(e) ? "—" : e.toFixed(t), kh = (e) => e == null || !Number.isFinite(e) ? "—" : `${Math.round(e * 100)}%`;
function Ah(e, t) {
	let n = 0, r = 0;
	for (let i of [0, 1]) {
		let a = e[i];
		a !== null && Number.isFinite(a) && t[i] > 0 && (n += a * t[i], r += t[i]);
	}
	return r ? n / r : null;
}
function jh(e) {
	let { bars: t, max: n, mid: r } = xh(e.hist, 132, Eh), i = I("svg", {
		class: "tbt-feat-hist",
		width: Th,
		height: Eh,
		viewBox: `0 0 ${Th} ${Eh}`,
		role: "img",
		"aria-label": `activation histogram of channel ${e.channel}: source above (max ${n[0]}), target below (max ${n[1]})`,
		"data-counts": `${e.hist[0].join(",")}|${e.hist[1].join(",")}`
	});
	for (let e of t) i.appendChild(I("rect", {
		class: e.domain === 0 ? "tbt-feat-bar-source" : "tbt-feat-bar-target",
		x: e.x.toFixed(1),
		y: e.y.toFixed(1),
		width: e.width.toFixed(1),
		height: Math.max(.5, e.height).toFixed(1)
	}));
	i.appendChild(I("line", {
		class: "tbt-feat-mid",
		x1: 0,
		x2: 132,
		y1: r,
		y2: r
	}));
	let a = (e) => {
		let t = I("text", {
			class: `tbt-feat-max tbt-feat-max-${e ? "target" : "source"}`,
			x: 134,
			y: e ? 34 : 9
		});
		return t.textContent = String(n[e]), t;
	};
	i.append(a(0), a(1));
	let [o, s] = e.extent, c = I("title");
	return c.textContent = `pooled activation from ${Oh(o, 3)} to ${Oh(s, 3)}; bins shared by the domains`, i.prepend(c), i;
}
function Mh(e, t, n, r) {
	let i = F("div", { class: `tbt-feat-fill ${t}` });
	return i.style.width = `${Math.max(0, Math.min(1, e)) * 100}%`, F("div", {
		class: "tbt-feat-bar",
		title: r
	}, F("div", { class: "tbt-feat-track" }, i), F("span", { class: "tbt-feat-num" }, n));
}
function Nh(e, t, n, r, i, a) {
	let o = e.coef, s = o === null ? 0 : Math.abs(o), c = Ah(e.dead, t.count), l = F("input", {
		type: "checkbox",
		class: "tbt-feat-check",
		"aria-label": `Project channel ${e.channel} in the domain-discrimination plot`
	});
	return l.checked = r, l.addEventListener("click", (e) => e.stopPropagation()), l.addEventListener("change", a), F("div", {
		class: `tbt-feat-row${i ? " tbt-selected" : ""}`,
		role: "listitem",
		tabindex: 0,
		"data-channel": e.channel,
		"data-rank": e.rank ?? "",
		"aria-current": i ? "true" : null
	}, F("span", { class: "tbt-feat-rank" }, e.rank ?? "—"), F("span", { class: "tbt-feat-channel" }, `#${e.channel}`), Mh(n.coef ? s / n.coef : 0, o !== null && o < 0 ? "tbt-feat-fill-source" : "tbt-feat-fill-target", `|w| ${Oh(s)} · AUC ${Oh(e.auc)}`, `domain coefficient ${Oh(o, 3)} (${o !== null && o < 0 ? "higher on source" : "higher on target"}); rank AUC of target vs source ${Oh(e.auc, 3)} (0.5: no difference)`), Mh(n.importance && e.importance !== null ? e.importance / n.importance : 0, "tbt-feat-fill-importance", Oh(e.importance), `class importance (gradient × activation) ${Oh(e.importance, 3)}`), jh(e), F("span", {
		class: "tbt-feat-dead",
		title: `dead (pooled activation ≤ 0): source ${kh(e.dead[0])}, target ${kh(e.dead[1])}`
	}, kh(c)), l);
}
function Ph(e, t, n = 0, r) {
	let i = Math.min(10, e.length) * 44, a = F("div", { class: "tbt-feat-spacer" });
	a.style.height = `${e.length * 44}px`;
	let o = F("div", {
		class: "tbt-feat-scroll",
		role: "list",
		"data-rows": e.length,
		"data-order": e.map((e) => e.channel).join(",")
	}, a);
	o.style.height = `${i}px`;
	let s = "", c = () => {
		let r = bh(o.scrollTop || n, i, 44, e.length), c = `${r.start}:${r.end}`;
		if (c !== s) {
			s = c, L(a);
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
function Fh(e, t) {
	if (e < 0) return t;
	let n = e * 44;
	return n >= t && n + 44 <= t + 440 ? t : Math.max(0, n - 88);
}
function Ih(e) {
	wh(document);
	let { panel: t, store: n, api: r, data: i } = e, a = hh(r, n, i).attach(), o = /* @__PURE__ */ new Map(), s = "", c = de("Order", [{
		id: "most",
		label: "Most domain-discriminative",
		title: "Channels that tell the domains apart best first (domain-specific)"
	}, {
		id: "least",
		label: "Least",
		title: "Channels that tell the domains apart least first (domain-invariant, transferable)"
	}], (e) => ch.set({ order: e }));
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
		for (let t of dh.get().runs) {
			let n = t.features;
			if (n) for (let r of Dh) for (let i of _h(n, r, "most")) e.push([
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
		let a = e.features, s = n.get(), c = e.info?.class_names ?? [], l = F("div", { class: "tbt-feat-run-head" }, F("span", { class: "tbt-feat-run-swatch" }), F("span", {
			class: "tbt-feat-run-name",
			title: e.run
		}, e.run));
		l.firstChild.style.background = r;
		let u = F("div", {
			class: "tbt-feat-run",
			"data-run": e.run,
			"data-status": e.status
		}, l);
		if (e.status === "error") return u.append(F("div", {
			class: "tbt-feat-error",
			role: "alert"
		}, e.error ?? "could not be read")), u;
		if (!a) return l.append(F("span", { class: "tbt-feat-status" }, "loading…")), u;
		let d = a.recorded.length < a.channels ? ` · ${a.recorded.length} of ${a.channels} channels recorded` : ` · ${a.channels} channels`;
		l.append(F("span", { class: "tbt-feat-status" }, `${a.layer} · step ${a.step} · ${Lh(a, c)} (${a.count[0]} source, ${a.count[1]} target)${d}${e.status === "loading" ? " · updating…" : ""}`)), u.dataset.step = String(a.step), u.dataset.count = a.count.join(",");
		let f = {
			coef: yh(Dh.flatMap((e) => a.models[e].domain_coef)),
			importance: yh(Dh.flatMap((e) => a.models[e].importance))
		}, p = a.models.current.ranking, m = new Set(lh(t, a.layer, p)), h = s.neuron && s.neuron.layer === a.layer ? s.neuron.channel : null, g = F("div", { class: "tbt-feat-lists" });
		for (let r of Dh) {
			let s = _h(a, r, t.order), c = `${e.run}\u0000${r}`;
			i && h !== null && o.set(c, Fh(s.findIndex((e) => e.channel === h), o.get(c) ?? 0));
			let l = (e) => {
				let t = Nh(e, a, f, m.has(e.channel), e.channel === h, () => uh(a.layer, p, e.channel)), r = () => O({
					layer: a.layer,
					channel: e.channel
				}, n);
				return t.addEventListener("click", r), t.addEventListener("keydown", (e) => {
					(e.key === "Enter" || e.key === " ") && (e.preventDefault(), r());
				}), t;
			}, u = F("div", {
				class: "tbt-feat-cols",
				"aria-hidden": "true"
			}, F("span", { class: "tbt-feat-rank" }, "#"), F("span", null, "channel"), F("span", { title: "|coefficient| of a linear target-vs-source classifier on the group's standardised activations; rank AUC" }, "|w| · AUC"), F("span", { title: "class importance (gradient × activation)" }, "importance"), F("span", { title: "pooled activation over the group's instances: source above, target below, shared bins; numbers: each half's max count" }, "source ▲ / target ▼"), F("span", {
				class: "tbt-feat-dead",
				title: "fraction of the group's instances with pooled activation ≤ 0"
			}, "dead"), F("span", { title: "project in the domain-discrimination plot" }, "✓")), d = r === "pretrained" ? "Pretrained model (step 0)" : `Current model (step ${a.step})`, _ = F("div", {
				class: "tbt-feat-list",
				"data-model": r
			}, F("div", { class: "tbt-feat-list-title" }, d), u, s.length ? Ph(s, l, o.get(c) ?? 0, (e) => o.set(c, e)) : F("p", { class: "tbt-feat-note" }, "No recorded channels."));
			g.append(_);
		}
		return u.append(g), a.recorded.length < a.channels && u.append(F("p", { class: "tbt-feat-note" }, `Only recorded channels are ranked: per-instance activations are kept for ${a.recorded.length} of the layer's ${a.channels} channels, chosen once per run from the pretrained model (alternately the most important and the most domain-discriminative), so both ends of the ranking are among them.`)), u;
	}
	let d = B(e, (n) => {
		let r = dh.get(), i = ch.get();
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
		t.setState("ready"), L(t.body);
		let a = F("div", { class: "tbt-feat-runs" }), o = n.sel.neuron ? `${n.sel.neuron.layer}\u0000${n.sel.neuron.channel}` : "", l = o !== s && r.runs.some((e) => e.features);
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
	] }), f = [dh.subscribe((e) => [e.runs, e.layer], () => d.schedule()), ch.subscribe((e) => [
		e.order,
		e.checked,
		e.layer
	], () => d.schedule())];
	return { destroy() {
		f.forEach((e) => e()), d.destroy(), a();
	} };
}
function Lh(e, t) {
	return e.group === "class" && e.class !== null ? sh({
		kind: "class",
		class: e.class
	}, t) : e.group === "instances" ? sh({
		kind: "selection",
		instances: Array(e.count[0] + e.count[1]).fill(0)
	}) : sh({ kind: "all" });
}
R({
	id: "feature-lists",
	section: "feature",
	title: "Ranked channels",
	info: "For the group (the instance level's selection, else the selected class, else every class) at the selected layer: the channels of the pretrained and of the current model ranked by domain-discriminativeness (|coefficient| of a linear target-vs-source classifier on the group's activations). Each row: |coefficient| and rank AUC, class importance, the mirrored activation histogram (source above, target below, shared bins, each half's maximum count), the dead fraction, and a checkbox that projects the channel in the domain-discrimination plot. Click a row to select the channel everywhere.",
	span: 12,
	order: 10,
	mount: Ih
});
// src/charts/labels.ts
function Rh(e, t, n, r) {
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
function zh(e, t) {
	let n = Math.min(e.x + e.w, t.x + t.w) - Math.max(e.x, t.x), r = Math.min(e.y + e.h, t.y + t.h) - Math.max(e.y, t.y);
	return n > 0 && r > 0 ? n * r : 0;
}
var Bh = [
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
].map((e) => e * Math.PI / 180), Vh = [
	3,
	12,
	24
];
function Hh(e, t, n = 4) {
	let r = [], i = e.map((e) => ({
		x: e.x - n,
		y: e.y - n,
		w: 2 * n,
		h: 2 * n
	}));
	return e.map((e, n) => {
		let a = Math.atan2(e.dy, e.dx), o = Number.isFinite(a) && (e.dx !== 0 || e.dy !== 0) ? a : 0, s = null, c = Infinity, l = 0;
		search: for (let a = 0; a < Vh.length; a++) for (let u of Bh) {
			let d = Math.cos(o + u), f = Math.sin(o + u), p = Vh[a] + Math.abs(d) * (e.w / 2) + Math.abs(f) * (e.h / 2), m = {
				x: e.x + d * p - e.w / 2,
				y: e.y + f * p - e.h / 2,
				w: e.w,
				h: e.h
			}, h = 0;
			for (let e of r) h += zh(m, e);
			if (i.forEach((e, t) => {
				t !== n && (h += zh(m, e));
			}), h += e.w * e.h - zh(m, t), h < c - 1e-9 && (s = m, c = h, l = a), h <= 1e-9) break search;
		}
		return r.push(s), {
			...s,
			moved: l > 0
		};
	});
}
function Uh(e, t) {
	let n = e.map((e, t) => t).sort((t, n) => e[t] - e[n] || t - n), r = [], i = Array(e.length);
	for (let a of n) {
		let n = 0;
		for (; n < r.length && e[a] - r[n] < t;) n++;
		r[n] = e[a], i[a] = n;
	}
	return i;
}
var Wh = 380, Gh = {
	top: 26,
	right: 46,
	bottom: 22,
	left: 46
}, Kh = 11;
function qh(e, t, n = Wh) {
	let r = n - Gh.top - Gh.bottom;
	return Gh.top + (t > 1 ? (e - 1) / (t - 1) * r : r / 2);
}
function Jh(e, t, n, r, i) {
	let a = t.filter((e) => e.from !== null && e.to !== null), o = Math.max(2, ...a.map((e) => Math.max(e.from, e.to))), s = Gh.left, c = n - Gh.right, l = I("svg", {
		width: n,
		height: Wh,
		viewBox: `0 0 ${n} ${Wh}`,
		role: "img",
		"aria-label": `rank movement of the top 20 channels of layer ${e.layer}, pretrained to current`
	}), u = (e, t, n, r) => {
		let i = I("text", {
			class: "tbt-feat-axis-label",
			x: e,
			y: t,
			"text-anchor": r
		});
		return i.textContent = n, i;
	};
	l.append(u(2, 12, "pretrained: rank 1", "start"), u(n - 2, 12, `current (step ${e.step}): rank 1`, "end"), u(2, 377, `rank ${o}`, "start"), u(n - 2, 377, `rank ${o}`, "end"));
	for (let e of [s, c]) l.append(I("line", {
		class: "tbt-feat-axis",
		x1: e,
		x2: e,
		y1: qh(1, o),
		y2: qh(o, o)
	}));
	let d = (e) => {
		let t = a.filter((t) => t[e] <= 20 || t.channel === r), n = Rh(t.map((t) => qh(t[e], o)), Kh, Gh.top - 6, Wh - Gh.bottom + 6);
		return new Map(t.map((e, t) => [e.channel, n[t]]));
	}, f = {
		from: d("from"),
		to: d("to")
	}, p = [...a].sort((e, t) => Number(e.channel === r) - Number(t.channel === r));
	for (let e of p) {
		let t = qh(e.from, o), n = qh(e.to, o), a = I("g", {
			"data-channel": e.channel,
			"data-from": e.from,
			"data-to": e.to,
			class: "tbt-feat-slope-line"
		}), u = I("title");
		u.textContent = `channel ${e.channel}: rank ${e.from} → ${e.to}${e.kind === "specific" ? " (became more domain-specific)" : e.kind === "invariant" ? " (became more domain-invariant)" : ""}`;
		let d = I("line", {
			class: `tbt-feat-line tbt-feat-line-${e.kind}${e.channel === r ? " tbt-selected" : ""}`,
			x1: s,
			y1: t,
			x2: c,
			y2: n
		}), p = I("line", {
			class: "tbt-feat-line-hit",
			x1: s,
			y1: t,
			x2: c,
			y2: n
		});
		a.append(u, d, p), a.addEventListener("click", () => i(e.channel));
		let m = (t, n, r, i) => {
			if (i === void 0) return;
			a.append(I("line", {
				class: "tbt-feat-leader",
				x1: t,
				y1: n,
				x2: t + r * 6,
				y2: i
			}));
			let o = I("text", {
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
function Yh(e) {
	wh(document);
	let { panel: t, store: n, api: r, data: i } = e, a = hh(r, n, i).attach();
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
		for (let t of dh.get().runs) {
			let n = t.features;
			if (n) for (let r of Sh(n, 20, ch.get().order)) e.push([
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
	let o = B(e, (r, i) => {
		let a = dh.get(), o = ch.get().order, s = a.runs.filter((e) => e.features);
		if (!r.selected.length || !a.layer) {
			t.setState("empty", r.selected.length ? "Pick a layer in the header." : "Select a run.");
			return;
		}
		if (!s.length) {
			a.runs.length && a.runs.every((e) => e.status === "error") ? t.setState("error", a.runs.map((e) => `${e.run}: ${e.error}`).join("\n")) : t.setState("loading");
			return;
		}
		t.setState("ready"), L(t.body);
		let c = n.get(), l = F("div", { class: "tbt-feat-slopes" }), u = i || t.body.clientWidth || 440, d = Math.max(220, Math.min(440, Math.floor((u - 12 * (s.length - 1)) / s.length)));
		for (let t of s) {
			let r = t.features, i = c.neuron && c.neuron.layer === r.layer ? c.neuron.channel : null, a = Sh(r, 20, o), s = F("div", { class: "tbt-feat-run-head" }, F("span", { class: "tbt-feat-run-swatch" }), F("span", {
				class: "tbt-feat-run-name",
				title: t.run
			}, t.run), F("span", {
				class: "tbt-feat-status",
				title: `the 20 ${o} domain-discriminative channels of either model`
			}, `top 20 (${o})`));
			s.firstChild.style.background = e.runColor(t.run);
			let u = F("div", {
				class: "tbt-feat-slope",
				"data-run": t.run,
				"data-lines": a.length
			}, s, Jh(r, a, d, i, (e) => O({
				layer: r.layer,
				channel: e
			}, n)));
			u.style.width = `${d}px`, l.append(u);
		}
		let f = (e, t) => F("span", null, F("span", { class: `tbt-feat-key ${e}` }), t), p = F("div", { class: "tbt-feat-legend" }, f("tbt-feat-key-specific", "became more domain-specific (rank up)"), f("tbt-feat-key-invariant", "became more domain-invariant (rank down)"), f("tbt-feat-key-same", "same rank"));
		t.body.append(l, p);
	}, { watch: (e) => [
		e.runs,
		e.step,
		e.layer,
		e.class,
		e.instances,
		e.neuron,
		e.theme
	] }), s = [dh.subscribe((e) => [e.runs, e.layer], () => o.schedule()), ch.subscribe((e) => [e.order], () => o.schedule())];
	return { destroy() {
		s.forEach((e) => e()), o.destroy(), a();
	} };
}
R({
	id: "feature-slopes",
	section: "feature",
	title: "Rank movement",
	info: "The top 20 channels of either model by domain-discriminativeness (or the least, per the order), from their rank in the pretrained model (left) to their rank in the current model (right): rising lines became domain-specific, falling lines domain-invariant. Click a line to select the channel.",
	span: 6,
	order: 50,
	mount: Yh
});
// src/feature/plots.ts
function Xh(e) {
	let t = new Float64Array(e.length), n = new Float64Array(e.length);
	return e.forEach(([e, r], i) => {
		t[i] = e ?? NaN, n[i] = r ?? NaN;
	}), {
		x: t,
		y: n
	};
}
function Zh(e, t, n, r = .85) {
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
function Qh(e, t) {
	return e.map(([e, n]) => [(e ?? 0) * t, (n ?? 0) * t]);
}
function $h(e, t, n, r, i) {
	return lm(cm([
		...Array.from(e),
		0,
		...n.map((e) => e[0])
	], [
		...Array.from(t),
		0,
		...n.map((e) => e[1])
	]), r, i, .06);
}
function eg(e, t, n, r) {
	let i = t === e ? 0 : (r - n) / (t - e);
	return (t) => n + (t - e) * i;
}
var tg = (e) => e == null || !Number.isFinite(e) ? null : e;
function ng(e, t, n) {
	let r = e.length, i = [], a = (e, t) => {
		let n = tg(e?.[t]);
		return n === null ? null : Math.abs(n - .5);
	};
	for (let o = 0; o < r; o++) {
		let r = {
			channel: e[o],
			importance: [tg(t.importance?.[o]), tg(n.importance?.[o])],
			specificity: [a(t.domain_auc, o), a(n.domain_auc, o)]
		};
		(r.importance[0] !== null && r.specificity[0] !== null || r.importance[1] !== null && r.specificity[1] !== null) && i.push(r);
	}
	return i;
}
function rg(e, t = .25) {
	let n = e.flatMap((e) => e.importance.filter((e) => e !== null)).sort((e, t) => e - t);
	return {
		importance: n.length ? n.length % 2 ? n[(n.length - 1) / 2] : (n[n.length / 2 - 1] + n[n.length / 2]) / 2 : 0,
		specificity: t
	};
}
function ig(e, t, n) {
	return e !== null && t !== null && e >= n.importance && e > 0 && t > n.specificity;
}
var ag = class {
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
}, og = "\n.tbt-fp-rows { display: flex; flex-direction: column; gap: 14px; position: relative; }\n.tbt-fp-run-head { display: flex; align-items: baseline; gap: 6px; font-size: 12px; margin-bottom: 4px; }\n.tbt-fp-run-name { font-weight: 500; }\n.tbt-fp-swatch { width: 10px; height: 10px; border-radius: 2px; flex: none; align-self: center; }\n.tbt-fp-pair { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 12px; }\n.tbt-fp-cell-head { display: flex; justify-content: space-between; gap: 8px; font-size: 12px; min-height: 18px; }\n.tbt-fp-model { font-weight: 500; }\n.tbt-fp-acc { font-variant-numeric: tabular-nums; color: var(--tbt-muted); }\n.tbt-fp-acc strong { color: var(--tbt-fg); font-weight: 600; }\n.tbt-fp-status { color: var(--tbt-muted); font-size: 12px; }\n.tbt-fp-status.tbt-fp-error { color: var(--tbt-error-fg); }\n.tbt-fp-svg { display: block; overflow: visible; touch-action: none; }\n.tbt-fp-frame { fill: none; stroke: var(--tbt-border); }\n.tbt-fp-zero { stroke: var(--tbt-grid); stroke-width: 1; }\n.tbt-fp-bg-label { font-size: 22px; font-weight: 700; fill: var(--tbt-fg); fill-opacity: .07; pointer-events: none; }\n.tbt-fp-axis-title { fill: var(--tbt-muted); font-size: 11px; }\n.tbt-fp-point { stroke-width: 1.3; }\n.tbt-fp-ring { fill: none; stroke: var(--tbt-accent); stroke-width: 2; pointer-events: none; }\n.tbt-fp-arrow line { stroke: var(--tbt-fg); stroke-opacity: .75; stroke-width: 1.4; }\n.tbt-fp-arrow text { fill: var(--tbt-fg); font-size: 11px; paint-order: stroke; stroke: var(--tbt-panel); stroke-width: 3px; }\n.tbt-fp-arrow { cursor: pointer; }\n.tbt-fp-arrow line.tbt-fp-arrow-hit { stroke: transparent; stroke-width: 10; pointer-events: stroke; }\n.tbt-fp-arrow:hover line:not(.tbt-fp-arrow-hit):not(.tbt-fp-leader), .tbt-fp-arrow[data-selected=\"true\"] line:not(.tbt-fp-arrow-hit):not(.tbt-fp-leader) { stroke: var(--tbt-accent); stroke-opacity: 1; stroke-width: 2.4; }\n.tbt-fp-arrow[data-selected=\"true\"] text { fill: var(--tbt-accent); font-weight: 600; }\n.tbt-fp-arrowhead { fill: var(--tbt-fg); fill-opacity: .75; }\n.tbt-fp-arrow line.tbt-fp-leader { stroke: var(--tbt-fg); stroke-opacity: .45; stroke-width: .8; stroke-dasharray: 2 2; }\n.tbt-fp-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; font-size: 12px; color: var(--tbt-muted); margin-top: 6px; }\n.tbt-fp-chip { border: 1px solid var(--tbt-border); background: var(--tbt-panel-2); color: var(--tbt-fg); border-radius: 10px;\n  font-size: 11px; padding: 0 7px; height: 20px; cursor: pointer; }\n.tbt-fp-chip:hover { border-color: var(--tbt-accent); }\n.tbt-fp-card { position: absolute; z-index: 30; display: flex; gap: 10px; padding: 8px; background: var(--tbt-panel);\n  border: 1px solid var(--tbt-border); border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); pointer-events: none; font-size: 12px; }\n.tbt-fp-card-rows { display: grid; grid-template-columns: auto auto; gap: 2px 10px; align-content: start; }\n.tbt-fi-svg { display: block; overflow: visible; }\n.tbt-fi-quadrant { fill: var(--tbt-bad); fill-opacity: .07; }\n.tbt-fi-top { stroke: var(--tbt-muted); stroke-width: .8; stroke-dasharray: 3 3; }\n.tbt-fi-quadrant-label { fill: var(--tbt-bad); font-size: 11px; font-weight: 600; }\n.tbt-fi-move { stroke: var(--tbt-faint); stroke-width: 1; }\n.tbt-fi-point { cursor: pointer; }\n.tbt-fi-point[data-selected=\"true\"] { stroke: var(--tbt-accent); stroke-width: 2.5; }\n.tbt-fi-axis text { fill: var(--tbt-muted); font-size: 10px; }\n.tbt-fi-axis line, .tbt-fi-axis path { stroke: var(--tbt-axis); }\n.tbt-fd-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 10px 16px; }\n.tbt-fd-run + .tbt-fd-run { margin-top: 12px; }\n.tbt-fd-group h4 { margin: 0 0 4px; font-size: 12px; font-weight: 500; }\n.tbt-fd-thumbs { display: grid; grid-template-columns: repeat(9, minmax(0, 1fr)); gap: 4px; }\n.tbt-fd-item { display: flex; flex-direction: column; align-items: center; font-size: 10px; color: var(--tbt-muted);\n  font-variant-numeric: tabular-nums; min-width: 0; }\n.tbt-fd-item canvas { width: 100% !important; height: auto !important; aspect-ratio: 1; }\n";
function sg(e) {
	if (e.querySelector("style[data-tb-transfer-feature-plots]")) return;
	let t = e.createElement("style");
	t.setAttribute("data-tb-transfer-feature-plots", ""), t.textContent = og, e.head.appendChild(t);
}
// src/feature/projectionPanel.ts
var cg = ["pretrained", "current"], lg = {
	pretrained: "Pretrained",
	current: "Current"
}, Z = {
	left: 30,
	right: 10,
	top: 8,
	bottom: 30
}, ug = 6.4, dg = 13;
function fg(e) {
	return [e?.domain_names?.source || "source", e?.domain_names?.target || "target"];
}
function pg(e) {
	let { panel: t, store: n, api: r, data: i } = e, a = hh(r, n, i).attach(), o = /* @__PURE__ */ new Map(), s = F("div", { class: "tbt-fp-rows" }), c = F("div", {
		class: "tbt-fp-legend",
		"aria-label": "Legend"
	}), l = F("div", {
		class: "tbt-fp-card",
		role: "tooltip"
	});
	l.hidden = !0, t.body.append(s, c, l);
	let u = [], d = null, f = "";
	function p(e, t) {
		let n = ch.get(), r = e.runs.filter((e) => e.layer === t);
		for (let e of [...o.keys()]) r.some((t) => t.run === e) || (o.get(e).request.cancel(), o.delete(e));
		for (let i of r) {
			let r = o.get(i.run);
			r || (r = {
				run: i.run,
				request: new ag(),
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
			let s = new Set(a.recorded), c = lh(n, t, a.models.current.ranking).filter((e) => s.has(e)), l = [
				t,
				a.step,
				fh(e.group),
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
			let t = oh(a), o = s.length ? await e.request.run((a) => Promise.all(cg.map((o) => r.featureProjection(e.run, n, i, t, o, s, { signal: a })))) : [];
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
		let i = dh.get(), a = p(i, r), c = a.map((e) => o.get(e.run));
		if (!c.length || c.every((e) => e.status === "loading" && !e.answers)) {
			t.setState("loading", "Projecting…");
			return;
		}
		let m = [
			Math.round(n),
			e.theme,
			r,
			JSON.stringify(e.sel.neuron),
			fh(i.group),
			...c.map((e) => `${e.run}:${e.status}:${e.message ?? ""}:${rt(e.answers)}:${rt(e.info)}`)
		].join("|");
		if (m === f && t.root.dataset.state === "ready") return;
		f = m, t.setState("ready");
		let h = a[0]?.info?.class_names ?? [];
		t.setTitle(`Domain-discrimination plot · ${sh(i.group, h)}`);
		let _ = Math.max(160, Math.floor(((n || 800) - 12) / 2)), v = Math.min(360, Math.max(200, Math.round(_ * .75)));
		L(s), u = [], d = null, l.hidden = !0;
		for (let t of c) s.appendChild(g(e, t, r, _, v));
		let y = c.find((e) => e.answers);
		t.root.dataset.channels = (y?.channels ?? []).join(","), y?.ms !== void 0 && (t.root.dataset.fetchMs = y.ms.toFixed(1)), S(r, y?.channels ?? [], y?.info ?? null, e.theme), t.setExports({
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
		let o = F("span", { class: "tbt-fp-swatch" });
		o.style.background = e.runColor(n.run);
		let s = F("div", { class: "tbt-fp-run-head" }, o, F("span", { class: "tbt-fp-run-name" }, n.run), F("span", { class: "tbt-muted" }, `${r}${n.answers ? ` · step ${n.answers.current.step}` : ""}`)), c = F("div", {
			class: "tbt-fp-run",
			"data-run": n.run
		}, s);
		if (!n.answers) {
			let e = n.status === "error" ? "tbt-fp-status tbt-fp-error" : "tbt-fp-status";
			return c.appendChild(F("div", {
				class: e,
				role: "status"
			}, n.status === "loading" ? "Projecting…" : n.message ?? "")), c;
		}
		let l = F("div", { class: "tbt-fp-pair" });
		for (let e of cg) l.appendChild(_(t, n, e, i, a));
		return c.appendChild(l), c;
	}
	function _(e, t, n, r, i) {
		let a = t.answers[n], o = a.svm_accuracy, s = o === null || !Number.isFinite(o) ? "—" : `${(o * 100).toFixed(1)}%`;
		return F("div", { class: "tbt-fp-cell" }, F("div", { class: "tbt-fp-cell-head" }, F("span", { class: "tbt-fp-model" }, n === "pretrained" ? `${lg[n]} (step 0)` : `${lg[n]} (step ${a.step ?? "?"})`), F("span", {
			class: "tbt-fp-acc",
			title: "Training accuracy of the linear SVM that separates source from target on the checked channels"
		}, "SVM accuracy ", F("strong", null, s))), v(e.theme, t, n, a, r, i));
	}
	function v(e, t, r, i, a, o) {
		let s = I("svg", {
			class: "tbt-fp-svg tbt-fp-plot",
			width: a,
			height: o,
			viewBox: `0 0 ${a} ${o}`,
			role: "img",
			"aria-label": `Domain-discrimination plot of run ${t.run}, ${r} model`
		});
		s.dataset.run = t.run, s.dataset.model = r, s.dataset.channels = i.channels.join(","), s.dataset.points = String(i.points.length), s.dataset.accuracy = String(i.svm_accuracy ?? ""), s.dataset.arrows = JSON.stringify(i.arrows);
		let c = a - Z.left - Z.right, l = o - Z.top - Z.bottom, { x: d, y: f } = Xh(i.points), p = Zh(d, f, i.arrows), m = Qh(i.arrows, p), h = $h(d, f, m, c, l), g = eg(h.x0, h.x1, Z.left, Z.left + c), _ = eg(h.y0, h.y1, Z.top + l, Z.top), [v, x] = fg(t.info);
		s.append(I("rect", {
			class: "tbt-fp-frame",
			x: Z.left,
			y: Z.top,
			width: c,
			height: l
		}), I("line", {
			class: "tbt-fp-zero",
			x1: g(0),
			x2: g(0),
			y1: Z.top,
			y2: Z.top + l
		}), I("line", {
			class: "tbt-fp-zero",
			x1: Z.left,
			x2: Z.left + c,
			y1: _(0),
			y2: _(0)
		}));
		let S = I("text", {
			class: "tbt-fp-bg-label",
			x: Z.left + 8,
			y: Z.top + l / 2,
			"text-anchor": "start",
			"dominant-baseline": "middle"
		});
		S.textContent = v;
		let C = I("text", {
			class: "tbt-fp-bg-label",
			x: Z.left + c - 8,
			y: Z.top + l / 2,
			"text-anchor": "end",
			"dominant-baseline": "middle"
		});
		C.textContent = x;
		let w = I("text", {
			class: "tbt-fp-axis-title",
			x: Z.left + c / 2,
			y: o - 8,
			"text-anchor": "middle"
		});
		w.textContent = `SVM normal (${v} ← → ${x})`;
		let T = I("text", {
			class: "tbt-fp-axis-title",
			transform: `translate(12 ${Z.top + l / 2}) rotate(-90)`,
			"text-anchor": "middle"
		});
		T.textContent = "1st PC of the residual", s.append(S, C, w, T);
		let E = Jp[e], D = I("g", { class: "tbt-fp-points" }), k = new Float64Array(d.length), A = new Float64Array(d.length);
		for (let t = 0; t < d.length; t++) if (k[t] = g(d[t]), A[t] = _(f[t]), Number.isFinite(k[t]) && Number.isFinite(A[t])) {
			if (i.domain[t] === 1) D.appendChild(I("circle", {
				class: "tbt-fp-point",
				cx: k[t].toFixed(1),
				cy: A[t].toFixed(1),
				r: 3.2,
				fill: E[1],
				"fill-opacity": .75,
				stroke: Kp[e]
			}));
			else {
				let e = `M${(k[t] - 3).toFixed(1)},${(A[t] - 3).toFixed(1)}l6,6m-6,0l6,-6`;
				D.appendChild(I("path", {
					class: "tbt-fp-point",
					d: e,
					stroke: E[0],
					fill: "none"
				}));
			}
		}
		s.appendChild(D);
		let j = g(0), M = _(0), N = n.get().neuron, ee = I("g", { class: "tbt-fp-arrows" }), P = i.channels.map((e, t) => [g(m[t][0]), _(m[t][1])]), te = i.channels.map((e, t) => t).sort((e, t) => Math.hypot(P[t][0] - j, P[t][1] - M) - Math.hypot(P[e][0] - j, P[e][1] - M)), ne = Hh(te.map((e) => ({
			x: P[e][0],
			y: P[e][1],
			w: ug * `ch ${i.channels[e]}`.length + 2,
			h: dg,
			dx: P[e][0] - j,
			dy: P[e][1] - M
		})), {
			x: Z.left,
			y: Z.top,
			w: c,
			h: l
		}), re = new Map(te.map((e, t) => [e, ne[t]]));
		i.channels.forEach((e, t) => {
			let r = g(m[t][0]), a = _(m[t][1]), o = I("g", {
				class: "tbt-fp-arrow",
				"data-channel": e,
				tabindex: 0,
				role: "button",
				"aria-label": `Channel ${e}: loadings ${mg(i.arrows[t][0])}, ${mg(i.arrows[t][1])}; select it`
			});
			o.dataset.selected = String(!!N && N.layer === i.layer && N.channel === e);
			let s = Math.hypot(r - j, a - M);
			if (o.appendChild(I("line", {
				x1: j,
				y1: M,
				x2: r,
				y2: a
			})), o.appendChild(I("line", {
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
				o.appendChild(I("polygon", {
					class: "tbt-fp-arrowhead",
					points: n.map((e) => e.map((e) => e.toFixed(1)).join(",")).join(" ")
				}));
			}
			let c = re.get(t);
			if (c.moved) {
				let e = Math.max(c.x, Math.min(r, c.x + c.w)), t = Math.max(c.y, Math.min(a, c.y + c.h));
				o.appendChild(I("line", {
					class: "tbt-fp-leader",
					x1: r,
					y1: a,
					x2: e,
					y2: t
				}));
			}
			let l = I("text", {
				x: c.x + 1,
				y: c.y + c.h - 2.5,
				"text-anchor": "start"
			});
			l.textContent = `ch ${e}`;
			let u = I("title");
			u.textContent = `Channel ${e}: loading ${mg(i.arrows[t][0])} on the SVM normal, ${mg(i.arrows[t][1])} on the residual's PC 1. Click to select it.`, o.append(l, u);
			let d = () => O({
				layer: i.layer ?? n.get().layer ?? "",
				channel: e
			}, n);
			o.addEventListener("click", d), o.addEventListener("keydown", (e) => {
				(e.key === "Enter" || e.key === " ") && (e.preventDefault(), d());
			}), ee.appendChild(o);
		}), s.appendChild(ee);
		let ie = I("circle", {
			class: "tbt-fp-ring",
			r: 6,
			cx: -99,
			cy: -99
		});
		ie.style.display = "none", s.appendChild(ie);
		let ae = {
			run: t.run,
			model: r,
			svg: s,
			ring: ie,
			px: k,
			py: A,
			ids: i.instances,
			answer: i
		};
		return u.push(ae), s.addEventListener("pointermove", (e) => y(ae, e)), s.addEventListener("pointerleave", () => b(null)), s;
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
			Dm.set({ hovered: e ? e.id : null }), !e || !n ? l.hidden = !0 : x(n, e.id, r, i);
		}
	}
	function x(e, n, i, a) {
		let s = o.get(e.run), c = e.answer, u = c.instances.indexOf(n), d = s?.info ?? null, [f, p] = fg(d);
		L(l), l.dataset.id = String(n), l.dataset.run = e.run;
		let m = c.label?.[u], h = F("div", { class: "tbt-fp-card-rows" }), g = (e, t) => h.append(F("span", { class: "tbt-muted" }, e), F("span", null, t));
		g("Instance", `#${n}`), g("Domain", c.domain[u] === 1 ? `${p} ●` : `${f} ×`), m !== void 0 && g("Label", d?.class_names?.[m] ?? String(m)), g("Position", `${mg(c.points[u][0])}, ${mg(c.points[u][1])}`), l.append(Xm(r, e.run, d, n, 96, "tbt-inst-thumb tbt-fp-thumb"), h), l.hidden = !1, rf(l, t.body, i, a, 14, 240, 110);
	}
	function S(e, t, n, r) {
		L(c);
		let [i, a] = fg(n), o = F("span", { class: "tbt-inst-glyph" }, "×");
		o.style.color = Jp[r][0];
		let s = F("span", { class: "tbt-inst-glyph" }, "●");
		if (s.style.color = Jp[r][1], c.append(F("span", null, o, ` ${i}  `, s, ` ${a}`), F("span", null, "Arrows: the checked channels' loadings on the two axes (click one to select the channel).")), !t.length) return;
		let l = F("span", {
			class: "tbt-fp-chips",
			role: "group",
			"aria-label": "Checked channels"
		}, "Checked: ");
		for (let n of t) {
			let r = F("button", {
				type: "button",
				class: "tbt-fp-chip",
				"data-channel": n,
				title: `Uncheck channel ${n}`
			}, `ch ${n} ×`);
			r.addEventListener("click", () => {
				uh(e, t, n);
			}), l.appendChild(r);
		}
		c.appendChild(l);
	}
	let C = B(e, h, { watch: (e) => [
		e.runs,
		e.layer,
		e.neuron,
		e.theme
	] }), w = [ch.subscribe((e) => [e.checked, e.layer], () => C.schedule()), dh.subscribe((e) => [e.runs, e.group], () => C.schedule())];
	return { destroy() {
		C.destroy(), w.forEach((e) => e()), a();
		for (let e of o.values()) e.request.cancel();
	} };
}
function mg(e) {
	return e == null || !Number.isFinite(e) ? "—" : e.toFixed(2);
}
typeof document < "u" && sg(document), R({
	id: "feature-projection",
	section: "feature",
	title: "Domain-discrimination plot",
	info: "The group's probe instances (× source, ● target) on x = the unit normal of a linear SVM that separates source from target on the checked channels (standardised), and y = the first principal component of what is left; the pretrained model (step 0) beside the current one, each with the SVM's training accuracy. Arrows: each checked channel's loadings on the two axes. Checking a channel re-projects at once. Hover an instance for its thumbnail; click an arrow to select the channel everywhere.",
	span: 12,
	order: 30,
	mount: pg
});
// src/feature/importancePanel.ts
var Q = {
	l: 44,
	r: 12,
	t: 16,
	b: 36
}, hg = 4, gg = 7;
function _g(e) {
	let { panel: t, store: n, api: r, data: i } = e, a = hh(r, n, i).attach(), o = F("div", { class: "tbt-fp-pair" }), s = F("div", { class: "tbt-fp-legend" });
	t.body.append(o, s);
	let c = [], l = [], u = "", d = !1;
	function f(n, r) {
		let i = dh.get(), a = n.sel.layer;
		if (!n.runs.length) return t.setState(n.loading.length ? "loading" : "empty", n.loading.length ? "Loading runs…" : "Select a run.");
		if (!a) return t.setState("empty", "Pick a layer in the header to see its channels.");
		let f = i.runs.filter((e) => e.layer === a);
		if (!f.length || f.every((e) => !e.features && e.status === "loading")) return t.setState("loading", "Loading channels…");
		let m = [
			Math.round(r),
			n.theme,
			a,
			JSON.stringify(n.sel.neuron),
			...f.map((e) => `${e.run}:${e.status}:${e.error ?? ""}:${rt(e.features)}`)
		].join("|");
		if (m === u && t.root.dataset.state === "ready") return;
		u = m, t.setState("ready"), t.setTitle(`Importance × discriminativeness · ${sh(i.group, f[0]?.info?.class_names ?? [])}`);
		let h = f.length > 1 ? 2 : 1;
		o.style.gridTemplateColumns = `repeat(${h}, minmax(0, 1fr))`;
		let g = Math.max(220, Math.floor(((r || 600) - (h - 1) * 12) / h)), _ = Math.min(340, Math.max(220, Math.round(g * .62)));
		L(o), d = !1, c = [], l = [];
		for (let t of f) {
			let r = F("span", { class: "tbt-fp-swatch" });
			r.style.background = e.runColor(t.run);
			let i = F("div", { class: "tbt-fp-run-head" }, r, F("span", { class: "tbt-fp-run-name" }, t.run)), s = F("div", {
				class: "tbt-fi-cell",
				"data-run": t.run
			}, i);
			if (!t.features) s.appendChild(F("div", {
				class: `tbt-fp-status${t.status === "error" ? " tbt-fp-error" : ""}`,
				role: "status"
			}, t.status === "error" ? t.error ?? "" : "Loading…"));
			else {
				let e = t.features, r = ng(e.recorded, e.models.pretrained, e.models.current);
				l.push({
					run: t.run,
					points: r
				}), i.appendChild(F("span", { class: "tbt-muted" }, `${a} · step ${e.step}`)), r.length ? s.appendChild(p(n.theme, t.run, e, r, g, _)) : s.appendChild(F("div", {
					class: "tbt-fp-status",
					role: "status"
				}, "No channel has both a class importance and a domain AUC for this group."));
			}
			o.appendChild(s);
		}
		L(s);
		let v = F("span", { class: "tbt-inst-glyph" }, "○");
		v.style.color = Jp[n.theme][1];
		let y = F("span", { class: "tbt-inst-glyph" }, "●");
		y.style.color = Jp[n.theme][1], s.append(F("span", null, v, " pretrained (step 0) → ", y, " current; one point per channel"), F("span", null, "x: class importance (Taylor, ℓ2-normalised over the recorded channels) · y: |domain AUC − 0.5| (0: both domains alike, 0.5: fully separated). Click a channel to select it.")), d && s.append(F("span", { class: "tbt-fi-dodge-note" }, "Points at y = 0.5 (AUC 0 or 1: the channel alone separates the domains) that would hide each other are stacked in rows above the dashed 0.5 line: every row is y = 0.5.")), t.setExports({
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
		let s = rg(i), l = Math.max(1e-6, ...i.flatMap((e) => e.importance.filter((e) => e !== null))), u = J().domain([0, l]).nice().range([Q.l, a - Q.r]), f = [];
		for (let e of i) for (let t of [0, 1]) e.importance[t] !== null && e.specificity[t] !== null && e.specificity[t] >= .5 - 1e-9 && f.push({
			p: e,
			m: t
		});
		let p = Uh(f.map((e) => u(e.p.importance[e.m])), 9), m = Math.max(0, ...p), h = m ? Math.min(gg, .3 * (o - Q.t - Q.b) / m) : gg, g = m * h, _ = J().domain([0, .5]).range([o - Q.b, Q.t + g]), v = new Map(f.map((e, t) => [`${e.p.channel}:${e.m}`, p[t] * h])), y = (e, t) => e.importance[t] === null || e.specificity[t] === null ? null : [u(e.importance[t]), _(e.specificity[t]) - (v.get(`${e.channel}:${t}`) ?? 0)], b = I("svg", {
			class: "tbt-fi-svg tbt-chart",
			width: a,
			height: o,
			viewBox: `0 0 ${a} ${o}`,
			role: "img",
			"aria-label": `Importance and domain-discriminativeness of the channels of run ${t}`
		});
		b.dataset.run = t, b.dataset.channels = String(i.length), c.push(b);
		let x = V(b), S = u(Math.min(s.importance, u.domain()[1])), C = _(s.specificity);
		x.append("rect").attr("class", "tbt-fi-quadrant").attr("x", S).attr("y", Q.t).attr("width", Math.max(0, a - Q.r - S)).attr("height", Math.max(0, C - Q.t)), x.append("text").attr("class", "tbt-fi-quadrant-label").attr("x", a - Q.r - 4).attr("y", C - 18).attr("text-anchor", "end").text("important and domain-specific: transfer hurts here"), x.append("g").attr("class", "tbt-fi-axis").attr("transform", `translate(0,${o - Q.b})`).call(Ln(u).ticks(5)), x.append("g").attr("class", "tbt-fi-axis").attr("transform", `translate(${Q.l},0)`).call(Rn(_).ticks(5)), b.dataset.dodged = String(g > 0 ? p.filter((e) => e > 0).length : 0), b.dataset.topY = String(_(.5)), g > 0 && (d = !0, x.append("line").attr("class", "tbt-fi-top").attr("x1", Q.l).attr("x2", a - Q.r).attr("y1", _(.5)).attr("y2", _(.5))), x.append("text").attr("class", "tbt-fp-axis-title").attr("x", (Q.l + a - Q.r) / 2).attr("y", o - 4).attr("text-anchor", "middle").text("class importance"), x.append("text").attr("class", "tbt-fp-axis-title").attr("transform", `translate(11 ${(Q.t + o - Q.b) / 2}) rotate(-90)`).attr("text-anchor", "middle").text("|domain AUC − 0.5|");
		let w = Jp[e][1], T = n.get().neuron, E = r.layer, D = {
			pretrained: 0,
			current: 0
		};
		for (let e of i) {
			let [t, r] = e.importance, [i, a] = e.specificity;
			ig(t, i, s) && D.pretrained++, ig(r, a, s) && D.current++;
			let o = I("g", {
				class: "tbt-fi-channel",
				"data-channel": e.channel
			}), c = y(e, 0), l = y(e, 1);
			if (c && l) {
				let [e, t] = c, [n, r] = l, i = Math.hypot(n - e, r - t);
				if (o.appendChild(I("line", {
					class: "tbt-fi-move",
					x1: e,
					y1: t,
					x2: n,
					y2: r
				})), i > 8) {
					let a = (n - e) / i, s = (r - t) / i, c = n - 4 * a, l = r - 4 * s;
					o.appendChild(I("polygon", {
						class: "tbt-fp-arrowhead",
						points: `${c.toFixed(1)},${l.toFixed(1)} ${(c - 5 * a + 2.5 * s).toFixed(1)},${(l - 5 * s - 2.5 * a).toFixed(1)} ${(c - 5 * a - 2.5 * s).toFixed(1)},${(l - 5 * s + 2.5 * a).toFixed(1)}`
					}));
				}
			}
			let u = !!T && T.layer === E && T.channel === e.channel;
			c && o.appendChild(I("circle", {
				class: "tbt-fi-point tbt-fi-pre",
				cx: c[0],
				cy: c[1],
				r: 3.5,
				fill: "none",
				stroke: w,
				"stroke-width": 1.3,
				"data-selected": String(u)
			})), l && o.appendChild(I("circle", {
				class: "tbt-fi-point tbt-fi-cur",
				cx: l[0],
				cy: l[1],
				r: hg,
				fill: w,
				"fill-opacity": .85,
				"data-selected": String(u)
			}));
			let d = I("title"), f = (e) => e === null ? "—" : e.toFixed(3);
			d.textContent = `Channel ${e.channel}: importance ${f(t)} → ${f(r)}, |AUC − 0.5| ${f(i)} → ${f(a)}. Click to select it.`, o.appendChild(d), o.addEventListener("click", () => O({
				layer: E,
				channel: e.channel
			}, n)), b.appendChild(o);
		}
		return b.dataset.hurtPretrained = String(D.pretrained), b.dataset.hurtCurrent = String(D.current), x.append("text").attr("class", "tbt-fp-axis-title tbt-fi-hurt-count").attr("x", a - Q.r - 4).attr("y", C - 5).attr("text-anchor", "end").text(`channels in it: ${D.pretrained} pretrained → ${D.current} current`), b;
	}
	let m = B(e, f, { watch: (e) => [
		e.runs,
		e.layer,
		e.neuron,
		e.theme
	] }), h = dh.subscribe((e) => [e.runs, e.group], () => m.schedule());
	return { destroy() {
		m.destroy(), h(), a();
	} };
}
typeof document < "u" && sg(document), R({
	id: "feature-importance",
	section: "feature",
	title: "Importance × discriminativeness",
	info: "One point per recorded channel of the layer: x = its importance for the group's class (gradient × activation), y = how far its domain AUC is from 0.5 (how well it alone tells source from target). Hollow: the pretrained model; filled: the current one; the arrow shows how fine-tuning moved the channel. The shaded quadrant (importance at or above the median and above 0, AUC outside [0.25, 0.75]) holds channels the class relies on that respond differently to the two domains: where transfer hurts.",
	span: 6,
	order: 40,
	mount: _g
});
// src/feature/detectsPanel.ts
var vg = 4, yg = ["pretrained", "current"], bg = ["source", "target"];
function xg(e) {
	let { panel: t, api: n } = e, r = /* @__PURE__ */ new Map(), i = F("div", { class: "tbt-fd-runs" }), a = "";
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
		return r.set(e, s), Wp(n, e, t.layer, i, t.channel).then((t) => {
			r.get(e) === s && (s.status = "ready", s.answer = t, l.schedule());
		}, (t) => {
			r.get(e) === s && (s.status = "error", s.error = t?.message ?? String(t), l.schedule());
		}), s;
	}
	function s(e) {
		let n = e.sel.neuron;
		if (!e.runs.length) return t.setState(e.loading.length ? "loading" : "empty", e.loading.length ? "Loading runs…" : "Select a run.");
		if (!n) return t.setTitle("What a channel detects"), delete t.root.dataset.channel, t.setState("empty", "Click a channel (a row of the ranked lists, an arrow of the domain-discrimination plot, or a point of importance × discriminativeness) to see the probe images that activate it most.");
		let r = e.runs.slice(0, vg).map((t) => ({
			r: t,
			e: o(t.run, n, e.sel.step === null ? null : t.step)
		}));
		if (t.setTitle(`What channel ${n.channel} of ${n.layer} detects`), t.root.dataset.layer = n.layer, t.root.dataset.channel = String(n.channel), r.every((e) => e.e.status === "loading")) return t.setState("loading", "Loading the channel's activations…");
		let s = [e.theme, ...r.map(({ r: e, e: t }) => `${e.run}:${t.status}:${t.key}:${rt(t.answer)}:${rt(e.info)}`)].join("|");
		if (s !== a || t.root.dataset.state !== "ready") {
			a = s, t.setState("ready"), L(i);
			for (let { r: e, e: t } of r) {
				let n = F("span", { class: "tbt-fp-swatch" });
				n.style.background = e.color;
				let r = F("div", { class: "tbt-fp-run-head" }, n, F("span", { class: "tbt-fp-run-name" }, e.run)), a = F("div", {
					class: "tbt-fd-run",
					"data-run": e.run
				}, r);
				t.status !== "ready" || !t.answer ? a.appendChild(F("div", {
					class: `tbt-fp-status${t.status === "error" ? " tbt-fp-error" : ""}`,
					role: "status"
				}, t.status === "error" ? t.error ?? "" : "Loading…")) : (r.appendChild(F("span", { class: "tbt-muted" }, `step ${t.answer.step}`)), a.appendChild(c(e.run, e.info, t.answer))), i.appendChild(a);
			}
		}
	}
	function c(e, t, r) {
		let i = F("div", { class: "tbt-fd-grid" }), a = {
			source: t?.domain_names?.source || "source",
			target: t?.domain_names?.target || "target"
		};
		for (let o of yg) for (let s of bg) {
			let c = r.top[o][s], l = F("div", { class: "tbt-fd-thumbs" });
			c.instances.forEach((r, i) => {
				let a = c.activations[i], o = F("div", {
					class: "tbt-fd-item",
					"data-id": r,
					title: `Instance #${r}: activation ${a === null ? "—" : a}`
				}, Xm(n, e, t, r, 44, "tbt-inst-thumb"), a === null ? "—" : Sg(a));
				l.appendChild(o);
			}), c.instances.length || l.appendChild(F("span", { class: "tbt-muted" }, "no instances"));
			let u = `${o === "pretrained" ? "Pretrained" : "Current"} · ${a[s]}`;
			i.appendChild(F("div", {
				class: "tbt-fd-group",
				"data-model": o,
				"data-domain": s
			}, F("h4", null, u), l));
		}
		return i;
	}
	let l = B(e, (e) => s(e), { watch: (e) => [
		e.runs,
		e.step,
		e.neuron,
		e.theme
	] });
	return { destroy: l.destroy };
}
function Sg(e) {
	let t = Math.abs(e);
	return t >= 100 ? e.toFixed(0) : t >= 10 ? e.toFixed(1) : e.toFixed(2);
}
typeof document < "u" && sg(document), R({
	id: "feature-detects",
	section: "feature",
	title: "What a channel detects",
	info: "The 9 probe images of each domain that activate the selected channel most (its pooled activation, written under each image), in the pretrained model and in the current one: what the channel responds to, read off the probe set (no image synthesis). Over the whole probe set, at each run's step.",
	span: 12,
	order: 60,
	mount: xg
});
// src/structure/style.ts
var Cg = "\n.tbt-st-body { position: relative; }\n[data-panel=\"structure-matrices\"] .tbt-panel-controls { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; }\n.tbt-st-controls { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }\n.tbt-st-layers { display: flex; flex-wrap: wrap; gap: 4px; }\n.tbt-st-layer, .tbt-st-switch { height: 24px; font-size: 12px; padding: 0 6px; }\n.tbt-st-bar { display: flex; gap: 10px; align-items: center; margin-bottom: 4px; }\n.tbt-st-scroll { overflow: hidden; border: 1px solid var(--tbt-border); border-radius: 4px; }\n.tbt-st-svg { display: block; max-width: 100%; height: auto; cursor: grab; touch-action: none; user-select: none; font-family: var(--tbt-font); }\n.tbt-st-svg text { fill: var(--tbt-fg); font-size: 11px; }\n.tbt-st-svg .tbt-st-label { font-size: 10px; font-family: var(--tbt-mono); cursor: pointer; }\n.tbt-st-svg .tbt-st-label:hover, .tbt-st-svg .tbt-st-label:focus { text-decoration: underline; outline: none; font-weight: 700; }\n.tbt-st-svg .tbt-st-run-title { font-weight: 600; font-size: 12px; }\n.tbt-st-svg .tbt-st-unit-title { font-weight: 500; }\n.tbt-st-svg .tbt-st-hist-label, .tbt-st-svg .tbt-st-note { fill: var(--tbt-muted); font-size: 9px; }\n.tbt-st-cell { cursor: pointer; stroke: var(--tbt-border); stroke-width: .5; }\n.tbt-st-cell:hover, .tbt-st-cell:focus { stroke: var(--tbt-fg); stroke-width: 1.5; outline: none; }\n.tbt-st-frame { fill: none; stroke: var(--tbt-border); stroke-dasharray: 3 2; }\n.tbt-st-barrier line { stroke: var(--tbt-fg); stroke-width: 1.5; stroke-dasharray: 6 3; }\n.tbt-st-bar { fill: var(--tbt-axis); }\n.tbt-st-whist .tbt-st-bar { fill: var(--tbt-faint); }\n.tbt-st-whisker, .tbt-st-median { stroke: var(--tbt-fg); stroke-width: 1; }\n.tbt-st-median { stroke-width: 2; }\n.tbt-st-pie-bg { fill: var(--tbt-panel); stroke: var(--tbt-fg); stroke-width: .8; }\n.tbt-st-dot { fill: var(--tbt-source); stroke: var(--tbt-panel); stroke-width: .8; pointer-events: none; }\n.tbt-st-flowline { stroke-opacity: .45; stroke-linecap: round; }\n.tbt-st-highlight { fill: var(--tbt-accent); fill-opacity: .12; stroke: var(--tbt-accent); stroke-width: 2; pointer-events: none; }\n.tbt-st-detail-panel { align-self: start; position: sticky; top: 8px; }\n.tbt-st-detail-cols { display: flex; flex-wrap: wrap; gap: 14px; margin: 6px 0; }\n.tbt-st-detail-col { min-width: 180px; flex: 1; display: flex; flex-direction: column; gap: 4px; }\n.tbt-st-detail-head { font-weight: 600; }\n.tbt-st-pretrained, .tbt-st-source { color: var(--tbt-source); }\n.tbt-st-current, .tbt-st-target { color: var(--tbt-target); }\n.tbt-st-matches { margin: 0; padding-left: 20px; font-size: 12px; }\n.tbt-st-matches button { background: none; border: none; color: var(--tbt-accent); cursor: pointer; padding: 0; font: inherit; text-decoration: underline; }\n.tbt-st-thumbs { display: flex; flex-wrap: wrap; gap: 6px; }\n.tbt-st-thumb { margin: 0; display: flex; flex-direction: column; align-items: center; }\n.tbt-st-thumb canvas { image-rendering: pixelated; border: 1px solid var(--tbt-border); }\n";
function wg(e) {
	if (e.getElementById("tbt-structure-styles")) return;
	let t = e.createElement("style");
	t.id = "tbt-structure-styles", t.textContent = Cg, e.head.appendChild(t);
}
// src/structure/data.ts
var Tg = 400, Eg = /* @__PURE__ */ new Map(), Dg = /* @__PURE__ */ new Map(), Og = /* @__PURE__ */ new Set();
function kg(e, t, n, r) {
	return JSON.stringify([
		e,
		t,
		n,
		r
	]);
}
function Ag() {
	[...Og].forEach((e) => e());
}
function jg(e, t, n, r, i) {
	let a = kg(t, n, r, i), o = Eg.get(a);
	if (!o) {
		for (; Eg.size >= Tg;) Eg.delete(Eg.keys().next().value);
		o = { status: "pending" }, Eg.set(a, o), e.structure(t, n, r, i).then((e) => {
			Eg.set(a, {
				status: "ready",
				value: e
			}), r === null && typeof e.step == "number" && Eg.set(kg(t, n, e.step, i), {
				status: "ready",
				value: e
			}), Array.isArray(e.steps) && Dg.set(JSON.stringify([t, n]), e.steps);
		}).catch((e) => Eg.set(a, {
			status: "error",
			error: e.message
		})).finally(Ag);
	}
	return o;
}
function Mg(e, t, n) {
	let r = Dg.get(JSON.stringify([e, t]));
	return r ? j(r, n) : null;
}
function Ng(e, t, n, r, i, a) {
	if (Og.add(a), !Dg.has(JSON.stringify([t, n]))) {
		let r = jg(e, t, n, null, i);
		if (r.status !== "ready") return r;
	}
	return jg(e, t, n, Mg(t, n, r), i);
}
function Pg(e) {
	Og.delete(e);
}
function Fg(e, t, n, r) {
	let i = Eg.get(kg(e, t, Mg(e, t, n), r));
	return i?.status === "ready" ? i.value : null;
}
function Ig(e) {
	return (e?.layers ?? []).filter((e) => (e.out_channels ?? 0) > 1);
}
function Lg(e) {
	let t = /* @__PURE__ */ new Set(), n = [];
	for (let r of e) for (let e of Ig(r)) t.has(e.name) || (t.add(e.name), n.push(e));
	return n;
}
function Rg(e, t, n) {
	let r = e?.layers.find((e) => e.name === t)?.conn_source ?? null;
	return r && n.includes(r) ? r : null;
}
function zg(e, t, n = 18) {
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
function Bg(e, t, n) {
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
function Vg(e, t) {
	if (!e || !t || e.some((e) => e === null) || t.some((e) => e === null)) return null;
	let n = e, r = t, i = n.reduce((e, t) => e + t, 0);
	if (!(i > 0)) return null;
	let a = n.findIndex((e) => e > 0), o = n.length - 1;
	for (; n[o] === 0;) o--;
	let s = r[a], c = r[o + 1], l = Bg(n, r, .25), u = Bg(n, r, .5), d = Bg(n, r, .75), f = d - l;
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
function Hg(e) {
	let t = 0;
	for (let n of e) for (let e of n?.distance ?? []) for (let n of e) n !== null && n > t && (t = n);
	return [0, t > 0 ? Math.min(1, t) : 1];
}
function Ug(e, t) {
	return hf(e, t, {
		low: "similar",
		high: "different"
	}, t === "light");
}
function Wg(e) {
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
function Gg(e, t) {
	let n = (e) => (e ?? []).reduce((e, t) => e + (t ?? 0), 0), r = e.conn_weight?.[t];
	return !r || !e.conn_i_to_n?.[t] || !e.conn_n_to_i?.[t] || !e.conn_n_to_n?.[t] || e.conn_i_to_n[t].some((e) => e.some((e) => e === null)) ? null : {
		ii: r.reduce((e, t) => e + t.filter((e) => e !== null).length, 0),
		in: e.conn_i_to_n[t].reduce((e, t) => e + n(t), 0),
		ni: e.conn_n_to_i[t].reduce((e, t) => e + n(t), 0),
		nn: n(e.conn_n_to_n[t])
	};
}
function Kg(e, t) {
	return t == null || !(e > 0) ? null : t / e;
}
// src/structure/state.ts
var $ = y({
	layers: null,
	rest: !0,
	weights: !0,
	detail: null
});
function qg(e) {
	return e.slice(0, 3).map((e) => e.name);
}
function Jg(e, t) {
	if (e.layers === null) return qg(t);
	let n = new Set(e.layers);
	return t.filter((e) => n.has(e.name)).map((e) => e.name);
}
function Yg(e, t, n) {
	return n === null || !t.includes(n) || e.includes(n) ? [...e] : t.filter((t) => t === n || e.includes(t));
}
// src/structure/matricesPanel.ts
var Xg = 34, Zg = 28, Qg = 48, $g = Rd;
function e_(e, t) {
	return t === 0 ? s[e].source : s[e].target;
}
function t_(e) {
	let { panel: t, store: n, api: r } = e;
	t.body.classList.add("tbt-st-body");
	let i = F("div", { class: "tbt-st-controls" });
	t.controls.appendChild(i);
	let a = new nf(t.body), o = null, c = [];
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
	let l = B(e, (e) => m(e), { watch: (e) => [
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
		let i = new Set(n.get().runs), a = Lg(e.data.get().runs.filter((e) => i.has(e.run)).map((e) => e.info));
		if (!a.length) return;
		let o = Jg($.get(), a);
		for (let e of [t, r]) o = Yg(o, a.map((e) => e.name), e);
		$.set({ layers: o });
	});
	function p(e, t, r, a) {
		L(i);
		let o = F("select", {
			class: "tbt-select tbt-st-class",
			"aria-label": "Class"
		});
		o.appendChild(F("option", { value: "" }, "Class…")), a.forEach((t, n) => {
			let r = F("option", { value: String(n) }, t);
			e.sel.class === n && (r.selected = !0), o.appendChild(r);
		}), o.addEventListener("change", () => E(o.value === "" ? null : Number(o.value), n));
		let s = F("div", {
			class: "tbt-st-layers",
			role: "group",
			"aria-label": "Layers"
		});
		for (let e of r) {
			let n = t.includes(e), i = F("button", {
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
			let n = F("button", {
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
		let n = e.runs[0], i = Lg(e.runs.map((e) => e.info)), s = i.map((e) => e.name), l = n?.info?.class_names ?? [], d = Jg($.get(), i);
		if (p(e, d, s, l), o = null, c = [], !e.runs.length) return t.setState("empty", "Select a run.");
		if (!s.length) return t.setState("empty", "The selected runs have no tracked layers with channels.");
		let f = e.sel.class;
		if (f === null) return t.setState("empty", "Important channels are found per class, so “All classes” has none to show: choose a class here or in the header.");
		if (!d.length) return t.setState("empty", "Choose one or more layers.");
		t.setState("ready");
		let m = $.get(), g = e.runs.map((e) => d.map((t) => {
			let n = Ng(r, e.run, t, e.step, f, u), i = m.weights ? Rg(e.info, t, d) : null, a = null;
			return n.status === "ready" && (a = zg(n.value.important[1]?.length ?? 0, i && n.value.conn_weight ? n.value.important_source?.[1]?.length ?? n.value.conn_weight[1]?.[0]?.length ?? 0 : 0)), {
				run: e.run,
				layer: t,
				source: i,
				entry: n,
				layout: a,
				x: 0,
				y: 0
			};
		})), _ = g.flat().filter((e) => e.entry.status === "ready").map((e) => e.entry.value), v = Ug(Hg(_), e.theme), y = Wg(_), b = Math.max(1, ..._.flatMap((e) => [0, 1].map((t) => Gg(e, t)).flatMap((e) => e ? [
			e.ii,
			e.in,
			e.ni,
			e.nn
		] : []))), x = 0, S = 0, C = [];
		for (let e of g) {
			let t = 90, n = 260;
			for (let r of e) {
				r.x = x, r.y = t + Xg;
				let e = r.layout?.width ?? 260, i = r.layout?.height ?? 40;
				n = Math.max(n, e), t += Xg + i + Zg;
			}
			C.push(n), x += n + Qg, S = Math.max(S, t);
		}
		let w = Math.max(x - Qg, 620), T = V(document.createElementNS("http://www.w3.org/2000/svg", "svg")).attr("class", "tbt-st-svg").attr("width", w).attr("height", S).attr("viewBox", `0 0 ${w} ${S}`).attr("role", "img").attr("aria-label", `Matching matrices of class ${l[f] ?? f}`), E = T.node(), D = T.append("g").attr("class", "tbt-st-zoom"), O = T.append("g").attr("class", "tbt-st-legend").attr("transform", "translate(0,4)");
		wf(E, O, v, e.theme, {
			label: "Distance (1 − Pearson r)/2 between channels, class " + (l[f] ?? f),
			barWidth: 180
		}), O.append("text").attr("class", "tbt-legend-text").attr("x", 0).attr("y", 56).text(`Rows: the pretrained model's important channels; columns: the current model's. Weight cells: opacity = ‖w‖ / ${z(y, 3)}; ● = among the pretrained model's important connections`), c = [[
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
		let k = Jd().scaleExtent([.2, 4]).on("zoom", (e) => {
			$g = e.transform, D.attr("transform", $g.toString());
		});
		T.call(k).on("dblclick.zoom", null), T.call(k.transform, $g), o = E;
		let A = F("button", {
			type: "button",
			class: "tbt-button tbt-st-reset",
			"data-export": "skip"
		}, "Reset zoom");
		A.addEventListener("click", () => T.call(k.transform, Rd));
		let j = g.flat().filter((e) => e.entry.status === "pending").length;
		L(t.body), t.body.append(F("div", { class: "tbt-st-bar" }, A, F("span", { class: "tbt-muted tbt-small" }, j ? `Loading ${j} layer${j === 1 ? "" : "s"}…` : "Drag to pan, wheel to zoom. Click a channel id or a cell for details.")), F("div", { class: "tbt-st-scroll" }, E), a.element), t.root.dataset.loading = String(j);
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
			w.append("rect").attr("class", "tbt-st-cell").attr("x", i * 18 + 1).attr("y", n * 18 + 1).attr("width", 16).attr("height", 16).attr("fill", e === null ? "none" : r.color(e)).attr("data-row", b[n]).attr("data-col", x[i]).attr("data-distance", e === null ? "" : String(e)).attr("tabindex", 0).attr("role", "button").attr("aria-label", `pretrained ${b[n]} × current ${x[i]}: ${z(e, 3)}`).on("mouseenter", (t) => S(t, `Pretrained ${b[n]} × current ${x[i]}`, [{
				label: "Distance",
				value: z(e, 3)
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
			let i = r === 1 ? l.current : l.pretrained, m = n.important[r] ?? [], h = d[r] ?? [], g = e_(u, r), C = e.append("g").attr("class", "tbt-st-weights").attr("data-model", r === 1 ? "current" : "pretrained");
			if (C.append("rect").attr("class", "tbt-st-frame").attr("x", i.cells.x - 1).attr("y", i.cells.y - 1).attr("width", i.cells.w + 2).attr("height", i.cells.h + 2), (n.conn_weight?.[r] ?? []).forEach((e, s) => e.forEach((e, l) => {
				let [u, d] = r === 1 ? [s, l] : [l, s];
				C.append("rect").attr("class", "tbt-st-wcell").attr("x", i.cells.x + u * 18 + 1).attr("y", i.cells.y + d * 18 + 1).attr("width", 16).attr("height", 16).attr("fill", e === null ? "none" : g).attr("fill-opacity", e === null ? 0 : Math.max(.04, Math.abs(e) / o)).attr("data-from", h[l]).attr("data-to", m[s]).attr("data-w", e === null ? "" : String(e)).on("mouseenter", (n) => S(n, `${r ? "Current" : "Pretrained"}: ${t.source} ${h[l]} → ${t.layer} ${m[s]}`, [{
					label: "‖w‖",
					value: z(e, 4)
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
			let w = n.conn_edges?.[r] ?? null, T = (n.conn_i_to_n?.[r] ?? []).map((e) => Vg(e, w)), E = (n.conn_n_to_i?.[r] ?? []).map((e) => Vg(e, w)), D = Math.max(1, ...[...T, ...E].map((e) => e?.count ?? 0)), O = (e, t, n) => r === 1 && n ? Kg(n.count, e?.[t]) : null;
			T.forEach((e, a) => b(C, i.fromI, a, r === 1 ? "h" : "v", e, o, D, g, O(n.conn_i_to_n_in_pretrained, a, e), `I→N from ${t.source} ${h[a]}`, u)), E.forEach((e, a) => b(C, i.toI, a, r === 1 ? "v" : "h", e, o, D, g, O(n.conn_n_to_i_in_pretrained, a, e), `N→I to ${t.layer} ${m[a]}`, u));
			let k = n.conn_n_to_n?.[r] ?? [];
			y(C, i.nn, k, w, Math.max(1, ...k.map((e) => e ?? 0)), "tbt-st-whist", `${r ? "Current" : "Pretrained"} weights N→N (‖w‖)`, "nn");
			let A = Gg(n, r);
			A && x(C, i.flow, A, s, g, r, t);
		}
	}
	function _(e, t, r, i, a, o, s, c, l) {
		let u = e.append("g").attr("class", "tbt-st-labels");
		r.forEach((e, r) => {
			let d = u.append("text").attr("class", "tbt-st-label").attr("fill", e_(l, i)).attr("data-model", i ? "current" : "pretrained").attr("data-channel", e).attr("data-layer", c).attr("tabindex", 0).attr("role", "button").attr("aria-label", `${i ? "current" : "pretrained"} model, ${c}, channel ${e}`).text(String(e));
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
			value: r ? `${z(r[0], 3)} – ${z(r[r.length - 1], 3)}` : "–"
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
			let i = cd()({
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
				value: z(i.median, 3)
			},
			{
				label: "Q1 – Q3",
				value: `${z(i.q1, 3)} – ${z(i.q3, 3)}`
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
		d(), f(), Pg(u), l.destroy();
	} };
}
R({
	id: "structure-matrices",
	section: "structure",
	title: "Matching matrices and weight blocks",
	info: "Per layer, the selected class's important channels of the pretrained model (rows, red ids) × those of the current model (columns, blue ids); a cell's colour is their distance (dark = similar), on one scale for every layer and run. Beyond the barrier lines: histograms of the distances not drawn as cells. When a layer's source is drawn too, its weights: the current model's above the matrix, the pretrained model's to its left (cells: opacity ‖w‖; box plots: I→N and N→I with the share corresponding to pretrained connections; N→N histogram; flow lines ∝ counts).",
	span: 8,
	order: 10,
	mount: t_
});
function n_(e, t) {
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
function r_(e, t, n) {
	let r = t === "pretrained" ? 0 : 1, i = e.important[r]?.indexOf(n) ?? -1;
	if (i < 0) return null;
	let a = (r === 0 ? e.matches_pretrained : e.matches_current)[i] ?? [], o = (r === 0 ? e.match_distance_pretrained : e.match_distance_current)?.[i] ?? [];
	return a.map((e, t) => ({
		channel: e,
		distance: o[t] ?? null
	}));
}
function i_(e) {
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
		let u = F("div", {
			class: "tbt-st-detail-col",
			"data-model": t.model,
			"data-channel": t.channel,
			"data-layer": t.layer
		}), d = t.model === "pretrained" ? "current" : "pretrained";
		u.appendChild(F("div", { class: `tbt-st-detail-head tbt-st-${t.model}` }, `${t.model === "pretrained" ? "Pretrained" : "Current"} model · ${t.layer} · channel ${t.channel}`));
		let f = Fg(t.run, t.layer, s, c), p = f ? r_(f, t.model, t.channel) : null;
		if (p) {
			let e = f.important[t.model === "pretrained" ? 0 : 1].indexOf(t.channel);
			u.appendChild(F("div", { class: "tbt-muted tbt-small" }, `Rank ${e + 1} among the class's important channels`));
			let r = F("ol", {
				class: "tbt-st-matches",
				"aria-label": `Most similar channels in the ${d} model`
			});
			for (let e of p) {
				let i = F("button", {
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
				}), r.appendChild(F("li", {
					"data-channel": e.channel,
					"data-distance": e.distance ?? ""
				}, i, ` d = ${z(e.distance, 3)}`));
			}
			u.append(F("div", { class: "tbt-small" }, `5 most similar channels in the ${d} model:`), r);
		} else u.appendChild(F("div", { class: "tbt-muted tbt-small" }, "Not among this layer's important channels for the class (draw the layer to see its matches)."));
		try {
			let n = await oe(e, t.run, t.layer, s);
			if (l !== i) return null;
			let r = n.values("drift")[t.channel] ?? null, a = n.values("cosine")[t.channel] ?? null;
			u.appendChild(F("div", {
				class: "tbt-small tbt-st-drift",
				"data-drift": r ?? "",
				"data-cosine": a ?? ""
			}, `Filter drift ‖W − W₀‖/‖W₀‖ = ${z(r, 3)}, cosine to the pretrained filter = ${z(a, 3)} (step ${n.step ?? "–"})`));
		} catch (e) {
			u.appendChild(F("div", { class: "tbt-muted tbt-small" }, `No filter drift: ${e.message}`));
		}
		try {
			let e = await o(t.run, t.layer, Mg(t.run, t.layer, s) ?? s, t.channel, c);
			if (l !== i) return null;
			let n = n_(e, t.model), d = F("div", {
				class: "tbt-st-thumbs",
				"aria-label": "Top-activating probe images"
			});
			for (let e of n) d.appendChild(F("figure", {
				class: "tbt-st-thumb",
				"data-id": e.id,
				"data-domain": e.domain
			}, Xm(r, t.run, a, e.id, 40), F("figcaption", { class: `tbt-small tbt-st-${e.domain}` }, `${e.domain === "source" ? "S" : "T"} ${z(e.value, 2)}`)));
			u.append(F("div", { class: "tbt-small" }, n.length ? `Top-activating probe images of the class per domain (${t.model} model; S = source, T = target):` : "No probe instances of the class."), d);
		} catch (e) {
			u.appendChild(F("div", { class: "tbt-muted tbt-small" }, `No top-activating images: ${e.message}`));
		}
		return u;
	}
	async function c() {
		let r = ++i, a = $.get().detail, o = n.get();
		if (!a || o.class === null) {
			L(t.body), t.setState("empty", a ? `Channels are matched per class, so “All classes” has no matching: choose a class in the header to see channel ${a.kind === "neuron" ? a.channel : a.current} of ${a.layer} matched for it.` : "Click a channel id or a cell of a matching matrix (or a channel in the feature level).");
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
		L(t.body);
		let m = F("div", { class: "tbt-small tbt-muted" }, `${a.run} · ${a.layer} · class ${d?.class_names?.[o.class] ?? o.class}${a.kind === "cell" ? ` · distance ${z(a.distance, 3)}` : ""}`), h = F("button", {
			type: "button",
			class: "tbt-button"
		}, "Close");
		h.addEventListener("click", () => $.set({ detail: null })), t.body.append(F("div", {
			class: "tbt-st-detail",
			"data-kind": a.kind
		}, m, F("div", { class: "tbt-st-detail-cols" }, ...p), h));
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
R({
	id: "structure-detail",
	section: "structure",
	title: "Neuron detail",
	info: "For a clicked channel id: its 5 most similar channels in the other model with distances, its filter drift and cosine to the pretrained filter, and the class's probe images that activate it most. For a clicked cell: both neurons side by side.",
	span: 4,
	order: 20,
	mount: i_
});
// src/structure/layerModel.ts
var a_ = [
	"mean_shift",
	"log_var_ratio",
	"weight_change",
	"bias_change"
], o_ = {
	mean_shift: "running mean shift",
	log_var_ratio: "log running-variance ratio",
	weight_change: "γ change",
	bias_change: "β change"
};
function s_(e) {
	let t = e.values.map((e) => e.map(Fe)), n = new Map(e.pretrained.map((e, t) => [e, t]));
	return {
		values: t,
		diagonal: e.current.map((e, r) => {
			let i = n.get(e);
			return i === void 0 ? null : t[r]?.[i] ?? null;
		})
	};
}
function c_(e) {
	return e.values.map((t) => {
		let n = null, r = -1;
		return t.forEach((e, t) => {
			let i = Fe(e);
			i !== null && (n === null || i > n) && (n = i, r = t);
		}), r >= 0 ? e.pretrained[r] : null;
	});
}
function l_(e, t) {
	let n = e.bn_stats, r = n ? n.fields.indexOf(t) : -1, i = n ? [...n.layers] : [], a = [...e.steps];
	return {
		layers: i,
		steps: a,
		values: i.map((e, t) => a.map((e, i) => n && r >= 0 ? Fe(n.values[i]?.[r]?.[t]) : null))
	};
}
function u_(e, t) {
	return tp(e.map((e) => l_(e, t)));
}
function d_(e, t) {
	return !t || !e?.bn_layers ? null : e.bn_layers.find((e) => e.layer === t)?.name ?? null;
}
function f_(e, t) {
	return !t || !e?.bn_layers ? null : e.bn_layers.find((e) => e.name === t)?.layer ?? null;
}
function p_(e) {
	let t = 0;
	for (let n of e) for (let e of n) e !== null && Math.abs(e) > t && (t = Math.abs(e));
	return t > 0 ? t : 1;
}
function m_(e, t, n) {
	let r = e.weight_steps;
	if (!r) return [];
	let i = r.fields.indexOf(n), a = r.layers.indexOf(t);
	return r.steps.map((e, t) => ({
		x: e,
		y: i >= 0 && a >= 0 ? Fe(r.values[t]?.[i]?.[a]) : null
	}));
}
function h_(e, t, n) {
	let r = e.layer_stats, i = r ? r.measures.indexOf(n === "drift" ? "weight_drift" : "weight_cosine") : -1, a = r ? r.layers.indexOf(t) : -1;
	return e.steps.map((e, t) => ({
		x: e,
		y: r && i >= 0 && a >= 0 ? Fe(r.values[t]?.[i]?.[a]) : null
	}));
}
function g_(e, t) {
	let n = Infinity, r = -Infinity;
	for (let t of e) for (let e of t) e.y !== null && (n = Math.min(n, e.y), r = Math.max(r, e.y));
	if (n === Infinity) return null;
	if (t && (n = Math.min(n, 0)), n === r) return [n - .5 * (Math.abs(n) || 1), r + .5 * (Math.abs(r) || 1)];
	let i = (r - n) * .05;
	return [t && n === 0 ? 0 : n - i, r + i];
}
// src/structure/ckaPanel.ts
var __ = 4;
function v_(e) {
	let { panel: t } = e, n = F("div", { class: "tbt-structure-cka" });
	t.body.appendChild(n);
	let r = null, i = [], a = 0;
	t.setExports({
		figure: () => r,
		csv: () => i.length > 1 ? {
			rows: i,
			name: "layer-cka"
		} : null
	});
	let o = (t, n) => re(e, JSON.stringify([
		"layer_cka",
		t,
		n
	]), () => e.api.layerCka(t, n)), s = B(e, (s, c) => {
		if (!Gf(t, s)) {
			L(n), r = null;
			return;
		}
		let l = s.runs.slice(0, __), u = ++a;
		n.childElementCount || t.setState("loading", "Loading the layer × layer CKA…"), Promise.allSettled(l.map((e) => o(e.run, e.step))).then((o) => {
			if (u !== a) return;
			t.setState("ready"), L(n), r = null, i = [[
				"run",
				"step",
				"current_layer",
				"pretrained_layer",
				"cka"
			]];
			let d = new nf(t.body), f = hf([0, 1], s.theme, {
				low: "different",
				high: "same representation"
			}), p = Math.max(1, Math.min(l.length, Math.floor((c + 18) / 398))), m = Math.floor((c - 18 * (p - 1)) / p), h = F("div", { class: "tbt-multiples" });
			o.forEach((t, n) => {
				let a = l[n], o = F("div", {
					class: "tbt-multiple tbt-cka-multiple",
					"data-run": a.run
				});
				if (o.appendChild(Kt(`${a.run} · ${s.stepLabel} ${a.step ?? "–"}`, a.color)), t.status === "rejected") {
					o.appendChild(F("p", { class: "tbt-note" }, `No layer CKA: ${t.reason?.message ?? t.reason}`)), h.appendChild(o);
					return;
				}
				let c = t.value, { values: u, diagonal: p } = s_(c), g = c_(c);
				o.dataset.step = String(c.step), o.dataset.layers = String(c.current.length);
				let _ = s.sel.layer ? c.current.indexOf(s.sel.layer) : -1, v = kf({
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
								value: u[e][t] === null ? "undefined (see failures)" : z(u[e][t])
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
				o.appendChild(F("p", { class: "tbt-caption" }, y.length ? `Closest to another pretrained layer than to its own: ${y.slice(0, 6).join(", ")}${y.length > 6 ? ` and ${y.length - 6} more` : ""}.` : "Every layer is closest to its own pretrained layer.")), r ?? (r = {
					...v.figure,
					name: `layer-cka-${a.run}`
				}), c.current.forEach((e, t) => c.pretrained.forEach((n, r) => i.push([
					a.run,
					c.step,
					e,
					n,
					u[t][r]
				]))), h.appendChild(o);
			}), n.appendChild(h), s.runs.length > l.length && n.appendChild(F("p", { class: "tbt-note" }, `Showing the first ${l.length} of ${s.runs.length} selected runs.`)), n.appendChild(Tf(f, s.theme, {
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
R({
	id: "structure-layer-cka",
	section: "structure",
	title: "Layer × layer CKA",
	info: "Unbiased linear CKA (Kornblith et al. 2019; the unbiased estimator of Nguyen et al. 2021) between every layer of the fine-tuned model (rows) and every layer of the pretrained model (columns), on the target probe, at the selected step. A bright diagonal: each layer still represents what it did; a bright cell off the diagonal: that representation moved to another depth. Dashed: the diagonal (the layer overview's CKA, target). Click a cell to select its row's layer.",
	span: 12,
	order: 60,
	mount: (e) => v_(e)
});
// src/structure/bnChannels.ts
var y_ = 40, b_ = 22, x_ = 16, S_ = 14;
function C_(e) {
	return a_.map((t, n) => p_(e.map((e) => e.values[n] ?? [])));
}
function w_(e, t) {
	let n = {
		left: 150,
		right: 10
	}, r = Math.max(t.width, 360), i = Math.max(1, ...e.map((e) => e.values[0]?.length ?? 0)), a = Math.min(r - n.left - n.right, i * S_), o = b_ + a_.length * 52 + 14, s = e.length * (o + x_), c = I("svg", {
		class: "tbt-chart tbt-bn-channels",
		width: r,
		height: s,
		viewBox: `0 0 ${r} ${s}`,
		role: "group",
		"aria-label": `Per-channel BatchNorm drift of ${t.bn}`
	}), l = V(c), u = xf(c, t.theme), d = C_(e);
	return e.forEach((e, r) => {
		let i = e.values[0]?.length ?? 0, s = Ou().domain(Cn(i)).range([0, Math.min(a, i * S_)]).paddingInner(i > 100 ? 0 : .15), c = s.range()[1], f = Math.max(.5, s.bandwidth()), p = l.append("g").attr("class", "tbt-bn-run").attr("data-multiple", e.key).attr("data-channels", i).attr("transform", `translate(${n.left},${r * (o + x_)})`), m = p.append("g").attr("transform", `translate(${-n.left + 4},13)`);
		m.append("rect").attr("x", 0).attr("y", -9).attr("width", 10).attr("height", 10).attr("rx", 2).attr("fill", e.color), m.append("text").attr("class", "tbt-ov-run-name").attr("x", 14).text(`${e.title} · ${t.bn} · ${t.stepLabel} ${e.step ?? "–"} · ${i} channels`), a_.forEach((t, n) => {
			let r = b_ + n * 52, i = J().domain([-d[n], d[n]]).range([y_, 0]), a = p.append("g").attr("class", "tbt-bn-strip").attr("data-field", t).attr("transform", `translate(0,${r})`);
			a.append("text").attr("class", "tbt-axis-label").attr("x", -8).attr("y", y_ / 2).attr("dy", "0.35em").attr("text-anchor", "end").text(o_[t]), a.append("g").attr("class", "tbt-axis tbt-axis-y").attr("transform", `translate(${c + 4},0)`).call(In(i).tickValues([
				-d[n],
				0,
				d[n]
			]).tickFormat((e) => yu("~g")(+e.toPrecision(2))).tickSizeOuter(0)), a.append("line").attr("class", "tbt-bn-zero").attr("x1", 0).attr("x2", c).attr("y1", i(0)).attr("y2", i(0));
			let o = "", l = "";
			(e.values[n] ?? []).forEach((e, t) => {
				let n = s(t) ?? 0;
				if (e === null) l += `M${n},0h${f}v${y_}h${-f}Z`;
				else {
					let t = i(Math.max(0, e));
					o += `M${n},${t}h${f}v${Math.max(.5, Math.abs(i(e) - i(0)))}h${-f}Z`;
				}
			}), a.append("path").attr("class", "tbt-bn-bars").attr("d", o).attr("fill", e.color), l && a.append("path").attr("class", "tbt-ov-null").attr("d", l).attr("fill", u);
		}), p.append("text").attr("class", "tbt-axis-label").attr("x", c / 2).attr("y", o - 4).attr("text-anchor", "middle").text("channels (index order)");
		let h = a_.length * 52, g = p.append("rect").attr("class", "tbt-ov-hover").attr("data-export", "skip").attr("y", b_).attr("height", h).style("display", "none");
		p.append("rect").attr("class", "tbt-overlay").attr("data-export", "skip").attr("y", b_).attr("width", c).attr("height", h).attr("fill", "transparent").on("mousemove", (n) => {
			let [r] = H(n, p.node()), a = Math.floor(r / c * i);
			if (a < 0 || a >= i) return;
			g.style("display", null).attr("x", (s(a) ?? 0) - 1).attr("width", f + 2);
			let o = t.tooltipHost.getBoundingClientRect();
			t.tooltip.show(n.clientX - o.left + t.tooltipHost.scrollLeft, n.clientY - o.top + t.tooltipHost.scrollTop, `${e.title} · ${t.bn} · channel ${a}`, a_.map((n, r) => ({
				label: o_[n],
				value: t.format(e.values[r]?.[a] ?? null)
			})));
		}).on("mouseleave", () => {
			g.style("display", "none"), t.tooltip.hide();
		});
	}), c;
}
// src/structure/bnPanel.ts
function T_(e) {
	let { panel: t, store: n } = e, r = "mean_shift", i = null, a, o = de("BatchNorm field", a_.map((e) => ({
		id: e,
		label: o_[e]
	})), (e) => {
		r = e, o.set(e), p.schedule();
	}, {
		initial: r,
		control: "bn"
	});
	t.controls.appendChild(o.element);
	let s = F("div", { class: "tbt-structure-bn" });
	t.body.appendChild(s);
	let c = new nf(t.body), l = 0, u = [], d = null, f = (n, r, i, a) => {
		let o = n.runs.filter((e) => e.stats.bn_stats?.layers.includes(r)), s = n.runs.filter((e) => e.stats.bn_stats?.layers.length && !o.includes(e)).map((e) => e.run), f = ++l;
		i.appendChild(F("p", { class: "tbt-note" }, `Loading the channels of ${r}…`)), ae(e, o, r, n.sel.step).then(({ answers: e, failed: o }) => {
			if (f !== l) return;
			L(i);
			let p = e.map(({ run: e, at: t }) => ({
				key: e.run,
				title: e.run,
				color: e.color,
				step: t.step,
				values: a_.map((e) => t.values(e))
			}));
			s.length && i.appendChild(F("p", { class: "tbt-note" }, `${r} is not a BatchNorm layer of ${s.join(", ")}.`)), o.length && i.appendChild(F("p", { class: "tbt-note tbt-bad" }, `Per-channel drift unavailable: ${o.join("; ")}`)), u = [[
				"run",
				"step",
				"bn_layer",
				"channel",
				...a_
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
			d = w_(p, {
				bn: r,
				width: Math.max(360, a - 8),
				theme: n.theme,
				stepLabel: n.stepLabel,
				tooltip: c,
				tooltipHost: t.body,
				format: (e) => up(e)
			});
			let m = d;
			i.append(F("p", { class: "tbt-caption tbt-ov-sub" }, `${r} at the selected ${n.stepLabel}, per channel: running mean shift (in pretrained standard deviations), log ratio of the running variances, and the change of γ and β; one symmetric scale per field, shared by the runs.`), qf(`BatchNorm channels of ${r}`, {
				figure: () => ({
					svg: m,
					name: `bn-channels-${r}`
				}),
				csv: () => ({
					rows: u,
					name: `bn-channels-${r}`
				})
			}), F("div", { class: "tbt-ov-scroll" }, m));
		});
	}, p = B(e, (e, o) => {
		if (c.hide(), L(s), d = null, !Gf(t, e)) return;
		let l = Kf(e);
		l && s.appendChild(l);
		let u = e.runs.filter((e) => e.stats.bn_stats?.layers.length);
		if (!u.length) {
			s.appendChild(F("p", { class: "tbt-note" }, "The selected runs have no BatchNorm layers (no bn_stats records)."));
			return;
		}
		let m = e.runs.filter((e) => !u.includes(e)).map((e) => e.run);
		m.length && s.appendChild(F("p", {
			class: "tbt-note tbt-bn-without",
			"data-runs": m.join("\n")
		}, `Not shown: ${m.join(", ")} ${m.length > 1 ? "have" : "has"} no BatchNorm layers (no bn_stats records).`));
		let h = He(u.map((e) => e.stats.bn_stats.layers));
		e.sel.layer !== a && (a = e.sel.layer, i = u.map((t) => d_(t.info, e.sel.layer)).find((e) => e) ?? i);
		let g = i && h.includes(i) ? i : h[0], _ = u_(u.map((e) => e.stats), r), v = 0;
		for (let e of _) for (let t of e.values) for (let e of t) e !== null && e > v && (v = e);
		let y = hf([0, v > 0 ? v : 1], e.theme, {
			low: "kept",
			high: "changed"
		}), b = `|${o_[r]}|, mean over channels`, x = Qf({
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
			selectedStep: j(_[0]?.steps ?? [], e.sel.step),
			stepLabel: e.stepLabel,
			onSelect: (e, t) => {
				i = e, a = u.map((t) => f_(t.info, e)).find((e) => e) ?? n.get().layer, n.set({
					step: t,
					layer: a
				}), p.schedule();
			},
			current: () => ({
				layer: i ?? g,
				step: j(_[0]?.steps ?? [], n.get().step)
			}),
			tooltip: c,
			format: up
		});
		s.appendChild(F("div", { class: "tbt-ov-row tbt-bn-heat" }, qf(b, {
			figure: () => ({
				...x.figure,
				name: `bn-${r}`
			}),
			csv: () => ({
				rows: op(u.map((e, t) => ({
					title: e.run,
					matrix: _[t]
				}))),
				name: `bn-${r}`
			})
		}), F("div", { class: "tbt-ov-scroll" }, x.element)));
		let S = F("div", {
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
R({
	id: "structure-bn",
	section: "structure",
	title: "BatchNorm drift",
	info: "How the BatchNorm layers moved from the pretrained model: per layer over the steps (heat-maps: the mean over channels of |drift| of the chosen field, one scale for every run), and per channel of the selected BatchNorm layer at the selected step (bars). The running statistics move when the target domain's activations differ from the source's; γ and β move with training. Click a cell to select a BatchNorm layer and step.",
	span: 12,
	order: 70,
	mount: (e) => T_(e)
});
// src/structure/weightStepsPanel.ts
var E_ = {
	drift: "relative drift ‖W − W0‖/‖W0‖",
	cosine: "cosine to W0"
};
function D_(e) {
	let { panel: t } = e, n = "drift", r = de("Weight measure", [{
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
	let i = F("div", { class: "tbt-structure-ws" });
	t.body.appendChild(i);
	let a = new nf(t.body), o = [], s = null;
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
	let c = B(e, (r, c) => {
		if (a.hide(), L(i), s = null, o = [], !Gf(t, r)) return;
		let l = Kf(r);
		l && i.appendChild(l);
		let u = r.sel.layer && r.layers.includes(r.sel.layer) ? r.sel.layer : r.layers[r.layers.length - 1], d = r.runs.filter((e) => e.stats.weight_steps?.steps.length), f = d.map((e) => ({
			id: e.run,
			label: e.run,
			color: e.color,
			points: m_(e.stats, u, n),
			width: 1.6
		})), p = r.runs.map((e) => ({
			id: e.run,
			label: e.run,
			color: e.color,
			points: h_(e.stats, u, n),
			marker: "circle",
			width: 1.6
		})), m = g_([...f, ...p].map((e) => e.points), n === "drift") ?? void 0;
		i.appendChild(F("p", { class: "tbt-caption tbt-ov-sub" }, `${u}${r.sel.layer ? "" : " (the last layer; select another in the header or the layer overview)"}: ${E_[n]}, left at optimizer steps (on_train_step), right per logged ${r.stepLabel}; one y scale.`));
		let h = F("div", { class: "tbt-multiples tbt-ws-row" }), g = Math.max(300, Math.floor((c - 18) / 2)), _ = F("div", {
			class: "tbt-multiple tbt-ws-fine",
			"data-layer": u,
			"data-runs": d.length
		});
		_.appendChild(F("div", { class: "tbt-run-title" }, "At optimizer steps (weight_steps)")), f.some((e) => Le(e.points)) ? (s = tf(f, {
			width: g,
			height: 220,
			xLabel: "optimizer step",
			yLabel: n,
			yDomain: m,
			yZero: n === "drift",
			valueFormat: (e) => z(e),
			tooltip: a,
			tooltipHost: t.body,
			ariaLabel: `${E_[n]} of ${u} at optimizer steps`
		}), _.appendChild(s)) : _.appendChild(F("p", { class: "tbt-note" }, d.length ? `No weight_steps values for ${u}.` : "No weight_steps records: call cb.on_train_step(step) after optimizer steps (every_n_steps= thins them)."));
		let v = F("div", {
			class: "tbt-multiple tbt-ws-epoch",
			"data-layer": u
		});
		v.appendChild(F("div", { class: "tbt-run-title" }, `Per ${r.stepLabel} (layer_stats)`));
		let y = tf(p, {
			width: g,
			height: 220,
			xLabel: r.stepLabel,
			yLabel: n,
			yDomain: m,
			yZero: n === "drift",
			markX: r.step,
			valueFormat: (e) => z(e),
			onClickX: (t) => e.store.set({ step: t }),
			tooltip: a,
			tooltipHost: t.body,
			ariaLabel: `${E_[n]} of ${u} per ${r.stepLabel}`
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
R({
	id: "structure-weight-steps",
	section: "structure",
	title: "Weight drift at optimizer steps",
	info: "The selected layer's relative weight change from its pretrained weights (or cosine to them), logged at optimizer steps by on_train_step (left; its own step axis), beside the same measure at each logged step (right). The fine-grained series shows when within an epoch a layer moved, e.g. a jump in the first steps after unfreezing.",
	span: 12,
	order: 80,
	mount: (e) => D_(e)
}), typeof document < "u" && wg(document);
// src/index.ts
var O_ = !1;
function k_() {
	if (O_) return;
	O_ = !0, Ot(document), m(() => x.get().theme), wt((e) => {
		document.documentElement.classList.toggle("tbt-dark", e === "dark"), A(e, x);
	});
	let e = document.getElementById("tb-transfer-root");
	e || (e = document.createElement("div"), e.id = "tb-transfer-root", document.body.appendChild(e)), St(e, {
		store: x,
		data: N,
		loader: te,
		api: a
	}), Ct({ onReload: () => void te.reload(x.get().runs) }), te.loadRuns();
}
export { a as api, Ae as createPanel, N as data, te as loader, R as registerPanel, k_ as render, x as store };
