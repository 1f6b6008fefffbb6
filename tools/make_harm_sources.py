#!/usr/bin/env python3
"""Writes Rules/harm-sources.yaml from the compact table below (the table is the source; the YAML is what
analysts edit afterwards)."""
import json, sys

def q(s):
    return json.dumps(s, ensure_ascii=False)

def R(id, terms, with_=None, within=None, polarity=None, unless=None, weight=None):
    return dict(id=id, terms=terms, with_=with_, within=within, polarity=polarity, unless=unless, weight=weight)

FAIL = ["fail*", "not", "no", "lack*", "poor*", "inadequate*", "delay*", "absence", "absent", "gap*", "problem*", "difficult*"]

# (code, name, definition, [rules], tagged examples, not_tagged examples)
HS = []
def L(code, name, definition, rules, tagged=(), not_tagged=()):
    HS.append((code, name, definition, rules, list(tagged), list(not_tagged)))

# ---------------- HS1 Barriers or burdens caused by systems and bureaucracy
L("HS1", "Barriers or burdens caused by systems and bureaucracy",
  "Processes, eligibility rules, paperwork or administration made help harder to get, slower, or more burdensome for the person.",
  [R("HS1.bureaucracy", ["bureaucra*", "red tape", "paperwork", "form filling", "administrative burden*", "administrative process*"],
     ["delay*", "burden*", "barrier*", "obstacle*", "prevent*", "hinder*", "complex*", "difficult*", "confus*", "frustrat*"], 10),
   R("HS1.eligibility-threshold", ["eligibility criteria", "eligibility threshold*", "did not meet the threshold", "did not meet the criteria",
     "does not meet the threshold", "not meet the eligibility", "not eligible", "deemed ineligible", "threshold for"],
     ["refus*", "declin*", "not offered", "closed", "no support", "did not receive", "exclud*", "denied", "turned away", "rigid*", "inflexib*"], 12),
   R("HS1.system-capacity", ["waiting list*", "backlog*", "vacant post*", "unfilled post*", "unallocated", "not allocated", "awaiting allocation",
     "waiting for allocation", "waiting for a named worker", "no capacity to", "could not recruit", "unable to recruit", "pressure on beds",
     "bed pressure*", "over capacity", "beyond capacity"]),
   R("HS1.process-letters", ["old address", "previous address", "letters were sent", "letter was sent", "letters had been sent",
     "proof of address", "no fixed abode", "without a settled address"],
     ["not", "never", "discharged", "removed", "taken off", "refused", "no", "already left", "old", "failed"], 12)],
  ["The bureaucratic process for applying for support created long delays for Ms K."],
  ["The Care Act assessment was completed promptly and the outcome explained to her."])
L("HS1.1", "Inaccessible and inflexible processes and decision making",
  "Processes or decisions that the person could not reach, follow or influence, or that were applied rigidly regardless of circumstances.",
  [R("HS1.1.inflexible", ["inflexib*", "rigid*", "one size fits all", "not flexible", "lack of flexibility", "no flexibility", "strictly applied", "blanket policy", "blanket approach"],
     ["process*", "polic*", "system*", "approach*", "criteria", "rule*", "appointment*", "service*", "decision*", "discharge*"], 10),
   R("HS1.1.inaccessible-process", ["inaccessible", "not accessible", "hard to access", "difficult to access", "difficult to navigate", "hard to navigate", "unable to navigate", "could not navigate"],
     ["process*", "system*", "service*", "procedure*", "pathway*", "decision*", "form*", "referral*"], 10)],
  ["The process was inflexible and did not take account of his need for face-to-face appointments."])
L("HS1.2", "Poor or damaging assessment processes with little clarity about what to expect",
  "Assessments that were poor, distressing or unclear, or where the person was not told what would happen.",
  [R("HS1.2.assessment-poor", ["assessment*", "reassessment*"], ["poor*", "superficial", "inadequate*", "cursory", "brief", "distress*", "damaging", "intrusive", "unclear", "confusing", "not explained", "flawed", "incomplete", "did not capture"], 6),
   R("HS1.2.not-told", ["what to expect", "what would happen next", "purpose of the assessment", "outcome of the assessment", "outcome of assessment"],
     ["not told", "not explained", "unclear", "did not know", "no explanation", "unaware", "not informed"], 10)],
  ["The Care Act assessment was superficial and did not capture her fluctuating needs."])
L("HS1.3", "Lack of information or explanation about entitlements, staff roles, available support and limitations",
  "The person or family were not given information about rights, entitlements, who was responsible, or what support existed.",
  [R("HS1.3.information", ["entitlement*", "right to", "rights", "available support", "support available", "what support", "options available", "who was responsible", "staff roles", "direct payment*", "aftercare"],
     ["not told", "not informed", "unaware", "no information", "not explained", "not given information", "lack of information", "did not know", "not made aware", "no explanation", "not advised"], 10)],
  ["Mr B was not told about his entitlement to section 117 aftercare."])
L("HS1.4", "Burdensome personal budget administration",
  "Managing a personal budget or direct payment placed a heavy administrative load on the person or family.",
  [R("HS1.4.budget-admin", ["personal budget*", "direct payment*", "personal health budget*", "individual budget*"],
     ["burden*", "administ*", "paperwork", "audit*", "account*", "complex*", "difficult*", "stress*", "struggl*", "chasing", "onerous"], 10)],
  ["The family found administering the direct payment onerous and stressful."])
L("HS1.5", "Inaccessible or intimidating complaints processes",
  "Complaints routes that were hard to find, hard to use, slow, or that the person found intimidating.",
  [R("HS1.5.complaints", ["complaint*", "complaints process*", "complaints procedure*", "raise a concern", "raising concerns"],
     ["inaccessible", "intimidat*", "difficult to", "hard to", "not know how", "did not know how", "afraid", "fear*", "daunting", "complex*", "not acknowledged", "no response", "not responded", "delay*", "months"], 10)],
  ["Her complaint was not acknowledged for four months and she found the process intimidating."])
L("HS1.6", "Having no access to or knowledge of care plans",
  "The person did not have, see or know about their own care or support plan.",
  [R("HS1.6.no-copy", ["care plan*", "support plan*", "crisis plan*", "safety plan*", "copy of * plan", "copy of the plan"],
     ["not given a copy", "not shared with", "no copy", "not seen", "never seen", "unaware of", "not aware of", "did not know", "never received", "not provided", "had not seen", "not received a copy"], 10)],
  ["Ms T had never seen her care plan and did not know what it said."])
L("HS1.7", "Problems with care plan reviews",
  "Care or support plans were not reviewed, reviewed late, or reviews were of poor quality.",
  [R("HS1.7.review", ["care plan review*", "review of the care plan", "review of * care plan", "cpa review*", "care review*", "support plan review*", "annual review*", "reviewed the care plan", "care plan was reviewed", "care plan had been reviewed", "care plan was not reviewed", "care plan had not been reviewed"],
     ["not", "no", "overdue", "late", "delay*", "did not take place", "never", "lapsed", "cancelled", "missed", "out of date", "outdated"], 8),
   R("HS1.7.out-of-date", ["care plan*", "support plan*"], ["out of date", "outdated", "not updated", "not been updated", "had not been reviewed", "was not reviewed", "not reviewed", "overdue"], 6, "problem")],
  ["The care plan had not been reviewed for over two years."])
L("HS1.8", "Excessive pressure to demonstrate need or not being believed",
  "The person had to prove their needs repeatedly, or their account of their needs was doubted.",
  [R("HS1.8.prove", ["prove", "demonstrate", "evidence"], ["need*", "eligib*", "ill enough", "unwell enough", "deserv*"], 5, None, ["no evidence", "evidence of"]),
   R("HS1.8.not-believed", ["not believed", "disbelieved", "doubted", "not taken seriously", "questioned her account", "questioned his account", "account was questioned", "was not believed", "were not believed", "did not believe"])],
  ["She felt she had to prove she was unwell enough to receive support."])
