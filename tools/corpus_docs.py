"""Content of the ReviewLens sample corpus (dev split): ten fictional review documents written for this project.

All people, organisations and events are invented. No sentence is taken from any published review or from the
seed documents; only the label scheme (the Avoidable Harm model's seven sources of harm and the six learning
themes) is used. `tools/make_corpus_extra.py` renders these blocks as DOCX, Flat OPC, Word 2003 XML and plain text
and writes the gold labels of every body passage to Corpus/gold-dev.jsonl.

Block constructors: H1/H2/H3 headings (no labels), P paragraph, B bulleted item, N numbered item,
TABLE(header, rows) where each row is (cells, labels) and the labels belong to the first cell.
P(..., note=NOTE(text, labels)) attaches a footnote; the note is its own gold passage.

Gold conventions (top-level codes only):
  * A passage gets a code when it describes a failing, gap or risk in that area. A topic mentioned without a
    failing (good practice, negated findings, terms of reference, hypotheticals, routine narrative) gets none.
  * Recommendations, critical learning points and learning-quadrant questions count as learning for the themes
    TH1..TH6 they are about. They never earn a harm source HS1..HS7 on their own: a harm source needs a failing
    or harm that is described (a recommendation sentence that also states the failing gets both). A
    recommendation outside the six themes (an apology, a records audit) gets no label.
  * Complainants' allegations and family members' quoted accounts of a failing are labelled like findings.
    An impact on its own (anxiety, distrust) is not a source of harm and gets no label.
  * Working conventions where the Avoidable Harm model overlaps:
      HS1 system/process burdens: inflexible policies, administrative errors, missing information about
          entitlements when no practitioner is named, vacancies/agency staff/turnover, process backlogs,
          complaints processes that are slow or hard to use, not being believed in an assessment of need.
      HS2 stigma/discrimination: racism, diagnostic overshadowing, stereotyped assumptions about culture, age,
          substance users, homeless people, parents, trans people, people with a learning disability or autism;
          'toxic' labels.
      HS3 fragmentation: information not shared between agencies or teams, funding disputes, responsibility
          passed between services, no support after discharge, frequent changes of practitioner, having to
          repeat one's story.
      HS4 lack of appropriate support: waits and delays for a service, packages cut or withdrawn, referrals
          rejected or downgraded, inadequate assessments and records (including risk assessments not updated and
          known trauma not carried into the assessment or plan), loss of advocacy, pandemic disruption, negative
          effects of a diagnostic label.
      HS5 organisational culture: closed or defensive cultures, tick-box systems, defensive complaint responses,
          organisational breaches of law or of the organisation's own policy, decisions taken without the person,
          systems overriding clinical judgement, control over access to advocacy, closing ranks.
      HS6 staff misconduct: abuse, sexual harassment and boundary violations, falsified or altered records,
          dishonesty, intimidation, confidentiality breaches.
      HS7 frontline practice: not listening to or acting on what the person or family said, poor communication,
          judgemental attitudes, lack of empathy, restrictive or coercive practice by staff.
      TH5 pathway clarity: unclear responsibility, care coordination, CPA/standard care, discharge and transition
          planning, escalation routes, protocols staff do not know.
"""

DOCS = []


def H1(text): return ("h1", text, [], None)
def H2(text): return ("h2", text, [], None)
def H3(text): return ("h3", text, [], None)
def P(text, labels="", note=None): return ("p", text, labels.split(), note)
def B(text, labels=""): return ("b", text, labels.split(), None)
def N(text, labels=""): return ("n", text, labels.split(), None)
def TABLE(header, rows): return ("t", header, [(cells, labels.split()) for cells, labels in rows], None)
def NOTE(text, labels=""): return (text, labels.split())


def doc(name, title, author, created, subject, company, blocks, **style):
    DOCS.append(dict(name=name, title=title, author=author, created=created, subject=subject,
                     company=company, blocks=blocks, style=style))


# ---------------------------------------------------------------------------------------------------------------
# 1. Patient safety incident investigation (DOCX, footnotes, action table)
doc("pSII-northbridge-2024.docx",
    "Patient Safety Incident Investigation: Mr K",
    "Patient Safety Investigation Team", "2024-05-20T10:30:00Z",
    "Patient safety incident investigation", "Northbridge Mental Health NHS Foundation Trust", [
    H1("Patient Safety Incident Investigation: the death of Mr K"),
    P("Report reference PSII-2023-041. Final version approved by the Trust's Patient Safety Oversight Group on 16 May 2024."),
    H2("1. Introduction"),
    P("This investigation concerns the care that Northbridge Mental Health NHS Foundation Trust provided to Mr K, a "
      "41-year-old man who died in January 2023, nine days after he was discharged from Larch Ward, an acute adult "
      "inpatient unit at the Riverside site. The coroner concluded that Mr K died by suicide."),
    P("The investigation was carried out under the Patient Safety Incident Response Framework. Its purpose is to "
      "understand how the system of care worked for Mr K, and it does not apportion blame to individual members of staff.",
      note=NOTE("The Trust adopted the Patient Safety Incident Response Framework (PSIRF) as an early implementer in "
                "April 2023, ahead of the national transition from the Serious Incident Framework.")),
    P("We are grateful to Mr K's sister, Ms K, who met the investigation team twice and talked to us about her "
      "brother. Her account has shaped the questions this report tries to answer."),
    H2("2. Background"),
    P("Mr K had been known to mental health services since his early twenties, with a diagnosis of recurrent "
      "depressive disorder. He worked as a delivery driver until 2021, when he was made redundant. He lived alone in a "
      "rented flat and spoke to his sister most weeks."),
    P("At his first CMHT assessment in 2019, Mr K described being beaten by his stepfather throughout his childhood "
      "and spending two years in local authority care. There is no evidence that this history was explored further, "
      "or that it informed his formulation or care plan at any point over the following four years.", "TH1 HS4"),
    P("Between 2019 and 2022 Mr K was supported by the Riverside community mental health team (CMHT) under standard "
      "care rather than the Care Programme Approach. He had four different named workers in that period, two of them "
      "agency staff, and each time his worker changed he was asked to go through his history again from the beginning.",
      "HS1 HS3 HS4"),
    P("In November 2022 Mr K's mood deteriorated after his tenancy was ended. He was admitted informally to Larch Ward "
      "on 2 December 2022 following an overdose of paracetamol, and remained on the ward for 26 days."),
    H2("3. Findings"),
    H3("3.1 Discharge planning"),
    P("Mr K's discharge was brought forward by four days because of pressure on beds across the Trust; on the day he "
      "left, three patients were waiting in the emergency department for an inpatient bed. Ward staff told us that, "
      "at that time, the daily bed meeting rather than the clinical team's view of readiness tended to decide who went home.",
      "HS4 HS5"),
    P("No discharge planning meeting took place. Ms K was not told that her brother was going home and found out when "
      "he telephoned her from his flat that evening, even though Mr K had named her as his next of kin and had agreed "
      "on admission that information could be shared with her.", "HS7 TH5 TH6"),
    P("The discharge summary sent to the GP gave an old address for Mr K, who had by then moved into temporary "
      "accommodation. The letter offering his follow-up outpatient appointment went to the same address and never "
      "reached him.", "HS1 TH2"),
    H3("3.2 Follow-up after discharge"),
    P("Trust policy requires a follow-up contact within 72 hours of discharge from inpatient care. The home treatment "
      "team telephoned Mr K on the third day; the call was not answered and a voicemail was left. No further attempt "
      "was made, and neither Ms K nor the GP was contacted.", "HS7 TH4 TH6"),
    P("The home treatment team's operating procedure says that staff 'should consider' a home visit if a person cannot "
      "be reached. The investigation heard differing views about what this meant in practice, and the procedure does "
      "not say who decides or by when.", "HS1 TH5"),
    P("Mr K was then placed on the CMHT's waiting list for allocation. At the time the team had 38 people waiting for "
      "a named worker and two vacant posts, and the average wait was eleven weeks.", "HS1 HS4 TH2"),
    P("On 6 January 2023 Mr K saw a locum GP and said that he was 'not coping'. The GP made an urgent referral to the "
      "CMHT by email. The referral was triaged the next day as routine because Mr K was 'already open to the team', "
      "and no contact was made with him before his death.", "HS4 TH2 TH5"),
    H3("3.3 Risk assessment"),
    P("Mr K's risk assessment on Larch Ward was completed on admission and was not updated before he left. It did not "
      "mention the loss of his tenancy, his debts or the approaching anniversary of his mother's death, all of which "
      "were recorded elsewhere in the notes.", "HS4"),
    P("Staff told the investigation that the electronic risk tool encouraged a tick-box approach, producing a score "
      "that did not reflect how Mr K was actually presenting. National guidance cautions against using risk scales "
      "to decide who should be offered treatment or discharged.", "HS5",
      note=NOTE("National Institute for Health and Care Excellence, Self-harm: assessment, management and preventing "
                "recurrence (NG225), 2022.")),
    H3("3.4 Good practice"),
    P("The investigation found examples of kind and attentive care on Larch Ward. Mr K told his sister that the night "
      "staff had taken time to sit and talk with him, and the ward occupational therapist helped him to ask for a "
      "review of his housing benefit."),
    P("Physical health monitoring during the admission was thorough, and a pharmacist reviewed Mr K's medication with "
      "him before he left."),
    H2("4. Being open with the family"),
    P("Ms K was contacted by the Trust's family liaison officer within a week of her brother's death and was offered a "
      "meeting with the investigation team. A written apology was sent in line with the statutory Duty of Candour."),
    P("Ms K told us that she had not known about her brother's childhood until she read his records, and that she "
      "wished someone had asked her how best to support him when he came home.", "TH6"),
    H2("5. Conclusions"),
    P("The investigation did not find that any single act or omission caused Mr K's death. However, the weaknesses in "
      "discharge planning, the lack of effective follow-up and the long wait for allocation meant that he had no "
      "meaningful contact with secondary mental health services during the period of highest risk after leaving hospital.",
      "HS3 HS4 TH5"),
    H2("6. Safety actions"),
    TABLE(["Recommendation", "Owner", "Deadline"], [
        (["The Trust should ensure that no informal patient is discharged without a discharge planning meeting to "
          "which the person's nominated family member or carer is invited.", "Director of Nursing", "September 2024"],
         "TH5 TH6"),
        (["Home treatment team procedures should set out what must happen when a 72-hour follow-up contact is "
          "unsuccessful, including who decides and the timescale for a home visit.",
          "Associate Director, Acute Care", "July 2024"], "TH5"),
        (["The Trust should introduce routine enquiry about trauma and adversity in CMHT assessments, supported by "
          "training and clinical supervision.", "Clinical Director, Community Services", "March 2025"], "TH1"),
        (["Urgent GP referrals for people who are open to a CMHT but not yet allocated should be reviewed by a duty "
          "clinician on the day they are received.", "CMHT Service Manager", "June 2024"], "TH2 TH5"),
        (["Ward administrators should confirm a patient's current address and telephone number at discharge so that "
          "follow-up appointment letters reach the person.", "Head of Health Records", "June 2024"], "TH2"),
    ]),
])

