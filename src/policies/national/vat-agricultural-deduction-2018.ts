/** 农产品扣除率 (财税〔2018〕32号 二、三): 11%→10%, and 12% for inputs to 16% goods, 2018-05-01..2019-03-31. */
import { vatAgriculturalDeduction } from "./vat-agricultural-deduction.js";

export const vatAgriculturalDeduction2018 = vatAgriculturalDeduction({ window: "2018-05-01..2019-03-31", standardGoods: "16%" });