L("HS1.9", "Support plan and care budget decisions delayed due to bureaucratic processes",
  "Decisions about support, packages or funding were held up by panels, sign-off or process.",
  [R("HS1.9.delayed-decision", ["funding panel*", "funding decision*", "package of care", "care package*", "support package*", "funding approval", "panel approval", "sign off", "budget decision*", "funding"],
     ["delay*", "wait*", "held up", "weeks", "months", "awaiting", "pending", "took * weeks", "took * months", "slow"], 10)],
  ["The care package was delayed for eight weeks awaiting funding panel approval."])
L("HS1.10", "Administrative errors",
  "Mistakes in records, letters, referrals or systems that affected the person's care.",
  [R("HS1.10.errors", ["administrative error*", "admin error*", "clerical error*", "wrong address", "incorrect address", "sent to the wrong", "letter was not sent", "letters were not sent", "referral was lost", "referral was mislaid", "lost in the system", "not entered on", "not uploaded", "recorded incorrectly", "incorrectly recorded", "data entry error*", "system error*", "wrong patient", "misfiled", "mislaid"])],
  ["Due to an administrative error the appointment letter was sent to the wrong address."])
L("HS1.11", "System inability to address multiple or 'complex' needs",
  "Services could not respond to people with several needs at once, or excluded them as 'too complex'.",
  [R("HS1.11.complex", ["complex needs", "multiple needs", "multiple and complex", "co occurring", "co existing", "coexisting", "dual diagnosis", "multiple disadvantage"],
     ["not able", "unable", "could not", "no service", "fell between", "no single", "excluded", "too complex", "not designed", "did not fit", "struggled", "not met", "no pathway", "gap*", "exclusion*"], 10),
   R("HS1.11.fell-between", ["fell between", "fall between", "falling between", "slipped through", "fell through the gaps", "falls through the gaps", "between services", "no service was able", "did not fit"], None, None, None, ["fitted well"])],
  ["Ms P's multiple and complex needs meant she fell between services and no single team took the lead."])
L("HS1.12", "Poor working conditions and high turnover of staff leading to problems with continuity",
  "Staffing pressure, vacancies, caseloads or turnover disrupted continuity or quality of care.",
  [R("HS1.12.staffing", ["staff turnover", "high turnover", "turnover of staff", "staffing pressure*", "staff shortage*", "staffing shortage*", "shortage of staff", "vacanc*", "high caseload*", "caseloads were high", "caseload pressure*", "agency staff", "locum*", "workload pressure*", "unfilled posts", "under staffed", "understaffed", "short staffed", "staff sickness", "sickness absence"]),
   R("HS1.12.caseload", ["caseload*", "workload*"], ["high", "excessive", "unmanageable", "pressure*", "too many", "large"], 4)],
  ["High staff turnover in the team meant Mr D had four care coordinators in a year."])
L("HS1.13", "Lack of appropriately qualified and trained staff",
  "Staff lacked the training, qualifications, skills or supervision the person's needs required.",
  [R("HS1.13.training", ["training", "trained", "qualified", "qualifications", "skills", "competenc*", "expertise", "supervision"],
     ["lack*", "not", "no", "insufficient", "inadequate*", "limited", "untrained", "unqualified", "without", "gap*", "little"], 5, "good", ["training was provided", "well trained"]),
   R("HS1.13.untrained", ["untrained", "unqualified", "inexperienced", "not trained", "had not been trained", "no training", "lack of training", "not received training", "training needs"])],
  ["The support workers had not been trained in recognising self-neglect."])

# ---------------- HS2 Stigma and discrimination
L("HS2", "Stigma and discrimination",
  "The person was treated unfairly, stereotyped or stigmatised because of their mental health, identity, background or circumstances.",
  [R("HS2.contempt", ["contempt", "open hostility", "treated with disdain", "looked down on", "written off", "time wasters", "frequent flyers"]),
   R("HS2.assumptions", ["assumed", "assumption*", "stereotype*"], ["community", "culture", "cultural", "family would", "people like", "his background", "her background", "ethnicity", "religion"], 8),
   R("HS2.stigma", ["stigma", "stigmatis*", "stereotyp*", "prejudic*", "discriminat*", "labelled as", "labeled as", "unconscious bias", "bias against", "biased", "othered"],
     None, None, None, ["anti discrimination", "anti stigma", "without discrimination", "no discrimination", "no evidence of discrimination"])],
  ["Staff described Ms J as 'attention seeking', a label that stigmatised her and coloured later decisions."],
  ["The team completed training on anti-discrimination practice."])
L("HS2.1", "Mental health stigma and discrimination such as 'psychiatric disqualification', assumptions about 'riskiness', not being believed, the effects of 'toxic labels' and stigmatised conditions",
  "Because of a mental health diagnosis the person's reports were discounted, they were presumed dangerous, or a stigmatising label shaped how they were treated.",
  [R("HS2.1.labels", ["attention seeking", "attention-seeking", "manipulative", "personality disorder", "difficult patient", "non compliant", "noncompliant", "frequent attender", "time waster", "drug seeking", "behavioural", "just behavioural", "toxic label*", "diagnostic overshadowing", "overshadowing"],
     ["label*", "describ*", "seen as", "viewed as", "perceived as", "dismiss*", "attributed", "assum*", "regarded as", "referred to as", "called", "considered"], 8),
   R("HS2.1.diagnostic-overshadowing", ["diagnostic overshadowing", "psychiatric disqualification", "attributed to her mental health", "attributed to his mental health", "put down to her mental health", "put down to his mental health", "because of her diagnosis", "because of his diagnosis", "assumed to be dangerous", "presumed dangerous", "assumptions about risk"])],
  ["Her physical symptoms were attributed to her mental health, a case of diagnostic overshadowing."])
L("HS2.2", "Stereotypical attitudes and assumptions about capacity and ability",
  "Staff assumed what the person could or could not do, or their capacity, from stereotypes rather than assessment.",
  [R("HS2.2.capacity-assumed", ["capacity", "capable", "ability", "abilities"], ["assum*", "presum*", "stereotyp*", "without assessment", "not assessed", "taken for granted"], 6, None, ["presumption of capacity"]),
   R("HS2.2.assumed-could-not", ["assumed she could not", "assumed he could not", "assumed they could not", "assumed that she lacked", "assumed that he lacked", "assumed she lacked", "assumed he lacked", "assumed to lack"])],
  ["Staff assumed he lacked capacity to manage his money without assessing it."])
L("HS2.3", "Institutionalised racism, homophobia and transphobia",
  "Racism, homophobia, transphobia or other discrimination built into how services operated or how the person was treated.",
  [R("HS2.3.racism", ["racism", "racist", "racial", "racially", "homophob*", "transphob*", "biphob*", "institutional racism", "structural racism", "ethnic disparit*", "racial disparit*", "race equality", "misgender*", "deadnam*"], None, None, None, ["race equality training was completed"]),
   R("HS2.3.ethnicity-treatment", ["black", "ethnic minority", "minority ethnic", "people of colour", "global majority", "ethnicity", "african", "caribbean", "asian"],
     ["overrepresent*", "over represented", "disproportionate*", "more likely to be detained", "restrain*", "stereotyp*", "aggressive", "dangerous", "threatening", "discriminat*", "bias*"], 10)],
  ["The review found that as a young Black man Mr A was perceived as more threatening than his behaviour warranted."])
L("HS2.4", "Discrimination against parents, people with learning disabilities, people living in poverty and substance users",
  "Unfair treatment of people because they are parents, have learning disabilities, are poor, or use substances.",
  [R("HS2.4.substance", ["alcohol use", "drug use", "substance use", "substance misuse", "drinking", "intoxicat*", "addiction"],
     ["excluded", "refused", "rejected", "declined", "turned away", "primary factor", "not accepted", "because of", "due to her", "due to his", "blamed", "judg*", "stigma*"], 10, None, ["substance misuse service"]),
   R("HS2.4.groups", ["learning disabilit*", "learning disabled", "poverty", "homeless*", "parents", "mother", "father", "traveller*", "gypsy", "roma", "asylum", "refugee*", "sex worker*"],
     ["discriminat*", "stigma*", "prejudic*", "stereotyp*", "judg*", "assum*", "unfair*", "excluded", "not designed"], 10)],
  ["His referral was rejected because his alcohol use was seen as the primary factor."])