# ---------------------------------------------------------------------------------------------------------------
# 2. Shared learning bulletin (DOCX, footnotes, numbered themes, learning quadrant)
doc("bulletin-hartwell-2024.docx",
    "Shared learning bulletin: people who died while waiting for psychological therapy",
    "Learning from Deaths Panel", "2024-06-28T08:00:00Z",
    "Shared learning bulletin", "Hartwell and Dene Partnership NHS Trust", [
    H1("Shared learning bulletin: people who died while waiting for psychological therapy"),
    P("Issue 7, June 2024. For staff of Hartwell and Dene Partnership NHS Trust and partner organisations in the "
      "Hartwell integrated care system."),
    H2("About this bulletin"),
    P("This bulletin brings together learning from three patient safety incident investigations completed during "
      "2023–24. Each concerned a person who died by suicide while waiting to start specialist psychological therapy. "
      "Identifying details have been changed or left out, and the three people are called Person A, Person B and Person C."),
    P("The investigations were carried out separately. When the Trust's learning panel read the reports side by side, "
      "it noticed the same issues coming up again and again, and these are grouped below into six themes."),
    H2("Themes for learning"),
    H2("1. Trauma-informed care"),
    P("All three people had lived through serious trauma. Person A had survived a sexual assault as a young adult, "
      "Person B had been detained and tortured before seeking asylum in the UK, and Person C grew up in a household "
      "where there was domestic abuse."),
    P("While they waited for trauma-focused therapy, their only contact with the Trust was a monthly welfare telephone "
      "call from whichever member of the team was available. The staff making these calls had not been trained to "
      "respond when someone began to talk about traumatic experiences. Person A told one caller that the questions made "
      "her feel as if she was 'back in the police interview room'.", "TH1 HS1 HS4"),
    P("None of the three had a safety plan that took account of known trauma triggers, such as anniversaries or "
      "contact with the police.", "TH1 HS4"),
    H2("2. Barriers to accessing treatment"),
    P("At the time of these deaths the median wait for trauma-focused psychological therapy in the Trust was 61 weeks. "
      "People on the waiting list were not reviewed by a clinician unless they, or someone else, raised a concern.",
      "HS4 TH2"),
    P("Person B was taken off the waiting list after he failed to respond to two appointment letters, which had been "
      "posted to an address he had already left. Nobody told him he had been removed; he found out four months later, "
      "when his GP chased the referral.", "HS1 TH2"),
    P("Person C worked shifts in a warehouse and was only ever offered weekday morning appointments. Her request for "
      "an evening session was turned down because the service did not run appointments after 5pm.", "HS1 TH2"),
    H2("3. Health inequalities"),
    P("Person B's first language was Tigrinya and he spoke limited English. A telephone interpreter was used for his "
      "initial assessment, but the welfare calls were made in English, and his records describe him as 'quiet' and "
      "'not engaging'. It is likely that he could not fully understand or answer the questions he was being asked.",
      "HS7 TH3"),
    P("The Trust's patient record has no prominent field showing that a person needs an interpreter, and ethnicity had "
      "not been recorded for one of the three people.", "HS1 TH3"),
    P("National data show that people from some racialised communities are less likely to be referred for "
      "psychological therapy, and more likely to reach mental health services through the police or a crisis.",
      "TH3", note=NOTE("NHS England, Advancing mental health equalities strategy, 2020.")),
    H2("4. Working with other agencies"),
    P("Two of the three people were in touch with other organisations while they waited: Person A with a local rape "
      "crisis service, and Person B with a refugee charity and a housing association. None of these organisations knew "
      "that the person was on a waiting list, and the Trust had no way of hearing about changes they noticed.",
      "HS3 TH4"),
    P("The refugee charity had recorded that Person B had become withdrawn and had started giving away his "
      "belongings. This information never reached the Trust.", "HS3 TH4"),
    H2("5. Pathway clarity"),
    P("The investigations found confusion about who held clinical responsibility for people waiting for therapy. The "
      "referring CMHT treated the psychology service as responsible once a referral had been accepted, and the "
      "psychology service treated the CMHT as responsible until therapy began. In practice nobody reviewed risk while "
      "the person waited.", "HS3 TH5"),
    P("The waiting-list policy had not been updated since 2018 and did not explain how staff should escalate a "
      "concern about someone on the list.", "TH5"),
    H2("6. Patient and family voice"),
    P("Person C's partner telephoned the psychology service twice to say that she was getting worse. Each time he was "
      "told that staff could not discuss her care without her consent, and his concerns were not passed on to a "
      "clinician. Listening to a family member does not need consent, and staff should feel confident about this.",
      "HS7 TH6", note=NOTE("Department of Health and Social Care, Information sharing and suicide prevention: "
                             "consensus statement.")),
    P("None of the three people had been asked what would help them while they waited, and their own views were not "
      "recorded in their care plans.", "TH6"),
    H2("Critical learning points"),
    N("Waiting for therapy is part of a person's care, not a pause in it. Services should offer active, clinically led "
      "review to everyone on a waiting list, in proportion to their risk.", "TH2 TH5"),
    N("Staff who make welfare contacts should be trained to respond safely when people disclose trauma, and should "
      "have access to supervision.", "TH1"),
    N("Interpreter needs must be recorded where every member of staff can see them, and met at every contact, not "
      "only at assessment.", "TH3"),
    N("Appointment systems need some flexibility, including evening or remote options, so that work and caring "
      "responsibilities do not stop people from attending.", "TH2"),
    N("With the person's agreement, the Trust should let partner organisations that already support them know about "
      "their place on the waiting list and give them a named contact.", "TH4"),
    N("Families and carers who raise concerns should always be listened to, and those concerns must reach a clinician "
      "the same day.", "TH6"),
    H2("Learning quadrant"),
    H3("Individual practice"),
    B("When I make a welfare call, do I know what I would do if the person started to talk about something traumatic?",
      "TH1"),
    B("How do I check that someone has understood me when we do not share a first language?", "TH3"),
    B("Do I ask the people I support what would help them while they wait?", "TH6"),
    H3("Governance focused learning"),
    B("How do we know who is clinically responsible for each person on our waiting lists?", "TH5"),
    B("How often are people removed from waiting lists for administrative reasons, and are they told?", "TH2"),
    H3("Board assurance"),
    B("How are we assured that waiting times for psychological therapy are not widening inequalities between "
      "communities?", "TH2 TH3"),
    B("What assurance does the board receive that carers' concerns are heard and acted on?", "TH6"),
    H3("System learning points"),
    B("Do we, as a system, have an agreed way for voluntary sector partners to tell us when someone on a waiting list "
      "is deteriorating?", "TH4"),
    B("How could primary care, the voluntary sector and specialist services share the work of supporting people "
      "while they wait?", "TH2 TH4"),
])

