// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup18: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup19: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup20: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup21: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup22: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup23: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup24: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup27: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup28: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup30: sp_core::Void
   **/
  SpCoreVoid: 'Null',
  /**
   * Lookup31: pallet_session::pallet::Call<T>
   **/
  PalletSessionCall: {
    _enum: {
      set_keys: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'HealthchainRuntimeOpaqueSessionKeys',
        proof: 'Bytes',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup32: healthchain_runtime::opaque::SessionKeys
   **/
  HealthchainRuntimeOpaqueSessionKeys: {
    aura: 'SpConsensusAuraSr25519AppSr25519Public',
    grandpa: 'SpConsensusGrandpaAppPublic'
  },
  /**
   * Lookup33: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup34: pallet_validator_set::pallet::Call<T>
   **/
  PalletValidatorSetCall: {
    _enum: {
      add_validator: {
        who: 'AccountId32',
      },
      remove_validator: {
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup35: pallet_consortium_nodes::pallet::Call<T>
   **/
  PalletConsortiumNodesCall: {
    _enum: {
      authorize_node: {
        peerId: 'Bytes',
        organization: 'u32',
      },
      deauthorize_node: {
        peerId: 'Bytes'
      }
    }
  },
  /**
   * Lookup38: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup43: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup44: pallet_utility::pallet::Call<T>
   **/
  PalletUtilityCall: {
    _enum: {
      batch: {
        calls: 'Vec<Call>',
      },
      as_derivative: {
        index: 'u16',
        call: 'Call',
      },
      batch_all: {
        calls: 'Vec<Call>',
      },
      dispatch_as: {
        asOrigin: 'HealthchainRuntimeOriginCaller',
        call: 'Call',
      },
      force_batch: {
        calls: 'Vec<Call>',
      },
      with_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      if_else: {
        main: 'Call',
        fallback: 'Call',
      },
      dispatch_as_fallible: {
        asOrigin: 'HealthchainRuntimeOriginCaller',
        call: 'Call'
      }
    }
  },
  /**
   * Lookup47: healthchain_runtime::OriginCaller
   **/
  HealthchainRuntimeOriginCaller: {
    _enum: {
      system: 'FrameSupportDispatchRawOrigin',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      __Unused20: 'Null',
      __Unused21: 'Null',
      __Unused22: 'Null',
      __Unused23: 'Null',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      __Unused30: 'Null',
      Council: 'PalletCollectiveRawOrigin'
    }
  },
  /**
   * Lookup48: frame_support::dispatch::RawOrigin<sp_core::crypto::AccountId32>
   **/
  FrameSupportDispatchRawOrigin: {
    _enum: {
      Root: 'Null',
      Signed: 'AccountId32',
      None: 'Null',
      Authorized: 'Null'
    }
  },
  /**
   * Lookup49: pallet_collective::RawOrigin<sp_core::crypto::AccountId32, I>
   **/
  PalletCollectiveRawOrigin: {
    _enum: {
      Members: '(u32,u32)',
      Member: 'AccountId32',
      _Phantom: 'Null'
    }
  },
  /**
   * Lookup50: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup51: pallet_proxy::pallet::Call<T>
   **/
  PalletProxyCall: {
    _enum: {
      proxy: {
        real: 'MultiAddress',
        forceProxyType: 'Option<HealthchainRuntimeConfigsProxyType>',
        call: 'Call',
      },
      add_proxy: {
        delegate: 'MultiAddress',
        proxyType: 'HealthchainRuntimeConfigsProxyType',
        delay: 'u32',
      },
      remove_proxy: {
        delegate: 'MultiAddress',
        proxyType: 'HealthchainRuntimeConfigsProxyType',
        delay: 'u32',
      },
      remove_proxies: 'Null',
      create_pure: {
        proxyType: 'HealthchainRuntimeConfigsProxyType',
        delay: 'u32',
        index: 'u16',
      },
      kill_pure: {
        spawner: 'MultiAddress',
        proxyType: 'HealthchainRuntimeConfigsProxyType',
        index: 'u16',
        height: 'Compact<u32>',
        extIndex: 'Compact<u32>',
      },
      announce: {
        real: 'MultiAddress',
        callHash: 'H256',
      },
      remove_announcement: {
        real: 'MultiAddress',
        callHash: 'H256',
      },
      reject_announcement: {
        delegate: 'MultiAddress',
        callHash: 'H256',
      },
      proxy_announced: {
        delegate: 'MultiAddress',
        real: 'MultiAddress',
        forceProxyType: 'Option<HealthchainRuntimeConfigsProxyType>',
        call: 'Call',
      },
      poke_deposit: 'Null'
    }
  },
  /**
   * Lookup53: healthchain_runtime::configs::proxy_type::ProxyType
   **/
  HealthchainRuntimeConfigsProxyType: {
    _enum: ['Any', 'NonTransfer', 'CancelProxy', 'Consent']
  },
  /**
   * Lookup55: pallet_multisig::pallet::Call<T>
   **/
  PalletMultisigCall: {
    _enum: {
      as_multi_threshold_1: {
        otherSignatories: 'Vec<AccountId32>',
        call: 'Call',
      },
      as_multi: {
        threshold: 'u16',
        otherSignatories: 'Vec<AccountId32>',
        maybeTimepoint: 'Option<PalletMultisigTimepoint>',
        call: 'Call',
        maxWeight: 'SpWeightsWeightV2Weight',
      },
      approve_as_multi: {
        threshold: 'u16',
        otherSignatories: 'Vec<AccountId32>',
        maybeTimepoint: 'Option<PalletMultisigTimepoint>',
        callHash: '[u8;32]',
        maxWeight: 'SpWeightsWeightV2Weight',
      },
      cancel_as_multi: {
        threshold: 'u16',
        otherSignatories: 'Vec<AccountId32>',
        timepoint: 'PalletMultisigTimepoint',
        callHash: '[u8;32]',
      },
      poke_deposit: {
        threshold: 'u16',
        otherSignatories: 'Vec<AccountId32>',
        callHash: '[u8;32]'
      }
    }
  },
  /**
   * Lookup57: pallet_multisig::Timepoint<BlockNumber>
   **/
  PalletMultisigTimepoint: {
    height: 'u32',
    index: 'u32'
  },
  /**
   * Lookup58: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup59: pallet_collective::pallet::Call<T, I>
   **/
  PalletCollectiveCall: {
    _enum: {
      set_members: {
        newMembers: 'Vec<AccountId32>',
        prime: 'Option<AccountId32>',
        oldCount: 'u32',
      },
      execute: {
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      propose: {
        threshold: 'Compact<u32>',
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      vote: {
        proposal: 'H256',
        index: 'Compact<u32>',
        approve: 'bool',
      },
      __Unused4: 'Null',
      disapprove_proposal: {
        proposalHash: 'H256',
      },
      close: {
        proposalHash: 'H256',
        index: 'Compact<u32>',
        proposalWeightBound: 'SpWeightsWeightV2Weight',
        lengthBound: 'Compact<u32>',
      },
      kill: {
        proposalHash: 'H256',
      },
      release_proposal_cost: {
        proposalHash: 'H256'
      }
    }
  },
  /**
   * Lookup61: pallet_membership::pallet::Call<T, I>
   **/
  PalletMembershipCall: {
    _enum: {
      add_member: {
        who: 'MultiAddress',
      },
      remove_member: {
        who: 'MultiAddress',
      },
      swap_member: {
        remove: 'MultiAddress',
        add: 'MultiAddress',
      },
      reset_members: {
        members: 'Vec<AccountId32>',
      },
      change_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      set_prime: {
        who: 'MultiAddress',
      },
      clear_prime: 'Null'
    }
  },
  /**
   * Lookup62: pallet_preimage::pallet::Call<T>
   **/
  PalletPreimageCall: {
    _enum: {
      note_preimage: {
        bytes: 'Bytes',
      },
      unnote_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      request_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      unrequest_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      ensure_updated: {
        hashes: 'Vec<H256>'
      }
    }
  },
  /**
   * Lookup64: pallet_whitelist::pallet::Call<T>
   **/
  PalletWhitelistCall: {
    _enum: {
      whitelist_call: {
        callHash: 'H256',
      },
      remove_whitelisted_call: {
        callHash: 'H256',
      },
      dispatch_whitelisted_call: {
        callHash: 'H256',
        callEncodedLen: 'u32',
        callWeightWitness: 'SpWeightsWeightV2Weight',
      },
      dispatch_whitelisted_call_with_preimage: {
        call: 'Call',
      },
      remove_deferred_dispatch: {
        callHash: 'H256'
      }
    }
  },
  /**
   * Lookup65: pallet_organizations::pallet::Call<T>
   **/
  PalletOrganizationsCall: {
    _enum: {
      register_organization: {
        kind: 'HealthchainPrimitivesOrganizationsOrganizationKind',
        admin: 'AccountId32',
        metadataHash: 'H256',
      },
      suspend_organization: {
        organization: 'u32',
      },
      reinstate_organization: {
        organization: 'u32',
      },
      remove_organization: {
        organization: 'u32',
      },
      set_admin: {
        organization: 'u32',
        admin: 'AccountId32',
      },
      set_metadata: {
        organization: 'u32',
        metadataHash: 'H256',
      },
      add_member: {
        organization: 'u32',
        who: 'AccountId32',
        roles: 'u8',
        expiresAt: 'Option<u64>',
      },
      update_member: {
        organization: 'u32',
        who: 'AccountId32',
        roles: 'u8',
        expiresAt: 'Option<u64>',
      },
      remove_member: {
        organization: 'u32',
        who: 'AccountId32',
      },
      leave_organization: {
        organization: 'u32',
      },
      spend: {
        organization: 'u32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      set_payout_account: {
        organization: 'u32',
        payout: 'Option<AccountId32>',
      },
      set_endpoint: {
        organization: 'u32',
        endpoint: 'Option<Bytes>'
      }
    }
  },
  /**
   * Lookup66: healthchain_primitives::organizations::OrganizationKind
   **/
  HealthchainPrimitivesOrganizationsOrganizationKind: {
    _enum: ['Provider', 'Payer', 'ResearchInstitution', 'EthicsCommittee', 'Regulator']
  },
  /**
   * Lookup71: pallet_consent::pallet::Call<T>
   **/
  PalletConsentCall: {
    _enum: {
      grant_consent: {
        organization: 'u32',
        terms: 'PalletConsentConsentTerms',
      },
      revoke_consent: {
        consent: 'u64',
      },
      record_access: {
        organization: 'u32',
        patient: 'AccountId32',
        purpose: 'HealthchainPrimitivesConsentPurpose',
        category: 'HealthchainPrimitivesConsentDataCategory',
        emergency: 'Option<u64>',
      },
      open_emergency_access: {
        organization: 'u32',
        patient: 'AccountId32',
        reason: 'PalletConsentEmergencyReason',
        justification: 'H256',
      },
      review_emergency_access: {
        emergency: 'u64',
        verdict: 'PalletConsentReviewVerdict',
        reportHash: 'H256',
      },
      register_patient: {
        organization: 'u32',
        patient: 'AccountId32',
        signature: 'SpRuntimeMultiSignature',
      },
      prune_access_log: {
        patient: 'AccountId32',
        max: 'u32',
      },
      set_guardian: {
        patient: 'AccountId32',
        guardian: 'Option<AccountId32>',
      },
      grant_consent_for: {
        patient: 'AccountId32',
        organization: 'u32',
        terms: 'PalletConsentConsentTerms',
      },
      revoke_consent_for: {
        patient: 'AccountId32',
        consent: 'u64',
      },
      record_disclosure: {
        request: 'PalletConsentDisclosureRequest',
        signature: 'SpRuntimeMultiSignature'
      }
    }
  },
  /**
   * Lookup72: pallet_consent::types::ConsentTerms
   **/
  PalletConsentConsentTerms: {
    purposes: 'u8',
    categories: 'u32',
    actions: 'u8',
    validFrom: 'Option<u64>',
    validUntil: 'Option<u64>',
    maxAccesses: 'Option<u32>',
    eraseBy: 'Option<u64>',
    documentHash: 'H256'
  },
  /**
   * Lookup77: healthchain_primitives::consent::Purpose
   **/
  HealthchainPrimitivesConsentPurpose: {
    _enum: ['Treatment', 'EmergencyTreatment', 'Payment', 'Operations', 'Research', 'PublicHealth']
  },
  /**
   * Lookup78: healthchain_primitives::consent::DataCategory
   **/
  HealthchainPrimitivesConsentDataCategory: {
    _enum: ['Demographics', 'Conditions', 'Medications', 'Allergies', 'LabResults', 'Imaging', 'ClinicalNotes', 'Immunizations', 'Procedures', 'VitalSigns', 'Genomics', 'MentalHealth', 'SubstanceUse', 'SexualReproductiveHealth']
  },
  /**
   * Lookup79: pallet_consent::types::EmergencyReason
   **/
  PalletConsentEmergencyReason: {
    _enum: ['PatientIncapacitated', 'LifeThreatening', 'SeriousHarmRisk', 'Other']
  },
  /**
   * Lookup80: pallet_consent::types::ReviewVerdict
   **/
  PalletConsentReviewVerdict: {
    _enum: ['Justified', 'Misuse']
  },
  /**
   * Lookup81: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup83: pallet_consent::types::DisclosureRequest<sp_core::crypto::AccountId32>
   **/
  PalletConsentDisclosureRequest: {
    holder: 'u32',
    reader: 'AccountId32',
    organization: 'u32',
    patient: 'AccountId32',
    purpose: 'HealthchainPrimitivesConsentPurpose',
    category: 'HealthchainPrimitivesConsentDataCategory',
    record: 'H256',
    issuedAt: 'u64',
    nonce: 'u64'
  },
  /**
   * Lookup84: pallet_records::pallet::Call<T>
   **/
  PalletRecordsCall: {
    _enum: {
      anchor_record: {
        organization: 'u32',
        patient: 'AccountId32',
        purpose: 'HealthchainPrimitivesConsentPurpose',
        category: 'HealthchainPrimitivesConsentDataCategory',
        commitment: 'H256',
        fhirType: 'Option<PalletRecordsFhirResourceType>',
      },
      anchor_own_record: {
        category: 'HealthchainPrimitivesConsentDataCategory',
        commitment: 'H256',
        fhirType: 'Option<PalletRecordsFhirResourceType>',
      },
      amend_record: {
        record: 'u64',
        commitment: 'H256',
        fhirType: 'Option<PalletRecordsFhirResourceType>',
      },
      mark_entered_in_error: {
        record: 'u64',
      },
      erase_record: {
        record: 'u64',
      },
      anchor_batch: {
        organization: 'u32',
        root: 'H256',
        leafCount: 'u32',
        scope: 'PalletRecordsBatchScope'
      }
    }
  },
  /**
   * Lookup86: pallet_records::types::FhirResourceType
   **/
  PalletRecordsFhirResourceType: {
    _enum: ['Observation', 'Condition', 'MedicationRequest', 'MedicationStatement', 'AllergyIntolerance', 'DiagnosticReport', 'ImagingStudy', 'Procedure', 'Immunization', 'Encounter', 'CarePlan', 'DocumentReference', 'Bundle']
  },
  /**
   * Lookup87: pallet_records::types::BatchScope<sp_core::crypto::AccountId32>
   **/
  PalletRecordsBatchScope: {
    _enum: {
      Audit: 'Null',
      Records: {
        patient: 'AccountId32',
        purpose: 'HealthchainPrimitivesConsentPurpose',
        category: 'HealthchainPrimitivesConsentDataCategory',
      },
      Unattributed: {
        category: 'HealthchainPrimitivesConsentDataCategory'
      }
    }
  },
  /**
   * Lookup88: pallet_claims::pallet::Call<T>
   **/
  PalletClaimsCall: {
    _enum: {
      create_plan: {
        payer: 'u32',
        terms: 'PalletClaimsPlanTerms',
      },
      update_plan: {
        plan: 'u32',
        terms: 'PalletClaimsPlanTerms',
      },
      fund_plan: {
        plan: 'u32',
        amount: 'u128',
      },
      withdraw_escrow: {
        plan: 'u32',
        amount: 'u128',
      },
      enroll: {
        plan: 'u32',
      },
      leave_plan: {
        plan: 'u32',
      },
      request_prior_auth: {
        provider: 'u32',
        plan: 'u32',
        patient: 'AccountId32',
        serviceCode: 'u32',
      },
      decide_prior_auth: {
        id: 'u64',
        approve: 'bool',
      },
      submit_claim: {
        provider: 'u32',
        plan: 'u32',
        patient: 'AccountId32',
        evidence: 'Vec<u64>',
        lines: 'Vec<PalletClaimsClaimLineInput>',
      },
      review_claim: {
        claim: 'u64',
        decision: 'PalletClaimsReviewDecision',
      },
      appeal_claim: {
        claim: 'u64',
      },
      arbitrate_claim: {
        claim: 'u64',
        award: 'u128',
      },
      decide_enrollment: {
        plan: 'u32',
        patient: 'AccountId32',
        accept: 'bool',
      },
      end_coverage: {
        plan: 'u32',
        patient: 'AccountId32',
      },
      remove_prior_auth: {
        id: 'u64',
      },
      accept_denial: {
        claim: 'u64'
      }
    }
  },
  /**
   * Lookup89: pallet_claims::types::PlanTerms<Balance, MaxRules>
   **/
  PalletClaimsPlanTerms: {
    rules: 'Vec<PalletClaimsCoverageRule>',
    annualLimit: 'u128',
    autoApproveUpTo: 'u128',
    effectiveFrom: 'u64'
  },
  /**
   * Lookup91: pallet_claims::types::CoverageRule<Balance>
   **/
  PalletClaimsCoverageRule: {
    serviceCode: 'u32',
    covered: 'bool',
    maxAllowed: 'u128',
    patientShare: 'Permill',
    priorAuthRequired: 'bool'
  },
  /**
   * Lookup97: pallet_claims::types::ClaimLineInput<Balance>
   **/
  PalletClaimsClaimLineInput: {
    serviceCode: 'u32',
    amount: 'u128',
    serviceDate: 'u64',
    priorAuth: 'Option<u64>'
  },
  /**
   * Lookup99: pallet_claims::types::ReviewDecision<Balance>
   **/
  PalletClaimsReviewDecision: {
    _enum: {
      Approve: 'Null',
      Adjust: 'u128',
      Deny: 'Null'
    }
  },
  /**
   * Lookup100: pallet_research::pallet::Call<T>
   **/
  PalletResearchCall: {
    _enum: {
      register_study: {
        institution: 'u32',
        terms: 'PalletResearchStudyTerms',
      },
      decide_study: {
        study: 'u32',
        committee: 'u32',
        approve: 'bool',
      },
      activate_study: {
        study: 'u32',
      },
      amend_protocol: {
        study: 'u32',
        protocolHash: 'H256',
      },
      set_research_profile: {
        profile: 'Option<HealthchainPrimitivesDuoDataUse>',
      },
      opt_in: {
        study: 'u32',
      },
      join_by_broad_consent: {
        study: 'u32',
        patient: 'AccountId32',
      },
      withdraw: {
        study: 'u32',
      },
      grant_data: {
        study: 'u32',
        provider: 'u32',
        dataset: 'H256',
        recordCount: 'u32',
        expiresAt: 'u64',
      },
      revoke_grant: {
        grant: 'u64',
      },
      log_access: {
        grant: 'u64',
      },
      close_study: {
        study: 'u32',
      },
      fund_pool: {
        study: 'u32',
        amount: 'u128',
      },
      claim_compensation: {
        study: 'u32',
      },
      attest_participant: {
        study: 'u32',
        provider: 'u32',
        patient: 'AccountId32',
      },
      recheck_participant: {
        study: 'u32',
        patient: 'AccountId32',
      },
      reclaim_pool: {
        study: 'u32',
      },
      set_min_cohort_floor: {
        k: 'u32'
      }
    }
  },
  /**
   * Lookup101: pallet_research::types::StudyTerms
   **/
  PalletResearchStudyTerms: {
    protocolHash: 'H256',
    dataUse: 'HealthchainPrimitivesDuoDataUse',
    purpose: 'HealthchainPrimitivesDuoStudyPurpose',
    categories: 'u32',
    minCohort: 'u32',
    endsAt: 'u64'
  },
  /**
   * Lookup102: healthchain_primitives::duo::DataUse
   **/
  HealthchainPrimitivesDuoDataUse: {
    permission: 'HealthchainPrimitivesDuoDuoPermission',
    modifiers: 'u16',
    timeLimit: 'Option<u64>'
  },
  /**
   * Lookup103: healthchain_primitives::duo::DuoPermission
   **/
  HealthchainPrimitivesDuoDuoPermission: {
    _enum: {
      GeneralResearchUse: 'Null',
      HealthMedicalBiomedical: 'Null',
      DiseaseSpecific: 'u32',
      PopulationOriginsAncestry: 'Null',
      NoRestriction: 'Null'
    }
  },
  /**
   * Lookup105: healthchain_primitives::duo::StudyPurpose
   **/
  HealthchainPrimitivesDuoStudyPurpose: {
    commercial: 'bool',
    forProfit: 'bool',
    methodsResearch: 'bool'
  },
  /**
   * Lookup107: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup108: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup109: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup110: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup113: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup114: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup115: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup116: frame_metadata_hash_extension::CheckMetadataHash<T>
   **/
  FrameMetadataHashExtensionCheckMetadataHash: {
    mode: 'FrameMetadataHashExtensionMode'
  },
  /**
   * Lookup117: frame_metadata_hash_extension::Mode
   **/
  FrameMetadataHashExtensionMode: {
    _enum: ['Disabled', 'Enabled']
  },
  /**
   * Lookup119: frame_system::extensions::weight_reclaim::WeightReclaim<T>
   **/
  FrameSystemExtensionsWeightReclaim: 'Null',
  /**
   * Lookup120: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup121: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup123: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup124: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup126: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup129: frame_system::EventRecord<healthchain_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup131: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup132: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup133: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup134: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup135: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup136: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup137: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup138: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup139: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup140: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup141: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup144: pallet_session::pallet::Event<T>
   **/
  PalletSessionEvent: {
    _enum: {
      NewSession: {
        sessionIndex: 'u32',
      },
      NewQueued: 'Null',
      ValidatorDisabled: {
        validator: 'AccountId32',
      },
      ValidatorReenabled: {
        validator: 'AccountId32'
      }
    }
  },
  /**
   * Lookup145: pallet_validator_set::pallet::Event<T>
   **/
  PalletValidatorSetEvent: {
    _enum: {
      ValidatorAdded: {
        who: 'AccountId32',
      },
      ValidatorRemoved: {
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup146: pallet_consortium_nodes::pallet::Event<T>
   **/
  PalletConsortiumNodesEvent: {
    _enum: {
      NodeAuthorized: {
        peerId: 'Bytes',
        organization: 'u32',
      },
      NodeDeauthorized: {
        peerId: 'Bytes',
        organization: 'u32'
      }
    }
  },
  /**
   * Lookup147: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'HealthchainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'HealthchainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'HealthchainRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'HealthchainRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'HealthchainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup148: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup149: healthchain_runtime::RuntimeHoldReason
   **/
  HealthchainRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Session: 'PalletSessionHoldReason',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      __Unused20: 'Null',
      __Unused21: 'Null',
      __Unused22: 'Null',
      __Unused23: 'Null',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      __Unused30: 'Null',
      Council: 'PalletCollectiveHoldReason',
      __Unused32: 'Null',
      Preimage: 'PalletPreimageHoldReason',
      __Unused34: 'Null',
      __Unused35: 'Null',
      __Unused36: 'Null',
      __Unused37: 'Null',
      __Unused38: 'Null',
      __Unused39: 'Null',
      __Unused40: 'Null',
      __Unused41: 'Null',
      __Unused42: 'Null',
      __Unused43: 'Null',
      __Unused44: 'Null',
      __Unused45: 'Null',
      __Unused46: 'Null',
      __Unused47: 'Null',
      __Unused48: 'Null',
      __Unused49: 'Null',
      Organizations: 'PalletOrganizationsHoldReason',
      Consent: 'PalletConsentHoldReason',
      Records: 'PalletRecordsHoldReason',
      Claims: 'PalletClaimsHoldReason',
      Research: 'PalletResearchHoldReason'
    }
  },
  /**
   * Lookup150: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup151: pallet_collective::pallet::HoldReason<I>
   **/
  PalletCollectiveHoldReason: {
    _enum: ['ProposalSubmission']
  },
  /**
   * Lookup152: pallet_preimage::pallet::HoldReason
   **/
  PalletPreimageHoldReason: {
    _enum: ['Preimage']
  },
  /**
   * Lookup153: pallet_organizations::pallet::HoldReason
   **/
  PalletOrganizationsHoldReason: {
    _enum: ['OrganizationDeposit', 'MemberDeposit']
  },
  /**
   * Lookup154: pallet_consent::pallet::HoldReason
   **/
  PalletConsentHoldReason: {
    _enum: ['AccessLog', 'EmergencyAccess', 'PatientRegistration']
  },
  /**
   * Lookup155: pallet_records::pallet::HoldReason
   **/
  PalletRecordsHoldReason: {
    _enum: ['Record', 'Batch']
  },
  /**
   * Lookup156: pallet_claims::pallet::HoldReason
   **/
  PalletClaimsHoldReason: {
    _enum: ['PlanEscrow', 'Deposit']
  },
  /**
   * Lookup157: pallet_research::pallet::HoldReason
   **/
  PalletResearchHoldReason: {
    _enum: ['CompensationPool', 'Deposit']
  },
  /**
   * Lookup158: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup159: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup160: pallet_skip_feeless_payment::pallet::Event<T>
   **/
  PalletSkipFeelessPaymentEvent: {
    _enum: {
      FeeSkipped: {
        origin: 'HealthchainRuntimeOriginCaller'
      }
    }
  },
  /**
   * Lookup161: pallet_utility::pallet::Event
   **/
  PalletUtilityEvent: {
    _enum: {
      BatchInterrupted: {
        index: 'u32',
        error: 'SpRuntimeDispatchError',
      },
      BatchCompleted: 'Null',
      BatchCompletedWithErrors: 'Null',
      ItemCompleted: 'Null',
      ItemFailed: {
        error: 'SpRuntimeDispatchError',
      },
      DispatchedAs: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      IfElseMainSuccess: 'Null',
      IfElseFallbackCalled: {
        mainError: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup163: pallet_proxy::pallet::Event<T>
   **/
  PalletProxyEvent: {
    _enum: {
      ProxyExecuted: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      PureCreated: {
        pure: 'AccountId32',
        who: 'AccountId32',
        proxyType: 'HealthchainRuntimeConfigsProxyType',
        disambiguationIndex: 'u16',
        at: 'u32',
        extrinsicIndex: 'u32',
      },
      PureKilled: {
        pure: 'AccountId32',
        spawner: 'AccountId32',
        proxyType: 'HealthchainRuntimeConfigsProxyType',
        disambiguationIndex: 'u16',
      },
      Announced: {
        real: 'AccountId32',
        proxy: 'AccountId32',
        callHash: 'H256',
      },
      ProxyAdded: {
        delegator: 'AccountId32',
        delegatee: 'AccountId32',
        proxyType: 'HealthchainRuntimeConfigsProxyType',
        delay: 'u32',
      },
      ProxyRemoved: {
        delegator: 'AccountId32',
        delegatee: 'AccountId32',
        proxyType: 'HealthchainRuntimeConfigsProxyType',
        delay: 'u32',
      },
      DepositPoked: {
        who: 'AccountId32',
        kind: 'PalletProxyDepositKind',
        oldDeposit: 'u128',
        newDeposit: 'u128'
      }
    }
  },
  /**
   * Lookup164: pallet_proxy::DepositKind
   **/
  PalletProxyDepositKind: {
    _enum: ['Proxies', 'Announcements']
  },
  /**
   * Lookup165: pallet_multisig::pallet::Event<T>
   **/
  PalletMultisigEvent: {
    _enum: {
      NewMultisig: {
        approving: 'AccountId32',
        multisig: 'AccountId32',
        callHash: '[u8;32]',
      },
      MultisigApproval: {
        approving: 'AccountId32',
        timepoint: 'PalletMultisigTimepoint',
        multisig: 'AccountId32',
        callHash: '[u8;32]',
      },
      MultisigExecuted: {
        approving: 'AccountId32',
        timepoint: 'PalletMultisigTimepoint',
        multisig: 'AccountId32',
        callHash: '[u8;32]',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      MultisigCancelled: {
        cancelling: 'AccountId32',
        timepoint: 'PalletMultisigTimepoint',
        multisig: 'AccountId32',
        callHash: '[u8;32]',
      },
      DepositPoked: {
        who: 'AccountId32',
        callHash: '[u8;32]',
        oldDeposit: 'u128',
        newDeposit: 'u128'
      }
    }
  },
  /**
   * Lookup166: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup167: pallet_collective::pallet::Event<T, I>
   **/
  PalletCollectiveEvent: {
    _enum: {
      Proposed: {
        account: 'AccountId32',
        proposalIndex: 'u32',
        proposalHash: 'H256',
        threshold: 'u32',
      },
      Voted: {
        account: 'AccountId32',
        proposalHash: 'H256',
        voted: 'bool',
        yes: 'u32',
        no: 'u32',
      },
      Approved: {
        proposalHash: 'H256',
      },
      Disapproved: {
        proposalHash: 'H256',
      },
      Executed: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      MemberExecuted: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      Closed: {
        proposalHash: 'H256',
        yes: 'u32',
        no: 'u32',
      },
      Killed: {
        proposalHash: 'H256',
      },
      ProposalCostBurned: {
        proposalHash: 'H256',
        who: 'AccountId32',
      },
      ProposalCostReleased: {
        proposalHash: 'H256',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup168: pallet_membership::pallet::Event<T, I>
   **/
  PalletMembershipEvent: {
    _enum: ['MemberAdded', 'MemberRemoved', 'MembersSwapped', 'MembersReset', 'KeyChanged', 'Dummy']
  },
  /**
   * Lookup169: pallet_preimage::pallet::Event<T>
   **/
  PalletPreimageEvent: {
    _enum: {
      Noted: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Requested: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Cleared: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256'
      }
    }
  },
  /**
   * Lookup170: pallet_whitelist::pallet::Event<T>
   **/
  PalletWhitelistEvent: {
    _enum: {
      CallWhitelisted: {
        callHash: 'H256',
      },
      WhitelistedCallRemoved: {
        callHash: 'H256',
      },
      WhitelistedCallDispatched: {
        callHash: 'H256',
        result: 'Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo>',
      },
      DispatchDeferred: {
        callHash: 'H256',
      },
      DeferredDispatchRemoved: {
        callHash: 'H256',
      },
      DeferredDispatchExecuted: {
        callHash: 'H256',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup172: frame_support::dispatch::PostDispatchInfo
   **/
  FrameSupportDispatchPostDispatchInfo: {
    actualWeight: 'Option<SpWeightsWeightV2Weight>',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup174: sp_runtime::DispatchErrorWithPostInfo<frame_support::dispatch::PostDispatchInfo>
   **/
  SpRuntimeDispatchErrorWithPostInfo: {
    postInfo: 'FrameSupportDispatchPostDispatchInfo',
    error: 'SpRuntimeDispatchError'
  },
  /**
   * Lookup175: pallet_organizations::pallet::Event<T>
   **/
  PalletOrganizationsEvent: {
    _enum: {
      OrganizationRegistered: {
        organization: 'u32',
        kind: 'HealthchainPrimitivesOrganizationsOrganizationKind',
        admin: 'AccountId32',
        account: 'AccountId32',
      },
      OrganizationSuspended: {
        organization: 'u32',
      },
      OrganizationReinstated: {
        organization: 'u32',
      },
      OrganizationRemoved: {
        organization: 'u32',
      },
      AdminChanged: {
        organization: 'u32',
        admin: 'AccountId32',
      },
      MetadataUpdated: {
        organization: 'u32',
        metadataHash: 'H256',
      },
      MemberAdded: {
        organization: 'u32',
        who: 'AccountId32',
        roles: 'u8',
        expiresAt: 'Option<u64>',
      },
      MemberUpdated: {
        organization: 'u32',
        who: 'AccountId32',
        roles: 'u8',
        expiresAt: 'Option<u64>',
      },
      MemberRemoved: {
        organization: 'u32',
        who: 'AccountId32',
      },
      Spent: {
        organization: 'u32',
        to: 'AccountId32',
        amount: 'u128',
      },
      PayoutAccountSet: {
        organization: 'u32',
        payout: 'Option<AccountId32>',
      },
      EndpointSet: {
        organization: 'u32',
        endpoint: 'Option<Bytes>'
      }
    }
  },
  /**
   * Lookup176: pallet_consent::pallet::Event<T>
   **/
  PalletConsentEvent: {
    _enum: {
      ConsentGranted: {
        consent: 'u64',
        patient: 'AccountId32',
        organization: 'u32',
      },
      ConsentRevoked: {
        consent: 'u64',
        patient: 'AccountId32',
        organization: 'u32',
      },
      AccessRecorded: {
        patient: 'AccountId32',
        index: 'u32',
        organization: 'u32',
        accessor: 'AccountId32',
        basis: 'PalletConsentAccessBasis',
      },
      EmergencyAccessOpened: {
        emergency: 'u64',
        patient: 'AccountId32',
        organization: 'u32',
        clinician: 'AccountId32',
        expiresAt: 'u64',
      },
      EmergencyAccessReviewed: {
        emergency: 'u64',
        patient: 'AccountId32',
        organization: 'u32',
        officer: 'AccountId32',
        verdict: 'PalletConsentReviewVerdict',
        slashed: 'u128',
      },
      GuardianSet: {
        patient: 'AccountId32',
        guardian: 'Option<AccountId32>',
        by: 'AccountId32',
      },
      PatientRegistered: {
        patient: 'AccountId32',
        organization: 'u32',
        by: 'AccountId32',
      },
      AccessLogPruned: {
        patient: 'AccountId32',
        removed: 'u32',
        first: 'u32',
      },
      Disclosed: {
        request: 'H256',
        holder: 'u32',
        by: 'AccountId32'
      }
    }
  },
  /**
   * Lookup177: pallet_consent::types::AccessBasis
   **/
  PalletConsentAccessBasis: {
    _enum: {
      Consent: 'u64',
      Emergency: 'u64'
    }
  },
  /**
   * Lookup178: pallet_records::pallet::Event<T>
   **/
  PalletRecordsEvent: {
    _enum: {
      RecordAnchored: {
        record: 'u64',
        patient: 'AccountId32',
        organization: 'Option<u32>',
        commitment: 'H256',
        version: 'u32',
        previous: 'Option<u64>',
      },
      RecordEnteredInError: {
        record: 'u64',
        patient: 'AccountId32',
      },
      RecordErased: {
        record: 'u64',
        patient: 'AccountId32',
        by: 'AccountId32',
      },
      BatchAnchored: {
        batch: 'u64',
        organization: 'u32',
        root: 'H256',
        leafCount: 'u32'
      }
    }
  },
  /**
   * Lookup179: pallet_claims::pallet::Event<T>
   **/
  PalletClaimsEvent: {
    _enum: {
      PlanCreated: {
        plan: 'u32',
        payer: 'u32',
      },
      PlanUpdated: {
        plan: 'u32',
        version: 'u32',
        effectiveFrom: 'u64',
      },
      PlanFunded: {
        plan: 'u32',
        amount: 'u128',
        held: 'u128',
      },
      EscrowWithdrawn: {
        plan: 'u32',
        amount: 'u128',
        held: 'u128',
      },
      EnrollmentRequested: {
        plan: 'u32',
        patient: 'AccountId32',
      },
      Enrolled: {
        plan: 'u32',
        patient: 'AccountId32',
      },
      EnrollmentRefused: {
        plan: 'u32',
        patient: 'AccountId32',
      },
      LeftPlan: {
        plan: 'u32',
        patient: 'AccountId32',
      },
      CoverageEnded: {
        plan: 'u32',
        patient: 'AccountId32',
      },
      PriorAuthRequested: {
        id: 'u64',
        plan: 'u32',
        provider: 'u32',
      },
      PriorAuthDecided: {
        id: 'u64',
        status: 'PalletClaimsPriorAuthStatus',
      },
      PriorAuthUsed: {
        id: 'u64',
        claim: 'u64',
      },
      PriorAuthRemoved: {
        id: 'u64',
      },
      ClaimSubmitted: {
        claim: 'u64',
        plan: 'u32',
        provider: 'u32',
        payerTotal: 'u128',
        patientTotal: 'u128',
        status: 'PalletClaimsClaimStatus',
      },
      ClaimStatusChanged: {
        claim: 'u64',
        status: 'PalletClaimsClaimStatus',
      },
      ClaimPaid: {
        claim: 'u64',
        provider: 'u32',
        amount: 'u128'
      }
    }
  },
  /**
   * Lookup180: pallet_claims::types::PriorAuthStatus
   **/
  PalletClaimsPriorAuthStatus: {
    _enum: ['Requested', 'Approved', 'Denied']
  },
  /**
   * Lookup181: pallet_claims::types::ClaimStatus
   **/
  PalletClaimsClaimStatus: {
    _enum: ['Paid', 'PendingReview', 'Denied', 'Appealed', 'DenialUpheld']
  },
  /**
   * Lookup182: pallet_research::pallet::Event<T>
   **/
  PalletResearchEvent: {
    _enum: {
      StudyRegistered: {
        study: 'u32',
        institution: 'u32',
      },
      StudyDecided: {
        study: 'u32',
        committee: 'u32',
        status: 'PalletResearchStudyStatus',
      },
      StudyStatusChanged: {
        study: 'u32',
        status: 'PalletResearchStudyStatus',
      },
      ProtocolAmended: {
        study: 'u32',
        version: 'u32',
        protocolHash: 'H256',
      },
      ResearchProfileSet: {
        patient: 'AccountId32',
        active: 'bool',
      },
      Joined: {
        study: 'u32',
        patient: 'AccountId32',
        version: 'u32',
        basis: 'PalletResearchBasis',
        cohort: 'u32',
      },
      Withdrew: {
        study: 'u32',
        patient: 'AccountId32',
        cohort: 'u32',
      },
      Attested: {
        study: 'u32',
        provider: 'u32',
        patient: 'AccountId32',
        cohort: 'u32',
      },
      ParticipationEnded: {
        study: 'u32',
        patient: 'AccountId32',
        cohort: 'u32',
      },
      AttestationEnded: {
        study: 'u32',
        provider: 'u32',
        patient: 'AccountId32',
      },
      PoolReclaimed: {
        study: 'u32',
        amount: 'u128',
      },
      MinCohortFloorSet: {
        k: 'u32',
      },
      DataGranted: {
        grant: 'u64',
        study: 'u32',
        provider: 'u32',
      },
      GrantRevoked: {
        grant: 'u64',
      },
      DataAccessed: {
        grant: 'u64',
        researcher: 'AccountId32',
        index: 'u32',
      },
      PoolFunded: {
        study: 'u32',
        amount: 'u128',
      },
      CompensationClaimed: {
        study: 'u32',
        patient: 'AccountId32',
        amount: 'u128'
      }
    }
  },
  /**
   * Lookup183: pallet_research::types::StudyStatus
   **/
  PalletResearchStudyStatus: {
    _enum: ['Proposed', 'Approved', 'Rejected', 'Active', 'Closed']
  },
  /**
   * Lookup184: pallet_research::types::Basis
   **/
  PalletResearchBasis: {
    _enum: ['OptIn', 'BroadConsent']
  },
  /**
   * Lookup185: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup188: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup191: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup192: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup193: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup194: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup195: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup196: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup197: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup198: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup203: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup204: sp_runtime::traits::BlakeTwo256
   **/
  SpRuntimeBlakeTwo256: 'Null',
  /**
   * Lookup205: sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, healthchain_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup206: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup213: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup214: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup216: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup224: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup225: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup227: pallet_validator_set::pallet::Error<T>
   **/
  PalletValidatorSetError: {
    _enum: ['AlreadyValidator', 'NotValidator', 'TooManyValidators', 'TooFewValidators', 'NoSessionKeys']
  },
  /**
   * Lookup228: pallet_consortium_nodes::types::NodeInfo<BlockNumber>
   **/
  PalletConsortiumNodesNodeInfo: {
    organization: 'u32',
    authorizedAt: 'u32'
  },
  /**
   * Lookup229: pallet_consortium_nodes::pallet::Error<T>
   **/
  PalletConsortiumNodesError: {
    _enum: ['MalformedPeerId', 'AlreadyAuthorized', 'NotAuthorized', 'TooManyNodes', 'LastNode', 'UnknownOrganization', 'OrganizationSuspended']
  },
  /**
   * Lookup231: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup232: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup235: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup238: frame_support::traits::tokens::misc::IdAmount<healthchain_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'HealthchainRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup241: frame_support::traits::tokens::misc::IdAmount<healthchain_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'HealthchainRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup242: healthchain_runtime::RuntimeFreezeReason
   **/
  HealthchainRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup244: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup246: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup247: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup248: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup249: pallet_utility::pallet::Error<T>
   **/
  PalletUtilityError: {
    _enum: ['TooManyCalls']
  },
  /**
   * Lookup252: pallet_proxy::ProxyDefinition<sp_core::crypto::AccountId32, healthchain_runtime::configs::proxy_type::ProxyType, BlockNumber>
   **/
  PalletProxyProxyDefinition: {
    delegate: 'AccountId32',
    proxyType: 'HealthchainRuntimeConfigsProxyType',
    delay: 'u32'
  },
  /**
   * Lookup256: pallet_proxy::Announcement<sp_core::crypto::AccountId32, primitive_types::H256, BlockNumber>
   **/
  PalletProxyAnnouncement: {
    real: 'AccountId32',
    callHash: 'H256',
    height: 'u32'
  },
  /**
   * Lookup258: pallet_proxy::pallet::Error<T>
   **/
  PalletProxyError: {
    _enum: ['TooMany', 'NotFound', 'NotProxy', 'Unproxyable', 'Duplicate', 'NoPermission', 'Unannounced', 'NoSelfProxy']
  },
  /**
   * Lookup260: pallet_multisig::Multisig<BlockNumber, Balance, sp_core::crypto::AccountId32, MaxApprovals>
   **/
  PalletMultisigMultisig: {
    when: 'PalletMultisigTimepoint',
    deposit: 'u128',
    depositor: 'AccountId32',
    approvals: 'Vec<AccountId32>'
  },
  /**
   * Lookup262: pallet_multisig::pallet::Error<T>
   **/
  PalletMultisigError: {
    _enum: ['MinimumThreshold', 'AlreadyApproved', 'NoApprovalsNeeded', 'TooFewSignatories', 'TooManySignatories', 'SignatoriesOutOfOrder', 'SenderInSignatories', 'NotFound', 'NotOwner', 'NoTimepoint', 'WrongTimepoint', 'UnexpectedTimepoint', 'MaxWeightTooLow', 'AlreadyStored']
  },
  /**
   * Lookup263: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup266: pallet_collective::Votes<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletCollectiveVotes: {
    index: 'u32',
    threshold: 'u32',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    end: 'u32'
  },
  /**
   * Lookup267: pallet_collective::pallet::Error<T, I>
   **/
  PalletCollectiveError: {
    _enum: ['NotMember', 'DuplicateProposal', 'ProposalMissing', 'WrongIndex', 'DuplicateVote', 'AlreadyInitialized', 'TooEarly', 'TooManyProposals', 'WrongProposalWeight', 'WrongProposalLength', 'PrimeAccountNotMember', 'ProposalActive']
  },
  /**
   * Lookup268: pallet_membership::pallet::Error<T, I>
   **/
  PalletMembershipError: {
    _enum: ['AlreadyMember', 'NotMember', 'TooManyMembers']
  },
  /**
   * Lookup269: pallet_preimage::OldRequestStatus<sp_core::crypto::AccountId32, Balance>
   **/
  PalletPreimageOldRequestStatus: {
    _enum: {
      Unrequested: {
        deposit: '(AccountId32,u128)',
        len: 'u32',
      },
      Requested: {
        deposit: 'Option<(AccountId32,u128)>',
        count: 'u32',
        len: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup272: pallet_preimage::RequestStatus<sp_core::crypto::AccountId32, frame_support::traits::tokens::fungible::HoldConsideration<A, F, R, D, Fp>>
   **/
  PalletPreimageRequestStatus: {
    _enum: {
      Unrequested: {
        ticket: '(AccountId32,u128)',
        len: 'u32',
      },
      Requested: {
        maybeTicket: 'Option<(AccountId32,u128)>',
        count: 'u32',
        maybeLen: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup278: pallet_preimage::pallet::Error<T>
   **/
  PalletPreimageError: {
    _enum: ['TooBig', 'AlreadyNoted', 'NotAuthorized', 'NotNoted', 'Requested', 'NotRequested', 'TooMany', 'TooFew']
  },
  /**
   * Lookup279: pallet_whitelist::pallet::Error<T>
   **/
  PalletWhitelistError: {
    _enum: ['UnavailablePreImage', 'UndecodableCall', 'InvalidCallWeightWitness', 'CallIsNotWhitelisted', 'CallAlreadyWhitelisted', 'DeferredDispatchNotFound', 'DeferredDispatchNotExpired', 'AlreadyDeferred', 'DeferredDispatchExpired']
  },
  /**
   * Lookup280: pallet_organizations::types::Organization<sp_core::crypto::AccountId32, Balance>
   **/
  PalletOrganizationsOrganization: {
    kind: 'HealthchainPrimitivesOrganizationsOrganizationKind',
    admin: 'AccountId32',
    metadataHash: 'H256',
    status: 'PalletOrganizationsOrganizationStatus',
    account: 'AccountId32',
    depositor: 'AccountId32',
    deposit: 'u128',
    memberCount: 'u32',
    registeredAt: 'u64',
    payout: 'Option<AccountId32>'
  },
  /**
   * Lookup281: pallet_organizations::types::OrganizationStatus
   **/
  PalletOrganizationsOrganizationStatus: {
    _enum: ['Active', 'Suspended']
  },
  /**
   * Lookup283: pallet_organizations::types::Membership<sp_core::crypto::AccountId32, Balance>
   **/
  PalletOrganizationsMembership: {
    roles: 'u8',
    expiresAt: 'Option<u64>',
    depositor: 'AccountId32',
    deposit: 'u128',
    since: 'u64'
  },
  /**
   * Lookup286: frame_support::PalletId
   **/
  FrameSupportPalletId: '[u8;8]',
  /**
   * Lookup287: pallet_organizations::pallet::Error<T>
   **/
  PalletOrganizationsError: {
    _enum: {
      UnknownOrganization: 'Null',
      NotAdmin: 'Null',
      OrganizationSuspended: 'Null',
      AlreadySuspended: 'Null',
      NotSuspended: 'Null',
      HasMembers: 'Null',
      AlreadyMember: 'Null',
      NotMember: 'Null',
      NoRoles: 'Null',
      InvalidRoles: 'Null',
      ExpiryInPast: 'Null',
      TooManyMembers: 'Null',
      TooManyMemberships: 'Null',
      InsufficientBalance: 'Null',
      SameAdmin: 'Null',
      IdsExhausted: 'Null',
      NotAdminAccount: 'Null',
      ZeroAmount: 'Null',
      InsufficientFunds: 'Null',
      InUse: 'HealthchainPrimitivesOrganizationsOrganizationUse',
      InvalidEndpoint: 'Null'
    }
  },
  /**
   * Lookup288: healthchain_primitives::organizations::OrganizationUse
   **/
  HealthchainPrimitivesOrganizationsOrganizationUse: {
    _enum: ['Members', 'Funds', 'Plans', 'Escrow', 'Studies', 'Consents']
  },
  /**
   * Lookup289: pallet_consent::types::Consent<sp_core::crypto::AccountId32>
   **/
  PalletConsentConsent: {
    patient: 'AccountId32',
    organization: 'u32',
    terms: 'PalletConsentConsentTerms',
    accesses: 'u32',
    grantedAt: 'u64'
  },
  /**
   * Lookup292: healthchain_primitives::paging::SortKey
   **/
  HealthchainPrimitivesPagingSortKey: '[u8;8]',
  /**
   * Lookup294: pallet_consent::types::AccessEntry<sp_core::crypto::AccountId32, Balance>
   **/
  PalletConsentAccessEntry: {
    organization: 'u32',
    accessor: 'AccountId32',
    purpose: 'HealthchainPrimitivesConsentPurpose',
    category: 'Option<HealthchainPrimitivesConsentDataCategory>',
    basis: 'PalletConsentAccessBasis',
    at: 'u64',
    deposit: 'u128'
  },
  /**
   * Lookup296: pallet_consent::types::LogBounds
   **/
  PalletConsentLogBounds: {
    first: 'u32',
    next: 'u32'
  },
  /**
   * Lookup297: pallet_consent::types::EmergencyAccess<sp_core::crypto::AccountId32, Balance>
   **/
  PalletConsentEmergencyAccess: {
    patient: 'AccountId32',
    organization: 'u32',
    clinician: 'AccountId32',
    reason: 'PalletConsentEmergencyReason',
    justification: 'H256',
    openedAt: 'u64',
    expiresAt: 'u64',
    reads: 'u32',
    review: 'PalletConsentReview',
    deposit: 'u128'
  },
  /**
   * Lookup298: pallet_consent::types::Review<sp_core::crypto::AccountId32>
   **/
  PalletConsentReview: {
    _enum: {
      Pending: 'Null',
      Done: {
        verdict: 'PalletConsentReviewVerdict',
        officer: 'AccountId32',
        at: 'u64',
        reportHash: 'H256'
      }
    }
  },
  /**
   * Lookup299: pallet_consent::types::RecentUses<BlockNumber>
   **/
  PalletConsentRecentUses: 'Vec<u32>',
  /**
   * Lookup301: pallet_consent::types::Registration<sp_core::crypto::AccountId32, Balance>
   **/
  PalletConsentRegistration: {
    organization: 'u32',
    by: 'AccountId32',
    deposit: 'u128',
    at: 'u64'
  },
  /**
   * Lookup302: pallet_consent::pallet::Error<T>
   **/
  PalletConsentError: {
    _enum: {
      NoPurpose: 'Null',
      NoCategory: 'Null',
      NoAction: 'Null',
      InvalidBits: 'Null',
      InvalidWindow: 'Null',
      ZeroAccessLimit: 'Null',
      EraseByInPast: 'Null',
      TooManyConsents: 'Null',
      UnknownConsent: 'Null',
      NotYourConsent: 'Null',
      IdsExhausted: 'Null',
      AccessDenied: 'HealthchainPrimitivesOrganizationsAccessDenied',
      ConsentDenied: 'HealthchainPrimitivesConsentDenyReason',
      UnknownEmergencyAccess: 'Null',
      NotYourEmergencyAccess: 'Null',
      EmergencyAccessExpired: 'Null',
      EmergencyPurposeOnly: 'Null',
      EmergencyRateLimited: 'Null',
      AlreadyReviewed: 'Null',
      SelfReview: 'Null',
      AlreadyRegistered: 'Null',
      NothingToPrune: 'Null',
      AccessLogIndexOverflow: 'Null',
      NotRegistered: 'Null',
      EmergencyAccessMisused: 'Null',
      AppointedByClinician: 'Null',
      NotGuardian: 'Null',
      BadRegistrationSignature: 'Null',
      BadDisclosureSignature: 'Null',
      DisclosureNotCurrent: 'Null',
      DisclosureReplayed: 'Null',
      DisclosureMemoryFull: 'Null',
      DisclosureWithinOrganization: 'Null'
    }
  },
  /**
   * Lookup303: healthchain_primitives::organizations::AccessDenied
   **/
  HealthchainPrimitivesOrganizationsAccessDenied: {
    _enum: ['UnknownOrganization', 'OrganizationSuspended', 'WrongKind', 'NotAMember', 'MissingRole', 'CredentialExpired']
  },
  /**
   * Lookup304: healthchain_primitives::consent::DenyReason
   **/
  HealthchainPrimitivesConsentDenyReason: {
    _enum: ['NoConsent', 'NotYetValid', 'Expired', 'PastEraseBy', 'PurposeNotCovered', 'CategoryNotCovered', 'ActionNotCovered', 'AccessLimitReached']
  },
  /**
   * Lookup305: pallet_records::types::Record<sp_core::crypto::AccountId32, Balance>
   **/
  PalletRecordsRecord: {
    patient: 'AccountId32',
    organization: 'Option<u32>',
    purpose: 'Option<HealthchainPrimitivesConsentPurpose>',
    author: 'AccountId32',
    category: 'HealthchainPrimitivesConsentDataCategory',
    commitment: 'H256',
    fhirType: 'Option<PalletRecordsFhirResourceType>',
    version: 'u32',
    previous: 'Option<u64>',
    supersededBy: 'Option<u64>',
    status: 'HealthchainPrimitivesRecordsRecordStatus',
    anchoredAt: 'u64',
    statusChangedAt: 'Option<u64>',
    deposit: 'u128'
  },
  /**
   * Lookup307: healthchain_primitives::records::RecordStatus
   **/
  HealthchainPrimitivesRecordsRecordStatus: {
    _enum: ['Current', 'Superseded', 'EnteredInError', 'Erased']
  },
  /**
   * Lookup310: pallet_records::types::Batch<sp_core::crypto::AccountId32, Balance>
   **/
  PalletRecordsBatch: {
    organization: 'u32',
    submitter: 'AccountId32',
    root: 'H256',
    leafCount: 'u32',
    scope: 'PalletRecordsBatchScope',
    anchoredAt: 'u64',
    deposit: 'u128'
  },
  /**
   * Lookup312: pallet_records::pallet::Error<T>
   **/
  PalletRecordsError: {
    _enum: {
      AccessDenied: 'HealthchainPrimitivesOrganizationsAccessDenied',
      NotAProvider: 'Null',
      ConsentDenied: 'HealthchainPrimitivesConsentDenyReason',
      DuplicateCommitment: 'Null',
      UnknownRecord: 'Null',
      NotCurrentVersion: 'Null',
      RecordErased: 'Null',
      NotYourRecord: 'Null',
      TooManyVersions: 'Null',
      DuplicateRoot: 'Null',
      EmptyBatch: 'Null',
      TooManyLeaves: 'Null',
      IdsExhausted: 'Null',
      UnattributedScope: 'Null'
    }
  },
  /**
   * Lookup313: pallet_claims::types::Plan<sp_core::crypto::AccountId32, Balance>
   **/
  PalletClaimsPlan: {
    payer: 'u32',
    escrowAccount: 'AccountId32',
    versions: 'u32',
    funded: 'u128',
    paid: 'u128',
    withdrawn: 'u128',
    reserved: 'u128',
    publisher: 'AccountId32',
    deposit: 'u128'
  },
  /**
   * Lookup314: pallet_claims::types::Membership<MaxPeriods>
   **/
  PalletClaimsMembership: {
    periods: 'Vec<PalletClaimsCoveragePeriod>',
    requestedAt: 'Option<u64>'
  },
  /**
   * Lookup316: pallet_claims::types::CoveragePeriod
   **/
  PalletClaimsCoveragePeriod: {
    since: 'u64',
    until: 'Option<u64>'
  },
  /**
   * Lookup319: pallet_claims::types::PriorAuth<sp_core::crypto::AccountId32, Balance>
   **/
  PalletClaimsPriorAuth: {
    provider: 'u32',
    plan: 'u32',
    patient: 'AccountId32',
    serviceCode: 'u32',
    status: 'PalletClaimsPriorAuthStatus',
    requestedAt: 'u64',
    requester: 'AccountId32',
    deposit: 'u128',
    expiresAt: 'Option<u64>',
    usedBy: 'Option<u64>'
  },
  /**
   * Lookup322: pallet_claims::types::AdjudicatedLine<Balance>
   **/
  PalletClaimsAdjudicatedLine: {
    input: 'PalletClaimsClaimLineInput',
    allowed: 'u128',
    patientResponsibility: 'u128',
    payerAmount: 'u128',
    adjustments: 'Vec<PalletClaimsAdjustment>'
  },
  /**
   * Lookup324: pallet_claims::types::Adjustment
   **/
  PalletClaimsAdjustment: {
    _enum: ['NotCovered', 'ExceedsFeeSchedule', 'PriorAuthMissing', 'Duplicate', 'AnnualLimitReached', 'PatientShare']
  },
  /**
   * Lookup327: pallet_claims::pallet::Error<T>
   **/
  PalletClaimsError: {
    _enum: {
      AccessDenied: 'HealthchainPrimitivesOrganizationsAccessDenied',
      UnknownPlan: 'Null',
      RulesNotSorted: 'Null',
      VersionNotLater: 'Null',
      TooManyVersions: 'Null',
      ZeroAmount: 'Null',
      InsufficientEscrow: 'Null',
      AlreadyEnrolled: 'Null',
      NotEnrolled: 'Null',
      AlreadyRequested: 'Null',
      NoEnrollmentRequest: 'Null',
      TooManyCoveragePeriods: 'Null',
      UnknownPriorAuth: 'Null',
      AlreadyDecided: 'Null',
      PriorAuthMismatch: 'Null',
      PriorAuthUsed: 'Null',
      PriorAuthNotRemovable: 'Null',
      NoLines: 'Null',
      NoEvidence: 'Null',
      UnknownEvidence: 'Null',
      EvidenceOfAnotherPatient: 'Null',
      EvidenceOfAnotherProvider: 'Null',
      EvidenceNotCurrent: 'HealthchainPrimitivesRecordsRecordStatus',
      EvidenceAlreadyUsed: 'Null',
      ServiceDateInFuture: 'Null',
      NoTermsInForce: 'Null',
      UnknownClaim: 'Null',
      NotPendingReview: 'Null',
      AdjustAboveAdjudicated: 'Null',
      NotDenied: 'Null',
      NotAppealed: 'Null',
      AwardTooHigh: 'Null',
      ServiceAlreadyClaimed: 'Null',
      IdsExhausted: 'Null',
      PayerNotActive: 'HealthchainPrimitivesOrganizationsAccessDenied',
      ProviderNotActive: 'HealthchainPrimitivesOrganizationsAccessDenied',
      LineAmountTooHigh: 'Null',
      AwardAboveAnnualLimit: 'Null'
    }
  },
  /**
   * Lookup328: pallet_research::types::Study<sp_core::crypto::AccountId32, Balance>
   **/
  PalletResearchStudy: {
    institution: 'u32',
    researcher: 'AccountId32',
    protocolHash: 'H256',
    version: 'u32',
    dataUse: 'HealthchainPrimitivesDuoDataUse',
    purpose: 'HealthchainPrimitivesDuoStudyPurpose',
    categories: 'u32',
    minCohort: 'u32',
    registeredAt: 'u64',
    endsAt: 'u64',
    status: 'PalletResearchStudyStatus',
    ethics: 'Option<(u32,AccountId32)>',
    cohort: 'u32',
    attested: 'u32',
    deposit: 'u128'
  },
  /**
   * Lookup331: pallet_research::types::Participation
   **/
  PalletResearchParticipation: {
    version: 'u32',
    basis: 'PalletResearchBasis',
    compensated: 'bool',
    attestedBy: 'Vec<u32>'
  },
  /**
   * Lookup333: pallet_research::types::DataGrant<sp_core::crypto::AccountId32, Balance>
   **/
  PalletResearchDataGrant: {
    study: 'u32',
    provider: 'u32',
    grantedBy: 'AccountId32',
    dataset: 'H256',
    recordCount: 'u32',
    expiresAt: 'u64',
    revoked: 'bool',
    accesses: 'u32',
    version: 'u32',
    deposit: 'u128'
  },
  /**
   * Lookup334: pallet_research::types::Pool<sp_core::crypto::AccountId32, Balance>
   **/
  PalletResearchPool: {
    funder: 'AccountId32',
    funded: 'u128',
    paid: 'u128',
    share: 'Option<u128>',
    claimUntil: 'Option<u64>',
    legacy: 'bool'
  },
  /**
   * Lookup336: pallet_research::pallet::Error<T>
   **/
  PalletResearchError: {
    _enum: {
      AccessDenied: 'HealthchainPrimitivesOrganizationsAccessDenied',
      UnknownStudy: 'Null',
      InvalidDataUse: 'Null',
      ZeroMinCohort: 'Null',
      EndInPast: 'Null',
      SelfApproval: 'Null',
      StudyNotProposed: 'Null',
      StudyNotApproved: 'Null',
      StudyNotActive: 'Null',
      StudyNotRecruiting: 'Null',
      StudyClosed: 'Null',
      StudyRejected: 'Null',
      StudyNotClosed: 'Null',
      NotResearcher: 'Null',
      AlreadyParticipating: 'Null',
      NotParticipating: 'Null',
      NoResearchProfile: 'Null',
      DuoMismatch: 'HealthchainPrimitivesDuoDuoMismatch',
      NoResearchConsent: 'Null',
      CohortTooSmall: 'Null',
      UnknownGrant: 'Null',
      GrantRevoked: 'Null',
      GrantExpired: 'Null',
      ExpiryInPast: 'Null',
      ZeroAmount: 'Null',
      PoolOfAnotherFunder: 'Null',
      NothingToClaim: 'Null',
      IdsExhausted: 'Null',
      InstitutionNotActive: 'HealthchainPrimitivesOrganizationsAccessDenied',
      ProviderNotActive: 'HealthchainPrimitivesOrganizationsAccessDenied',
      MinCohortBelowFloor: 'Null',
      Withdrawn: 'Null',
      NotProvidersPatient: 'Null',
      AlreadyAttested: 'Null',
      TooManyAttestations: 'Null',
      TooManyStudies: 'Null',
      RecordCountAboveCohort: 'Null',
      GrantBeyondStudyEnd: 'Null',
      StudyEnded: 'Null',
      GrantOfOldProtocol: 'Null',
      ParticipationStillValid: 'Null',
      PoolNotReclaimable: 'Null',
      NotFunder: 'Null'
    }
  },
  /**
   * Lookup337: healthchain_primitives::duo::DuoMismatch
   **/
  HealthchainPrimitivesDuoDuoMismatch: {
    _enum: ['Permission', 'Commercial', 'ForProfit', 'MethodsResearch', 'NoEthicsApproval', 'NoPublication', 'NoCollaboration', 'Geography', 'TimeLimit']
  },
  /**
   * Lookup338: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, healthchain_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup341: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup345: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup346: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup347: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup348: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup352: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup353: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup355: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup358: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup365: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup366: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup368: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup373: healthchain_primitives::paging::WithId<K, pallet_organizations::types::Organization<sp_core::crypto::AccountId32, Balance>>
   **/
  HealthchainPrimitivesPagingWithIdOrganization: {
    id: 'u32',
    value: 'PalletOrganizationsOrganization'
  },
  /**
   * Lookup377: healthchain_primitives::paging::WithId<sp_core::crypto::AccountId32, pallet_organizations::types::Membership<sp_core::crypto::AccountId32, Balance>>
   **/
  HealthchainPrimitivesPagingWithIdMembership: {
    id: 'AccountId32',
    value: 'PalletOrganizationsMembership'
  },
  /**
   * Lookup379: pallet_organizations::types::AccountMemberships<sp_core::crypto::AccountId32>
   **/
  PalletOrganizationsAccountMemberships: {
    account: 'AccountId32',
    memberships: 'Vec<PalletOrganizationsAccountMembership>'
  },
  /**
   * Lookup381: pallet_organizations::types::AccountMembership
   **/
  PalletOrganizationsAccountMembership: {
    organization: 'u32',
    kind: 'HealthchainPrimitivesOrganizationsOrganizationKind',
    organizationActive: 'bool',
    roles: 'u8',
    expiresAt: 'Option<u64>',
    expired: 'bool'
  },
  /**
   * Lookup382: healthchain_primitives::organizations::Role
   **/
  HealthchainPrimitivesOrganizationsRole: {
    _enum: ['Admin', 'Clinician', 'Billing', 'Researcher', 'Reviewer', 'PrivacyOfficer']
  },
  /**
   * Lookup384: healthchain_primitives::consent::Action
   **/
  HealthchainPrimitivesConsentAction: {
    _enum: ['Read', 'Write']
  },
  /**
   * Lookup385: healthchain_primitives::consent::Decision
   **/
  HealthchainPrimitivesConsentDecision: {
    _enum: {
      Permit: 'u64',
      Deny: 'HealthchainPrimitivesConsentDenyReason'
    }
  },
  /**
   * Lookup386: healthchain_primitives::consent::CategoryDecisions
   **/
  HealthchainPrimitivesConsentCategoryDecisions: {
    items: 'Vec<HealthchainPrimitivesConsentCategoryDecision>'
  },
  /**
   * Lookup388: healthchain_primitives::consent::CategoryDecision
   **/
  HealthchainPrimitivesConsentCategoryDecision: {
    category: 'HealthchainPrimitivesConsentDataCategory',
    decision: 'HealthchainPrimitivesConsentDecision'
  },
  /**
   * Lookup389: pallet_consent::types::ReadChecks
   **/
  PalletConsentReadChecks: {
    items: 'Vec<PalletConsentReadCheck>'
  },
  /**
   * Lookup391: pallet_consent::types::ReadCheck
   **/
  PalletConsentReadCheck: {
    category: 'HealthchainPrimitivesConsentDataCategory',
    result: 'Result<PalletConsentAccessBasis, PalletConsentReadRefusal>'
  },
  /**
   * Lookup393: pallet_consent::types::ReadRefusal
   **/
  PalletConsentReadRefusal: {
    _enum: {
      AccessDenied: 'HealthchainPrimitivesOrganizationsAccessDenied',
      ConsentDenied: 'HealthchainPrimitivesConsentDenyReason',
      UnknownEmergencyAccess: 'Null',
      NotYourEmergencyAccess: 'Null',
      EmergencyAccessMisused: 'Null',
      EmergencyAccessExpired: 'Null',
      EmergencyPurposeOnly: 'Null'
    }
  },
  /**
   * Lookup394: pallet_consent::types::PatientConsents<sp_core::crypto::AccountId32>
   **/
  PalletConsentPatientConsents: {
    patient: 'AccountId32',
    consents: 'Vec<HealthchainPrimitivesPagingWithIdConsent>'
  },
  /**
   * Lookup396: healthchain_primitives::paging::WithId<K, pallet_consent::types::Consent<sp_core::crypto::AccountId32>>
   **/
  HealthchainPrimitivesPagingWithIdConsent: {
    id: 'u64',
    value: 'PalletConsentConsent'
  },
  /**
   * Lookup399: pallet_consent::types::AccessLogItem<sp_core::crypto::AccountId32, Balance>
   **/
  PalletConsentAccessLogItem: {
    index: 'u32',
    entry: 'PalletConsentAccessEntry',
    review: 'Option<PalletConsentReview>'
  },
  /**
   * Lookup403: healthchain_primitives::paging::WithId<K, pallet_consent::types::EmergencyAccess<sp_core::crypto::AccountId32, Balance>>
   **/
  HealthchainPrimitivesPagingWithIdEmergencyAccess: {
    id: 'u64',
    value: 'PalletConsentEmergencyAccess'
  },
  /**
   * Lookup406: pallet_consent::types::PatientInfo<sp_core::crypto::AccountId32, Balance>
   **/
  PalletConsentPatientInfo: {
    patient: 'AccountId32',
    registration: 'Option<PalletConsentRegistration>',
    freeCallsLeft: 'u32'
  },
  /**
   * Lookup409: healthchain_primitives::paging::WithId<K, pallet_records::types::Record<sp_core::crypto::AccountId32, Balance>>
   **/
  HealthchainPrimitivesPagingWithIdRecord: {
    id: 'u64',
    value: 'PalletRecordsRecord'
  },
  /**
   * Lookup412: pallet_records::types::RecordHistory<sp_core::crypto::AccountId32, Balance>
   **/
  PalletRecordsRecordHistory: {
    record: 'u64',
    versions: 'Vec<HealthchainPrimitivesPagingWithIdRecord>'
  },
  /**
   * Lookup414: healthchain_primitives::paging::WithId<K, pallet_records::types::Batch<sp_core::crypto::AccountId32, Balance>>
   **/
  HealthchainPrimitivesPagingWithIdBatch: {
    id: 'u64',
    value: 'PalletRecordsBatch'
  },
  /**
   * Lookup415: pallet_records::types::LeafProof
   **/
  PalletRecordsLeafProof: {
    valid: 'bool',
    error: 'Option<PalletRecordsProofError>'
  },
  /**
   * Lookup417: pallet_records::types::ProofError
   **/
  PalletRecordsProofError: {
    _enum: ['UnknownBatch', 'IndexOutOfRange', 'ProofTooLong', 'Mismatch']
  },
  /**
   * Lookup419: pallet_records::types::WriteRefusal
   **/
  PalletRecordsWriteRefusal: {
    _enum: {
      AccessDenied: 'HealthchainPrimitivesOrganizationsAccessDenied',
      NotAProvider: 'Null',
      ConsentDenied: 'HealthchainPrimitivesConsentDenyReason',
      DuplicateCommitment: 'Null'
    }
  },
  /**
   * Lookup421: healthchain_primitives::paging::WithId<K, pallet_claims::types::Claim<sp_core::crypto::AccountId32, Balance, Evidence, Lines>>
   **/
  HealthchainPrimitivesPagingWithIdClaim: {
    id: 'u64',
    value: 'PalletClaimsClaim'
  },
  /**
   * Lookup422: pallet_claims::types::Claim<sp_core::crypto::AccountId32, Balance, Evidence, Lines>
   **/
  PalletClaimsClaim: {
    plan: 'u32',
    patient: 'AccountId32',
    provider: 'u32',
    submitter: 'AccountId32',
    evidence: 'Vec<u64>',
    lines: 'Vec<PalletClaimsAdjudicatedLine>',
    payerTotal: 'u128',
    patientTotal: 'u128',
    paid: 'u128',
    status: 'PalletClaimsClaimStatus',
    eobCommitment: 'H256',
    submittedAt: 'u64',
    deposit: 'u128'
  },
  /**
   * Lookup426: pallet_claims::types::PlanInfo<sp_core::crypto::AccountId32, Balance>
   **/
  PalletClaimsPlanInfo: {
    id: 'u32',
    plan: 'PalletClaimsPlan',
    terms: 'PalletClaimsPlanTermsInfo',
    held: 'u128',
    available: 'u128'
  },
  /**
   * Lookup427: pallet_claims::types::PlanTermsInfo<Balance>
   **/
  PalletClaimsPlanTermsInfo: {
    rules: 'Vec<PalletClaimsCoverageRule>',
    annualLimit: 'u128',
    autoApproveUpTo: 'u128',
    effectiveFrom: 'u64'
  },
  /**
   * Lookup429: pallet_claims::types::AnnualLimit<sp_core::crypto::AccountId32, Balance>
   **/
  PalletClaimsAnnualLimit: {
    plan: 'u32',
    patient: 'AccountId32',
    remaining: 'u128',
    enrolled: 'bool'
  },
  /**
   * Lookup431: pallet_claims::types::Escrow<Balance>
   **/
  PalletClaimsEscrow: {
    held: 'u128',
    reserved: 'u128',
    available: 'u128'
  },
  /**
   * Lookup432: pallet_consortium_nodes::types::Peering
   **/
  PalletConsortiumNodesPeering: {
    _enum: {
      Open: 'Null',
      Only: 'Vec<Bytes>'
    }
  },
  /**
   * Lookup436: pallet_research::types::StudyFilter
   **/
  PalletResearchStudyFilter: {
    status: 'Option<PalletResearchStudyStatus>',
    permission: 'Option<HealthchainPrimitivesDuoDuoPermission>'
  },
  /**
   * Lookup440: healthchain_primitives::paging::WithId<K, pallet_research::types::Study<sp_core::crypto::AccountId32, Balance>>
   **/
  HealthchainPrimitivesPagingWithIdStudy: {
    id: 'u32',
    value: 'PalletResearchStudy'
  },
  /**
   * Lookup444: pallet_research::types::Cohort
   **/
  PalletResearchCohort: {
    study: 'u32',
    version: 'u32',
    cohort: 'u32'
  },
  /**
   * Lookup446: pallet_research::types::ProviderCohort
   **/
  PalletResearchProviderCohort: {
    study: 'u32',
    provider: 'u32',
    version: 'u32',
    cohort: 'u32'
  },
  /**
   * Lookup447: healthchain_primitives::paging::Page<healthchain_primitives::paging::WithId<K, pallet_research::types::DataGrant<sp_core::crypto::AccountId32, Balance>>, C>
   **/
  HealthchainPrimitivesPagingPage: {
    items: 'Vec<HealthchainPrimitivesPagingWithIdDataGrant>',
    nextCursor: 'Option<u64>'
  },
  /**
   * Lookup448: healthchain_primitives::paging::WithId<K, pallet_research::types::DataGrant<sp_core::crypto::AccountId32, Balance>>
   **/
  HealthchainPrimitivesPagingWithIdDataGrant: {
    id: 'u64',
    value: 'PalletResearchDataGrant'
  },
  /**
   * Lookup450: pallet_research::types::ConsentMatch
   **/
  PalletResearchConsentMatch: {
    matches: 'bool',
    reason: 'Option<PalletResearchBroadConsentMismatch>'
  },
  /**
   * Lookup452: pallet_research::types::BroadConsentMismatch
   **/
  PalletResearchBroadConsentMismatch: {
    _enum: {
      UnknownStudy: 'Null',
      NoResearchProfile: 'Null',
      Duo: 'HealthchainPrimitivesDuoDuoMismatch',
      NoResearchConsent: 'Null'
    }
  },
  /**
   * Lookup453: healthchain_runtime::RuntimeError
   **/
  HealthchainRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      __Unused1: 'Null',
      __Unused2: 'Null',
      Grandpa: 'PalletGrandpaError',
      Session: 'PalletSessionError',
      ValidatorSet: 'PalletValidatorSetError',
      __Unused6: 'Null',
      ConsortiumNodes: 'PalletConsortiumNodesError',
      __Unused8: 'Null',
      __Unused9: 'Null',
      Balances: 'PalletBalancesError',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      Utility: 'PalletUtilityError',
      Proxy: 'PalletProxyError',
      Multisig: 'PalletMultisigError',
      __Unused23: 'Null',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      Sudo: 'PalletSudoError',
      Council: 'PalletCollectiveError',
      CouncilMembership: 'PalletMembershipError',
      Preimage: 'PalletPreimageError',
      Whitelist: 'PalletWhitelistError',
      __Unused35: 'Null',
      __Unused36: 'Null',
      __Unused37: 'Null',
      __Unused38: 'Null',
      __Unused39: 'Null',
      __Unused40: 'Null',
      __Unused41: 'Null',
      __Unused42: 'Null',
      __Unused43: 'Null',
      __Unused44: 'Null',
      __Unused45: 'Null',
      __Unused46: 'Null',
      __Unused47: 'Null',
      __Unused48: 'Null',
      __Unused49: 'Null',
      Organizations: 'PalletOrganizationsError',
      Consent: 'PalletConsentError',
      Records: 'PalletRecordsError',
      Claims: 'PalletClaimsError',
      Research: 'PalletResearchError'
    }
  }
};