L("HS2.5", "Negative effects of discriminatory cultures and systems on frontline practice",
  "Discriminatory attitudes embedded in the organisation shaped how frontline staff behaved towards people.",
  [R("HS2.5.culture", ["culture", "cultures", "attitude*", "system*", "organisation"], ["discriminat*", "stigmatis*", "racis*", "prejudic*", "dismissive of"], 5)],
  ["A culture that stigmatised people who self-harm shaped how ward staff responded to her."])

# ---------------- HS3 Fragmented services
L("HS3", "Fragmented services and lack of joined-up working",
  "Agencies, teams or services did not work together, share information, coordinate, or take ownership, so care was disjointed.",
  [R("HS3.joint-working", ["joint working", "joined up working", "joined up", "partnership working", "multi agency working", "multiagency working", "inter agency working", "interagency working", "multi agency approach", "collaborative working", "working together", "joint work", "coordinated approach", "co ordinated approach", "integrated working", "joint approach", "liaison"],
     None, None, "good"),
   R("HS3.info-sharing", ["information sharing", "sharing of information", "shared information", "share information", "information was shared", "information was not shared", "information not shared", "communication between", "handover*", "hand over"], None, None, "good"),
   R("HS3.not-shared", ["not shared", "was not passed", "were not passed", "not passed on", "not communicated to", "not informed of", "unaware of the", "no communication between", "did not communicate", "failed to communicate", "failed to share", "did not share", "no shared", "silo*", "disjointed", "fragmented", "fragmentation", "no one agency", "no single agency", "nobody took", "no agency took", "no one took ownership", "no lead agency", "no lead professional"]),
   R("HS3.no-mdt", ["multi agency meeting*", "multi disciplinary meeting*", "professionals meeting*", "strategy meeting*", "mdt meeting*", "marac", "mappa", "case conference*", "team around"], None, None, "good")],
  ["There was no joint working between the CMHT and the substance misuse service."],
  ["Information was shared promptly between the GP and the crisis team."])
L("HS3.1", "Failures in joint working between systems, agencies and teams",
  "Two or more agencies or teams did not coordinate, communicate or share information about the person.",
  [R("HS3.1.agencies", ["police", "gp", "housing", "probation", "ambulance", "social care", "adult social care", "children's services", "children's social care", "school", "the council", "local authority", "primary care", "secondary care", "crisis team", "cmht", "ward", "drug and alcohol service*", "substance misuse service*", "third sector", "voluntary sector"],
     ["not shared", "not informed", "not told", "unaware", "no communication", "did not communicate", "did not share", "failed to share", "was not passed", "were not passed", "not passed", "did not know", "not aware", "no liaison", "not consulted", "no contact with"], 8)],
  ["The police were not informed that Mr C had been discharged from the ward."])
L("HS3.2", "Inter-agency adult safeguarding failures",
  "Safeguarding concerns were not raised, shared, followed up or coordinated across agencies.",
  [R("HS3.2.raised", ["safeguarding concern*", "safeguarding referral*", "safeguarding alert*", "adult safeguarding", "section 42", "s42", "safeguarding enquir*", "safeguarding protocol*", "safeguarding procedure*", "safeguarding adults policy", "safeguarding policy", "safeguarding"],
     ["raised", "made", "followed", "shared", "considered", "completed", "progressed", "escalated", "referred", "acted on", "undertaken"], 6, "good", ["no safeguarding concerns", "no safeguarding issues"]),
   R("HS3.2.missed", ["missed safeguarding", "safeguarding opportunit*", "adult at risk", "adults at risk", "safeguarding was not", "safeguarding concerns were not", "no safeguarding referral", "should have been raised as a safeguarding", "should have been a safeguarding"], None, None, None, ["no safeguarding concerns"])],
  ["A safeguarding concern was not raised with the local authority despite the disclosure."],
  ["No safeguarding concerns were identified during the admission."])
L("HS3.3", "Inter-agency supported living failures",
  "Supported living or housing-related support broke down because providers and agencies did not coordinate.",
  [R("HS3.3.supported-living", ["supported living", "supported accommodation", "supported housing", "housing provider*", "accommodation provider*", "care provider*", "placement*", "tenancy", "housing support"],
     ["broke down", "breakdown", "failed", "not informed", "no communication", "unaware", "not shared", "ended", "evicted", "eviction", "not coordinated", "no plan"], 10)],
  ["The supported living provider was not told about the change in his medication and the placement broke down."])
L("HS3.4", "Health and social care funding disputes",
  "Disputes over which body should pay (health, social care, continuing healthcare, s117) delayed or blocked support.",
  [R("HS3.4.funding-dispute", ["funding dispute*", "dispute over funding", "disagreement about funding", "disagreement over funding", "who should fund", "responsibility for funding", "continuing healthcare", "chc funding", "joint funding", "section 117 funding", "s117 funding", "funding responsibility", "funding arrangements"],
     ["dispute*", "disagree*", "delay*", "unresolved", "argu*", "could not agree", "not agreed", "contested"], 12),
   R("HS3.4.dispute", ["funding dispute*", "dispute over funding", "dispute about funding", "disagreement about funding", "disagreement over who"]),
   R("HS3.4.between", ["dispute*", "disagreement*"], ["funding", "who should pay", "who would pay", "responsib*"], 10)],
  ["A dispute between the ICB and the local authority about funding delayed his discharge for three months."])
L("HS3.5", "Lack of joint mental health and social care assessments",
  "Health and social care assessed separately, or no joint assessment of mental health and social care needs took place.",
  [R("HS3.5.joint-assessment", ["joint assessment*", "joint mental health and social care", "integrated assessment*", "combined assessment*", "care act assessment*", "social care assessment*"],
     ["no", "not", "never", "lack*", "absence", "separately", "without", "did not take place", "not completed", "not undertaken", "delay*"], 8, "good")],
  ["No joint assessment of his mental health and social care needs was completed."])
L("HS3.6", "Assessment responsibility being passed between services",
  "Services passed the person or the responsibility for assessing them back and forth.",
  [R("HS3.6.passed", ["passed between", "bounced between", "passed back and forth", "bounced back", "back and forth between", "referred back", "signposted back", "ping pong", "ping ponged", "passed from one service", "each service thought", "each agency thought", "who was responsible", "unclear who was responsible", "no one took responsibility", "disputed responsibility"])],
  ["Her referral was bounced back to the GP twice, each service saying the other was responsible for assessing her."])
L("HS3.7", "Service users having to choose between mental health and physical health social work support with risk that support is denied from both services",
  "The person was made to choose between mental and physical health support and risked getting neither.",
  [R("HS3.7.choose", ["mental health or physical health", "physical health or mental health", "choose between", "neither service", "either service", "physical disability team", "mental health social work", "physical health social work"],
     ["choose", "neither", "both", "denied", "refused", "declined", "not eligible", "either"], 10)],
  ["He was told to choose between the mental health team and the physical disability team, and neither took him on."])
L("HS3.8", "Lack of social care support following hospital discharge",
  "The person left hospital without the social care, housing or aftercare support they needed.",
  [R("HS3.8.discharge-support", ["discharge*", "discharged", "left hospital", "leaving hospital", "after discharge", "following discharge", "post discharge", "aftercare", "section 117", "s117"],
     ["no support", "without support", "no package", "no care package", "without a care package", "no social care", "without social care", "no follow up", "without any", "without follow up", "not followed up", "not arranged", "no aftercare", "homeless", "no accommodation", "no housing", "not in place", "unsupported"], 12),
   R("HS3.8.follow-up", ["72 hour follow up", "seven day follow up", "7 day follow up", "follow up after discharge", "post discharge follow up", "discharge planning", "discharge plan"], None, None, "good")],
  ["He was discharged from the ward without a care package or any social care follow-up."])