# ---------------------------------------------------------------------------------------------------------------
# 3. Safeguarding adults review (DOCX, footnote, bullets, recommendations table)
doc("sar-adult-m-kingsmere-2023.docx",
    "Safeguarding Adults Review: Adult M",
    "Dr Helen Marsh, independent reviewer", "2023-11-07T09:00:00Z",
    "Safeguarding adults review", "Kingsmere Safeguarding Adults Board", [
    H1("Safeguarding Adults Review: Adult M"),
    P("Kingsmere Safeguarding Adults Board. Independent reviewer: Dr Helen Marsh. Published November 2023."),
    H2("1. Why this review was carried out"),
    P("Adult M died at home in February 2022, aged 58. The post-mortem examination found that she had died from "
      "complications of diabetes. After a concern was raised by her GP practice, the Board's review subgroup decided "
      "that the criteria for a mandatory review under section 44 of the Care Act 2014 were met."),
    P("The review used a learning-together approach. Practitioners and managers from seven agencies took part in two "
      "workshops, and the reviewer read chronologies provided by each organisation."),
    P("Adult M's brother was invited to contribute. He chose not to take part, but asked the Board to send him the "
      "final report, which it has done."),
    H2("2. About Adult M"),
    P("People who knew Adult M described her as private, funny and fiercely independent. She had been diagnosed with "
      "paranoid schizophrenia in her thirties and had type 2 diabetes, which she managed with insulin. She had lived in "
      "the same council flat for twenty years and was proud of her garden."),
    P("She had been detained under section 3 of the Mental Health Act three times, most recently in 2019, and was "
      "therefore entitled to section 117 aftercare."),
    H2("3. Summary of events"),
    P("After she left hospital in 2019, Adult M was supported by a supported living provider, Brookside Care, funded "
      "jointly under section 117 by Kingsmere Council and the local clinical commissioning group. Support workers "
      "visited every day to prompt her insulin and to help with shopping."),
    P("In April 2021 Brookside Care gave notice that it would withdraw from the package because it could not recruit "
      "enough staff. The council and the clinical commissioning group then disagreed about which of them should fund a "
      "replacement provider and at what rate, and the dispute was escalated twice without being resolved. For eleven "
      "weeks Adult M received no support visits at all.", "HS1 HS3 HS4 TH4"),
    P("During the same period Adult M's care coordinator changed three times. The second care coordinator left the "
      "Trust after five weeks, and her caseload was held by the team manager, who was already responsible for 14 "
      "unallocated cases.", "HS1 HS3 HS4"),
    P("Adult M's practice nurse noticed that she had stopped coming to her diabetes reviews and tried repeatedly to "
      "contact her, including a joint home visit with the community diabetes nurse in June 2021. This was persistent "
      "and thoughtful practice."),
    P("In July 2021 a neighbour rang the council to say that Adult M's flat smelled strongly and that she had been seen "
      "going through bins. The Multi-Agency Safeguarding Hub (MASH) logged the call as a housing matter and passed it "
      "to the housing team without checking whether she was known to adult social care or mental health services.",
      "HS3 TH4"),
    P("A housing officer visited and found the flat cluttered, with rotting food in the kitchen. Adult M told him she "
      "was 'fine' and asked him to leave. He recorded that she 'has capacity and is choosing to live this way', and no "
      "further action was taken.", "HS7"),
    P("Adult M was admitted to hospital in August 2021 with very high blood sugar and was discharged after four days. "
      "The discharge letter asked the community diabetes team and the CMHT to follow her up, but it was sent only to "
      "the GP and was not passed on.", "HS3 TH4"),
    P("The CMHT asked for a Care Act assessment in September 2021. Because of a backlog in the council's mental health "
      "social work team it was not allocated until December 2021, and when the social worker called, Adult M did not "
      "answer the door. The case was closed after two further letters.", "HS1 HS4 TH2"),
    P("Adult M was found dead at home on 14 February 2022 by police officers carrying out a welfare check, after her "
      "brother reported that he had not heard from her."),
    H2("4. Analysis"),
    H3("4.1 Self-neglect and mental capacity"),
    P("Self-neglect is recognised in the Care Act statutory guidance as a form of abuse and neglect, and it can be "
      "raised as a safeguarding concern. Kingsmere's multi-agency self-neglect protocol was published in 2020, but few "
      "of the practitioners at the workshops had heard of it.", "TH5",
      note=NOTE("Department of Health and Social Care, Care and support statutory guidance, chapter 14 (safeguarding).")),
    P("Adult M's capacity to make decisions about her diabetes and her home was assumed rather than assessed. "
      "Practitioners told the reviewer that they had been anxious about being seen to interfere with the choices of a "
      "woman who 'did not like services'. This reluctance left her without help at a time when her ability to look "
      "after herself had plainly changed.", "HS4 HS7"),
    H3("4.2 Section 117 aftercare and funding"),
    P("The council and the clinical commissioning group had a continuing joint duty to provide aftercare under section "
      "117 of the Mental Health Act, and that duty did not lapse because they disagreed about funding. The reviewer "
      "considers that the eleven-week gap in support was a breach of the duty, and that the dispute should have been "
      "settled through the joint funding protocol within days rather than months.", "HS3 HS5 TH4"),
    P("It is striking that at no point during the dispute was Adult M or her brother told what was happening, or given "
      "an explanation of her entitlement to aftercare.", "HS1 TH6"),
    H3("4.3 Multi-agency working"),
    P("No multi-agency meeting was held about Adult M in the ten months before she died. Each agency held part of the "
      "picture: the GP practice knew she had stopped managing her diabetes, housing knew about the state of the flat, "
      "and the CMHT knew her support had stopped. Nobody brought this information together.", "HS3 TH4"),
    P("By contrast, the police responded quickly and sensitively when Adult M's brother raised the alarm, and the "
      "officers supported him well at the scene."),
    H2("5. Key learning"),
    B("A person's entitlement to section 117 aftercare continues whatever the state of funding negotiations; disputes "
      "between commissioners must never leave someone without support.", "TH4"),
    B("When several agencies each hold a small piece of information, someone needs to put it together, and any agency "
      "can call a multi-agency meeting.", "TH4"),
    B("People and their families should be kept informed about changes to their care package and told what they are "
      "entitled to.", "TH6"),
    B("Closing a case because someone does not answer the door can remove the only route by which help would have "
      "reached them.", "TH2"),
    H2("6. Recommendations"),
    TABLE(["Recommendation", "Lead agency", "Timescale"], [
        (["Kingsmere Safeguarding Adults Board should relaunch its self-neglect protocol and seek assurance that each "
          "partner agency has trained its frontline staff to use it.", "Safeguarding Adults Board", "6 months"], "TH5"),
        (["The MASH should check adult social care and mental health records for every concern about possible "
          "self-neglect before deciding how to route it.", "Kingsmere Council", "3 months"], "TH4"),
        (["Kingsmere Council and Hartwell ICB should agree a revised section 117 funding protocol that guarantees "
          "interim funding while any dispute is resolved.", "Council and ICB jointly", "6 months"], "TH4"),
        (["Where a person open to secondary mental health services does not respond to attempts to carry out a Care "
          "Act assessment, the case should not be closed without a multi-agency discussion.",
          "Kingsmere Council", "3 months"], "TH2 TH4"),
        (["Partner agencies should make sure that practitioners know how and when to assess mental capacity for "
          "decisions about self-care.", "All partners", "12 months"], ""),
    ]),
])

