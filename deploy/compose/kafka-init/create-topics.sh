#!/usr/bin/env bash
# Declares the Donor CRM topics before any service starts (the kafka-topics service in compose.yaml runs it).
# Idempotent: a topic that exists keeps its partitions (adding partitions to a keyed topic would move keys to
# other partitions and break per-donor order), and is only brought back to infinite retention.
set -euo pipefail

BOOTSTRAP="${BOOTSTRAP_SERVERS:-kafka:9092}"
PARTITIONS="${TOPIC_PARTITIONS:-6}"
REPLICATION="${TOPIC_REPLICATION_FACTOR:-1}"
BIN=/opt/kafka/bin

# Each topic has one writer; the dead-letter topics are <topic>.dlq.<consumer> (docs/events.md).
TOPICS=(
  crm.donors
  crm.gifts
  crm.campaigns
  crm.donors.dlq.gift
  crm.donors.dlq.campaign
  crm.donors.dlq.reporting
  crm.gifts.dlq.donor
  crm.gifts.dlq.campaign
  crm.gifts.dlq.reporting
  crm.campaigns.dlq.gift
  crm.campaigns.dlq.donor
  crm.campaigns.dlq.reporting
)

existing="$("$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --list)"
for topic in "${TOPICS[@]}"; do
  if grep -qxF "$topic" <<<"$existing"; then
    "$BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --alter --entity-type topics --entity-name "$topic" \
      --add-config retention.ms=-1,retention.bytes=-1
    echo "kept    $topic (exists)"
  else
    "$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$topic" \
      --partitions "$PARTITIONS" --replication-factor "$REPLICATION" \
      --config retention.ms=-1 --config retention.bytes=-1
    echo "created $topic ($PARTITIONS partitions, kept forever)"
  fi
done

"$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --describe --topics-with-overrides | grep -E '^Topic: crm\.'