L("HS3.9", "Lack of consistency and continuity in support, with frequent changes in practitioner",
  "Frequent changes of worker, care coordinator or team meant the person lacked continuity.",
  [R("HS3.9.changes", ["change* of care coordinator", "change* in care coordinator", "changes of worker", "changes in practitioner", "several care coordinators", "different care coordinators", "four care coordinators", "three care coordinators", "different workers", "different practitioners", "frequent changes", "lack of continuity", "no continuity", "continuity of care", "continuity"],
     None, None, None, ["good continuity", "continuity was maintained"]),
   R("HS3.9.no-coordinator", ["care coordinator", "care co ordinator", "allocated worker", "named worker", "key worker", "lead professional"], ["no", "not allocated", "unallocated", "without", "waiting", "never allocated", "left", "changed"], 6, "good")],
  ["Ms R had five different care coordinators in eighteen months and no continuity of care."])
L("HS3.10", "Service users constantly having to repeat their story, risking re-traumatisation",
  "The person had to tell their history again and again to different services.",
  [R("HS3.10.repeat", ["repeat her story", "repeat his story", "repeat their story", "retell her story", "retell his story", "retell their story", "tell her story again", "tell his story again", "tell their story again", "repeat her history", "repeat his history", "repeating her story", "repeating his story", "repeatedly asked the same", "asked the same questions", "had to explain again", "start again with"])],
  ["She had to repeat her story to each new worker, which she found re-traumatising."])

# ---------------- HS4 Disruption to or lack of appropriate support
L("HS4", "Disruption to or lack of appropriate support",
  "The person did not get support that matched their needs, or support they had was cut, withdrawn, delayed or rationed.",
  [R("HS4.unmet", ["unmet need*", "needs were not met", "needs were unmet", "no support was offered", "no support was provided", "without support", "lack of support", "left without", "not offered support", "support was withdrawn", "support was reduced", "support ended", "service was withdrawn", "no service", "waiting list*", "long wait*", "waited * months", "waited * weeks"], None, None, None, ["no service user"]),
   R("HS4.support", ["support", "service*", "treatment", "therapy", "intervention*", "care"], ["withdrawn", "reduced", "cut", "stopped", "ended", "not offered", "not provided", "not available", "unavailable", "delay*", "waiting"], 4, None, ["support was offered", "support was provided"]),
   R("HS4.no-worker", ["no named worker", "no care coordinator", "no care co ordinator", "no allocated worker", "no key worker", "no care plan",
     "no crisis plan", "no safety plan", "no agreed pathway", "nowhere to live", "discharged to the street", "no follow up",
     "not followed up", "lost to follow up", "fell through the gaps", "slipped through the net"]),
   R("HS4.cut", ["package", "budget", "hours", "direct payment*", "personal budget*", "visits"], ["was cut", "were cut", "cut by", "reduced", "withdrawn", "withdraw from", "halved"], 4),
   R("HS4.attributed", ["put down to", "attributed to", "dismissed as"], ["autism", "anxiety", "personality disorder", "drug induced", "drink", "alcohol", "behavioural", "attention seeking", "diagnosis", "mental health"], 4)],
  ["Her support was withdrawn after she missed two appointments and no alternative was offered."],
  ["Support was increased promptly when her needs changed."])
L("HS4.1", "Government and local authority funding cuts",
  "Reductions in public funding reduced the support available.",
  [R("HS4.1.cuts", ["funding cut*", "budget cut*", "cuts to funding", "cuts in funding", "austerity", "reduced funding", "reduction in funding", "funding reduction*", "financial pressure*", "budget pressure*", "decommission*", "commissioning decisions"])],
  ["Austerity-driven funding cuts had reduced the day services available to him."])
L("HS4.2", "Loss of social care services and support package reduction",
  "Social care services or a care package were reduced or lost.",
  [R("HS4.2.package", ["care package", "support package", "package of care", "package of support", "home care", "domiciliary care", "day centre", "day service*", "support hours", "hours of support"],
     ["reduc*", "cut", "withdrawn", "ended", "stopped", "closed", "lost", "loss", "cancelled", "ceased", "removed"], 8)],
  ["His care package was reduced from twenty to eight hours a week."])
L("HS4.3", "Loss of benefit and housing advice services",
  "Benefits, welfare rights or housing advice were lost or unavailable, or benefits were stopped.",
  [R("HS4.3.benefits", ["benefit*", "universal credit", "pip", "personal independence payment", "esa", "housing benefit", "welfare rights", "housing advice", "debt advice", "sanction*"],
     ["stopped", "sanction*", "lost", "loss of", "withdrawn", "suspended", "cut", "reduced", "no advice", "not available", "closed", "refused"], 8)],
  ["Her benefits were stopped after a missed assessment and she fell into rent arrears."])
L("HS4.4", "Loss of user-led organisations and independent advocacy services",
  "Advocacy or user-led services were unavailable, lost or not offered.",
  [R("HS4.4.advocacy", ["advocacy", "advocate", "imha", "independent mental health advocate", "independent advocate", "ica", "imca", "care act advocate", "user led organisation*", "peer support"],
     ["no", "not", "never", "lack*", "without", "unavailable", "not offered", "not referred", "absence", "lost", "closed", "waiting"], 8, "good")],
  ["He was not offered an independent mental health advocate during his detention."])
L("HS4.5", "Decision making delays",
  "Decisions about the person's care, support or treatment were delayed.",
  [R("HS4.5.delays", ["decision*", "deciding", "decide"], ["delay*", "slow", "took * weeks", "took * months", "awaiting", "deferred", "postponed", "not made", "outstanding"], 6),
   R("HS4.5.delayed", ["delayed decision*", "delay in deciding", "delays in decision making", "decision making delays", "delayed assessment*", "delay in assessment", "delays in assessment", "delayed referral*", "delay in referral", "delayed response", "delay in responding", "delays in treatment", "delayed treatment"])],
  ["There was a delay of six weeks in deciding whether she was eligible for support."])
L("HS4.6", "Needs dismissed, not met or deemed ineligible",
  "The person's needs were dismissed, left unmet, or judged not to meet criteria or thresholds.",
  [R("HS4.6.threshold", ["did not meet the criteria", "did not meet the threshold", "does not meet the criteria", "not meet criteria", "not meeting the threshold", "below the threshold", "deemed ineligible", "not eligible", "ineligible", "needs were dismissed", "needs dismissed", "not accepted", "was declined", "were declined", "rejected", "screened out", "not appropriate for", "signposted elsewhere", "signposted back"],
     None, None, None, ["not rejected", "accepted"]),
   R("HS4.6.referral", ["referral*", "request for help", "request for support"], ["rejected", "declined", "refused", "not accepted", "turned down", "screened out", "closed", "bounced"], 6)],
  ["The referral was not accepted because she did not meet the criteria for CMHT involvement."])
L("HS4.7", "Inadequate assessment and inaccurate records",
  "Assessments missed important needs or risks, or records were inaccurate, incomplete or missing.",
  [R("HS4.7.records", ["record*", "documentation", "notes", "record keeping", "clinical records", "care records"],
     ["inaccurate", "incomplete", "missing", "poor", "inconsistent", "not recorded", "not documented", "no record", "gaps", "contradict*", "copied", "out of date", "wrong"], 6, None, ["records were accurate"]),
   R("HS4.7.not-recorded", ["not recorded", "was not documented", "were not documented", "not documented", "no record of", "no documented", "poor record keeping", "poor documentation", "inaccurate record*", "incomplete record*"])],
  ["The risk assessment was incomplete and his records did not mention the previous assault."])
L("HS4.8", "Practitioner changes and little continuity",
  "Changes of practitioner left the person without consistent support.",
  [R("HS4.8.practitioner", ["practitioner", "worker", "care coordinator", "social worker", "psychiatrist", "consultant", "clinician", "nurse"],
     ["changed", "changes", "left the team", "left the service", "moved on", "new", "different", "several", "numerous", "turnover", "handover"], 5, None, ["the new ward"])],
  ["Her social worker changed three times in six months and each new worker had to start again."])
