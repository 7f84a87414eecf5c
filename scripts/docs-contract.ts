/** npm run docs:contract — regenerates the field tables of docs/data-format.md from the contract. */
import { readFileSync, writeFileSync } from "node:fs";
import { updateDoc } from "../src/ingest/contract-doc";

const file = "docs/data-format.md";
writeFileSync(file, updateDoc(readFileSync(file, "utf8")));
console.log(`Đã cập nhật / updated ${file}`);
