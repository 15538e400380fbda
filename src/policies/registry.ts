/** Which code implements each table. A table without code, or code without a table, is an error. */
import { citEquipmentOneTimeDeduction } from "./national/cit-equipment-one-time-deduction.js";
import { citEquipmentQ42022SuperDeduction } from "./national/cit-equipment-q4-2022-super-deduction.js";
import { citIcSoftwareTrainingDeduction } from "./national/cit-ic-software-training-deduction.js";
import { citHnteRate } from "./national/cit-hnte-rate.js";
import { citInfrastructureHoliday } from "./national/cit-infrastructure-holiday.js";
import { citLossCarryforwardExtension } from "./national/cit-loss-carryforward-extension.js";
import { citRdSuperDeduction } from "./national/cit-rd-super-deduction.js";
import { citSmallLowProfit } from "./national/cit-small-low-profit.js";
import { citStaffEducationDeduction } from "./national/cit-staff-education-deduction.js";
import { citTaseRate } from "./national/cit-tase-rate.js";
import { citTechTransferIncome } from "./national/cit-tech-transfer-income.js";
import { citVentureCapitalDeduction } from "./national/cit-venture-capital-deduction.js";
import { vatAgriculturalDeduction2018 } from "./national/vat-agricultural-deduction-2018.js";
import { siUnemploymentRateCut } from "./national/si-unemployment-rate-cut.js";
import { vatExcessCreditRefund2018 } from "./national/vat-excess-credit-refund-2018.js";
import { vatExportRebate2018 } from "./national/vat-export-rebate-2018.js";
import { vatAdditionalInputCredit } from "./national/vat-additional-input-credit.js";
import { vatAgriculturalDeduction2019 } from "./national/vat-agricultural-deduction-2019.js";
import { vatRateCut2018 } from "./national/vat-rate-cut-2018.js";
import { vatRateCut2019 } from "./national/vat-rate-cut-2019.js";
import { vatSmallScaleConversion2018 } from "./national/vat-small-scale-conversion-2018.js";
import { vatSmallLoanInterestExemption } from "./national/vat-small-loan-interest-exemption.js";
import { vatSmallScaleExemption } from "./national/vat-small-scale-exemption.js";
import { vatUsedFixedAssets2pct } from "./national/vat-used-fixed-assets-2pct.js";
import type { PolicyImplementation } from "./types.js";

export const GENERAL_LAW_TABLE = "general-law";

export const IMPLEMENTATIONS: ReadonlyMap<string, PolicyImplementation> = new Map<string, PolicyImplementation>([
  ["cit-rd-super-deduction", citRdSuperDeduction],
  ["cit-equipment-one-time-deduction", citEquipmentOneTimeDeduction],
  ["cit-staff-education-deduction", citStaffEducationDeduction],
  ["cit-ic-software-training-deduction", citIcSoftwareTrainingDeduction],
  ["cit-loss-carryforward-extension", citLossCarryforwardExtension],
  ["cit-tech-transfer-income", citTechTransferIncome],
  ["cit-infrastructure-holiday", citInfrastructureHoliday],
  ["cit-venture-capital-deduction", citVentureCapitalDeduction],
  ["cit-hnte-rate", citHnteRate],
  ["cit-tase-rate", citTaseRate],
  ["cit-small-low-profit", citSmallLowProfit],
  ["vat-rate-cut-2018", vatRateCut2018],
  ["vat-agricultural-deduction-2018", vatAgriculturalDeduction2018],
  ["vat-small-scale-exemption", vatSmallScaleExemption],
  ["vat-small-scale-conversion-2018", vatSmallScaleConversion2018],
  ["vat-excess-credit-refund-2018", vatExcessCreditRefund2018],
  ["vat-export-rebate-2018", vatExportRebate2018],
  ["vat-used-fixed-assets-2pct", vatUsedFixedAssets2pct],
  ["vat-small-loan-interest-exemption", vatSmallLoanInterestExemption],
  ["si-unemployment-rate-cut", siUnemploymentRateCut],
  ["vat-rate-cut-2019", vatRateCut2019],
  ["vat-agricultural-deduction-2019", vatAgriculturalDeduction2019],
  ["vat-additional-input-credit", vatAdditionalInputCredit],
  ["cit-equipment-q4-2022-super-deduction", citEquipmentQ42022SuperDeduction],
]);
