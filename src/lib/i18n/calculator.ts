/**
 * Every string of the repayment calculator (page, island, no-JS explainer), per
 * locale. Plain data with {name} placeholders and no functions, so the page can pass
 * one locale's strings to the island as a prop and the island's JavaScript carries
 * neither language. Validation messages live with the core (lib/repayment/messages.ts).
 */
import type { Method } from '../repayment/types';
import type { CsvHeadings } from '../repayment/csv';
import type { Locale } from './locales';
import type { PluralForms } from './format';

export interface MethodStrings {
  name: string;
  /** one line: what the borrower pays and when */
  summary: string;
  /** the formula, as plain text */
  formula: string;
}

export interface CalculatorStrings {
  page: { title: string; description: string; lead: string; noscript: string };
  methods: Record<Method, MethodStrings>;
  form: {
    legend: string;
    methodLegend: string;
    principal: string;
    principalUnit: string;
    principalHelp: string;
    months: string;
    monthsUnit: string;
    monthsHelp: string;
    rate: string;
    rateUnit: string;
    rateHelp: string;
    fee: string;
    feeUnit: string;
    feeHelp: string;
    firstDueDate: string;
    firstDueDateHelp: string;
    fixErrors: string;
  };
  notice: { malformed: string; params: Record<string, string>; dismiss: string };
  results: {
    heading: string;
    instalment: string;
    instalmentVaries: string;
    instalmentLast: string;
    payments: string;
    paymentsValue: string;
    totalPaid: string;
    totalCost: string;
    interest: string;
    fees: string;
    apr: string;
    ear: string;
    aprSentence: string;
    feeGap: string;
    earlyClear: string;
  };
  actions: { csv: string; csvFile: string; print: string; share: string; copied: string; copyFailed: string };
  /** Column headings are shared with the CSV download. */
  table: CsvHeadings & { summary: string; caption: string; total: string };
  chart: { title: string; description: string; axisMonths: PluralForms };
  compare: {
    heading: string;
    intro: string;
    planLabel: string;
    thisPlan: string;
    add: string;
    remove: string;
    method: string;
    firstPayment: string;
    largestPayment: string;
    months: string;
    totalPaid: string;
    totalCost: string;
    apr: string;
    cheapest: string;
    lightest: string;
    fixFirst: string;
  };
  afford: {
    heading: string;
    intro: string;
    income: string;
    incomeHelp: string;
    essentials: string;
    essentialsHelp: string;
    unit: string;
    available: string;
    fits: string;
    nothingLeft: string;
    tooLong: string;
    use: string;
    addToCompare: string;
    basedOn: string;
  };
  draft: {
    heading: string;
    intro: string;
    kind: string;
    kindCard: string;
    kindLoan: string;
    overFiveYears: string;
    label: string;
    copy: string;
    copied: string;
    copyFailed: string;
    /** the letter; {rule} is replaced by `rule` for card debt and by nothing otherwise */
    template: string;
    rule: string;
    firstDate: string;
    noFirstDate: string;
    lastDiffers: string;
    costFree: string;
    costCharged: string;
    accountCard: string;
    accountLoan: string;
  };
  explainer: {
    heading: string;
    intro: string;
    formula: string;
    example: string;
    exampleText: string;
    exampleLast: string;
    costRate: string;
    costFee: string;
    conventions: string;
    conventionList: string[];
  };
  /** 'YYYY-MM-DD' dates in the draft */
  dateFormat: string;
}

