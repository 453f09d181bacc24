// English texts of the governance rules: title, remediation and each message a rule gives.
export const governance = {
  gov01: {
    title: "E-mail has a KLASSA rating and a declared highest confidentiality level",
    remediation: "Rate e-mail with KLASSA (classification.email) and declare classification.maxConfidentialityInEmail.",
    maxNotDeclared: "the highest confidentiality level allowed in e-mail is not declared",
    ratedAboveMax: (rated: number, max: number) => `e-mail is rated confidentiality ${rated} but at most ${max} is allowed in e-mail: the rating and the guideline disagree`,
  },
  gov02: {
    title: "Confidentiality level 4 (säkerhetsskydd) is never allowed in e-mail",
    remediation: "Keep information at confidentiality level 4 out of e-mail; lower classification.maxConfidentialityInEmail to 3 or less.",
    level4Allowed: "level 4 (säkerhetsskydd) is declared allowed in e-mail",
    level4Rated: "e-mail is rated confidentiality level 4 (säkerhetsskydd)",
  },
  gov03: {
    title: "A dated, approved 10 kap. 2 a § OSL assessment exists when a non-EU provider stores the mail (an error where confidentiality 3 or more is allowed, else a warning: incoming mail can always hold secrecy-protected information)",
    remediation: "Make and record the chapter 10 section 2 a OSL assessment (governance.oslSuitabilityAssessment: the day and who approved it); it is needed even where the guidelines keep level 3 and above out of e-mail, since incoming mail can hold secrecy-protected information.",
    noAssessment: (max: number) => `confidentiality ${max} is allowed in e-mail at a provider under non-EU jurisdiction, and no suitability assessment is recorded`,
    incomingMail: (max: number) => `no suitability assessment is recorded; the guidelines allow at most confidentiality ${max} in mail staff send, but incoming mail can hold secrecy-protected information`,
    noApprover: "the suitability assessment names no approver",
    date: "the suitability assessment date",
  },
  gov04: {
    title: "A DPIA for e-mail is recorded and was reviewed within the last 12 months",
    remediation: "Review the DPIA for e-mail and record the date in governance.dpia.reviewed.",
    noDpia: "no DPIA for e-mail is recorded",
    date: "the DPIA review date",
    stale: (reviewed: string, months: number, asOf: string) => `the DPIA was last reviewed ${reviewed}, ${months} months before ${asOf}`,
  },
  gov05: {
    title: "A processor agreement is recorded and lists the sub-processor countries",
    remediation: "Record governance.processorAgreement with the date signed and subProcessorCountries.",
    noAgreement: "no processor agreement is recorded",
    noCountries: "the processor agreement lists no sub-processor countries",
    date: "the processor agreement's signing date",
  },
  gov06: {
    title: "A transfer basis for third-country access is recorded (EU-US DPF adequacy, or SCC with a transfer impact assessment)",
    remediation: "Record governance.transferBasis: mechanism dpf-adequacy, or scc with transferImpactAssessment.",
    noBasis: "no transfer basis for third-country access is recorded",
    sccWithoutTia: "SCC are recorded without a transfer impact assessment",
    date: "the transfer impact assessment date",
  },
  gov07: {
    title: "An exit and portability plan is recorded",
    remediation: "Write an exit and portability plan and record it in governance.exitPlan.",
    noPlan: "no exit and portability plan is recorded",
    date: "the exit plan date",
  },
  gov08: {
    title: "An incident runbook names the CSIRT deadlines 24 h / 72 h / 1 month and IMY 72 h",
    remediation: "Record governance.incidentRunbook with deadlines no later than the statutory ones.",
    noRunbook: "no incident runbook is recorded",
    deadline: {
      csirtEarlyWarningHours: "CSIRT early warning",
      csirtNotificationHours: "CSIRT incident notification",
      csirtFinalReportDays: "CSIRT final report (one month)",
      imyNotificationHours: "IMY personal data breach notification",
    },
    tooLate: (allowed: number, unit: "hours" | "days", what: string, limit: number) => `the runbook allows ${allowed} ${unit} for the ${what}; the law allows ${limit}`,
  },
  gov09: {
    title: "The DPF is relied on without SCC as a fallback (the DPF is under appeal, C-703/25 P)",
    remediation: "Keep SCC ready as a fallback and set governance.transferBasis.sccFallback: true.",
    noFallback: "transfers rest on the DPF alone, with no SCC fallback",
  },
};
