/**
 * The closed vocabulary of award facts a company file may carry: yearly figures, yes/no facts,
 * events (listings, recognitions), ranks, rates and awards already received. Award tables refer to
 * these names; an unknown name in a company file or a table is an error with a "did you mean".
 * A new measure that needs a new fact adds ONE entry here (name + zh/en label), nothing else.
 */
import { z } from "zod";
import { amount, isoDate } from "./amount.js";

type Labels = Readonly<Record<string, { readonly zh: string; readonly en: string }>>;

/** Yearly money figures, keyed by year: `figures.main_revenue: {"2017": 9亿, "2018": 12亿}`. */
export const FIGURES = {
  // Hebei seed 001, parts B/C (specialty products 冀制强省办〔2018〕2号 附件7; SME financing measures)
  design_service_contract_paid: { zh: "购买工业设计服务的服务合同实际发生额", en: "amount actually paid under industrial-design service contracts" },
  testing_platform_recognized_investment: { zh: "质量检验检测平台认定有效投资总额", en: "recognised effective investment of the quality-testing platform" },
  techreno_recognized_investment: { zh: "技术改造项目认定有效投资总额", en: "recognised effective investment of the technology-renovation project" },
  export_credit_insurance_premium: { zh: "中小出口企业出口信用保险保费", en: "export credit insurance premium paid by a small exporter" },
  small_bills_discounted: { zh: "小额票据贴现分中心贴现的小额票据金额", en: "small bills discounted by a small-bill discount sub-centre" },
  tech_sme_credit_loan_losses: { zh: "合作银行向科技型中小企业发放的信用贷款或专利权质押贷款形成的不良贷款损失", en: "bad-loan losses on credit or patent-pledge loans to tech SMEs" },
  tech_sme_other_loan_losses: { zh: "合作银行向科技型中小企业发放的其他形式贷款形成的不良贷款损失", en: "bad-loan losses on other loans to tech SMEs" },
  tech_sme_credit_loans_issued: { zh: "当年实际发放的科技型中小企业信用贷款和专利权质押贷款总额", en: "credit and patent-pledge loans to tech SMEs issued in the year" },
  tech_sme_loans_issued: { zh: "当年实际发放的科技型中小企业贷款总额", en: "all loans to tech SMEs issued in the year" },
  main_revenue: { zh: "主营业务收入", en: "main-business revenue" },
  taxable_revenue: { zh: "应税营业收入", en: "taxable operating revenue" },
  rd_declared: { zh: "申报享受加计扣除的研发费用", en: "R&D expense declared for the super-deduction" },
  rd_input: { zh: "年度研发投入", en: "annual R&D input" },
  tax_paid: { zh: "年度纳税总额", en: "total tax paid in the year" },
  rd_institution_build_cost_3y: { zh: "研发机构三年内累计建设费用（截至当年）", en: "R&D institution build cost over three years, cumulative to the year" },
  livestream_sales: { zh: "电商直播销售自产工业品金额", en: "own industrial products sold through livestreams" },
  livestream_commission: { zh: "主播带货佣金", en: "streamer sales commission paid" },
  fund_bond_invested: { zh: "发行企业债券专项投资本市民营中小企业的实际发生额", en: "fund-bond amount actually invested in local private SMEs" },
  collective_bond_issued: { zh: "集合债券发债额", en: "collective bond amount issued" },
  first_set_premium: { zh: "首台（套）重大技术装备综合险实际投保年度保费", en: "annual premium paid for first-set major equipment insurance" },
  first_set_insured_amount: { zh: "首台（套）装备投保金额", en: "insured amount of the first-set equipment" },
  first_set_provincial_subsidy: { zh: "已获首台（套）保费省级补贴", en: "provincial first-set premium subsidy received" },
  techreno_loan_interest: { zh: "重大技改项目贷款实际发生的利息", en: "interest paid on major technology-renovation project loans" },
  techreno_lease_interest: { zh: "重大技改项目设备融资租赁实际发生的利息", en: "interest paid within equipment finance leases of major technology-renovation projects" },
  techreno_fixed_investment: { zh: "技术改造项目固定资产投资", en: "fixed-asset investment of the technology-renovation project" },
  equipment_investment_smart: { zh: "新购置智能装备或智能化改造的实际设备投资额", en: "investment in new smart equipment or smart retrofit" },
  equipment_investment_ordinary: { zh: "新购置普通设备的实际设备投资额", en: "investment in new ordinary equipment" },
  special_vehicle_test_fees: { zh: "专用车产品公告试验费用", en: "announcement test fees for a new special-vehicle model" },
  auto_parts_sales_increase: { zh: "乘用车、新能源车、智能网联汽车配套销售收入当年增量", en: "increase in sales supplied to passenger cars, NEVs and ICVs" },
  high_end_equipment_sales_received: { zh: "当年实际收到高端智能装备销售收入", en: "high-end smart equipment sales received in the year" },
  annual_sales: { zh: "年销售额", en: "annual sales" },
  unemployment_insurance_paid: { zh: "企业及其职工上年度实际缴纳失业保险费总额", en: "unemployment insurance paid by the company and its staff" },
  // Hebei private-economy opinions (大力促进民营经济高质量发展的若干意见)
  neeq_first_financing: { zh: "新三板挂牌一年内首次融资额", en: "first financing within one year of the NEEQ quotation" },
  fund_investment_actual: { zh: "投资基金投资省内企业的实际投资额", en: "a fund's actual investment in Hebei enterprises" },
  fund_investment_excl_guidance: { zh: "投资基金投资省内企业的资金规模（扣除政府引导基金）", en: "a fund's investment in Hebei enterprises, less government guidance money" },
  abs_issued: { zh: "成功发行资产证券化产品（资产支持专项计划、资产支持票据、资产支持证券等）的发行金额", en: "amount of asset-backed products successfully issued (ABS plans, ABN, ABS)" },
  abs_largest_deal_issuer_reward: { zh: "承销的单笔最大发行金额对应企业获得的资产证券化奖励金额", en: "the issuer's ABS reward for the underwriter's largest single deal" },
  innovative_credit_avg_balance: { zh: "经认定投放到民营企业的创新信贷产品季度平均贷款余额", en: "quarterly average balance of recognised innovative credit products lent to private firms" },
  new_fiscal_contribution: { zh: "新增财政贡献", en: "new fiscal contribution (新增财政贡献)" },
  // Hebei provincial measures (seed 001)
  industrial_foundation_investment: { zh: "省级工业强基重点项目投资额", en: "investment of the provincial industrial-foundation key project" },
  hightech_project_investment: { zh: "高技术产业化项目总投资", en: "total investment of the high-tech industrialisation project" },
  equity_fund_hebei_investment: { zh: "股权投资基金对省内企业直接投资额", en: "equity fund's direct investment in Hebei enterprises" },
  equity_fund_hebei_investment_non_state: { zh: "上述投资额扣除国家资本、国有法人资本所占份额后的部分", en: "that investment less the share of state and state-owned legal-person capital" },
  fund_industrial_investment_net: { zh: "投资基金直接投资省内工业企业的资金规模（扣除政府引导基金）", en: "fund's direct investment in Hebei industrial enterprises, net of government guidance funds" },
  innovative_loan_avg_balance: { zh: "创新信贷产品季度平均贷款余额（奖励年度）", en: "quarterly average balance of innovative credit products (reward year)" },
  innovative_insurance_premium: { zh: "创新保险产品年度保费收入（奖励年度）", en: "premium income of innovative insurance products (reward year)" },
  zhengyinbao_premium: { zh: "“政银保”贷款保证保险实缴保费", en: "premium paid for the 政银保 loan guarantee insurance" },
  zhengyinbao_loan: { zh: "“政银保”贷款数额", en: "amount of the 政银保 loan" },
} as const satisfies Labels;
export type FigureName = keyof typeof FIGURES;
export const FIGURE_NAMES = Object.keys(FIGURES) as [FigureName, ...FigureName[]];