# ---------------------------------------------------------------------------------------------------------------
# 4. Thematic review (DOCX, data table, bullets, recommendations table)
doc("thematic-review-restrictive-practice-ashcombe-2024.docx",
    "Thematic review of restrictive practice on inpatient wards",
    "Review team for the Chief Nurse", "2024-03-11T14:00:00Z",
    "Thematic review", "Ashcombe Healthcare NHS Trust", [
    H1("Thematic review of restrictive practice on inpatient wards"),
    P("Ashcombe Healthcare NHS Trust. Commissioned by the Chief Nurse. Report of the review team, March 2024."),
    H2("1. Purpose and scope"),
    P("The Chief Nurse commissioned this review in August 2023 after a rise in reported uses of physical restraint on "
      "three wards: Willow, a ten-bed assessment and treatment unit for people with a learning disability and autistic "
      "people; Hazel, an acute ward for women; and Rowan, an acute ward for men."),
    P("The review team looked at incident data for the twelve months to July 2023, read the records of 30 patients, "
      "observed practice on each ward over six days and nights, and spoke with 41 staff, 17 current or former patients "
      "and nine family members. Patients were offered the support of an independent advocate to take part."),
    H2("2. What the data showed"),
    P("There were 612 recorded uses of restraint across the three wards during the year. Patients on Willow Ward were "
      "restrained at more than four times the rate seen on the other wards, and Black patients on Rowan Ward were "
      "restrained almost twice as often as white patients on the same ward.", "HS2 HS7 TH3"),
    TABLE(["Ward", "Beds", "Uses of restraint", "Prone restraint", "Seclusion episodes"], [
        (["Willow", "10", "398", "31", "22"], ""),
        (["Hazel", "18", "87", "4", "6"], ""),
        (["Rowan", "18", "127", "12", "19"], ""),
    ]),
    P("Prone restraint was used 47 times, even though Trust policy and national guidance say it should be avoided.",
      "HS5 HS7"),
    H2("3. Findings"),
    H3("3.1 Ward culture"),
    P("On Willow Ward the review team found a closed culture. Long-serving staff described the ward as 'a family' and "
      "were dismissive of 'outsiders' from the Trust's positive behaviour support team. Newer staff said they were "
      "afraid to question practice, and that people who had raised concerns in the past had been 'dealt with' by being "
      "moved to another ward.", "HS5"),
    P("Restrictive practices had become routine. Bedrooms were locked during the day, snacks were kept in a locked "
      "cupboard and handed out as rewards, and one autistic young man was kept out of the garden for several weeks after "
      "he damaged a fence. None of these restrictions appeared in care plans or had been reviewed by the "
      "multidisciplinary team.", "HS5 HS7"),
    P("Several families told us that they had asked about bruising and been given explanations that later turned out to "
      "be untrue. One mother said that when she asked to see her son's incident reports she was told that they "
      "'belonged to the Trust'.", "HS5 HS6 TH6"),
    H3("3.2 Conduct of staff"),
    P("The review identified serious concerns about the conduct of a small number of staff. These have been referred to "
      "the Trust's people team, the police and the professional regulators, are the subject of separate processes, and "
      "are only summarised here.", "HS6"),
    B("Enhanced observation records on Willow Ward had been filled in in advance for whole shifts, including periods "
      "when CCTV showed that no member of staff was present.", "HS6"),
    B("Two patients on Hazel Ward described a male healthcare assistant making sexual comments about their bodies and "
      "coming into their bedrooms at night with no clinical reason.", "HS6"),
    B("A patient on Rowan Ward said a staff member had told him that if he complained he would 'lose his leave'.",
      "HS6 HS7"),
    B("Photographs of a ward area, in which a patient could be identified, had been posted by a staff member in a "
      "private social media group.", "HS6"),
    P("We want to be clear that most of the staff we met were committed and caring, and many were upset by what had "
      "happened on their wards."),
    H3("3.3 Trauma and restraint"),
    P("Twenty-two of the thirty patients whose records we read had a documented history of sexual or physical abuse. "
      "For many of them, being held down, especially by staff of a different sex, is likely to have been "
      "re-traumatising. We found no evidence that trauma histories were used to plan how restraint could be avoided "
      "for these individuals, and positive behaviour support plans were out of date for 11 of the 14 patients on Willow "
      "Ward.", "HS4 HS7 TH1"),
    P("Patients were offered a debrief after only 9 of the 40 restraints we sampled.", "TH1 TH6"),
    H3("3.4 Inequalities"),
    P("In the Rowan Ward records, staff often described Black men as 'intimidating', 'volatile' or 'huge', even when the "
      "behaviour recorded was no different from that of other patients. Two Black patients told us they felt they had "
      "been 'seen as dangerous from the moment we walked in'.", "HS2 HS7 TH3"),
    P("Communication passports were in place for most autistic patients on Willow Ward and were of good quality; "
      "however, agency staff, who covered around a third of shifts, had not been shown them.", "HS1 TH3"),
    P("There were no concerns about the environment on Hazel Ward, which had recently been refurbished with input from "
      "patients."),
    H3("3.5 Listening to patients and families"),
    P("The patient advice and liaison service had received 14 contacts about the three wards during the year, but "
      "these had not been linked to incident data, and the themes had not been reported to ward managers or to the "
      "board.", "HS5 TH6"),
    P("Patients on Willow Ward had no independent advocate for five months in 2023 after the advocacy contract moved "
      "to a new provider.", "HS4 TH6"),
    P("On Hazel Ward, by contrast, the weekly community meeting was well attended, and patients had successfully asked "
      "for changes to visiting times and to the menu."),
    H2("4. Conclusions"),
    P("The review concludes that the high use of restraint on Willow Ward was not explained by the needs of its "
      "patients, and that it reflected a closed and controlling culture which the Trust's governance systems failed to "
      "detect. The board only ever saw restraint figures as a Trust-wide total.", "HS5"),
    H2("5. Recommendations"),
    TABLE(["Recommendation", "Owner", "Deadline"], [
        (["The Trust should commission an independent review of every blanket restriction on Willow Ward within one "
          "month and remove any that cannot be justified for an individual patient.", "Chief Nurse", "April 2024"], ""),
        (["All staff on the three wards should complete training in trauma-informed approaches to reducing "
          "restrictive practice, including using individual trauma histories in care planning.",
          "Head of Education", "September 2024"], "TH1"),
        (["Restraint data should be reported to the board every quarter, broken down by ward and by ethnicity, age, "
          "sex and disability.", "Director of Nursing", "June 2024"], "TH3"),
        (["The Trust should make sure patients are offered a debrief after every restraint and that families are told "
          "about incidents involving their relative, with the patient's consent where they have capacity.",
          "Ward managers", "May 2024"], "TH1 TH6"),
        (["The advocacy service should visit each ward at least weekly, and advocates should be able to speak to "
          "patients without staff present.", "Head of Commissioning", "April 2024"], "TH6"),
    ]),
])