L("HS4.9", "Inconsistent or insufficient personal budgets/direct payments and 'top up' charges",
  "Personal budgets or direct payments were too low, inconsistent, or the person faced top-up charges or unaffordable contributions.",
  [R("HS4.9.budget", ["personal budget*", "direct payment*", "top up", "top-up", "financial contribution*", "care charges", "charging", "financial assessment*", "contribution towards"],
     ["insufficient", "inadequate", "not enough", "too low", "reduced", "inconsistent", "could not afford", "unable to afford", "unaffordable", "could not pay", "debt", "arrears", "too high"], 10)],
  ["The financial assessment set a contribution towards her personal budget that she could not afford."])
L("HS4.10", "Lack of support for socially inclusive activities",
  "The person had no support to take part in community, social, educational or work activities.",
  [R("HS4.10.inclusion", ["social inclusion", "socially inclusive", "social isolation", "isolated", "isolation", "meaningful activit*", "community activit*", "day activit*", "employment support", "volunteering", "education", "leisure", "social contact", "loneliness", "lonely"],
     ["no support", "lack*", "not supported", "no access", "not offered", "nothing", "little", "limited", "without", "increasingly"], 8)],
  ["He became increasingly isolated and was offered no support to take part in community activities."])
L("HS4.11", "Bad experiences and disengagement from services",
  "Poor experiences led the person to disengage, stop attending, or lose contact with services.",
  [R("HS4.11.disengage", ["disengag*", "lost contact", "lost to follow up", "stopped attending", "did not attend", "did not engage", "non engagement", "not engaging", "was not brought", "dna", "dnas", "missed appointment*", "declined to engage", "refused to engage", "withdrew from", "difficult to engage", "hard to engage"], None, None, None, ["engaged well"])],
  ["After a distressing assessment she disengaged from the team and missed her next three appointments."])
L("HS4.12", "'Gatekeeping' and rationing",
  "Access to services was controlled or rationed so that people in need were kept out.",
  [R("HS4.12.gatekeeping", ["gatekeep*", "gate keeping", "rationing", "rationed", "restricted access", "high threshold*", "thresholds were high", "raised threshold*", "access criteria", "kept out", "screened out", "bar was high"])],
  ["The team's high threshold for accepting referrals amounted to gatekeeping."])
L("HS4.13", "Negative effects of diagnostic labelling",
  "A diagnosis or label led to the person being excluded, misunderstood or treated less well.",
  [R("HS4.13.label", ["diagnosis", "diagnostic label*", "label", "labels", "personality disorder", "eupd", "bpd"],
     ["excluded", "exclusion", "not offered", "refused", "untreatable", "not treatable", "not suitable", "unsuitable", "barrier", "stigma*", "dismissed", "overshadow*", "attributed", "because of", "negative*"], 12, None, ["diagnosis was confirmed"])],
  ["Once she was given a diagnosis of personality disorder she was told she was not suitable for therapy."])
L("HS4.14", "COVID-19 pandemic related disruptions",
  "The pandemic and its restrictions disrupted the person's care or support.",
  [R("HS4.14.covid", ["covid", "covid 19", "coronavirus", "pandemic", "lockdown*", "social distancing", "shielding"],
     ["disrupt*", "suspended", "cancelled", "paused", "reduced", "remote", "telephone", "virtual", "no face to face", "not seen", "closed", "restrictions", "impact*", "delay*", "limited"], 12, None, ["no covid"])],
  ["During the pandemic his appointments moved to the telephone for a year."])

# ---------------- HS5 Oppressive, controlling or defensive organisational cultures and systems
L("HS5", "Oppressive, controlling or defensive organisational cultures and systems",
  "Organisational cultures or systems that were controlling, defensive, closed, coercive or risk-averse, and harmed people or silenced them.",
  [R("HS5.culture", ["culture*", "organisation*", "service*", "trust", "team*", "system*", "leadership", "management"],
     ["defensive", "closed", "controlling", "oppressive", "punitive", "blame", "blaming", "toxic", "insular", "risk averse", "coercive", "paternalistic", "hierarch*"], 5, None, ["just culture", "no blame", "open culture"]),
   R("HS5.policy-not-followed", ["policy", "policies", "guidance", "procedure", "protocol", "standard operating procedure"],
     ["not followed", "did not happen", "was not followed", "were not followed", "contrary to", "not adhered to", "breach*", "ignored", "departed from"], 10),
   R("HS5.fear-of-complaining", ["if he complained", "if she complained", "if they complained", "afraid to complain", "afraid to raise",
     "frightened to complain", "fear of reprisal*", "lose his leave", "lose her leave", "vexatious", "discouraged from complaining",
     "discouraged her from", "discouraged him from", "edited after the complaint", "altered after the complaint"]),
   R("HS5.closed-culture", ["closed culture*", "culture of fear", "blame culture", "defensive practice", "defensive culture", "institutional culture", "institutionalised", "organisational culture*", "culture of the ward", "ward culture"], None, None, None, ["open and transparent culture"])],
  ["The ward had developed a closed culture in which staff discouraged patients from complaining."],
  ["Leaders promoted an open, learning culture in which staff raised concerns freely."])
L("HS5.1", "Assumptions about risk and capacity",
  "Organisational assumptions about a person's risk or capacity, rather than assessment, drove decisions.",
  [R("HS5.1.risk-assumed", ["risk", "risky", "dangerous", "capacity"], ["assum*", "presum*", "perceived", "based on his history", "based on her history", "based on diagnosis", "without assessment", "labelled"], 6, None, ["risk assessment"])],
  ["Decisions were driven by assumptions about his risk rather than any current assessment."])
L("HS5.2", "Risk aversity",
  "Fear of risk led to over-restrictive or defensive decisions that limited the person's life or care.",
  [R("HS5.2.risk-averse", ["risk averse", "risk aversion", "risk aversity", "overly cautious", "over cautious", "risk adverse", "defensive decision*", "defensive practice", "positive risk taking"],
     None, None, None, ["positive risk taking was supported"])],
  ["A risk-averse approach kept her on escorted leave only for months."])
L("HS5.3", "Negative operation of power",
  "Services used their power over people in ways that harmed, silenced or disempowered them.",
  [R("HS5.3.power", ["power imbalance*", "imbalance of power", "misuse of power", "abuse of power", "power over", "powerless", "disempower*", "threatened with", "threat of", "used as a threat", "coerc*"], None, None, None, ["empower"])],
  ["Staff used the threat of recall to hospital to make him comply, a misuse of power."])
L("HS5.4", "Discriminatory and stigmatising cultures",
  "The organisation's culture stigmatised or discriminated against people.",
  [R("HS5.4.culture", ["culture*", "institution*", "organisation*", "service*"], ["discriminat*", "stigmatis*", "racis*", "homophob*", "transphob*", "prejudic*"], 5)],
  ["Institutional racism in the service's culture affected how Mr K was treated."])
L("HS5.5", "'Impersonal' and 'uncaring' systems and processes",
  "Systems and processes treated the person impersonally, without care, kindness or compassion.",
  [R("HS5.5.impersonal", ["impersonal", "uncaring", "dehumanis*", "cold", "lack of compassion", "lacked compassion", "without compassion", "no compassion", "lack of kindness", "process driven", "process-driven", "treated like a number", "treated as a number", "faceless"])],
  ["The family described the process as impersonal and uncaring."])
L("HS5.6", "Systemic undermining of personhood",
  "Systems treated the person as a set of risks or problems rather than as a person with their own identity and wishes.",
  [R("HS5.6.set-of-risks", ["set of risks", "as a risk rather than", "rather than as a person", "rather than a person", "treated as a diagnosis", "reduced to her diagnosis", "reduced to his diagnosis"]),
   R("HS5.6.personhood", ["personhood", "as a person", "dignity", "identity", "individuality", "wishes and feelings", "what mattered to", "what matters to", "voice"],
     ["undermin*", "lost", "ignored", "not respected", "disregard*", "not considered", "overlooked", "stripped", "not heard"], 8)],
  ["Her wishes about where she lived were disregarded and she was treated as a set of risks rather than a person."])
