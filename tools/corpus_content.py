"""Content of the sample corpus: fictional reviews written for ReviewLens (no sentences from any source).
Each block is (kind, text, labels): kind h1/h2 (headings), p (paragraph), b (bullet), n (numbered item),
t (table: list of rows), f (paragraph with a footnote: (text, note)). Labels are the gold top-level HS/TH codes."""

DOCS = []

def doc(name, title, organisation, created, review_type, blocks):
    DOCS.append(dict(name=name, title=title, organisation=organisation, created=created, review_type=review_type, blocks=blocks))

doc("psii-northbridge-ward7-2024.docx", "Patient safety incident investigation: Ward 7", "Northbridge Mental Health NHS Foundation Trust", "2024-03-14T09:00:00Z", "PSII", [
 ("h1", "Patient safety incident investigation: Ward 7", []),
 ("h2", "1. Summary of the incident", []),
 ("p", "Mr E, a 34-year-old man detained under section 3 of the Mental Health Act, absconded from Ward 7 during escorted leave and was found with serious self-inflicted injuries two days later.", []),
 ("p", "This investigation was commissioned by the Trust's patient safety group and followed the Patient Safety Incident Response Framework.", []),
 ("h2", "2. Findings", []),
 ("f", ("Mr E's mother had telephoned the ward twice in the week before his leave to say he was talking about ending his life, but her calls were not recorded and her concerns were not passed to the multidisciplinary team.", "Ward telephone log, 3 and 5 January 2024."), ["TH6", "HS7"]),
 ("p", "The family were not consulted when the decision to grant escorted community leave was made.", ["TH6", "HS7"]),
 ("p", "The risk assessment on the electronic record had not been updated since admission and did not mention the recent overdose.", ["HS4", "TH5"]),
 ("p", "There was no formulation that linked Mr E's history of childhood abuse to his pattern of self-harm, and staff told the investigation they had not received training in trauma-informed approaches.", ["TH1", "HS1"]),
 ("p", "Three different consultants were responsible for Mr E during a six-week admission, and the ward relied heavily on agency nurses who did not know him.", ["HS1", "HS3"]),
 ("p", "When Mr E was reported missing, the police were not given the information about his recent suicidal statements for almost four hours.", ["HS3"]),
 ("p", "Observation records for the night before his leave were completed correctly and matched the CCTV review.", []),
 ("h2", "3. Good practice", []),
 ("b", "Ward staff searched the grounds promptly and informed the nurse in charge within ten minutes.", []),
 ("b", "The bed manager arranged a return to the same ward so that Mr E could be cared for by staff he knew.", []),
 ("h2", "4. Safety actions", []),
 ("n", "The ward should record every call from families and carers in the electronic record and share it at the daily safety huddle.", ["TH6"]),
 ("n", "The Trust should ensure that leave decisions for detained patients include the views of the patient and their family.", ["TH6"]),
 ("n", "All Ward 7 staff must complete trauma-informed care training by September 2024.", ["TH1"]),
 ("t", [["Action", "Owner", "Due"], ["Record family calls in the electronic record", "Ward manager", "May 2024"], ["Audit risk assessments after every leave decision", "Matron", "June 2024"], ["Trauma-informed care training for all staff", "Practice educator", "September 2024"]], []),
])