# ---------------------------------------------------------------------------------------------------------------
# 5. Patient safety incident investigation (DOCX, footnote, bullets, safety-action table)
doc("pSII-oakhurst-ed-2024.docx",
    "Patient Safety Incident Investigation: Ms R",
    "Joint investigation team", "2024-02-16T11:15:00Z",
    "Patient safety incident investigation", "Oakhurst and Wyre NHS Foundation Trust", [
    H1("Patient Safety Incident Investigation: Ms R"),
    P("Oakhurst and Wyre NHS Foundation Trust, jointly with Wyre Valley Hospitals NHS Trust. Investigation report, "
      "February 2024."),
    H2("Summary"),
    P("Ms R is a 24-year-old autistic woman who also has a mild learning disability. In August 2023, while she was "
      "waiting in the emergency department (ED) at Wyre General Hospital for a Mental Health Act assessment, she tied a "
      "ligature and was found unresponsive by a healthcare assistant. She was resuscitated, spent five days in intensive "
      "care, and has since made a good physical recovery."),
    P("Ms R and her mother, Mrs R, chose to be closely involved in this investigation. Ms R asked that the report be "
      "written in plain language and include her own words, which it does where she has agreed."),
    H2("Background"),
    P("Ms R moved from children and young people's mental health services to adult services when she turned 18. Her "
      "transition plan said only that she would be 'referred to the adult learning disability team or the CMHT as "
      "appropriate'. Neither team took responsibility: the learning disability team saw her needs as mainly about her "
      "mental health, and the CMHT thought her autism meant she should be supported by learning disability services.",
      "HS3 TH2 TH5"),
    P("Between 2019 and 2023 she attended the ED 23 times after self-harm. On most occasions she was seen by the mental "
      "health liaison team and discharged to the care of her GP."),
    H2("Findings"),
    H3("Finding 1: diagnostic overshadowing"),
    P("Ms R's distress was repeatedly put down to her autism. Liaison assessments described her self-harm as "
      "'behavioural', 'sensory' or 'attention-seeking', and several recommended that she be 'managed by mum at home'. "
      "We found no record that anyone considered whether she might also have a treatable mental illness.",
      "HS2 HS4 HS7 TH3"),
    P("Mrs R told us: 'Every time, they looked at her and saw autism. Nobody saw that she was depressed.'",
      "HS2 HS4 TH3"),
    P("National reviews have shown that people with a learning disability and autistic people die younger than the "
      "general population and meet barriers to getting the right care, including reasonable adjustments not being made.",
      "TH3", note=NOTE("See, for example, the annual reports of LeDeR, the learning from lives and deaths programme "
                         "for people with a learning disability and autistic people.")),
    H3("Finding 2: reasonable adjustments"),
    P("Ms R finds noise and bright light very hard to bear. Her hospital passport, which her mother brought to every "
      "attendance, asked that she be seen somewhere quiet and that staff explain what would happen next. On the night "
      "of the incident she spent 31 hours in a cubicle next to the resuscitation area. The passport had been scanned "
      "into her record, but there is no evidence that anyone read it.", "HS7 TH3"),
    P("The ED had no quiet room for people in mental health crisis; the room set aside for this had been used for "
      "storage since the pandemic.", "HS4 TH3"),
    H3("Finding 3: delay in the Mental Health Act assessment"),
    P("The decision to request a Mental Health Act assessment was made at 02:10 on 11 August. An approved mental health "
      "professional (AMHP) was not available until 19:40 the next day, because two AMHPs were covering the whole county "
      "overnight. When the assessment was complete there was no inpatient bed available in the Trust, and the bed search "
      "went on for another 14 hours.", "HS1 HS4 TH2"),
    P("During this time nobody was clearly responsible for Ms R. ED staff believed that the liaison team was looking "
      "after her mental health needs and her observation; the liaison team believed ED staff were providing one-to-one "
      "observation. In fact, neither was. She was not mentioned at the 07:00 handover.", "HS3 TH5"),
    P("The investigation does not consider that the ED nurses caring for Ms R acted carelessly. They were running a "
      "department at 160% of its capacity, and the system gave them no clear way of escalating concern about someone "
      "waiting for a mental health bed.", "HS1 TH5"),
    H3("Finding 4: listening to Ms R and her mother"),
    P("Mrs R told staff at least three times that evening that her daughter had said she wanted to die and had been "
      "looking at the cords on the blinds. These concerns were written in the nursing notes but were not escalated, "
      "and the risk assessment was not updated.", "HS4 HS7 TH6"),
    P("Ms R has told us that she tried to tell staff she felt unsafe, but that 'nobody waited long enough for my words "
      "to come out'. She communicates best in writing or when given time to think about a question, and this was "
      "written in her passport.", "HS7 TH3 TH6"),
    H3("What went well"),
    B("The healthcare assistant who found Ms R acted quickly and called for help."),
    B("The resuscitation team's response was rapid and effective."),
    B("The ward manager met Mrs R the next morning, apologised and explained what would happen next; Mrs R said she "
      "valued how open that conversation was."),
    H2("Safety actions"),
    TABLE(["Safety action", "Owner", "Due"], [
        (["Agree a joint protocol between the two trusts setting out who is responsible for the observation and care "
          "of a person waiting in the ED for a mental health assessment or bed.", "Joint Clinical Director",
          "March 2024"], "TH4 TH5"),
        (["Reopen a quiet assessment room in the ED and make it available to autistic people and people with a "
          "learning disability.", "ED Matron", "January 2024"], "TH3"),
        (["Show hospital passports on the ED electronic whiteboard and prompt staff to read them at triage.",
          "Digital Lead", "April 2024"], "TH3"),
        (["Develop a clear transition pathway for young people with autism or a learning disability moving into "
          "adult mental health services, with a named lead for each person.", "Head of Transitions", "June 2024"],
         "TH5"),
        (["Provide training for liaison staff on diagnostic overshadowing, co-delivered by autistic people and their "
          "families.", "Liaison Team Manager", "May 2024"], "TH3"),
    ]),
])

# ---------------------------------------------------------------------------------------------------------------
# 6. Domestic homicide review (plain text, hard-wrapped, ALL-CAPS and numbered headings, '•' bullets)
doc("dhr-anita-calderbrook-2022.txt",
    "Domestic Homicide Review: Anita", "Sarah Okafor, independent chair", "2022-12-05T09:00:00Z",
    "Domestic homicide review", "Calderbrook Community Safety Partnership", [
    H1("DOMESTIC HOMICIDE REVIEW: OVERVIEW REPORT"),
    P("Report of the Calderbrook Community Safety Partnership into the death of Anita. Independent chair and author: "
      "Sarah Okafor. Completed December 2022."),
    H2("1. Introduction"),
    P("This review looks at how agencies responded to Anita and to the man who killed her, her husband, who is called "
      "Daniel in this report. Anita was 36 and lived in Calderbrook with Daniel and their two children. She died in "
      "March 2021 after being assaulted at home. Daniel was convicted of her murder and sentenced to life imprisonment "
      "with a minimum term of 19 years."),
    P("The names used are pseudonyms chosen by Anita's family. The review panel offers its deepest condolences to "
      "Anita's parents, her sister and her children."),
    P("Anita's family took part fully in the review. Her sister met the chair four times and commented on the draft "
      "report, and her parents contributed with the help of a Punjabi interpreter of their choosing. An advocate from "
      "a specialist domestic abuse charity supported the family throughout."),
    H2("2. Terms of reference"),
    P("The panel agreed to consider, among other things:"),
    B("whether agencies identified and responded to the risk of domestic abuse;"),
    B("whether Anita's ethnicity, culture and language affected the support she was offered;"),
    B("how well agencies shared information, including through the MARAC;"),
    B("whether the perpetrator's mental health and alcohol use were properly assessed."),
    H2("3. Background"),
    P("Anita and Daniel had been married for eleven years. Anita's sister described her as warm and clever, the person "
      "everyone turned to. She worked part-time as a pharmacy technician."),
    P("Daniel had been prescribed antidepressants by his GP since 2018 and had been seen twice by the local NHS Talking "
      "Therapies service. He was referred to the community drug and alcohol service in 2020 after telling his GP that "
      "he was drinking a bottle of vodka a day."),
    H2("4. Key events"),
    P("Police were called to the family home three times between 2019 and 2021. On the first two occasions officers "
      "recorded a 'verbal argument' and completed a DASH risk assessment, which was graded as standard risk. On the "
      "third, in November 2020, Anita had a cut lip; she did not want to make a statement and the risk was graded as "
      "medium. No referral was made to the MARAC, and the information was not shared with Anita's GP.",
      "HS3 HS4 TH4"),
    P("In December 2020 Daniel told his keyworker at the drug and alcohol service that he had 'lost it' with his wife "
      "and 'felt like killing her' when drunk. The keyworker recorded this, but it was not passed to the police, the GP "
      "or children's social care, and no safeguarding referral was made. She told the review that she had heard the "
      "comment as an expression of frustration.", "HS3 HS7 TH4"),
    P("Anita saw her GP four times in 2020 about headaches, poor sleep and low mood. Each time she came with Daniel, who "
      "did most of the talking. She was never seen alone and was never asked about domestic abuse.", "HS7 TH6"),
    P("Anita's mother, who speaks little English, went to the GP practice twice to say that she was worried about her "
      "daughter. Reception staff did not offer an interpreter, and her concerns were not passed to a clinician.",
      "HS7 TH3 TH6"),
    H2("5. Analysis"),
    H2("5.1 Risk assessment and the MARAC"),
    P("Because each police call-out was graded on its own, the escalating pattern of incidents, and the injury in "
      "November 2020, were never seen together. Calderbrook's MARAC operating protocol allows a referral on the grounds "
      "of escalation as well as on the DASH score, but officers told the panel they did not know this.", "HS4 TH5"),
    P("The panel heard that the drug and alcohol service had no routine process for asking clients about domestic abuse "
      "or for sharing information with the MARAC. This has since changed.", "HS3 TH4"),
    H2("5.2 Culture, language and assumptions"),
    P("One professional told the panel they had assumed that the family 'would want to keep things within the "
      "community'. The panel considers that assumptions of this kind, however well meant, can stop practitioners from "
      "offering help, and that it may have contributed to Anita never being asked directly about abuse.",
      "HS2 HS7 TH3"),
    P("There was no evidence that Anita knew about local specialist services, including those for South Asian women, "
      "and the panel found no information about them on display at the GP practice.", "HS1 TH2 TH3"),
    H2("5.3 The perpetrator's mental health and alcohol use"),
    P("Daniel's depression and his drinking were treated as separate problems by separate services. Talking Therapies "
      "discharged him because his alcohol use made him 'unsuitable' for therapy, and the drug and alcohol service did "
      "not know he had been referred there. No agency considered how his mental health, his drinking and his behaviour "
      "towards Anita were connected.", "HS3 HS4 TH2 TH4"),
    P("The panel was clear that Daniel's mental health does not explain or excuse his violence. Even so, a more joined-up "
      "response might have created more opportunities to recognise the risk he posed.", "HS3 TH4"),
    H2("6. Good practice"),
    P("When Anita was referred to the independent domestic violence advocate (IDVA) service in November 2020, an IDVA "
      "contacted her within 24 hours, arranged to speak to her safely at work, and kept offering support after Anita "
      "said she did not want further contact."),
    P("The children's schools noticed changes in the children's behaviour and recorded them carefully."),
    H2("7. Conclusions"),
    P("The panel does not believe that Anita's death could have been predicted. It does believe that there were missed "
      "opportunities, described above, to recognise the risk she faced and to share it between agencies.", "HS3 TH4"),
    H2("8. Recommendations"),
    N("Calderbrook Community Safety Partnership should seek assurance that police officers understand and use the MARAC "
      "escalation criteria.", "TH4 TH5"),
    N("GP practices in Calderbrook should make sure that patients are given the chance to be seen alone whenever "
      "domestic abuse is a possibility.", "TH6"),
    N("The drug and alcohol service and the mental health trust should agree a joint working protocol for people with "
      "co-occurring mental health and alcohol problems, including a shared approach to risk.", "TH4"),
    N("All agencies should ensure that professional interpreters are offered to patients and family members who need "
      "them, including at reception desks.", "TH3"),
    N("Information about specialist domestic abuse services, including services for South Asian women, should be "
      "displayed in GP practices and pharmacies in the main community languages.", "TH2 TH3"),
], wrap=76, headings="caps")

