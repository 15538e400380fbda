/** Which code implements each table. A table without code, or code without a table, is an error. */
import { citEquipmentOneTimeDeduction } from "./national/cit-equipment-one-time-deduction.js";
import { citEquipmentQ42022SuperDeduction } from "./national/cit-equipment-q4-2022-super-deduction.js";
import { citHnteRate } from "./national/cit-hnte-rate.js";
import { citLossCarryforwardExtension } from "./national/cit-loss-carryforward-extension.js";
import { citRdSuperDeduction } from "./national/cit-rd-super-deduction.js";
import { citSmallLowProfit } from "./national/cit-small-low-profit.js";
import { citStaffEducationDeduction } from "./national/cit-staff-education-deduction.js";
import { citTaseRate } from "./national/cit-tase-rate.js";
import { vatAdditionalInputCredit } from "./national/vat-additional-input-credit.js";
import { vatAgriculturalDeduction2018 } from "./national/vat-agricultural-deduction-2018.js";
import { vatAgriculturalDeduction2019 } from "./national/vat-agricultural-deduction-2019.js";
import { vatRateCut2018 } from "./national/vat-rate-cut-2018.js";
import { vatRateCut2019 } from "./national/vat-rate-cut-2019.js";
import { vatSmallScaleConversion2018 } from "./national/vat-small-scale-conversion-2018.js";
import { vatSmallScaleExemption } from "./national/vat-small-scale-exemption.js";
import type { PolicyImplementation } from "./types.js";

export const GENERAL_LAW_TABLE = "general-law";

export const IMPLEMENTATIONS: ReadonlyMap<string, PolicyImplementation> = new Map<string, PolicyImplementation>([
  ["cit-rd-super-deduction", citRdSuperDeduction],
  ["cit-equipment-one-time-deduction", citEquipmentOneTimeDeduction],
  ["cit-staff-education-deduction", citStaffEducationDeduction],
  ["cit-loss-carryforward-extension", citLossCarryforwardExtension],
  ["cit-hnte-rate", citHnteRate],
  ["cit-tase-rate", citTaseRate],
  ["cit-small-low-profit", citSmallLowProfit],
  ["vat-rate-cut-2018", vatRateCut2018],
  ["vat-agricultural-deduction-2018", vatAgriculturalDeduction2018],
  ["vat-small-scale-exemption", vatSmallScaleExemption],
  ["vat-small-scale-conversion-2018", vatSmallScaleConversion2018],
  ["vat-rate-cut-2019", vatRateCut2019],
  ["vat-agricultural-deduction-2019", vatAgriculturalDeduction2019],
  ["vat-additional-input-credit", vatAdditionalInputCredit],
  ["cit-equipment-q4-2022-super-deduction", citEquipmentQ42022SuperDeduction],
]);