L("HS5.7", "Damaging 'us and them' cultures",
  "Divisions between staff and the people they support fostered distrust or hostility.",
  [R("HS5.7.us-them", ["us and them", "them and us", "us versus them", "staff versus patients", "adversarial culture", "hostile culture", "hostility towards patients"])],
  ["Patients described an 'us and them' culture on the ward."])
L("HS5.8", "Promoting 'tick-box' approaches",
  "Processes favoured completing forms and targets over meaningful, person-centred engagement.",
  [R("HS5.8.tick-box", ["tick box", "tick-box", "box ticking", "box-ticking", "tick boxes", "checklist approach", "paper exercise", "process driven", "process-driven", "target driven", "form filling exercise"])],
  ["The risk assessment had become a tick-box exercise completed without speaking to him."])
L("HS5.9", "Closed, exclusionary decision making",
  "Decisions about the person were made without involving them, their family or advocates, or behind closed doors.",
  [R("HS5.9.excluded", ["decision*", "meeting*", "plan*", "discussion*"], ["without involving", "without her", "without him", "without the family", "not involved", "not invited", "excluded", "behind closed doors", "without consultation", "not consulted", "in her absence", "in his absence"], 8)],
  ["Decisions about his discharge were made in a meeting he was not invited to."])
L("HS5.10", "Poor or damaging complaints processes and outcomes",
  "Complaints were handled defensively, poorly, slowly or with outcomes that caused further harm.",
  [R("HS5.10.complaints", ["complaint*", "concerns raised", "concern raised"], ["defensive*", "dismissed", "not upheld", "poorly handled", "not investigated", "delay*", "no response", "not responded", "not acknowledged", "inadequate*", "closed without", "months"], 10, None, ["complaint was upheld and"])],
  ["The family's complaint was dismissed without investigation and the response was defensive."])
L("HS5.11", "Coercion and service user fear of hospitalisation",
  "The person was coerced, or feared that asking for help would lead to being detained or hospitalised.",
  [R("HS5.11.coercion", ["coerc*", "fear of being sectioned", "fear of detention", "fear of hospital*", "afraid of being sectioned", "afraid of being detained", "frightened of being admitted", "threat of admission", "threat of detention", "threatened with section*", "threatened with admission", "pressured into", "under duress", "informal coercion"])],
  ["He did not disclose his suicidal thoughts for fear of being sectioned."])
L("HS5.12", "Service control over access to advocates",
  "The service controlled, delayed or prevented the person's access to an advocate.",
  [R("HS5.12.advocates", ["advocate*", "advocacy", "imha", "imca"], ["not told", "not referred", "prevented", "refused", "delay*", "blocked", "denied", "not informed", "discouraged", "not offered", "not made"], 8)],
  ["Ward staff did not refer him to the independent mental health advocate despite his request."])
L("HS5.13", "Service users not being believed or being 'silenced'",
  "The person's account, complaint or disclosure was disbelieved, dismissed or suppressed.",
  [R("HS5.13.silenced", ["not believed", "disbelieved", "not listened to", "not heard", "silenced", "dismissed her concerns", "dismissed his concerns", "concerns were dismissed", "concerns were not taken seriously", "not taken seriously", "disclosure was not", "allegation was not", "allegations were not", "voice was not heard", "ignored her", "ignored him"])],
  ["Her allegation against a staff member was not believed and no investigation followed."])
L("HS5.14", "Lack of accountability and responsibility when mistakes are made ('staff closing ranks')",
  "When things went wrong the organisation or staff did not own the mistake, were defensive, or closed ranks.",
  [R("HS5.14.accountability", ["closed ranks", "closing ranks", "close ranks", "duty of candour", "candour", "apolog*", "accountab*", "take responsibility", "accept responsibility", "accepted responsibility", "open and honest", "openness"],
     ["no", "not", "never", "failed", "lack*", "without", "did not", "refused", "delay*", "absence"], 6, "good"),
   R("HS5.14.ranks", ["closed ranks", "closing ranks", "defensive response", "cover up", "covered up", "blame the patient", "blamed the patient", "blamed the family"])],
  ["The duty of candour was not met and the family received no apology."])
L("HS5.15", "Service users being 'set up to fail'",
  "Plans or conditions were imposed that the person could not realistically meet, then used against them.",
  [R("HS5.15.setup", ["set up to fail", "setting her up to fail", "setting him up to fail", "doomed to fail", "unrealistic expectation*", "unrealistic conditions", "unachievable", "could not realistically"])],
  ["Discharging him to a hostel far from his family effectively set him up to fail."])
L("HS5.16", "Organisational resistance to change and service user involvement",
  "The organisation resisted learning, change, or involving service users and families in improvement.",
  [R("HS5.16.resistance", ["lessons", "learning from", "previous review*", "previous report*", "previous recommendations", "earlier recommendations", "service user involvement", "coproduction", "co production", "lived experience", "action plan*"],
     ["not implemented", "not learned", "not learnt", "not acted on", "not embedded", "repeated", "resist*", "same issues", "recurred", "previously identified", "not been implemented"], 10),
   R("HS5.16.recurring", ["same issues recurred", "issues recurred", "had not been implemented", "were not implemented", "lessons had not been learned", "lessons were not learned", "lessons had not been learnt", "repeat of the failings", "similar findings to previous", "identified in previous reviews", "identified in a previous review"])],
  ["Recommendations from the previous review had not been implemented and the same issues recurred."])
L("HS5.17", "Negative effects of organisational cultures and systems on frontline practice",
  "Organisational pressures, targets or cultures pushed frontline staff into poor practice.",
  [R("HS5.17.pressure", ["organisational pressure*", "system pressure*", "bed pressure*", "pressure on beds", "bed shortage*", "lack of beds", "no beds", "targets", "performance pressure*", "pressure to discharge", "pressured to discharge", "capacity pressure*"])],
  ["Pressure on beds led to her being discharged before she was ready."])
L("HS5.18", "Organisational breaches of law, regulations or service user rights",
  "The organisation acted unlawfully, breached regulations, the Mental Health Act, Mental Capacity Act, Care Act or human rights.",
  [R("HS5.18.breach", ["unlawful*", "breach*", "deprivation of liberty", "deprived of * liberty", "dols", "human rights", "article 8", "article 5", "mental capacity act", "mental health act", "care act", "code of practice", "regulation*", "statutory duty", "legal duty", "statutory requirement*"],
     ["breach*", "unlawful*", "not followed", "not complied", "not applied", "contrary to", "without authorisation", "without lawful", "failed to", "no authorisation", "not authorised", "expired", "not met"], 10, None, ["breach of the peace"])],
  ["He was deprived of his liberty without a DoLS authorisation, which was unlawful."])

# ---------------- HS6 Serious misconduct or sexual abuse by staff
L("HS6", "Serious misconduct or sexual abuse by staff",
  "A member of staff abused, exploited, assaulted, harassed, intimidated or deceived the person, or breached their confidentiality.",
  [R("HS6.misconduct", ["misconduct", "gross misconduct", "boundary violation*", "boundary breach*", "inappropriate relationship", "sexual relationship", "dismissed for", "referred to the nmc", "referred to the hcpc", "referred to social work england", "fitness to practise", "struck off", "disciplinary"],
     None, None, None, ["no misconduct"]),
   R("HS6.boundaries", ["professional boundar*"], ["breach*", "crossed", "blurred", "violat*", "inappropriate", "overstepped"], 6)],
  ["A healthcare assistant was dismissed for gross misconduct after forming a sexual relationship with a patient."],
  ["Staff maintained appropriate professional boundaries throughout."])
L("HS6.1", "Sexual harassment and assault",
  "A member of staff sexually harassed or assaulted the person.",
  [R("HS6.1.sexual", ["sexual harassment", "sexually harassed", "sexual assault", "sexually assaulted", "sexual abuse", "sexually abused", "sexual comments", "sexual contact", "sexual misconduct", "sexual relationship", "inappropriate touching", "touched her inappropriately", "touched him inappropriately", "rape", "raped"],
     ["staff", "nurse", "worker", "carer", "employee", "healthcare assistant", "support worker", "practitioner", "member of staff", "doctor", "therapist"], 12)],
  ["She reported that a support worker had sexually assaulted her during a home visit."])