/** Yes/no facts: `facts.above_designated_size: true`. `industrial` is read from `industry.industrial`. */
export const FACTS = {
  // Hebei seed 001, parts B/C (specialty products 冀制强省办〔2018〕2号 附件7; SME financing; 冀政办字〔2018〕7号)
  specialty_product_maker: { zh: "特色产品生产企业（箱包、灰铸铁炊具、羊绒、自行车、家具、毛皮皮革）", en: "maker of a Hebei specialty product (luggage, cast-iron cookware, cashmere, bicycles, furniture, fur and leather)" },
  design_cooperation_3_years: { zh: "与工业设计机构建立三年以上稳定合作关系", en: "stable cooperation with an industrial-design institution for three years or more" },
  specialty_testing_platform: { zh: "特色产品聚集区符合条件的第三方质量检验检测服务平台", en: "qualifying third-party quality-testing platform in a specialty-product cluster" },
  specialty_major_techreno_project: { zh: "入选当年支持的重大技术改造项目（特色产品资金使用方案）", en: "major technology-renovation project selected for the year (specialty-product fund)" },
  brand_stores_over_5_for_2_years: { zh: "率先在机场、高铁站、高速公路服务区建设统一形象展示店超过5家且正常运营2年以上的品牌服装企业", en: "brand apparel firm with more than 5 uniform image stores at airports, rail stations or highway service areas, running 2 years or more" },
  brand_store_rank_top3: { zh: "品牌形象展示店年度考核经营情况排名前三位", en: "ranked in the top three of the year's brand-store assessment" },
  specialty_support_institution: { zh: "依托省行业协会、以购买服务方式支持的特色产品支撑机构或团队（年度考核合格）", en: "specialty-product support institution or team built on a provincial industry association, paid by service purchase (passed the annual assessment)" },
  specialty_consulting_provider: { zh: "为特色产品企业开展行业问诊、技术市场咨询、产学研对接等公益服务活动的机构或团队", en: "institution or team running public consulting and matchmaking events for specialty-product firms" },
  specialty_forum_organizer: { zh: "承办特色产品高端论坛或峰会的行业协会、社会组织", en: "association or social organisation holding a specialty-product high-level forum" },
  exporter_20_to_300_wan_usd: { zh: "年出口额20－300万美元的中小出口企业", en: "small exporter with annual exports of 0.2 to 3 million US dollars" },
  hnte_incubator_effective: { zh: "成效明显的高新技术企业培育服务机构", en: "high-tech enterprise incubation service provider with clear results" },
  small_bill_discount_subcentre: { zh: "小额票据贴现分中心", en: "small-bill discount sub-centre" },
  tech_sme_cooperating_bank: { zh: "科技型中小企业贷款风险补偿的合作银行", en: "cooperating bank of the tech-SME loan risk-compensation scheme" },
  industrial: { zh: "工业企业", en: "industrial enterprise" },
  above_designated_size: { zh: "规模以上工业企业", en: "industrial enterprise above designated size" },
  private_enterprise: { zh: "民营企业", en: "private enterprise" },
  sme: { zh: "中小微企业", en: "small, medium or micro enterprise" },
  key_enterprise: { zh: "重点企业", en: "key enterprise (重点企业)" },
  pays_tax_locally: { zh: "在本市辖区内缴税", en: "pays its taxes within the city" },
  profit_tax_ratio_above_average: { zh: "利税率达到全省同行业平均水平以上", en: "profit-and-tax ratio at or above the provincial industry average" },
  national_first_set_subsidy_received: { zh: "已获国家首台（套）保费80%补贴", en: "received the national 80% first-set premium subsidy" },
  guidance_catalogue_equipment: { zh: "生产国家指导目录范围的装备产品", en: "makes equipment within the national guidance catalogue" },
  county_recommended: { zh: "由所在县市或郧阳区推荐申报（指定领域）", en: "recommended by its county (or 郧阳区) for a designated field" },
  case_by_case_support: { zh: "项目已享受市政府“一事一议”支持", en: "the project already had case-by-case (一事一议) support" },
  major_techreno_project: { zh: "列入重大技术改造项目库且在三年建设有效期内", en: "in the major technology-renovation project library, within its 3-year construction period" },
  equipment_in_use: { zh: "设备已投入使用", en: "the equipment is in use" },
  special_vehicle_licence: { zh: "具备合法生产资质的专用车生产企业", en: "licensed special-vehicle maker" },
  special_vehicle_first_in_city: { zh: "车型在全市率先进入工信部公告目录并实现量产", en: "the model is the first in the city in the MIIT catalogue and in mass production" },
  military_orders: { zh: "已获得军品订单", en: "has military-product orders" },
  passed_acceptance: { zh: "验收合格", en: "passed acceptance" },
  no_layoffs: { zh: "上年度未裁员", en: "no layoffs last year" },
  layoff_rate_below_registered_unemployment: { zh: "裁员率低于统筹地区城镇登记失业率", en: "layoff rate below the registered urban unemployment rate" },
  job_stabilization_conditions: { zh: "符合稳岗补贴条件", en: "meets the job-retention subsidy conditions" },
  // Hebei private-economy opinions (大力促进民营经济高质量发展的若干意见)
  local_legal_person_fi: { zh: "地方法人金融机构", en: "locally incorporated financial institution" },
  registered_in_hebei: { zh: "在河北省行政区域内依法进行工商注册和税务登记", en: "registered for business and tax in Hebei" },
  fund_investment_two_years: { zh: "投资期限满两年（含）以上", en: "the fund's investment has been held two years or more" },
  abs_underwriter_top5: { zh: "奖励年度内承销我省资产证券化产品累计金额排位前5名", en: "among the top 5 underwriters of Hebei asset-backed products in the award year" },
  startup_tech_sme_by_local_scientists: { zh: "省内科技人员新注册的初创期科技型中小企业（已认定）", en: "recognised start-up tech SME newly registered by Hebei scientists" },
  within_3_years_of_recognition: { zh: "在自认定之日起3年内", en: "within 3 years of the recognition date" },
  qualifying_techreno_or_sei_project: { zh: "符合条件的技术改造或战略性新兴产业项目", en: "a qualifying technology-renovation or strategic-emerging-industry project" },
  techreno_industrial_project: { zh: "省工业企业技术改造专项资金支持的产业发展类技术改造项目", en: "industrial-development renovation project supported by the provincial renovation fund" },
  techreno_platform_project: { zh: "省工业企业技术改造专项资金支持的制造业公共服务平台项目", en: "manufacturing public-service platform project supported by the provincial renovation fund" },
  provincial_industrial_foundation_project: { zh: "评为省级工业强基重点项目", en: "rated a provincial industrial-foundation key project" },
  provincial_hightech_industrialization_project: { zh: "高技术产业化项目经评审纳入省级计划", en: "high-tech industrialisation project admitted to the provincial plan" },
  equity_held_over_6_months: { zh: "持有省内企业股权超过六个月", en: "holds the Hebei stakes for more than six months" },
} as const satisfies Labels;
export type FactName = keyof typeof FACTS;
export const FACT_NAMES = Object.keys(FACTS) as [FactName, ...FactName[]];

