/** 增值税税率调整 (2019年39号): 16%/10% → 13%/9% from 2019-04-01; from 2026 the VAT Law sets the rates. */
import { vatRateCut } from "./vat-rate-cut.js";

export const vatRateCut2019 = vatRateCut({ window: "2019-04-01..2025-12-31", bands: "16%/10%" });
