/**
 * Kafka Streams deployment of the petition decider and escalation engine (example; not published).
 */
@NullMarked
package org.hewei.governance.examples.kafka;

import org.jspecify.annotations.NullMarked;
