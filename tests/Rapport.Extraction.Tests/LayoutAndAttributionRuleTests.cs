using Rapport.Extraction.Dates;
using Rapport.Extraction.Text;
using Rapport.Model;

namespace Rapport.Extraction.Tests;

/// <summary>Rules of round 11, each on invented text: outlets named by layout, speakers named after their office, joint meetings.</summary>
public sealed class LayoutAndAttributionRuleTests
{
    private static ExtractionResult Run(string text, PartialDate? date = null) =>
        Extractor.Extract(DocumentId.ForText(text), text, date ?? PartialDate.Unknown);

    [Fact]
    public void A_chronology_table_cites_each_row_by_its_source_column_and_dates_it_by_its_date_column()
    {
        const string text = "# Chronology\n\nPrepared by the Monitor, 20 August 2024.\n\n| Date | Event | Source |\n|------|-------|--------|\n"
                            + "| 16 Aug 2024 | President Otto Kessel arrives in Zenda. | Zenda Post |\n"
                            + "| 17 Aug 2024 | Summit in Zenda. Kessel thanks the region for its help in his address. | Strelsau Herald; Radio Zenda |\n";
        var statement = Assert.Single(Run(text).Statements);
        Assert.Equal("2024-08-17", statement.Date.ToIsoString());
        Assert.Equal(["Strelsau Herald", "Radio Zenda"], statement.Citations.Select(c => c.Source));
    }

    [Fact]
    public void A_summary_item_head_cites_what_the_item_tells()
    {
        const string text = "Daily media summary\n\n**Tuesday, 2 July 2024**\n\n**Zeta News (30 Jun):** The meeting opened in Zenda. Envoy Ali Hasanov told the opening session that the talks were welcome.";
        var statement = Assert.Single(Run(text).Statements);
        Assert.Equal("Zeta News", Assert.Single(statement.Citations).Source);
        Assert.Equal("2024-06-30", statement.Date.ToIsoString());
    }

    [Fact]
    public void A_parliamentary_label_with_a_bracket_is_no_summary_item()
    {
        const string text = "Debate, 2 July 2024\n\nOtto Kessel (Strelsau North) (Con): The talks were welcome.";
        var statement = Assert.Single(Run(text).Statements);
        Assert.Empty(statement.Citations);
    }

    [Fact]
    public void Two_subjects_who_meet_meet_each_other()
    {
        var meeting = Assert.Single(Run("Notes, 20 August 2024.\n\nOn 18 August, President Otto Kessel and President Ali Hasanov meet for bilateral talks on the corridor.").Meetings);
        Assert.Equal("Otto Kessel", Assert.Single(meeting.SideA).Name);
        Assert.Equal("Ali Hasanov", Assert.Single(meeting.SideB).Name);
    }

    [Theory]
    [InlineData("According to the Ruritanian Defence Force spokesman, Brigadier General Otto Kessel, the troops will stay.")]
    [InlineData("According to Brigadier General Otto Kessel, the spokesman of the Ruritanian Defence Force, the troops will stay.")]
    public void According_to_a_person_described_by_office_is_that_person(string sentence)
    {
        var result = Run("Notes, 20 August 2024.\n\n" + sentence);
        var statement = Assert.Single(result.Statements);
        Assert.Equal("Otto Kessel", statement.Speaker.Name);
        Assert.Equal("the troops will stay.", statement.Content.Slice(result.Text));
    }

    [Fact]
    public void A_body_named_with_force_is_no_person()
    {
        var result = Run("Notes, 20 August 2024.\n\nThe Ruritanian Defence Force spokesman said nothing new.");
        Assert.DoesNotContain(result.Actors, a => a.Kind == ActorKind.Person && a.Ref.Name == "Force");
    }

    [Theory]
    [InlineData("President Otto Kessel arrived on 17 August. Said Kessel on 18 August: \"We stay.\"")]
    [InlineData("President Otto Kessel was in Zenda on 18 August; said Kessel in a post on X: \"We stay.\"")]
    public void A_verb_of_speech_opening_its_clause_takes_the_speaker_after_it(string sentence)
    {
        var statement = Assert.Single(Run("Notes, 20 August 2024.\n\n" + sentence).Statements);
        Assert.Equal("Otto Kessel", statement.Speaker.Name);
        Assert.Equal("2024-08-18", statement.Date.ToIsoString());
    }