const zh: CalculatorStrings = {
  page: {
    title: '还款计算器：算清每期还多少、真实年化利率，做一份协商方案',
    description: '输入欠款、期数和利率或手续费，得到按银行口径逐期计算到分的还款计划、按内部收益率算出的年化利率，可下载表格、比较方案，并生成协商还款申请。',
    lead: '算出每期要还多少、一共多付多少、真实年化利率是多少；比较几个方案，看看自己每月能还多少，再生成一份可以直接复制的协商还款申请。所有计算都在你的浏览器里完成，不会发送任何数据。',
    noscript: '交互式计算器需要 JavaScript。下面按方法列出了公式和算好的例子，不需要 JavaScript 也能阅读。',
  },
  methods: {
    'equal-installment': {
      name: '等额本息',
      summary: '每期还款额相同；前期利息多、本金少，后期相反。房贷和消费贷最常见。',
      formula: '每期还款 A = P × r × (1 + r)ⁿ ÷ ((1 + r)ⁿ − 1)；每期利息 = 剩余本金 × r，本金 = A − 利息。',
    },
    'equal-principal': {
      name: '等额本金',
      summary: '每期还同样多的本金，再加上剩余本金的利息；月供逐期减少，总利息比等额本息少。',
      formula: '每期本金 = P ÷ n；每期利息 = 该期开始时的剩余本金 × r；每期还款 = 本金 + 利息。',
    },
    'interest-only': {
      name: '先息后本',
      summary: '每期只付利息，最后一期连同全部本金一起还；最后一期压力最大。',
      formula: '每期利息 = P × r；第 n 期另还本金 P。',
    },
    'interest-free': {
      name: '停息分期',
      summary: '不再计利息，欠款平均分成若干期；协商达成的信用卡分期常是这种形式。',
      formula: '每期还款 = P ÷ n，最后一期补足余数。',
    },
    'fixed-fee': {
      name: '分期手续费',
      summary: '每期还本金 P ÷ n，另按最初的本金收固定手续费；真实年化利率接近名义费率的两倍。',
      formula: '每期手续费 = P × 月手续费率（始终按最初本金计）；每期还款 = P ÷ n + 手续费。',
    },
  },
  form: {
    legend: '还款方案',
    methodLegend: '还款方式',
    principal: '欠款本金',
    principalUnit: '元',
    principalHelp: '要分期偿还的金额，最多两位小数。',
    months: '期数',
    monthsUnit: '个月',
    monthsHelp: '每月还一次，1 到 360 期。',
    rate: '年利率',
    rateUnit: '% / 年',
    rateHelp: '合同上的单利年利率。日利率 0.05% 约等于年利率 18.25%（× 365）；没有利息就填 0。',
    fee: '每月手续费率',
    feeUnit: '% / 月',
    feeHelp: '每期手续费占最初本金的百分比，例如 0.6。',
    firstDueDate: '首期还款日（可不填）',
    firstDueDateHelp: '填了就按这一天排出每期日期；月底没有这一天时取当月最后一天。',
    fixErrors: '请先改正上面标出的内容，结果会立即显示。',
  },
  notice: {
    malformed: '链接里有部分参数无法识别，已改用默认值：{params}。请检查下面的方案。',
    params: {
      method: '还款方式',
      principal: '本金',
      months: '期数',
      rate: '年利率',
      fee: '手续费率',
      first: '首期还款日',
      vs: '比较方案',
      income: '月收入',
      essentials: '必要支出',
    },
    dismiss: '知道了',
  },
  results: {
    heading: '结果',
    instalment: '每期还款',
    instalmentVaries: '首期 {first}，逐期变化，最高 {max}',
    instalmentLast: '{amount}（末期 {last}）',
    payments: '还款期数',
    paymentsValue: '{n} 期',
    totalPaid: '总还款',
    totalCost: '利息和手续费合计',
    interest: '其中利息',
    fees: '其中手续费',
    apr: '年化利率（APR）',
    ear: '实际年利率（EAR，按月复利）',
    aprSentence:
      '年化利率把利息和手续费都算进去，并按你每月实际还欠着的本金折算成一年：它是每月内部收益率（IRR）的 12 倍。比较不同方案时看这个数，不要只看月费率或名义利率。按月复利折算，相当于实际年利率 {ear}。',
    feeGap: '每月 {fee} 的手续费看起来只是一年 {nominal}，但手续费一直按最初的本金收取，而你欠的本金在逐月减少，所以真实的年化利率是 {apr}。',
    earlyClear: '按银行的取整规则，这笔欠款在第 {period} 期就已还清，之后各期为 0。',
  },
  actions: {
    csv: '下载表格（CSV）',
    csvFile: '还款计划.csv',
    print: '打印',
    share: '复制本方案的链接',
    copied: '已复制。',
    copyFailed: '无法自动复制，请手动复制浏览器地址栏中的链接。',
  },
  table: {
    summary: '逐期还款明细（{n} 期）',
    caption: '每期还款明细，金额单位：元',
    period: '期数',
    dueDate: '还款日',
    payment: '应还金额',
    principal: '本金',
    interest: '利息',
    fee: '手续费',
    balance: '剩余本金',
    total: '合计',
  },
  chart: {
    title: '剩余本金变化',
    description: '剩余本金从 {start} 在 {n} 期后降到 0。',
    axisMonths: { other: '{count} 期' },
  },
  compare: {
    heading: '比较方案',
    intro: '把你的方案和其他方案放在一起看，例如机构给出的方案、36 期停息分期、你自己能承受的方案。最多三个。',
    planLabel: '方案 {n}',
    thisPlan: '上面的方案',
    add: '添加一个方案',
    remove: '移除方案 {n}',
    method: '还款方式',
    firstPayment: '首期还款',
    largestPayment: '最高一期',
    months: '期数',
    totalPaid: '总还款',
    totalCost: '利息和手续费',
    apr: '年化利率',
    cheapest: '总成本最低',
    lightest: '每月压力最小',
    fixFirst: '这个方案有需要改正的内容。',
  },
  afford: {
    heading: '我每月能还多少？',
    intro: '填入每月收入和必要支出（房租、吃饭、交通、看病、孩子）。剩下的钱里先留出 {buffer} 作应急，其余用于还款；我们找出能承受的最短期数。',
    income: '每月收入',
    incomeHelp: '税后、实际到手的收入。',
    essentials: '每月必要支出',
    essentialsHelp: '不还债也必须花的钱。',
    unit: '元 / 月',
    available: '每月可用于还款：{amount}（已留出 {buffer} 作应急）。',
    fits: '按上面的还款方式，{months} 期可以还清 {principal}，每期最多 {largest}。',
    nothingLeft: '必要支出已经用完了收入，目前没有余钱还款。可以在协商时如实说明，先申请暂缓或停息。',
    tooLong: '即使分 {months} 期，每期也要 {largest}，超过了每月可用的 {amount}。可以考虑申请停息或减免部分费用，再试一次。',
    use: '采用这个期数',
    addToCompare: '加入比较',
    basedOn: '按上面的欠款、还款方式和利率计算，最长 60 期（5 年）。',
  },
  draft: {
    heading: '协商还款申请（草稿）',
    intro: '根据上面的方案自动填好数字。复制后补全【】中的内容，再寄给或交给机构；留好副本和寄送凭证。',
    kind: '欠款类型',
    kindCard: '信用卡',
    kindLoan: '其他贷款',
    overFiveYears: '这个方案有 {months} 期，超过 5 年（60 期）；第七十条说的个性化分期协议最长 5 年，银行可能不接受。',
    label: '申请内容',
    copy: '复制申请内容',
    copied: '已复制，可以粘贴到文档或邮件里。',
    copyFailed: '无法自动复制，请选中文本框中的内容后按 Ctrl+C（手机上长按）复制。',
    template:
      '协商还款申请\n\n致：【银行或机构名称】\n\n申请人：【姓名】，身份证号后四位【____】，{accountLabel}后四位【____】。\n\n本人因【收入减少、失业、患病等原因】，目前无法按原约定还款，但有还款意愿。本人目前尚欠本金 {principal}（以贵方核对的金额为准），现申请按以下方案分期还款：\n\n一、还款方式：{method}，共 {months} 期，{firstDate}。\n二、每期还款 {instalment}{lastNote}，合计还款 {total}。\n三、{costNote}\n{rule}\n本人附上收入和必要支出的说明【列出所附材料】。请于收到本申请后【15】日内书面答复。\n\n此致\n\n申请人：【姓名】\n联系电话：【____】\n日期：【____年__月__日】\n',
    rule: '四、依据：《商业银行信用卡业务监督管理办法》第七十条，在持卡人欠款超出其还款能力、但仍有还款意愿时，发卡银行可以与持卡人协商，达成最长不超过 5 年的个性化分期还款协议。本人承诺在欠款结清前不再申请新的信用卡。协议达成后，请贵方及委托的催收机构停止催收。\n',
    firstDate: '首期还款日为 {date}，以后每月同日还款',
    noFirstDate: '首期还款日为【____年__月__日】，以后每月同日还款',
    lastDiffers: '（末期 {last}）',
    costFree: '分期期间不再计收利息、罚息和其他费用。',
    costCharged: '分期期间利息和手续费合计 {cost}，折合年化利率 {apr}；此外不再计收罚息、违约金和其他费用。',
    accountCard: '卡号',
    accountLoan: '合同号',
  },
  explainer: {
    heading: '五种还款方式怎么算',
    intro: '下面的例子都由本站计算器在生成页面时算出，和上面交互式计算器的结果一致。P 是本金，n 是期数，r 是月利率（年利率 ÷ 12）。',
    formula: '公式：',
    example: '例子：',
    exampleText: '{principal}，{months} 期{cost}：首期还 {first}，利息和手续费合计 {totalCost}，总还款 {total}，年化利率 {apr}。',
    exampleLast: '，末期 {last}',
    costRate: '，年利率 {rate}',
    costFee: '，每月手续费 {fee}',
    conventions: '计算口径',
    conventionList: [
      '每一笔金额（每期还款、利息、本金、手续费、剩余本金）都按期四舍五入到分，不在期与期之间累积小数。',
      '最后一期还清剩下的全部本金，所以末期可能和其他期差几分钱。',
      '年化利率用内部收益率法：先求出让各期还款的现值正好等于本金的月利率，再乘以 12。实际年利率 = (1 + 月利率)¹² − 1。',
    ],
  },
  dateFormat: '{y}年{m}月{d}日',
};

