"""Stand-alone gold passages (dev split) written for ReviewLens, in the voices of different review writers.

They top up the passages taken from the sample documents (tools/corpus_docs.py) so that every top-level label has
enough positives, and add near-misses: topic mentions without a failing, negated good findings, hypotheticals,
policy descriptions, staff names and routine narrative. All people and places are invented. Labelling follows the
conventions in the docstring of tools/corpus_docs.py. Each entry: (text, "LABELS").
"""

AUTHORED = [
    # --- failings, gaps and learning -------------------------------------------------------------------------
    ("The panel found that Ms D's repeated requests to see a female worker were described in the notes as "
     "'manipulative' and were not acted on.", "HS7 TH6"),
    ("It was not evident that staff had considered how Mr N's experiences of racism from the police might affect his "
     "willingness to accept a Mental Health Act assessment.", "HS7 TH1 TH3"),
    ("Several practitioners referred to Mr V as 'a drug seeker' in his records, and his reports of back pain were not "
     "investigated for more than a year.", "HS2 HS7"),
    ("The review team heard that a ward doctor told a trans woman she would be placed on the male ward 'for everyone's "
     "safety', and that her chosen name was not used in her notes.", "HS2 HS7 TH3"),
    ("Ms O said she had not told her health visitor about her low mood because she feared that her children would be "
     "removed if she was seen as 'a mental health case'. This fear was not unfounded: an earlier referral to children's "
     "services had been made on the basis of her diagnosis alone.", "HS2 TH2"),
    ("The way Black African and Caribbean patients came into the service points to institutional racism: in the year "
     "reviewed, 71% were first seen following police involvement, compared with 28% of white British patients.",
     "HS2 TH3"),
    ("One professional described the couple's relationship as 'just how they are with each other', an assumption the "
     "panel felt would not have been made had they not both been in their seventies.", "HS2 HS7 TH3"),
    ("Because Mr C had a diagnosis of personality disorder, the chest pain he described in the three days before his "
     "death was attributed to anxiety.", "HS2 HS4 TH3"),
    ("Crisis team staff described Mr Y as 'high risk' because of his size and his time in prison, although he had never "
     "been violent towards staff.", "HS2 HS7"),
    ("The Gypsy and Traveller liaison officer told the review that families on the site had stopped asking the CMHT for "
     "help because they felt 'looked down on' by staff.", "HS2 TH2 TH3"),
    ("A support worker at the supported living service was dismissed after it emerged that she had borrowed £1,400 from "
     "Mr F, whose finances she was meant to be helping him to manage.", "HS6"),
    ("Care logs for the three nights before Mrs S was found on the floor of her room were written in the same hand and "
     "at the same time, and recorded two-hourly checks that the night carer later admitted she had not carried out.",
     "HS6"),
    ("The investigation established that a registered nurse had held Mr H by the neck during an incident in the lounge, "
     "and that two colleagues had written statements that did not match the CCTV footage.", "HS5 HS6"),
    ("Ms E reported that a male care coordinator had sent her personal text messages late at night and asked to meet "
     "her outside work. The Trust accepted that this was a serious breach of professional boundaries.", "HS6"),
    ("Details of Mr Q's forensic history were disclosed to his new employer by a housing support worker without his "
     "knowledge.", "HS6"),
    ("A healthcare assistant was overheard telling a patient who had asked for pain relief that she would 'go to the "
     "back of the queue' if she kept pressing the buzzer.", "HS6 HS7"),
    ("The panel was concerned to learn that a police officer had passed details of Ms W's disclosure to her partner, "
     "the alleged perpetrator.", "HS6"),
    ("The records of a seclusion episode were later found to have been altered to show that medical reviews had taken "
     "place at the required intervals.", "HS6"),
    ("The Trust's first response to the family's complaint was to defend the care provided, and the failings were only "
     "acknowledged after the Parliamentary and Health Service Ombudsman became involved.", "HS5"),
    ("Staff described a culture in which positive risk-taking was discouraged and every incident was followed by an "
     "investigation that 'looked for someone to blame'. As a result, leave was routinely cancelled after minor "
     "incidents.", "HS5 HS7"),
    ("Ms U's request for an advocate was refused by the ward manager on the grounds that she had capacity and so 'did "
     "not need one'.", "HS5 TH6"),
    ("Mr Z remained on the ward for six days after his section 2 had expired, with no legal authority to detain him.",
     "HS5"),
    ("The safeguarding lead closed the concern after a single telephone call with the care home manager, without "
     "speaking to Mrs A or her daughter, and recorded 'no further action – provider assured'.", "HS5 TH6"),
    ("Ms G had told three services that being touched without warning triggered flashbacks, yet she was examined in "
     "the ED without any explanation of what was about to happen.", "HS7 TH1"),
    ("There was little evidence that the team had thought about how Mr D's time in a young offender institution might "
     "affect his experience of being detained on a locked ward.", "HS4 TH1"),
    ("Routine enquiry about adverse childhood experiences was not part of the CMHT assessment template, and staff said "
     "they did not feel confident asking about it.", "HS1 TH1"),
    ("The Trust should make trauma-informed supervision available to all staff working in the crisis team.", "TH1"),
    ("How does my team help people to tell their story once, rather than repeating it at every new assessment?",
     "TH1"),
    ("There was no record of a carer's assessment being offered to Mr L's wife, even though she had told the GP she was "
     "'at the end of her tether'.", "HS7 TH6"),
    ("Referrals from the street outreach team were returned with a standard letter saying that the person must first "
     "register with a GP.", "HS1 TH2"),
    ("Mr S waited 19 months for an autism diagnostic assessment, and in that time he lost both his job and his "
     "tenancy.", "HS4 TH2"),
    ("The AMHP could not find a bed within the county, and Ms P was admitted to a private hospital 140 miles from home, "
     "where her family were able to visit only once.", "HS4"),
    ("Each of the four agencies had its own risk assessment for Ms K, and none of them had been shared with the "
     "others.", "HS3 TH4"),
    ("The review was told that the crisis line's eligibility criteria were unclear even to its own staff, and callers "
     "were often redirected to NHS 111, which sent them back again.", "HS3 TH2 TH5"),
    ("Mr A was seen by six different psychiatrists in two years, most of them locums, and his medication was changed "
     "four times.", "HS1 HS3 HS4"),
    ("It may be that the loss of face-to-face contact during the pandemic made it harder for the team to notice how "
     "isolated Mrs V had become.", "HS4"),
    ("Nurses said they felt unable to challenge the consultant's decision to discharge, even though the nursing team "
     "had serious concerns.", "HS5"),
    ("Mr W's care plan was written in clinical language and he had never been given a copy; when asked, he did not know "
     "he had one.", "HS1 TH6"),
    ("It was not clear from the records whether the GP or the CMHT was responsible for monitoring Ms B's lithium "
     "levels, and no blood test was done for eight months.", "HS3 TH5"),
    ("The housing provider was not invited to the discharge planning meeting, although it was known that Mr J's "
     "tenancy was at risk.", "HS3 TH4"),
    ("Women from the local Bangladeshi community were less likely than any other group to be referred to the perinatal "
     "mental health service, and no outreach with interpreters had been attempted.", "TH2 TH3"),
    ("Learning point: people who drink heavily should not be excluded from a mental health assessment because of their "
     "drinking.", "TH2"),
    ("Practitioners should routinely ask whether a person has difficulty reading, and record any communication needs in "
     "line with the Accessible Information Standard.", "TH3"),
    ("The ICB should satisfy itself that the new community mental health model has a single, published route for "
     "urgent referrals from primary care.", "TH5"),
    ("Families told us they were 'the last to know'. In two of the cases reviewed, relatives first heard from the "
     "police that their family member had been discharged.", "HS7 TH6"),
    ("Mrs N's son asked several times to be involved in planning his mother's care and was refused on grounds of "
     "confidentiality, although Mrs N had given written consent.", "HS7 TH6"),
    ("There was a lack of joint working between the learning disability team and the forensic service, each of which "
     "regarded the other as the lead.", "HS3 TH4 TH5"),
    ("The eligibility letter told Ms T that she did not have eligible needs under the Care Act, but did not explain why "
     "or how she could challenge the decision.", "HS1 HS4"),
    ("Mr O was asked the same questions by the crisis team, the liaison team and the ward on the same day, and by the "
     "third time he refused to answer.", "HS3"),
    ("Given that Ms D was discharged twice for missing appointments she had not known about, the Trust should review "
     "its did-not-attend policy for people with known literacy difficulties.", "HS1 TH2 TH3"),
    ("The ward should have contacted Mr P's partner before granting leave, as she had asked to be told.", "HS7 TH6"),
    ("Staff should have considered whether Ms H's increasing alcohol use was linked to the sexual assault she had "
     "disclosed the previous month.", "HS4 TH1"),
    ("Although the GP wrote to the CMHT three times, the letters were filed without being read by a clinician.",
     "HS3 TH4"),
    ("The social worker told Mr R that his personal budget would be 'reviewed downwards' unless he could prove that he "
     "still needed help with shopping.", "HS1 HS7"),
    ("Supervision for staff in the home treatment team had lapsed for most of 2022 because of vacancies at band 7.",
     "HS1"),
    ("There is a risk that the new digital front door will exclude people who do not have a smartphone or cannot "
     "afford mobile data.", "TH2 TH3"),

    # --- near-misses: mentions without failing, good practice, routine narrative ----------------------------------
    ("Mr A was seen by his care coordinator on 3 March 2022 and said that he was sleeping better.", ""),
    ("No safeguarding concerns were raised by any agency during the period under review.", ""),
    ("The family were consulted on the terms of reference, and their questions were included in full.", ""),
    ("There was no evidence of discrimination in the way Mr P's referral was handled.", ""),
    ("The panel considered whether Ms L's ethnicity had affected the response she received and found no evidence that "
     "it had.", ""),
    ("If a referral is accepted, the service aims to offer an assessment within four weeks.", ""),
    ("Dr Fiona Grant, consultant psychiatrist, chaired the multidisciplinary review.", ""),
    ("The care home manager, Ms Hollis, was interviewed on 12 April.", ""),
    ("Mrs D's daughter attended every review, and her views were recorded in detail.", ""),
    ("An interpreter was booked for each appointment, and Mr Nguyen confirmed that he had understood the plan.", ""),
    ("Staff on the ward had completed trauma-informed care training and could describe how they used it in practice.",
     ""),
    ("The crisis team responded within four hours, in line with the national standard.", ""),
    ("Ms Y was discharged from the CMHT in May 2021, at her own request, after completing a course of cognitive "
     "behavioural therapy.", ""),
    ("The police and the CMHT met weekly through the street triage scheme and shared information appropriately.", ""),
    ("Mr B's mother declined the offer of a carer's assessment, and this was clearly recorded.", ""),
    ("The review team did not identify any issues with the prescribing of Mr R's medication.", ""),
    ("An urgent DoLS authorisation was granted the same day, and a standard authorisation followed within the "
     "statutory timescale.", ""),
    ("The s117 aftercare plan was agreed jointly by health and social care and reviewed every six months.", ""),
    ("The AMHP arrived within two hours, and the assessment took place in a quiet room at the family home.", ""),
    ("Mr H's CPA review in January 2020 was attended by his GP, his housing officer and his sister.", ""),
    ("The MARAC met on 14 October and agreed a safety plan, which was shared with all agencies the same day.", ""),
    ("There is nothing to suggest that the outcome would have been different had the appointment taken place a week "
     "earlier.", ""),
    ("Ms F described her ethnicity as White British, and English was her first language.", ""),
    ("The Trust's complaints team acknowledged the complaint within three working days and offered a meeting.", ""),
    ("Ms V told the reviewer that her community psychiatric nurse was 'the one person who never gave up on me'.", ""),
    ("This section sets out the chronology of contact between Mr G and the services involved in his care.", ""),
    ("The Care Act assessment identified eligible needs for support with preparing meals and managing money.", ""),
    ("Whether Mr U had capacity to make decisions about his accommodation was considered at each review and "
     "documented.", ""),
    ("In the event that a patient does not attend, the policy allows the team to offer a second appointment and to "
     "contact the GP.", ""),
    ("The panel would like to thank the agencies that provided chronologies for this review.", ""),
    ("Mr K's sister described him as generous and funny, a keen cyclist who adored his dog.", ""),
    ("The GP practice had a domestic abuse champion and routinely asked about abuse in consultations about low mood.",
     ""),
    ("Mrs C was registered with a GP practice that offered extended hours on two evenings a week.", ""),
    ("The investigation found no evidence that restraint had been used inappropriately.", ""),
    ("Records show that the ward rang Mr L's mother before his discharge and that she agreed with the plan.", ""),
    ("The terms of reference asked the reviewer to consider whether pathways between primary and secondary care were "
     "clear.", ""),
    ("Mr D was allocated a care coordinator within five working days of his referral being accepted.", ""),
    ("All the staff interviewed knew the Trust's safeguarding policy and how to raise a concern.", ""),
    ("The substance misuse service and the CMHT held a joint review in September, at which a shared care plan was "
     "agreed.", ""),
    ("Ms A's first contact with services was in 2015, when her university counselling service referred her.", ""),
    ("The learning disability nurse visited weekly and adapted all written information into easy read.", ""),
    ("Mr E moved to a flat in Eastgate in July 2020 and registered with a new GP practice the following week.", ""),
    ("No concerns were identified about the quality of record keeping on the ward.", ""),
    ("The report was presented to the Safeguarding Adults Board on 18 September 2023 and accepted in full.", ""),
    ("Mr T's direct payment was increased in 2021 after a review that he described as 'fair and thorough'.", ""),
    ("The reviewer spoke with Mrs J's son, who said he had no concerns about the care his mother had received.", ""),
    ("Friends described Ms R as someone who kept her difficulties to herself and rarely asked anyone for help.", ""),
    ("On 14 March the home treatment team visited twice, and Ms E said she felt safer.", ""),
    ("Where a person has a history of trauma, the assessment template prompts staff to ask whether they would prefer a "
     "worker of a particular gender.", ""),
    ("Consideration was given to whether a safeguarding referral was needed; the team concluded, reasonably, that it "
     "was not.", ""),
    ("The independent advocate visited the ward every Tuesday and was able to see patients in private.", ""),
    ("Mrs P's Care Act assessment was completed within 28 days, and she received a copy of her support plan in large "
     "print.", ""),
    ("The ward's community meeting minutes show that patients' suggestions about activities were acted on.", ""),
    ("Ms N was not detained under the Mental Health Act at any point during the period covered by this review.", ""),
    ("The chronology was compiled from records held by seven agencies and checked for accuracy by each of them.", ""),
    ("Had Mr C been known to the crisis team, he would have been offered a same-day assessment under the current "
     "pathway.", ""),
    ("Ms Kaur, the named nurse for safeguarding adults, attended the panel as an adviser.", ""),
    ("Mr F's parents were told about the investigation within ten days and were offered a named contact throughout.",
     ""),
]
