// Entry point of the small maps (practice, comune and proposal pages): see core.js.
import { initSmallMaps } from "./core.js";

initSmallMaps();
