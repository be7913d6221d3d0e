/**
 * Plot labels every mark group with aria-label, which ARIA forbids on a plain <g>. A chart is
 * one image to assistive technology, or a group of links when its marks link to their sentences:
 * its svg keeps the label and the generated description, and the marks keep their names as
 * data-mark for styling and tests.
 */
export function accessible<T extends Element>(chart: T): T {
  const svgs = chart.tagName.toLowerCase() === "svg" ? [chart] : [...chart.querySelectorAll("svg")];
  for (const svg of svgs) {
    if (svg.hasAttribute("aria-label")) svg.setAttribute("role", svg.querySelector("a") ? "group" : "img");
    for (const g of svg.querySelectorAll("g[aria-label]")) {
      g.setAttribute("data-mark", g.getAttribute("aria-label")!);
      g.removeAttribute("aria-label");
      g.removeAttribute("aria-description");
    }
  }
  return chart;
}
