/** 农产品扣除率 (2019年39号 二): 10%→9%, and 10% for inputs to 13% goods, from 2019-04-01 to 2025-12-31. */
import { vatAgriculturalDeduction } from "./vat-agricultural-deduction.js";

export const vatAgriculturalDeduction2019 = vatAgriculturalDeduction({ window: "2019-04-01..2025-12-31", standardGoods: "13%" });
