/** The sticking points, each side's position side by side, every row linked to its sentence. */
import { html } from "htl";
import type { Issue } from "../../loaders/schemas.js";
import { sentenceLink } from "./links.js";

export function issuesTable(issues: Issue[]) {
  return html`<table class="issues">
    <caption class="sr-only">Sticking points and each side's position</caption>
    <thead><tr><th scope="col">Issue</th><th scope="col">U.S. position</th><th scope="col">Afghan position</th><th scope="col">Status</th></tr></thead>
    <tbody>${issues.map(
      (d) => html`<tr>
        <th scope="row">${sentenceLink(d.sentence, d.issue)}</th>
        <td data-label="U.S.">${d.us_position}</td>
        <td data-label="Afghan">${d.afghan_position}</td>
        <td data-label="Status"><span class="status status-${d.status.replace(/\s+/g, "-")}">${d.status}</span></td>
      </tr>`,
    )}</tbody>
  </table>`;
}