doc("learning-bulletin-eastfield-2023.docx", "Shared learning bulletin: community mental health", "Eastfield Health and Care Partnership", "2023-10-02T10:00:00Z", "Learning bulletin", [
 ("h1", "Shared learning bulletin: community mental health", []),
 ("h2", "Introduction", []),
 ("p", "This bulletin brings together learning from four reviews of care provided by community teams in Eastfield during 2022 and 2023.", []),
 ("h2", "1. Trauma-informed care", []),
 ("p", "In three of the four cases, people had told services about abuse in childhood, yet none of their care plans described how this history affected their current difficulties.", ["TH1"]),
 ("p", "Routine enquiry about trauma was not part of the team's assessment template, and practitioners said they were unsure how to respond if someone disclosed past abuse.", ["TH1", "HS1"]),
 ("h2", "2. Barriers to accessing treatment", []),
 ("p", "One woman was discharged from the community team after missing two appointments, although she had told her GP that letters frightened her and she struggled to leave the house.", ["TH2", "HS7"]),
 ("p", "Referrals from primary care were declined because the person was judged not to meet the threshold for secondary care, and the GP was not told what other support was available.", ["TH2", "HS4"]),
 ("h2", "3. Health inequalities", []),
 ("p", "A man whose first language was Polish was assessed without an interpreter, and his brother was asked to translate during a conversation about suicidal thoughts.", ["TH3", "HS7"]),
 ("p", "Appointment letters were sent in standard print to a woman with a severe visual impairment, contrary to the Accessible Information Standard.", ["TH3", "HS1"]),
 ("h2", "4. Working with other agencies", []),
 ("p", "The community team and the drug and alcohol service each held part of the picture, but there was no joint care plan and no shared understanding of who was leading.", ["TH4", "HS3"]),
 ("h2", "5. Pathway clarity", []),
 ("p", "All four people were supported under standard care rather than the Care Programme Approach, and it was unclear who was responsible for reviewing their risk.", ["TH5"]),
 ("h2", "6. Patient and family voice", []),
 ("p", "Families told the reviewers that they had information which might have changed decisions, but nobody asked them for it.", ["TH6"]),
 ("h2", "Critical learning points", []),
 ("n", "Teams should build routine enquiry about trauma into every assessment and offer staff supervision when someone discloses abuse.", ["TH1"]),
 ("n", "Services need to agree a clear response when someone misses appointments, including contact with their GP before any discharge.", ["TH2"]),
 ("n", "Commissioners should make sure interpreters are available for every mental health assessment.", ["TH3"]),
 ("n", "The community team and the substance misuse service should hold joint care planning meetings for people with co-existing needs.", ["TH4"]),
 ("h2", "Learning quadrant", []),
 ("h2", "Individual practice", []),
 ("b", "How do I find out what matters to the person and their family before I make a decision about their care?", ["TH6"]),
 ("h2", "Board assurance", []),
 ("b", "How are we assured that people who miss appointments are contacted before they are discharged?", ["TH2"]),
])

doc("sar-adult-d-2024.docx", "Safeguarding adults review: Adult D", "Westmoor Safeguarding Adults Board", "2024-06-20T09:00:00Z", "SAR", [
 ("h1", "Safeguarding adults review: Adult D", []),
 ("h2", "Background", []),
 ("p", "Adult D was a 58-year-old woman with a long history of depression and alcohol dependence who lived alone in a housing association flat.", []),
 ("p", "She died in hospital in February 2023 from pneumonia after being found at home in a state of severe self-neglect.", []),
 ("h2", "Analysis", []),
 ("f", ("Four agencies had contact with Adult D in the final year of her life, but no multi-agency meeting was held and no single agency coordinated their response.", "Agency chronologies submitted to the review panel."), ["HS3", "TH4"]),
 ("p", "A safeguarding concern raised by her housing officer in August 2022 was closed by the local authority without an enquiry because Adult D was assessed as having capacity to refuse help.", ["HS3", "HS7"]),
 ("p", "The review found that the capacity assessment did not consider whether her alcohol dependence affected her ability to carry out decisions about her care.", ["HS4", "HS7"]),
 ("p", "Her GP referred her to the community mental health team twice; both referrals were rejected on the basis that alcohol was her primary problem.", ["TH2", "HS2", "HS4"]),
 ("p", "Adult D's home care package was reduced from daily visits to two visits a week following a review that took place by telephone.", ["HS4"]),
 ("p", "Delays in agreeing whether health or social care should fund her care left her without support for eleven weeks after discharge from hospital.", ["HS3", "HS1"]),
 ("p", "Her sister told the review that she had repeatedly asked for a meeting with the professionals involved and had been told that information could not be shared with her.", ["TH6", "HS7"]),
 ("h2", "Recommendations", []),
 ("n", "The Safeguarding Adults Board should issue guidance on multi-agency risk management meetings for people who self-neglect.", ["TH4"]),
 ("n", "The local authority must ensure that capacity assessments consider executive functioning where there is evidence of alcohol dependence.", []),
 ("n", "Mental health services should not reject referrals solely because a person uses alcohol.", ["TH2"]),
 ("t", [["Agency", "Contacts in final year"], ["GP practice", "14"], ["Housing association", "9"], ["Adult social care", "5"], ["Community mental health team", "2"]], []),
])

