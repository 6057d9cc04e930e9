package org.hewei.governance.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class PetitionStreamsAppTest {

  @Test
  void theSettingsAreExactlyOnceOnTheGivenClusterAndValidate() {
    Properties p = PetitionStreamsApp.settings(new String[] {"broker:9092", "hewei-x", "1"});
    assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    assertThat(p.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)).isEqualTo("broker:9092");
    assertThat(p.get(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("hewei-x");
    assertThat(p.get(StreamsConfig.REPLICATION_FACTOR_CONFIG)).isEqualTo(1);
    StreamsConfig config = new StreamsConfig(p);
    assertThat(config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo("exactly_once_v2");

    Properties defaults = PetitionStreamsApp.settings(new String[] {"broker:9092"});
    assertThat(defaults.get(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("hewei-petitions");
    assertThat(defaults.get(StreamsConfig.REPLICATION_FACTOR_CONFIG)).isEqualTo(StreamsSettings.DEFAULT_REPLICATION);
  }

  @Test
  void aMissingServerOrABadFactorIsAUsageError() {
    assertThatThrownBy(() -> PetitionStreamsApp.settings(new String[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PetitionStreamsApp.settings(new String[] {"b:1", "id", "zero"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
    assertThatThrownBy(() -> PetitionStreamsApp.settings(new String[] {"b:1", "id", "0"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> PetitionStreamsApp.settings(new String[] {"b:1", " "}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTopologyReadsCommandsAndTicksAndWritesEveryTopicInOneSubTopology() {
    var description = PetitionTopology.forTown(
        org.hewei.governance.testkit.fixture.SampleTown.town(1L), PetitionSerdes.json()).build().describe();
    assertThat(description.subtopologies()).hasSize(1);
    assertThat(description.toString())
        .contains(Topics.COMMANDS, Topics.CLOCK, Topics.EVENTS, Topics.REJECTIONS, Topics.REPORTS,
            Topics.STATES_STORE, Topics.DUTIES_STORE);
  }
}
