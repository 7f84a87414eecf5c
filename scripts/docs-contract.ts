/** npm run docs:contract — regenerates the field tables of docs/data-format.md from the contract. */
import { readFileSync, writeFileSync } from "node:fs";
import { updateDoc } from "../src/ingest/contract-doc";
import { updateLayoutDoc } from "../src/ingest/layout-doc";

const file = "docs/data-format.md";
writeFileSync(file, updateLayoutDoc(updateDoc(readFileSync(file, "utf8"))));
console.log(`Đã cập nhật / updated ${file}`);