doc("dhr-ms-l-2022.txt", "Domestic homicide review: Ms L", "Riverside Community Safety Partnership", None, "DHR", [
 ("h1", "DOMESTIC HOMICIDE REVIEW: MS L", []),
 ("h2", "Summary", []),
 ("p", "Ms L was killed by her former partner in 2021. This review considered the contact both of them had with local services in the three years before her death.", []),
 ("h2", "Key findings", []),
 ("p", "Ms L disclosed domestic abuse to her GP on two occasions, but no referral was made to the domestic abuse service and the disclosures were not shared with the health visitor.", ["HS3", "TH4"]),
 ("p", "A risk assessment completed by the police in 2020 rated her as high risk, yet the case was not heard at MARAC because the referral form was sent to an old email address.", ["HS1", "HS3", "TH4"]),
 ("p", "Her former partner had been under the care of the community mental health team, which knew of his threats towards her but did not consider whether she was at risk.", ["HS7", "TH4"]),
 ("p", "Ms L's mother had contacted children's services to say she was worried about her daughter; the call was logged but nobody spoke to Ms L's family again.", ["TH6", "HS7"]),
 ("p", "Ms L was of Bangladeshi heritage and her first language was Sylheti, but services relied on her former partner to interpret during appointments.", ["TH3", "HS7"]),
 ("h2", "Recommendations", []),
 ("n", "Practices should use professional interpreters and never ask a partner or family member to interpret when abuse may be present.", ["TH3"]),
 ("n", "Mental health services must consider the safety of partners and family members when a patient makes threats to harm them.", ["TH6"]),
 ("p", "The panel thanks Ms L's family for their contribution to this review.", []),
])

doc("ihr-mr-a-2023.xml", "Independent homicide review: Mr A", "Southvale Integrated Care Board", "2023-05-11T09:00:00Z", "Independent homicide review", [
 ("h1", "Independent homicide review: Mr A", []),
 ("h2", "Care and treatment", []),
 ("p", "Mr A had been known to mental health services since the age of 19 and had a diagnosis of paranoid schizophrenia.", []),
 ("p", "He was managed under standard care and had no care coordinator for the last eleven months before the incident.", ["TH5", "HS4"]),
 ("p", "His crisis and contingency plan was two years out of date and did not reflect his recent use of cannabis or his eviction from supported accommodation.", ["TH5", "HS1", "HS4"]),
 ("p", "When his tenancy ended, the housing team and the mental health team did not share information, and Mr A became homeless without either service knowing.", ["HS3", "TH4"]),
 ("p", "The review found that Mr A's childhood experiences, including time in local authority care, were recorded at his first assessment but never explored in later treatment.", ["TH1"]),
 ("p", "Staff repeatedly described Mr A as not wanting to engage, but he had told a nurse that he found appointments at the hospital site frightening.", ["HS7", "TH2"]),
 ("p", "His medication was reviewed by the consultant psychiatrist every three months and his depot was given on time.", []),
 ("h2", "Recommendations", []),
 ("n", "The Trust should ensure that every person with psychosis and complex needs has a named care coordinator and an up-to-date crisis plan.", ["TH5"]),
 ("n", "The mental health and housing teams should agree how they will share information when a patient's accommodation is at risk.", ["TH4"]),
])

doc("thematic-review-restrictive-practice-2024.xml", "Thematic review of restrictive practice", "Northbridge Mental Health NHS Foundation Trust", "2024-09-01T09:00:00Z", "Thematic review", [
 ("h1", "Thematic review of restrictive practice", []),
 ("h2", "What we found", []),
 ("p", "On two wards, patients were routinely prevented from using the garden after 6pm, a blanket restriction that was not based on any individual risk assessment.", ["HS7", "HS5"]),
 ("p", "Records showed that prone restraint was used eleven times in one month on the female acute ward, and in four cases no debrief was offered to the patient.", ["HS7"]),
 ("p", "Several patients told us that staff threatened to stop their leave if they complained, and that they were afraid to raise concerns.", ["HS5", "HS6"]),
 ("p", "One healthcare assistant was dismissed after the review found he had falsified observation records over several nights.", ["HS6"]),
 ("p", "Black men were more than three times as likely as white men to be secluded, and the wards had not analysed why.", ["HS2", "TH3"]),
 ("p", "Staff described the culture on one ward as defensive, with incidents rarely discussed and a reluctance to report mistakes.", ["HS5"]),
 ("p", "The psychiatric intensive care unit had reduced its use of restraint by a third since introducing safety pods and weekly reflective practice.", []),
 ("h2", "What should happen next", []),
 ("n", "The Trust should remove blanket restrictions and review each restriction against an individual risk assessment.", []),
 ("n", "Ward managers must ensure every patient is offered a debrief after restraint or seclusion.", []),
])