/** Boards for `listed` events. 中小板 and 科创板 are separate names so a table decides how to treat them. */
export const BOARDS = {
  main: { zh: "主板", en: "main board" },
  sme: { zh: "中小板", en: "SME board" },
  chinext: { zh: "创业板", en: "ChiNext" },
  star: { zh: "科创板", en: "STAR market" },
  bse: { zh: "北交所", en: "Beijing Stock Exchange" },
  neeq: { zh: "新三板", en: "NEEQ" },
  regional: { zh: "区域性股权交易市场", en: "regional equity market" },
} as const satisfies Labels;
export type Board = keyof typeof BOARDS;
export const BOARD_NAMES = Object.keys(BOARDS) as [Board, ...Board[]];

export const LISTING_ROUTES = ["ipo", "backdoor", "relocation", "transfer"] as const;

export const LEVELS = {
  national: { zh: "国家级", en: "national" },
  provincial: { zh: "省级", en: "provincial" },
  city: { zh: "市级", en: "city" },
} as const satisfies Labels;
export type Level = keyof typeof LEVELS;
export const LEVEL_NAMES = Object.keys(LEVELS) as [Level, ...Level[]];

/** Titles and recognitions for `recognized` events. */
export const TITLES = {
  // Hebei specialty products (冀制强省办〔2018〕2号 附件7)
  "design-institution-branch": { zh: "知名设计机构（公司）分支机构（在冀注册、正常运营一年以上、第三方评估认定）", en: "branch of a renowned design firm (registered in Hebei, running a year or more, third-party evaluated)" },
  "design-master-studio": { zh: "知名设计大师工作室（在冀注册、正常运营一年以上、第三方评估认定）", en: "renowned design-master studio (registered in Hebei, running a year or more, third-party evaluated)" },
  "specialty-design-innovation-center": { zh: "特色产品工业设计创新中心（正常运营一年以上、第三方评估认定）", en: "specialty-product industrial-design innovation centre (running a year or more, third-party evaluated)" },
  "single-champion-product": { zh: "单项冠军产品", en: "single-champion product" },
  "specialty-premium-product": { zh: "高端化特色精品（省年度认定）", en: "high-end specialty premium product (provincial yearly selection)" },
  "standard-published-national": { zh: "主导制定并正式发布国家标准", en: "led and published a national standard" },
  "standard-published-local": { zh: "主导制定并正式发布地方标准", en: "led and published a local standard" },
  "standard-published-group": { zh: "主导制定并正式发布团体标准", en: "led and published a group standard" },
  "benchmarking-result": { zh: "实物对标成果（每行业每年遴选1个）", en: "physical benchmarking result (one per industry per year)" },
  "quality-benchmark": { zh: "工业企业质量标杆", en: "industrial quality-benchmark enterprise" },
  "smart-mfg-pilot-enterprise": { zh: "智能制造试点示范企业", en: "smart-manufacturing pilot demonstration enterprise" },
  "smart-factory": { zh: "智能工厂", en: "smart factory" },
  "digital-workshop": { zh: "数字化车间", en: "digital workshop" },
  "specialty-green-demo": { zh: "绿色制造示范企业（特色产品，省每年遴选3家）", en: "green-manufacturing demonstration enterprise (specialty products, 3 a year)" },
  "personalized-customization-demo": { zh: "个性化定制试点示范企业", en: "personalised-customisation pilot demonstration enterprise" },
  "design-talent-fulltime": { zh: "正式引进的全职优秀设计人才（每人一个事件）", en: "outstanding designer formally recruited full-time (one event per person)" },
  "design-talent-parttime": { zh: "正式引进的兼职优秀设计人才（每人一个事件）", en: "outstanding designer formally recruited part-time (one event per person)" },
  "enterprise-tech-center": { zh: "企业技术中心", en: "enterprise technology centre" },
  "engineering-research-center": { zh: "工程研究中心", en: "engineering research centre" },
  "engineering-lab": { zh: "工程实验室", en: "engineering laboratory" },
  "engineering-tech-research-center": { zh: "工程技术研究中心", en: "engineering technology research centre" },
  "key-lab": { zh: "重点实验室", en: "key laboratory" },
  "industrial-design-center": { zh: "工业设计中心", en: "industrial design centre" },
  "tech-center-branch": { zh: "国家级企业技术中心分中心", en: "branch of a national enterprise technology centre" },
  "joint-lab": { zh: "国家和地方联合共建实验室", en: "national-local joint laboratory" },
  "academician-workstation": { zh: "院士工作站", en: "academician workstation" },
  "postdoc-workstation": { zh: "博士后科研工作站", en: "postdoctoral research workstation" },
  "postdoc-mobile-station": { zh: "博士后科研流动站", en: "postdoctoral mobile station" },
  "two-integration-demo": { zh: "两化（深度）融合示范", en: "IT-industrialisation integration demonstration" },
  "smart-manufacturing-demo": { zh: "智能制造示范项目", en: "smart-manufacturing demonstration project" },
  "internet-plus-demo": { zh: "“互联网+”示范项目", en: "Internet+ demonstration project" },
  "green-manufacturing-demo": { zh: "绿色制造体系建设示范企业", en: "green-manufacturing demonstration enterprise" },
  hnte: { zh: "高新技术企业（新认定）", en: "high-tech enterprise (new recognition)" },
  "well-known-trademark": { zh: "中国驰名商标", en: "China well-known trademark" },
  "national-famous-brand": { zh: "国内知名品牌", en: "national famous brand" },
  "hubei-premium": { zh: "湖北精品", en: "Hubei Premium (湖北精品)" },
  "smart-service-platform": { zh: "工业智能综合服务平台（创建达标）", en: "industrial smart service platform meeting the standard" },
  "5g-smart-factory": { zh: "利用5G技术创建的智能工厂、智能车间、5G标杆企业、工业互联网平台等", en: "5G smart factory, workshop, benchmark enterprise or industrial internet platform" },
  "5g-scenario": { zh: "全市5G标杆应用场景项目", en: "city 5G benchmark application scenario" },
  "mfg-innovation-center-cultivation": { zh: "列入制造业创新中心培育名单", en: "on a manufacturing innovation centre cultivation list" },
  "mfg-innovation-center": { zh: "认定为制造业创新中心", en: "recognised manufacturing innovation centre" },
  "military-licences": { zh: "新获得军品科研生产资质和保密资质", en: "new military-product and confidentiality licences" },
  "rd-institution": { zh: "研发机构（三年建设费用累计达标）", en: "R&D institution (three-year build cost reached)" },
  "jiebang-guashuai-completed": { zh: "完成“揭榜挂帅”项目", en: "completed an open-competition (揭榜挂帅) project" },
  "listing-seed": { zh: "“金种子”“银种子”企业上市阶段", en: "listing stage of a gold/silver-seed enterprise" },
  "hitech-achievement-landing": { zh: "高新技术成果落地（经评审认定）", en: "high-tech achievement landing (after evaluation)" },
  // Hebei private-economy opinions (大力促进民营经济高质量发展的若干意见)
  "tech-innovation-center": { zh: "技术创新中心", en: "technology innovation centre" },
  "clinical-medical-center": { zh: "临床医学中心", en: "clinical medical research centre" },
  "international-standard-led": { zh: "主持国际标准制定修订", en: "led the drafting or revision of an international standard" },
  "national-standard-led": { zh: "主持国家标准制定修订", en: "led the drafting or revision of a national standard" },
  "industry-standard-led": { zh: "主持行业标准制定修订", en: "led the drafting or revision of an industry standard" },
  "china-quality-award": { zh: "中国质量奖", en: "China Quality Award" },
  "china-quality-award-nomination": { zh: "中国质量奖提名奖", en: "China Quality Award nomination" },
  "china-patent-gold": { zh: "中国专利奖金奖", en: "China Patent Award, gold" },
  "china-patent-silver": { zh: "中国专利奖银奖", en: "China Patent Award, silver" },
  "china-patent-excellence": { zh: "中国专利奖优秀奖", en: "China Patent Award, excellence" },
  "tech-center-rated-excellent": { zh: "企业技术中心、工程研究中心评价为优秀", en: "technology or engineering research centre rated excellent" },
  "design-gold-international": { zh: "iF国际设计金奖、红点之星或红点至尊奖", en: "iF gold award, red dot: best of the best or red dot: grand prix" },
  "china-design-gold": { zh: "中国优秀工业设计奖金奖", en: "China Excellent Industrial Design gold award" },
} as const satisfies Labels;
export type Title = keyof typeof TITLES;
export const TITLE_NAMES = Object.keys(TITLES) as [Title, ...Title[]];