L("HS6.2", "Physical abuse",
  "A member of staff physically harmed or assaulted the person.",
  [R("HS6.2.physical", ["physical abuse", "physically abused", "assaulted", "hit", "slapped", "punched", "kicked", "pushed", "rough handling", "roughly handled", "excessive force", "unnecessary force", "injur*", "bruis*"],
     ["staff", "nurse", "worker", "carer", "employee", "healthcare assistant", "support worker", "member of staff", "officer"], 8, None, ["assaulted a member of staff", "assaulted staff", "assaulted a nurse"])],
  ["CCTV showed a member of staff slapping the patient."])
L("HS6.3", "Abuse of trust",
  "A member of staff exploited the trust placed in them.",
  [R("HS6.3.trust", ["abuse of trust", "breach of trust", "betrayal of trust", "exploited * trust", "took advantage", "grooming", "groomed", "exploitation by staff", "financial abuse", "financially abused", "borrowed money", "gifts from"])],
  ["The worker took advantage of her position and borrowed money from him, an abuse of trust."])
L("HS6.4", "Abuse of position and power",
  "A member of staff used their role or power to exploit, control or harm the person.",
  [R("HS6.4.position", ["abuse of position", "abuse of power", "abused * position", "misused * position", "misuse of * position", "position of trust", "exploited * position", "used * position to"])],
  ["The nurse abused his position of trust to exploit a vulnerable patient."])
L("HS6.5", "Falsification of records",
  "Records were falsified, fabricated or altered to misrepresent what happened.",
  [R("HS6.5.in-advance", ["filled in in advance", "completed in advance", "signed in advance", "recorded in advance", "entered in advance",
     "edited after", "amended after", "changed after the"]),
   R("HS6.5.falsified", ["falsified", "falsification", "fabricated", "falsify*", "altered the records", "records were altered", "retrospectively altered", "backdated", "back dated", "false entries", "false entry", "recorded observations that had not", "observations were recorded but not", "signed for observations"])],
  ["Observation records were falsified to show checks that had not taken place."])
L("HS6.6", "False accusations and dishonesty",
  "Staff made false accusations against the person or were dishonest with them or their family.",
  [R("HS6.6.dishonest", ["false accusation*", "falsely accused", "wrongly accused", "dishonest*", "lied", "lying", "misled", "misleading", "untrue", "deceiv*", "deception"],
     None, None, None, ["not misleading"])],
  ["The family were misled about the circumstances of his death."])
L("HS6.7", "Intimidation",
  "Staff intimidated, threatened or bullied the person.",
  [R("HS6.7.intimidation", ["intimidat*", "bully*", "bullied", "threaten*", "humiliat*", "mocked", "belittl*", "shouted at", "verbal abuse", "verbally abused", "degrading"],
     ["staff", "nurse", "worker", "carer", "employee", "member of staff", "officer", "practitioner"], 8, None, ["threatened staff", "threatening behaviour towards staff"])],
  ["Patients said a member of staff shouted at and belittled them."])
L("HS6.8", "Confidentiality breaches and sharing personal or private information without service user consent",
  "Personal or private information was shared inappropriately or without consent.",
  [R("HS6.8.confidentiality", ["confidentiality breach*", "breach of confidentiality", "breached confidentiality", "breach of * confidentiality", "data breach", "information governance breach", "inappropriately shared", "inappropriate disclosure"]),
   R("HS6.8.social-media", ["social media", "whatsapp", "facebook", "photographs of", "photograph of"], ["posted", "shared", "patient", "identified", "identifiable"], 10),
   R("HS6.8.without-consent", ["shared", "disclosed", "passed", "told", "sent", "discussed", "rang", "informed", "spoke to"], ["without her consent", "without his consent", "without their consent", "without consent", "without permission", "without her permission", "without his permission"], 8)],
  ["Details of her diagnosis were shared with her employer without her consent."])

# ---------------- HS7 Neglectful, defensive or controlling frontline practice
L("HS7", "Neglectful, defensive or controlling frontline practice",
  "Individual practitioners' practice was neglectful, dismissive, controlling, defensive or otherwise poor in ways that harmed the person.",
  [R("HS7.assumed", ["assumed rather than assessed", "copied from earlier", "copied forward", "cut and pasted", "copied and pasted", "did not let him finish",
     "did not let her finish", "suggested he was exaggerating", "suggested she was exaggerating", "were not passed on", "was not passed on", "not escalated",
     "were not escalated", "was not escalated", "no home visit"]),
   R("HS7.neglect", ["neglect*", "dismissive", "dismissed", "uncaring", "lack of care", "poor practice", "poor care", "substandard", "sub standard", "unprofessional", "not followed up", "failed to follow up", "not acted upon", "no action was taken", "did not act"],
     None, None, None, ["self neglect", "self-neglect", "childhood neglect", "neglected as a child", "no neglect"])],
  ["The duty worker was dismissive and took no action when she reported feeling suicidal."],
  ["Staff responded promptly and compassionately when she disclosed her distress."])
L("HS7.1", "Lack of empathy for or engagement with the individual",
  "Practitioners did not engage with the person or showed no empathy.",
  [R("HS7.1.empathy", ["empathy", "compassion", "kindness", "therapeutic relationship", "rapport", "engagement with"], ["lack*", "no", "little", "without", "absence", "poor", "limited", "not"], 5, "good"),
   R("HS7.1.cold", ["cold", "uncaring", "unkind", "lacked empathy", "lack of empathy", "no empathy", "callous", "indifferent", "indifference"])],
  ["The family described staff as lacking empathy and unwilling to engage with him."])
L("HS7.2", "Inflexibility",
  "Practitioners applied rules rigidly instead of adapting to the person.",
  [R("HS7.2.inflexible", ["inflexib*", "rigid*", "not flexible", "no flexibility", "lack of flexibility", "strict adherence", "discharged after * missed", "discharged for not attending", "closed after * missed", "discharged because * missed", "three strikes"])],
  ["He was discharged after one missed appointment under a rigid did-not-attend policy."])
L("HS7.3", "Judgmental, stigmatising or discriminatory personal attitudes, including mental health status or diagnosis",
  "Individual staff showed judgmental, stigmatising or discriminatory attitudes towards the person.",
  [R("HS7.3.judgmental", ["judgemental", "judgmental", "judged", "pejorative", "derogatory", "disparaging", "stigmatising language", "stigmatising attitude*", "negative attitude*", "attention seeking", "manipulative", "time waster", "frequent flyer"])],
  ["Records used pejorative language such as 'attention seeking' and 'manipulative'."])
L("HS7.4", "Assumptions about service user dishonesty or 'maliciousness'",
  "Practitioners assumed the person was lying, exaggerating or acting maliciously.",
  [R("HS7.4.dishonesty", ["exaggerat*", "fabricat*", "making it up", "lying", "feigning", "malingering", "malicious", "maliciousness", "not genuine", "secondary gain", "put on", "faking"],
     ["assum*", "thought", "believed", "suspected", "described", "considered", "view", "viewed", "felt"], 8)],
  ["Staff assumed she was exaggerating her symptoms for secondary gain."])
L("HS7.5", "Lack of understanding or assumptions about ethnicity, culture, religion, disability, and neurodiversity",
  "Practitioners did not understand or made assumptions about the person's ethnicity, culture, faith, disability or neurodivergence.",
  [R("HS7.5.culture", ["culture", "cultural", "culturally", "ethnicity", "religion", "religious", "faith", "language", "autism", "autistic", "adhd", "neurodivers*", "neurodevelopmental", "learning disabilit*", "deaf", "disability"],
     ["not considered", "not understood", "lack of understanding", "assum*", "not explored", "not recognised", "no consideration", "not taken into account", "misunderst*", "not asked", "ignored", "not identified", "not adapted", "no reasonable adjustment*", "without an interpreter", "no interpreter"], 10, None, ["was considered"]),
   R("HS7.5.interpreter", ["interpreter", "interpreting", "translated", "translation", "reasonable adjustment*"], ["no", "not", "without", "family member", "lack*", "absence", "did not"], 6, "good")],
  ["His autism was not taken into account and no reasonable adjustments were made to the assessment."])