# ---------------------------------------------------------------------------------------------------------------
# 7. Complaint review (plain text, one paragraph per line, underlined headings, '-' bullets)
doc("complaint-review-mr-t-westmoor-2024.txt",
    "Independent Stage Two Complaint Review: Mr T", "Graham Ellis, independent investigator", "2024-04-09T09:00:00Z",
    "Complaint review", "Westmoor City Council", [
    H1("Independent Stage Two Complaint Review"),
    P("Complainant: Mr T. Organisations: Westmoor City Council (Adult Social Care) and Westmoor Mental Health "
      "Partnership NHS Trust. Independent investigator: Graham Ellis. Date of report: 9 April 2024."),
    H2("1. The complaint"),
    P("Mr T is 52 and has bipolar disorder. Since 2017 he has had a personal budget, taken as a direct payment, which "
      "he uses to employ a personal assistant for 12 hours a week and to pay for a weekly photography group."),
    P("Mr T complains that:"),
    B("his personal budget was cut by more than half after a review in March 2023, without a proper assessment of his "
      "needs;", "HS1 HS4"),
    B("the social worker who carried out the review was dismissive, did not let him finish his sentences, and "
      "suggested he was exaggerating his difficulties;", "HS1 HS7"),
    B("the social worker discussed his mental health with his landlord without his consent;", "HS6"),
    B("his complaint to the council took five months to answer, and the reply did not deal with the points he had "
      "raised.", "HS1 HS5"),
    H2("2. How I carried out the review"),
    P("I met Mr T at his home with his advocate, read his social care and NHS records, and interviewed the social "
      "worker, her team manager and the council's complaints manager. Mr T saw a draft of this report and I have taken "
      "his comments into account."),
    H2("3. Findings"),
    H2("3.1 The review of Mr T's personal budget"),
    P("The March 2023 review took place during a council-wide exercise to reduce spending on direct payments. The "
      "review form was completed in 40 minutes over the telephone. It records that Mr T 'manages his own personal care' "
      "and 'has a supportive network', but there is no record of any discussion of his mental health, his history of "
      "relapse, or what the photography group meant to him.", "HS1 HS4"),
    P("The council's own guidance requires a face-to-face review whenever a reduction of more than 20% is proposed. "
      "That did not happen.", "HS1 HS5"),
    P("I uphold this part of the complaint."),
    H2("3.2 The conduct of the review"),
    P("The social worker told me that she had not meant to be dismissive and that she had been under pressure to "
      "complete several reviews that day. I accept that she was working under pressure. However, her notes include "
      "the words 'client presents as articulate and well, possibly overstating needs', and Mr T's account of the "
      "conversation has been consistent throughout. I find that Mr T was left feeling disbelieved, and that the review "
      "did not give him a fair chance to explain his needs.", "HS1 HS7 TH6"),
    P("I uphold this part of the complaint."),
    H2("3.3 Sharing information with the landlord"),
    P("The records show that the social worker rang Mr T's landlord to ask about the condition of the flat and told him "
      "that Mr T was 'under mental health services' and had been 'recently unwell'. There is no record that Mr T "
      "agreed to this, and no recorded reason why it was necessary. This was a breach of Mr T's confidentiality.",
      "HS6"),
    P("Mr T told me that his landlord's attitude towards him changed after the call, and that he now feels anxious "
      "whenever he sees him."),
    P("I uphold this part of the complaint."),
    H2("3.4 How the complaint was handled"),
    P("Mr T complained by email in May 2023. The council's policy is to respond within 20 working days. He received an "
      "acknowledgement after six weeks and a full reply in October 2023. The reply stated that the review had been "
      "'carried out in line with procedures' and did not mention the information shared with his landlord.",
      "HS1 HS5"),
    P("I also found that an entry in the social care record describing the March telephone review was edited in August "
      "2023, after the complaint had been received, to add the words 'MH discussed, client stated stable'. The team "
      "manager could not explain who made the change or why. Altering a record in this way, without marking it as a "
      "later entry, is unacceptable and undermines confidence in the complaints process.", "HS5 HS6"),
    P("The Trust's part in the complaint was handled promptly and openly. Mr T's care coordinator had written to the "
      "council in April 2023 to explain why the photography group mattered to his recovery, but her letter was not "
      "considered in the review.", "HS3 TH4"),
    P("I partly uphold this part of the complaint: the council's handling was poor, but the Trust responded "
      "appropriately.", "HS5"),
    H2("4. Impact on Mr T"),
    P("After the reduction Mr T stopped going to the photography group, and his personal assistant's hours were cut to "
      "five a week. He was admitted to hospital in September 2023 after a manic episode. It is not possible to say that "
      "the reduction caused this relapse, but Mr T and his care coordinator both believe it contributed.", "HS4"),
    H2("5. Recommendations"),
    B("The council should apologise to Mr T in writing for each of the failings identified in this report."),
    B("The council should carry out a new face-to-face review of Mr T's needs within 28 days, inviting his advocate "
      "and care coordinator, and reinstate his previous budget until it is complete.", "TH4 TH6"),
    B("The council should remind all staff of their duties on confidentiality and information sharing, and report the "
      "breach to its data protection officer."),
    B("The council should audit changes made to social care records after a complaint has been received, and make "
      "sure its case recording system shows the date and author of every amendment."),
    B("Direct payment reviews for people receiving section 117 aftercare or secondary mental health care should "
      "involve the person's care coordinator.", "TH4"),
    B("The council should tell every complainant how to get support from an independent advocate to make a "
      "complaint.", "TH6"),
], headings="underline", bullet="- ")