    [Fact]
    public void The_following_week_is_told_to_the_month()
    {
        const string text = "The following week";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var date = Assert.Single(DateFinder.Find(tokens, 0, tokens.Count, PartialDate.OfDay(2024, 6, 30), null, PartialDate.OfDay(2024, 3, 29), forward: true));
        Assert.Equal("2024-04", date.Date.ToIsoString());
    }

    [Fact]
    public void A_meeting_told_with_he_reaches_back_to_where_he_was_named()
    {
        var result = Run("Notes, 20 June 2024.\n\nGeneral Otto Kessel visited the port on 19 June. On 18 June he had met the wounded sailors and the crews of the two boats at the hospital, his office said.");
        var meeting = Assert.Single(result.Meetings, m => m.Kind == MeetingKind.Meeting);
        Assert.Contains("Otto Kessel", meeting.Provenance.Span.Slice(result.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_without_a_year_takes_the_year_of_a_document_known_to_its_month()
    {
        const string text = "Talks end in Zenda\n\nZENDA, Dec 12 (Strelsau Wire) - The talks ended late on Wednesday after President Otto Kessel hosted them.\n\n\"We have a deal,\" Kessel said.";
        var result = Run(text, PartialDate.OfMonth(2024, 12));
        Assert.Equal("2024-12-12", result.DocumentDate.ToIsoString());
        Assert.Equal("2024-12-12", Assert.Single(result.Statements).Date.ToIsoString());
    }

    [Theory]
    [InlineData("Anwar told reporters that the talks would resume.", "Anwar Osman")]
    [InlineData("Hassan Sheikh told reporters that the talks would resume.", "Hassan Sheikh Kessel")]
    public void The_opening_words_of_a_name_given_earlier_refer_to_that_person(string sentence, string expected)
    {
        var text = $"Notes, 20 June 2024.\n\nPrime Minister Anwar Osman and President Hassan Sheikh Kessel met in Zenda on 19 June.\n\n{sentence}";
        Assert.Equal(expected, Assert.Single(Run(text).Statements).Speaker.Name);
    }

    [Fact]
    public void A_given_name_shared_by_two_people_named_earlier_stays_unresolved()
    {
        const string text = "Notes, 20 June 2024.\n\nPrime Minister Anwar Osman met Minister Anwar Rahimi in Zenda on 19 June.\n\nAnwar told reporters that the talks would resume.";
        Assert.Empty(Run(text).Statements);
    }

    [Fact]
    public void A_given_name_followed_by_another_surname_is_someone_else()
    {
        const string text = "Notes, 20 June 2024.\n\nPrime Minister Anwar Osman arrived in Zenda on 19 June.\n\nAnwar al-Rahimi told reporters that the talks would resume.";
        Assert.DoesNotContain(Run(text).Statements, st => st.Speaker.Name == "Anwar Osman");
    }

    [Fact]
    public void A_sitting_record_label_with_a_description_and_a_dash_opens_a_turn_and_the_chairs_label_names_nobody()
    {
        const string text = "Debates - Wednesday, 4 October 2023 - Zenda\n\nPresident. - The next item is the debate on the border.\n\n"
                            + "Otto von Kessel, on behalf of the Green Group. - Madam President, the attack was a turning point.\n\n"
                            + "Ali Hasanov, Member of the Commission. - Madam President, the Commission condemns the attack.";
        var result = Run(text);
        Assert.Equal(["Otto von Kessel", "Ali Hasanov"], result.Statements.Select(s => s.Speaker.Name));
        Assert.All(result.Statements, s => Assert.Equal("2023-10-04", s.Date.ToIsoString()));
    }

    [Fact]
    public void Called_on_a_person_without_an_errand_is_a_visit_and_called_on_to_act_is_speech()
    {
        var visit = Run("Zenda, 9 December 2024\n\nFollowing the consultations, Foreign Secretary Otto Kessel called on the Adviser for Foreign Affairs, Ali Hasanov, at the Ministry.");
        var meeting = Assert.Single(visit.Meetings);
        Assert.Equal("Ali Hasanov", Assert.Single(meeting.SideB).Name);
        Assert.Empty(visit.Statements);

        var appeal = Run("Zenda, 9 December 2024\n\nForeign Secretary Otto Kessel called on President Ali Hasanov to release the detainees.");
        Assert.Empty(appeal.Meetings);
        Assert.Equal("Otto Kessel", Assert.Single(appeal.Statements).Speaker.Name);
    }

    [Fact]
    public void A_date_in_a_regarding_phrase_does_not_date_what_follows()
    {
        const string text = "Zenda, 9 December 2024\n\nForeign Secretary Otto Kessel met Ambassador Ali Hasanov today. Regarding the attack on the mission in Strelsau on 2 December, we reiterated our protest.\n\nMr. Hasanov said the attack was regrettable.";
        var statement = Assert.Single(Run(text).Statements, s => s.Speaker.Name == "Ali Hasanov");
        Assert.Equal("2024-12-09", statement.Date.ToIsoString());
    }

    [Fact]
    public void A_bare_role_reference_in_a_release_means_the_one_whose_role_names_no_other_state()
    {
        const string text = "MINISTRY OF FOREIGN AFFAIRS\n\n25 January 2024\n\nThe Minister of Foreign Affairs, Ambassador Otto Kessel, received the Minister of Foreign Affairs of Ruritania, Ali Hasanov, today.\n\nIn his opening remarks, the Minister stated that the region must remain a zone of peace.";
        var statement = Assert.Single(Run(text).Statements);
        Assert.Equal("Otto Kessel", statement.Speaker.Name);
    }

    [Fact]
    public void A_role_reference_with_a_demonym_means_the_one_of_that_state()
    {
        const string text = "Zenda, 9 December 2024\n\nForeign Secretary Otto Kessel led our delegation. The Indian delegation was led by the Foreign Secretary of India, Mr. Ali Hasanov.\n\nThe Indian Foreign Secretary said the incident was regrettable.";
        Assert.Equal("Ali Hasanov", Assert.Single(Run(text).Statements).Speaker.Name);
    }

    [Fact]
    public void After_a_title_an_inner_word_of_a_long_name_is_that_person()
    {
        const string text = "Notes, 25 January 2024.\n\nThe talks brought together Otto Gil Pinto and Ali Hasanov in Zenda on 24 January.\n\nMinister Gil said on 25 January that his country did not recognise the court.";
        Assert.Equal("Otto Gil Pinto", Assert.Single(Run(text).Statements).Speaker.Name);
    }

    [Fact]
    public void An_initial_with_its_stop_opens_a_name_and_a_verb_after_the_comma_is_no_apposition()
    {
        var result = Run("Zenda, 3 December 2024\n\nThe Acting Foreign Secretary, Ambassador M. Otto Kessel, summoned the High Commissioner of Ruritania, Mr. Ali Hasanov, to the Ministry.");
        var kessel = Assert.Single(result.Actors, a => a.Ref.Name == "M. Otto Kessel");
        Assert.DoesNotContain("summoned", kessel.Role ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Actors, a => a.Kind == ActorKind.Person && a.Ref.Name == "M");
    }

    [Fact]
    public void Calls_with_two_counterparts_on_two_days_are_two_calls()
    {
        var result = Run("Notes, 12 December 2024.\n\nPresident Otto Kessel spoke by telephone with President Ali Hasanov on 7 December and with Prime Minister Marko Vidovic on 9 December.");
        Assert.Equal(["2024-12-07 Ali Hasanov", "2024-12-09 Marko Vidovic"], result.Meetings.Select(m => $"{m.Date.ToIsoString()} {Assert.Single(m.SideB).Name}"));
    }

    [Fact]
    public void A_pair_described_and_not_named_is_the_last_two_people_named()
    {
        const string text = "Notes, 25 January 2024.\n\nMinister Otto Kessel and Minister Ali Hasanov opened the talks in Zenda on 25 January.\n\n"
                            + "In the afternoon, the two ministers were received together by President Marko Vidovic at the palace. Vidovic received the two ministers separately on 26 January.";
        var result = Run(text);
        var together = Assert.Single(result.Meetings, m => m.Date.ToIsoString() == "2024-01-25" && m.SideB.Any(p => p.Name == "Marko Vidovic"));
        Assert.Equal(["Otto Kessel", "Ali Hasanov"], together.SideA.Select(p => p.Name));
        Assert.Equal(2, result.Meetings.Count(m => m.Date.ToIsoString() == "2024-01-26"));
    }

    [Fact]
    public void In_a_dated_story_a_year_in_a_which_clause_does_not_undate_later_speech()
    {
        const string text = "Deal in Zenda\n\nZENDA, Dec 12, 2024 (Strelsau Wire) - Two neighbours agreed to end their row, after President Otto Kessel hosted talks.\n\n"
                            + "The row began over Strelsau, which declared independence in 1991.\n\nSpeaking at the same news conference, Kessel thanked the guests and said the deal would hold.";
        var statement = Assert.Single(Run(text).Statements, s => s.Content.Slice(text).Contains("hold", StringComparison.Ordinal));
        Assert.Equal("2024-12-12", statement.Date.ToIsoString());
    }

    [Fact]
    public void A_briefing_label_with_an_office_and_a_colon_opens_the_spokespersons_turn_and_prose_does_not()
    {
        const string text = "Transcript of Weekly Media Briefing by the Official Spokesperson (May 29, 2025)\n\n"
                            + "Shri Otto Kessel, Official Spokesperson: Good afternoon. Talks and terror cannot go together.\n\n"
                            + "In Zenda, President Ali Hasanov told reporters: the border will stay open.";
        var result = Run(text);
        var turn = Assert.Single(result.Statements, s => s.Speaker.Name == "Otto Kessel");
        Assert.Equal("2025-05-29", turn.Date.ToIsoString());
        Assert.DoesNotContain(result.Actors, a => a.Ref.Name == "In Zenda");
    }

    [Fact]
    public void The_initials_of_an_office_the_text_gave_someone_refer_to_that_person()
    {
        const string text = "Notes, 29 May 2025.\n\nExternal Affairs Minister Dr. S. Otto Kessel concluded his visit last week. In Zenda on 19 May, EAM held talks with Foreign Minister Ali Hasanov.";
        var meeting = Assert.Single(Run(text).Meetings);
        Assert.Equal("S. Otto Kessel", Assert.Single(meeting.SideA).Name);
        Assert.Equal("Ali Hasanov", Assert.Single(meeting.SideB).Name);
    }

    [Fact]
    public void A_counterpart_after_a_title_and_a_form_of_address_with_its_stop_is_met()
    {
        var meeting = Assert.Single(Run("Notes, 29 May 2025.\n\nForeign Secretary Otto Kessel met the Ambassador of Ruritania, Mr. Ali Hasanov, in Zenda on 27 May.").Meetings);
        Assert.Equal("Ali Hasanov", Assert.Single(meeting.SideB).Name);
        Assert.Equal("2025-05-27", meeting.Date.ToIsoString());
    }

    [Fact]
    public void A_title_above_the_body_gives_no_meeting_of_its_own()
    {
        const string text = "PRESS RELEASE\n\nZenda, 12 September 2023\n\nMinister Otto Kessel receives the Envoy of the Council for the Border\n\n"
                            + "The Minister of Foreign Affairs, Mr. Otto Kessel, received today the Envoy of the Council for the Border, Mr. Ali Hasanov, who is on a working visit to Zenda.";
        var meeting = Assert.Single(Run(text).Meetings);
        Assert.Contains(meeting.SideA.Concat(meeting.SideB), p => p.Name == "Ali Hasanov");
    }

    [Fact]
    public void A_meeting_in_an_interview_answer_takes_the_day_the_question_gave_and_together_with_joins_the_hosts()
    {
        const string text = "BETWEEN THE ISLANDS\nBroadcast: Thursday, 26 September 2024\n\nHOST: Good evening. Prime Minister Otto Kessel is with us.\n\n"
                            + "HOST: President Ali Hasanov was in Zenda on Saturday. What did he tell you?\n\n"
                            + "KESSEL: I received President Ali Hasanov at the airport together with the president of the council, Marko Vidovic, and we went to the base.";
        var meeting = Assert.Single(Run(text).Meetings);
        Assert.Equal("2024-09-21", meeting.Date.ToIsoString());
        Assert.Equal("Ali Hasanov", Assert.Single(meeting.SideA).Name);
        Assert.Equal(["Otto Kessel", "Marko Vidovic"], meeting.SideB.Select(p => p.Name));
    }

    [Theory]
    [InlineData("On 8 May, Otto Kessel and Ali Hasanov held talks in the palace.", MeetingKind.Meeting)]
    [InlineData("On 8 May, Otto Kessel and Ali Hasanov hold a video call.", MeetingKind.PhoneCall)]
    [InlineData("On 8 May, Otto Kessel phones Ali Hasanov to inform him of the talks.", MeetingKind.PhoneCall)]
    public void Two_subjects_holding_talks_or_a_call_and_phones_are_encounters(string sentence, MeetingKind kind)
    {
        var meeting = Assert.Single(Run("Notes, 9 May 2025.\n\nPresident Otto Kessel and President Ali Hasanov were elected in April.\n\n" + sentence).Meetings);
        Assert.Equal(kind, meeting.Kind);
        Assert.Equal("2025-05-08", meeting.Date.ToIsoString());
    }

    [Fact]
    public void A_source_cell_with_its_own_day_gives_the_outlet_and_that_day()
    {
        const string text = "# Chronology\n\nCompiled 8 September 2025.\n\n| Date | Event | Sources |\n|---|---|---|\n"
                            + "| 1 April 2025 | After the talks President Otto Kessel tells reporters that the talks went well. | Zenda Post; Strelsau Radio, 2 April 2025 |\n";
        var statement = Assert.Single(Run(text).Statements);
        Assert.Equal(["Zenda Post", "Strelsau Radio"], statement.Citations.Select(c => c.Source));
        Assert.Equal("2025-04-02", statement.Citations[1].Date.ToIsoString());
    }

    [Fact]
    public void A_committee_record_labels_members_by_address_and_surname_and_the_chair_by_office()
    {
        const string text = "Foreign Affairs Committee\n\nWednesday 9 July 2025\n\nMembers present: Otto Kessel (Chair); Ali Hasanov.\n\n"
                            + "Q1 The Chair: Good afternoon, Minister. What is your reading?\n\nMr Hasanov: Our reading is simple. Twenty-six were ready to move.";
        var result = Run(text);
        Assert.Equal(["Otto Kessel", "Ali Hasanov"], result.Statements.Select(s => s.Speaker.Name));
    }

    [Fact]
    public void An_item_head_on_a_line_of_its_own_cites_the_paragraphs_under_it()
    {
        const string text = "PRESS REVIEW\nIssue 9 - Thursday, March 6, 2025\n\nZenda Post (Zenda), March 3:\nThe paper reported that President Otto Kessel said on Monday that the border would open.\n\n---\n\nEnvoy Ali Hasanov said on Tuesday that the talks would resume.";
        var result = Run(text);
        Assert.Equal("Zenda Post", Assert.Single(Assert.Single(result.Statements, s => s.Speaker.Name == "Otto Kessel").Citations).Source);
        Assert.Empty(Assert.Single(result.Statements, s => s.Speaker.Name == "Ali Hasanov").Citations);
    }

    [Fact]
    public void An_interview_labels_its_guest_by_surname_and_its_questions_by_interviewer()
    {
        const string text = "FACE TO FACE\nTranscript - interview with Otto Kessel, Minister of Foreign Affairs\nRecorded on Saturday, 15 November 2025\n\n"
                            + "Interviewer: Minister, Ali Hasanov has said the plan is dead. Is this a defeat?\n\nKessel: Not at all. Let us read the text.";
        var statement = Assert.Single(Run(text).Statements);
        Assert.Equal("Otto Kessel", statement.Speaker.Name);
        Assert.Equal("2025-11-15", statement.Date.ToIsoString());
    }

    [Fact]
    public void A_digest_item_head_with_the_agencys_headline_cites_the_paragraph_under_it_and_ranks_are_no_initials()
    {
        const string text = "MEDIA TRANSLATIONS\nDigest no. 31 - covering 28 July to 7 August 2024\n\nZETA NEWS, 30 July: \"Kessel: support is a principle\"\n"
                            + "President Otto Kessel received the delegation on Tuesday. The president told his guests that support was \"not a tactical choice\".\n\n"
                            + "Update, 1 August: Maj. Gen. Ali Hasanov said on Thursday that the drills were over.";
        var result = Run(text, PartialDate.OfMonth(2024, 8));
        Assert.Equal("ZETA NEWS", Assert.Single(Assert.Single(result.Statements, s => s.Speaker.Name == "Otto Kessel").Citations).Source);
        Assert.Single(result.Statements, s => s.Speaker.Name == "Ali Hasanov");
    }

    [Fact]
    public void In_a_ministrys_release_the_Minister_is_its_own_minister_and_an_earlier_month_does_not_undate_the_day()
    {
        const string text = "MINISTRY OF DEFENCE OF THE REPUBLIC OF ARMENIA\n\nPRESS RELEASE\nYerevan, 20 June 2024\n\n"
                            + "On 18 June, Minister of Defence of the Republic of Armenia Otto Kessel held talks in Paris with the Minister of the Armed Forces of France Ali Hasanov. "
                            + "The sides discussed the agreements reached in October 2023.\n\nMinister Hasanov welcomed the guests.\n\n"
                            + "The Minister stressed that Armenia is diversifying its partnerships.";
        var statement = Assert.Single(Run(text).Statements, s => s.Content.Slice(text).Contains("diversifying", StringComparison.Ordinal));
        Assert.Equal("Otto Kessel", statement.Speaker.Name);
        Assert.Equal("2024-06-18", statement.Date.ToIsoString());
    }

    [Fact]
    public void A_visit_told_by_its_month_and_the_meetings_of_its_day_are_one_record_but_another_place_is_another()
    {
        const string text = "Notes, 20 February 2024.\n\nDuring a third visit, in January 2024, Minister Otto Kessel travelled to Zenda. He met President Ali Hasanov in Zenda on January 23.\n\n"
                            + "On January 23, Kessel also met Marko Vidovic in Strelsau.";
        var meetings = Run(text).Meetings;
        var zenda = Assert.Single(meetings, m => m.SideB.Any(p => p.Name == "Ali Hasanov"));
        Assert.Equal("2024-01-23", zenda.Date.ToIsoString());
        Assert.DoesNotContain(meetings, m => m.Date.ToIsoString() == "2024-01");
        Assert.Single(meetings, m => m.SideB.Any(p => p.Name == "Marko Vidovic"));
    }

    [Fact]
    public void Meeting_coverage_names_speakers_in_capitals_and_by_the_state_they_represent()
    {
        const string text = "Security Council\n18 June 2024\n\nBriefings\n\nOTTO KESSEL, Under-Secretary-General for Political Affairs, said the situation was on the brink.\n\n"
                            + "Statements\n\nThe representative of the Russian Federation said his country had abstained on the resolution.";
        var speakers = Run(text).Statements.Select(s => s.Speaker.Name).ToList();
        Assert.Equal(["Otto Kessel", "representative of the Russian Federation"], speakers);
    }

    [Fact]
    public void A_record_label_with_a_title_before_the_name_is_that_persons_turn()
    {
        const string text = "Committee Record\nTime: Wednesday, 16 October 2024\nPlace: Room 101, Zenda Building, Legislative Yuan\n\n"
                            + "Legislator Otto Kessel (KMT): Thank you, Chair. Was the council consulted?\n\nMinister Ali Hasanov: Thank you. Responsibility lies with the other side.";
        var result = Run(text);
        Assert.Equal(["Otto Kessel", "Ali Hasanov"], result.Statements.Select(s => s.Speaker.Name));
        Assert.DoesNotContain(result.Actors, a => a.Ref.Name.Contains("Building", StringComparison.Ordinal) && a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_title_case_headline_does_not_run_a_name_into_its_verb()
    {
        var result = Run("PRESS RELEASE\n\nForeign Minister Otto Kessel Holds Bilateral Meetings With Partners\n\nZenda, 27 July 2024\n\nOn Thursday, FM Otto Kessel met the Foreign Minister of Ruritania, Ali Hasanov.");
        Assert.DoesNotContain(result.Actors, a => a.Ref.Name.Contains("Holds", StringComparison.Ordinal));
    }

    [Fact]
    public void A_numbered_digest_item_dated_in_two_calendars_cites_its_outlet_on_the_common_date()
    {
        const string text = "PRESS DIGEST\nSelected items, 17-30 January 2024\n\n2. Zenda Daily, 28 Dey 1402 (18 January 2024): Foreign Minister Otto Kessel said on 17 January that none of the victims were nationals.";
        var citation = Assert.Single(Assert.Single(Run(text, PartialDate.OfMonth(2024, 1)).Statements).Citations);
        Assert.Equal("Zenda Daily", citation.Source);
        Assert.Equal("2024-01-18", citation.Date.ToIsoString());
    }
}
