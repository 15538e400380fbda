/**
 * A memo for a pure function of a company that learns, from the function itself, which facts decide
 * its result. The first evaluation runs on a recording proxy of the company; the facts it read, in
 * order, become a path in a decision tree ending in the result. A later company walks the tree by
 * reading the same facts itself: the same values lead to the same leaf, and since the function is
 * pure and reads facts in an order fixed by the facts already read, the same result.
 *
 * Only outcomes decided by the shape of the input are kept — a fact absent or present, a yes/no, a
 * code, a list's length. Once a function reads an amount, a count or a date, its outcome is most
 * likely one company's alone: that branch is marked and later companies reaching it are evaluated
 * directly, unrecorded.
 * The tree is bounded; past the bound it starts again, so memory stays flat over any batch.
 */
import { Decimal } from "./money.js";

type Op = "get" | "has" | "keys";

interface Probe {
  readonly path: readonly string[];
  readonly op: Op;
  /** path + op as one string, to check that a node is always asked the same question. */
  readonly id: string;
  /** How many steps of the path lead to the object asked: all of them for `keys`, all but the last otherwise. */
  readonly depth: number;
  /** The property asked of that object (get, has). */
  readonly key: string;
}

/**
 * A branch: the fact itself where it is a code, a flag or a list's length (a Map tells `true` from
 * `"true"`, and a company's own strings are hashed once), a marker for anything else. No key is
 * built per read.
 */
type Key = string | number | boolean | symbol;

interface Step {
  readonly probe: Probe;
  readonly key: Key;
}

/** A tree node: a question about the company with an answer per value seen, or a finished result. */
interface Node<T> {
  probe?: Probe;
  branches?: Map<Key, Node<T> | typeof OPAQUE>;
  leaf?: { readonly value: T };
}

/** Reached an amount: evaluate without recording. */
const OPAQUE = Symbol("opaque");
/** The key of any amount, count (a list's length aside) or date: the branch stops there. */
const AMOUNT = Symbol("amount");
const ABSENT = Symbol("absent");
const NULL = Symbol("null");
const LIST = Symbol("list");
const OBJECT = Symbol("object");
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Per policy, region, scenario and period; a policy's tree of shapes is rarely above a few dozen nodes. */
export const READ_MEMO_NODE_LIMIT = 500;

export class ReadMemo<T> {
  private root: Node<T> = {};
  private nodes = 0;

  /** `evaluate(subject)` once per distinct path of facts; `subject` is the company or its recording proxy. */
  get<C extends object>(company: C, evaluate: (subject: C) => T): T {
    let node: Node<T> = this.root;
    for (;;) {
      if (node.leaf) return node.leaf.value;
      if (!node.probe) break;
      const next = node.branches?.get(answer(company, node.probe));
      if (next === OPAQUE) return evaluate(company);
      if (!next) break;
      node = next;
    }
    const trail: Step[] = [];
    const value = evaluate(recording(company, trail));
    this.insert(trail, value);
    return value;
  }

  private insert(trail: readonly Step[], value: T): void {
    if (this.nodes > READ_MEMO_NODE_LIMIT) {
      this.root = {};
      this.nodes = 0;
    }
    let node: Node<T> = this.root;
    for (const { probe, key } of trail) {
      if (node.leaf) return;
      if (node.probe && node.probe.id !== probe.id) throw new Error(`read memo: the same facts led to different questions (${node.probe.id} / ${probe.id}): the function is not pure`);
      node.probe ??= probe;
      node.branches ??= new Map();
      if (key === AMOUNT) {
        node.branches.set(AMOUNT, OPAQUE);
        return;
      }
      let next = node.branches.get(key);
      if (next === OPAQUE) return;
      if (!next) {
        next = {};
        node.branches.set(key, next);
        this.nodes += 1;
      }
      node = next;
    }
    if (node.probe) throw new Error(`read memo: the same facts gave a result and a further question (${node.probe.id}): the function is not pure`);
    node.leaf = { value };
  }
}

function keyOf(value: unknown, key: string): Key {
  switch (typeof value) {
    case "undefined":
      return ABSENT;
    case "boolean":
      return value;
    case "number":
      return key === "length" ? value : AMOUNT;
    case "string":
      return value.length === 10 && DATE.test(value) ? AMOUNT : value;
    case "object":
      if (value === null) return NULL;
      if (Array.isArray(value)) return LIST;
      return Decimal.isDecimal(value) ? AMOUNT : OBJECT;
    default:
      return Symbol.for(`read-memo: ${typeof value}`);
  }
}

/**
 * The probe's answer for this company: what the recording proxy saw when it was asked. The proxy
 * records only own properties (or absent ones); the earlier probes on the path fixed each parent's
 * type, so a plain read here cannot meet an inherited method instead.
 */
function answer(company: object, probe: Probe): Key {
  let node = company as Record<string, unknown>;
  const { path, depth, key, op } = probe;
  for (let i = 0; i < depth; i++) node = node[path[i] as string] as Record<string, unknown>;
  if (op === "get") return keyOf(node[key], key);
  if (op === "has") return key in node;
  return names(node);
}

function names(target: object): string {
  return Reflect.ownKeys(target)
    .filter((k) => typeof k === "string")
    .join("\u0000");
}

function probe(path: readonly string[], op: Op): Probe {
  const depth = op === "keys" ? path.length : path.length - 1;
  return { path, op, id: `${op}:${path.join(".")}`, depth, key: op === "keys" ? "" : (path[depth] ?? "") };
}

/** A proxy of the company that appends every own fact read to `trail`, until the first amount. */
function recording<C extends object>(company: C, trail: Step[]): C {
  let open = true;
  const note = (path: readonly string[], op: Op, key: Key) => {
    if (!open) return;
    trail.push({ probe: probe(path, op), key });
    if (key === AMOUNT) open = false;
  };
  // One proxy per object, so two reads of the same list or record are the same object, as without recording.
  const proxies = new WeakMap<object, object>();
  const wrap = <O extends object>(target: O, path: readonly string[]): O => {
    const known = proxies.get(target);
    if (known) return known as O;
    const proxy = new Proxy(target, {
      get(t, key) {
        const value = Reflect.get(t, key);
        // Symbols (iterators) and inherited methods are the same for every object of the type already recorded.
        if (typeof key === "symbol" || (!Object.hasOwn(t, key) && value !== undefined)) return value;
        const at = [...path, key];
        note(at, "get", keyOf(value, key));
        return value !== null && typeof value === "object" && !Decimal.isDecimal(value) ? wrap(value, at) : value;
      },
      has(t, key) {
        const found = Reflect.has(t, key);
        if (typeof key === "string") note([...path, key], "has", found);
        return found;
      },
      ownKeys(t) {
        note(path, "keys", names(t));
        return Reflect.ownKeys(t);
      },
    });
    proxies.set(target, proxy);
    return proxy;
  };
  return wrap(company, []);
}