# ---------------------------------------------------------------------------------------------------------------
# 8. Mostly good practice: structured judgement review (plain text, numbered headings, '-' bullets)
doc("good-practice-sjr-elmfield-2024.txt",
    "Structured Judgement Review: Mrs J", "Dr Amir Qureshi", "2024-01-22T16:00:00Z",
    "Structured judgement review", "Elmfield Partnership NHS Foundation Trust", [
    H1("STRUCTURED JUDGEMENT REVIEW: MRS J"),
    P("Elmfield Partnership NHS Foundation Trust, Learning from Deaths programme. Reviewer: Dr Amir Qureshi, consultant "
      "old age psychiatrist, who was not involved in Mrs J's care. Review completed 22 January 2024."),
    H2("1. Background"),
    P("Mrs J was 86 when she died in a residential care home in November 2023. She had Alzheimer's disease and a long "
      "history of recurrent depression. Her death was expected and was certified by her GP as due to bronchopneumonia. "
      "The review was carried out because she had been under the care of the Trust's older people's mental health team "
      "in the last year of her life."),
    P("Mrs J was born in Poland and came to England as a child after the Second World War. Polish was her first "
      "language, and as her dementia progressed she spoke mostly Polish."),
    H2("2. Overall judgement"),
    P("The reviewer judged the overall care to be good (4 out of 5). Care was consistently person-centred and well "
      "coordinated, and nothing suggests that any aspect of it contributed to Mrs J's death."),
    H2("3. Phases of care"),
    H2("3.1 Assessment"),
    P("Mrs J's initial assessment in January 2023 was thorough. It included a full account of her early life, and the "
      "assessing nurse noted that memories of displacement and loss were sometimes triggered by unfamiliar people and "
      "noise. This was used to shape her care plan: staff were advised to approach her slowly, introduce themselves "
      "every time and avoid raising their voices."),
    P("A Polish-speaking interpreter attended every clinical appointment, and the team also used a picture board that "
      "her granddaughter had made with her."),
    H2("3.2 Involvement of the family"),
    P("The family were involved throughout. Mrs J's son held lasting power of attorney for health and welfare, and he "
      "and his daughter attended every care review. What they knew about her routines and preferences was written into "
      "a 'This is me' document that went with her between services."),
    P("Mrs J's son told the reviewer: 'We always felt they were on our side, and on Mum's side.'"),
    H2("3.3 Capacity, liberty and safeguarding"),
    P("Mrs J's capacity to decide where to live was assessed jointly by her social worker and care coordinator, with an "
      "interpreter present. She was found to lack capacity for this decision, and a best interests meeting was held with "
      "her family before she moved into the care home in May 2023."),
    P("The care home applied for a Deprivation of Liberty Safeguards (DoLS) authorisation on the day she arrived. The "
      "local authority did not grant the standard authorisation for 14 weeks, well beyond the 21 days allowed, because of "
      "a backlog affecting the whole region. The care home sensibly kept the restrictions in place under review in the "
      "meantime.", "HS1 HS4"),
    P("No safeguarding concerns were identified at any point during the period under review."),
    H2("3.4 Joint working"),
    P("Communication between the older people's mental health team, the GP, the care home and the community nursing "
      "team was excellent. A shared care plan was agreed at a joint meeting before the move, and the care coordinator "
      "visited the home in the first week to support staff."),
    P("The transfer of care from the community team to the care home in-reach service followed the agreed pathway, and "
      "each step was clearly documented."),
    H2("3.5 End of life care"),
    P("Mrs J's wishes about the end of her life had been discussed with her, through an interpreter, while she could "
      "still express them, and were recorded in an advance care plan. When she developed pneumonia, the decision not to "
      "transfer her to hospital was made with her family and in line with those wishes."),
    P("The reviewer found no delay in recognising that Mrs J was dying, and no evidence of unmet pain or distress."),
    H2("4. Areas for learning"),
    P("Only one area for learning was identified. During a short hospital admission in August 2023 Mrs J's "
      "antidepressant was stopped, and the mental health team was not told for three weeks. It was restarted promptly "
      "once the change was noticed.", "HS3 TH4"),
    H2("5. Recommendations"),
    B("The Trust should share this review with the older people's mental health team as an example of good practice in "
      "working with families and interpreters.", "TH3 TH6"),
    B("The acute hospital pharmacy and the Trust should review how they liaise, so that changes to psychotropic "
      "medication are shared within one working day.", "TH4"),
], headings="numbered", bullet="- ", h1_underline=False)

# ---------------------------------------------------------------------------------------------------------------
# 9. Independent homicide review (Flat OPC, converted from a python-docx package; footnote)
doc("ihr-mr-b-fenwick-2023.xml",
    "Independent investigation into the care and treatment of Mr B",
    "Alder Consulting", "2023-10-02T12:00:00Z",
    "Independent homicide review", "NHS England (North East and Yorkshire)", [
    H1("Independent investigation into the care and treatment of Mr B"),
    P("Commissioned by NHS England (North East and Yorkshire). Independent investigation team: Alder Consulting. Final "
      "report, October 2023."),
    H2("1. The incident"),
    P("In June 2021 Mr B, then 29, killed his father at the family home in Fenwick. He was found not guilty of murder "
      "but guilty of manslaughter on the grounds of diminished responsibility, and is now detained in a secure hospital "
      "under a hospital order with restrictions."),
    P("Our thoughts are with Mr B's mother, Mrs B, who lost her husband and has continued to support her son. We are "
      "grateful to her for talking to us openly on three occasions."),
    H2("2. Background"),
    P("Mr B was first seen by the early intervention in psychosis service at 19, after a period of heavy cannabis use, "
      "and was diagnosed with paranoid schizophrenia in 2013. He spent part of his childhood in foster care after his "
      "parents separated, and in 2014 he told a psychologist that a foster carer had sexually abused him. The "
      "disclosure was recorded but never returned to.", "HS4 TH1"),
    P("In 2016 Mr B was convicted of assaulting a stranger in the street who, he believed, had been following him. He "
      "was given a community order."),
    H2("3. Care and treatment"),
    H3("3.1 Care coordination"),
    P("The Fenwick CMHT supported Mr B under the Care Programme Approach until November 2019, when he was moved to "
      "standard care as part of a reduction in the team's CPA caseloads. The decision was made at a caseload review "
      "meeting that Mr B did not attend, and there is no record that he or his parents were told about it or what it "
      "would mean for him.", "HS4 HS5 TH5 TH6"),
    P("After the change Mr B had no care plan and no named worker. His only regular contact with services was a "
      "fortnightly depot injection given in clinic by a nurse who had not been told about his forensic history.",
      "HS4 TH5"),
    P("The investigation found that moving people from CPA to standard care was driven by caseload numbers rather than "
      "individual clinical need, and that there was no guidance on how forensic history should be weighed in that "
      "decision.", "HS4 HS5 TH5"),
    H3("3.2 Risk assessment"),
    P("Mr B's risk assessments from 2019 onwards were brief and largely copied from earlier versions. The 2016 assault "
      "was summarised as 'historical', and the assessments did not consider his belief, recorded many times, that his "
      "father was 'working with' people who wanted to harm him.", "HS4"),
    P("On the other hand, the investigation was satisfied that Mr B's annual physical health checks were all completed "
      "as required."),
    H3("3.3 Substance use"),
    P("Mr B's cannabis use increased during 2020, in the first COVID-19 lockdown. The CMHT referred him to the community "
      "drug and alcohol service, which offered a telephone appointment. Mr B did not answer and was discharged, and "
      "the CMHT was not told.", "HS3 HS4 TH2 TH4"),
    P("Clinicians told us there had long been a view in the CMHT that Mr B's symptoms were 'drug-induced' and would "
      "settle if he stopped using cannabis. The clinical history did not support this view, and it may have led staff "
      "to underestimate the significance of his paranoid beliefs.", "HS2 HS4"),
    H3("3.4 Listening to the family"),
    P("On 2 June 2021, eleven days before the homicide, Mrs B rang the CMHT duty line to say that her son had stopped "
      "taking his tablets, was sleeping in his car, and had shouted at his father that he 'knew what he had done'. The "
      "duty worker advised her to call the police if she felt unsafe. The call was logged but not discussed with a "
      "doctor, and nobody contacted Mr B.", "HS7 TH6"),
    P("Mrs B told us: 'I felt like I was being a nuisance. I was trying to tell them something was really wrong.'",
      "HS7 TH6"),
    P("The family were never offered a carer's assessment, although Mrs B was giving her son meals, money and somewhere "
      "to sleep most weekends.", "HS1 TH6",
      note=NOTE("Carers are entitled to an assessment of their own needs under section 10 of the Care Act 2014.")),
    H3("3.5 Police and housing"),
    P("Police had contact with Mr B four times in the months before the homicide, including a report from a neighbour "
      "that he had been seen with a knife in his car. Officers recorded him as 'known to mental health services' but did "
      "not share the information with the CMHT, and the CMHT had no named contact in the local policing team.",
      "HS3 TH4"),
    P("Mr B had been on the council's housing register with medical priority since 2020, and his application was "
      "progressing normally."),
    H2("4. Predictability and preventability"),
    P("We do not consider that the homicide was predictable: no agency had recorded any specific threat towards Mr B's "
      "father. We do find that it was preventable, in the sense that there were several opportunities to reassess Mr B's "
      "mental health and risk which, had they been taken, could reasonably have led to a change in his care.", "HS4"),
    H2("5. Recommendations"),
    N("The Trust should review its criteria for CPA, or whatever arrangements replace it, so that forensic history, "
      "co-occurring substance use and family concerns are taken into account, and so that decisions are discussed with "
      "the person and their family.", "TH5 TH6"),
    N("The Trust should make sure that everyone receiving depot medication has a named clinician responsible for "
      "reviewing their care plan and risk.", "TH5"),
    N("The Trust and the community drug and alcohol service should set up joint assessment and shared care for people "
      "with co-occurring psychosis and substance use.", "TH4"),
    N("Duty workers should discuss with a senior clinician any call from a family member reporting deterioration or "
      "threats, and the outcome should be explained to the family.", "TH6"),
    N("Clinical staff should be trained in trauma-informed approaches, including how to respond to and revisit "
      "disclosures of abuse.", "TH1"),
    N("The police and the Trust should agree a route for sharing concerns about people known to mental health "
      "services.", "TH4"),
])