L("HS7.6", "Poor communication and communication skills",
  "Practitioners communicated poorly with the person or family: unclear, inconsistent, insensitive or absent communication.",
  [R("HS7.6.communication", ["communication", "communicated", "explained", "explanation"], ["poor", "unclear", "inconsistent", "insensitive", "confusing", "lack*", "no", "limited", "inadequate", "not"], 5, "good", ["communication between agencies", "communication between services", "communication between teams"]),
   R("HS7.6.not-told", ["not told", "were not told", "was not told", "not informed", "not explained", "without explanation", "no explanation", "not kept informed", "not updated", "learned by chance", "found out by"])],
  ["Communication with the family was poor and they were not told he had been moved to another ward."])
L("HS7.7", "Controlling behaviour, coercion, or misuse of power",
  "Practitioners used control, coercion, threats or power over the person.",
  [R("HS7.7.control", ["coerc*", "controlling", "threatened", "threat of", "forced", "made to", "compelled", "pressured", "misuse of power", "used * power", "punitive", "punished", "punishment"],
     None, None, None, ["threatened staff", "threatened to harm", "threatened to kill", "threatened his", "threatened her", "forced entry"])],
  ["Staff threatened to remove her leave if she did not take the medication, a coercive approach."])
L("HS7.8", "Disempowering, exclusionary decision making",
  "Practitioners made decisions about the person without involving them or respecting their choices.",
  [R("HS7.8.excluded", ["decision*", "decided", "plan*", "choices", "wishes", "preferences", "views"],
     ["without involving", "without consulting", "not involved", "not consulted", "not asked", "not sought", "ignored", "overruled", "disregarded", "excluded", "without her", "without him", "not listened", "not taken into account", "not respected", "on her behalf", "on his behalf"], 8)],
  ["Her views were not sought before the decision to move her to a care home."])
L("HS7.9", "Risk aversity and restrictive practices",
  "Practitioners used restraint, seclusion, blanket restrictions or other restrictive practice, or were overly risk-averse.",
  [R("HS7.9.restrictive", ["restrain*", "restraint", "prone restraint", "seclusion", "secluded", "segregation", "long term segregation", "rapid tranquilli*", "blanket restriction*", "restrictive practice*", "restrictive intervention*", "mechanical restraint", "physical intervention*", "locked door*", "confiscated"],
     None, None, None, ["restraint reduction", "no restraint", "reducing restrictive"])],
  ["She was held in prone restraint for twenty minutes and then secluded."])
L("HS7.10", "Service users being 'set up to fail'",
  "Practitioners imposed expectations or conditions the person could not meet.",
  [R("HS7.10.setup", ["set up to fail", "setting her up to fail", "setting him up to fail", "unrealistic expectation*", "expected to manage", "expected her to", "expected him to", "left to manage alone", "unachievable"])],
  ["She was expected to manage her own medication on discharge, which set her up to fail."])
L("HS7.11", "Practitioners not listening or acting",
  "Practitioners did not listen to or act on what the person, family or others told them.",
  [R("HS7.11.not-listening", ["not listened to", "did not listen", "didn't listen", "failed to listen", "not heard", "ignored", "not acted on", "not acted upon", "no action was taken", "did not act", "failed to act", "took no action", "were dismissed", "was dismissed", "not followed up", "not taken seriously", "concerns were not"],
     None, None, None, ["was dismissed from", "were dismissed from", "dismissed for gross"]),
   R("HS7.11.concerns", ["concern*", "warning*", "report*", "disclos*", "request*"], ["ignored", "not acted", "dismissed", "not followed up", "no action", "not escalated", "not responded", "no response"], 6)],
  ["The family's concerns about his deterioration were not acted upon."])
L("HS7.12", "Failure to give information or explanations about entitlements or support options",
  "Practitioners did not tell the person about their rights, entitlements or support options.",
  [R("HS7.12.information", ["entitlement*", "rights", "right to", "options", "support options", "choices", "aftercare", "section 117", "advocacy", "carers assessment", "carer's assessment", "direct payment*"],
     ["not told", "not informed", "not explained", "not given", "not offered", "unaware", "not advised", "no information", "not made aware"], 8)],
  ["His mother was not told of her right to a carer's assessment."])
L("HS7.13", "Employing 'tick-box' rather than human, person-centred approaches",
  "Practice was process-driven rather than person-centred.",
  [R("HS7.13.tick-box", ["tick box", "tick-box", "box ticking", "box-ticking", "checklist", "proforma", "pro forma", "template"], ["rather than", "instead of", "without", "approach", "exercise", "completed"], 6, None, ["checklist was helpful"]),
   R("HS7.13.person-centred", ["person centred", "person-centred", "individualised", "holistic"], None, None, "good")],
  ["Care planning was not person-centred and relied on generic templates."])
L("HS7.14", "Not accepting responsibility for harmful failings or mistakes",
  "Practitioners did not acknowledge or take responsibility for mistakes.",
  [R("HS7.14.responsibility", ["responsibility", "mistake*", "error*", "failings"], ["did not accept", "not accept", "deflect*", "denied", "blamed", "refused to", "no acknowledgement", "not acknowledged", "minimised"], 8)],
  ["The practitioner did not accept responsibility for the medication error and blamed the patient."])
L("HS7.15", "Adversarial frontline relationships with interactions feeling like interrogations",
  "The person experienced contact with practitioners as hostile, confrontational or like being interrogated.",
  [R("HS7.15.adversarial", ["interrogat*", "adversarial", "confrontational", "hostile", "hostility", "combative", "like a suspect", "like a criminal", "cross examined", "accusatory"])],
  ["The assessment felt like an interrogation and left her distressed."])
L("HS7.16", "'Gatekeeping' and rationing role",
  "Practitioners acted as gatekeepers, keeping the person from services.",
  [R("HS7.16.gatekeeping", ["gatekeep*", "gate keeping", "rationing", "screened out", "not put forward", "not referred on", "talked out of", "discouraged from"])],
  ["The duty worker acted as a gatekeeper and discouraged her from asking for an assessment."])

def emit(path):
    out = []
    w = out.append
    w("# Sources of harm: the seven sources of harm of the Avoidable Harm in Mental Health Social Care model, with")
    w("# all 84 sub-items (HS1.1 …) in the model's order. A sub-item label implies its parent. Harm sources count")
    w("# findings, not recommendations (recommendations: ignore). Definitions are this project's own words.")
    w("# Generated once from tools/make_harm_sources.py; edit this file directly from now on.")
    w("pack: harm-sources")
    w("description: Sources of avoidable harm in mental health social care.")
    w("recommendations: ignore")
    w("labels:")
    for code, name, definition, rules, tagged, not_tagged in HS:
        w("")
        w(f"  - code: {code}")
        w(f"    name: {q(name)}")
        w(f"    definition: {q(definition)}")
        w("    rules:")
        for r in rules:
            w(f"      - id: {r['id']}")
            w(f"        terms: {json.dumps(r['terms'], ensure_ascii=False)}")
            if r['with_']:
                w(f"        with: {json.dumps(r['with_'], ensure_ascii=False)}")
            if r['within']:
                w(f"        within: {r['within']}")
            if r['polarity']:
                w(f"        polarity: {r['polarity']}")
            if r['unless']:
                w(f"        unless: {json.dumps(r['unless'], ensure_ascii=False)}")
            if r['weight']:
                w(f"        weight: {r['weight']}")
        if tagged or not_tagged:
            w("    examples:")
            if tagged:
                w(f"      tagged: {json.dumps(tagged, ensure_ascii=False)}")
            if not_tagged:
                w(f"      not_tagged: {json.dumps(not_tagged, ensure_ascii=False)}")
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")

counts = {}
for code, *_ in HS:
    p = code.split(".")[0]
    if "." in code: counts[p] = counts.get(p, 0) + 1
print(counts, sum(counts.values()))
emit(sys.argv[1] if len(sys.argv) > 1 else "harm-sources.yaml")
