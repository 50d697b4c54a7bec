using Rapport.Extraction.Citations;
using Rapport.Extraction.Dates;
using Rapport.Extraction.Gazetteers;
using Rapport.Extraction.Names;
using Rapport.Extraction.Text;
using Rapport.Model;

namespace Rapport.Extraction.Tests;

public sealed class RuleTests
{
    private static ExtractionResult Run(string text, PartialDate? date = null) =>
        Extractor.Extract(DocumentId.ForText(text), text, date ?? PartialDate.OfDay(2018, 1, 10));

    [Theory]
    [InlineData("al-Arouri", "Aruri")]
    [InlineData("el-Arouri", "Arouri")]
    [InlineData("Qassem", "Ghasem")]
    [InlineData("Qasem", "Qassem")]
    [InlineData("Isma'il", "Ismail")]
    [InlineData("Da'ud", "Dawud")]
    [InlineData("Haniyeh", "Haniya")]
    public void Transliteration_variants_share_a_matching_key(string a, string b) => Assert.Equal(NameKey.Of(a), NameKey.Of(b));

    [Fact]
    public void Different_names_keep_different_keys() => Assert.NotEqual(NameKey.Of("Hassan"), NameKey.Of("Hussein"));

    [Fact]
    public void Normaliser_joins_hyphenated_and_broken_lines_and_maps_offsets_back()
    {
        var original = "The organi-\nzation said \u201Cyes\u201D \u2013 and\n\nmore.";
        var n = TextNormalizer.Normalize(original);
        Assert.Equal("The organization said \"yes\" - and more.", n.Value);
        var at = n.Value.IndexOf("said", StringComparison.Ordinal);
        var (start, end) = n.ToOriginal(at, at + 4);
        Assert.Equal("said", original[start..end]);
    }

    [Fact]
    public void Bullet_marks_become_one_bullet_block()
    {
        var n = TextNormalizer.Normalize("- ▶ First point.\n ◆ Second point.");
        var blocks = Segmenter.Blocks(n.Value);
        Assert.All(blocks, b => Assert.Equal(BlockKind.Bullet, b.Kind));
    }

    [Fact]
    public void Sentences_do_not_split_after_abbreviations_or_initials()
    {
        const string text = "Dr. J. Smith met U.S. officials. Then he left.";
        var sentences = Segmenter.Sentences(text, Segmenter.Blocks(text));
        Assert.Equal(2, sentences.Count);
    }