# ---------------------------------------------------------------------------------------------------------------
# 10. Shared learning bulletin (Word 2003 XML; numbered themes, critical learning points, learning quadrant)
doc("bulletin-severn-vale-2025.xml",
    "Shared Learning Bulletin: mental health care for people experiencing homelessness",
    "Severn Vale Learning and Improvement Group", "2025-01-15T09:30:00Z",
    "Shared learning bulletin", "Severn Vale Integrated Care Board", [
    H1("Shared Learning Bulletin: mental health care for people experiencing homelessness"),
    P("Severn Vale Integrated Care Board and Severn Vale Safeguarding Adults Board. Bulletin 3, January 2025."),
    H2("Why we have produced this bulletin"),
    P("Between 2022 and 2024, five people in Severn Vale who were sleeping rough or living in temporary accommodation "
      "died while in contact with mental health services. Two of the deaths led to safeguarding adults reviews, one to a "
      "domestic homicide review and two to patient safety incident investigations. This bulletin draws the learning "
      "from those reviews together."),
    P("Names and some details have been changed. We thank the friends and relatives who helped the reviewers "
      "understand who these people were."),
    H2("Themes"),
    H2("1. Trauma-informed care"),
    P("All five people had experienced trauma in childhood, and four had grown up in local authority care. Reviewers "
      "found that services often described them as 'chaotic', 'non-compliant' or 'refusing support' without asking what "
      "had happened to them, or how earlier experiences of institutions might shape their response to offers of help.",
      "HS2 HS7 TH1"),
    P("One hostel manager described a very different approach, in which staff were trained to expect mistrust and to "
      "keep offering contact without conditions. Reviewers highlighted this as good practice."),
    H2("2. Barriers to accessing treatment"),
    P("Three of the five had been refused registration at a GP practice because they could not show proof of address, "
      "although NHS guidance is clear that this is not needed.", "HS1 TH2 TH3",
      note=NOTE("NHS England guidance on patient registration with general practice.")),
    P("Community mental health teams in two localities would not accept referrals for people without a settled "
      "address, on the grounds that such people could not be 'held' by a locality team.", "HS1 HS4 TH2 TH3"),
    P("Appointment letters were sent to hostels that people had already left, and people were then discharged for not "
      "attending.", "HS1 TH2"),
    H2("3. Health inequalities"),
    P("People experiencing homelessness die, on average, decades earlier than the rest of the population, and several of "
      "the deaths reviewed involved untreated physical illness alongside mental ill-health. In two cases, symptoms of "
      "serious physical illness were put down to alcohol use.", "HS2 TH3"),
    P("Outreach workers told reviewers that the people they supported were sometimes treated with open contempt in "
      "emergency departments. In one case a man was told by a member of security staff to 'sleep it off outside'.",
      "HS2 HS7 TH3"),
    H2("4. Working with other agencies"),
    P("Outreach teams, hostels, substance use services and mental health services each held important information, "
      "but there was no forum in which they routinely met. A multi-agency risk management meeting was called in only one "
      "of the five cases, and the mental health trust did not attend it.", "HS3 TH4"),
    P("Where agencies did work together it was effective: one woman moved into a Housing First tenancy after a "
      "community psychiatric nurse began joining the street outreach team's weekly meeting."),
    H2("5. Pathway clarity"),
    P("Staff in several organisations were unsure which mental health team was responsible for someone who moved "
      "between temporary addresses in different localities, and referrals were passed between teams while the person "
      "waited.", "HS3 TH5"),
    P("There was no agreed pathway for people leaving mental health wards with nowhere to live. Two people were "
      "discharged to the street, one of them with a tent supplied by the ward.", "HS3 HS4 TH5"),
    H2("6. Patient and family voice"),
    P("The people whose deaths were reviewed were rarely asked what they wanted, and when they did give a view it was "
      "not always recorded. Several had relatives or friends who were worried about them, but these people were seldom "
      "contacted, and one mother was not told for three weeks that her son had died.", "HS7 TH6"),
    H2("Critical learning points"),
    N("Not having a fixed address must never be a reason to refuse GP registration or a referral to mental health "
      "services.", "TH2 TH3"),
    N("Services should use trauma-informed language in records and stop describing people as 'chaotic' or "
      "'non-compliant'.", "TH1"),
    N("Every locality should have a clear, shared pathway setting out which team is responsible for people who are "
      "homeless or who move between areas.", "TH5"),
    N("Mental health services should take part in local multi-agency meetings about people sleeping rough, and should "
      "give outreach teams a named link worker.", "TH4"),
    N("Nobody should be discharged from a mental health ward without somewhere safe to stay, and housing should be part "
      "of discharge planning from the day of admission.", "TH4 TH5"),
    N("Staff should ask people who matters to them, write it down, and contact those people when there are concerns, "
      "with the person's agreement wherever possible.", "TH6"),
    H2("Learning quadrant"),
    H3("Individual practice"),
    B("What words do I use in my notes about people who find it hard to engage, and how would they feel reading them?",
      "TH1"),
    B("When someone misses an appointment, do I think about whether the letter ever reached them?", "TH2"),
    H3("Governance focused learning"),
    B("How many people with no fixed address have we discharged for non-attendance in the last year?", "TH2 TH3"),
    B("How do we know that our reception staff understand that proof of address is not needed to register with a GP?",
      "TH2"),
    H3("Board assurance"),
    B("How are we assured that our mental health services reach people experiencing homelessness as well as they reach "
      "the rest of our population?", "TH3"),
    H3("System learning points"),
    B("Do we, as a system, have a shared way of knowing which agency is leading the support for a person who is sleeping "
      "rough?", "TH4 TH5"),
    B("How are people with lived experience of homelessness involved in designing the pathways that are meant to help "
      "them?", "TH5 TH6"),
])
