// Type declarations for the two Observable libraries that ship none.
declare module "htl" {
  export function html(strings: TemplateStringsArray, ...values: unknown[]): HTMLElement;
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): SVGElement;
}

declare module "@observablehq/inputs" {
  type Input<T> = HTMLElement & { value: T };
  export function table<T>(data: Iterable<T>, options?: Record<string, unknown>): Input<T[]>;
  export function search<T>(data: Iterable<T>, options?: Record<string, unknown>): Input<T[]>;
  export function select<T>(data: Iterable<T> | Map<string, T>, options?: Record<string, unknown>): Input<T>;
  export function range(extent: [number, number], options?: Record<string, unknown>): Input<number>;
  export function text(options?: Record<string, unknown>): Input<string>;
  export function radio<T>(data: Iterable<T> | Map<string, T>, options?: Record<string, unknown>): Input<T>;
  export function form<T>(inputs: Record<string, Input<unknown>>, options?: Record<string, unknown>): Input<T>;
}

declare module "arquero/src/table/index.js" {
  export { from } from "arquero";
}