/** Ranks a city awards by (top three): `ranks.auto_parts_sales_increase: {"2018": 2}`. */
export const RANKS = {
  auto_parts_sales_increase: { zh: "零部件配套销售增量全市排名", en: "city rank by auto-parts sales increase" },
  high_end_equipment_sales: { zh: "高端智能装备销售收入全市排名", en: "city rank by high-end equipment sales" },
} as const satisfies Labels;
export type RankName = keyof typeof RANKS;
export const RANK_NAMES = Object.keys(RANKS) as [RankName, ...RankName[]];

/** Rates a text refers to without stating them, in percent: `rates.benchmark_lending: {"2018": 4.35}`. */
export const RATES = {
  benchmark_lending: { zh: "同期银行基准利率（%）", en: "bank benchmark lending rate for the period (%)" },
  zhengyinbao_premium_subsidy_share: { zh: "所在市县“政银保”实施方案规定的保费补贴比例（%）", en: "premium subsidy share set by the city or county 政银保 scheme (%)" },
} as const satisfies Labels;
export type RateName = keyof typeof RATES;
export const RATE_NAMES = Object.keys(RATES) as [RateName, ...RateName[]];

const yearKey = z.string().regex(/^\d{4}$/, "expected a year such as 2018");

const listedEvent = z.strictObject({
  type: z.literal("listed"),
  date: isoDate(),
  board: z.enum(BOARD_NAMES),
  via: z.enum(LISTING_ROUTES).default("ipo").describe("ipo; backdoor (借壳); relocation (外地上市公司迁入); transfer (转板)"),
  overseas: z.boolean().optional().describe("境外 board"),
});

