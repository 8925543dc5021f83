//! Regressions (session 10): the speaker of a quotation whose sentence opens with a phrase
//! before its subject, and speaker phrases the rules used to cut after a determiner or an
//! adjective. Each was a wrong speaker before ("New Hampshire", "Besides", "Back", "a
//! pre-emptive", "The") or none at all.

use super::{Row, run};
use crate::QuoteKind;

t! {
    // the state after a city belongs to the opening phrase, not to the subject
    city_and_state_before_the_subject:
        "Talking to farmers in Dover, Delaware, Mark Dolan mocked his opponent, calling him “a tired old show.”", []
        => [(Partial, "a tired old show.", "Mark Dolan", "calling")];
    city_state_and_day_before_the_subject:
        "At a rally in Provo, Utah, on Friday, Ms. Okafor tried to clarify her remarks, saying the city must be “mending its bridges.”", []
        => [(Partial, "mending its bridges.", "Okafor", "saying")];
    // ... but a name set off by commas after the phrase is the subject with an apposition
    apposition_after_the_opening_phrase_is_kept:
        "In Washington, Senator Mary Lee, a Democrat, said the bill was “dead on arrival.”", []
        => [(Partial, "dead on arrival.", "Mary Lee", "said")];
    // a gerund after the opening preposition is no cue; the main verb is
    gerund_after_opening_preposition:
        "Besides attacking the former mayor, while the audience booed loudly, Ms. Pell asserted that the plan did “wonderful things” for the city.", []
        => [(Partial, "wonderful things", "Pell", "asserted")];
    opening_back_in_a_year:
        "Back in 1987, Mr. Ortiz praised his old coach, telling a reporter: “Nobody taught me more.”", []
        => [(Indirect, "his old coach", "Ortiz", "praised"), (Direct, "Nobody taught me more.", "Ortiz", "telling")];
    opening_time_phrase_with_later:
        "But a few days later, Ms. Ruiz reversed herself, telling a radio host that the rules “are set.”", []
        => [(Partial, "are set.", "Ruiz", "telling")];
    // a base form ("attack") is no finite cue for the participle after it
    participle_after_a_noun_that_looks_like_a_verb:
        "In an incendiary press conference, Leila Haddad launched a pre-emptive attack against the council, calling it “the most ignorant body in our history.”", []
        => [(Partial, "the most ignorant body in our history.", "Leila Haddad", "calling")];
    // speaker first after the quote, led by a modifier
    modifier_led_speaker_after_the_quote:
        "“This is a bleak week for people in my trade,” former city hall speechwriter Nadia Ferrant wrote in an email.", []
        => [(Direct, "This is a bleak week for people in my trade,", "Nadia Ferrant", "wrote")];
    // a capitalised determiner opening the sentence is no name: the phrase goes on to its noun
    lowercase_phrase_after_a_sentence_initial_determiner:
        "The retired neurosurgeon compared the plan to a hospital audit, calling it “a waste of everyone's time.”", []
        => [(Partial, "a waste of everyone's time.", "The retired neurosurgeon", "calling")];
    irregular_past_ends_the_phrase:
        "The billionaire developer began the evening with a promise, calling the tower “cheaper than a parking lot.”", []
        => [(Partial, "cheaper than a parking lot.", "The billionaire developer", "calling")];
    // a possessor's organisation or role in lower case is the speaker; another noun leaves
    // the possessor, and a capitalised name after it goes on as before
    possessor_then_organisation:
        "Kenya's central bank cut its main lending rate on Tuesday, saying “inflation has eased.”", []
        => [(Partial, "inflation has eased.", "Kenya's central bank", "saying")];
    possessor_then_other_noun:
        "Ms. Pell's gloomy tone surprised the crowd, calling the city “a ruin.”", []
        => [(Partial, "a ruin.", "Pell", "calling")];
    possessive_apposition_is_no_name:
        "“Logic would suggest that the attack strengthens the case,” said Holger Brandt of Verlin, Germany's largest private bank.", []
        => [(Direct, "Logic would suggest that the attack strengthens the case,", "Holger Brandt", "said")];
    // "a source familiar with the talks": the source speaks, not the talks
    source_familiar_with:
        "A source familiar with the talks said, “They are close.”", []
        => [(Direct, "They are close.", "A source familiar with the talks", "said")];
    people_close_to:
        "People close to the mayor said the plan was “dead.”", []
        => [(Partial, "dead.", "People close to the mayor", "said")];
    // a lower-case title before a name after the cue; a base form after "could only" (since
    // session 16 the cue keeps the modal and the adverb)
    cue_then_lowercase_title_and_name:
        "“Thanks for welcoming these families,” said master of ceremonies Lina Sorvik, a retired engineer.", []
        => [(Direct, "Thanks for welcoming these families,", "Lina Sorvik", "said")];
    could_only_quip:
        "A spokesman for the governor could only quip: “I guess the holiday was booked.”", []
        => [(Direct, "I guess the holiday was booked.", "A spokesman for the governor", "could only quip")];
    // a document after its determiner is the subject of a cue that could be a plural noun
    document_claims:
        "The ad claims “Ruiz is the candidate you can trust.”", []
        => [(Direct, "Ruiz is the candidate you can trust.", "The ad", "claims")];
    report_notes:
        "The report notes that the agency was “badly understaffed.”", []
        => [(Partial, "badly understaffed.", "The report", "notes")];
    // "what X calls “…”": X, a name or he/she (a "they" is left to the other rules)
    what_a_name_calls:
        "Ms. Ruiz railed against what Mayor Dunn calls a “rigged” process.", []
        => [(Partial, "rigged", "Dunn", "calls")];
    what_he_called:
        "Mr. Okafor walked out of what he called a “sham” hearing.", []
        => [(Partial, "sham", "Okafor", "called")];
    // "who has in the past described": the relative pronoun's phrase
    who_in_the_past:
        "Tomas Beck, who has in the past described the council as “a club for cronies,” spoke again on Monday.", []
        => [(Partial, "a club for cronies,", "Tomas Beck", "described")];
    // a base form right before the quote is a noun unless an auxiliary precedes it ...
    noun_before_the_quote_is_no_cue:
        "The fans loudly took up the old chant “Bring him home!” that echoed round the stadium.", []
        => [(Direct, "Bring him home!", None, None)];
    // session 14: a word that describes people between the determiner and the noun ("The
    // retired banker", "A young nurse") was where the phrase stopped, and no one spoke
    describing_word_before_the_noun:
        "The retired banker said: “The fund will fail.”\n\nA young nurse told reporters: “We are tired.”", []
        => [(Direct, "The fund will fail.", "The retired banker", "said"), (Direct, "We are tired.", "A young nurse", "told")];
    // ... but "read" is its own past
    message_read:
        "Above the stands, one banner read “Vote early, vote often.”", []
        => [(Direct, "Vote early, vote often.", "one banner", "read")];
    // the past forms that end a lower-case phrase are no stop words when capitalised
    met_office_and_met_police:
        "“We are investigating the incident,” a Met Police spokesman said.\n\n“Heavy rain is expected,” the Met Office said on Tuesday.", []
        => [(Direct, "We are investigating the incident,", "Met Police", "said"), (Direct, "Heavy rain is expected,", "Met Office", "said")];
    // session 11: a dateline opening the paragraph is no subject ("WASHINGTON" was the speaker)
    dateline_in_capitals_before_the_subject:
        "LISBON, March 4 (Harbor Wire) — Responding to the plan, the mayor's chief of staff rallied staff, saying: “Our team will be ready by spring.”", []
        => [(Direct, "Our team will be ready by spring.", "the mayor's chief of staff", "saying")];
    dateline_with_an_agency_before_the_subject:
        "Lisbon (AFP) – Mayor Ana Costa has taken a swipe at her rival, saying that “loud comments” do more harm than good.", []
        => [(Partial, "loud comments", "Ana Costa", "saying")];
    // ... and after a dateline and its date, no subject is guessed without a cue
    dateline_and_date_give_no_guess:
        "OSLO – 14 May 2021: Norway will put “serious money” into the port, the radio network cited Minister Ali Rahman as saying.", []
        => [];
}