doc("complaint-review-mrs-h-2023.txt", "Independent complaint review: Mrs H", "Eastfield Borough Council", None, "Complaint review", [
 ("h1", "INDEPENDENT COMPLAINT REVIEW: MRS H", []),
 ("h2", "The complaint", []),
 ("p", "Mrs H complained that her son's care package was cut without explanation and that she was not told how to appeal the decision.", ["HS4", "HS1"]),
 ("h2", "Findings", []),
 ("p", "The council took nine months to respond to Mrs H's complaint and the response did not address most of the points she raised.", ["HS1", "HS5"]),
 ("p", "The reassessment that led to the reduction was carried out by telephone in twenty minutes, and the assessor did not speak to Mrs H even though she was her son's main carer.", ["HS1", "TH6"]),
 ("p", "Mrs H was not offered a carer's assessment at any point.", ["TH6", "HS7"]),
 ("p", "The council's letter described Mrs H as 'vexatious', which the review found was not justified and discouraged her from raising further concerns.", ["HS5"]),
 ("p", "The direct payment paperwork was so complex that Mrs H spent several hours each week on it and felt unable to manage.", ["HS1"]),
 ("h2", "Outcome", []),
 ("p", "The complaint is upheld. The council has apologised to Mrs H and restored her son's care package while a new assessment is completed.", []),
])

doc("good-practice-review-2024.txt", "Learning review: Ms F", "Southvale Integrated Care Board", None, "Learning review", [
 ("h1", "LEARNING REVIEW: MS F", []),
 ("h2", "Overview", []),
 ("p", "This review was carried out because Ms F died unexpectedly from a physical illness while under the care of the early intervention in psychosis team.", []),
 ("h2", "Findings", []),
 ("p", "No safeguarding concerns were identified in the records or by the agencies involved.", []),
 ("p", "Ms F's care coordinator saw her weekly, and her care plan was reviewed with her and her parents every three months.", []),
 ("p", "The family were involved throughout her care and told the review that staff listened to them and kept them informed.", []),
 ("p", "There was no evidence of any delay in responding to her referral, which was accepted within five working days.", []),
 ("p", "Her GP and the team met jointly twice to review her physical health, and information was shared promptly between them.", []),
 ("p", "Staff had completed trauma-informed care training and her care plan described how her early experiences affected her.", []),
 ("p", "The only gap identified was that her annual physical health check was two months late because of a clinic closure.", ["HS4"]),
 ("h2", "Conclusion", []),
 ("p", "The review found that Ms F's death could not have been predicted or prevented by the services involved.", []),
])

doc("learning-bulletin-south-2025.html", "Learning from reviews: access and equality", "South Coast Partnership NHS Trust", None, "Learning bulletin", [
 ("h1", "Learning from reviews: access and equality", []),
 ("h2", "Barriers to accessing treatment", []),
 ("p", "A young man waited fourteen months for psychological therapy and was removed from the waiting list after he did not reply to a single letter.", ["TH2", "HS4"]),
 ("p", "People with a learning disability were told the crisis line could not help them and were redirected to services that did not exist locally.", ["TH2", "TH3", "HS2"]),
 ("h2", "Health inequalities", []),
 ("p", "Reviews highlighted that Gypsy, Roma and Traveller patients were often discharged after missed appointments, without anyone checking whether letters had reached them.", ["TH3", "TH2"]),
 ("p", "No reasonable adjustments were made for an autistic woman, who was assessed in a busy waiting area with bright lights.", ["TH3", "HS7"]),
 ("h2", "What teams should do", []),
 ("b", "Teams should contact people by their preferred method before removing them from a waiting list.", ["TH2"]),
 ("b", "Services must record and act on reasonable adjustments for autistic people and people with a learning disability.", ["TH3"]),
])