    [Theory]
    [InlineData("December 25, 2017", "2017-12-25")]
    [InlineData("25 December 2017", "2017-12-25")]
    [InlineData("25.12.2017", "2017-12-25")]
    [InlineData("in August 2017", "2017-08")]
    [InlineData("at the end of 2016", "2016")]
    [InlineData("in mid-2022", "2022")]
    [InlineData("by late-2019", "2019")]
    public void Dates_are_read_with_their_precision(string text, string iso)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var dates = DateFinder.Find(tokens, 0, tokens.Count, PartialDate.Unknown, null);
        Assert.Equal(iso, Assert.Single(dates).Date.ToIsoString());
    }

    [Theory]
    [InlineData("on Tuesday", "2018-01-09")]
    [InlineData("two days later", "2018-01-12")]
    [InlineData("recently", "2018-01")]
    public void Relative_dates_resolve_against_the_anchor(string text, string iso)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var dates = DateFinder.Find(tokens, 0, tokens.Count, PartialDate.OfDay(2018, 1, 10), null);
        Assert.Equal(iso, Assert.Single(dates).Date.ToIsoString());
    }

    [Fact]
    public void February_30_is_a_warning_and_an_unknown_date()
    {
        var result = Run("Ali Hasanov, the Ruritanian ambassador to Freedonia, said on February 30, 2017 that ties were good.");
        Assert.NotEmpty(result.Warnings);
        Assert.All(result.Statements, s => Assert.False(s.Date.IsKnown));
    }

    [Theory]
    [InlineData("(Tasnim, December 11, 2017; Fars, December 25, 2017)", "Tasnim|Fars")]
    [InlineData("(al-Aqsa YouTube channel and Hamas movement website, December 30, 2017, Sama, December 31, 2017)", "al-Aqsa YouTube channel|Hamas movement website|Sama")]
    [InlineData("(Facebook page of Husam al-Dajani, August 16, 2017)", "Facebook page of Husam al-Dajani")]
    [InlineData("(Filastin al-Yawm, and Safa, December 21, 2017)", "Filastin al-Yawm|Safa")]
    public void Citations_are_recognised_by_shape(string text, string outlets)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var citation = Assert.Single(CitationFinder.Find(text, tokens));
        Assert.Equal(outlets, string.Join('|', citation.Outlets.Select(o => o.Outlet)));
    }

    [Fact]
    public void A_parenthesis_without_a_date_is_not_a_citation()
    {
        const string text = "(Lebanon, and in the future possibly Syria as well)";
        Assert.Empty(CitationFinder.Find(text, Tokenizer.Tokenize(text, 0, text.Length)));
    }

    [Fact]
    public void Unknown_person_is_discovered_from_an_apposition_with_role_and_affiliation()
    {
        var result = Run("Marko Vidovic, Hezbollah representative in Ruritania, said the ties were strong (Zeta News, March 3, 2019).");
        var statement = Assert.Single(result.Statements);
        Assert.Equal("Marko Vidovic", statement.Speaker.Name);
        Assert.Equal("Hezbollah representative in Ruritania", statement.SpeakerRole);
        Assert.Equal("Hezbollah", statement.Organization?.Name);
        Assert.Equal("2019-03-03", statement.Date.ToIsoString());
        Assert.Equal("Zeta News", Assert.Single(statement.Citations).Source);
    }

    [Fact]
    public void Surname_alone_resolves_to_person_named_earlier()
    {
        var result = Run("Hamas spokesman Tariq Bazzi visited Cairo. Bazzi said the talks went well (Safa, May 2, 2019).");
        var statement = Assert.Single(result.Statements);
        Assert.Equal("Tariq Bazzi", statement.Speaker.Name);
    }

    [Fact]
    public void Two_people_sharing_a_surname_leave_the_surname_unresolved()
    {
        var result = Run("Hamas spokesman Tariq Bazzi and PIJ spokesman Omar Bazzi arrived. Bazzi said nothing new (Safa, May 2, 2019).");
        Assert.DoesNotContain(result.Statements, s => s.Speaker.Name.Contains("Bazzi", StringComparison.Ordinal));
    }

    [Fact]
    public void Pronoun_continues_the_statement_of_the_speaker_named_before()
    {
        var result = Run("- ▶ PIJ spokesman Nabil Haddad said the support continued. He added that it was vital (Quds Press, June 5, 2019).");
        var statement = Assert.Single(result.Statements);
        Assert.Equal("Nabil Haddad", statement.Speaker.Name);
        Assert.Equal("2019-06-05", statement.Date.ToIsoString());
    }

    [Fact]
    public void Met_with_three_counterparts_is_one_meeting_with_three_on_side_b()
    {
        var result = Run("On May 1, 2019, Hamas spokesman Tariq Bazzi met with Ali Larijani, Ali Shamkhani and Mohammad Javad Zarif in Tehran.");
        var meeting = Assert.Single(result.Meetings);
        Assert.Equal(3, meeting.SideB.Count);
        Assert.Equal("2019-05-01", meeting.Date.ToIsoString());
    }

    [Fact]
    public void A_visit_without_named_counterpart_has_the_host_state_as_side_b()
    {
        var result = Run("On May 1, 2019, a Hamas delegation led by Tariq Bazzi, Hamas spokesman, arrived in Damascus.");
        var meeting = Assert.Single(result.Meetings);
        Assert.Equal(MeetingKind.Visit, meeting.Kind);
        Assert.Equal("Syria", Assert.Single(meeting.SideB).Name);
    }

    [Fact]
    public void Announced_visits_and_condolence_telegrams_are_not_meetings()
    {
        var result = Run("Isma'il Haniyeh, head of Hamas' political bureau, is also expected to visit Iran. Condolence telegram sent by Isma'il Haniyeh to Ali Larijani (Safa, May 2, 2019).");
        Assert.Empty(result.Meetings);
    }

    [Fact]
    public void Estimative_expressions_map_to_ICD_203_bands()
    {
        var result = Run("In our assessment, Iran can be expected to increase its support. It is possible that Hamas will agree.");
        Assert.Contains(result.Assessments, a => a.Likelihood == EstimativeLikelihood.Likely);
        Assert.Contains(result.Assessments, a => a.Likelihood == EstimativeLikelihood.RoughlyEvenChance);
    }

    [Fact]
    public void Every_fact_points_into_the_original_text()
    {
        var text = "- ▶ **Hamas spokesman Tariq Bazzi** said \u201Cthe ties are strong\u201D (Safa, May 2, 2019).";
        var result = Run(text);
        var statement = Assert.Single(result.Statements);
        Assert.Contains("Tariq Bazzi", statement.Provenance.Span.Slice(text), StringComparison.Ordinal);
        Assert.Equal(Rules.StatementReported, statement.Provenance.Rule);
    }
    [Theory]
    [InlineData("on 2nd May 2023", "2023-05-02")]
    [InlineData("on May 2nd, 2023", "2023-05-02")]
    [InlineData("on the 23rd of November 2023", "2023-11-23")]
    [InlineData("on the 3rd of March", "2018-03-03")]
    [InlineData("on Sept. 12", "2018-09-12")]
    [InlineData("Mar. 3 - talks", "2018-03-03")]
    public void Ordinal_and_abbreviated_dates_are_read(string text, string iso)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var dates = DateFinder.Find(tokens, 0, tokens.Count, PartialDate.OfYear(2018), null);
        Assert.Equal(iso, Assert.Single(dates).Date.ToIsoString());
    }

    [Theory]
    [InlineData("the 2th of May")]
    [InlineData("the 3st of May")]
    [InlineData("the 3rd may be")]
    public void Malformed_ordinals_are_not_dates(string text)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        Assert.Empty(DateFinder.Find(tokens, 0, tokens.Count, PartialDate.OfYear(2018), null));
    }

    [Fact]
    public void A_wire_dateline_dates_the_story_and_its_weekdays()
    {
        const string text = "Talks open in Zenda\n\nZENDA, 2nd May 2023 (Zeta Wire) - Talks opened on Tuesday.\n\nRuritanian Foreign Minister Ali Hasanov told reporters on Monday that a deal was near.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal("2023-05-02", result.DocumentDate.ToIsoString());
        Assert.Equal("2023-05-01", Assert.Single(result.Statements).Date.ToIsoString());
    }

    [Fact]
    public void A_year_heading_gives_its_year_to_the_entries_under_it()
    {
        const string text = "A chronology\n\n2022\n\nOct. 14 - Ruritanian Foreign Minister Ali Hasanov says that ties are good. (Zeta News, Oct. 14)\n\n2023\n\nMar. 3 - Freedonian Prime Minister Marko Vidovic says that the border is open. (Zeta News, Mar. 3)";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal("2022-10-14|2023-03-03", string.Join("|", result.Statements.Select(s => s.Date.ToIsoString())));
    }

    [Fact]
    public void Meeting_separately_with_two_people_is_two_meetings()
    {
        var result = Run("On 9 January Ruritanian Foreign Minister Ali Hasanov met separately with envoy Marko Vidovic, who leads the talks, and with envoy Tariq Bazzi.");
        Assert.Equal(2, result.Meetings.Count);
        Assert.All(result.Meetings, m => Assert.Single(m.SideB));
    }

    [Fact]
    public void A_reception_in_a_place_by_a_host_is_a_meeting()
    {
        var result = Run("Ruritanian Foreign Minister Ali Hasanov was received in Zenda on 9 January by President Marko Vidovic.");
        var meeting = Assert.Single(result.Meetings);
        Assert.Equal("2018-01-09", meeting.Date.ToIsoString());
        Assert.Contains(meeting.SideB, p => p.Name == "Marko Vidovic");
    }

    [Fact]
    public void A_long_label_with_an_initial_and_a_question_label_with_an_outlet_are_turns()
    {
        const string text = "Joint press conference\n\nPRESIDENT ALI K. HASANOV: We agreed on the border.\n\nQUESTION (Zeta TV): Mr. President, will the border open?\n\nPRESIDENT ALI K. HASANOV: Yes, next month.";
        var result = Run(text);
        var statement = Assert.Single(result.Statements);
        Assert.EndsWith("Hasanov", statement.Speaker.Name, StringComparison.Ordinal);
    }

    // A made-up gazetteer: a state with a mountain as a metonym, and a father whose son carries his name inside a longer one.
    private static readonly Extractor Invented = new(
        new Gazetteer(GazetteerLoader.Parse(
            "# priority: 0\nRUR\tstate\tRuritania\tdemonym:Ruritanian;metonym:Zenda;metonym:Tarlenheim\t\t\n"
            + "p/rudolf-elphberg\tperson\tRudolf Elphberg\t\t\tRUR|government|1990|2021\n", "invented.tsv")),
        Rapport.Extraction.Lexicons.Lexicon.Load());

    private static ExtractionResult RunInvented(string text) =>
        Invented.Run(DocumentId.ForText(text), text, PartialDate.OfDay(2024, 5, 11));

    [Fact]
    public void Speaking_by_telephone_with_someone_is_a_call()
    {
        var result = Run("Ruritanian President Ali Hasanov spoke by telephone with Freedonian President Marko Vidovic on 8 January.");
        var call = Assert.Single(result.Meetings);
        Assert.Equal(MeetingKind.PhoneCall, call.Kind);
        Assert.Equal("2018-01-08", call.Date.ToIsoString());
    }

    [Fact]
    public void A_quotation_before_its_speaker_is_the_statements_text()
    {
        var result = Run("Ruritanian Foreign Minister Ali Hasanov arrived on 9 January. \"We have narrowed the differences,\" Hasanov told reporters after the session.");
        var statement = Assert.Single(result.Statements);
        Assert.Equal("\"We have narrowed the differences,\"", statement.Content.Slice(result.Text));
    }

    [Fact]
    public void The_speech_after_a_date_starts_after_its_that()
    {
        var result = Run("Ruritanian Foreign Minister Ali Hasanov said on 23 November that the border would open.");
        Assert.Equal("the border would open.", Assert.Single(result.Statements).Content.Slice(result.Text));
    }

    [Fact]
    public void A_place_before_a_personal_name_is_a_given_name()
    {
        var result = RunInvented("Ruritanian Foreign Minister Tarlenheim Hasanov met envoy Marko Vidovic on 10 May.");
        Assert.Contains(result.Actors, a => a.Ref.Name == "Tarlenheim Hasanov" && a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_full_name_inside_a_longer_name_is_someone_else()
    {
        var result = RunInvented("Ruritania's transitional president, Karl Rudolf Elphberg Itno, said on 10 May that the army would stay.");
        Assert.Equal("Karl Rudolf Elphberg Itno", Assert.Single(result.Statements).Speaker.Name);
        Assert.DoesNotContain(result.Actors, a => a.Ref.Name == "Rudolf Elphberg");
    }

    [Fact]
    public void A_nickname_in_brackets_between_a_name_and_its_verb_keeps_the_speaker()
    {
        var result = Run("Militia commander Ali Hasanov (\"the Falcon\") said in an audio recording posted on 10 January that his forces held the airport.");
        Assert.Equal("Ali Hasanov", Assert.Single(result.Statements).Speaker.Name);
    }

    [Fact]
    public void A_body_closing_a_report_of_a_meeting_is_its_source_not_a_speaker()
    {
        var result = Run("Ruritanian Foreign Minister Ali Hasanov met envoy Marko Vidovic in Zenda on 6 January, the Ruritanian foreign ministry said.");
        Assert.Single(result.Meetings);
        Assert.Empty(result.Statements);
    }

    [Fact]
    public void A_long_title_set_off_by_commas_names_the_speaker()
    {
        var result = Run("The leader of the militia faction on the islands of the northern lake, Tariq Bazzi, said in a video released on 30 December that his fighters would not surrender.");
        Assert.Equal("Tariq Bazzi", Assert.Single(result.Statements).Speaker.Name);
    }

    [Fact]
    public void In_a_dated_wire_story_undated_speech_is_of_the_storys_day()
    {
        const string text = "Talks end\n\nZENDA, May 11, 2024 (Zeta Wire) - Talks ended on Saturday.\n\nPresident Marko Vidovic received Ruritanian Foreign Minister Ali Hasanov at the start of the talks on Friday.\n\n\"We are close,\" Hasanov told reporters after the final session.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal("2024-05-11", Assert.Single(result.Statements).Date.ToIsoString());
    }

    [Fact]
    public void A_new_paragraph_on_another_person_moves_the_pronoun_to_them()
    {
        const string text = "Envoy Marko Vidovic told the Zeta Herald that the talks would go on.\n\nRuritanian Foreign Minister Ali Hasanov travelled to Zenda on 7 January and met his counterpart Tariq Bazzi. After the meeting he said that aid would follow (Zeta News, 8 January 2018).";
        var result = Run(text);
        Assert.Equal("Ali Hasanov", result.Statements.Single(s => s.Content.Slice(result.Text).StartsWith("aid", StringComparison.Ordinal)).Speaker.Name);
    }

    [Fact]
    public void An_interview_is_dated_by_the_day_its_introduction_gives()
    {
        const string text = "Peace is near: an interview\n\nAli Hasanov, spokesman of the Ruritanian Front, spoke to us by telephone on Wednesday 28 December 2022. The interview was published on 30 December 2022.\n\nQUESTION: What has changed?\n\nALI HASANOV: The guns are silent.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal("2022-12-28", Assert.Single(result.Statements).Date.ToIsoString());
    }

    [Fact]
    public void A_question_recalling_an_undated_remark_is_no_statement()
    {
        const string text = "An interview\n\nPublished: 30 December 2022\n\nQUESTION: President Marko Vidovic has said that his country was not a party. Does that worry you?\n\nALI HASANOV: It worries everybody.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.DoesNotContain(result.Statements, s => s.Speaker.Name == "Marko Vidovic");
    }

    [Fact]
    public void A_speech_carried_by_a_dated_interview_takes_the_interviews_day()
    {
        var result = Run("The militia's commander, Ali Hasanov, accused the army of preparing an offensive, in an interview with the agency published on Sunday.");
        Assert.Equal("2018-01-07", Assert.Single(result.Statements).Date.ToIsoString());
    }

    [Fact]
    public void A_relative_who_after_a_name_makes_it_a_person()
    {
        var result = Run("On 9 January Ruritanian Foreign Minister Ali Hasanov met separately with Otto Kessel, who heads the government delegation, and with envoy Marko Vidovic.");
        Assert.Contains(result.Meetings, m => m.SideB.Any(p => p.Name == "Otto Kessel"));
    }

    [Fact]
    public void A_source_named_after_the_counterparts_is_not_one_of_them()
    {
        var result = Run("Ruritanian President Ali Hasanov spoke by telephone with President Marko Vidovic on 6 January to discuss the border, the presidency said in a statement.");
        Assert.Equal("Marko Vidovic", Assert.Single(Assert.Single(result.Meetings).SideB).Name);
    }

    [Fact]
    public void Sitting_down_with_someone_is_a_meeting()
    {
        var result = Run("General Ali Hasanov sat down with Field Marshal Marko Vidovic on 6 January.");
        Assert.Equal("Marko Vidovic", Assert.Single(Assert.Single(result.Meetings).SideB).Name);
    }

    [Fact]
    public void Two_subjects_speaking_by_telephone_are_a_call_between_them()
    {
        const string text = "A chronology\n\n2018\n\nJan. 6 - Ruritanian Foreign Minister Ali Hasanov and Freedonian envoy Marko Vidovic speak by telephone about the border. (Zeta News, Jan. 6)";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        var call = Assert.Single(result.Meetings);
        Assert.Equal(MeetingKind.PhoneCall, call.Kind);
        Assert.Equal("Marko Vidovic", Assert.Single(call.SideB).Name);
    }

    [Fact]
    public void A_description_before_a_named_counterpart_gives_way_to_the_name()
    {
        var result = Run("On 9 January Ruritanian Foreign Minister Ali Hasanov met the militia's acting foreign minister, Amir Tariq Bazzi.");
        Assert.Equal("Amir Tariq Bazzi", Assert.Single(Assert.Single(result.Meetings).SideB).Name);
    }

    [Fact]
    public void A_counterpart_described_in_lower_case_words_before_the_name_is_that_person()
    {
        var result = Run("Ruritania's special representative, Ali Hasanov, held talks in Zenda with acting commerce minister Marko Vidovic on 3 January.");
        var meeting = Assert.Single(result.Meetings);
        Assert.Equal("Ali Hasanov", Assert.Single(meeting.SideA).Name);
        Assert.Equal("Marko Vidovic", Assert.Single(meeting.SideB).Name);
    }

    [Fact]
    public void A_date_that_names_a_body_is_no_date()
    {
        var result = Run("Envoy Ali Hasanov said on 9 January that the March 23 Movement had advanced.");
        Assert.Equal("2018-01-09", Assert.Single(result.Statements).Date.ToIsoString());
    }

    [Fact]
    public void Dates_inside_reported_speech_and_past_perfect_do_not_date_later_undated_speech()
    {
        const string text = "Council meeting\n\nTuesday, 20 February 2024\n\nAli Hasanov said that President Marko Vidovic had received the envoy on 16 February. Envoy Tariq Bazzi had spoken with him on Saturday, 17 February, he said.\n\nOtto Kessel (Freedonia) said his delegation supported the talks.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal("2024-02-20", result.Statements.Single(s => s.Speaker.Name == "Otto Kessel").Date.ToIsoString());
    }

    [Fact]
    public void A_trailing_pronoun_attribution_is_the_current_speaker()
    {
        const string text = "Council meeting\n\nTuesday, 20 February 2024\n\nLinda Hasanova (Ruritania) said the offensive must stop. Envoy Tariq Bazzi had spoken with President Marko Vidovic on Saturday, she said.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.All(result.Statements, s => Assert.Equal("Linda Hasanova", s.Speaker.Name));
        Assert.Contains(result.Meetings, m => m.Kind == MeetingKind.PhoneCall || m.SideB.Any(p => p.Name == "Marko Vidovic"));
    }

    [Fact]
    public void A_name_with_a_participle_of_speech_after_it_is_a_person()
    {
        var result = Run("Otto Kessel, speaking by video link from Zenda, told members on 9 January that the fighting had spread.");
        Assert.Equal("Otto Kessel", Assert.Single(result.Statements).Speaker.Name);
    }

    [Fact]
    public void A_title_of_a_place_set_off_by_a_comma_names_the_person_after_it()
    {
        var result = Run("Envoy Ali Hasanov travelled to Zenda on 12 January, where he met with the military Governor of North Strelsau, Peter Kessel.");
        Assert.Contains(result.Meetings, m => m.SideB.Any(p => p.Name == "Peter Kessel"));
    }

    [Fact]
    public void A_bracketed_initialism_after_a_name_does_not_make_it_a_person()
    {
        var result = Run("Northern Kessel Province (NKP) claimed an attack on 9 January.");
        Assert.DoesNotContain(result.Actors, a => a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_wire_lead_summing_up_a_speech_the_body_reports_is_not_a_second_record()
    {
        const string text = "Police arrive\n\nZENDA, 26 Jun (Zeta Wire) - Prime Minister Ali Hasanov pledged on Wednesday that the police would patrol within days.\n\n\"We asked them to help us,\" Hasanov told reporters after the meeting.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.OfDay(2024, 6, 26));
        var statement = Assert.Single(result.Statements);
        Assert.Equal("2024-06-26", statement.Date.ToIsoString());
    }

    [Fact]
    public void A_person_named_after_a_later_according_to_reports_the_speech()
    {
        var result = Run("Envoy Ali Hasanov spoke by phone with President Marko Vidovic on 8 January and reaffirmed support for the talks, according to ministry spokesperson Tariq Bazzi, who said the call was warm.");
        Assert.Equal("Tariq Bazzi", Assert.Single(result.Statements).Speaker.Name);
    }

    [Fact]
    public void According_to_figures_is_no_speaker()
    {
        var result = Run("More than 2,500 people were killed in the first three months of the year, according to Ruritanian Army figures.");
        Assert.Empty(result.Statements);
    }

    [Theory]
    [InlineData("earlier this month", "2018-01")]
    [InlineData("this year", "2018")]
    [InlineData("earlier this year", "2018")]
    public void Vague_dates_of_the_current_period_take_the_anchors_month_or_year(string when, string iso)
    {
        var result = Run($"Envoy Ali Hasanov said {when} that the border would open.");
        Assert.Equal(iso, Assert.Single(result.Statements).Date.ToIsoString());
    }

    [Fact]
    public void Day_and_month_without_a_year_take_the_anchors_year_day_first()
    {
        const string text = "Chronology\n\nCompiled 30 October 2023\n\n04/05 - Zenda. Envoy Ali Hasanov meets with President Marko Vidovic on the draft statute. (Zeta News, 04/05/2023)";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal("2023-05-04", Assert.Single(result.Meetings).Date.ToIsoString());
    }

    [Fact]
    public void Joint_hosts_in_the_present_tense_host_their_visitors()
    {
        const string text = "Chronology\n\nCompiled 30 October 2023\n\n27 Feb. - Zenda. Envoy Ali Hasanov and envoy Tariq Bazzi host President Marko Vidovic and Prime Minister Otto Kessel for talks. (Zeta News, 28 February 2023)";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        var meeting = Assert.Single(result.Meetings);
        Assert.Equal("2023-02-27", meeting.Date.ToIsoString());
        Assert.Equal(["Ali Hasanov", "Tariq Bazzi"], meeting.SideB.Select(p => p.Name));
    }

    [Fact]
    public void Meeting_together_with_A_and_then_separately_with_B_is_two_meetings()
    {
        var result = Run("On 1 January Ruritanian President Ali Hasanov and Freedonian Chancellor Tariq Bazzi met together with Marko Vidovic and then, separately, with Otto Kessel, after clashes on 29 December.");
        Assert.Equal(["2018-01-01", "2018-01-01"], result.Meetings.Select(m => m.Date.ToIsoString()));
        Assert.Equal(["Marko Vidovic", "Otto Kessel"], result.Meetings.Select(m => Assert.Single(m.SideB).Name));
    }

    [Fact]
    public void Numbered_endnotes_resolve_bracketed_markers()
    {
        const string text = "Analysis\n\nJuly 2024\n\nEnvoy Ali Hasanov said the army was strong.[1]\n\nNotes\n\n1. Zeta News, 27 July 2023; Kessel Daily, 28 July 2023.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        var statement = Assert.Single(result.Statements);
        Assert.Equal("2023-07-27", statement.Date.ToIsoString());
        Assert.Equal(["Zeta News", "Kessel Daily"], statement.Citations.Select(c => c.Source));
    }

    [Fact]
    public void A_date_without_a_year_in_a_story_of_an_earlier_year_takes_the_storys_year()
    {
        const string text = "Analysis\n\nPublished: 10 July 2024\n\nEnvoy Ali Hasanov arrived in Zenda on 25 July 2023.\n\nOn 13 September, President Marko Vidovic said that talks had begun.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal("2023-09-13", Assert.Single(result.Statements).Date.ToIsoString());
    }

    [Fact]
    public void A_family_name_alone_refers_to_the_one_person_named_family_name_first()
    {
        const string text = "Analysis\n\nPublished: 10 July 2024\n\nPresident Pak Sung Ho said on 1 July that talks had begun.\n\nLater Pak said on 2 July that they had failed.\n\nMinister Pak Yo Han said on 3 July that they would resume.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal(["Pak Sung Ho", "Pak Sung Ho", "Pak Yo Han"], result.Statements.Select(s => s.Speaker.Name));
    }

    [Fact]
    public void A_treaty_that_was_signed_is_no_person()
    {
        var result = Run("The Comprehensive Strategic Partnership Treaty signed in Zenda on 9 January codifies the relationship.");
        Assert.DoesNotContain(result.Actors, a => a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_short_sentence_closed_by_a_footnote_marker_is_no_heading()
    {
        const string text = "Analysis\n\nPublished: 2 July 2024\n\nEnvoy Ali Hasanov said the army was strong.[1]";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Single(result.Statements);
    }

    [Fact]
    public void A_logs_day_heading_without_a_year_dates_the_entries_under_it()
    {
        const string text = "Monitoring log\n\nPeriod covered: 3-9 August 2022\n\nWed 3 Aug\n\nEnvoy Ali Hasanov said the talks had begun (Zeta News, 3 Aug).\n\nSun 7 Aug\n\nEnvoy Tariq Bazzi spoke by phone with Marko Vidovic several times during the day, sources said.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal("2022-08-07", Assert.Single(result.Meetings).Date.ToIsoString());
    }

    [Fact]
    public void The_ordinal_of_a_day_alone_is_a_day_of_the_month_being_told()
    {
        var result = Run("Talks opened on 8 January. And on the 10th, the decisive day, envoy Ali Hasanov spoke by phone with General Marko Vidovic.");
        Assert.Equal("2018-01-10", Assert.Single(result.Meetings).Date.ToIsoString());
    }

    [Fact]
    public void Calling_a_named_person_is_a_phone_call()
    {
        var result = Run("On 10 January General Ali Hasanov called his counterpart, General Marko Vidovic, and they agreed to stop firing.");
        var call = Assert.Single(result.Meetings);
        Assert.Equal(MeetingKind.PhoneCall, call.Kind);
        Assert.Equal("Marko Vidovic", Assert.Single(call.SideB).Name);
    }

    [Fact]
    public void A_subject_with_was_and_a_coordinated_meeting_verb_meets()
    {
        var result = Run("The Ruritanian foreign minister, Ali Hasanov, was in Zenda on 5 January and met with the Prime Minister, Marko Vidovic, and the army chief, General Tariq Bazzi.");
        var meeting = Assert.Single(result.Meetings);
        Assert.Equal("Ali Hasanov", Assert.Single(meeting.SideA).Name);
        Assert.Equal(["Marko Vidovic", "Tariq Bazzi"], meeting.SideB.Select(p => p.Name));
    }

    [Fact]
    public void A_post_on_a_platform_names_the_platform_as_the_source()
    {
        var result = Run("Ruritanian President Ali Hasanov said in a post on Zetagram on 9 January that the officers carried the hopes of a nation.");
        Assert.Equal(["Zetagram"], Assert.Single(result.Statements).Citations.Select(c => c.Source));
    }

    [Fact]
    public void Under_a_day_heading_undated_entries_are_of_that_day()
    {
        const string text = "# Weekly report\n\n**Week 10, covering 3-9 March 2025**\n\n## Monday 3 March\n\n- The delegation briefed them on the process that followed the envoy's 27 February call.\n- After the meetings envoy Ali Hasanov told reporters that support was full.\n\n## Tue 4/3\n\n- Spokesman Tariq Bazzi told reporters in Zenda that operations continued (Zeta News).";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal(["2025-03-03", "2025-03-04"], result.Statements.Select(s => s.Date.ToIsoString()));
    }

    [Fact]
    public void A_delegation_led_by_two_people_arriving_and_meeting_three_is_one_visit()
    {
        var result = Run("On 3 January a delegation led by Otto Kessel and Marko Vidovic arrived in Zenda and met with President Ali Hasanov, Prime Minister Tariq Bazzi and envoy Karl Rassendyll.");
        var visit = Assert.Single(result.Meetings);
        Assert.Equal(["Otto Kessel", "Marko Vidovic"], visit.SideA.Select(p => p.Name));
        Assert.Equal(["Ali Hasanov", "Tariq Bazzi", "Karl Rassendyll"], visit.SideB.Select(p => p.Name));
    }

    [Fact]
    public void A_person_elected_is_a_person_without_a_title()
    {
        var result = Run("Otto Kessel was elected leader of the front on 9 January. He said on 10 January that the front would talk.");
        Assert.Equal("Otto Kessel", Assert.Single(result.Statements).Speaker.Name);
    }

    [Fact]
    public void A_parliamentary_records_labels_are_turns_of_their_members()
    {
        const string text = "House of Commons\n\nTuesday 14 March 2023\n\n1. Otto Kessel (Strelsau North) (Con): What assessment has he made of the situation in Ruritania?\n\nThe Minister for Europe (Karl Rassendyll): Ruritania faces a campaign of destabilisation.\n\nOtto Kessel: I thank the Minister for that answer.\n\nMr Speaker: I call the shadow Minister.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal(["Otto Kessel", "Karl Rassendyll"], result.Statements.Select(s => s.Speaker.Name));
        Assert.All(result.Statements, s => Assert.Equal("2023-03-14", s.Date.ToIsoString()));
    }

    [Fact]
    public void Yesterday_counts_from_the_day_the_text_speaks_from()
    {
        const string text = "House of Commons\n\nTuesday 14 March 2023\n\nThe Minister for Europe (Karl Rassendyll): I visited Zenda on 2 March, where I met Prime Minister Otto Kessel. Yesterday I received Ruritania's deputy prime minister, Marko Vidovic.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal(["2023-03-02", "2023-03-13"], result.Meetings.Select(m => m.Date.ToIsoString()));
        Assert.Equal("Otto Kessel", Assert.Single(result.Meetings[0].SideB).Name);
    }

    [Fact]
    public void A_question_reports_no_meeting()
    {
        var result = Run("Is a visit by Foreign Minister Hasanov to Zenda planned for 9 January?");
        Assert.Empty(result.Meetings);
    }

    [Fact]
    public void A_particle_before_a_surname_keeps_it_inside_a_longer_name()
    {
        var result = Run("Defence minister Prince Karl bin Kessel met envoy Ali Hasanov on 8 January. On 9 January Crown Prince Otto bin Kessel spoke by phone with Ali Hasanov.");
        Assert.Equal(["Karl bin Kessel", "Otto bin Kessel"], result.Meetings.Select(m => Assert.Single(m.SideA).Name));
    }

    [Fact]
    public void A_participle_meeting_someone_after_the_main_clause_is_a_meeting()
    {
        var result = Run("Envoy Ali Hasanov returned the visit on 24 January, meeting President Marko Vidovic in Zenda.");
        var meeting = Assert.Single(result.Meetings);
        Assert.Equal("Ali Hasanov", Assert.Single(meeting.SideA).Name);
        Assert.Equal("Marko Vidovic", Assert.Single(meeting.SideB).Name);
    }

    [Fact]
    public void Speech_at_the_same_press_conference_takes_its_day_and_a_later_speech_is_another_record()
    {
        const string text = "Report\n\nDate of information: 6 February 2025\n\nEnvoy Ali Hasanov travelled to Zenda on 22 December 2024 and met President Marko Vidovic. At a joint press conference Hasanov said that the era of instability was over.\n\nVidovic, at the same press conference, said that all weapons would come under the state. Speaking to Zeta TV a week later, he said that elections might take four years [Zeta TV, 29 December 2024].";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal(["2024-12-22", "2024-12-29"], result.Statements.Where(s => s.Speaker.Name == "Marko Vidovic").Select(s => s.Date.ToIsoString()));
    }

    [Fact]
    public void Mid_year_is_a_year()
    {
        var result = Run("President Ali Hasanov said in mid-2016 that a security zone would be cleared.");
        Assert.Equal("2016", Assert.Single(result.Statements).Date.ToIsoString());
    }

    [Fact]
    public void A_titled_name_set_off_by_commas_is_the_subject()
    {
        var result = Run("Its spokesperson, Ambassador Karl Rassendyll, told reporters on 11 January that the country would not be distracted.");
        Assert.Equal("Karl Rassendyll", Assert.Single(result.Statements).Speaker.Name);
    }

    [Fact]
    public void Arriving_and_being_received_by_someone_is_a_visit_to_them()
    {
        var result = Run("President Ali Hasanov arrived in Zenda on 10 January and was received at the airport by President Marko Vidovic.");
        Assert.Equal("Marko Vidovic", Assert.Single(Assert.Single(result.Meetings).SideB).Name);
    }

    [Fact]
    public void A_call_with_its_day_between_the_phone_and_the_counterpart_is_a_call()
    {
        var result = Run("President Ali Hasanov spoke by telephone on Wednesday with President Marko Vidovic.");
        var call = Assert.Single(result.Meetings);
        Assert.Equal(MeetingKind.PhoneCall, call.Kind);
        Assert.Equal("2018-01-10", call.Date.ToIsoString());
    }

    [Fact]
    public void An_honorific_inside_a_name_is_part_of_it()
    {
        var result = Run("On 10 January envoy Ali Hasanov met President Hassan Sheikh Kessel in Zenda.");
        Assert.Equal("Hassan Sheikh Kessel", Assert.Single(Assert.Single(result.Meetings).SideB).Name);
    }

    [Fact]
    public void Remarks_of_one_speaker_on_one_day_without_an_outlet_of_their_own_are_one_record()
    {
        const string text = "Hearing summary\n\nDate of hearing: 14/09/2023\n\nAssistant Secretary Otto Kessel said the goal remained the president's release. Senator Marko Vidovic asked about the base. Kessel replied that no decision had been taken.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Single(result.Statements, s => s.Speaker.Name == "Otto Kessel");
    }

    [Fact]
    public void Dates_in_what_was_said_and_in_a_participle_with_its_agent_do_not_date_later_speech()
    {
        const string text = "Hearing summary\n\nDate of hearing: 14/09/2023\n\nAssistant Secretary Otto Kessel said the junta had detained the president on 26 July. Senator Marko Vidovic asked about the proposal, announced by the junta in a televised address on 19 August.\n\nAssistant Secretary Karl Rassendyll said the review went on.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal("2023-09-14", result.Statements.Single(s => s.Speaker.Name == "Karl Rassendyll").Date.ToIsoString());
    }

    [Fact]
    public void A_capitalised_verb_inside_a_name_is_no_speech()
    {
        var result = Run("Summary prepared by Zenda Affairs Notes staff from notes taken in the room on 9 January.");
        Assert.Empty(result.Statements);
    }

    [Fact]
    public void Quoted_as_saying_makes_the_one_quoted_the_speaker()
    {
        var result = Run("On 9 January the channel quoted President Ali Hasanov as saying that the guests had started to stress them out.");
        Assert.Equal("Ali Hasanov", Assert.Single(result.Statements).Speaker.Name);
    }

    [Fact]
    public void A_log_entry_opening_on_its_day_dates_present_tense_words()
    {
        const string text = "Channel log\n\nPeriod covered: 12 July - 25 August 2023\n\n2023-07-19 21:05 UTC - [Zeta Channel] posted a video. Commander Ali Hasanov, addressing rows of fighters, says: \"Welcome!\"";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal("2023-07-19", Assert.Single(result.Statements).Date.ToIsoString());
    }

    [Fact]
    public void A_long_header_block_that_is_no_sentence_does_not_end_the_search_for_the_date()
    {
        const string text = "MINISTRY OF DEFENCE OF THE REPUBLIC OF RURITANIA AND OF ITS TERRITORIES ACROSS THE SEAS OF THE NORTH AND THE WEST\nDepartment of Information and Public Relations of the Ministry of Defence\n\nPRESS RELEASE\nZenda, 20 June 2024\n\nOn 18 June, Minister Ali Hasanov said that the talks had gone well.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal("2024-06-20", result.DocumentDate.ToIsoString());
        Assert.Equal("2024-06-18", Assert.Single(result.Statements).Date.ToIsoString());
    }

    [Fact]
    public void An_office_in_brackets_is_no_person()
    {
        var result = Run("On 19 January envoy Ali Hasanov met the Secretary (Defence Production) of the ministry, Karl Rassendyll.");
        Assert.DoesNotContain(result.Actors, a => a.Ref.Name == "Production");
    }

    [Fact]
    public void An_office_label_is_the_person_the_text_gave_that_office()
    {
        const string text = "DAILY PRESS BRIEFING\n\nFriday, 27 June 2025\n\nThe following is a transcript of today's briefing by Otto Kessel, Spokesperson for the Council.\n\nYesterday the envoy spoke by telephone with President Marko Vidovic.\n\nQuestion: Is the agreement credible?\n\nSpokesperson: I have seen those comments.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        var turn = Assert.Single(result.Statements, s => s.Speaker.Name == "Otto Kessel");
        Assert.Equal("2025-06-27", turn.Date.ToIsoString());
    }

    [Fact]
    public void A_form_of_address_with_its_stop_refers_back_to_the_person_of_that_name()
    {
        var result = Run("Special Envoy Huang Xia was received by the president on 9 January. Mr. Huang told the president that the region should seize this window.");
        Assert.Equal("Huang Xia", Assert.Single(result.Statements).Speaker.Name);
    }

    [Fact]
    public void Said_before_its_speaker_after_a_quotation_names_the_speaker()
    {
        var result = Run("\"We had no choice but to respond,\" said Ali Hasanov, the Ruritanian prime minister, in a message posted on 9 January.");
        var statement = Assert.Single(result.Statements);
        Assert.Equal("Ali Hasanov", statement.Speaker.Name);
        Assert.Equal("\"We had no choice but to respond,\"", statement.Content.Slice(result.Text));
    }

    [Fact]
    public void Quoted_with_an_apposition_before_as_saying_is_the_one_quoted()
    {
        var result = Run("The state news agency quoted President Ali Hasanov, the head of the senate, as saying on 9 January that the army would not retreat.");
        Assert.Equal("Ali Hasanov", Assert.Single(result.Statements).Speaker.Name);
    }

    [Fact]
    public void An_introduction_saying_when_the_text_was_published_dates_it()
    {
        const string text = "ZENDA REVIEW - The Long Interview\n\n\"The agreement is a floor\"\n\nThe interview was recorded at the embassy on Monday, 2 October 2023, in Ruritanian with simultaneous interpretation, and has been edited for length and clarity. It was published on 9 October 2023. Ambassador Ali Hasanov, a career diplomat who previously served as director-general at the foreign ministry, arrived in Zenda in early September.\n\nContext: on 23 September President Marko Vidovic said that the agreement was a model.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal("2023-10-09", result.DocumentDate.ToIsoString());
        Assert.Equal("2023-09-23", Assert.Single(result.Statements).Date.ToIsoString());
    }

    [Fact]
    public void An_updated_line_is_no_dateline()
    {
        const string text = "Treaty initialled\n\nPublished: 8 August 2025\nUpdated: 9 August 2025\n\nThe two countries on Friday initialled a treaty.\n\n\"Today we are opening a new page,\" President Ali Hasanov said at the ceremony.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.OfDay(2025, 8, 8));
        Assert.Equal("2025-08-08", Assert.Single(result.Statements).Date.ToIsoString());
    }

    [Fact]
    public void A_summary_item_opening_on_an_outlet_and_its_day_is_no_speaker_label()
    {
        const string text = "Daily media summary\n\n**Tuesday, 2 July 2024**\n\n**Zeta News (30 Jun):** The meeting opened in Zenda. Envoy Ali Hasanov told the opening session that the talks were welcome.";
        var result = Extractor.Extract(DocumentId.ForText(text), text, PartialDate.Unknown);
        Assert.Equal("Ali Hasanov", Assert.Single(result.Statements).Speaker.Name);
    }
}
