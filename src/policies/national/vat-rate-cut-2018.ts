/** 增值税税率调整 (财税〔2018〕32号): 17%/11% → 16%/10% from 2018-05-01 until 2019年39号 replaced them. */
import { vatRateCut } from "./vat-rate-cut.js";

export const vatRateCut2018 = vatRateCut({ window: "2018-05-01..2019-03-31", bands: "17%/11%" });
