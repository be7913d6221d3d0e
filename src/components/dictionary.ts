/** The data dictionary: each table's fields, types and descriptions, as datapackage.json gives them. */
import { html } from "htl";

interface Resource {
  name: string;
  path: string;
  description: string;
  rows: number;
  schema: { fields: { name: string; type: string; description: string; unit?: string; constraints?: { enum?: unknown[]; required?: boolean } }[] };
}

/** `files` is the folder the resources' paths are relative to, from the page. */
export function dictionary(resources: Resource[], { files }: { files: string }) {
  return html`${resources.map(
    (r) => html`<section class="dictionary-table" id=${`table-${r.name}`}>
      <h3>${r.name} <small>${r.rows.toLocaleString("en-US")} ${r.rows === 1 ? "row" : "rows"}</small></h3>
      <p>${r.description}.</p>
      <p class="links">Download <a download=${`${r.name}.csv`} href=${`${files}/${r.path}`}>CSV</a> · <a download=${`${r.name}.json`} href=${`${files}/${r.path.replace(/\.csv$/, ".json")}`}>JSON</a></p>
      <div class="table-scroll" tabindex="0" role="region" aria-label=${`Columns of ${r.name}`}><table class="fields">
        <colgroup><col class="name"><col class="type"><col></colgroup>
        <thead><tr><th scope="col">Column</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead>
        <tbody>${r.schema.fields.map(
          (f) => html`<tr>
            <th scope="row"><code>${f.name}</code></th>
            <td>${f.type}${f.constraints?.required ? "" : ", may be empty"}</td>
            <td>${f.description}${f.unit ? html`<br><span class="allowed">Unit: ${f.unit}</span>` : ""}${f.constraints?.enum ? html`<br><span class="allowed">One of: ${f.constraints.enum.join(", ")}</span>` : ""}</td>
          </tr>`,
        )}</tbody>
      </table></div>
    </section>`,
  )}`;
}