const en: CalculatorStrings = {
  page: {
    title: 'Repayment calculator: each instalment, the true annual rate, a plan to propose',
    description:
      'Enter the debt, the number of months and the rate or fee: get a schedule computed to the fen as banks do, the annualised rate by IRR, a CSV download, a side-by-side comparison and a filled-in request to negotiate repayment.',
    lead: 'See what you pay each month, how much you pay in total and the true annual rate; compare plans, check what you can afford, and copy a filled-in request to negotiate repayment. Everything is computed in your browser; nothing is sent anywhere.',
    noscript: 'The interactive calculator needs JavaScript. Below, each method is explained with its formula and a worked example, which you can read without it.',
  },
  methods: {
    'equal-installment': {
      name: 'Equal instalments (等额本息)',
      summary: 'The same payment every month; early payments are mostly interest. The usual shape of mortgages and consumer loans.',
      formula: 'Payment A = P × r × (1 + r)ⁿ ÷ ((1 + r)ⁿ − 1); each month interest = balance × r and principal = A − interest.',
    },
    'equal-principal': {
      name: 'Equal principal (等额本金)',
      summary: 'The same principal every month plus interest on what is still owed; payments fall over time and total interest is lower.',
      formula: 'Principal each month = P ÷ n; interest = balance at the start of the month × r; payment = principal + interest.',
    },
    'interest-only': {
      name: 'Interest only, principal at the end (先息后本)',
      summary: 'Only interest each month, and the whole principal with the last payment, which is by far the largest.',
      formula: 'Interest each month = P × r; the last month also repays P.',
    },
    'interest-free': {
      name: 'Interest-free split (停息分期)',
      summary: 'No more interest; the debt is split into equal parts. The usual shape of a negotiated card plan.',
      formula: 'Payment = P ÷ n; the last month takes the remainder.',
    },
    'fixed-fee': {
      name: 'Fee per instalment (分期手续费)',
      summary: 'P ÷ n each month plus a fixed fee on the original amount; the true annual rate is close to twice the nominal fee rate.',
      formula: 'Fee each month = P × monthly fee rate (always on the original P); payment = P ÷ n + fee.',
    },
  },
  form: {
    legend: 'Repayment plan',
    methodLegend: 'Repayment method',
    principal: 'Amount owed',
    principalUnit: 'yuan',
    principalHelp: 'The principal to repay, with at most 2 decimals.',
    months: 'Number of months',
    monthsUnit: 'months',
    monthsHelp: 'One payment a month, 1 to 360.',
    rate: 'Annual interest rate',
    rateUnit: '% a year',
    rateHelp: 'The simple annual rate in the contract. A daily rate of 0.05% is about 18.25% a year (× 365). Enter 0 for no interest.',
    fee: 'Monthly fee rate',
    feeUnit: '% a month',
    feeHelp: 'The fee each month as a percentage of the original amount, e.g. 0.6.',
    firstDueDate: 'First due date (optional)',
    firstDueDateHelp: 'Later payments fall on the same day of each month, or on the last day of a shorter month.',
    fixErrors: 'Correct the fields marked above and the results appear at once.',
  },
  notice: {
    malformed: 'Some parts of the link could not be read and were replaced by defaults: {params}. Please check the plan below.',
    params: {
      method: 'method',
      principal: 'amount',
      months: 'months',
      rate: 'annual rate',
      fee: 'fee rate',
      first: 'first due date',
      vs: 'compared plans',
      income: 'income',
      essentials: 'essential spending',
    },
    dismiss: 'Dismiss',
  },
  results: {
    heading: 'Results',
    instalment: 'Each payment',
    instalmentVaries: 'first {first}, then changing; largest {max}',
    instalmentLast: '{amount} (last {last})',
    payments: 'Number of payments',
    paymentsValue: '{n}',
    totalPaid: 'Total paid',
    totalCost: 'Interest and fees',
    interest: 'of which interest',
    fees: 'of which fees',
    apr: 'Annual percentage rate (APR)',
    ear: 'Effective annual rate (EAR, compounded monthly)',
    aprSentence:
      'The APR counts interest and fees and spreads them over the money you actually still owe each month: it is 12 times the monthly internal rate of return (IRR). Compare plans by this number, not by a monthly fee or a nominal rate. Compounded monthly, it equals an effective annual rate of {ear}.',
    feeGap: 'A fee of {fee} a month looks like {nominal} a year, but it is charged on the original amount while what you owe shrinks every month, so the true annual rate is {apr}.',
    earlyClear: 'With the banks’ rounding, this debt is fully repaid at payment {period}; later payments are 0.',
  },
  actions: {
    csv: 'Download the table (CSV)',
    csvFile: 'repayment-plan.csv',
    print: 'Print',
    share: 'Copy a link to this plan',
    copied: 'Copied.',
    copyFailed: 'Could not copy automatically; copy the link from the address bar.',
  },
  table: {
    summary: 'Payment by payment ({n} payments)',
    caption: 'Each payment, in yuan',
    period: 'No.',
    dueDate: 'Due date',
    payment: 'Payment',
    principal: 'Principal',
    interest: 'Interest',
    fee: 'Fee',
    balance: 'Still owed',
    total: 'Total',
  },
  chart: {
    title: 'What is still owed',
    description: 'The balance falls from {start} to 0 over {n} payments.',
    axisMonths: { one: '{count} month', other: '{count} months' },
  },
  compare: {
    heading: 'Compare plans',
    intro: 'Put your plan next to others, such as the lender’s offer, an interest-free 36-month plan, or what you can afford. Up to three.',
    planLabel: 'Plan {n}',
    thisPlan: 'The plan above',
    add: 'Add a plan',
    remove: 'Remove plan {n}',
    method: 'Method',
    firstPayment: 'First payment',
    largestPayment: 'Largest payment',
    months: 'Months',
    totalPaid: 'Total paid',
    totalCost: 'Interest and fees',
    apr: 'APR',
    cheapest: 'lowest total cost',
    lightest: 'lightest each month',
    fixFirst: 'This plan has fields to correct.',
  },
  afford: {
    heading: 'What can I afford?',
    intro: 'Enter your monthly income and essential spending (rent, food, transport, medical care, children). Of what is left, {buffer} is kept aside for emergencies and the rest goes to the debt; we find the shortest term you can carry.',
    income: 'Monthly income',
    incomeHelp: 'After tax, what you actually receive.',
    essentials: 'Essential spending a month',
    essentialsHelp: 'What you must spend even before paying any debt.',
    unit: 'yuan a month',
    available: 'Available for the debt each month: {amount} ({buffer} kept aside for emergencies).',
    fits: 'With the method above, {principal} is repaid in {months} months, at most {largest} a month.',
    nothingLeft: 'Essential spending takes all of your income, so nothing is left for the debt now. Say so plainly when you negotiate and ask for a pause or for interest to stop.',
    tooLong: 'Even over {months} months each payment would be {largest}, more than the {amount} available. Consider asking for interest to stop or for part of the fees to be waived, then try again.',
    use: 'Use this term',
    addToCompare: 'Add to comparison',
    basedOn: 'Based on the amount, method and rate above; at most 60 months (5 years).',
  },
  draft: {
    heading: 'Request to negotiate repayment (draft)',
    intro: 'Filled in from the plan above. Copy it, complete the parts in 【】, and send or hand it to the lender; keep a copy and proof of sending. Most lenders in China expect it in Chinese: switch to the Chinese page for a Chinese draft.',
    kind: 'Kind of debt',
    kindCard: 'Credit card',
    kindLoan: 'Other loan',
    overFiveYears: 'This plan has {months} payments, more than 5 years (60 months); Article 70 speaks of personalised agreements of at most 5 years, so the bank may refuse.',
    label: 'The request',
    copy: 'Copy the request',
    copied: 'Copied; paste it into a document or an email.',
    copyFailed: 'Could not copy automatically; select the text in the box and press Ctrl+C (long-press on a phone).',
    template:
      'Request to negotiate repayment\n\nTo: 【name of the bank or lender】\n\nFrom: 【full name】, ID number ending 【____】, {accountLabel} ending 【____】.\n\nBecause of 【reduced income, unemployment, illness, …】 I cannot repay as originally agreed, but I am willing to repay. I still owe a principal of {principal} (subject to your confirmation), and I ask to repay it as follows:\n\n1. Method: {method}, {months} monthly payments, {firstDate}.\n2. Each payment {instalment}{lastNote}; {total} in total.\n3. {costNote}\n{rule}\nI attach a statement of my income and essential spending 【list the documents】. Please reply in writing within 【15】 days of receiving this request.\n\nYours faithfully,\n\n【full name】\nPhone: 【____】\nDate: 【____】\n',
    rule: '4. Basis: Article 70 of the 2011 Measures on the credit-card business of commercial banks (《商业银行信用卡业务监督管理办法》第七十条): where a cardholder’s debt exceeds their ability to repay but they are willing to repay, the issuing bank may agree with them a personalised instalment plan of at most 5 years. I undertake not to apply for a new credit card until the debt is settled. Once the agreement is made, please have your staff and any collection agency you engage stop collection.\n',
    firstDate: 'the first on {date} and then on the same day each month',
    noFirstDate: 'the first on 【date】 and then on the same day each month',
    lastDiffers: ' (the last {last})',
    costFree: 'No interest, penalty interest or other fees are charged during the plan.',
    costCharged: 'Interest and fees over the plan total {cost}, an APR of {apr}; no penalty interest, penalties or other fees are charged.',
    accountCard: 'card number',
    accountLoan: 'contract number',
  },
  explainer: {
    heading: 'How each method is calculated',
    intro: 'Every example below was computed by this site’s calculator when the page was built, and matches the interactive calculator above. P is the principal, n the number of months, r the monthly rate (annual rate ÷ 12).',
    formula: 'Formula: ',
    example: 'Example: ',
    exampleText: '{principal} over {months} months{cost}: first payment {first}, interest and fees {totalCost}, total paid {total}, APR {apr}.',
    exampleLast: ', last payment {last}',
    costRate: ' at {rate} a year',
    costFee: ' with a fee of {fee} a month',
    conventions: 'Conventions',
    conventionList: [
      'Every amount (payment, interest, principal, fee, balance) is rounded half-up to the fen in each month; no fractions are carried from month to month.',
      'The last payment clears whatever is left, so it can differ from the others by a few fen.',
      'The APR is found by the internal-rate-of-return method: the monthly rate at which the present value of the payments equals the amount borrowed, times 12. The effective annual rate is (1 + monthly rate)¹² − 1.',
    ],
  },
  dateFormat: '{y}-{m}-{d}',
};

export const calculatorStrings: Record<Locale, CalculatorStrings> = { 'zh-cn': zh, en };