const recognizedEvent = z.strictObject({
  type: z.literal("recognized"),
  date: isoDate(),
  title: z.enum(TITLE_NAMES),
  level: z.enum(LEVEL_NAMES).optional().describe("national, provincial or city, where the title has levels"),
  name: z.string().min(1).optional().describe("the centre's or product's own name, for the reader"),
});

export const awardEvent = z.discriminatedUnion("type", [listedEvent, recognizedEvent]);
export type AwardEvent = z.output<typeof awardEvent>;

export const awardInputShape = {
  facts: z.strictObject(Object.fromEntries(FACT_NAMES.filter((f) => f !== "industrial").map((f) => [f, z.boolean().optional().describe(FACTS[f].zh)])) as Record<Exclude<FactName, "industrial">, z.ZodOptional<z.ZodBoolean>>)
    .optional()
    .describe("yes/no facts some awards require; industrial status is industry.industrial"),
  figures: z.strictObject(Object.fromEntries(FIGURE_NAMES.map((f) => [f, z.record(yearKey, amount()).optional().describe(FIGURES[f].zh)])) as Record<FigureName, z.ZodOptional<z.ZodRecord<typeof yearKey, ReturnType<typeof amount>>>>)
    .optional()
    .describe("yearly figures by year: {\"2017\": 9亿, \"2018\": 12亿}; the prior year decides first-crossing awards"),
  events: z.array(awardEvent).optional().describe("listings and recognitions with dates, past ones included (history)"),
  ranks: z.strictObject(Object.fromEntries(RANK_NAMES.map((r) => [r, z.record(yearKey, z.number().int().min(1)).optional().describe(RANKS[r].zh)])) as Record<RankName, z.ZodOptional<z.ZodRecord<typeof yearKey, z.ZodNumber>>>)
    .optional()
    .describe("city ranks by year, where an award goes to the top three"),
  rates: z.strictObject(Object.fromEntries(RATE_NAMES.map((r) => [r, z.record(yearKey, z.number().nonnegative()).optional().describe(RATES[r].zh)])) as Record<RateName, z.ZodOptional<z.ZodRecord<typeof yearKey, z.ZodNumber>>>)
    .optional()
    .describe("rates a text refers to but does not state, in percent, by year"),
  awards_received: z
    .array(
      z.strictObject({
        policy: z.string().min(1).describe("the policy id of the award (see incentive policies)"),
        year: z.number().int().min(1990).max(2100),
        amount: amount().optional(),
        level: z.enum(LEVEL_NAMES).optional(),
        board: z.enum(BOARD_NAMES).optional(),
        title: z.enum(TITLE_NAMES).optional(),
      }),
    )
    .optional()
    .describe("awards already received: once-per-level and first-time rules read them"),
};
